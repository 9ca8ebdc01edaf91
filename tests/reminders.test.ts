import { describe, expect, it } from "vitest";
import {
  defaultProtocol,
  defineProtocol,
  type Messages,
  type Patient,
  type PlannerIssue,
  type PlanRemindersOptions,
  type PreCareReminder,
  type Protocol,
  planReminders,
  planTreatment,
  REMINDER_KINDS,
  type Reminder,
  replan,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { frozen } from "./fixtures.js";
import {
  addDays,
  bookingsArb,
  caught,
  completedArb,
  dayDiff,
  expectIssues,
  INPUT_DATE,
  isoDateArb,
  MESSAGE_LAYER,
  patientArb,
  protocolArb,
  RESULT_DATE,
  reachesPlannedZero,
  reminderRows,
  sessionDayRows,
  sessionOf,
} from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

const TODAY = "2026-11-24";
const brief = reminderRows;

const rejuvenation: Patient = { goal: "rejuvenation", fitzpatrick: "II" };
const moderate: Patient = {
  goal: "scar-revision",
  fitzpatrick: "II",
  scars: [{ type: "rolling", severity: "moderate" }],
};
/** The stale-reminder patient (see tests/replan.test.ts): rolling scar, Goodman grade 3, Fitzpatrick III. */
const rolling: Patient = { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", goodmanGrade: 3 }] };

/** A plan made on TODAY for a rejuvenation course starting on `startOn`, with a protocol. */
const rejuvenationFrom = (startOn: string, protocol = defaultProtocol, today = TODAY): TreatmentPlan =>
  planTreatment(rejuvenation, { today, startOn, protocol });

/**
 * A scar course of two sessions, finished on 2026-09-01: results checked on 2026-12-01, maintenance
 * 2027-08-01 .. 2027-10-01, due 2027-09-01.
 */
const finished = planTreatment(moderate, {
  today: "2026-09-01",
  completed: ["2026-08-04", "2026-09-01"],
  sessionCount: 2,
});

describe("planReminders: book-session", () => {
  it("the documented example: the plan's reminderLeadDays (7) before due, never before today", () => {
    const plan = rejuvenationFrom("2026-12-01");
    const reminders = planReminders(plan, { today: TODAY, horizonDays: 40, messages: englishMessages });
    // Each session is booked a week ahead; its photographs and aftercare are on its day.
    expect(brief(reminders)).toEqual([
      ["book-session", "2026-11-24", "2026-12-01", 1],
      ...sessionDayRows("2026-12-01", 1),
      ["book-session", "2026-12-22", "2026-12-29", 2],
      ...sessionDayRows("2026-12-29", 2),
    ]);
    expect(reminders.map((r) => r.message)).toEqual([
      "Book session 1, due 2026-12-01.",
      "Take standard photographs before session 1 (baseline).",
      "Aftercare for session 1: sun protection, no active products for 48 hours.",
      "Book session 2, due 2026-12-29.",
      "Take standard photographs before session 2.",
      "Aftercare for session 2: sun protection, no active products for 48 hours.",
    ]);
  });

  it("the documented example of planReminders: a plan made on 2026-11-24, reminded on 2027-01-20", () => {
    const plan = planTreatment(rolling, { today: "2026-11-24", completed: ["2026-11-24"] });
    // The JSDoc example of planReminders shows the first of these only (see the report of issue 12).
    expect(
      planReminders(plan, { today: "2027-01-20", horizonDays: 7 }).map((r) => [r.kind, r.remindOn, r.dueOn]),
    ).toEqual([
      ["session-overdue", "2027-01-20", "2027-01-20"],
      ["photo", "2027-01-20", "2027-01-20"],
      ["post-care", "2027-01-20", "2027-01-20"],
    ]);
  });

  it("the lead is the plan's protocol's reminderLeadDays, down to 0 (remind on the due date)", () => {
    const lead = (reminderLeadDays: number) => rejuvenationFrom("2026-12-01", defineProtocol({ reminderLeadDays }));
    // The lead moves the booking reminders only: photographs and aftercare are on the session's day.
    expect(brief(planReminders(lead(3), { today: TODAY, horizonDays: 40 }))).toEqual([
      ["book-session", "2026-11-28", "2026-12-01", 1],
      ...sessionDayRows("2026-12-01", 1),
      ["book-session", "2026-12-26", "2026-12-29", 2],
      ...sessionDayRows("2026-12-29", 2),
    ]);
    expect(brief(planReminders(lead(0), { today: TODAY, horizonDays: 40 }))).toEqual([
      ["book-session", "2026-12-01", "2026-12-01", 1],
      ...sessionDayRows("2026-12-01", 1),
      ["book-session", "2026-12-29", "2026-12-29", 2],
      ...sessionDayRows("2026-12-29", 2),
    ]);
    // 60 days: to 2027-01-23, before session 3's day.
    expect(brief(planReminders(lead(14), { today: TODAY, horizonDays: 60 }))).toEqual([
      ["book-session", "2026-11-24", "2026-12-01", 1],
      ...sessionDayRows("2026-12-01", 1),
      ["book-session", "2026-12-15", "2026-12-29", 2],
      ...sessionDayRows("2026-12-29", 2),
      ["book-session", "2027-01-12", "2027-01-26", 3],
    ]);
    expect(brief(planReminders(lead(1), { today: TODAY, horizonDays: 62 }))).toEqual([
      ["book-session", "2026-11-30", "2026-12-01", 1],
      ...sessionDayRows("2026-12-01", 1),
      ["book-session", "2026-12-28", "2026-12-29", 2],
      ...sessionDayRows("2026-12-29", 2),
      ["book-session", "2027-01-25", "2027-01-26", 3],
    ]);
  });

  it("a plan re-planned with another protocol is reminded with that protocol's lead", () => {
    const plan = replan(rejuvenationFrom("2026-12-01"), {
      today: TODAY,
      protocol: defineProtocol({ reminderLeadDays: 3 }),
    });
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 40 }))).toEqual([
      ["book-session", "2026-11-28", "2026-12-01", 1],
      ...sessionDayRows("2026-12-01", 1),
      ["book-session", "2026-12-26", "2026-12-29", 2],
      ...sessionDayRows("2026-12-29", 2),
    ]);
  });

  it("a reminder whose lead time has already started is given for today", () => {
    expect(brief(planReminders(rejuvenationFrom("2026-11-27"), { today: TODAY, horizonDays: 0 }))).toEqual([
      ["book-session", TODAY, "2026-11-27", 1],
    ]);
  });

  it("done sessions get no reminder, and a session whose window closed is chased, not offered for booking", () => {
    const plan = planTreatment(rolling, { today: "2026-11-24", completed: ["2026-11-24"] });
    const reminders = planReminders(plan, { today: "2027-01-20", horizonDays: 30 });
    expect(brief(reminders)).toEqual([
      ["session-overdue", "2027-01-20", "2027-01-20", 2],
      ...sessionDayRows("2027-01-20", 2),
      ["book-session", "2027-02-10", "2027-02-17", 3],
      ...sessionDayRows("2027-02-17", 3),
    ]);
    expect(reminders.some((r) => sessionOf(r) === 1)).toBe(false);
  });
});

describe("planReminders: session-overdue", () => {
  it("an overdue session is reminded today; the next one is booked as usual", () => {
    const plan = planTreatment(moderate, { today: "2026-09-10", completed: ["2026-09-01"] });
    const reminders = planReminders(plan, { today: TODAY, horizonDays: 30, messages: englishMessages });
    expect(brief(reminders)).toEqual([
      ["session-overdue", TODAY, TODAY, 2],
      ...sessionDayRows(TODAY, 2),
      ["book-session", "2026-12-15", "2026-12-22", 3],
      ...sessionDayRows("2026-12-22", 3),
    ]);
    expect(reminders[0]?.message).toBe("Session 2 is overdue: book it for 2026-11-24 or later.");
  });

  it("an overdue session is reminded today even with a zero horizon, due on the first open day", () => {
    const plan = planTreatment(moderate, {
      today: "2026-09-10",
      completed: ["2026-09-01"],
      availability: { openWeekdays: ["tue", "thu"] },
    });
    // 2026-11-25 is a Wednesday: the session is due on Thursday.
    expect(brief(planReminders(plan, { today: "2026-11-25", horizonDays: 0 }))).toEqual([
      ["session-overdue", "2026-11-25", "2026-11-26", 2],
    ]);
  });
});

describe("planReminders: result-check", () => {
  it("reminderLeadDays before each result check (first and final), never before today, none once it has passed", () => {
    expect([finished.resultCheckOn, finished.finalResultCheckOn]).toEqual(["2026-12-01", "2027-03-01"]);
    const at = (today: string) => brief(planReminders(finished, { today, horizonDays: 120 }));
    // Each check has its photographs on its day.
    const final = [
      ["result-check", "2027-02-22", "2027-03-01", undefined, "final"],
      ["photo", "2027-03-01", "2027-03-01", undefined, "result-check"],
    ];
    expect(at("2026-11-01")).toEqual([
      ["result-check", "2026-11-24", "2026-12-01", undefined, "first"],
      ["photo", "2026-12-01", "2026-12-01", undefined, "result-check"],
      ...final,
    ]);
    expect(at("2026-11-28")).toEqual([
      ["result-check", "2026-11-28", "2026-12-01", undefined, "first"],
      ["photo", "2026-12-01", "2026-12-01", undefined, "result-check"],
      ...final,
    ]);
    // On the day of the check, its photographs sort before it (REMINDER_KINDS order).
    expect(at("2026-12-01")).toEqual([
      ["photo", "2026-12-01", "2026-12-01", undefined, "result-check"],
      ["result-check", "2026-12-01", "2026-12-01", undefined, "first"],
      ...final,
    ]);
    expect(at("2026-12-02")).toEqual(final);
    expect(at("2027-03-01")).toEqual([
      ["photo", "2027-03-01", "2027-03-01", undefined, "result-check"],
      ["result-check", "2027-03-01", "2027-03-01", undefined, "final"],
    ]);
    expect(at("2027-03-02")).toEqual([]);
  });

  it("message", () => {
    const [reminder] = planReminders(finished, { today: TODAY, horizonDays: 7, messages: englishMessages });
    expect(reminder?.message).toBe("Check the results of the course on 2026-12-01.");
    expect(reminder && "session" in reminder).toBe(false);
  });
});

describe("planReminders: maintenance-due", () => {
  it("reminderLeadDays before maintenance is due", () => {
    expect(finished.maintenance).toMatchObject({ earliest: "2027-08-01", due: "2027-09-01", latest: "2027-10-01" });
    const reminders = planReminders(finished, { today: "2027-08-20", horizonDays: 30, messages: englishMessages });
    expect(brief(reminders)).toEqual([["maintenance-due", "2027-08-25", "2027-09-01", undefined]]);
    expect(reminders[0]?.message).toBe("Book the maintenance session, due 2027-09-01.");
  });

  it("a maintenance window already open (even past its due date) is reminded today", () => {
    for (const today of ["2027-08-28", "2027-09-15", "2027-10-01"]) {
      expect(brief(planReminders(finished, { today, horizonDays: 0 }))).toEqual([
        ["maintenance-due", today, "2027-09-01", undefined],
      ]);
    }
  });

  it("no reminder once the maintenance window has closed", () => {
    expect(planReminders(finished, { today: "2027-10-02", horizonDays: 365 })).toEqual([]);
  });

  it("a rejuvenation maintenance window (3-6 months) that opened on its due date", () => {
    const plan = planTreatment(rejuvenation, {
      today: "2026-04-01",
      completed: ["2026-01-06", "2026-02-03", "2026-03-03", "2026-03-31"],
    });
    expect(brief(planReminders(plan, { today: "2026-07-10", horizonDays: 0 }))).toEqual([
      ["maintenance-due", "2026-07-10", "2026-06-30", undefined],
    ]);
  });

  it("the plan's lastMaintenanceOn moves the next maintenance", () => {
    const plan = replan(finished, { today: "2027-09-10", lastMaintenanceOn: "2027-09-10" });
    expect(brief(planReminders(plan, { today: "2028-08-01", horizonDays: 60 }))).toEqual([
      ["maintenance-due", "2028-09-03", "2028-09-10", undefined],
    ]);
  });
});

/**
 * Rejuvenation made on TODAY, session 1 done 2026-09-01: session 2 overdue (due today), sessions 3
 * and 4 both booked for 2026-11-27; the last session is on 2026-11-27, so the result check and
 * maintenance are both due 2027-02-27 (reminded 2027-02-20, 88 days after today; the result
 * check's photographs on the day, 95 days after today). The final check (2027-05-27) is beyond.
 */
const tied = planTreatment(rejuvenation, {
  today: TODAY,
  completed: ["2026-09-01"],
  booked: [
    { session: 4, on: "2026-11-27" },
    { session: 3, on: "2026-11-27", time: "09:15" },
  ],
});

describe("planReminders: horizon and order", () => {
  it("sorts by remindOn, then dueOn, then kind, then session", () => {
    expect(brief(planReminders(tied, { today: TODAY, horizonDays: 100 }))).toEqual([
      ["session-overdue", TODAY, TODAY, 2],
      ["photo", TODAY, TODAY, 2, "session"],
      ["post-care", TODAY, TODAY, 2],
      ["appointment", TODAY, "2026-11-27", 3],
      ["appointment", TODAY, "2026-11-27", 4],
      ["photo", "2026-11-27", "2026-11-27", 3, "session"],
      ["photo", "2026-11-27", "2026-11-27", 4, "session"],
      ["post-care", "2026-11-27", "2026-11-27", 3],
      ["post-care", "2026-11-27", "2026-11-27", 4],
      ["result-check", "2027-02-20", "2027-02-27", undefined, "first"],
      ["maintenance-due", "2027-02-20", "2027-02-27", undefined],
      ["photo", "2027-02-27", "2027-02-27", undefined, "result-check"],
    ]);
    expect(REMINDER_KINDS).toEqual([
      "book-session",
      "session-overdue",
      "appointment",
      "pre-care",
      "photo",
      "post-care",
      "result-check",
      "maintenance-due",
      "deferral-review",
    ]);
  });

  it("ties on day, due day and kind: a course reminder (no session) comes before a session's", () => {
    // Session 4 booked on 2027-01-20, before session 3 on 2027-04-20: the course ends with session 4,
    // so the first result check falls 3 months later, on session 3's day, with a photo each.
    const plan = planTreatment(rolling, {
      today: TODAY,
      completed: [TODAY],
      booked: [
        { session: 3, on: "2027-04-20" },
        { session: 4, on: "2027-01-20" },
      ],
    });
    expect(plan.resultCheckOn).toBe("2027-04-20");
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 150 }))).toEqual([
      ["book-session", "2026-12-15", "2026-12-22", 2],
      ...sessionDayRows("2026-12-22", 2),
      ["appointment", "2027-01-13", "2027-01-20", 4],
      ...sessionDayRows("2027-01-20", 4),
      ["appointment", "2027-04-13", "2027-04-20", 3],
      ["result-check", "2027-04-13", "2027-04-20", undefined, "first"],
      ["photo", "2027-04-20", "2027-04-20", undefined, "result-check"],
      ["photo", "2027-04-20", "2027-04-20", 3, "session"],
      ["post-care", "2027-04-20", "2027-04-20", 3],
    ]);
  });

  it("the horizon is inclusive", () => {
    expect(dayDiff(TODAY, "2027-02-20")).toBe(88);
    expect(planReminders(tied, { today: TODAY, horizonDays: 88 })).toHaveLength(11);
    expect(planReminders(tied, { today: TODAY, horizonDays: 87 })).toHaveLength(9);
    expect(dayDiff(TODAY, "2027-02-27")).toBe(95);
    expect(planReminders(tied, { today: TODAY, horizonDays: 95 })).toHaveLength(12);
    expect(planReminders(tied, { today: TODAY, horizonDays: 94 })).toHaveLength(11);
  });

  it("a zero horizon keeps only today's reminders", () => {
    expect(brief(planReminders(tied, { today: TODAY, horizonDays: 0 }))).toEqual([
      ["session-overdue", TODAY, TODAY, 2],
      ["photo", TODAY, TODAY, 2, "session"],
      ["post-care", TODAY, TODAY, 2],
      ["appointment", TODAY, "2026-11-27", 3],
      ["appointment", TODAY, "2026-11-27", 4],
    ]);
  });

  it("the horizon crosses a year end and a leap day correctly", () => {
    const leap = rejuvenationFrom("2028-03-07", defaultProtocol, "2028-02-01"); // remind 2028-02-29
    expect(brief(leap.reminders)[0]).toEqual(["book-session", "2028-02-29", "2028-03-07", 1]);
    expect(planReminders(leap, { today: "2028-02-01", horizonDays: 28 })).toHaveLength(1);
    expect(planReminders(leap, { today: "2028-02-01", horizonDays: 27 })).toHaveLength(0);
    const yearEnd = rejuvenationFrom("2027-01-07", defaultProtocol, "2026-12-01"); // remind 2026-12-31
    expect(brief(yearEnd.reminders)[0]).toEqual(["book-session", "2026-12-31", "2027-01-07", 1]);
    expect(planReminders(yearEnd, { today: "2026-12-01", horizonDays: 30 })).toHaveLength(1);
    expect(planReminders(yearEnd, { today: "2026-12-01", horizonDays: 29 })).toHaveLength(0);
  });

  it("horizonDays defaults to the plan's own horizon: 90 days when planTreatment was given none", () => {
    // 2027-02-22 is 90 days after today: a reminder on it is kept by default, one a day later is not.
    const onDay90 = rejuvenationFrom("2027-03-01"); // remind 2027-02-22
    const onDay91 = rejuvenationFrom("2027-03-02"); // remind 2027-02-23
    expect(onDay90.inputs.horizonDays).toBe(90);
    expect(brief(planReminders(onDay90, { today: TODAY }))).toEqual([["book-session", "2027-02-22", "2027-03-01", 1]]);
    expect(planReminders(onDay91, { today: TODAY })).toEqual([]);
    expect(brief(planReminders(onDay91, { today: TODAY, horizonDays: 91 }))).toEqual([
      ["book-session", "2027-02-23", "2027-03-02", 1],
    ]);
    expect(planReminders(tied, { today: TODAY, horizonDays: undefined })).toEqual(
      planReminders(tied, { today: TODAY, horizonDays: 90 }),
    );
    // Six sessions every 4 weeks from today: the 5th and 6th are reminded after 90 days.
    const treatment = planTreatment(
      { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "boxcar", depth: "deep", severity: "severe" }] },
      { today: TODAY },
    );
    expect(brief(treatment.reminders)).toEqual([
      ["book-session", "2026-11-24", "2026-11-24", 1],
      ...sessionDayRows("2026-11-24", 1),
      ["book-session", "2026-12-15", "2026-12-22", 2],
      ...sessionDayRows("2026-12-22", 2),
      ["book-session", "2027-01-12", "2027-01-19", 3],
      ...sessionDayRows("2027-01-19", 3),
      ["book-session", "2027-02-09", "2027-02-16", 4],
      ...sessionDayRows("2027-02-16", 4),
    ]);
    expect(planReminders(treatment, { today: TODAY })).toEqual(treatment.reminders);
    // 140 days: to 2027-04-13, session 6's day, inclusive.
    expect(brief(planReminders(treatment, { today: TODAY, horizonDays: 140 })).slice(12)).toEqual([
      ["book-session", "2027-03-09", "2027-03-16", 5],
      ...sessionDayRows("2027-03-16", 5),
      ["book-session", "2027-04-06", "2027-04-13", 6],
      ...sessionDayRows("2027-04-13", 6),
    ]);
  });

  it("a plan made with its own horizon is reminded over that horizon unless told otherwise", () => {
    const short = planTreatment(rejuvenation, { today: TODAY, startOn: "2026-12-01", horizonDays: 10 });
    expect(short.inputs.horizonDays).toBe(10);
    expect(brief(planReminders(short, { today: TODAY }))).toEqual([
      ["book-session", TODAY, "2026-12-01", 1],
      ...sessionDayRows("2026-12-01", 1),
    ]);
    expect(brief(planReminders(short, { today: TODAY, horizonDays: 28 }))).toEqual([
      ["book-session", TODAY, "2026-12-01", 1],
      ...sessionDayRows("2026-12-01", 1),
      ["book-session", "2026-12-22", "2026-12-29", 2],
    ]);
  });
});

describe("planReminders re-plans the plan's inputs for its today", () => {
  it("the reminders are those of replan for the same day and horizon", () => {
    for (const today of ["2026-09-01", TODAY, "2026-11-28", "2026-12-20", "2027-03-01"]) {
      for (const horizonDays of [undefined, 0, 30, 400]) {
        expect(planReminders(tied, { today, horizonDays })).toEqual(replan(tied, { today, horizonDays }).reminders);
      }
    }
  });

  it("the plan's stored sessions, reminders, result check, maintenance and today are not read: its inputs are", () => {
    const expected = planReminders(tied, { today: "2026-11-26", horizonDays: 100 });
    const { resultCheckOn: _check, finalResultCheckOn: _final, maintenance: _maintenance, ...rest } = tied;
    const stale: TreatmentPlan = {
      ...rest,
      today: "2020-01-01",
      sessions: [],
      reminders: [{ kind: "result-check", remindOn: "2020-01-01", dueOn: "2020-01-01", check: "first" }],
    };
    expect(planReminders(stale, { today: "2026-11-26", horizonDays: 100 })).toEqual(expected);
    // Other inputs give other reminders.
    const other: TreatmentPlan = { ...tied, inputs: { ...tied.inputs, booked: [] } };
    expect(planReminders(other, { today: "2026-11-26", horizonDays: 100 })).not.toEqual(expected);
  });

  it("a booking made since the plan was stored is not known; one that has passed is chased", () => {
    // On 2026-11-28 the bookings of 2026-11-27 have passed without a completed session.
    const reminders = planReminders(tied, { today: "2026-11-28", horizonDays: 30 });
    expect(reminders.map((r) => r.kind)).not.toContain("appointment");
    expect(brief(reminders)).toEqual([
      ["session-overdue", "2026-11-28", "2026-11-28", 2],
      ...sessionDayRows("2026-11-28", 2),
      ["book-session", "2026-12-19", "2026-12-26", 3],
      ...sessionDayRows("2026-12-26", 3),
    ]);
  });

  it("does not mutate its (deep-frozen) inputs and is deterministic", () => {
    const snapshot = structuredClone(tied);
    const frozenPlan = frozen(structuredClone(tied));
    const options = frozen({ today: TODAY, horizonDays: 60, messages: englishMessages });
    const first = planReminders(frozenPlan, options);
    expect(planReminders(frozenPlan, options)).toEqual(first);
    expect(frozenPlan).toStrictEqual(snapshot);
  });
});

describe("planReminders: deferral-review", () => {
  /** Active herpes simplex with no end date: deferred, with nothing to count a session from. */
  const herpes: Patient = { ...rolling, factors: [{ code: "herpes-simplex" }] };

  it("a deferral with no end date is reviewed deferralReviewDays (28) after today", () => {
    const plan = planTreatment(herpes, { today: TODAY, messages: englishMessages });
    expect(plan.eligibility.status).toBe("deferred");
    expect(plan.eligibility.reassessOn).toBeUndefined();
    expect(plan.sessions).toEqual([]);
    expect(plan.reminders).toStrictEqual([
      {
        kind: "deferral-review",
        remindOn: "2026-12-22",
        dueOn: "2026-12-22",
        message: "Review the deferred treatment on 2026-12-22: has the condition resolved?",
      },
    ]);
    // Reminded on a later day, the review is 28 days after that day.
    expect(planReminders(plan, { today: "2027-01-10" })).toStrictEqual([
      { kind: "deferral-review", remindOn: "2027-02-07", dueOn: "2027-02-07" },
    ]);
  });

  it("done sessions are kept and the deferral is still reviewed", () => {
    const plan = planTreatment(herpes, { today: TODAY, completed: ["2026-10-27"] });
    expect(plan.sessions.map((s) => s.status)).toEqual(["done"]);
    expect(brief(plan.reminders)).toEqual([["deferral-review", "2026-12-22", "2026-12-22", undefined]]);
  });

  it("the protocol's deferralReviewDays changes it", () => {
    const protocol = defineProtocol({ deferralReviewDays: 14 });
    const plan = planTreatment(herpes, { today: TODAY, protocol });
    expect(brief(plan.reminders)).toEqual([["deferral-review", "2026-12-08", "2026-12-08", undefined]]);
    expect(brief(planReminders(plan, { today: "2027-01-10" }))).toEqual([
      ["deferral-review", "2027-01-24", "2027-01-24", undefined],
    ]);
    // A default plan re-planned with the protocol.
    const replanned = replan(planTreatment(herpes, { today: TODAY }), { today: TODAY, protocol });
    expect(replanned.reminders).toEqual(plan.reminders);
  });

  it("only within the horizon", () => {
    const plan = planTreatment(herpes, { today: TODAY });
    expect(planReminders(plan, { today: TODAY, horizonDays: 27 })).toEqual([]);
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 28 }))).toEqual([
      ["deferral-review", "2026-12-22", "2026-12-22", undefined],
    ]);
  });

  it("none when the deferral has an end date: the sessions wait for it", () => {
    const plan = planTreatment(
      { ...rolling, factors: [{ code: "herpes-simplex", until: "2026-12-10" }] },
      {
        today: TODAY,
      },
    );
    expect(plan.eligibility).toMatchObject({ status: "deferred", reassessOn: "2026-12-10" });
    // Cold sores ask for antiviral prophylaxis antiviralLeadDays (7) before each session.
    expect(brief(plan.reminders)).toEqual([
      ["book-session", "2026-12-03", "2026-12-10", 1],
      ["pre-care", "2026-12-03", "2026-12-10", 1, "antiviral-prophylaxis"],
      ...sessionDayRows("2026-12-10", 1),
      ["book-session", "2026-12-31", "2027-01-07", 2],
      ["pre-care", "2026-12-31", "2027-01-07", 2, "antiviral-prophylaxis"],
      ...sessionDayRows("2027-01-07", 2),
      ["book-session", "2027-01-28", "2027-02-04", 3],
      ["pre-care", "2027-01-28", "2027-02-04", 3, "antiviral-prophylaxis"],
      ...sessionDayRows("2027-02-04", 3),
    ]);
  });

  it("none when the patient is eligible, needs review or is contraindicated", () => {
    const kinds = (patient: Patient) => planTreatment(patient, { today: TODAY }).reminders.map((r) => r.kind);
    expect(kinds(rolling)).not.toContain("deferral-review");
    expect(kinds(rolling)).toEqual(
      Array.from({ length: 4 }, () => ["book-session", "photo", "post-care"] as const).flat(),
    );
    expect(kinds({ ...rolling, factors: [{ code: "diabetes" }] })).toEqual(kinds(rolling));
    expect(kinds({ ...rolling, factors: [{ code: "bleeding-disorder" }] })).toEqual([]);
    // Once the herpes simplex is history, the review is gone and sessions are planned.
    expect(kinds({ ...rolling, factors: [{ code: "herpes-simplex", status: "history" }] })).not.toContain(
      "deferral-review",
    );
  });
});

describe("planReminders: messages", () => {
  it("without a message layer, reminders carry codes, dates and the booked time only", () => {
    const reminders = planReminders(tied, { today: TODAY, horizonDays: 100 });
    const session = ["dueOn", "kind", "remindOn", "session"];
    const photo = ["checkpoint", "dueOn", "kind", "remindOn", "session"];
    expect(reminders.map((r) => Object.keys(r).sort())).toEqual([
      session, // session-overdue 2
      photo,
      session, // post-care 2
      ["dueOn", "kind", "remindOn", "session", "time"], // appointment 3
      session, // appointment 4
      photo,
      photo,
      session, // post-care 3
      session, // post-care 4
      ["check", "dueOn", "kind", "remindOn"], // result-check
      ["dueOn", "kind", "remindOn"], // maintenance-due
      ["checkpoint", "dueOn", "kind", "remindOn"], // photo at the result check
    ]);
  });

  it("englishMessages writes English text", () => {
    const reminders = planReminders(tied, { today: TODAY, horizonDays: 100, messages: englishMessages });
    for (const reminder of reminders) {
      const { message, ...withoutMessage } = reminder;
      expect(message).toBe(englishMessages.reminder(withoutMessage));
    }
    expect(reminders.map((r) => r.message)).toEqual([
      "Session 2 is overdue: book it for 2026-11-24 or later.",
      "Take standard photographs before session 2.",
      "Aftercare for session 2: sun protection, no active products for 48 hours.",
      "Microneedling session 3 on 2026-11-27 at 09:15.",
      "Microneedling session 4 on 2026-11-27.",
      "Take standard photographs before session 3.",
      "Take standard photographs before session 4.",
      "Aftercare for session 3: sun protection, no active products for 48 hours.",
      "Aftercare for session 4: sun protection, no active products for 48 hours.",
      "Check the results of the course on 2027-02-27.",
      "Book the maintenance session, due 2027-02-27.",
      "Take standard photographs at the result check on 2027-02-27.",
    ]);
  });

  it("a plan made with messages is reminded without them unless asked", () => {
    const plan = planTreatment(rejuvenation, { today: TODAY, messages: englishMessages });
    expect(plan.reminders.every((r) => r.message !== undefined)).toBe(true);
    expect(planReminders(plan, { today: TODAY }).some((r) => "message" in r)).toBe(false);
  });

  it("a custom Messages layer writes every message, from the reminder without its message", () => {
    const received: Reminder[] = [];
    const messages: Messages = {
      ...englishMessages,
      finding: englishMessages.finding,
      bookingReason: englishMessages.bookingReason,
      reminder: (reminder) => {
        received.push({ ...reminder });
        const number = sessionOf(reminder);
        return `[${reminder.kind}] ${number === undefined ? "-" : String(number)} ${reminder.dueOn}`;
      },
    };
    const reminders = planReminders(tied, { today: TODAY, horizonDays: 100, messages });
    expect(reminders.map((r) => r.message)).toEqual([
      "[session-overdue] 2 2026-11-24",
      "[photo] 2 2026-11-24",
      "[post-care] 2 2026-11-24",
      "[appointment] 3 2026-11-27",
      "[appointment] 4 2026-11-27",
      "[photo] 3 2026-11-27",
      "[photo] 4 2026-11-27",
      "[post-care] 3 2026-11-27",
      "[post-care] 4 2026-11-27",
      "[result-check] - 2027-02-27",
      "[maintenance-due] - 2027-02-27",
      "[photo] - 2027-02-27",
    ]);
    expect(received).toHaveLength(12);
    expect(received.every((reminder) => !("message" in reminder))).toBe(true);
  });
});

describe("planReminders rejects malformed input", () => {
  const plan = rejuvenationFrom("2026-12-01");
  const options: PlanRemindersOptions = { today: TODAY, horizonDays: 30 };
  const upcoming = plan.sessions[1];
  const PLAN_KEYS =
    "unknown key; expected one of schemaVersion, madeBy, today, inputs, protocol, eligibility, estimate, sessions, resultCheckOn, finalResultCheckOn, maintenance, reminders";

  it.each<[unknown, PlannerIssue]>([
    [null, { code: "invalid-type", path: ["plan"], message: "expected an object", value: null }],
    ["plan", { code: "invalid-type", path: ["plan"], message: "expected an object", value: "plan" }],
    [
      { ...plan, sessions: undefined },
      { code: "required", path: ["plan", "sessions"], message: "required" },
    ],
    [
      { ...plan, sessions: "none" },
      { code: "invalid-type", path: ["plan", "sessions"], message: "expected an array", value: "none" },
    ],
    [
      { ...plan, sessions: [null] },
      { code: "invalid-type", path: ["plan", "sessions", 0], message: "expected an object", value: null },
    ],
    [
      { ...plan, sessions: [{ ...upcoming, status: "later" }] },
      {
        code: "invalid-value",
        path: ["plan", "sessions", 0, "status"],
        message: 'expected one of "done", "booked", "due", "upcoming", "overdue"',
        value: "later",
      },
    ],
    [
      { ...plan, sessions: [{ ...upcoming, due: "2026-12-32" }] },
      { code: "invalid-date", path: ["plan", "sessions", 0, "due"], message: RESULT_DATE, value: "2026-12-32" },
    ],
    [
      { ...plan, sessions: [{ ...upcoming, latest: undefined }] },
      { code: "required", path: ["plan", "sessions", 0, "latest"], message: "required" },
    ],
    [
      { ...plan, sessions: [{ ...upcoming, number: 0 }] },
      {
        code: "out-of-range",
        path: ["plan", "sessions", 0, "number"],
        message: "expected an integer from 1 to 100",
        value: 0,
      },
    ],
    [
      { ...plan, sessions: [{ ...upcoming, status: "done" }] },
      { code: "required", path: ["plan", "sessions", 0, "doneOn"], message: "required" },
    ],
    [
      { ...plan, sessions: [{ ...upcoming, status: "booked" }] },
      { code: "required", path: ["plan", "sessions", 0, "bookedOn"], message: "required" },
    ],
    [
      { ...plan, resultCheckOn: "soon" },
      { code: "invalid-date", path: ["plan", "resultCheckOn"], message: RESULT_DATE, value: "soon" },
    ],
    [
      { ...plan, finalResultCheckOn: "later" },
      { code: "invalid-date", path: ["plan", "finalResultCheckOn"], message: RESULT_DATE, value: "later" },
    ],
    [
      { ...plan, maintenance: "yearly" },
      { code: "invalid-type", path: ["plan", "maintenance"], message: "expected an object", value: "yearly" },
    ],
    [
      { ...plan, maintenance: { ...plan.maintenance, due: "2027-02-30" } },
      { code: "invalid-date", path: ["plan", "maintenance", "due"], message: RESULT_DATE, value: "2027-02-30" },
    ],
    [
      { ...plan, horizonDays: 30 },
      { code: "unknown-key", path: ["plan", "horizonDays"], message: PLAN_KEYS, value: 30 },
    ],
    [
      { ...plan, patientId: "p-1" },
      { code: "unknown-key", path: ["plan", "patientId"], message: PLAN_KEYS, value: "p-1" },
    ],
    [
      { ...plan, inputs: { ...plan.inputs, horizonDays: 3661 } },
      {
        code: "out-of-range",
        path: ["plan", "inputs", "horizonDays"],
        message: "expected an integer from 0 to 3660",
        value: 3661,
      },
    ],
    [
      { ...plan, inputs: { ...plan.inputs, completed: ["2026-02-29"] } },
      { code: "invalid-date", path: ["plan", "inputs", "completed", 0], message: INPUT_DATE, value: "2026-02-29" },
    ],
    [
      { ...plan, protocol: { ...plan.protocol, reminderLeadDays: 91 } },
      {
        code: "out-of-range",
        path: ["plan", "protocol", "reminderLeadDays"],
        message: "expected an integer from 0 to 90",
        value: 91,
      },
    ],
  ])("plan %o -> %o", (badPlan, issue) => {
    expectIssues(
      caught(() => planReminders(badPlan as TreatmentPlan, options)),
      "INVALID_INPUT",
      [issue],
    );
  });

  it("a partial plan (sessions, result check and maintenance only) is rejected: a whole plan is needed", () => {
    const parts = { sessions: plan.sessions, resultCheckOn: plan.resultCheckOn, maintenance: plan.maintenance };
    const error = caught(() => planReminders(parts as TreatmentPlan, options));
    expectIssues(
      error,
      "INVALID_INPUT",
      ["schemaVersion", "madeBy", "today", "inputs", "protocol", "eligibility", "estimate", "reminders"].map((key) => ({
        code: "required",
        path: ["plan", key],
        message: "required",
      })),
    );
  });

  it.each<[unknown, PlannerIssue]>([
    [null, { code: "invalid-type", path: ["options"], message: "expected an object", value: null }],
    [undefined, { code: "required", path: ["options"], message: "required" }],
    [{ horizonDays: 30 }, { code: "required", path: ["options", "today"], message: "required" }],
    [
      { today: "2026-11-31", horizonDays: 30 },
      { code: "invalid-date", path: ["options", "today"], message: INPUT_DATE, value: "2026-11-31" },
    ],
    [
      { today: TODAY, horizonDays: -1 },
      {
        code: "out-of-range",
        path: ["options", "horizonDays"],
        message: "expected an integer from 0 to 3660",
        value: -1,
      },
    ],
    [
      { today: TODAY, horizonDays: 3661 },
      {
        code: "out-of-range",
        path: ["options", "horizonDays"],
        message: "expected an integer from 0 to 3660",
        value: 3661,
      },
    ],
    [
      { today: TODAY, horizonDays: 1.5 },
      { code: "invalid-type", path: ["options", "horizonDays"], message: "expected an integer", value: 1.5 },
    ],
    [
      { today: TODAY, horizon: 30 },
      {
        code: "unknown-key",
        path: ["options", "horizon"],
        message: "unknown key; expected one of today, horizonDays, messages",
        value: 30,
      },
    ],
    // leadDays and protocol are gone: the plan's protocol says them.
    [
      { today: TODAY, leadDays: 3 },
      {
        code: "unknown-key",
        path: ["options", "leadDays"],
        message: "unknown key; expected one of today, horizonDays, messages",
        value: 3,
      },
    ],
    [
      { today: TODAY, protocol: defineProtocol({ id: "clinic-protocol-2027-spring" }) },
      {
        code: "unknown-key",
        path: ["options", "protocol"],
        message: "unknown key; expected one of today, horizonDays, messages",
        value: { id: "clinic-protocol-202…", version: "1+custom.2d577c63", sessions: "[object]", "…": "17 more" },
      },
    ],
  ])("options %o -> %o", (badOptions, issue) => {
    expectIssues(
      caught(() => planReminders(plan, badOptions as PlanRemindersOptions)),
      "INVALID_INPUT",
      [issue],
    );
  });

  // Regression: options.messages was not checked and escaped as a raw TypeError.
  it("a malformed messages option is INVALID_INPUT, not a raw TypeError", () => {
    const error = caught(() => planReminders(plan, { ...options, messages: {} as Messages }));
    expectIssues(error, "INVALID_INPUT", [
      { code: "invalid-type", path: ["options", "messages"], message: MESSAGE_LAYER, value: {} },
    ]);
  });

  it("the largest horizon is accepted; horizonDays may be omitted", () => {
    expect(() => planReminders(plan, { today: TODAY, horizonDays: 3660 })).not.toThrow();
    expect(() => planReminders(plan, { today: TODAY })).not.toThrow();
  });

  it("plan issues come before options issues", () => {
    const error = caught(() =>
      planReminders({ ...plan, today: "x" } as TreatmentPlan, { today: "y" } as PlanRemindersOptions),
    );
    expectIssues(error, "INVALID_INPUT", [
      { code: "invalid-date", path: ["plan", "today"], message: RESULT_DATE, value: "x" },
      { code: "invalid-date", path: ["options", "today"], message: INPUT_DATE, value: "y" },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** A plan made on some day, and a day (before or after) and horizon to remind it on. */
const scenarioArb = isoDateArb("2026-01-01", 500)
  .chain((madeOn) =>
    fc.record({
      patient: patientArb("2025-10-01"),
      madeOn: fc.constant(madeOn),
      completed: completedArb(madeOn),
      booked: bookingsArb(madeOn),
      protocol: fc.option(protocolArb, { nil: undefined }),
      shift: fc.integer({ min: -60, max: 400 }),
      horizonDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    }),
  )
  .filter(({ patient, ...course }) => !reachesPlannedZero(patient, course));

const later = (a: string, b: string): string => (a >= b ? a : b);

/**
 * The care steps a patient's factors ask for before each session on `today`, in the order the
 * factors are listed, each once (independent of src): stop topical retinoids while they are taken
 * (active, not ended); antiviral prophylaxis for any report of cold sores.
 */
function careSteps(
  patient: Patient,
  today: string,
  protocol: Protocol,
): [PreCareReminder["step"], number, string | undefined][] {
  const steps: [PreCareReminder["step"], number, string | undefined][] = [];
  for (const factor of patient.factors ?? []) {
    const taking = (factor.status ?? "active") === "active" && (factor.until === undefined || factor.until > today);
    const step =
      factor.code === "topical-retinoids" && taking
        ? (["stop-retinoids", protocol.retinoidStopDays, factor.until] as const)
        : factor.code === "herpes-simplex"
          ? (["antiviral-prophylaxis", protocol.antiviralLeadDays, undefined] as const)
          : undefined;
    if (step === undefined) continue;
    const known = steps.find(([name]) => name === step[0]);
    if (known === undefined) steps.push([step[0], step[1], step[2]]);
    // Reported twice: the step lasts as long as the longest report (no end wins).
    else known[2] = known[2] === undefined || step[2] === undefined ? undefined : [known[2], step[2]].sort()[1];
  }
  return steps;
}

/** The documented order: remindOn, dueOn, REMINDER_KINDS, session (a sort is stable). */
const byRule = (a: Reminder, b: Reminder): number =>
  a.remindOn.localeCompare(b.remindOn) ||
  a.dueOn.localeCompare(b.dueOn) ||
  REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind) ||
  (sessionOf(a) ?? 0) - (sessionOf(b) ?? 0);

describe("planReminders: properties", () => {
  prop(
    [scenarioArb],
    { numRuns: 150 },
    { timeout: 60_000 },
  )(
    "reminders are exactly those of the rules, within [today, today + horizon], sorted",
    ({ patient, madeOn, completed, booked, protocol, shift, horizonDays }) => {
      const plan = frozen(planTreatment(patient, { today: madeOn, completed, booked, protocol }));
      const today = addDays(madeOn, shift);
      const reminders = planReminders(plan, { today, horizonDays });
      // The plan re-planned for today: its parts are what the reminders are made from.
      const current = replan(plan, { today, horizonDays });
      expect(reminders).toEqual(current.reminders);
      const lead = current.protocol.reminderLeadDays;
      const horizon = addDays(today, horizonDays ?? plan.inputs.horizonDays);
      for (const reminder of reminders) expect(reminder.remindOn >= today && reminder.remindOn <= horizon).toBe(true);
      const keys = reminders.map((r) => `${r.remindOn} ${r.dueOn}`);
      expect(keys).toEqual([...keys].sort());

      // Every reminder the rules give, built independently, then kept within the horizon and sorted.
      const ahead = (dueOn: string, days = lead) => later(today, addDays(dueOn, -days));
      const expected: Reminder[] = [];
      const steps = careSteps(current.inputs.patient, today, current.protocol);
      for (const s of current.sessions) {
        if (s.status === "done" || (s.status !== "booked" && s.latest < today)) continue;
        const day = s.status === "booked" ? s.bookedOn : s.due;
        if (s.status === "overdue") {
          expected.push({ kind: "session-overdue", remindOn: today, dueOn: day, session: s.number });
        } else if (s.status === "booked") {
          const appointment = { kind: "appointment" as const, remindOn: ahead(day), dueOn: day, session: s.number };
          expected.push(s.time === undefined ? appointment : { ...appointment, time: s.time });
        } else {
          expected.push({ kind: "book-session", remindOn: ahead(day), dueOn: day, session: s.number });
        }
        for (const [step, days, until] of steps) {
          // No care step when the factor ends on or before the day the care would start.
          if (until !== undefined && addDays(day, -days) >= until) continue;
          expected.push({ kind: "pre-care", remindOn: ahead(day, days), dueOn: day, session: s.number, step });
        }
        const checkpoint = s.number === 1 ? "baseline" : "session";
        expected.push({ kind: "photo", remindOn: day, dueOn: day, checkpoint, session: s.number });
        expected.push({ kind: "post-care", remindOn: day, dueOn: day, session: s.number });
      }
      for (const [check, on] of [
        ["first", current.resultCheckOn],
        ["final", current.finalResultCheckOn],
      ] as const) {
        if (on === undefined || on < today) continue;
        // A final check on the first one's day is one visit: the final check.
        if (check === "first" && on === current.finalResultCheckOn) continue;
        expected.push({ kind: "result-check", remindOn: ahead(on), dueOn: on, check });
        expected.push({ kind: "photo", remindOn: on, dueOn: on, checkpoint: "result-check" });
      }
      const m = current.maintenance;
      if (m !== undefined && m.latest >= today) {
        expected.push({ kind: "maintenance-due", remindOn: ahead(m.due), dueOn: m.due });
      }
      if (current.eligibility.status === "deferred" && current.eligibility.reassessOn === undefined) {
        const review = addDays(today, current.protocol.deferralReviewDays);
        expected.push({ kind: "deferral-review", remindOn: review, dueOn: review });
      }
      expect(reminders).toEqual(expected.filter((r) => r.remindOn <= horizon).sort(byRule));
      // An appointment reminder is for a booked session, with its time.
      for (const reminder of reminders) {
        if (reminder.kind !== "appointment") continue;
        const session = current.sessions.find((s) => s.number === reminder.session);
        expect(session?.status).toBe("booked");
        expect(reminder.time).toBe(session?.status === "booked" ? session.time : "none");
      }
    },
  );

  prop(
    [scenarioArb],
    { numRuns: 100 },
    { timeout: 60_000 },
  )(
    "on the plan's own day and horizon, planReminders gives the plan's own reminders, also read back from JSON",
    ({ patient, madeOn, completed, booked, protocol, horizonDays }) => {
      const plan = planTreatment(patient, {
        today: madeOn,
        completed,
        booked,
        protocol,
        horizonDays,
        messages: englishMessages,
      });
      expect(planReminders(plan, { today: madeOn, messages: englishMessages })).toEqual(plan.reminders);
      const json = JSON.parse(JSON.stringify(plan)) as TreatmentPlan;
      expect(planReminders(json, { today: madeOn, messages: englishMessages })).toEqual(plan.reminders);
    },
  );
});
