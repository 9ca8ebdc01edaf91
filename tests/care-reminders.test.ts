/**
 * Care and photo checkpoints as dated reminders (issue 12, evidence.md section 9): pre-care steps
 * the patient's factors ask for before each session, aftercare and photographs on each session's
 * day, and the first and final result checks with their photographs.
 */
import { describe, expect, it } from "vitest";
import {
  defaultProtocol,
  defineProtocol,
  type FactorReport,
  type Patient,
  type PlanTreatmentOptions,
  planReminders,
  planTreatment,
  REMINDER_KINDS,
  type Reminder,
  replan,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { treatmentPlanSchema } from "../src/schemas.js";
import { PROTOCOL_SETTING_CATALOGUE, REMINDER_CATALOGUE } from "../src/sources.js";
import { reminderRows, sessionDayRows } from "./planning-helpers.js";

const TODAY = "2026-11-24";

/** A rolling scar of moderate severity: four sessions, four weeks apart. */
const moderate: Patient = {
  goal: "scar-revision",
  fitzpatrick: "II",
  scars: [{ type: "rolling", severity: "moderate" }],
};
const withFactors = (...factors: FactorReport[]): Patient => ({ ...moderate, factors });

const RETINOIDS: FactorReport = { code: "topical-retinoids" };
const COLD_SORES: FactorReport = { code: "herpes-simplex", status: "history" };

/** Plans, and checks that the plan is valid against the published schema. */
function plan(patient: Patient, options: PlanTreatmentOptions): TreatmentPlan {
  const result = planTreatment(patient, options);
  expect(treatmentPlanSchema.parse(result)).toStrictEqual(result);
  return result;
}
const brief = (result: TreatmentPlan | readonly Reminder[]) =>
  reminderRows(Array.isArray(result) ? result : (result as TreatmentPlan).reminders);
const preCareRows = (result: TreatmentPlan) => brief(result.reminders.filter((r) => r.kind === "pre-care"));

/** Sessions on 2026-12-01, 2026-12-29, 2027-01-26 and 2027-02-23; the 90-day horizon ends 2027-02-22. */
const FROM_DECEMBER = { today: TODAY, startOn: "2026-12-01" } as const;

describe("pre-care: stop topical retinoids", () => {
  it("stop-retinoids retinoidStopDays (5, PRACTICE-CONVENTION) before each session for active topical retinoids", () => {
    expect(defaultProtocol.retinoidStopDays).toBe(5);
    expect(PROTOCOL_SETTING_CATALOGUE.retinoidStopDays).toEqual({
      evidence: "P",
      sources: ["PRACTICE-CONVENTION", "AUST-2008"],
    });
    expect(REMINDER_CATALOGUE["pre-care"].sources).toContain("PRACTICE-CONVENTION");
    const result = plan(withFactors(RETINOIDS), FROM_DECEMBER);
    expect(result.eligibility.status).toBe("eligible-with-precautions");
    expect(result.eligibility.findings[0]).toMatchObject({
      code: "topical-retinoids",
      reason: "active",
      effect: "precaution",
    });
    expect(result.eligibility.findings[0]?.sources).toContain("PRACTICE-CONVENTION");
    expect(brief(result)).toEqual([
      ["book-session", TODAY, "2026-12-01", 1],
      ["pre-care", "2026-11-26", "2026-12-01", 1, "stop-retinoids"],
      ...sessionDayRows("2026-12-01", 1),
      ["book-session", "2026-12-22", "2026-12-29", 2],
      ["pre-care", "2026-12-24", "2026-12-29", 2, "stop-retinoids"],
      ...sessionDayRows("2026-12-29", 2),
      ["book-session", "2027-01-19", "2027-01-26", 3],
      ["pre-care", "2027-01-21", "2027-01-26", 3, "stop-retinoids"],
      ...sessionDayRows("2027-01-26", 3),
      ["book-session", "2027-02-16", "2027-02-23", 4],
      ["pre-care", "2027-02-18", "2027-02-23", 4, "stop-retinoids"],
    ]);
    // Reported as active explicitly: the same.
    const explicit = plan(withFactors({ code: "topical-retinoids", status: "active" }), FROM_DECEMBER);
    expect(explicit.reminders).toEqual(result.reminders);
    // The reminder is the care step alone: no time, no message without a layer.
    expect(result.reminders[1]).toStrictEqual({
      kind: "pre-care",
      remindOn: "2026-11-26",
      dueOn: "2026-12-01",
      session: 1,
      step: "stop-retinoids",
    });
  });

  it("none for topical retinoids reported as history, none once their use has ended (until on or before today)", () => {
    const plain = plan(moderate, FROM_DECEMBER);
    for (const factor of [
      { code: "topical-retinoids", status: "history" },
      { code: "topical-retinoids", until: "2026-11-20" },
      { code: "topical-retinoids", status: "active", until: TODAY },
    ] satisfies FactorReport[]) {
      const result = plan(withFactors(factor), FROM_DECEMBER);
      expect(preCareRows(result)).toEqual([]);
      expect(result.reminders).toEqual(plain.reminders);
      expect(result.eligibility.status).toBe("eligible");
    }
    // An ended report gives its history effect: information only.
    const ended = plan(withFactors({ code: "topical-retinoids", until: "2026-11-20" }), FROM_DECEMBER);
    expect(ended.eligibility.findings[0]).toMatchObject({
      code: "topical-retinoids",
      reason: "ended",
      effect: "info",
      params: { until: "2026-11-20" },
    });
    // A use that ends after the care would start (2026-11-26) is still ongoing then: reminded.
    const endsLater = plan(withFactors({ code: "topical-retinoids", until: "2026-11-27" }), FROM_DECEMBER);
    expect(preCareRows(endsLater)[0]).toEqual(["pre-care", "2026-11-26", "2026-12-01", 1, "stop-retinoids"]);
    // One that ends on or before the day the care would start needs no reminder.
    expect(preCareRows(plan(withFactors({ code: "topical-retinoids", until: "2026-11-26" }), FROM_DECEMBER))).toEqual(
      [],
    );
    // Re-planned once it has ended, the reminders go.
    expect(preCareRows(replan(endsLater, { today: "2026-11-27" }))).toEqual([]);
  });

  // The care steps follow the factor's end: a patient who stops her retinoids for good on
  // 2026-12-10 is not told to stop them before the sessions after that day.
  it("a planned end of retinoid use: no stop-retinoids reminder before sessions after it", () => {
    const result = plan(withFactors({ code: "topical-retinoids", until: "2026-12-10" }), FROM_DECEMBER);
    expect(preCareRows(result)).toEqual([["pre-care", "2026-11-26", "2026-12-01", 1, "stop-retinoids"]]);
  });
});

describe("pre-care: antiviral prophylaxis after cold sores", () => {
  it("antiviral prophylaxis antiviralLeadDays (7, MINUTILLI-2024, CMAC-HSV-2021) before each session for herpes-simplex history or active", () => {
    expect(defaultProtocol.antiviralLeadDays).toBe(7);
    expect(PROTOCOL_SETTING_CATALOGUE.antiviralLeadDays?.sources).toEqual([
      "MINUTILLI-2024",
      "CMAC-HSV-2021",
      "ONWUDIWE-2013",
    ]);
    expect(REMINDER_CATALOGUE["pre-care"].sources).toEqual(expect.arrayContaining(["MINUTILLI-2024", "CMAC-HSV-2021"]));
    // History: a precaution, and prophylaxis a week before each session (reminded with the booking).
    const history = plan(withFactors(COLD_SORES), FROM_DECEMBER);
    expect(history.eligibility.status).toBe("eligible-with-precautions");
    expect(brief(history)).toEqual([
      ["book-session", TODAY, "2026-12-01", 1],
      ["pre-care", TODAY, "2026-12-01", 1, "antiviral-prophylaxis"],
      ...sessionDayRows("2026-12-01", 1),
      ["book-session", "2026-12-22", "2026-12-29", 2],
      ["pre-care", "2026-12-22", "2026-12-29", 2, "antiviral-prophylaxis"],
      ...sessionDayRows("2026-12-29", 2),
      ["book-session", "2027-01-19", "2027-01-26", 3],
      ["pre-care", "2027-01-19", "2027-01-26", 3, "antiviral-prophylaxis"],
      ...sessionDayRows("2027-01-26", 3),
      ["book-session", "2027-02-16", "2027-02-23", 4],
      ["pre-care", "2027-02-16", "2027-02-23", 4, "antiviral-prophylaxis"],
    ]);
    // Active until 2026-12-10: deferred until then; each session planned from it gets prophylaxis.
    const active = plan(withFactors({ code: "herpes-simplex", until: "2026-12-10" }), { today: TODAY });
    expect(active.eligibility).toMatchObject({ status: "deferred", reassessOn: "2026-12-10" });
    expect(preCareRows(active)).toEqual([
      ["pre-care", "2026-12-03", "2026-12-10", 1, "antiviral-prophylaxis"],
      ["pre-care", "2026-12-31", "2027-01-07", 2, "antiviral-prophylaxis"],
      ["pre-care", "2027-01-28", "2027-02-04", 3, "antiviral-prophylaxis"],
    ]);
    // An active outbreak that has ended (until on or before today): its history effect, and prophylaxis.
    const ended = plan(withFactors({ code: "herpes-simplex", until: "2026-11-20" }), FROM_DECEMBER);
    expect(ended.eligibility.findings[0]).toMatchObject({ reason: "ended", effect: "precaution" });
    expect(ended.reminders).toEqual(history.reminders);
  });

  it("an active outbreak with no end: no session is planned, so no prophylaxis; the deferral is reviewed", () => {
    const result = plan(withFactors({ code: "herpes-simplex" }), { today: TODAY });
    expect(result.sessions).toEqual([]);
    expect(brief(result)).toEqual([["deferral-review", "2026-12-22", "2026-12-22", undefined]]);
  });

  it("a step asked for by several reports is reminded once per session", () => {
    const twice = plan(withFactors(COLD_SORES, { code: "herpes-simplex", until: "2026-11-01" }), FROM_DECEMBER);
    expect(twice.reminders).toEqual(plan(withFactors(COLD_SORES), FROM_DECEMBER).reminders);
  });

  it("a step asked for by reports with different ends lasts as long as the longest, for ever when one has none", () => {
    const endsDecember: FactorReport = { code: "topical-retinoids", until: "2026-12-10" };
    const endsJanuary: FactorReport = { code: "topical-retinoids", until: "2027-01-10" };
    // Care starts 2026-11-26 and 2026-12-24 (before 2027-01-10), 2027-01-21 (after it).
    const untilJanuary = [
      ["pre-care", "2026-11-26", "2026-12-01", 1, "stop-retinoids"],
      ["pre-care", "2026-12-24", "2026-12-29", 2, "stop-retinoids"],
    ];
    expect(preCareRows(plan(withFactors(endsDecember, endsJanuary), FROM_DECEMBER))).toEqual(untilJanuary);
    expect(preCareRows(plan(withFactors(endsJanuary, endsDecember), FROM_DECEMBER))).toEqual(untilJanuary);
    const everySession = [
      ...untilJanuary,
      ["pre-care", "2027-01-21", "2027-01-26", 3, "stop-retinoids"],
      ["pre-care", "2027-02-18", "2027-02-23", 4, "stop-retinoids"],
    ];
    expect(preCareRows(plan(withFactors(RETINOIDS), FROM_DECEMBER))).toEqual(everySession);
    expect(preCareRows(plan(withFactors(RETINOIDS, endsDecember), FROM_DECEMBER))).toEqual(everySession);
    expect(preCareRows(plan(withFactors(endsDecember, RETINOIDS), FROM_DECEMBER))).toEqual(everySession);
  });

  it("both steps: each before each session, by its own lead (the factors' order breaks ties)", () => {
    const result = plan(withFactors(RETINOIDS, COLD_SORES), { ...FROM_DECEMBER, horizonDays: 10 });
    expect(brief(result)).toEqual([
      ["book-session", TODAY, "2026-12-01", 1],
      ["pre-care", TODAY, "2026-12-01", 1, "antiviral-prophylaxis"],
      ["pre-care", "2026-11-26", "2026-12-01", 1, "stop-retinoids"],
      ...sessionDayRows("2026-12-01", 1),
    ]);
    // Same day (both leads 0): in the order the factors are listed, before the photographs.
    const sameDay = defineProtocol({ retinoidStopDays: 0, antiviralLeadDays: 0, reminderLeadDays: 0 });
    const ordered = (...factors: FactorReport[]) =>
      brief(plan(withFactors(...factors), { ...FROM_DECEMBER, horizonDays: 7, protocol: sameDay }));
    expect(ordered(RETINOIDS, COLD_SORES)).toEqual([
      ["book-session", "2026-12-01", "2026-12-01", 1],
      ["pre-care", "2026-12-01", "2026-12-01", 1, "stop-retinoids"],
      ["pre-care", "2026-12-01", "2026-12-01", 1, "antiviral-prophylaxis"],
      ...sessionDayRows("2026-12-01", 1),
    ]);
    expect(ordered(COLD_SORES, RETINOIDS)).toEqual([
      ["book-session", "2026-12-01", "2026-12-01", 1],
      ["pre-care", "2026-12-01", "2026-12-01", 1, "antiviral-prophylaxis"],
      ["pre-care", "2026-12-01", "2026-12-01", 1, "stop-retinoids"],
      ...sessionDayRows("2026-12-01", 1),
    ]);
  });

  it("factors that ask for no care step give no pre-care reminder", () => {
    const factors: FactorReport[] = [
      { code: "diabetes" },
      { code: "photosensitising-drugs" },
      { code: "gold-allergy" },
      { code: "mystery-code" },
      { code: "other", note: "retinoid cream" },
    ];
    for (const factor of factors) expect(preCareRows(plan(withFactors(factor), FROM_DECEMBER))).toEqual([]);
  });
});

describe("pre-care: a booking made late", () => {
  /** Session 1 done on 2026-10-27: session 2's window is 2026-11-24 .. 2026-12-08. */
  const stored = plan(withFactors(RETINOIDS, COLD_SORES), { today: TODAY, completed: ["2026-10-27"] });

  it("a booking made inside a pre-care window gets its pre-care reminder at once", () => {
    // Booked on 2026-11-24 for 2026-11-27: inside both windows (5 and 7 days): remindOn = today.
    const booked = replan(stored, { today: TODAY, booked: [{ session: 2, on: "2026-11-27" }], horizonDays: 30 });
    expect(brief(booked)).toEqual([
      ["appointment", TODAY, "2026-11-27", 2],
      ["pre-care", TODAY, "2026-11-27", 2, "stop-retinoids"],
      ["pre-care", TODAY, "2026-11-27", 2, "antiviral-prophylaxis"],
      ...sessionDayRows("2026-11-27", 2),
      ["book-session", "2026-12-18", "2026-12-25", 3],
      ["pre-care", "2026-12-18", "2026-12-25", 3, "antiviral-prophylaxis"],
      ["pre-care", "2026-12-20", "2026-12-25", 3, "stop-retinoids"],
    ]);
    // Reminded on a later day (the nightly job of 2026-11-26): still at once, that day.
    expect(brief(planReminders(booked, { today: "2026-11-26", horizonDays: 1 }))).toEqual([
      ["appointment", "2026-11-26", "2026-11-27", 2],
      ["pre-care", "2026-11-26", "2026-11-27", 2, "stop-retinoids"],
      ["pre-care", "2026-11-26", "2026-11-27", 2, "antiviral-prophylaxis"],
      ...sessionDayRows("2026-11-27", 2),
    ]);
    // A session booked for today: everything is today.
    const now = replan(stored, { today: TODAY, booked: [{ session: 2, on: TODAY, time: "16:00" }], horizonDays: 0 });
    expect(brief(now)).toEqual([
      ["appointment", TODAY, TODAY, 2],
      ["pre-care", TODAY, TODAY, 2, "stop-retinoids"],
      ["pre-care", TODAY, TODAY, 2, "antiviral-prophylaxis"],
      ...sessionDayRows(TODAY, 2),
    ]);
  });

  it("a session due today or overdue: the pre-care reminder is given today, never before", () => {
    // Session 2 is due today (its window opened today).
    expect(brief(stored).slice(0, 5)).toEqual([
      ["book-session", TODAY, TODAY, 2],
      ["pre-care", TODAY, TODAY, 2, "stop-retinoids"],
      ["pre-care", TODAY, TODAY, 2, "antiviral-prophylaxis"],
      ...sessionDayRows(TODAY, 2),
    ]);
    // On 2026-12-20 its window has closed: overdue, re-planned from that day.
    expect(brief(planReminders(stored, { today: "2026-12-20", horizonDays: 0 }))).toEqual([
      ["session-overdue", "2026-12-20", "2026-12-20", 2],
      ["pre-care", "2026-12-20", "2026-12-20", 2, "stop-retinoids"],
      ["pre-care", "2026-12-20", "2026-12-20", 2, "antiviral-prophylaxis"],
      ...sessionDayRows("2026-12-20", 2),
    ]);
  });
});

describe("post-care and photographs on each session's day", () => {
  const rejuvenation: Patient = { goal: "rejuvenation", fitzpatrick: "II" };

  it("post-care and photo on each session day, photo checkpoint baseline for session 1 (ALAM-2014, GOODMAN-QUANT-2006)", () => {
    expect(REMINDER_CATALOGUE.photo).toEqual({ evidence: "S", sources: ["ALAM-2014", "GOODMAN-QUANT-2006"] });
    expect(REMINDER_CATALOGUE["post-care"].sources).toEqual(["MINUTILLI-2024", "CHU-2021"]);
    const result = plan(rejuvenation, { today: TODAY });
    const onTheDay = result.reminders.filter((r) => r.kind === "photo" || r.kind === "post-care");
    expect(onTheDay).toStrictEqual([
      { kind: "photo", remindOn: TODAY, dueOn: TODAY, checkpoint: "baseline", session: 1 },
      { kind: "post-care", remindOn: TODAY, dueOn: TODAY, session: 1 },
      { kind: "photo", remindOn: "2026-12-22", dueOn: "2026-12-22", checkpoint: "session", session: 2 },
      { kind: "post-care", remindOn: "2026-12-22", dueOn: "2026-12-22", session: 2 },
      { kind: "photo", remindOn: "2027-01-19", dueOn: "2027-01-19", checkpoint: "session", session: 3 },
      { kind: "post-care", remindOn: "2027-01-19", dueOn: "2027-01-19", session: 3 },
      { kind: "photo", remindOn: "2027-02-16", dueOn: "2027-02-16", checkpoint: "session", session: 4 },
      { kind: "post-care", remindOn: "2027-02-16", dueOn: "2027-02-16", session: 4 },
    ]);
  });

  it("sessions done get none; the baseline is session 1's alone, even when it is done", () => {
    const result = plan(rejuvenation, { today: TODAY, completed: ["2026-10-27"], horizonDays: 30 });
    expect(brief(result)).toEqual([
      ["book-session", TODAY, TODAY, 2],
      ...sessionDayRows(TODAY, 2),
      ["book-session", "2026-12-15", "2026-12-22", 3],
      ...sessionDayRows("2026-12-22", 3),
    ]);
    expect(result.reminders.some((r) => r.kind === "photo" && r.checkpoint === "baseline")).toBe(false);
  });

  it("on the booked day for a booked session, on the re-planned day for an overdue one", () => {
    const booked = plan(rejuvenation, {
      today: TODAY,
      booked: [{ session: 1, on: "2026-11-30", time: "09:00" }],
      horizonDays: 6,
    });
    expect(brief(booked)).toEqual([["appointment", TODAY, "2026-11-30", 1], ...sessionDayRows("2026-11-30", 1)]);
    // Session 1 planned from 2026-09-01 and never done: overdue today, photographed as the baseline.
    const overdue = plan(rejuvenation, { today: TODAY, startOn: "2026-09-01", horizonDays: 0 });
    expect(brief(overdue)).toEqual([["session-overdue", TODAY, TODAY, 1], ...sessionDayRows(TODAY, 1)]);
  });
});

describe("result checks", () => {
  /** Two sessions, the last on 2026-09-01: checks on 2026-12-01 and 2027-03-01, maintenance due 2027-09-01. */
  const finished = plan(moderate, { today: "2026-09-01", completed: ["2026-08-04", "2026-09-01"], sessionCount: 2 });

  it("final result check at 6 months beside the 3-month one (ALAM-2014), with photos", () => {
    expect([defaultProtocol.resultCheckMonths, defaultProtocol.finalResultCheckMonths]).toEqual([3, 6]);
    expect(PROTOCOL_SETTING_CATALOGUE.finalResultCheckMonths?.sources).toContain("ALAM-2014");
    expect(REMINDER_CATALOGUE["result-check"].sources).toContain("ALAM-2014");
    expect([finished.resultCheckOn, finished.finalResultCheckOn]).toEqual(["2026-12-01", "2027-03-01"]);
    expect(brief(planReminders(finished, { today: TODAY, horizonDays: 365 }))).toEqual([
      ["result-check", TODAY, "2026-12-01", undefined, "first"],
      ["photo", "2026-12-01", "2026-12-01", undefined, "result-check"],
      ["result-check", "2027-02-22", "2027-03-01", undefined, "final"],
      ["photo", "2027-03-01", "2027-03-01", undefined, "result-check"],
      ["maintenance-due", "2027-08-25", "2027-09-01", undefined],
    ]);
    // Result-check reminders carry which check they are, and no session.
    const checks = planReminders(finished, { today: TODAY, horizonDays: 365 }).filter((r) => r.kind === "result-check");
    expect(checks).toStrictEqual([
      { kind: "result-check", remindOn: TODAY, dueOn: "2026-12-01", check: "first" },
      { kind: "result-check", remindOn: "2027-02-22", dueOn: "2027-03-01", check: "final" },
    ]);
  });

  it("an unfinished course: both checks projected from the last planned session", () => {
    const result = plan(moderate, { today: TODAY });
    expect(result.sessions.at(-1)?.due).toBe("2027-02-16");
    expect([result.resultCheckOn, result.finalResultCheckOn]).toEqual(["2027-05-16", "2027-08-16"]);
    expect(
      brief(planReminders(result, { today: TODAY, horizonDays: 300 })).filter(
        ([kind, , , session]) => kind === "result-check" || (kind === "photo" && session === undefined),
      ),
    ).toEqual([
      ["result-check", "2027-05-09", "2027-05-16", undefined, "first"],
      ["photo", "2027-05-16", "2027-05-16", undefined, "result-check"],
      ["result-check", "2027-08-09", "2027-08-16", undefined, "final"],
      ["photo", "2027-08-16", "2027-08-16", undefined, "result-check"],
    ]);
  });
});

describe("custom protocol settings", () => {
  it("custom protocol settings change each: retinoidStopDays, antiviralLeadDays, resultCheckMonths, finalResultCheckMonths, reminderLeadDays", () => {
    const protocol = defineProtocol({
      retinoidStopDays: 2,
      antiviralLeadDays: 14,
      resultCheckMonths: 2,
      finalResultCheckMonths: 9,
      reminderLeadDays: 3,
    });
    const result = plan(withFactors(RETINOIDS, COLD_SORES), {
      ...FROM_DECEMBER,
      sessionCount: 2,
      horizonDays: 400,
      protocol,
    });
    // Sessions on 2026-12-01 and 2026-12-29: checks 2 and 9 months after (2027-02-28, clamped, and 2027-09-29).
    expect([result.resultCheckOn, result.finalResultCheckOn]).toEqual(["2027-02-28", "2027-09-29"]);
    expect(brief(result)).toEqual([
      ["pre-care", TODAY, "2026-12-01", 1, "antiviral-prophylaxis"], // 14 days before: today
      ["book-session", "2026-11-28", "2026-12-01", 1],
      ["pre-care", "2026-11-29", "2026-12-01", 1, "stop-retinoids"],
      ...sessionDayRows("2026-12-01", 1),
      ["pre-care", "2026-12-15", "2026-12-29", 2, "antiviral-prophylaxis"],
      ["book-session", "2026-12-26", "2026-12-29", 2],
      ["pre-care", "2026-12-27", "2026-12-29", 2, "stop-retinoids"],
      ...sessionDayRows("2026-12-29", 2),
      ["result-check", "2027-02-25", "2027-02-28", undefined, "first"],
      ["photo", "2027-02-28", "2027-02-28", undefined, "result-check"],
      ["result-check", "2027-09-26", "2027-09-29", undefined, "final"],
      ["photo", "2027-09-29", "2027-09-29", undefined, "result-check"],
      ["maintenance-due", "2027-12-26", "2027-12-29", undefined],
    ]);
    // A stored plan keeps its protocol: re-planned later (session 1 done), the same settings apply.
    const stored = JSON.parse(JSON.stringify(result)) as TreatmentPlan;
    expect(preCareRows(replan(stored, { today: "2026-12-20", completed: ["2026-12-01"] }))).toEqual([
      ["pre-care", "2026-12-20", "2026-12-29", 2, "antiviral-prophylaxis"],
      ["pre-care", "2026-12-27", "2026-12-29", 2, "stop-retinoids"],
    ]);
  });

  it("a final check on the first one's month: one visit, the final check, with its photographs", () => {
    const protocol = defineProtocol({ resultCheckMonths: 4, finalResultCheckMonths: 4 });
    const result = plan(moderate, {
      today: "2026-09-01",
      completed: ["2026-08-04", "2026-09-01"],
      sessionCount: 2,
      protocol,
    });
    expect([result.resultCheckOn, result.finalResultCheckOn]).toEqual(["2027-01-01", "2027-01-01"]);
    expect(brief(planReminders(result, { today: "2026-12-31", horizonDays: 1 }))).toEqual([
      ["result-check", "2026-12-31", "2027-01-01", undefined, "final"],
      ["photo", "2027-01-01", "2027-01-01", undefined, "result-check"],
    ]);
  });
});

describe("the horizon", () => {
  it("reminders within the horizon only: pre-care, photographs and aftercare included (inclusive)", () => {
    const at = (horizonDays: number) =>
      brief(plan(withFactors(RETINOIDS, COLD_SORES), { ...FROM_DECEMBER, horizonDays }));
    expect(at(0)).toEqual([
      ["book-session", TODAY, "2026-12-01", 1],
      ["pre-care", TODAY, "2026-12-01", 1, "antiviral-prophylaxis"],
    ]);
    expect(at(1)).toEqual(at(0));
    expect(at(2)).toEqual([...at(0), ["pre-care", "2026-11-26", "2026-12-01", 1, "stop-retinoids"]]);
    expect(at(6)).toEqual(at(2));
    expect(at(7)).toEqual([...at(2), ...sessionDayRows("2026-12-01", 1)]);
    // A result check reminded within the horizon, its photographs a week later beyond it.
    const finished = plan(moderate, { today: "2026-09-01", completed: ["2026-08-04", "2026-09-01"], sessionCount: 2 });
    expect(brief(planReminders(finished, { today: TODAY, horizonDays: 6 }))).toEqual([
      ["result-check", TODAY, "2026-12-01", undefined, "first"],
    ]);
    expect(brief(planReminders(finished, { today: TODAY, horizonDays: 7 }))).toEqual([
      ["result-check", TODAY, "2026-12-01", undefined, "first"],
      ["photo", "2026-12-01", "2026-12-01", undefined, "result-check"],
    ]);
  });

  it("none before today: a check whose day has passed is gone, with its photographs", () => {
    const finished = plan(moderate, { today: "2026-09-01", completed: ["2026-08-04", "2026-09-01"], sessionCount: 2 });
    expect(brief(planReminders(finished, { today: "2026-12-02", horizonDays: 90 }))).toEqual([
      ["result-check", "2027-02-22", "2027-03-01", undefined, "final"],
      ["photo", "2027-03-01", "2027-03-01", undefined, "result-check"],
    ]);
  });

  it("the kinds sort in REMINDER_KINDS order on the same day", () => {
    expect(REMINDER_KINDS.slice(2, 7)).toEqual(["appointment", "pre-care", "photo", "post-care", "result-check"]);
  });
});

describe("the English texts", () => {
  const text = (reminder: Reminder) => englishMessages.reminder(reminder);

  it("pre-care, post-care, photographs and both result checks", () => {
    expect(
      text({ kind: "pre-care", remindOn: "2026-11-26", dueOn: "2026-12-01", session: 1, step: "stop-retinoids" }),
    ).toBe("Stop topical retinoids now, before session 1 on 2026-12-01.");
    expect(
      text({ kind: "pre-care", remindOn: TODAY, dueOn: "2026-12-01", session: 1, step: "antiviral-prophylaxis" }),
    ).toBe("Start antiviral prophylaxis now, before session 1 on 2026-12-01.");
    expect(text({ kind: "post-care", remindOn: "2026-12-01", dueOn: "2026-12-01", session: 1 })).toBe(
      "Aftercare for session 1: sun protection, no active products for 48 hours.",
    );
    expect(
      text({ kind: "photo", remindOn: "2026-12-01", dueOn: "2026-12-01", checkpoint: "baseline", session: 1 }),
    ).toBe("Take standard photographs before session 1 (baseline).");
    expect(
      text({ kind: "photo", remindOn: "2026-12-29", dueOn: "2026-12-29", checkpoint: "session", session: 2 }),
    ).toBe("Take standard photographs before session 2.");
    expect(text({ kind: "photo", remindOn: "2027-03-01", dueOn: "2027-03-01", checkpoint: "result-check" })).toBe(
      "Take standard photographs at the result check on 2027-03-01.",
    );
    expect(text({ kind: "result-check", remindOn: TODAY, dueOn: "2026-12-01", check: "first" })).toBe(
      "Check the results of the course on 2026-12-01.",
    );
    expect(text({ kind: "result-check", remindOn: "2027-02-22", dueOn: "2027-03-01", check: "final" })).toBe(
      "Final check of the results on 2027-03-01.",
    );
  });

  it("a plan made with englishMessages carries them, in order", () => {
    const result = plan(withFactors(RETINOIDS, COLD_SORES), {
      ...FROM_DECEMBER,
      horizonDays: 7,
      messages: englishMessages,
    });
    expect(result.reminders.map((r) => r.message)).toEqual([
      "Book session 1, due 2026-12-01.",
      "Start antiviral prophylaxis now, before session 1 on 2026-12-01.",
      "Stop topical retinoids now, before session 1 on 2026-12-01.",
      "Take standard photographs before session 1 (baseline).",
      "Aftercare for session 1: sun protection, no active products for 48 hours.",
    ]);
    const finished = plan(moderate, { today: "2026-09-01", completed: ["2026-08-04", "2026-09-01"], sessionCount: 2 });
    expect(
      planReminders(finished, { today: TODAY, horizonDays: 100, messages: englishMessages }).map((r) => r.message),
    ).toEqual([
      "Check the results of the course on 2026-12-01.",
      "Take standard photographs at the result check on 2026-12-01.",
      "Final check of the results on 2027-03-01.",
      "Take standard photographs at the result check on 2027-03-01.",
    ]);
  });

  it("every reminder kind has a text and cites its sources", () => {
    for (const kind of REMINDER_KINDS) expect(REMINDER_CATALOGUE[kind].sources.length).toBeGreaterThan(0);
  });
});
