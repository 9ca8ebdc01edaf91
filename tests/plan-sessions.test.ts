import { describe, expect, it } from "vitest";
import {
  type Availability,
  type Course,
  type DeepReadonly,
  type DeferredFlag,
  defineProtocol,
  type LateFlag,
  type PlannerIssue,
  type PlanSessionsOptions,
  planSessions,
  type SessionFlag,
  type SessionWindow,
  WEEKDAYS,
} from "../src/index.js";
import { frozen } from "./fixtures.js";
import { addDays, caught, dayDiff, expectIssues, INPUT_DATE, isoDateArb, weekdayOf } from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

/** A compact view of a window: number, status, earliest, due, latest. */
const rows = (windows: readonly SessionWindow[]) =>
  windows.map((w) => [w.number, w.status, w.earliest, w.due, w.latest] as const);
const codes = (window: SessionWindow | undefined) => window?.flags.map((f) => f.code);
/** When a window's session was done; undefined for a pending session. */
const doneOn = (window: SessionWindow | undefined) => (window?.status === "done" ? window.doneOn : undefined);

describe("planSessions: windows", () => {
  it("session 1 opens on startOn and lasts maxWeeks - minWeeks weeks; later windows follow the planned due", () => {
    const windows = planSessions({ sessionCount: 3, startOn: "2026-09-01" }, { today: "2026-08-20" });
    expect(rows(windows)).toEqual([
      [1, "upcoming", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "upcoming", "2026-09-29", "2026-09-29", "2026-10-13"],
      [3, "upcoming", "2026-10-27", "2026-10-27", "2026-11-10"],
    ]);
    expect(windows.every((w) => w.flags.length === 0 && doneOn(w) === undefined)).toBe(true);
  });

  it("later windows open minWeeks and close maxWeeks after the date the previous session was done", () => {
    const windows = planSessions(
      { sessionCount: 3, startOn: "2026-09-01", completed: ["2026-09-01", "2026-10-06"] },
      { today: "2026-10-10" },
    );
    expect(rows(windows)).toEqual([
      [1, "done", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "done", "2026-09-29", "2026-09-29", "2026-10-13"],
      [3, "upcoming", "2026-11-03", "2026-11-03", "2026-11-17"],
    ]);
    expect(windows.map(doneOn)).toEqual(["2026-09-01", "2026-10-06", undefined]);
    expect(windows.every((w) => w.flags.length === 0)).toBe(true);
  });

  it("a done session may have been done outside its window (done late): the next window follows doneOn", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-20"] },
      { today: "2026-09-25" },
    );
    expect(rows(windows)).toEqual([
      [1, "done", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "upcoming", "2026-10-18", "2026-10-18", "2026-11-01"],
    ]);
    expect(windows[0]?.flags).toEqual([]);
  });

  it("a custom interval (3-8 weeks) widens session 1 to 5 weeks", () => {
    const protocol = defineProtocol({ interval: { minWeeks: 3, maxWeeks: 8 } });
    const windows = planSessions({ sessionCount: 2, startOn: "2026-09-01" }, { today: "2026-09-01", protocol });
    expect(rows(windows)).toEqual([
      [1, "due", "2026-09-01", "2026-09-01", "2026-10-06"],
      [2, "upcoming", "2026-09-22", "2026-09-22", "2026-10-27"],
    ]);
  });

  it("minWeeks = maxWeeks gives a one-day session 1 window", () => {
    const protocol = defineProtocol({ interval: { minWeeks: 4, maxWeeks: 4 } });
    const windows = planSessions({ sessionCount: 2, startOn: "2026-09-01" }, { today: "2026-08-01", protocol });
    expect(rows(windows)).toEqual([
      [1, "upcoming", "2026-09-01", "2026-09-01", "2026-09-01"],
      [2, "upcoming", "2026-09-29", "2026-09-29", "2026-09-29"],
    ]);
  });
});

describe("planSessions: statuses and boundary days", () => {
  const course = (today: string, completed: readonly string[] = ["2026-09-01"]) =>
    planSessions({ sessionCount: 3, startOn: "2026-09-01", completed }, { today });

  it("session 1 is due on startOn and upcoming the day before", () => {
    expect(rows(planSessions({ sessionCount: 1, startOn: "2026-09-01" }, { today: "2026-09-01" }))).toEqual([
      [1, "due", "2026-09-01", "2026-09-01", "2026-09-15"],
    ]);
    expect(planSessions({ sessionCount: 1, startOn: "2026-09-01" }, { today: "2026-08-31" })[0]?.status).toBe(
      "upcoming",
    );
  });

  it("the window opens today: due, on today", () => {
    expect(rows(course("2026-09-29"))[1]).toEqual([2, "due", "2026-09-29", "2026-09-29", "2026-10-13"]);
  });

  it("the day before the window opens: upcoming", () => {
    expect(course("2026-09-28")[1]?.status).toBe("upcoming");
  });

  it("inside the window: due, and due is never before today; the next window follows that due", () => {
    expect(rows(course("2026-10-05"))).toEqual([
      [1, "done", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "due", "2026-09-29", "2026-10-05", "2026-10-13"],
      [3, "upcoming", "2026-11-02", "2026-11-02", "2026-11-16"],
    ]);
  });

  it("the window closes today: due (not overdue), due today", () => {
    const windows = course("2026-10-13");
    expect(rows(windows)[1]).toEqual([2, "due", "2026-09-29", "2026-10-13", "2026-10-13"]);
    expect(windows[1]?.flags).toEqual([]);
    expect(rows(windows)[2]).toEqual([3, "upcoming", "2026-11-10", "2026-11-10", "2026-11-24"]);
  });

  it("the window closed yesterday: overdue, late by 1 day, re-planned from today", () => {
    const windows = course("2026-10-14");
    expect(rows(windows)).toEqual([
      [1, "done", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "overdue", "2026-10-14", "2026-10-14", "2026-10-28"],
      [3, "upcoming", "2026-11-11", "2026-11-11", "2026-11-25"],
    ]);
    expect(windows[1]?.flags).toEqual([{ code: "late", params: { daysLate: 1, windowClosedOn: "2026-10-13" } }]);
  });

  it("an overdue session never restarts the course: the number of sessions is unchanged", () => {
    const windows = planSessions(
      { sessionCount: 5, startOn: "2026-01-06", completed: ["2026-01-06", "2026-02-03"] },
      { today: "2026-09-01" },
    );
    expect(windows).toHaveLength(5);
    expect(windows.map((w) => w.status)).toEqual(["done", "done", "overdue", "upcoming", "upcoming"]);
    expect(windows[2]?.earliest).toBe("2026-09-01");
    expect(windows[2]?.due).toBe("2026-09-01");
  });

  it("session 1 can be overdue; with nothing done there is no reassess flag", () => {
    const windows = planSessions({ sessionCount: 2, startOn: "2026-09-01" }, { today: "2027-06-01" });
    expect(rows(windows)).toEqual([
      [1, "overdue", "2027-06-01", "2027-06-01", "2027-06-15"],
      [2, "upcoming", "2027-06-29", "2027-06-29", "2027-07-13"],
    ]);
    expect(windows[0]?.flags).toEqual([{ code: "late", params: { daysLate: 259, windowClosedOn: "2026-09-15" } }]);
  });

  it("the documented example: 84 days since the last session is not yet a reason to reassess", () => {
    const windows = course("2026-11-24");
    expect(rows(windows)).toEqual([
      [1, "done", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "overdue", "2026-11-24", "2026-11-24", "2026-12-08"],
      [3, "upcoming", "2026-12-22", "2026-12-22", "2027-01-05"],
    ]);
    expect(windows[1]?.flags).toEqual([{ code: "late", params: { daysLate: 42, windowClosedOn: "2026-10-13" } }]);
  });

  it("85 days since the last session: late and reassess", () => {
    const windows = course("2026-11-25");
    expect(windows[1]?.status).toBe("overdue");
    expect(windows[1]?.flags).toEqual([
      { code: "late", params: { daysLate: 43, windowClosedOn: "2026-10-13" } },
      { code: "reassess", params: { daysSinceLastSession: 85, thresholdWeeks: 12 } },
    ]);
  });

  it("the reassess threshold follows the protocol", () => {
    const protocol = defineProtocol({ reassessAfterWeeks: 8 });
    const course = { sessionCount: 3, startOn: "2026-09-01", completed: ["2026-09-01"] };
    expect(codes(planSessions(course, { today: "2026-10-27", protocol })[1])).toEqual(["late"]); // 56 days
    expect(planSessions(course, { today: "2026-10-28", protocol })[1]?.flags).toEqual([
      { code: "late", params: { daysLate: 15, windowClosedOn: "2026-10-13" } },
      { code: "reassess", params: { daysSinceLastSession: 57, thresholdWeeks: 8 } },
    ]);
  });
});

describe("planSessions: reassess after a long gap, whatever its cause (CLINICAL-REVIEW-2026 9.1)", () => {
  const done = { sessionCount: 3, startOn: "2026-09-01", completed: ["2026-09-01"] } as const;
  const REASSESS = (days: number, thresholdWeeks = 12) => ({
    code: "reassess",
    params: { daysSinceLastSession: days, thresholdWeeks },
  });

  it("a deferral that ends more than 12 weeks after the last session done: deferred and reassess", () => {
    // 2026-11-25 is 85 days after 2026-09-01; the session is not late: its window moved with the deferral.
    const windows = planSessions(done, { today: "2026-09-10", notBefore: "2026-11-25" });
    expect(rows(windows)).toEqual([
      [1, "done", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "upcoming", "2026-11-25", "2026-11-25", "2026-12-09"],
      [3, "upcoming", "2026-12-23", "2026-12-23", "2027-01-06"],
    ]);
    expect(windows[1]?.flags).toEqual([{ code: "deferred", params: { until: "2026-11-25" } }, REASSESS(85)]);
    // Only the next session is re-graded: the one after follows it.
    expect(windows[2]?.flags).toEqual([]);
  });

  it("a deferral that ends exactly 12 weeks after the last session done: deferred only", () => {
    const windows = planSessions(done, { today: "2026-09-10", notBefore: "2026-11-24" });
    expect(windows[1]?.flags).toEqual([{ code: "deferred", params: { until: "2026-11-24" } }]);
  });

  it("counts to the day the session falls on: the first open day after the deferral", () => {
    // Deferred until Tuesday 2026-11-24 (84 days); open Thursdays only: due Thursday 2026-11-26 (86 days).
    const windows = planSessions(done, {
      today: "2026-09-10",
      notBefore: "2026-11-24",
      availability: { openWeekdays: ["thu"] },
    });
    expect(rows(windows)[1]).toEqual([2, "upcoming", "2026-11-24", "2026-11-26", "2026-12-08"]);
    expect(windows[1]?.flags).toEqual([{ code: "deferred", params: { until: "2026-11-24" } }, REASSESS(86)]);
  });

  it("an overdue session counts to its due day, not today (open Thursdays only)", () => {
    // Today is Tuesday 2026-11-24, 84 days after the last session; it is due on Thursday (86 days).
    const windows = planSessions(done, { today: "2026-11-24", availability: { openWeekdays: ["thu"] } });
    expect(rows(windows)[1]).toEqual([2, "overdue", "2026-11-24", "2026-11-26", "2026-12-08"]);
    expect(windows[1]?.flags).toEqual([
      { code: "late", params: { daysLate: 42, windowClosedOn: "2026-10-13" } },
      REASSESS(86),
    ]);
  });

  it("a session booked inside a deferred window more than 12 weeks after the last one: reassess, not late", () => {
    const windows = planSessions(
      { ...done, booked: [{ session: 2, on: "2026-11-30", time: "10:00" }] },
      { today: "2026-09-10", notBefore: "2026-11-25" },
    );
    expect(windows[1]).toStrictEqual({
      number: 2,
      earliest: "2026-11-25",
      due: "2026-11-30",
      latest: "2026-12-09",
      status: "booked",
      bookedOn: "2026-11-30",
      time: "10:00",
      flags: [{ code: "deferred", params: { until: "2026-11-25" } }, REASSESS(90)],
    });
  });

  it("a window as wide as the threshold (4-12 weeks): its last day is neither late nor re-graded, a day later is both", () => {
    // A window never closes after the threshold (reassessAfterWeeks >= maxWeeks): without a
    // deferral, only a late session can be re-graded.
    const protocol = defineProtocol({ interval: { minWeeks: 4, maxWeeks: 12 }, reassessAfterWeeks: 12 });
    const booked = (on: string) =>
      planSessions({ ...done, booked: [{ session: 2, on }] }, { today: "2026-09-10", protocol })[1]?.flags;
    expect(booked("2026-11-24")).toEqual([]);
    expect(booked("2026-11-25")).toEqual([
      { code: "late", params: { daysLate: 1, windowClosedOn: "2026-11-24" } },
      REASSESS(85),
    ]);
  });

  it("a later session booked long after is not re-graded: only the next one is", () => {
    const windows = planSessions(
      { ...done, booked: [{ session: 3, on: "2027-03-01" }] },
      { today: "2026-09-10", notBefore: "2026-11-25" },
    );
    expect(codes(windows[1])).toEqual(["deferred", "reassess"]);
    expect(windows[2]?.status).toBe("booked");
    expect(codes(windows[2])).toEqual(["late"]);
  });

  it("no open day left in a deferred window: counts to today, the day it stays due on, not the window's first day", () => {
    // Deferred until 2026-11-20 (80 days after 2026-09-01): the window is 2026-11-20 .. 2026-12-04.
    // Today is its last day (94 days) and the clinic is closed: due stays on today, and the gap is 94 days.
    const windows = planSessions(done, {
      today: "2026-12-04",
      notBefore: "2026-11-20",
      availability: { closedDates: ["2026-12-04"] },
    });
    expect(rows(windows)).toEqual([
      [1, "done", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "due", "2026-11-20", "2026-12-04", "2026-12-04"],
      [3, "upcoming", "2027-01-01", "2027-01-01", "2027-01-15"],
    ]);
    expect(windows[1]?.flags).toEqual([
      { code: "deferred", params: { until: "2026-11-20" } },
      REASSESS(94),
      { code: "no-open-day", params: {} },
    ]);
    expect(windows[2]?.flags).toEqual([]);
  });

  it("nothing done yet: no reassess, however long the deferral", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-09-01" },
      { today: "2026-09-01", notBefore: "2027-09-01" },
    );
    expect(windows[0]?.flags).toEqual([{ code: "deferred", params: { until: "2027-09-01" } }]);
  });
});

describe("planSessions: completed sessions are flagged, never rejected or reordered", () => {
  it("out-of-order", () => {
    const windows = planSessions(
      { sessionCount: 3, startOn: "2026-09-01", completed: ["2026-09-01", "2026-08-01"] },
      { today: "2026-08-15" },
    );
    expect(windows.map(doneOn)).toEqual(["2026-09-01", "2026-08-01", undefined]);
    expect(windows[1]?.flags).toEqual([{ code: "out-of-order", params: { previous: "2026-09-01" } }]);
    // The next window counts from the most recent session done, not the last one listed.
    expect(rows(windows)[2]).toEqual([3, "upcoming", "2026-09-29", "2026-09-29", "2026-10-13"]);
  });

  // Regression (found by the planning test suite): with an out-of-order list, reassess and the
  // next window counted from the last date listed instead of the most recent session.
  it("reassess counts from the most recent session done, not the last one listed", () => {
    const windows = planSessions(
      { sessionCount: 3, startOn: "2026-06-01", completed: ["2026-08-01", "2026-06-01"] },
      { today: "2026-09-05" },
    );
    expect(codes(windows[2])).not.toContain("reassess");
  });

  it("two sessions on the same day: too soon, not out of order", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-01", "2026-09-01"] },
      { today: "2026-09-10" },
    );
    expect(windows[1]?.flags).toEqual([{ code: "too-soon", params: { days: 0, minimumDays: 28 } }]);
  });

  it("too-soon below minWeeks * 7 days; exactly minWeeks is fine", () => {
    const soon = planSessions(
      { sessionCount: 3, startOn: "2026-09-01", completed: ["2026-09-01", "2026-09-20", "2026-10-18"] },
      { today: "2026-10-20" },
    );
    expect(soon[1]?.flags).toEqual([{ code: "too-soon", params: { days: 19, minimumDays: 28 } }]);
    expect(soon[2]?.flags).toEqual([]);
    const onTime = planSessions(
      { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-01", "2026-09-29"] },
      { today: "2026-10-20" },
    );
    expect(onTime[1]?.flags).toEqual([]);
  });

  it("in-future", () => {
    const windows = planSessions(
      { sessionCount: 3, startOn: "2026-09-01", completed: ["2026-09-01", "2026-10-06"] },
      { today: "2026-10-01" },
    );
    expect(windows[1]?.flags).toEqual([{ code: "in-future", params: {} }]);
    expect(windows[1]?.status).toBe("done");
    expect(rows(windows)[2]).toEqual([3, "upcoming", "2026-11-03", "2026-11-03", "2026-11-17"]);
  });

  it("a completed date on today is not in the future", () => {
    const windows = planSessions(
      { sessionCount: 1, startOn: "2026-09-01", completed: ["2026-09-01"] },
      { today: "2026-09-01" },
    );
    expect(windows[0]?.flags).toEqual([]);
  });

  it("beyond-estimate: every completed session is kept", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-01", "2026-09-29", "2026-10-27"] },
      { today: "2026-11-01" },
    );
    expect(windows.map((w) => [w.number, w.status, codes(w)])).toEqual([
      [1, "done", []],
      [2, "done", []],
      [3, "done", ["beyond-estimate"]],
    ]);
    expect(windows[2]?.flags[0]?.params).toEqual({ planned: 2 });
  });

  it("several flags at once", () => {
    const windows = planSessions(
      { sessionCount: 1, startOn: "2026-09-01", completed: ["2026-09-01", "2026-09-10"] },
      { today: "2026-09-05" },
    );
    expect(codes(windows[1])).toEqual(["too-soon", "in-future", "beyond-estimate"]);
  });
});

describe("planSessions: notBefore (deferral)", () => {
  it("moves the next window to start on notBefore and flags it deferred", () => {
    const windows = planSessions(
      { sessionCount: 3, startOn: "2026-09-01" },
      { today: "2026-08-20", notBefore: "2026-10-01" },
    );
    expect(rows(windows)).toEqual([
      [1, "upcoming", "2026-10-01", "2026-10-01", "2026-10-15"],
      [2, "upcoming", "2026-10-29", "2026-10-29", "2026-11-12"],
      [3, "upcoming", "2026-11-26", "2026-11-26", "2026-12-10"],
    ]);
    expect(windows[0]?.flags).toEqual([{ code: "deferred", params: { until: "2026-10-01" } }]);
    expect(windows[1]?.flags).toEqual([]);
  });

  it("keeps the original close when it is later than notBefore + the window width", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-01"] },
      { today: "2026-09-10", notBefore: "2026-10-01" },
    );
    // original window 09-29 .. 10-13; notBefore + 2 weeks = 10-15 is later.
    expect(rows(windows)[1]).toEqual([2, "upcoming", "2026-10-01", "2026-10-01", "2026-10-15"]);
    const wide = planSessions(
      { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-01"] },
      {
        today: "2026-09-10",
        notBefore: "2026-09-30",
        protocol: defineProtocol({ interval: { minWeeks: 4, maxWeeks: 10 } }),
      },
    );
    // original window 09-29 .. 11-10; notBefore + 6 weeks = 11-11.
    expect(rows(wide)[1]).toEqual([2, "upcoming", "2026-09-30", "2026-09-30", "2026-11-11"]);
  });

  it("has no effect when the window opens on or after notBefore", () => {
    for (const notBefore of ["2026-09-29", "2026-09-01"]) {
      const windows = planSessions(
        { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-01"] },
        { today: "2026-09-10", notBefore },
      );
      expect(rows(windows)[1]).toEqual([2, "upcoming", "2026-09-29", "2026-09-29", "2026-10-13"]);
      expect(windows[1]?.flags).toEqual([]);
    }
  });

  it("a deferral that ended long ago can still leave the session overdue", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-01"] },
      { today: "2026-11-24", notBefore: "2026-10-01" },
    );
    expect(rows(windows)[1]).toEqual([2, "overdue", "2026-11-24", "2026-11-24", "2026-12-08"]);
    expect(windows[1]?.flags).toEqual([
      { code: "deferred", params: { until: "2026-10-01" } },
      { code: "late", params: { daysLate: 40, windowClosedOn: "2026-10-15" } },
    ]);
  });

  it("a deferral of session 1 on a course started today: due on notBefore, status upcoming", () => {
    const windows = planSessions(
      { sessionCount: 1, startOn: "2026-11-24" },
      { today: "2026-11-24", notBefore: "2026-11-25" },
    );
    expect(rows(windows)).toEqual([[1, "upcoming", "2026-11-25", "2026-11-25", "2026-12-09"]]);
  });
});

describe("planSessions: availability", () => {
  const tueThu: Availability = { openWeekdays: ["tue", "thu"] };

  it("due is the first open weekday in the window", () => {
    // 2026-09-05 is a Saturday.
    const windows = planSessions(
      { sessionCount: 3, startOn: "2026-09-05" },
      { today: "2026-09-01", availability: tueThu },
    );
    expect(rows(windows)).toEqual([
      [1, "upcoming", "2026-09-05", "2026-09-08", "2026-09-19"],
      [2, "upcoming", "2026-10-06", "2026-10-06", "2026-10-20"],
      [3, "upcoming", "2026-11-03", "2026-11-03", "2026-11-17"],
    ]);
  });

  it("closed dates (holidays) are skipped", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-12-24" },
      {
        today: "2026-12-01",
        availability: { openWeekdays: ["tue", "thu"], closedDates: ["2026-12-24", "2026-12-29", "2026-12-31"] },
      },
    );
    expect(rows(windows)).toEqual([
      [1, "upcoming", "2026-12-24", "2027-01-05", "2027-01-07"],
      [2, "upcoming", "2027-02-02", "2027-02-02", "2027-02-16"],
    ]);
  });

  it("closed dates alone (every weekday open)", () => {
    const windows = planSessions(
      { sessionCount: 1, startOn: "2026-12-24" },
      { today: "2026-12-01", availability: { closedDates: ["2026-12-24", "2026-12-25", "2026-12-26"] } },
    );
    expect(windows[0]?.due).toBe("2026-12-27");
  });

  it("due is never before today for the due session, even if an open day was earlier in the window", () => {
    // Window 2026-09-29 (Tue) .. 2026-10-13; today is Wednesday 09-30.
    const windows = planSessions(
      { sessionCount: 3, startOn: "2026-09-01", completed: ["2026-09-01"] },
      { today: "2026-09-30", availability: tueThu },
    );
    expect(rows(windows).slice(1)).toEqual([
      [2, "due", "2026-09-29", "2026-10-01", "2026-10-13"],
      [3, "upcoming", "2026-10-29", "2026-10-29", "2026-11-12"],
    ]);
    const closedToday = planSessions(
      { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-01"] },
      { today: "2026-10-01", availability: { openWeekdays: ["tue", "thu"], closedDates: ["2026-10-01"] } },
    );
    expect(closedToday[1]?.due).toBe("2026-10-06");
  });

  it("an overdue session re-planned from today goes to the first open day from today", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-09-01", completed: ["2026-09-01"] },
      { today: "2026-10-14", availability: tueThu },
    );
    expect(rows(windows)[1]).toEqual([2, "overdue", "2026-10-14", "2026-10-15", "2026-10-28"]);
  });

  it("a window with no open day is flagged no-open-day and keeps its bounds", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-09-01" },
      { today: "2026-08-01", availability: { openWeekdays: ["mon"], closedDates: ["2026-09-07", "2026-09-14"] } },
    );
    expect(rows(windows)).toEqual([
      [1, "upcoming", "2026-09-01", "2026-09-01", "2026-09-15"],
      [2, "upcoming", "2026-09-29", "2026-10-05", "2026-10-13"],
    ]);
    expect(windows[0]?.flags).toEqual([{ code: "no-open-day", params: {} }]);
    expect(windows[1]?.flags).toEqual([]);
  });

  it("one-day windows on closed weekdays: every window is flagged and keeps its bounds", () => {
    const windows = planSessions(
      { sessionCount: 3, startOn: "2026-09-01" },
      {
        today: "2026-08-01",
        availability: { openWeekdays: ["mon"] },
        protocol: defineProtocol({ interval: { minWeeks: 4, maxWeeks: 4 } }),
      },
    );
    expect(rows(windows)).toEqual([
      [1, "upcoming", "2026-09-01", "2026-09-01", "2026-09-01"],
      [2, "upcoming", "2026-09-29", "2026-09-29", "2026-09-29"],
      [3, "upcoming", "2026-10-27", "2026-10-27", "2026-10-27"],
    ]);
    expect(windows.map(codes)).toEqual([["no-open-day"], ["no-open-day"], ["no-open-day"]]);
  });

  it("a due window with no open day left keeps due on today", () => {
    const windows = planSessions(
      { sessionCount: 1, startOn: "2026-09-01" },
      { today: "2026-09-10", availability: { openWeekdays: ["mon"], closedDates: ["2026-09-14"] } },
    );
    expect(rows(windows)).toEqual([[1, "due", "2026-09-01", "2026-09-10", "2026-09-15"]]);
    expect(codes(windows[0])).toEqual(["no-open-day"]);
  });

  it("a window closing today with today closed keeps due on today", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-09-01" },
      { today: "2026-09-15", availability: { openWeekdays: ["mon"] } },
    );
    expect(rows(windows)).toEqual([
      [1, "due", "2026-09-01", "2026-09-15", "2026-09-15"],
      [2, "upcoming", "2026-10-13", "2026-10-19", "2026-10-27"],
    ]);
    expect(codes(windows[0])).toEqual(["no-open-day"]);
  });

  it("done sessions keep the first open day of their window as due", () => {
    const windows = planSessions(
      { sessionCount: 1, startOn: "2026-09-05", completed: ["2026-09-05"] },
      { today: "2026-09-10", availability: tueThu },
    );
    expect(rows(windows)).toEqual([[1, "done", "2026-09-05", "2026-09-08", "2026-09-19"]]);
  });

  it("every open weekday, listed explicitly, equals no availability", () => {
    const course = { sessionCount: 4, startOn: "2026-09-03", completed: ["2026-09-03"] };
    const today = "2026-10-20";
    const plain = planSessions(course, { today });
    expect(planSessions(course, { today, availability: { openWeekdays: [...WEEKDAYS] } })).toEqual(plain);
    expect(planSessions(course, { today, availability: {} })).toEqual(plain);
  });
});

describe("planSessions: month ends, leap years and DST (identical in every time zone)", () => {
  it("month ends and year ends", () => {
    expect(rows(planSessions({ sessionCount: 3, startOn: "2026-01-31" }, { today: "2026-01-01" }))).toEqual([
      [1, "upcoming", "2026-01-31", "2026-01-31", "2026-02-14"],
      [2, "upcoming", "2026-02-28", "2026-02-28", "2026-03-14"],
      [3, "upcoming", "2026-03-28", "2026-03-28", "2026-04-11"],
    ]);
    expect(rows(planSessions({ sessionCount: 2, startOn: "2026-12-15" }, { today: "2026-12-01" }))).toEqual([
      [1, "upcoming", "2026-12-15", "2026-12-15", "2026-12-29"],
      [2, "upcoming", "2027-01-12", "2027-01-12", "2027-01-26"],
    ]);
  });

  it("windows across 2028-02-29", () => {
    expect(rows(planSessions({ sessionCount: 3, startOn: "2028-02-01" }, { today: "2028-01-01" }))).toEqual([
      [1, "upcoming", "2028-02-01", "2028-02-01", "2028-02-15"],
      [2, "upcoming", "2028-02-29", "2028-02-29", "2028-03-14"],
      [3, "upcoming", "2028-03-28", "2028-03-28", "2028-04-11"],
    ]);
    const fromLeapDay = planSessions(
      { sessionCount: 2, startOn: "2028-02-15", completed: ["2028-02-29"] },
      { today: "2028-02-29" },
    );
    expect(rows(fromLeapDay)[1]).toEqual([2, "upcoming", "2028-03-28", "2028-03-28", "2028-04-11"]);
    // 2027 has no 29 February: 2027-02-01 + 4 weeks is 1 March.
    expect(rows(planSessions({ sessionCount: 2, startOn: "2027-02-01" }, { today: "2027-01-01" }))[1]).toEqual([
      2,
      "upcoming",
      "2027-03-01",
      "2027-03-01",
      "2027-03-15",
    ]);
  });

  it("late by one day across the leap day", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2028-01-04", completed: ["2028-01-04"] },
      { today: "2028-02-16" },
    );
    expect(rows(windows)[1]).toEqual([2, "overdue", "2028-02-16", "2028-02-16", "2028-03-01"]);
    expect(windows[1]?.flags[0]?.params).toEqual({ daysLate: 1, windowClosedOn: "2028-02-15" });
  });

  it("spring DST changes (2026-03-08, 2026-03-29, 2026-04-05)", () => {
    expect(rows(planSessions({ sessionCount: 3, startOn: "2026-02-08" }, { today: "2026-02-01" }))).toEqual([
      [1, "upcoming", "2026-02-08", "2026-02-08", "2026-02-22"],
      [2, "upcoming", "2026-03-08", "2026-03-08", "2026-03-22"],
      [3, "upcoming", "2026-04-05", "2026-04-05", "2026-04-19"],
    ]);
    expect(rows(planSessions({ sessionCount: 2, startOn: "2026-03-29" }, { today: "2026-03-29" }))).toEqual([
      [1, "due", "2026-03-29", "2026-03-29", "2026-04-12"],
      [2, "upcoming", "2026-04-26", "2026-04-26", "2026-05-10"],
    ]);
  });

  it("autumn DST changes (2026-10-04, 2026-10-25, 2026-11-01)", () => {
    expect(rows(planSessions({ sessionCount: 4, startOn: "2026-09-06" }, { today: "2026-09-06" }))).toEqual([
      [1, "due", "2026-09-06", "2026-09-06", "2026-09-20"],
      [2, "upcoming", "2026-10-04", "2026-10-04", "2026-10-18"],
      [3, "upcoming", "2026-11-01", "2026-11-01", "2026-11-15"],
      [4, "upcoming", "2026-11-29", "2026-11-29", "2026-12-13"],
    ]);
    expect(rows(planSessions({ sessionCount: 2, startOn: "2026-10-25" }, { today: "2026-10-25" }))).toEqual([
      [1, "due", "2026-10-25", "2026-10-25", "2026-11-08"],
      [2, "upcoming", "2026-11-22", "2026-11-22", "2026-12-06"],
    ]);
  });

  it.each([
    ["2026-03-08", "2026-04-05"],
    ["2026-03-29", "2026-04-26"],
    ["2026-10-04", "2026-11-01"],
    ["2026-10-25", "2026-11-22"],
    ["2026-02-08", "2026-03-08"],
    ["2026-09-27", "2026-10-25"],
  ])("sessions done %s and %s (exactly 28 days across a DST change) are not too soon", (first, second) => {
    const windows = planSessions({ sessionCount: 3, startOn: first, completed: [first, second] }, { today: second });
    expect(windows.map((w) => w.flags)).toEqual([[], [], []]);
    expect(windows[2]?.earliest).toBe(addDays(second, 28));
  });

  it("27 days across a DST change is too soon by exactly one day", () => {
    const windows = planSessions(
      { sessionCount: 2, startOn: "2026-03-08", completed: ["2026-03-08", "2026-04-04"] },
      { today: "2026-04-04" },
    );
    expect(windows[1]?.flags).toEqual([{ code: "too-soon", params: { days: 27, minimumDays: 28 } }]);
  });

  it("late and reassess counts across DST changes (2026-01-25 .. 2026-04-20)", () => {
    const course = { sessionCount: 3, startOn: "2026-01-25", completed: ["2026-01-25"] };
    // Session 2 window: 2026-02-22 .. 2026-03-08.
    expect(planSessions(course, { today: "2026-03-08" })[1]?.status).toBe("due");
    expect(planSessions(course, { today: "2026-03-09" })[1]?.flags).toEqual([
      { code: "late", params: { daysLate: 1, windowClosedOn: "2026-03-08" } },
    ]);
    expect(planSessions(course, { today: "2026-04-19" })[1]?.flags).toEqual([
      { code: "late", params: { daysLate: 42, windowClosedOn: "2026-03-08" } },
    ]);
    expect(planSessions(course, { today: "2026-04-20" })[1]?.flags).toEqual([
      { code: "late", params: { daysLate: 43, windowClosedOn: "2026-03-08" } },
      { code: "reassess", params: { daysSinceLastSession: 85, thresholdWeeks: 12 } },
    ]);
  });

  it("open Sundays across DST changes", () => {
    const windows = planSessions(
      { sessionCount: 3, startOn: "2026-09-30" },
      { today: "2026-09-01", availability: { openWeekdays: ["sun"], closedDates: ["2026-10-04"] } },
    );
    expect(rows(windows)).toEqual([
      [1, "upcoming", "2026-09-30", "2026-10-11", "2026-10-14"],
      [2, "upcoming", "2026-11-08", "2026-11-08", "2026-11-22"],
      [3, "upcoming", "2026-12-06", "2026-12-06", "2026-12-20"],
    ]);
  });
});

describe("planSessions rejects malformed input", () => {
  const course: Course = { sessionCount: 3, startOn: "2026-09-01" };
  const options: PlanSessionsOptions = { today: "2026-09-01" };
  const WEEKDAY = 'expected one of "mon", "tue", "wed", "thu", "fri", "sat", "sun"';

  it.each<[Record<string, unknown>, PlannerIssue]>([
    [
      { sessionCount: 0 },
      { code: "out-of-range", path: ["course", "sessionCount"], message: "expected an integer from 1 to 20", value: 0 },
    ],
    [
      { sessionCount: 21 },
      {
        code: "out-of-range",
        path: ["course", "sessionCount"],
        message: "expected an integer from 1 to 20",
        value: 21,
      },
    ],
    [
      { sessionCount: 2.5 },
      { code: "invalid-type", path: ["course", "sessionCount"], message: "expected an integer", value: 2.5 },
    ],
    [
      { sessionCount: "3" },
      { code: "invalid-type", path: ["course", "sessionCount"], message: "expected an integer", value: "3" },
    ],
    [{ sessionCount: undefined }, { code: "required", path: ["course", "sessionCount"], message: "required" }],
    [
      { startOn: "2026-02-29" },
      { code: "invalid-date", path: ["course", "startOn"], message: INPUT_DATE, value: "2026-02-29" },
    ],
    [
      { startOn: "2026-9-1" },
      { code: "invalid-date", path: ["course", "startOn"], message: INPUT_DATE, value: "2026-9-1" },
    ],
    [
      { completed: "2026-09-01" },
      { code: "invalid-type", path: ["course", "completed"], message: "expected an array", value: "2026-09-01" },
    ],
    [
      { completed: ["2026-09-01", "2026-13-01"] },
      { code: "invalid-date", path: ["course", "completed", 1], message: INPUT_DATE, value: "2026-13-01" },
    ],
    [
      { completed: ["2026-09-01", null] },
      { code: "invalid-type", path: ["course", "completed", 1], message: INPUT_DATE, value: null },
    ],
    [
      { today: "2026-09-01" },
      {
        code: "unknown-key",
        path: ["course", "today"],
        message: "unknown key; expected one of sessionCount, startOn, completed, booked",
        value: "2026-09-01",
      },
    ],
  ])("course %o -> %o", (change, issue) => {
    const error = caught(() => planSessions({ ...course, ...change } as unknown as Course, options));
    expectIssues(error, "INVALID_INPUT", [issue]);
  });

  it.each<[Record<string, unknown>, PlannerIssue]>([
    [
      { today: "3000-01-01" },
      { code: "invalid-date", path: ["options", "today"], message: INPUT_DATE, value: "3000-01-01" },
    ],
    [{ today: undefined }, { code: "required", path: ["options", "today"], message: "required" }],
    [
      { notBefore: "tomorrow" },
      { code: "invalid-date", path: ["options", "notBefore"], message: INPUT_DATE, value: "tomorrow" },
    ],
    [
      { availability: "weekdays" },
      { code: "invalid-type", path: ["options", "availability"], message: "expected an object", value: "weekdays" },
    ],
    [
      { availability: { openWeekdays: ["tues"] } },
      { code: "invalid-value", path: ["options", "availability", "openWeekdays", 0], message: WEEKDAY, value: "tues" },
    ],
    [
      { availability: { openWeekdays: ["mon", "Fri"] } },
      { code: "invalid-value", path: ["options", "availability", "openWeekdays", 1], message: WEEKDAY, value: "Fri" },
    ],
    [
      { availability: { openWeekdays: [] } },
      {
        code: "too-short",
        path: ["options", "availability", "openWeekdays"],
        message: "expected 1 to 7 items",
        value: [],
      },
    ],
    [
      { availability: { openWeekdays: "mon" } },
      {
        code: "invalid-type",
        path: ["options", "availability", "openWeekdays"],
        message: "expected an array",
        value: "mon",
      },
    ],
    [
      { availability: { closedDates: ["2026-12-25", "2026-12-32"] } },
      {
        code: "invalid-date",
        path: ["options", "availability", "closedDates", 1],
        message: INPUT_DATE,
        value: "2026-12-32",
      },
    ],
    [
      { completed: [] },
      {
        code: "unknown-key",
        path: ["options", "completed"],
        message: "unknown key; expected one of today, notBefore, availability, protocol",
        value: [],
      },
    ],
  ])("options %o -> %o", (change, issue) => {
    const error = caught(() => planSessions(course, { ...options, ...change } as unknown as PlanSessionsOptions));
    expectIssues(error, "INVALID_INPUT", [issue]);
  });

  it.each<[unknown, PlannerIssue]>([
    [null, { code: "invalid-type", path: ["course"], message: "expected an object", value: null }],
    [undefined, { code: "required", path: ["course"], message: "required" }],
    [[], { code: "invalid-type", path: ["course"], message: "expected an object", value: [] }],
    ["course", { code: "invalid-type", path: ["course"], message: "expected an object", value: "course" }],
  ])("course %o -> %o", (input, issue) => {
    expectIssues(
      caught(() => planSessions(input as Course, options)),
      "INVALID_INPUT",
      [issue],
    );
  });

  it.each<[unknown, PlannerIssue]>([
    [null, { code: "invalid-type", path: ["options"], message: "expected an object", value: null }],
    [undefined, { code: "required", path: ["options"], message: "required" }],
    ["2026-09-01", { code: "invalid-type", path: ["options"], message: "expected an object", value: "2026-09-01" }],
  ])("options %o -> %o", (input, issue) => {
    expectIssues(
      caught(() => planSessions(course, input as PlanSessionsOptions)),
      "INVALID_INPUT",
      [issue],
    );
  });

  it("the old one-argument call is rejected: today is an unknown key of the course, and options are required", () => {
    const error = caught(() =>
      (planSessions as (input: unknown) => unknown)({ sessionCount: 3, startOn: "2026-09-01", today: "2026-09-01" }),
    );
    expectIssues(error, "INVALID_INPUT", [
      {
        code: "unknown-key",
        path: ["course", "today"],
        message: "unknown key; expected one of sessionCount, startOn, completed, booked",
        value: "2026-09-01",
      },
      { code: "required", path: ["options"], message: "required" },
    ]);
  });

  it("too many completed dates or closed dates: one too-long issue, items not checked", () => {
    const completed = caught(() => planSessions({ ...course, completed: Array<string>(51).fill("x") }, options));
    expectIssues(completed, "INVALID_INPUT", [
      {
        code: "too-long",
        path: ["course", "completed"],
        message: "expected at most 50 items",
        value: ["x", "x", "x", "… 48 more"],
      },
    ]);
    const closedDates = caught(() =>
      planSessions(course, { ...options, availability: { closedDates: Array<string>(1001).fill("2026-09-01") } }),
    );
    expectIssues(closedDates, "INVALID_INPUT", [
      {
        code: "too-long",
        path: ["options", "availability", "closedDates"],
        message: "expected at most 1000 items",
        value: ["2026-09-01", "2026-09-01", "2026-09-01", "… 998 more"],
      },
    ]);
  });

  it("reports every problem at once, course first", () => {
    const error = caught(() =>
      planSessions({ sessionCount: 0, startOn: "x", completed: ["2026-09-01", "y"] }, {
        today: "2026-09-01",
        availability: { openWeekdays: ["tues"] },
      } as unknown as PlanSessionsOptions),
    );
    expectIssues(error, "INVALID_INPUT", [
      { code: "out-of-range", path: ["course", "sessionCount"], message: "expected an integer from 1 to 20", value: 0 },
      { code: "invalid-date", path: ["course", "startOn"], message: INPUT_DATE, value: "x" },
      { code: "invalid-date", path: ["course", "completed", 1], message: INPUT_DATE, value: "y" },
      { code: "invalid-value", path: ["options", "availability", "openWeekdays", 0], message: WEEKDAY, value: "tues" },
    ]);
  });

  it("a hand-made protocol in options is checked: INVALID_INPUT under options.protocol", () => {
    const error = caught(() =>
      planSessions(course, { ...options, protocol: { ...defineProtocol(), interval: { minWeeks: 6, maxWeeks: 4 } } }),
    );
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

// ---------------------------------------------------------------------------------------------
// Properties

interface Scenario {
  readonly course: Course;
  readonly options: PlanSessionsOptions;
  readonly minWeeks: number;
  readonly maxWeeks: number;
  readonly reassessAfterWeeks: number;
}

/** Open weekdays (often few) and closed dates (often a run of holidays) relative to a start date. */
const availabilityArb = (startOn: string): fc.Arbitrary<Availability> =>
  fc.record(
    {
      openWeekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
      closedDates: fc
        .tuple(
          fc.integer({ min: -20, max: 400 }),
          fc.integer({ min: 0, max: 45 }),
          fc.array(fc.integer({ min: -20, max: 600 }), { maxLength: 10 }),
        )
        .map(([from, length, singles]) => [
          ...Array.from({ length }, (_, i) => addDays(startOn, from + i)),
          ...singles.map((offset) => addDays(startOn, offset)),
        ]),
    },
    { requiredKeys: [] },
  );

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    sessionCount: fc.integer({ min: 1, max: 8 }),
    startOn: isoDateArb("2024-01-01", 700),
    firstGap: fc.integer({ min: -10, max: 60 }),
    gaps: fc.array(fc.integer({ min: -15, max: 120 }), { maxLength: 7 }),
    doneCount: fc.integer({ min: 0, max: 9 }),
    todayOffset: fc.oneof(fc.integer({ min: -40, max: 200 }), fc.integer({ min: 0, max: 60 })),
    notBeforeOffset: fc.option(fc.integer({ min: -60, max: 120 }), { nil: undefined }),
    withAvailability: fc.boolean(),
    minWeeks: fc.integer({ min: 1, max: 8 }),
    extraWeeks: fc.integer({ min: 0, max: 5 }),
    extraReassess: fc.integer({ min: 0, max: 10 }),
    useDefault: fc.boolean(),
  })
  .chain((raw) =>
    (raw.withAvailability ? availabilityArb(raw.startOn) : fc.constant(undefined)).map((availability) => ({
      ...raw,
      availability,
    })),
  )
  .map((raw) => {
    const minWeeks = raw.useDefault ? 4 : raw.minWeeks;
    const maxWeeks = raw.useDefault ? 6 : raw.minWeeks + raw.extraWeeks;
    const reassessAfterWeeks = raw.useDefault ? 12 : maxWeeks + raw.extraReassess;
    const completed: string[] = [];
    let day = addDays(raw.startOn, raw.firstGap);
    // Mostly fewer sessions done than planned; sometimes one more.
    for (const gap of [0, ...raw.gaps].slice(0, raw.doneCount % (raw.sessionCount + 2))) {
      day = addDays(day, gap);
      completed.push(day);
    }
    // Today and notBefore are placed near the last session done, where the decisions are.
    const base = completed.at(-1) ?? raw.startOn;
    const course: Course = { sessionCount: raw.sessionCount, startOn: raw.startOn, completed };
    const options: PlanSessionsOptions = {
      today: addDays(base, raw.todayOffset),
      ...(raw.notBeforeOffset === undefined ? {} : { notBefore: addDays(base, raw.notBeforeOffset) }),
      ...(raw.availability === undefined ? {} : { availability: raw.availability }),
      ...(raw.useDefault ? {} : { protocol: defineProtocol({ interval: { minWeeks, maxWeeks }, reassessAfterWeeks }) }),
    };
    return { course, options, minWeeks, maxWeeks, reassessAfterWeeks };
  });

const isOpenIn =
  (availability: DeepReadonly<Availability> | undefined) =>
  (day: string): boolean => {
    if (availability === undefined) return true;
    const weekday = WEEKDAYS[(weekdayOf(day) + 6) % 7];
    const open = availability.openWeekdays ?? WEEKDAYS;
    return weekday !== undefined && open.includes(weekday) && !(availability.closedDates ?? []).includes(day);
  };

const later = (a: string, b: string): string => (a >= b ? a : b);
const hasFlag = (window: SessionWindow, code: string): boolean => window.flags.some((f) => f.code === code);

describe("planSessions: properties", () => {
  prop(
    [scenarioArb],
    { numRuns: 200 },
    { timeout: 60_000 },
  )("windows are ordered and numbered", ({ course, options }) => {
    const windows = planSessions(course, options);
    const completed = course.completed ?? [];
    expect(windows).toHaveLength(Math.max(course.sessionCount, completed.length));
    windows.forEach((window, index) => {
      expect(window.number).toBe(index + 1);
      expect(window.earliest <= window.due).toBe(true);
      expect(window.due <= window.latest).toBe(true);
      const previous = windows[index - 1];
      if (previous !== undefined) {
        const anchor = doneOn(previous) ?? previous.due;
        expect(window.earliest > anchor).toBe(true);
      }
    });
  });

  prop(
    [scenarioArb],
    { numRuns: 200 },
    { timeout: 60_000 },
  )(
    "windows after session 1 open minWeeks and close maxWeeks after the previous anchor",
    ({ course, options, minWeeks, maxWeeks }) => {
      const windows = planSessions(course, options);
      windows.forEach((window, index) => {
        if (window.status === "overdue" || hasFlag(window, "deferred")) return;
        const previous = windows[index - 1];
        if (previous === undefined) {
          expect(window.earliest).toBe(course.startOn);
          expect(window.latest).toBe(addDays(course.startOn, (maxWeeks - minWeeks) * 7));
          return;
        }
        // Done sessions follow the one listed before them; the first pending session follows the
        // most recent session done; later ones follow the previous planned due date.
        const done = windows.flatMap((w) => (w.status === "done" ? [w.doneOn] : [])).sort();
        const firstPending = doneOn(window) === undefined && doneOn(previous) !== undefined;
        const anchor = firstPending ? (done.at(-1) ?? "") : (doneOn(previous) ?? previous.due);
        expect(window.earliest).toBe(addDays(anchor, minWeeks * 7));
        expect(window.latest).toBe(addDays(anchor, maxWeeks * 7));
      });
    },
  );

  prop(
    [scenarioArb],
    { numRuns: 200 },
    { timeout: 60_000 },
  )(
    "statuses, late, reassess and deferred follow the rules",
    ({ course, options, minWeeks, maxWeeks, reassessAfterWeeks }) => {
      const windows = planSessions(course, options);
      const completed = course.completed ?? [];
      const { today } = options;
      windows.forEach((window, index) => {
        if (index < completed.length) {
          expect(window.status).toBe("done");
          expect(doneOn(window)).toBe(completed[index]);
          expect(hasFlag(window, "in-future")).toBe((completed[index] ?? "") > today);
          expect(hasFlag(window, "beyond-estimate")).toBe(index >= course.sessionCount);
          return;
        }
        expect(doneOn(window)).toBeUndefined();
        expect(window.due >= today).toBe(true);
        if (index > completed.length) {
          expect(window.status).toBe("upcoming");
          expect(window.earliest > today).toBe(true);
          expect(window.flags.every((f) => f.code === "no-open-day")).toBe(true);
          return;
        }
        // The next session.
        const expected =
          window.earliest > today
            ? "upcoming"
            : window.earliest === today && hasFlag(window, "late")
              ? "overdue"
              : "due";
        expect(window.status).toBe(expected);
        const late = window.flags.find((f): f is LateFlag => f.code === "late");
        if (window.status === "overdue") {
          expect(window.earliest).toBe(today);
          expect(window.latest).toBe(addDays(today, (maxWeeks - minWeeks) * 7));
          const closed = String(late?.params.windowClosedOn);
          expect(closed < today).toBe(true);
          expect(late?.params.daysLate).toBe(dayDiff(closed, today));
        } else {
          expect(late).toBeUndefined();
        }
        // Re-grade whenever the session falls more than reassessAfterWeeks after the last one done,
        // whatever the cause (CLINICAL-REVIEW-2026 9.1): only a missed window or a deferral can
        // take it that far, the window itself closing no later than the threshold.
        const lastDone = [...completed].sort().at(-1);
        const gap = lastDone === undefined ? undefined : dayDiff(lastDone, window.due);
        expect(window.flags.filter((f) => f.code === "reassess")).toEqual(
          gap !== undefined && gap > reassessAfterWeeks * 7
            ? [{ code: "reassess", params: { daysSinceLastSession: gap, thresholdWeeks: reassessAfterWeeks } }]
            : [],
        );
        if (hasFlag(window, "reassess")) {
          expect(window.status === "overdue" || hasFlag(window, "deferred")).toBe(true);
        }
        // Flags in their documented order.
        const order: readonly SessionFlag["code"][] = ["deferred", "late", "reassess", "no-open-day"];
        const codes = window.flags.map((f) => f.code);
        expect(codes).toEqual(order.filter((code) => codes.includes(code)));
        const deferred = window.flags.find((f): f is DeferredFlag => f.code === "deferred");
        if (deferred !== undefined) {
          expect(deferred.params.until).toBe(options.notBefore);
          if (window.status !== "overdue") expect(window.earliest).toBe(options.notBefore);
        } else if (options.notBefore !== undefined && window.status !== "overdue") {
          expect(window.earliest >= options.notBefore).toBe(true);
        }
      });
    },
  );

  prop(
    [scenarioArb],
    { numRuns: 200 },
    { timeout: 60_000 },
  )(
    "due is the first open day from max(earliest, today), or the window is flagged no-open-day",
    ({ course, options }) => {
      const isOpen = isOpenIn(options.availability);
      for (const window of planSessions(course, options)) {
        if (window.status === "done") continue;
        const from = later(window.earliest, options.today);
        const span = dayDiff(from, window.latest);
        const open: string[] = [];
        for (let offset = 0; offset <= span; offset++) {
          const day = addDays(from, offset);
          if (isOpen(day)) open.push(day);
        }
        if (open.length === 0) {
          expect(hasFlag(window, "no-open-day")).toBe(true);
          expect(window.due).toBe(from);
        } else {
          expect(hasFlag(window, "no-open-day")).toBe(false);
          expect(window.due).toBe(open[0]);
        }
      }
    },
  );

  prop(
    [scenarioArb],
    { numRuns: 200 },
    { timeout: 60_000 },
  )("inputs are never mutated and the output is deterministic", ({ course, options }) => {
    const snapshot = structuredClone({ course, options: { ...options, protocol: undefined } });
    const frozenCourse = frozen(course);
    const frozenOptions = frozen(options);
    const first = planSessions(frozenCourse, frozenOptions);
    const second = planSessions(frozenCourse, frozenOptions);
    expect(second).toEqual(first);
    expect({ course: frozenCourse, options: { ...frozenOptions, protocol: undefined } }).toEqual(snapshot);
    // Mutating the result does not affect a later run.
    first[0]?.flags.push({ code: "no-open-day", params: {} });
    expect(planSessions(frozenCourse, frozenOptions)).toEqual(second);
  });
});
