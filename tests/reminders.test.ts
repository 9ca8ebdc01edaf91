import { describe, expect, it } from "vitest";
import {
  defineProtocol,
  type MaintenanceWindow,
  type Messages,
  type Patient,
  type PlannerIssue,
  type PlanRemindersOptions,
  planMaintenance,
  planReminders,
  planSessions,
  planTreatment,
  REMINDER_KINDS,
  type Reminder,
  SESSION_STATUSES,
  type SessionStatus,
  type SessionWindow,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { frozen } from "./fixtures.js";
import {
  addDays,
  caught,
  expectIssues,
  INPUT_DATE,
  isoDateArb,
  type PlanParts,
  planWith,
  RESULT_DATE,
  sessionWindow,
} from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

const TODAY = "2026-11-24";

const session = (number: number, status: SessionStatus, due: string, latest = addDays(due, 14)): SessionWindow =>
  sessionWindow(number, status, due, latest);

/** The session number of a session reminder; undefined for a course reminder. */
const sessionOf = (reminder: Reminder): number | undefined => ("session" in reminder ? reminder.session : undefined);
const brief = (reminders: readonly Reminder[]) => reminders.map((r) => [r.kind, r.remindOn, r.dueOn, sessionOf(r)]);

describe("planReminders: book-session", () => {
  const plan = planWith({ sessions: planSessions({ sessionCount: 3, startOn: "2026-12-01" }, { today: TODAY }) });

  it("the documented example: leadDays (7) before due, never before today", () => {
    const reminders = planReminders(plan, { today: TODAY, horizonDays: 40, messages: englishMessages });
    expect(brief(reminders)).toEqual([
      ["book-session", "2026-11-24", "2026-12-01", 1],
      ["book-session", "2026-12-22", "2026-12-29", 2],
    ]);
    expect(reminders.map((r) => r.message)).toEqual([
      "Book session 1, due 2026-12-01.",
      "Book session 2, due 2026-12-29.",
    ]);
  });

  it("the documented example, on a plan from planTreatment", () => {
    const rejuvenation = planTreatment(
      { goal: "rejuvenation", fitzpatrick: "II" },
      { today: "2026-11-24", startOn: "2026-12-01" },
    );
    expect(
      planReminders(rejuvenation, { today: "2026-11-24", horizonDays: 40 }).map((r) => [r.kind, r.remindOn, r.dueOn]),
    ).toEqual([
      ["book-session", "2026-11-24", "2026-12-01"],
      ["book-session", "2026-12-22", "2026-12-29"],
    ]);
  });

  it("leadDays can be overridden, down to 0 (remind on the due date)", () => {
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 40, leadDays: 3 }))).toEqual([
      ["book-session", "2026-11-28", "2026-12-01", 1],
      ["book-session", "2026-12-26", "2026-12-29", 2],
    ]);
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 40, leadDays: 0 }))).toEqual([
      ["book-session", "2026-12-01", "2026-12-01", 1],
      ["book-session", "2026-12-29", "2026-12-29", 2],
    ]);
  });

  it("the protocol's reminderLeadDays is the default lead; options.leadDays wins over it", () => {
    const protocol = defineProtocol({ reminderLeadDays: 14 });
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 60, protocol }))).toEqual([
      ["book-session", "2026-11-24", "2026-12-01", 1],
      ["book-session", "2026-12-15", "2026-12-29", 2],
      ["book-session", "2027-01-12", "2027-01-26", 3],
    ]);
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 62, protocol, leadDays: 1 }))).toEqual([
      ["book-session", "2026-11-30", "2026-12-01", 1],
      ["book-session", "2026-12-28", "2026-12-29", 2],
      ["book-session", "2027-01-25", "2027-01-26", 3],
    ]);
  });

  it("a reminder whose lead time has already started is given for today", () => {
    const due = planWith({ sessions: [session(1, "due", "2026-11-27")] });
    expect(brief(planReminders(due, { today: TODAY, horizonDays: 0 }))).toEqual([
      ["book-session", TODAY, "2026-11-27", 1],
    ]);
  });

  it("done sessions and sessions whose window already closed get no book-session reminder", () => {
    const mixed = planWith({
      sessions: [
        session(1, "done", "2026-10-01"),
        session(2, "due", "2026-11-10", "2026-11-23"),
        session(3, "upcoming", "2026-11-20", "2026-11-23"),
        session(4, "upcoming", "2026-11-24", "2026-11-24"),
      ],
    });
    expect(brief(planReminders(mixed, { today: TODAY, horizonDays: 10 }))).toEqual([["book-session", TODAY, TODAY, 4]]);
  });
});

describe("planReminders: session-overdue", () => {
  it("an overdue session is reminded today; the next one is booked as usual", () => {
    const plan = planWith({
      sessions: planSessions({ sessionCount: 3, startOn: "2026-09-01", completed: ["2026-09-01"] }, { today: TODAY }),
    });
    const reminders = planReminders(plan, { today: TODAY, horizonDays: 30, messages: englishMessages });
    expect(brief(reminders)).toEqual([
      ["session-overdue", TODAY, TODAY, 2],
      ["book-session", "2026-12-15", "2026-12-22", 3],
    ]);
    expect(reminders[0]?.message).toBe("Session 2 is overdue: book it for 2026-11-24 or later.");
  });

  it("an overdue session is reminded today even with a zero horizon and whatever its dates", () => {
    const plan = planWith({ sessions: [session(4, "overdue", "2026-11-26", "2026-12-10")] });
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 0 }))).toEqual([
      ["session-overdue", TODAY, "2026-11-26", 4],
    ]);
  });
});

describe("planReminders: result-check", () => {
  it("leadDays before resultCheckOn, never before today, none once it has passed", () => {
    const at = (resultCheckOn: string, horizonDays = 120) =>
      brief(planReminders(planWith({ sessions: [], resultCheckOn }), { today: TODAY, horizonDays }));
    expect(at("2027-03-01")).toEqual([["result-check", "2027-02-22", "2027-03-01", undefined]]);
    expect(at("2026-11-27")).toEqual([["result-check", TODAY, "2026-11-27", undefined]]);
    expect(at(TODAY)).toEqual([["result-check", TODAY, TODAY, undefined]]);
    expect(at("2026-11-23")).toEqual([]);
  });

  it("message", () => {
    const [reminder] = planReminders(planWith({ sessions: [], resultCheckOn: "2026-12-01" }), {
      today: TODAY,
      horizonDays: 7,
      messages: englishMessages,
    });
    expect(reminder?.message).toBe("Check the results of the course on 2026-12-01.");
    expect(reminder && "session" in reminder).toBe(false);
  });
});

describe("planReminders: maintenance-due", () => {
  const maintenance = planMaintenance({ courseEndedOn: "2026-11-24", goal: "scar-revision" }); // 2027-10-24 / 2027-11-24 / 2027-12-24
  const plan = planWith({ sessions: [], maintenance });

  it("leadDays before maintenance is due", () => {
    const reminders = planReminders(plan, { today: "2027-11-01", horizonDays: 30, messages: englishMessages });
    expect(brief(reminders)).toEqual([["maintenance-due", "2027-11-17", "2027-11-24", undefined]]);
    expect(reminders[0]?.message).toBe("Book the maintenance session, due 2027-11-24.");
  });

  it("a maintenance window already open (even past its due date) is reminded today", () => {
    expect(brief(planReminders(plan, { today: "2027-11-20", horizonDays: 0 }))).toEqual([
      ["maintenance-due", "2027-11-20", "2027-11-24", undefined],
    ]);
    expect(brief(planReminders(plan, { today: "2027-12-01", horizonDays: 0 }))).toEqual([
      ["maintenance-due", "2027-12-01", "2027-11-24", undefined],
    ]);
    expect(brief(planReminders(plan, { today: "2027-12-24", horizonDays: 0 }))).toEqual([
      ["maintenance-due", "2027-12-24", "2027-11-24", undefined],
    ]);
  });

  it("no reminder once the maintenance window has closed", () => {
    expect(planReminders(plan, { today: "2027-12-25", horizonDays: 365 })).toEqual([]);
  });

  it("a rejuvenation maintenance window (3-6 months) that opened on its due date", () => {
    const rejuvenation = planMaintenance({ courseEndedOn: "2026-03-31", goal: "rejuvenation" }); // 06-30 / 06-30 / 09-30
    expect(
      brief(
        planReminders(planWith({ sessions: [], maintenance: rejuvenation }), { today: "2026-07-10", horizonDays: 0 }),
      ),
    ).toEqual([["maintenance-due", "2026-07-10", "2026-06-30", undefined]]);
  });
});

describe("planReminders: horizon and order", () => {
  const plan = planWith({
    sessions: [
      session(1, "done", "2026-09-01"),
      session(5, "upcoming", "2027-01-19"),
      session(4, "upcoming", "2026-12-22"),
      session(3, "upcoming", "2026-12-22"),
      session(2, "overdue", TODAY),
    ],
    resultCheckOn: "2026-11-28",
    maintenance: { ...planMaintenance({ courseEndedOn: "2025-12-20", goal: "scar-revision" }) }, // due 2026-12-20, latest 2027-01-20
  });

  it("sorts by remindOn, then dueOn, then kind, then session", () => {
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 60 }))).toEqual([
      ["session-overdue", TODAY, TODAY, 2],
      ["result-check", TODAY, "2026-11-28", undefined],
      ["maintenance-due", "2026-12-13", "2026-12-20", undefined],
      ["book-session", "2026-12-15", "2026-12-22", 3],
      ["book-session", "2026-12-15", "2026-12-22", 4],
      ["book-session", "2027-01-12", "2027-01-19", 5],
    ]);
  });

  it("kind breaks ties between reminders on the same day for the same date", () => {
    const tied = planWith({
      sessions: [session(2, "upcoming", "2026-12-10")],
      resultCheckOn: "2026-12-10",
      maintenance: { ...planMaintenance({ courseEndedOn: "2025-12-10", goal: "scar-revision" }) },
    });
    expect(planReminders(tied, { today: TODAY, horizonDays: 30 }).map((r) => r.kind)).toEqual([
      "book-session",
      "result-check",
      "maintenance-due",
    ]);
  });

  it("the horizon is inclusive", () => {
    // The last reminder falls on 2027-01-12, 49 days after today.
    expect(planReminders(plan, { today: TODAY, horizonDays: 49 })).toHaveLength(6);
    expect(planReminders(plan, { today: TODAY, horizonDays: 48 })).toHaveLength(5);
    // 2026-12-13 is 19 days after today.
    expect(planReminders(plan, { today: TODAY, horizonDays: 19 }).map((r) => r.kind)).toEqual([
      "session-overdue",
      "result-check",
      "maintenance-due",
    ]);
    expect(planReminders(plan, { today: TODAY, horizonDays: 18 })).toHaveLength(2);
  });

  it("a zero horizon keeps only today's reminders", () => {
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 0 }))).toEqual([
      ["session-overdue", TODAY, TODAY, 2],
      ["result-check", TODAY, "2026-11-28", undefined],
    ]);
  });

  it("the horizon crosses a year end and a leap day correctly", () => {
    const leap = planWith({ sessions: [session(1, "upcoming", "2028-03-07")] }); // remind 2028-02-29
    expect(planReminders(leap, { today: "2028-02-01", horizonDays: 28 })).toHaveLength(1);
    expect(planReminders(leap, { today: "2028-02-01", horizonDays: 27 })).toHaveLength(0);
    const yearEnd = planWith({ sessions: [session(1, "upcoming", "2027-01-07")] }); // remind 2026-12-31
    expect(planReminders(yearEnd, { today: "2026-12-01", horizonDays: 30 })).toHaveLength(1);
    expect(planReminders(yearEnd, { today: "2026-12-01", horizonDays: 29 })).toHaveLength(0);
  });

  it("horizonDays defaults to 90, as in planTreatment", () => {
    // 2027-02-22 is 90 days after today: a reminder on it is kept by default, one a day later is not.
    const onDay90 = planWith({ sessions: [session(1, "upcoming", "2027-03-01")] }); // remind 2027-02-22
    const onDay91 = planWith({ sessions: [session(1, "upcoming", "2027-03-02")] }); // remind 2027-02-23
    expect(brief(planReminders(onDay90, { today: TODAY }))).toEqual([["book-session", "2027-02-22", "2027-03-01", 1]]);
    expect(planReminders(onDay91, { today: TODAY })).toEqual([]);
    expect(planReminders(onDay91, { today: TODAY, horizonDays: 91 })).toHaveLength(1);
    expect(planReminders(plan, { today: TODAY, horizonDays: undefined })).toEqual(
      planReminders(plan, { today: TODAY, horizonDays: 90 }),
    );
    // planTreatment's default horizon is the same: a plan's reminders are planReminders' default.
    // Six sessions every 4 weeks from today: the 5th and 6th are reminded after 90 days.
    const treatment = planTreatment(
      { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "boxcar", depth: "deep", severity: "severe" }] },
      { today: TODAY },
    );
    expect(brief(treatment.reminders)).toEqual([
      ["book-session", "2026-11-24", "2026-11-24", 1],
      ["book-session", "2026-12-15", "2026-12-22", 2],
      ["book-session", "2027-01-12", "2027-01-19", 3],
      ["book-session", "2027-02-09", "2027-02-16", 4],
    ]);
    expect(planReminders(treatment, { today: TODAY })).toEqual(treatment.reminders);
    expect(brief(planReminders(treatment, { today: TODAY, horizonDays: 140 })).slice(4)).toEqual([
      ["book-session", "2027-03-09", "2027-03-16", 5],
      ["book-session", "2027-04-06", "2027-04-13", 6],
    ]);
  });

  it("reminders are made from the sessions, result check and maintenance only: the rest of the plan is not read", () => {
    const expected = planReminders(plan, { today: TODAY, horizonDays: 60 });
    const other: TreatmentPlan = {
      ...plan,
      today: "2020-01-01",
      goal: "rejuvenation",
      reminders: [{ kind: "result-check", remindOn: "2020-01-01", dueOn: "2020-01-01" }],
    };
    expect(planReminders(other, { today: TODAY, horizonDays: 60 })).toEqual(expected);
  });

  it("does not mutate its (deep-frozen) inputs and is deterministic", () => {
    const frozenPlan = frozen(structuredClone(plan));
    const options = frozen({ today: TODAY, horizonDays: 60, leadDays: 5 });
    const first = planReminders(frozenPlan, options);
    expect(planReminders(frozenPlan, options)).toEqual(first);
    expect(frozenPlan).toEqual(plan);
  });
});

describe("planReminders: messages", () => {
  const plan = planWith({
    sessions: [session(2, "overdue", TODAY), session(3, "upcoming", "2026-12-22")],
    resultCheckOn: "2027-03-22",
    maintenance: planMaintenance({ courseEndedOn: "2026-03-22", goal: "rejuvenation" }), // due 2026-06-22, open until 2026-09-22
  });

  it("without a message layer, reminders carry codes and dates only", () => {
    const reminders = planReminders(plan, { today: "2026-09-01", horizonDays: 200 });
    expect(reminders.map((r) => Object.keys(r).sort())).toEqual([
      ["dueOn", "kind", "remindOn"],
      ["dueOn", "kind", "remindOn", "session"],
      ["dueOn", "kind", "remindOn", "session"],
      ["dueOn", "kind", "remindOn"],
    ]);
  });

  it("englishMessages writes English text", () => {
    const reminders = planReminders(plan, { today: "2026-09-01", horizonDays: 200, messages: englishMessages });
    for (const reminder of reminders) {
      const { message, ...withoutMessage } = reminder;
      expect(message).toBe(englishMessages.reminder(withoutMessage));
    }
    expect(reminders.map((r) => r.message)).toEqual([
      "Book the maintenance session, due 2026-06-22.",
      "Session 2 is overdue: book it for 2026-11-24 or later.",
      "Book session 3, due 2026-12-22.",
      "Check the results of the course on 2027-03-22.",
    ]);
  });

  it("a custom Messages layer writes every message, from the reminder without its message", () => {
    const received: Reminder[] = [];
    const messages: Messages = {
      finding: englishMessages.finding,
      reminder: (reminder) => {
        received.push({ ...reminder });
        const number = sessionOf(reminder);
        return `[${reminder.kind}] ${number === undefined ? "-" : String(number)} ${reminder.dueOn}`;
      },
    };
    const reminders = planReminders(plan, { today: "2026-09-01", horizonDays: 200, messages });
    expect(reminders.map((r) => r.message)).toEqual([
      "[maintenance-due] - 2026-06-22",
      "[session-overdue] 2 2026-11-24",
      "[book-session] 3 2026-12-22",
      "[result-check] - 2027-03-22",
    ]);
    expect(received).toHaveLength(4);
    expect(received.every((reminder) => !("message" in reminder))).toBe(true);
  });
});

describe("planReminders rejects malformed input", () => {
  const plan = planWith({ sessions: [session(1, "upcoming", "2026-12-01")] });
  const options: PlanRemindersOptions = { today: TODAY, horizonDays: 30 };
  const upcoming = session(1, "upcoming", "2026-12-01");
  const maintenance: MaintenanceWindow = {
    earliest: "2027-01-01",
    due: "2027-02-01",
    latest: "2027-03-01",
    after: "2026-02-01",
    projected: false,
    sources: ["ARTICLE-2021"],
  };
  const PLAN_KEYS =
    "unknown key; expected one of patientId, goal, today, protocolVersion, eligibility, estimate, sessions, resultCheckOn, maintenance, reminders";

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
        message: 'expected one of "done", "due", "upcoming", "overdue"',
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
      { ...plan, resultCheckOn: "soon" },
      { code: "invalid-date", path: ["plan", "resultCheckOn"], message: RESULT_DATE, value: "soon" },
    ],
    [
      { ...plan, maintenance: "yearly" },
      { code: "invalid-type", path: ["plan", "maintenance"], message: "expected an object", value: "yearly" },
    ],
    [
      { ...plan, maintenance: { ...maintenance, due: "2027-02-30" } },
      { code: "invalid-date", path: ["plan", "maintenance", "due"], message: RESULT_DATE, value: "2027-02-30" },
    ],
    [
      { ...plan, horizonDays: 30 },
      { code: "unknown-key", path: ["plan", "horizonDays"], message: PLAN_KEYS, value: 30 },
    ],
  ])("plan %o -> %o", (badPlan, issue) => {
    expectIssues(
      caught(() => planReminders(badPlan as TreatmentPlan, options)),
      "INVALID_INPUT",
      [issue],
    );
  });

  it("a partial plan (sessions, result check and maintenance only) is rejected: a whole plan is needed", () => {
    const parts: PlanParts = { sessions: [upcoming], resultCheckOn: "2027-03-01", maintenance };
    const error = caught(() => planReminders(parts as TreatmentPlan, options));
    expectIssues(
      error,
      "INVALID_INPUT",
      ["goal", "today", "protocolVersion", "eligibility", "estimate", "reminders"].map((key) => ({
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
      { today: TODAY, horizonDays: 30, leadDays: -1 },
      { code: "out-of-range", path: ["options", "leadDays"], message: "expected an integer from 0 to 90", value: -1 },
    ],
    [
      { today: TODAY, horizonDays: 30, leadDays: 91 },
      { code: "out-of-range", path: ["options", "leadDays"], message: "expected an integer from 0 to 90", value: 91 },
    ],
    [
      { today: TODAY, horizonDays: 30, leadDays: 366 },
      { code: "out-of-range", path: ["options", "leadDays"], message: "expected an integer from 0 to 90", value: 366 },
    ],
    [
      { today: TODAY, horizon: 30 },
      {
        code: "unknown-key",
        path: ["options", "horizon"],
        message: "unknown key; expected one of today, horizonDays, leadDays, protocol, messages",
        value: 30,
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
      {
        code: "invalid-type",
        path: ["options", "messages"],
        message: "expected a message layer: an object with finding and reminder functions",
        value: {},
      },
    ]);
  });

  it("the largest horizon and lead are accepted; horizonDays may be omitted", () => {
    expect(() => planReminders(plan, { today: TODAY, horizonDays: 3660, leadDays: 90 })).not.toThrow();
    expect(() => planReminders(plan, { today: TODAY, leadDays: 0 })).not.toThrow();
  });

  it("a hand-made protocol in options is checked: INVALID_INPUT under options.protocol", () => {
    const error = caught(() =>
      planReminders(plan, { ...options, protocol: { ...defineProtocol(), reminderLeadDays: 91 } }),
    );
    expectIssues(error, "INVALID_INPUT", [
      {
        code: "out-of-range",
        path: ["options", "protocol", "reminderLeadDays"],
        message: "expected an integer from 0 to 90",
        value: 91,
      },
    ]);
  });
});

const planArb = fc.record({
  sessions: fc.array(
    fc.record({
      number: fc.integer({ min: 1, max: 20 }),
      status: fc.constantFrom(...SESSION_STATUSES),
      due: isoDateArb("2026-06-01", 400),
      span: fc.integer({ min: 0, max: 42 }),
    }),
    { maxLength: 8 },
  ),
  resultCheckOn: fc.option(isoDateArb("2026-06-01", 400), { nil: undefined }),
  maintenance: fc.option(fc.tuple(isoDateArb("2026-06-01", 400), fc.integer({ min: 0, max: 120 })), { nil: undefined }),
});

describe("planReminders: properties", () => {
  prop(
    [
      planArb,
      isoDateArb("2026-06-01", 400),
      fc.integer({ min: 0, max: 200 }),
      fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    ],
    { numRuns: 200 },
  )(
    "reminders fall within [today, today + horizon], sorted, each from its rule",
    (raw, today, horizonDays, leadDays) => {
      const plan = planWith({
        sessions: raw.sessions.map((s) => session(s.number, s.status, s.due, addDays(s.due, s.span))),
        ...(raw.resultCheckOn === undefined ? {} : { resultCheckOn: raw.resultCheckOn }),
        ...(raw.maintenance === undefined
          ? {}
          : {
              maintenance: {
                earliest: raw.maintenance[0],
                due: raw.maintenance[0],
                latest: addDays(raw.maintenance[0], raw.maintenance[1]),
                after: "2026-01-01",
                projected: false,
                sources: ["ARTICLE-2021"],
              },
            }),
      });
      const lead = leadDays ?? 7;
      const options = { today, horizonDays, ...(leadDays === undefined ? {} : { leadDays }) };
      const reminders = planReminders(frozen(plan), options);
      const horizon = addDays(today, horizonDays);
      const later = (a: string, b: string): string => (a >= b ? a : b);
      reminders.forEach((reminder, index) => {
        expect(reminder.remindOn >= today && reminder.remindOn <= horizon).toBe(true);
        const previous = reminders[index - 1];
        if (previous !== undefined) {
          const order =
            previous.remindOn.localeCompare(reminder.remindOn) ||
            previous.dueOn.localeCompare(reminder.dueOn) ||
            REMINDER_KINDS.indexOf(previous.kind) - REMINDER_KINDS.indexOf(reminder.kind) ||
            (sessionOf(previous) ?? 0) - (sessionOf(reminder) ?? 0);
          expect(order).toBeLessThanOrEqual(0);
        }
        if (reminder.kind === "session-overdue") expect(reminder.remindOn).toBe(today);
        else expect(reminder.remindOn).toBe(later(today, addDays(reminder.dueOn, -lead)));
      });
      // Every expected reminder is there.
      const expectedCount =
        plan.sessions.filter(
          (s) =>
            s.status === "overdue" ||
            (s.status !== "done" && s.latest >= today && later(today, addDays(s.due, -lead)) <= horizon),
        ).length +
        (plan.resultCheckOn !== undefined &&
        plan.resultCheckOn >= today &&
        later(today, addDays(plan.resultCheckOn, -lead)) <= horizon
          ? 1
          : 0) +
        (plan.maintenance !== undefined &&
        plan.maintenance.latest >= today &&
        later(today, addDays(plan.maintenance.due, -lead)) <= horizon
          ? 1
          : 0);
      expect(reminders).toHaveLength(expectedCount);
    },
  );
});

describe("planReminders: plans from planTreatment", () => {
  prop(
    [
      fc.constantFrom<Patient>(
        { goal: "rejuvenation", fitzpatrick: "II" },
        { goal: "scar-revision", fitzpatrick: "IV", scars: [{ type: "boxcar", severity: "severe" }] },
        { goal: "scar-revision", fitzpatrick: "I", scars: [{ type: "rolling", goodmanGrade: 2 }] },
        {
          goal: "scar-revision",
          fitzpatrick: "III",
          factors: [{ code: "isotretinoin", status: "history", until: "2026-10-01" }],
        },
        { goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "bleeding-disorder" }] },
      ),
      isoDateArb("2026-01-01", 700),
      fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 6 }),
      fc.integer({ min: 0, max: 400 }),
      fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    ],
    { numRuns: 100 },
  )(
    "planReminders with the plan's horizon and lead gives the plan's own reminders",
    (patient, today, ago, horizonDays, lead) => {
      const protocol = lead === undefined ? undefined : defineProtocol({ reminderLeadDays: lead });
      const completed = [...ago].sort((a, b) => b - a).map((days) => addDays(today, -days));
      const plan = planTreatment(patient, { today, completed, horizonDays, protocol, messages: englishMessages });
      expect(planReminders(plan, { today, horizonDays, protocol, messages: englishMessages })).toEqual(plan.reminders);
      // A plan read back from JSON is as good.
      const json = JSON.parse(JSON.stringify(plan)) as TreatmentPlan;
      expect(planReminders(json, { today, horizonDays, protocol, messages: englishMessages })).toEqual(plan.reminders);
    },
  );
});

describe("planReminders: ties", () => {
  it("on the same remind and due dates, kinds come in REMINDER_KINDS order, then sessions by number", () => {
    const plan = planWith({
      sessions: [
        session(3, "upcoming", TODAY),
        session(1, "overdue", TODAY),
        session(2, "upcoming", TODAY),
        session(4, "upcoming", TODAY),
      ],
      resultCheckOn: TODAY,
      maintenance: {
        earliest: TODAY,
        due: TODAY,
        latest: addDays(TODAY, 30),
        after: "2026-01-01",
        projected: false,
        sources: ["ARTICLE-2021"],
      },
    });
    expect(brief(planReminders(plan, { today: TODAY, horizonDays: 0 }))).toEqual([
      ["book-session", TODAY, TODAY, 2],
      ["book-session", TODAY, TODAY, 3],
      ["book-session", TODAY, TODAY, 4],
      ["session-overdue", TODAY, TODAY, 1],
      ["result-check", TODAY, TODAY, undefined],
      ["maintenance-due", TODAY, TODAY, undefined],
    ]);
    expect(REMINDER_KINDS).toEqual(["book-session", "session-overdue", "result-check", "maintenance-due"]);
  });
});
