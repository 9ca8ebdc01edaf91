import { describe, expect, it } from "vitest";
import {
  type Booking,
  type Course,
  checkBooking,
  defineProtocol,
  type Patient,
  type PlannerIssue,
  type PlanTreatmentOptions,
  planReminders,
  planSessions,
  planTreatment,
  replan,
  type SessionFlag,
  type SessionWindow,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { treatmentPlanSchema } from "../src/schemas.js";
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
  LOCAL_TIME,
  reminderRows,
  sessionDayRows,
  windowRows,
} from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

/** Rolling scar, Goodman grade 3, Fitzpatrick III: four sessions, four weeks apart. */
const rolling: Patient = { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", goodmanGrade: 3 }] };
const TODAY = "2026-11-24";

/** Plans, and checks that the plan is valid against the published schema (parse round-trips it unchanged). */
function plan(patient: Patient, options: PlanTreatmentOptions): TreatmentPlan {
  const result = planTreatment(patient, options);
  expect(treatmentPlanSchema.parse(result)).toStrictEqual(result);
  return result;
}
/** Session 1 done on 2026-10-27 (session 2's window: 2026-11-24 .. 2026-12-08), with bookings. */
const withBookings = (booked: Booking[], options: Partial<PlanTreatmentOptions> = {}) =>
  plan(rolling, { today: TODAY, completed: ["2026-10-27"], booked, ...options });
const flagsOf = (window: SessionWindow | undefined) => window?.flags;

describe("bookings: a booked session", () => {
  it("status booked, bookedOn and time, due on the booked day; the next windows count from it", () => {
    const result = withBookings([{ session: 2, on: "2026-11-26", time: "10:30" }]);
    expect(result.sessions[1]).toStrictEqual({
      number: 2,
      earliest: "2026-11-24",
      due: "2026-11-26",
      latest: "2026-12-08",
      status: "booked",
      bookedOn: "2026-11-26",
      time: "10:30",
      flags: [],
    });
    expect(windowRows(result.sessions)).toEqual([
      [1, "done", "2026-10-27", "2026-10-27", "2026-11-10"],
      [2, "booked", "2026-11-24", "2026-11-26", "2026-12-08"],
      [3, "upcoming", "2026-12-24", "2026-12-24", "2027-01-07"],
      [4, "upcoming", "2027-01-21", "2027-01-21", "2027-02-04"],
    ]);
    expect([result.resultCheckOn, result.finalResultCheckOn]).toEqual(["2027-04-21", "2027-07-21"]);
    expect(result.maintenance).toMatchObject({ after: "2027-01-21", projected: true });
    // The booked session has its photographs and aftercare on the booked day.
    expect(reminderRows(result.reminders)).toEqual([
      ["appointment", TODAY, "2026-11-26", 2],
      ...sessionDayRows("2026-11-26", 2),
      ["book-session", "2026-12-17", "2026-12-24", 3],
      ...sessionDayRows("2026-12-24", 3),
      ["book-session", "2027-01-14", "2027-01-21", 4],
      ...sessionDayRows("2027-01-21", 4),
    ]);
  });

  it("without a time there is no time key; a booking on today is booked", () => {
    const result = withBookings([{ session: 2, on: TODAY }]);
    expect(result.sessions[1]).toStrictEqual({
      number: 2,
      earliest: "2026-11-24",
      due: TODAY,
      latest: "2026-12-08",
      status: "booked",
      bookedOn: TODAY,
      flags: [],
    });
    expect(result.reminders[0]).toStrictEqual({ kind: "appointment", remindOn: TODAY, dueOn: TODAY, session: 2 });
  });

  it("several sessions booked: each window counts from the booked day before it", () => {
    const result = withBookings([
      { session: 3, on: "2026-12-29", time: "09:00" },
      { session: 2, on: "2026-11-26" },
    ]);
    expect(windowRows(result.sessions)).toEqual([
      [1, "done", "2026-10-27", "2026-10-27", "2026-11-10"],
      [2, "booked", "2026-11-24", "2026-11-26", "2026-12-08"],
      [3, "booked", "2026-12-24", "2026-12-29", "2027-01-07"],
      [4, "upcoming", "2027-01-26", "2027-01-26", "2027-02-09"],
    ]);
    expect(result.sessions.map((s) => s.flags)).toEqual([[], [], [], []]);
  });

  it("a booking ahead of its window counts from the booked day as planSessions does", () => {
    const course: Course = {
      sessionCount: 3,
      startOn: "2026-09-01",
      completed: ["2026-09-01"],
      booked: [{ session: 2, on: "2026-10-06", time: "14:00" }],
    };
    expect(planSessions(course, { today: "2026-09-10" })).toStrictEqual([
      {
        number: 1,
        earliest: "2026-09-01",
        due: "2026-09-01",
        latest: "2026-09-15",
        status: "done",
        doneOn: "2026-09-01",
        flags: [],
      },
      {
        number: 2,
        earliest: "2026-09-29",
        due: "2026-10-06",
        latest: "2026-10-13",
        status: "booked",
        bookedOn: "2026-10-06",
        time: "14:00",
        flags: [],
      },
      { number: 3, earliest: "2026-11-03", due: "2026-11-03", latest: "2026-11-17", status: "upcoming", flags: [] },
    ]);
  });
});

describe("bookings: flags", () => {
  it("too-soon: booked fewer than minWeeks after the last session done", () => {
    const result = plan(rolling, {
      today: TODAY,
      completed: ["2026-11-10"],
      booked: [{ session: 2, on: "2026-11-30" }],
    });
    expect(windowRows(result.sessions).slice(1, 3)).toEqual([
      [2, "booked", "2026-12-08", "2026-11-30", "2026-12-22"],
      [3, "upcoming", "2026-12-28", "2026-12-28", "2027-01-11"],
    ]);
    expect(flagsOf(result.sessions[1])).toEqual([{ code: "too-soon", params: { days: 20, minimumDays: 28 } }]);
    // Exactly minWeeks is not too soon.
    const onTime = plan(rolling, {
      today: TODAY,
      completed: ["2026-11-10"],
      booked: [{ session: 2, on: "2026-12-08" }],
    });
    expect(flagsOf(onTime.sessions[1])).toEqual([]);
  });

  it("too-soon: the next session counts from the most recent session done, not the last one listed", () => {
    // Session 3 was done on 2026-10-06, before session 2 (2026-10-20): session 4 follows 2026-10-20.
    const course = (on: string): Course => ({
      sessionCount: 4,
      startOn: "2026-09-01",
      completed: ["2026-09-01", "2026-10-20", "2026-10-06"],
      booked: [{ session: 4, on }],
    });
    // 2026-11-16 is 27 days after 2026-10-20 (41 after 2026-10-06): one day too soon.
    const early = planSessions(course("2026-11-16"), { today: "2026-11-01" });
    expect(early[3]).toStrictEqual({
      number: 4,
      earliest: "2026-11-17",
      due: "2026-11-16",
      latest: "2026-12-01",
      status: "booked",
      bookedOn: "2026-11-16",
      flags: [{ code: "too-soon", params: { days: 27, minimumDays: 28 } }],
    });
    // Exactly minWeeks after it: no flag.
    expect(planSessions(course("2026-11-17"), { today: "2026-11-01" })[3]?.flags).toEqual([]);
  });

  it("too-soon: booked fewer than minWeeks after the booked session before it", () => {
    const result = withBookings([
      { session: 2, on: "2026-12-01" },
      { session: 3, on: "2026-12-13" },
    ]);
    expect(flagsOf(result.sessions[2])).toEqual([{ code: "too-soon", params: { days: 12, minimumDays: 28 } }]);
    expect(result.sessions[2]).toMatchObject({ status: "booked", earliest: "2026-12-29", due: "2026-12-13" });
  });

  it("late: booked after the window closes (daysLate = booked day - latest), still booked", () => {
    const result = withBookings([{ session: 2, on: "2026-12-15" }]);
    expect(result.sessions[1]).toMatchObject({ status: "booked", due: "2026-12-15", latest: "2026-12-08" });
    expect(flagsOf(result.sessions[1])).toEqual([
      { code: "late", params: { daysLate: 7, windowClosedOn: "2026-12-08" } },
    ]);
    expect(flagsOf(withBookings([{ session: 2, on: "2026-12-08" }]).sessions[1])).toEqual([]);
  });

  it("late and reassess: booked after a window that closed before today, more than 12 weeks after the last session", () => {
    // Session 2's window was 2026-09-29 .. 2026-10-13.
    const late = (on: string) =>
      plan(rolling, { today: TODAY, completed: ["2026-09-01"], booked: [{ session: 2, on }] }).sessions[1];
    expect(late("2026-11-26")).toMatchObject({ status: "booked", earliest: "2026-09-29", latest: "2026-10-13" });
    expect(flagsOf(late("2026-11-26"))).toEqual([
      { code: "late", params: { daysLate: 44, windowClosedOn: "2026-10-13" } },
      { code: "reassess", params: { daysSinceLastSession: 86, thresholdWeeks: 12 } },
    ]);
    // 84 days: late, no reason to reassess yet.
    expect(flagsOf(late(TODAY))).toEqual([{ code: "late", params: { daysLate: 42, windowClosedOn: "2026-10-13" } }]);
    // The threshold follows the protocol.
    const protocol = defineProtocol({ reassessAfterWeeks: 8 });
    const strict = plan(rolling, {
      today: TODAY,
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-12-23" }],
      protocol,
    });
    expect(flagsOf(strict.sessions[1])).toEqual([
      { code: "late", params: { daysLate: 15, windowClosedOn: "2026-12-08" } },
      { code: "reassess", params: { daysSinceLastSession: 57, thresholdWeeks: 8 } },
    ]);
  });

  it("closed-day: booked on a day the clinic is closed (weekday or closed date)", () => {
    const availability = { openWeekdays: ["tue" as const, "thu" as const], closedDates: ["2026-12-03"] };
    // 2026-11-25 is a Wednesday.
    const weekday = withBookings([{ session: 2, on: "2026-11-25" }], { availability });
    expect(weekday.sessions[1]).toMatchObject({ status: "booked", due: "2026-11-25", bookedOn: "2026-11-25" });
    expect(flagsOf(weekday.sessions[1])).toEqual([{ code: "closed-day", params: { on: "2026-11-25" } }]);
    const holiday = withBookings([{ session: 2, on: "2026-12-03" }], { availability });
    expect(flagsOf(holiday.sessions[1])).toEqual([{ code: "closed-day", params: { on: "2026-12-03" } }]);
    expect(flagsOf(withBookings([{ session: 2, on: "2026-11-26" }], { availability }).sessions[1])).toEqual([]);
  });

  it("beyond-estimate: a session booked beyond the planned count is added and flagged", () => {
    const windows = planSessions(
      {
        sessionCount: 2,
        startOn: "2026-09-01",
        completed: ["2026-09-01", "2026-09-29"],
        booked: [{ session: 3, on: "2026-10-27" }],
      },
      { today: "2026-10-20" },
    );
    expect(windowRows(windows)).toEqual([
      [1, "done", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "done", "2026-09-29", "2026-09-29", "2026-10-13"],
      [3, "booked", "2026-10-27", "2026-10-27", "2026-11-10"],
    ]);
    expect(flagsOf(windows[2])).toEqual([{ code: "beyond-estimate", params: { planned: 2 } }]);
    // In planTreatment: the course is not finished while a booked session is ahead.
    const result = plan(rolling, {
      today: "2026-10-20",
      completed: ["2026-09-01", "2026-09-29"],
      sessionCount: 2,
      booked: [{ session: 3, on: "2026-10-27" }],
    });
    expect(result.sessions).toStrictEqual(windows);
    expect(result.resultCheckOn).toBe("2027-01-27");
    expect(result.maintenance).toMatchObject({ after: "2026-10-27", due: "2027-10-27", projected: true });
  });

  it("several flags at once: too soon, closed and beyond the estimate", () => {
    const windows = planSessions(
      { sessionCount: 1, startOn: "2026-09-01", completed: ["2026-09-01"], booked: [{ session: 2, on: "2026-09-16" }] },
      { today: "2026-09-10", availability: { openWeekdays: ["tue"] } },
    );
    expect(flagsOf(windows[1])).toEqual([
      { code: "too-soon", params: { days: 15, minimumDays: 28 } },
      { code: "closed-day", params: { on: "2026-09-16" } },
      { code: "beyond-estimate", params: { planned: 1 } },
    ]);
  });
});

describe("bookings: missed bookings", () => {
  it("a booking before today, not recorded as done, is flagged missed-booking and planned as usual", () => {
    const result = withBookings([{ session: 2, on: "2026-11-20", time: "10:00" }]);
    expect(result.sessions[1]).toStrictEqual({
      number: 2,
      earliest: "2026-11-24",
      due: TODAY,
      latest: "2026-12-08",
      status: "due",
      flags: [{ code: "missed-booking", params: { on: "2026-11-20" } }],
    });
    expect(reminderRows(result.reminders)[0]).toEqual(["book-session", TODAY, TODAY, 2]);
    expect(result.reminders.map((r) => r.kind)).not.toContain("appointment");
    // The same plan as without the booking, but for the flag.
    const unbooked = withBookings([]);
    expect(result.sessions.map((s) => ({ ...s, flags: [] }))).toEqual(unbooked.sessions);
    expect(result.reminders).toEqual(unbooked.reminders);
  });

  it("missed-booking comes before late on an overdue session", () => {
    const result = plan(rolling, {
      today: TODAY,
      completed: ["2026-09-01"],
      booked: [{ session: 2, on: "2026-10-01" }],
    });
    expect(windowRows(result.sessions)[1]).toEqual([2, "overdue", TODAY, TODAY, "2026-12-08"]);
    expect(flagsOf(result.sessions[1])).toEqual([
      { code: "missed-booking", params: { on: "2026-10-01" } },
      { code: "late", params: { daysLate: 42, windowClosedOn: "2026-10-13" } },
    ]);
  });

  it("missed-booking comes after deferred", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-01"], booked: [{ session: 2, on: "2026-09-20" }] },
      { today: "2026-09-25", notBefore: "2026-10-15" },
    );
    expect(windowRows(windows)[1]).toEqual([2, "upcoming", "2026-10-15", "2026-10-15", "2026-10-29"]);
    expect(flagsOf(windows[1])).toEqual([
      { code: "deferred", params: { until: "2026-10-15" } },
      { code: "missed-booking", params: { on: "2026-09-20" } },
    ]);
  });

  it("a booked day that passes turns the booking into a missed one on re-planning", () => {
    const result = withBookings([{ session: 2, on: "2026-11-26", time: "10:30" }]);
    expect(reminderRows(planReminders(result, { today: "2026-11-27", horizonDays: 0 }))).toEqual([
      ["book-session", "2026-11-27", "2026-11-27", 2],
      ...sessionDayRows("2026-11-27", 2),
    ]);
  });
});

describe("bookings: ignored or rejected", () => {
  it("bookings for sessions already done are ignored", () => {
    const completed = ["2026-10-27", "2026-11-24"];
    const booked: Booking[] = [
      { session: 1, on: "2026-10-27" },
      { session: 2, on: "2026-12-01", time: "09:00" },
    ];
    const result = plan(rolling, { today: TODAY, completed, booked });
    const without = plan(rolling, { today: TODAY, completed });
    expect(result.sessions).toStrictEqual(without.sessions);
    expect(result.reminders).toStrictEqual(without.reminders);
    expect(result.resultCheckOn).toBe(without.resultCheckOn);
    expect(result.maintenance).toStrictEqual(without.maintenance);
    // The plan still records them as given.
    expect(result.inputs.booked).toStrictEqual(booked);
  });

  it("a patient who cannot be treated keeps only the done sessions: bookings give no session and no appointment", () => {
    const booked = [{ session: 2, on: "2026-11-26" }];
    const contraindicated = plan(
      { ...rolling, factors: [{ code: "bleeding-disorder" }] },
      {
        today: TODAY,
        completed: ["2026-10-27"],
        booked,
      },
    );
    expect(contraindicated.sessions.map((s) => s.status)).toEqual(["done"]);
    expect(contraindicated.reminders).toEqual([]);
    const deferred = plan(
      { ...rolling, factors: [{ code: "herpes-simplex" }] },
      {
        today: TODAY,
        completed: ["2026-10-27"],
        booked,
      },
    );
    expect(deferred.sessions.map((s) => s.status)).toEqual(["done"]);
    expect(deferred.reminders.map((r) => r.kind)).toEqual(["deferral-review"]);
  });

  it("one booking per session: a second booking of a session is inconsistent, wherever bookings are given", () => {
    const booked = [
      { session: 2, on: "2026-11-26" },
      { session: 3, on: "2026-12-24" },
      { session: 2, on: "2026-12-01" },
    ];
    const issue = (path: (string | number)[]): PlannerIssue => ({
      code: "inconsistent",
      path,
      message: "session 2 is booked more than once",
      value: 2,
    });
    expectIssues(
      caught(() => planTreatment(rolling, { today: TODAY, booked })),
      "INVALID_INPUT",
      [issue(["options", "booked", 2, "session"])],
    );
    expectIssues(
      caught(() => planSessions({ sessionCount: 3, startOn: TODAY, booked }, { today: TODAY })),
      "INVALID_INPUT",
      [issue(["course", "booked", 2, "session"])],
    );
    // Two sessions on the same day are two bookings.
    expect(() =>
      planTreatment(rolling, {
        today: TODAY,
        booked: [
          { session: 1, on: "2026-12-01" },
          { session: 2, on: "2026-12-01" },
        ],
      }),
    ).not.toThrow();
  });

  it.each<[unknown, PlannerIssue[]]>([
    [
      "2026-12-01",
      [{ code: "invalid-type", path: ["options", "booked"], message: "expected an array", value: "2026-12-01" }],
    ],
    [[null], [{ code: "invalid-type", path: ["options", "booked", 0], message: "expected an object", value: null }]],
    [[{ on: "2026-12-01" }], [{ code: "required", path: ["options", "booked", 0, "session"], message: "required" }]],
    [[{ session: 2 }], [{ code: "required", path: ["options", "booked", 0, "on"], message: "required" }]],
    [
      [{ session: 0, on: "2026-12-01" }],
      [
        {
          code: "out-of-range",
          path: ["options", "booked", 0, "session"],
          message: "expected an integer from 1 to 50",
          value: 0,
        },
      ],
    ],
    [
      [{ session: 51, on: "2026-12-01" }],
      [
        {
          code: "out-of-range",
          path: ["options", "booked", 0, "session"],
          message: "expected an integer from 1 to 50",
          value: 51,
        },
      ],
    ],
    [
      [{ session: 2.5, on: "2026-12-01" }],
      [{ code: "invalid-type", path: ["options", "booked", 0, "session"], message: "expected an integer", value: 2.5 }],
    ],
    [
      [{ session: 2, on: "2026-11-31" }],
      [{ code: "invalid-date", path: ["options", "booked", 0, "on"], message: INPUT_DATE, value: "2026-11-31" }],
    ],
    [
      [{ session: 2, on: "2026-12-01", time: "25:00" }],
      [{ code: "invalid-format", path: ["options", "booked", 0, "time"], message: LOCAL_TIME, value: "25:00" }],
    ],
    [
      [{ session: 2, on: "2026-12-01", time: "9:30" }],
      [{ code: "invalid-format", path: ["options", "booked", 0, "time"], message: LOCAL_TIME, value: "9:30" }],
    ],
    [
      [{ session: 2, on: "2026-12-01", room: "A" }],
      [
        {
          code: "unknown-key",
          path: ["options", "booked", 0, "room"],
          message: "unknown key; expected one of session, on, time",
          value: "A",
        },
      ],
    ],
  ])("booked %o -> %o", (booked, issues) => {
    expectIssues(
      caught(() => planTreatment(rolling, { today: TODAY, booked } as unknown as PlanTreatmentOptions)),
      "INVALID_INPUT",
      issues,
    );
  });

  it("more than 50 bookings is one too-long issue", () => {
    const booked = Array.from({ length: 51 }, (_, i) => ({ session: i + 1, on: "2026-12-01" }));
    const error = caught(() => planTreatment(rolling, { today: TODAY, booked }));
    expectIssues(error, "INVALID_INPUT", [
      {
        code: "too-long",
        path: ["options", "booked"],
        message: "expected at most 50 items",
        value: ["[object]", "[object]", "[object]", "… 48 more"],
      },
    ]);
  });
});

describe("bookings: appointment reminders", () => {
  /** Session 1 done on 2026-11-24; session 2's window is 2026-12-22 .. 2027-01-05. */
  const booked = (booking: Booking, options: Partial<PlanTreatmentOptions> = {}) =>
    plan(rolling, { today: TODAY, completed: [TODAY], booked: [booking], ...options });

  it("reminderLeadDays (7) before the booked day, with the booked time", () => {
    const result = booked({ session: 2, on: "2026-12-22", time: "10:30" }, { messages: englishMessages });
    expect(result.reminders[0]).toStrictEqual({
      kind: "appointment",
      remindOn: "2026-12-15",
      dueOn: "2026-12-22",
      session: 2,
      time: "10:30",
      message: "Microneedling session 2 on 2026-12-22 at 10:30.",
    });
    const untimed = booked({ session: 2, on: "2026-12-22" }, { messages: englishMessages });
    expect(untimed.reminders[0]).toStrictEqual({
      kind: "appointment",
      remindOn: "2026-12-15",
      dueOn: "2026-12-22",
      session: 2,
      message: "Microneedling session 2 on 2026-12-22.",
    });
  });

  it("never before today: a booking within the lead is reminded today", () => {
    expect(reminderRows(booked({ session: 2, on: "2026-11-27" }).reminders)[0]).toEqual([
      "appointment",
      TODAY,
      "2026-11-27",
      2,
    ]);
    expect(reminderRows(booked({ session: 2, on: TODAY }).reminders)[0]).toEqual(["appointment", TODAY, TODAY, 2]);
    // On later days, an appointment still ahead is reminded that day.
    const result = booked({ session: 2, on: "2026-12-22", time: "10:30" });
    expect(planReminders(result, { today: "2026-12-20", horizonDays: 0 })).toStrictEqual([
      { kind: "appointment", remindOn: "2026-12-20", dueOn: "2026-12-22", session: 2, time: "10:30" },
    ]);
  });

  it("the lead is the plan's protocol's reminderLeadDays", () => {
    const result = booked({ session: 2, on: "2026-12-22" }, { protocol: defineProtocol({ reminderLeadDays: 2 }) });
    expect(reminderRows(result.reminders)[0]).toEqual(["appointment", "2026-12-20", "2026-12-22", 2]);
    const zero = booked({ session: 2, on: "2026-12-22" }, { protocol: defineProtocol({ reminderLeadDays: 0 }) });
    expect(reminderRows(zero.reminders)[0]).toEqual(["appointment", "2026-12-22", "2026-12-22", 2]);
  });

  it("only within the horizon", () => {
    const result = booked({ session: 2, on: "2026-12-22" });
    // 2026-12-15 is 21 days after today.
    expect(planReminders(result, { today: TODAY, horizonDays: 21 }).map((r) => r.kind)).toEqual(["appointment"]);
    expect(planReminders(result, { today: TODAY, horizonDays: 20 })).toEqual([]);
  });

  it("an appointment for every booked session, none for a done or missed one", () => {
    const result = plan(rolling, {
      today: TODAY,
      completed: ["2026-10-27"],
      booked: [
        { session: 1, on: "2026-12-01" },
        { session: 2, on: "2026-11-26", time: "08:15" },
        { session: 3, on: "2026-12-24", time: "17:45" },
        { session: 4, on: "2026-11-01" },
      ],
    });
    expect(result.reminders.filter((r) => r.kind === "appointment")).toStrictEqual([
      { kind: "appointment", remindOn: TODAY, dueOn: "2026-11-26", session: 2, time: "08:15" },
      { kind: "appointment", remindOn: "2026-12-17", dueOn: "2026-12-24", session: 3, time: "17:45" },
    ]);
    expect(flagsOf(result.sessions[3])).toEqual([{ code: "missed-booking", params: { on: "2026-11-01" } }]);
  });
});

describe("bookings: out of order", () => {
  // A booking earlier than the session it follows (the last session done, for the next session;
  // else the previous session's day) is flagged out-of-order with that day; too-soon is only for
  // 0 <= days < minimum. The next session counts from the later of the two days.
  it("booked before the session it follows: out-of-order, a valid plan that replan, planReminders and checkBooking take", () => {
    // Session 2 is planned for 2026-12-08; session 3 is booked for 2026-11-30.
    const result = plan(rolling, {
      today: TODAY,
      completed: ["2026-11-10"],
      booked: [{ session: 3, on: "2026-11-30" }],
    });
    expect(result.sessions).toStrictEqual([
      {
        number: 1,
        earliest: "2026-11-10",
        due: "2026-11-10",
        latest: "2026-11-24",
        status: "done",
        doneOn: "2026-11-10",
        flags: [],
      },
      { number: 2, earliest: "2026-12-08", due: "2026-12-08", latest: "2026-12-22", status: "upcoming", flags: [] },
      {
        number: 3,
        earliest: "2027-01-05",
        due: "2026-11-30",
        latest: "2027-01-19",
        status: "booked",
        bookedOn: "2026-11-30",
        flags: [{ code: "out-of-order", params: { previous: "2026-12-08" } }],
      },
      // Counts from session 2's day (2026-12-08), the later of the two.
      { number: 4, earliest: "2027-01-05", due: "2027-01-05", latest: "2027-01-19", status: "upcoming", flags: [] },
    ]);
    // Sorted by date: session 3's day comes before session 2's.
    expect(reminderRows(result.reminders)).toEqual([
      ["appointment", TODAY, "2026-11-30", 3],
      ...sessionDayRows("2026-11-30", 3),
      ["book-session", "2026-12-01", "2026-12-08", 2],
      ...sessionDayRows("2026-12-08", 2),
      ["book-session", "2026-12-29", "2027-01-05", 4],
      ...sessionDayRows("2027-01-05", 4),
    ]);
    expect(planReminders(result, { today: TODAY })).toStrictEqual(result.reminders);
    expect(replan(result, { today: TODAY })).toStrictEqual(result);
    expect(replan(JSON.parse(JSON.stringify(result)) as TreatmentPlan, { today: TODAY })).toStrictEqual(result);
    expect(checkBooking(result, { on: "2026-12-08" })).toMatchObject({ status: "allowed", session: 2 });
  });

  it("booked before a completed date in the future: out-of-order, and the next session counts from the done day", () => {
    const result = plan(rolling, {
      today: TODAY,
      completed: ["2026-12-01"],
      booked: [{ session: 2, on: "2026-11-25" }],
    });
    expect(windowRows(result.sessions)).toEqual([
      [1, "done", "2026-12-01", "2026-12-01", "2026-12-15"],
      [2, "booked", "2026-12-29", "2026-11-25", "2027-01-12"],
      [3, "upcoming", "2026-12-29", "2026-12-29", "2027-01-12"],
      [4, "upcoming", "2027-01-26", "2027-01-26", "2027-02-09"],
    ]);
    expect(result.sessions.map((s) => s.flags)).toEqual([
      [{ code: "in-future", params: {} }],
      [{ code: "out-of-order", params: { previous: "2026-12-01" } }],
      [],
      [],
    ]);
    expect(replan(result, { today: TODAY })).toStrictEqual(result);
  });

  it("a booking earlier than a planned session 1 is out-of-order; session 3 counts from session 1's day", () => {
    const result = plan(
      { goal: "rejuvenation", fitzpatrick: "II" },
      { today: TODAY, startOn: "2026-12-01", booked: [{ session: 2, on: TODAY }] },
    );
    expect(windowRows(result.sessions)).toEqual([
      [1, "upcoming", "2026-12-01", "2026-12-01", "2026-12-15"],
      [2, "booked", "2026-12-29", TODAY, "2027-01-12"],
      [3, "upcoming", "2026-12-29", "2026-12-29", "2027-01-12"],
      [4, "upcoming", "2027-01-26", "2027-01-26", "2027-02-09"],
    ]);
    expect(flagsOf(result.sessions[1])).toEqual([{ code: "out-of-order", params: { previous: "2026-12-01" } }]);
  });

  it("booked on the very day of the session it follows: too-soon with 0 days, not out-of-order", () => {
    const sameDay = withBookings([{ session: 2, on: TODAY }], { completed: [TODAY] });
    expect(flagsOf(sameDay.sessions[1])).toEqual([{ code: "too-soon", params: { days: 0, minimumDays: 28 } }]);
    const afterBooked = withBookings([
      { session: 2, on: "2026-12-01" },
      { session: 3, on: "2026-12-01" },
    ]);
    expect(flagsOf(afterBooked.sessions[2])).toEqual([{ code: "too-soon", params: { days: 0, minimumDays: 28 } }]);
    // One day earlier than the booked session before it: out-of-order.
    const earlier = withBookings([
      { session: 2, on: "2026-12-01" },
      { session: 3, on: "2026-11-30" },
    ]);
    expect(flagsOf(earlier.sessions[2])).toEqual([{ code: "out-of-order", params: { previous: "2026-12-01" } }]);
    expect(earlier.sessions[3]).toMatchObject({ earliest: "2026-12-29", latest: "2027-01-12" });
  });
});

describe("bookings: beyond the estimate", () => {
  it("a missed booking beyond the planned count keeps its session, flagged missed-booking then beyond-estimate", () => {
    const result = plan(rolling, {
      today: TODAY,
      completed: ["2026-09-01"],
      booked: [{ session: 5, on: "2026-10-01" }],
    });
    expect(windowRows(result.sessions).slice(1)).toEqual([
      [2, "overdue", TODAY, TODAY, "2026-12-08"],
      [3, "upcoming", "2026-12-22", "2026-12-22", "2027-01-05"],
      [4, "upcoming", "2027-01-19", "2027-01-19", "2027-02-02"],
      [5, "upcoming", "2027-02-16", "2027-02-16", "2027-03-02"],
    ]);
    expect(flagsOf(result.sessions[4])).toEqual([
      { code: "missed-booking", params: { on: "2026-10-01" } },
      { code: "beyond-estimate", params: { planned: 4 } },
    ]);
    expect(result.sessions.slice(0, 4).flatMap((s) => s.flags.map((f) => f.code))).not.toContain("beyond-estimate");
  });

  it("every session beyond the planned count is flagged, those planned up to a booked one too, after no-open-day", () => {
    // Tuesdays only; session 2's window (2026-09-29 .. 2026-10-13) has no open day.
    const availability = { openWeekdays: ["tue" as const], closedDates: ["2026-09-29", "2026-10-06", "2026-10-13"] };
    const windows = planSessions(
      { sessionCount: 1, startOn: "2026-09-01", completed: ["2026-09-01"], booked: [{ session: 4, on: "2026-12-01" }] },
      { today: "2026-09-10", availability },
    );
    expect(windowRows(windows)).toEqual([
      [1, "done", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "upcoming", "2026-09-29", "2026-09-29", "2026-10-13"],
      [3, "upcoming", "2026-10-27", "2026-10-27", "2026-11-10"],
      [4, "booked", "2026-11-24", "2026-12-01", "2026-12-08"],
    ]);
    const beyond = { code: "beyond-estimate", params: { planned: 1 } };
    expect(windows.map((w) => w.flags)).toEqual([
      [],
      [{ code: "no-open-day", params: {} }, beyond],
      [beyond],
      [beyond],
    ]);
  });
});

describe("bookings and deferrals (issue 12)", () => {
  const pregnant: Patient = { ...rolling, factors: [{ code: "pregnant", until: "2027-03-01" }] };

  it("a session booked after a deferral, more than 12 weeks after the last one done, is re-graded though not late", () => {
    const result = plan(pregnant, {
      today: TODAY,
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2027-03-02", time: "09:30" }],
    });
    expect(windowRows(result.sessions)[1]).toEqual([2, "booked", "2027-03-01", "2027-03-02", "2027-03-15"]);
    expect(flagsOf(result.sessions[1])).toEqual([
      { code: "deferred", params: { until: "2027-03-01" } },
      { code: "reassess", params: { daysSinceLastSession: 126, thresholdWeeks: 12 } },
    ]);
    // The sessions after it count from the booked day and are not re-graded.
    expect(windowRows(result.sessions).slice(2)).toEqual([
      [3, "upcoming", "2027-03-30", "2027-03-30", "2027-04-13"],
      [4, "upcoming", "2027-04-27", "2027-04-27", "2027-05-11"],
    ]);
    expect(result.sessions.slice(2).map((s) => s.flags)).toEqual([[], []]);
  });

  it("a session booked inside the deferral is flagged deferred, with the day it ends", () => {
    const result = plan(pregnant, {
      today: TODAY,
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-12-01" }],
    });
    expect(result.sessions[1]).toMatchObject({ status: "booked", bookedOn: "2026-12-01", earliest: "2027-03-01" });
    expect(flagsOf(result.sessions[1])).toEqual([{ code: "deferred", params: { until: "2027-03-01" } }]);
  });

  // A session booked while the patient is deferred does not anchor the rest of the course: the
  // sessions after it start no earlier than the deferral's end.
  it("a session booked inside a deferral does not move the sessions after it before the deferral ends", () => {
    const result = plan(pregnant, {
      today: TODAY,
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-12-01" }],
    });
    for (const session of result.sessions.slice(2)) expect(session.earliest >= "2027-03-01").toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const courseArb = isoDateArb("2026-01-01", 500).chain((base) =>
  fc.record({
    sessionCount: fc.integer({ min: 1, max: 6 }),
    completed: completedArb(base, 4),
    booked: bookingsArb(base),
    today: isoDateArb(addDays(base, -30), 120),
    minWeeks: fc.integer({ min: 1, max: 6 }),
  }),
);

/**
 * The day the next session counts from: the day a session was done; the day it is booked for, or
 * the day of the session it follows when booked before it (out-of-order); else its planned day.
 */
function dayOf(window: SessionWindow): string {
  if (window.status === "done") return window.doneOn;
  if (window.status !== "booked") return window.due;
  const outOfOrder = window.flags.find(
    (f): f is Extract<SessionFlag, { code: "out-of-order" }> => f.code === "out-of-order",
  );
  return outOfOrder === undefined ? window.bookedOn : outOfOrder.params.previous;
}

describe("bookings: properties", () => {
  prop(
    [courseArb],
    { numRuns: 200 },
    { timeout: 60_000 },
  )(
    "booked, missed and ignored bookings; the course grows to the highest booked session; windows count from a booked day",
    ({ sessionCount, completed, booked, today, minWeeks }) => {
      const protocol = defineProtocol({ interval: { minWeeks, maxWeeks: minWeeks + 2 } });
      const course = frozen({ sessionCount, startOn: completed[0] ?? today, completed, booked });
      const windows = planSessions(course, frozen({ today, protocol }));
      const pending = booked.filter((b) => b.session > completed.length);
      expect(windows).toHaveLength(Math.max(sessionCount, completed.length, ...pending.map((b) => b.session)));
      windows.forEach((window, index) => {
        const booking = booked.find((b) => b.session === window.number);
        const missed = window.flags.filter((f) => f.code === "missed-booking");
        if (index < completed.length) {
          // Done: any booking of it is ignored.
          expect(window.status).toBe("done");
          expect(missed).toEqual([]);
        } else if (booking !== undefined && booking.on >= today) {
          expect(window).toMatchObject({ status: "booked", bookedOn: booking.on, due: booking.on });
          expect(window.status === "booked" ? window.time : undefined).toBe(booking.time);
          expect(missed).toEqual([]);
          // The session it follows: the last one done, for the next session; else the one before.
          const before = windows[index - 1];
          const anchor =
            index === completed.length
              ? [...completed].sort().at(-1)
              : before === undefined
                ? undefined
                : dayOf(before);
          const ordered = anchor === undefined || booking.on >= anchor;
          expect(window.flags.filter((f) => f.code === "out-of-order")).toEqual(
            ordered ? [] : [{ code: "out-of-order", params: { previous: anchor } }],
          );
          const days = anchor === undefined ? undefined : dayDiff(anchor, booking.on);
          expect(window.flags.filter((f) => f.code === "too-soon")).toEqual(
            days !== undefined && days >= 0 && days < minWeeks * 7
              ? [{ code: "too-soon", params: { days, minimumDays: minWeeks * 7 } }]
              : [],
          );
        } else {
          expect(["due", "upcoming", "overdue"]).toContain(window.status);
          expect(missed).toEqual(booking === undefined ? [] : [{ code: "missed-booking", params: { on: booking.on } }]);
        }
        // Re-grade the next session, booked or not, when it falls more than 12 weeks after the last
        // session done; a later session never (CLINICAL-REVIEW-2026 9.1).
        const lastDone = [...completed].sort().at(-1);
        const gap = lastDone === undefined ? undefined : dayDiff(lastDone, window.due);
        expect(window.flags.filter((f) => f.code === "reassess")).toEqual(
          index === completed.length && gap !== undefined && gap > 84
            ? [{ code: "reassess", params: { daysSinceLastSession: gap, thresholdWeeks: 12 } }]
            : [],
        );
        const previous = windows[index - 1];
        if (previous?.status === "booked" && index > completed.length) {
          // From the booked day, or from the day of the session it follows when booked before it.
          const from = dayOf(previous);
          expect(from >= previous.bookedOn).toBe(true);
          expect(window.earliest).toBe(addDays(from, minWeeks * 7));
          expect(window.latest).toBe(addDays(from, (minWeeks + 2) * 7));
        }
      });
    },
  );
});
