import { describe, expect, it } from "vitest";
import {
  defaultProtocol,
  defineProtocol,
  type Messages,
  type Patient,
  type PlannerIssue,
  type PlanTreatmentOptions,
  type Protocol,
  planSessions,
  planTreatment,
  replan,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { treatmentPlanSchema } from "../src/schemas.js";
import { frozen, makePatient, SVG_TEXTS } from "./fixtures.js";
import {
  addDays,
  caught,
  expectIssues,
  INPUT_DATE,
  MESSAGE_LAYER,
  reminderRows,
  sessionDayRows,
  sharedObjects,
} from "./planning-helpers.js";

/** Plans, and checks that the plan is valid against the published schema (parse round-trips it unchanged). */
function plan(patient: Patient, options: PlanTreatmentOptions): TreatmentPlan {
  const result = planTreatment(patient, options);
  expect(treatmentPlanSchema.parse(result)).toEqual(result);
  return result;
}

const rows = (p: TreatmentPlan) => p.sessions.map((s) => [s.number, s.status, s.earliest, s.due, s.latest] as const);
const brief = (p: TreatmentPlan) => reminderRows(p.reminders);

const moderate: Patient = {
  id: "p-1",
  goal: "scar-revision",
  fitzpatrick: "II",
  scars: [{ type: "rolling", severity: "moderate" }],
};

describe("planTreatment: an eligible patient", () => {
  it("a moderate scar: 4 sessions from today, result check, projected maintenance, reminders", () => {
    const result = plan(moderate, { today: "2026-11-24" });
    expect(result.schemaVersion).toBe(1);
    expect(result.madeBy).toStrictEqual({ name: "microneedling-planner", version: "0.0.0" });
    expect(result.inputs).toStrictEqual({
      patient: {
        id: "p-1",
        goal: "scar-revision",
        fitzpatrick: "II",
        scars: [{ type: "rolling", severity: "moderate" }],
      },
      completed: [],
      booked: [],
      horizonDays: 90,
    });
    expect(result.inputs.patient.id).toBe("p-1");
    expect(result.inputs.patient.goal).toBe("scar-revision");
    expect(result.today).toBe("2026-11-24");
    expect(result.protocol).toStrictEqual(defaultProtocol);
    expect([result.protocol.id, result.protocol.version]).toEqual(["article-2021", "1"]);
    expect(result.eligibility.protocolVersion).toBe("1");
    for (const gone of ["patientId", "goal", "protocolVersion"]) expect(gone in result).toBe(false);
    expect(result.eligibility.status).toBe("eligible");
    expect(result.eligibility.today).toBe("2026-11-24");
    expect(result.estimate).toEqual({
      min: 3,
      typical: 4,
      max: 5,
      basis: "moderate",
      sources: ["ARTICLE-2021", "HARRIS-2015"],
    });
    expect(rows(result)).toEqual([
      [1, "due", "2026-11-24", "2026-11-24", "2026-12-08"],
      [2, "upcoming", "2026-12-22", "2026-12-22", "2027-01-05"],
      [3, "upcoming", "2027-01-19", "2027-01-19", "2027-02-02"],
      [4, "upcoming", "2027-02-16", "2027-02-16", "2027-03-02"],
    ]);
    expect(result.resultCheckOn).toBe("2027-05-16");
    // The final result check, 6 months after the last session (ALAM-2014).
    expect(result.finalResultCheckOn).toBe("2027-08-16");
    expect(result.maintenance).toEqual({
      earliest: "2028-01-16",
      due: "2028-02-16",
      latest: "2028-03-16",
      after: "2027-02-16",
      projected: true,
      sources: ["ARTICLE-2021"],
    });
    // Default horizon: 90 days, to 2027-02-22: each session is booked a week ahead and has its
    // photographs (the baseline at session 1) and aftercare on its day; no factor asks for pre-care.
    expect(brief(result)).toEqual([
      ["book-session", "2026-11-24", "2026-11-24", 1],
      ...sessionDayRows("2026-11-24", 1),
      ["book-session", "2026-12-15", "2026-12-22", 2],
      ...sessionDayRows("2026-12-22", 2),
      ["book-session", "2027-01-12", "2027-01-19", 3],
      ...sessionDayRows("2027-01-19", 3),
      ["book-session", "2027-02-09", "2027-02-16", 4],
      ...sessionDayRows("2027-02-16", 4),
    ]);
    expect(result.reminders[0] && englishMessages.reminder(result.reminders[0])).toBe(
      "Book session 1, due 2026-11-24.",
    );
  });

  it("the documented example: one session done", () => {
    const result = plan(
      { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] },
      { today: "2026-11-24", completed: ["2026-10-27"] },
    );
    expect(result.eligibility.status).toBe("eligible");
    expect(result.sessions.map((s) => `${String(s.number)} ${s.status} ${s.due}`)).toEqual([
      "1 done 2026-10-27",
      "2 due 2026-11-24",
      "3 upcoming 2026-12-22",
      "4 upcoming 2027-01-19",
    ]);
    expect(result.maintenance?.due).toBe("2028-01-19");
    expect(result.reminders[0] && englishMessages.reminder(result.reminders[0])).toBe(
      "Book session 2, due 2026-11-24.",
    );
    expect("patientId" in result).toBe(false);
    expect([result.schemaVersion, result.protocol.id, result.inputs.completed]).toEqual([
      1,
      "article-2021",
      ["2026-10-27"],
    ]);
  });

  it("the sessions are exactly planSessions' windows for the same course", () => {
    const options = { today: "2026-11-24", completed: ["2026-10-27"] };
    expect(plan(moderate, options).sessions).toEqual(
      planSessions({ sessionCount: 4, startOn: "2026-10-27", completed: ["2026-10-27"] }, { today: "2026-11-24" }),
    );
  });

  it("startOn, sessionCount, availability and horizonDays are passed on", () => {
    const result = plan(moderate, {
      today: "2026-11-25",
      startOn: "2026-12-01",
      sessionCount: 2,
      availability: { openWeekdays: ["tue", "thu"], closedDates: ["2026-12-01"] },
      horizonDays: 10,
    });
    expect(rows(result)).toEqual([
      [1, "upcoming", "2026-12-01", "2026-12-03", "2026-12-15"],
      [2, "upcoming", "2026-12-31", "2026-12-31", "2027-01-14"],
    ]);
    expect(result.resultCheckOn).toBe("2027-03-31");
    expect(result.finalResultCheckOn).toBe("2027-06-30");
    // A 10-day horizon (to 2026-12-05): session 1, due on the first open day, and its day's reminders.
    expect(brief(result)).toEqual([
      ["book-session", "2026-11-26", "2026-12-03", 1],
      ...sessionDayRows("2026-12-03", 1),
    ]);
  });

  it("a severe boxcar scar with 2 sessions done and session 3 missed: overdue, late, re-planned from today", () => {
    const patient: Patient = {
      goal: "scar-revision",
      fitzpatrick: "III",
      scars: [{ type: "boxcar", depth: "deep", severity: "severe" }],
    };
    const result = plan(patient, { today: "2026-09-15", completed: ["2026-06-02", "2026-07-07"] });
    expect(result.estimate.typical).toBe(6);
    expect(rows(result)).toEqual([
      [1, "done", "2026-06-02", "2026-06-02", "2026-06-16"],
      [2, "done", "2026-06-30", "2026-06-30", "2026-07-14"],
      [3, "overdue", "2026-09-15", "2026-09-15", "2026-09-29"],
      [4, "upcoming", "2026-10-13", "2026-10-13", "2026-10-27"],
      [5, "upcoming", "2026-11-10", "2026-11-10", "2026-11-24"],
      [6, "upcoming", "2026-12-08", "2026-12-08", "2026-12-22"],
    ]);
    expect(result.sessions[2]?.flags).toEqual([
      { code: "late", params: { daysLate: 28, windowClosedOn: "2026-08-18" } },
    ]);
    expect(result.resultCheckOn).toBe("2027-03-08");
    expect(result.finalResultCheckOn).toBe("2027-06-08");
    expect(result.maintenance?.projected).toBe(true);
    expect(result.maintenance?.after).toBe("2026-12-08");
    // Session photographs from session 2 on are checkpoints, not a baseline.
    expect(brief(result)).toEqual([
      ["session-overdue", "2026-09-15", "2026-09-15", 3],
      ...sessionDayRows("2026-09-15", 3),
      ["book-session", "2026-10-06", "2026-10-13", 4],
      ...sessionDayRows("2026-10-13", 4),
      ["book-session", "2026-11-03", "2026-11-10", 5],
      ...sessionDayRows("2026-11-10", 5),
      ["book-session", "2026-12-01", "2026-12-08", 6],
      ...sessionDayRows("2026-12-08", 6),
    ]);
    expect(result.reminders[0] && englishMessages.reminder(result.reminders[0])).toBe(
      "Session 3 is overdue: book it for 2026-09-15 or later.",
    );

    // Two weeks later: more than 12 weeks since the last session.
    const later = plan(patient, { today: "2026-10-01", completed: ["2026-06-02", "2026-07-07"] });
    expect(later.sessions).toHaveLength(6);
    expect(later.sessions[2]?.flags).toEqual([
      { code: "late", params: { daysLate: 44, windowClosedOn: "2026-08-18" } },
      { code: "reassess", params: { daysSinceLastSession: 86, thresholdWeeks: 12 } },
    ]);
  });
});

describe("planTreatment: eligibility shapes the course", () => {
  it("deferred by an isotretinoin washout: sessions start no earlier than reassessOn", () => {
    const patient: Patient = {
      goal: "scar-revision",
      fitzpatrick: "II",
      scars: [{ type: "rolling", goodmanGrade: 3 }],
      factors: [{ code: "isotretinoin", status: "history", until: "2026-08-24" }],
    };
    const result = plan(patient, { today: "2026-11-24" });
    expect(result.eligibility.status).toBe("deferred");
    expect(result.eligibility.reassessOn).toBe("2027-02-24");
    expect(rows(result)).toEqual([
      [1, "upcoming", "2027-02-24", "2027-02-24", "2027-03-10"],
      [2, "upcoming", "2027-03-24", "2027-03-24", "2027-04-07"],
      [3, "upcoming", "2027-04-21", "2027-04-21", "2027-05-05"],
      [4, "upcoming", "2027-05-19", "2027-05-19", "2027-06-02"],
    ]);
    expect(result.sessions[0]?.flags).toEqual([{ code: "deferred", params: { until: "2027-02-24" } }]);
    expect(result.sessions.slice(1).every((s) => s.flags.length === 0)).toBe(true);
    expect(result.sessions.every((s) => s.earliest >= "2027-02-24")).toBe(true);
    expect(result.resultCheckOn).toBe("2027-08-19");
    expect(result.maintenance?.projected).toBe(true);
    expect(brief(result)).toEqual([["book-session", "2027-02-17", "2027-02-24", 1]]);
  });

  it("deferred mid-course: the next session waits for reassessOn even though its window is open", () => {
    const patient: Patient = {
      ...moderate,
      factors: [{ code: "isotretinoin", status: "history", until: "2026-08-24" }],
    };
    const result = plan(patient, { today: "2026-11-24", completed: ["2026-10-27"] });
    expect(rows(result).slice(0, 2)).toEqual([
      [1, "done", "2026-10-27", "2026-10-27", "2026-11-10"],
      [2, "upcoming", "2027-02-24", "2027-02-24", "2027-03-10"],
    ]);
    // 120 days after the last session done: re-grade the scars first (CLINICAL-REVIEW-2026 9.1).
    expect(result.sessions[1]?.flags).toEqual([
      { code: "deferred", params: { until: "2027-02-24" } },
      { code: "reassess", params: { daysSinceLastSession: 120, thresholdWeeks: 12 } },
    ]);
    // reassessOn (2027-02-24) is long before the maintenance window: the window is not moved.
    expect(result.maintenance).toEqual({
      earliest: "2028-03-21",
      due: "2028-04-21",
      latest: "2028-05-21",
      after: "2027-04-21",
      projected: true,
      sources: ["ARTICLE-2021"],
    });
  });

  it("deferred without a computable end: no pending session, no result check, no maintenance, a deferral review", () => {
    const patient: Patient = { ...moderate, factors: [{ code: "active-acne" }] };
    const result = plan(patient, { today: "2026-11-24" });
    expect(result.eligibility.status).toBe("deferred");
    expect(result.eligibility.reassessOn).toBeUndefined();
    expect(result.sessions).toEqual([]);
    expect(result.resultCheckOn).toBeUndefined();
    expect(result.maintenance).toBeUndefined();
    // The only reminder: review the deferral deferralReviewDays (28) after today.
    expect(result.reminders).toStrictEqual([{ kind: "deferral-review", remindOn: "2026-12-22", dueOn: "2026-12-22" }]);
    expect("resultCheckOn" in result || "maintenance" in result).toBe(false);
    expect(["resultCheckOn", "finalResultCheckOn", "maintenance"].filter((key) => key in result)).toEqual([]);

    const started = plan(patient, { today: "2026-11-24", completed: ["2026-10-01"] });
    expect(rows(started)).toEqual([[1, "done", "2026-10-01", "2026-10-01", "2026-10-15"]]);
    expect(started.resultCheckOn).toBeUndefined();
    expect(started.maintenance).toBeUndefined();
    expect(started.reminders).toStrictEqual([{ kind: "deferral-review", remindOn: "2026-12-22", dueOn: "2026-12-22" }]);
  });

  it("contraindicated: no session is planned, done ones are kept", () => {
    const patient: Patient = { ...moderate, factors: [{ code: "bleeding-disorder" }] };
    const fresh = plan(patient, { today: "2026-11-24" });
    expect(fresh.eligibility.status).toBe("contraindicated");
    expect(fresh.sessions).toEqual([]);
    expect(fresh.reminders).toEqual([]);
    expect(fresh.maintenance).toBeUndefined();

    const started = plan(patient, { today: "2026-11-24", completed: ["2026-09-01", "2026-10-01"] });
    expect(started.sessions.map((s) => [s.number, s.status, s.status === "done" ? s.doneOn : undefined])).toEqual([
      [1, "done", "2026-09-01"],
      [2, "done", "2026-10-01"],
    ]);
    expect(started.resultCheckOn).toBeUndefined();
    expect(started.maintenance).toBeUndefined();
    expect(started.reminders).toEqual([]);
    // The estimate is still given.
    expect(started.estimate.typical).toBe(4);
  });

  it("needs-review: the sessions are planned (provisional) exactly as for an eligible patient", () => {
    const patient: Patient = { ...moderate, factors: [{ code: "diabetes" }] };
    const result = plan(patient, { today: "2026-11-24", completed: ["2026-10-27"] });
    expect(result.eligibility.status).toBe("needs-review");
    const eligible = plan(moderate, { today: "2026-11-24", completed: ["2026-10-27"] });
    expect(result.sessions).toEqual(eligible.sessions);
    expect(result.reminders).toEqual(eligible.reminders);
    expect(result.maintenance).toEqual(eligible.maintenance);
    expect(result.resultCheckOn).toBe(eligible.resultCheckOn);
  });

  it("eligible with precautions plans the course as usual", () => {
    const patient: Patient = { ...moderate, fitzpatrick: "V" };
    const result = plan(patient, { today: "2026-11-24" });
    expect(result.eligibility.status).toBe("eligible-with-precautions");
    expect(result.sessions).toHaveLength(4);
  });
});

describe("planTreatment: time-bounded rules, long gaps and macular scars (issue 12)", () => {
  const REASSESS = (days: number) => ({
    code: "reassess",
    params: { daysSinceLastSession: days, thresholdWeeks: 12 },
  });

  it("the re-grade rule applies to a long gap whatever its cause (CLINICAL-REVIEW-2026 9.1)", () => {
    // Pregnant until 2027-03-01, one session done on 2026-10-27: 125 days by then.
    const pregnant: Patient = { ...moderate, factors: [{ code: "pregnant", until: "2027-03-01" }] };
    const deferred = plan(pregnant, { today: "2026-11-24", completed: ["2026-10-27"] });
    expect(deferred.eligibility).toMatchObject({ status: "deferred", reassessOn: "2027-03-01" });
    expect(rows(deferred)[1]).toEqual([2, "upcoming", "2027-03-01", "2027-03-01", "2027-03-15"]);
    expect(deferred.sessions[1]?.flags).toEqual([{ code: "deferred", params: { until: "2027-03-01" } }, REASSESS(125)]);
    expect(deferred.sessions.slice(2).map((s) => s.flags)).toEqual([[], []]);

    // An isotretinoin washout (last dose 2026-07-01, 6 months) after a session on 2026-06-02: 213 days.
    const washout: Patient = {
      ...moderate,
      factors: [{ code: "isotretinoin", status: "history", until: "2026-07-01" }],
    };
    const waited = plan(washout, { today: "2026-11-24", completed: ["2026-06-02"] });
    expect(waited.eligibility).toMatchObject({ status: "deferred", reassessOn: "2027-01-01" });
    expect(rows(waited)[1]).toEqual([2, "upcoming", "2027-01-01", "2027-01-01", "2027-01-15"]);
    expect(waited.sessions[1]?.flags).toEqual([{ code: "deferred", params: { until: "2027-01-01" } }, REASSESS(213)]);

    // As a late one is: the same course with no deferral, its window long closed.
    const late = plan(moderate, { today: "2026-11-24", completed: ["2026-06-02"] });
    expect(rows(late)[1]).toEqual([2, "overdue", "2026-11-24", "2026-11-24", "2026-12-08"]);
    expect(late.sessions[1]?.flags).toEqual([
      { code: "late", params: { daysLate: 133, windowClosedOn: "2026-07-14" } },
      REASSESS(175),
    ]);

    // And a session booked after the deferral ends: re-graded, though inside its (moved) window.
    const booked = plan(pregnant, {
      today: "2026-11-24",
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2027-03-04", time: "11:00" }],
    });
    expect(booked.sessions[1]).toStrictEqual({
      number: 2,
      earliest: "2027-03-01",
      due: "2027-03-04",
      latest: "2027-03-15",
      status: "booked",
      bookedOn: "2027-03-04",
      time: "11:00",
      flags: [{ code: "deferred", params: { until: "2027-03-01" } }, REASSESS(128)],
    });

    // A deferral that ends within 12 weeks of the last session done is not a long gap.
    const short = plan(
      { ...moderate, factors: [{ code: "pregnant", until: "2027-01-19" }] },
      { today: "2026-11-24", completed: ["2026-10-27"] },
    );
    expect(short.sessions[1]?.flags).toEqual([{ code: "deferred", params: { until: "2027-01-19" } }]);
  });

  it("contraindicated while taking isotretinoin with a planned last dose: reassessOn, sessions planned from it", () => {
    const taking: Patient = { ...moderate, factors: [{ code: "isotretinoin", until: "2026-12-15" }] };
    const result = plan(taking, { today: "2026-11-24", messages: englishMessages });
    expect(result.eligibility.status).toBe("contraindicated");
    // The last dose plus the insert's 6-month washout.
    expect(result.eligibility.reassessOn).toBe("2027-06-15");
    expect(result.eligibility.findings[0]).toMatchObject({
      code: "isotretinoin",
      reason: "active",
      effect: "contraindicated",
      params: { until: "2026-12-15", resumeOn: "2027-06-15" },
      message:
        "Isotretinoin: do not treat while taking it; last dose planned on 2026-12-15, treatment may resume on 2027-06-15.",
    });
    expect(rows(result)).toEqual([
      [1, "upcoming", "2027-06-15", "2027-06-15", "2027-06-29"],
      [2, "upcoming", "2027-07-13", "2027-07-13", "2027-07-27"],
      [3, "upcoming", "2027-08-10", "2027-08-10", "2027-08-24"],
      [4, "upcoming", "2027-09-07", "2027-09-07", "2027-09-21"],
    ]);
    expect(result.sessions.map((s) => s.flags)).toEqual([
      [{ code: "deferred", params: { until: "2027-06-15" } }],
      [],
      [],
      [],
    ]);
    expect([result.resultCheckOn, result.finalResultCheckOn]).toEqual(["2027-12-07", "2028-03-07"]);
    expect(result.maintenance).toEqual({
      earliest: "2028-08-07",
      due: "2028-09-07",
      latest: "2028-10-07",
      after: "2027-09-07",
      projected: true,
      sources: ["ARTICLE-2021"],
    });
    // Nothing to do within the 90-day horizon: no deferral review (the end is known).
    expect(result.reminders).toEqual([]);
    expect(brief(replan(result, { today: "2027-06-01", horizonDays: 14 }))).toEqual([
      ["book-session", "2027-06-08", "2027-06-15", 1],
      ...sessionDayRows("2027-06-15", 1),
    ]);
    // Without a planned last dose there is no end: nothing is planned.
    const open = plan({ ...moderate, factors: [{ code: "isotretinoin" }] }, { today: "2026-11-24" });
    expect([open.eligibility.status, open.eligibility.reassessOn, open.sessions, open.reminders]).toEqual([
      "contraindicated",
      undefined,
      [],
      [],
    ]);
    expect(open.maintenance).toBeUndefined();
  });

  it("a macular-only patient gets no sessions, result checks or maintenance unless sessionCount is given", () => {
    const macular: Patient = {
      goal: "scar-revision",
      fitzpatrick: "II",
      scars: [{ type: "rolling", goodmanGrade: 1 }],
    };
    const result = plan(macular, { today: "2026-11-24" });
    expect(result.estimate).toEqual({
      min: 0,
      typical: 0,
      max: 0,
      basis: "macular-only",
      sources: ["GOODMAN-QUAL-2006", "CLINICAL-REVIEW-2026"],
    });
    expect(result.eligibility.findings.filter((f) => f.reason === "macular-only")).toHaveLength(1);
    expect(result.sessions).toEqual([]);
    expect([result.resultCheckOn, result.finalResultCheckOn, result.maintenance]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(result.reminders).toEqual([]);
    // A clinician who decides on a course gives its size.
    const chosen = plan(macular, { today: "2026-11-24", sessionCount: 2 });
    expect(rows(chosen)).toEqual([
      [1, "due", "2026-11-24", "2026-11-24", "2026-12-08"],
      [2, "upcoming", "2026-12-22", "2026-12-22", "2027-01-05"],
    ]);
    expect([chosen.resultCheckOn, chosen.finalResultCheckOn]).toEqual(["2027-03-22", "2027-06-22"]);
    expect(brief(chosen)).toEqual([
      ["book-session", "2026-11-24", "2026-11-24", 1],
      ...sessionDayRows("2026-11-24", 1),
      ["book-session", "2026-12-15", "2026-12-22", 2],
      ...sessionDayRows("2026-12-22", 2),
    ]);
  });

  // With a course of 0 sessions (macular-only, no sessionCount), sessions done or booked are
  // beyond the estimate, and the plan is one the schema accepts.
  it("a macular-only patient with sessions done or booked gets a plan the schema accepts", () => {
    const macular: Patient = { goal: "scar-revision", fitzpatrick: "I", scars: [{ type: "rolling", goodmanGrade: 1 }] };
    const booked = planTreatment(macular, { today: "2026-08-16", booked: [{ session: 1, on: "2026-08-16" }] });
    expect(treatmentPlanSchema.safeParse(booked).success).toBe(true);
    const done = planTreatment(macular, { today: "2026-08-16", completed: ["2026-08-01"] });
    expect(treatmentPlanSchema.safeParse(done).success).toBe(true);
    expect(() => replan(done, { today: "2026-08-17" })).not.toThrow();
  });

  it("the final result check is finalResultCheckMonths after the last session", () => {
    const protocol = defineProtocol({ resultCheckMonths: 2, finalResultCheckMonths: 9 });
    const result = plan(moderate, { today: "2026-11-24", completed: ["2026-10-27"], sessionCount: 2, protocol });
    expect(rows(result)[1]).toEqual([2, "due", "2026-11-24", "2026-11-24", "2026-12-08"]);
    expect([result.resultCheckOn, result.finalResultCheckOn]).toEqual(["2027-01-24", "2027-08-24"]);
    // Month ends clamp: a course ending on 2026-08-31 is checked on 2026-11-30 and 2027-02-28.
    const clamped = plan(moderate, { today: "2026-09-01", completed: ["2026-08-03", "2026-08-31"], sessionCount: 2 });
    expect([clamped.resultCheckOn, clamped.finalResultCheckOn]).toEqual(["2026-11-30", "2027-02-28"]);
  });
});

describe("planTreatment: a finished course", () => {
  const rejuvenation: Patient = { id: "r-7", goal: "rejuvenation", fitzpatrick: "II" };
  const completed = ["2026-01-06", "2026-02-03", "2026-03-03", "2026-03-31"];

  it("rejuvenation, course finished: result check 3 months after the last session, maintenance due (reminded today)", () => {
    const result = plan(rejuvenation, { today: "2026-07-10", completed });
    expect(result.estimate.typical).toBe(4);
    expect(result.sessions.map((s) => s.status)).toEqual(["done", "done", "done", "done"]);
    expect(result.resultCheckOn).toBe("2026-06-30");
    expect(result.maintenance).toEqual({
      earliest: "2026-06-30",
      due: "2026-06-30",
      latest: "2026-09-30",
      after: "2026-03-31",
      projected: false,
      sources: ["ARTICLE-2021"],
    });
    expect(result.finalResultCheckOn).toBe("2026-09-30");
    // The first result check is past; the maintenance window is open: remind today. The final
    // result check (6 months) is ahead, with its photographs.
    expect(brief(result)).toEqual([
      ["maintenance-due", "2026-07-10", "2026-06-30", undefined],
      ["result-check", "2026-09-23", "2026-09-30", undefined, "final"],
      ["photo", "2026-09-30", "2026-09-30", undefined, "result-check"],
    ]);
    expect(result.reminders[0] && englishMessages.reminder(result.reminders[0])).toBe(
      "Book the maintenance session, due 2026-06-30.",
    );
    expect(result.inputs.patient.id).toBe("r-7");
  });

  it("before the result check: both the result check and maintenance are reminded", () => {
    const result = plan(rejuvenation, { today: "2026-06-20", completed });
    // The final check (2026-09-30, reminded 2026-09-23) is past the 90-day horizon (2026-09-18).
    expect(brief(result)).toEqual([
      ["result-check", "2026-06-23", "2026-06-30", undefined, "first"],
      ["maintenance-due", "2026-06-23", "2026-06-30", undefined],
      ["photo", "2026-06-30", "2026-06-30", undefined, "result-check"],
    ]);
  });

  it("the last session is the latest completed date, whatever the order given", () => {
    const result = plan(rejuvenation, {
      today: "2026-07-10",
      completed: ["2026-01-06", "2026-03-31", "2026-03-03", "2026-02-03"],
    });
    expect(result.resultCheckOn).toBe("2026-06-30");
    expect(result.maintenance?.after).toBe("2026-03-31");
  });

  it("maintenance counts from the last maintenance appointment when given", () => {
    const result = plan(rejuvenation, { today: "2026-07-10", completed, lastMaintenanceOn: "2026-07-01" });
    expect(result.maintenance).toEqual({
      earliest: "2026-10-01",
      due: "2026-10-01",
      latest: "2027-01-01",
      after: "2026-07-01",
      projected: false,
      sources: ["ARTICLE-2021"],
    });
    expect(brief(result)).toEqual([
      ["result-check", "2026-09-23", "2026-09-30", undefined, "final"],
      ["maintenance-due", "2026-09-24", "2026-10-01", undefined],
      ["photo", "2026-09-30", "2026-09-30", undefined, "result-check"],
    ]);
  });

  it("scar revision, finished early with sessionCount: maintenance 12 months after the last session", () => {
    const result = plan(moderate, {
      today: "2026-12-01",
      completed: ["2026-09-01", "2026-09-29"],
      sessionCount: 2,
    });
    expect(result.sessions.map((s) => s.status)).toEqual(["done", "done"]);
    expect(result.resultCheckOn).toBe("2026-12-29");
    expect(result.maintenance).toMatchObject({ due: "2027-09-29", after: "2026-09-29", projected: false });
  });

  it("more sessions done than planned: the course is finished and nothing is pending", () => {
    const result = plan(rejuvenation, {
      today: "2026-07-10",
      completed: [...completed, "2026-04-28"],
    });
    expect(result.sessions).toHaveLength(5);
    expect(result.sessions[4]?.flags.map((f) => f.code)).toEqual(["beyond-estimate"]);
    expect(result.maintenance?.after).toBe("2026-04-28");
    expect(result.maintenance?.projected).toBe(false);
  });

  it("maintenance is projected while the course is unfinished, and counts from the last planned session", () => {
    const result = plan(rejuvenation, { today: "2026-03-10", completed: completed.slice(0, 3) });
    expect(result.sessions.at(-1)).toMatchObject({ number: 4, status: "upcoming", due: "2026-03-31" });
    expect(result.maintenance?.projected).toBe(true);
    expect(result.maintenance?.after).toBe("2026-03-31");
    expect(result.resultCheckOn).toBe("2026-06-30");
  });

  it("the protocol's resultCheckMonths and maintenance months are used, and its version recorded", () => {
    const protocol = defineProtocol({
      resultCheckMonths: 6,
      maintenance: { rejuvenation: { earliestMonths: 4, dueMonths: 5, latestMonths: 8 } },
    });
    const result = plan(rejuvenation, { today: "2026-07-10", completed, protocol });
    // Without a version of its own, a custom protocol is versioned by a hash of its settings.
    expect(result.protocol.version).toBe("1+custom.639a59d7");
    expect(result.protocol.id).toBe("article-2021");
    expect(result.protocol).toStrictEqual(protocol);
    expect(result.eligibility.protocolVersion).toBe("1+custom.639a59d7");
    expect(result.resultCheckOn).toBe("2026-09-30");
    expect(result.maintenance).toMatchObject({ earliest: "2026-07-31", due: "2026-08-31", latest: "2026-11-30" });
    const named = defineProtocol({ id: "clinic-a", version: "clinic-2027" });
    const namedPlan = plan(rejuvenation, { today: "2026-07-10", protocol: named });
    expect([namedPlan.protocol.id, namedPlan.protocol.version, namedPlan.eligibility.protocolVersion]).toEqual([
      "clinic-a",
      "clinic-2027",
      "clinic-2027",
    ]);
  });
});

describe("planTreatment: messages, inputs and determinism", () => {
  it("a custom message layer writes findings and reminders", () => {
    const messages: Messages = {
      ...englishMessages,
      finding: (finding) => `F:${finding.code}/${finding.reason}`,
      reminder: (reminder) => `R:${reminder.kind}:${reminder.dueOn}`,
      bookingReason: (reason) => `B:${reason.code}`,
      ...SVG_TEXTS,
    };
    const patient: Patient = { ...moderate, factors: [{ code: "diabetes" }] };
    const result = plan(patient, { today: "2026-11-24", messages, horizonDays: 30 });
    expect(result.eligibility.findings.map((f) => f.message)).toEqual(["F:diabetes/active", "F:rolling/adjunct"]);
    expect(result.reminders.map((r) => r.message)).toEqual([
      "R:book-session:2026-11-24",
      "R:photo:2026-11-24",
      "R:post-care:2026-11-24",
      "R:book-session:2026-12-22",
      "R:photo:2026-12-22",
      "R:post-care:2026-12-22",
    ]);
    const english = plan(patient, { today: "2026-11-24", messages: englishMessages, horizonDays: 30 });
    expect(english.eligibility.findings.map((f) => f.message)).toEqual([
      "Diabetes: a clinician must review before treatment.",
      "Rolling scar: consider combining with subcision (for tethered scars).",
    ]);
    expect(english.reminders.map((r) => r.message)).toEqual([
      "Book session 1, due 2026-11-24.",
      "Take standard photographs before session 1 (baseline).",
      "Aftercare for session 1: sun protection, no active products for 48 hours.",
      "Book session 2, due 2026-12-22.",
      "Take standard photographs before session 2.",
      "Aftercare for session 2: sun protection, no active products for 48 hours.",
    ]);
    const plain = plan(patient, { today: "2026-11-24", horizonDays: 30 });
    expect([...plain.eligibility.findings, ...plain.reminders].some((x) => "message" in x)).toBe(false);
  });

  it("horizonDays 0 keeps today's reminders only", () => {
    const result = plan(moderate, { today: "2026-11-24", horizonDays: 0 });
    expect(brief(result)).toEqual([
      ["book-session", "2026-11-24", "2026-11-24", 1],
      ...sessionDayRows("2026-11-24", 1),
    ]);
  });

  it("does not mutate its (deep-frozen) inputs and gives the same plan twice", () => {
    const patient = frozen(
      makePatient({
        id: "frozen-1",
        scars: [{ type: "boxcar", depth: "shallow", severity: "severe", formedOn: "2026-01-01" }],
        factors: [{ code: "herpes-simplex", status: "history" }],
      }),
    );
    const options = frozen({
      today: "2026-11-24",
      completed: ["2026-09-01", "2026-09-29"],
      availability: { openWeekdays: ["mon", "wed"] as ("mon" | "wed")[], closedDates: ["2026-11-25"] },
      protocol: defineProtocol({ reminderLeadDays: 3 }),
      lastMaintenanceOn: "2025-01-01",
    });
    const first = plan(patient, options);
    const second = plan(patient, options);
    expect(second).toEqual(first);
    expect(first.inputs.patient.id).toBe("frozen-1");
    expect(first.sessions[2]?.due).toBe("2026-11-30");
    // The plan keeps copies of its inputs, not the caller's (frozen) objects.
    expect(sharedObjects(first.inputs, { patient, options })).toEqual([]);
    expect(first.inputs.patient).toStrictEqual(patient);
    expect(Object.isFrozen(first.inputs.patient)).toBe(false);
  });

  it.each(["2026-03-08", "2026-03-29", "2026-04-05", "2026-10-04", "2026-10-25", "2026-11-01", "2028-02-29"])(
    "today on %s: the plan only has calendar dates computed in whole days",
    (today) => {
      const result = plan(moderate, { today });
      result.sessions.forEach((session, index) => {
        expect(session.earliest).toBe(addDays(today, 28 * index));
        expect(session.latest).toBe(addDays(today, 28 * index + 14));
      });
    },
  );
});

describe("planTreatment: the plan is a durable record", () => {
  it("inputs hold what planTreatment was given: startOn, sessionCount, lastMaintenanceOn and availability only when given", () => {
    const bare = plan(moderate, { today: "2026-11-24" });
    expect(Object.keys(bare.inputs)).toEqual(["patient", "completed", "booked", "horizonDays"]);
    const full = plan(moderate, {
      today: "2026-11-24",
      startOn: "2026-10-27",
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-11-26", time: "10:30" }],
      lastMaintenanceOn: "2025-06-01",
      sessionCount: 3,
      horizonDays: 10,
      availability: { openWeekdays: ["tue", "thu"], closedDates: ["2026-12-24"] },
      messages: englishMessages,
    });
    expect(full.inputs).toStrictEqual({
      patient: moderate,
      startOn: "2026-10-27",
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-11-26", time: "10:30" }],
      lastMaintenanceOn: "2025-06-01",
      sessionCount: 3,
      availability: { openWeekdays: ["tue", "thu"], closedDates: ["2026-12-24"] },
      horizonDays: 10,
    });
    // Options given as undefined count as absent.
    const undefinedOptions = plan(moderate, {
      today: "2026-11-24",
      startOn: undefined,
      completed: undefined,
      booked: undefined,
      lastMaintenanceOn: undefined,
      sessionCount: undefined,
      horizonDays: undefined,
      availability: undefined,
    });
    expect(undefinedOptions.inputs).toStrictEqual(bare.inputs);
  });

  it("inputs are stored as JSON stores them: a key given as undefined is left out, -0 is 0", () => {
    const patient = {
      id: undefined,
      goal: "scar-revision",
      fitzpatrick: "II",
      birthDate: undefined,
      scars: [{ type: "rolling", severity: "moderate", area: undefined }],
      factors: undefined,
    } as Patient;
    const result = plan(patient, { today: "2026-11-24", horizonDays: -0 });
    expect(result.inputs.patient).toStrictEqual({
      goal: "scar-revision",
      fitzpatrick: "II",
      scars: [{ type: "rolling", severity: "moderate" }],
    });
    expect(Object.is(result.inputs.horizonDays, 0)).toBe(true);
  });

  it("inputs keys are in the schema's order, however the options were given, so equal plans are equal JSON", () => {
    const ORDER = [
      "patient",
      "startOn",
      "completed",
      "booked",
      "lastMaintenanceOn",
      "sessionCount",
      "availability",
      "horizonDays",
    ];
    const full = plan(moderate, {
      horizonDays: 10,
      availability: { openWeekdays: ["tue", "thu"] },
      sessionCount: 3,
      lastMaintenanceOn: "2025-06-01",
      booked: [{ session: 2, on: "2026-11-26" }],
      completed: ["2026-10-27"],
      startOn: "2026-10-27",
      today: "2026-11-24",
    });
    expect(Object.keys(full.inputs)).toEqual(ORDER);
    // replan, given inputs in another order (and one added), keeps the order.
    const bare = plan(moderate, { today: "2026-11-24" });
    const replanned = replan(bare, {
      today: "2026-11-24",
      horizonDays: 10,
      availability: { openWeekdays: ["tue", "thu"] },
      sessionCount: 3,
      lastMaintenanceOn: "2025-06-01",
      booked: [{ session: 2, on: "2026-11-26" }],
      completed: ["2026-10-27"],
      startOn: "2026-10-27",
    });
    expect(Object.keys(replanned.inputs)).toEqual(ORDER);
    expect(JSON.stringify(replanned)).toBe(JSON.stringify(full));
    expect(Object.keys(replan(full, { today: "2026-11-25", patient: moderate }).inputs)).toEqual(ORDER);
  });

  it("the inputs share no object with the caller's, so later changes to them do not change the plan", () => {
    const patient: Patient = {
      id: "copy-1",
      goal: "scar-revision",
      fitzpatrick: "III",
      scars: [{ type: "boxcar", depth: "shallow", severity: "moderate" }],
      factors: [{ code: "herpes-simplex", status: "history" }],
    };
    const options = {
      today: "2026-11-24",
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-11-26", time: "10:30" }],
      availability: { openWeekdays: ["tue", "thu"] as ("tue" | "thu")[], closedDates: ["2026-12-24"] },
    };
    const result = plan(patient, options);
    const before = structuredClone(result);
    expect(sharedObjects(result, { patient, options })).toEqual([]);
    patient.scars?.push({ type: "rolling", severity: "mild" });
    patient.factors?.splice(0, 1);
    options.completed.push("2026-11-24");
    options.booked[0] = { session: 2, on: "2026-12-01", time: "09:00" };
    options.availability.openWeekdays.push("thu");
    options.availability.closedDates.length = 0;
    expect(result).toStrictEqual(before);
  });

  it("the plan carries the whole protocol: a hand-made protocol is copied, a frozen one kept", () => {
    const handMade = structuredClone(defineProtocol({ reminderLeadDays: 3 })) as Protocol;
    const result = plan(moderate, { today: "2026-11-24", protocol: handMade });
    expect(result.protocol).toStrictEqual(handMade);
    expect(result.protocol).not.toBe(handMade);
    (handMade.interval as { minWeeks: number }).minWeeks = 5;
    expect(result.protocol.interval.minWeeks).toBe(4);
    expect(plan(moderate, { today: "2026-11-24" }).protocol).toStrictEqual(defaultProtocol);
    // The frozen default protocol is the plan's own, not a copy.
    expect(plan(moderate, { today: "2026-11-24" }).protocol).toBe(defaultProtocol);
  });

  it("a plan read back from JSON is the same plan, and still valid", () => {
    const result = plan(moderate, {
      today: "2026-11-24",
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-11-26" }],
      messages: englishMessages,
    });
    const json = JSON.parse(JSON.stringify(result)) as TreatmentPlan;
    expect(json).toStrictEqual(result);
    expect(treatmentPlanSchema.parse(json)).toStrictEqual(result);
  });

  it("the message layer is not an input: the plan records no messages option", () => {
    const withMessages = plan(moderate, { today: "2026-11-24", messages: englishMessages });
    const without = plan(moderate, { today: "2026-11-24" });
    expect(withMessages.inputs).toStrictEqual(without.inputs);
    expect(JSON.stringify(withMessages.inputs)).not.toContain("message");
  });
});

describe("planTreatment rejects malformed input", () => {
  const OPTION_KEYS =
    "unknown key; expected one of today, startOn, completed, booked, lastMaintenanceOn, sessionCount, horizonDays, protocol, availability, area, messages";

  it.each<[unknown, PlannerIssue]>([
    [null, { code: "invalid-type", path: ["options"], message: "expected an object", value: null }],
    ["2026-11-24", { code: "invalid-type", path: ["options"], message: "expected an object", value: "2026-11-24" }],
    [{}, { code: "required", path: ["options", "today"], message: "required" }],
    [
      { today: "2026-02-29" },
      { code: "invalid-date", path: ["options", "today"], message: INPUT_DATE, value: "2026-02-29" },
    ],
    [
      { today: "2026-11-24", startOn: "soon" },
      { code: "invalid-date", path: ["options", "startOn"], message: INPUT_DATE, value: "soon" },
    ],
    [
      { today: "2026-11-24", completed: "2026-10-01" },
      { code: "invalid-type", path: ["options", "completed"], message: "expected an array", value: "2026-10-01" },
    ],
    [
      { today: "2026-11-24", completed: ["2026-10-01", 5] },
      { code: "invalid-type", path: ["options", "completed", 1], message: INPUT_DATE, value: 5 },
    ],
    [
      { today: "2026-11-24", lastMaintenanceOn: "x" },
      { code: "invalid-date", path: ["options", "lastMaintenanceOn"], message: INPUT_DATE, value: "x" },
    ],
    [
      { today: "2026-11-24", sessionCount: 0 },
      {
        code: "out-of-range",
        path: ["options", "sessionCount"],
        message: "expected an integer from 1 to 20",
        value: 0,
      },
    ],
    [
      { today: "2026-11-24", sessionCount: 21 },
      {
        code: "out-of-range",
        path: ["options", "sessionCount"],
        message: "expected an integer from 1 to 20",
        value: 21,
      },
    ],
    [
      { today: "2026-11-24", horizonDays: -1 },
      {
        code: "out-of-range",
        path: ["options", "horizonDays"],
        message: "expected an integer from 0 to 3660",
        value: -1,
      },
    ],
    [
      { today: "2026-11-24", horizonDays: 3661 },
      {
        code: "out-of-range",
        path: ["options", "horizonDays"],
        message: "expected an integer from 0 to 3660",
        value: 3661,
      },
    ],
    [
      { today: "2026-11-24", leadDays: 7 },
      { code: "unknown-key", path: ["options", "leadDays"], message: OPTION_KEYS, value: 7 },
    ],
  ])("options %o -> %o", (options, issue) => {
    expectIssues(
      caught(() => planTreatment(moderate, options as PlanTreatmentOptions)),
      "INVALID_INPUT",
      [issue],
    );
  });

  it.each<[unknown, PlannerIssue]>([
    [null, { code: "invalid-type", path: ["patient"], message: "expected an object", value: null }],
    [
      { goal: "tattoo", fitzpatrick: "II" },
      {
        code: "invalid-value",
        path: ["patient", "goal"],
        message: 'expected one of "scar-revision", "rejuvenation"',
        value: "tattoo",
      },
    ],
    [{ goal: "rejuvenation" }, { code: "required", path: ["patient", "fitzpatrick"], message: "required" }],
    [
      { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "rolling", severity: "extreme" }] },
      {
        code: "invalid-value",
        path: ["patient", "scars", 0, "severity"],
        message: 'expected one of "mild", "moderate", "severe"',
        value: "extreme",
      },
    ],
    [
      { goal: "scar-revision", fitzpatrick: "III", scar: [] },
      {
        code: "unknown-key",
        path: ["patient", "scar"],
        message: "unknown key; expected one of id, goal, fitzpatrick, birthDate, scars, factors",
        value: [],
      },
    ],
  ])("patient %o -> %o", (patient, issue) => {
    expectIssues(
      caught(() => planTreatment(patient as Patient, { today: "2026-11-24" })),
      "INVALID_INPUT",
      [issue],
    );
  });

  it("patient issues come before options issues", () => {
    const error = caught(() => planTreatment({ goal: "tattoo" } as unknown as Patient, {} as PlanTreatmentOptions));
    expectIssues(error, "INVALID_INPUT", [
      {
        code: "invalid-value",
        path: ["patient", "goal"],
        message: 'expected one of "scar-revision", "rejuvenation"',
        value: "tattoo",
      },
      { code: "required", path: ["patient", "fitzpatrick"], message: "required" },
      { code: "required", path: ["options", "today"], message: "required" },
    ]);
  });

  // Regression: availability was only checked inside planSessions, under its parameter name.
  it("a malformed availability is INVALID_INPUT, reported under options.availability", () => {
    const error = caught(() =>
      planTreatment(moderate, {
        today: "2026-11-24",
        availability: { openWeekdays: ["tues"] },
      } as unknown as PlanTreatmentOptions),
    );
    expectIssues(error, "INVALID_INPUT", [
      {
        code: "invalid-value",
        path: ["options", "availability", "openWeekdays", 0],
        message: 'expected one of "mon", "tue", "wed", "thu", "fri", "sat", "sun"',
        value: "tues",
      },
    ]);
  });

  // Regression: a messages option that is not a Messages object escaped as a raw TypeError.
  it("a malformed messages option is INVALID_INPUT, not a raw TypeError", () => {
    const patient: Patient = { ...moderate, factors: [{ code: "diabetes" }] };
    const error = caught(() => planTreatment(patient, { today: "2026-11-24", messages: {} as Messages }));
    expectIssues(error, "INVALID_INPUT", [
      {
        code: "invalid-type",
        path: ["options", "messages"],
        message: MESSAGE_LAYER,
        value: {},
      },
    ]);
    // A layer of the previous shape, without bookingReason, is no message layer any more.
    const old = { finding: englishMessages.finding, reminder: englishMessages.reminder } as unknown as Messages;
    expectIssues(
      caught(() => planTreatment(patient, { today: "2026-11-24", messages: old })),
      "INVALID_INPUT",
      [
        {
          code: "invalid-type",
          path: ["options", "messages"],
          message: MESSAGE_LAYER,
          value: { finding: "[function]", reminder: "[function]" },
        },
      ],
    );
  });

  it("an invalid protocol in options is INVALID_INPUT under options.protocol", () => {
    const error = caught(() => planTreatment(moderate, { today: "2026-11-24", protocol: 5 as never }));
    expectIssues(error, "INVALID_INPUT", [
      { code: "invalid-type", path: ["options", "protocol"], message: "expected an object", value: 5 },
    ]);
  });

  it("an inconsistent hand-made protocol in options is INVALID_INPUT, with paths under options.protocol", () => {
    const protocol = { ...defineProtocol(), interval: { minWeeks: 6, maxWeeks: 4 } };
    const error = caught(() => planTreatment(moderate, { today: "2026-11-24", protocol }));
    expectIssues(error, "INVALID_INPUT", [
      {
        code: "inconsistent",
        path: ["options", "protocol", "interval", "maxWeeks"],
        message: "must be at least minWeeks (6)",
        value: 4,
      },
    ]);
  });
});

describe("planTreatment: maintenance respects eligibility (regressions)", () => {
  const completed = ["2026-01-06", "2026-02-03", "2026-03-03", "2026-03-31"];

  // A contraindicated patient gets no session planned, but once the course is finished a
  // maintenance window is still planned and a "Book the maintenance session" reminder is issued.
  it("a contraindicated patient is not reminded to book a maintenance session", () => {
    const patient: Patient = { goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "bleeding-disorder" }] };
    const result = plan(patient, { today: "2026-07-10", completed });
    expect(result.eligibility.status).toBe("contraindicated");
    expect(result.reminders.filter((r) => r.kind === "maintenance-due")).toEqual([]);
  });

  // Pending course sessions honour reassessOn (notBefore), but the maintenance window of a finished
  // course does not: a patient deferred until 2026-12-01 is told to book maintenance due 2026-06-30.
  it("a deferred patient's maintenance does not fall before reassessOn", () => {
    const patient: Patient = {
      goal: "rejuvenation",
      fitzpatrick: "II",
      factors: [{ code: "isotretinoin", status: "history", until: "2026-06-01" }],
    };
    const result = plan(patient, { today: "2026-07-10", completed });
    expect(result.eligibility.reassessOn).toBe("2026-12-01");
    expect((result.maintenance?.due ?? "") >= "2026-12-01").toBe(true);
  });
});
