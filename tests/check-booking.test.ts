import { describe, expect, it } from "vitest";
import {
  type BookingCheck,
  type BookingReason,
  type CheckBookingOptions,
  checkBooking,
  type DeepReadonly,
  type Messages,
  type Patient,
  type PlannerIssue,
  planTreatment,
  replan,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { bookingCheckSchema } from "../src/schemas.js";
import { frozen } from "./fixtures.js";
import { caught, expectIssues, INPUT_DATE, LOCAL_TIME, MESSAGE_LAYER } from "./planning-helpers.js";

/** Rolling scar, Goodman grade 3, Fitzpatrick III: four sessions, four weeks apart. */
const rolling: Patient = { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", goodmanGrade: 3 }] };
const rejuvenation: Patient = { goal: "rejuvenation", fitzpatrick: "II" };

/** checkBooking, and the answer checked against the published schema (parse round-trips it). */
function check(plan: TreatmentPlan, options: CheckBookingOptions): BookingCheck {
  const answer = checkBooking(plan, options);
  expect(bookingCheckSchema.parse(answer)).toStrictEqual(answer);
  return answer;
}
const codes = (answer: BookingCheck) => answer.reasons.map((r) => r.code);

/**
 * The documented example: session 1 done on 2026-11-24, the clinic open on Tuesdays and Thursdays.
 * Session 2's window is 2026-12-22 .. 2027-01-05.
 */
const tueThu = planTreatment(rolling, {
  today: "2026-11-24",
  completed: ["2026-11-24"],
  availability: { openWeekdays: ["tue", "thu"] },
});
/** A fresh course made on 2026-11-24: session 1's window is 2026-11-24 .. 2026-12-08. */
const fresh = planTreatment(rolling, { today: "2026-11-24" });
/** A finished rejuvenation course (last session 2026-03-31): maintenance 2026-06-30 .. 2026-09-30. */
const finished = planTreatment(rejuvenation, {
  today: "2026-04-01",
  completed: ["2026-01-06", "2026-02-03", "2026-03-03", "2026-03-31"],
});
/** The same course with session 4 still ahead (due 2026-03-31): maintenance projected 2026-06-30 .. 2026-09-30. */
const unfinished = planTreatment(rejuvenation, {
  today: "2026-03-10",
  completed: ["2026-01-06", "2026-02-03", "2026-03-03"],
});

describe("checkBooking: the documented example", () => {
  it("too soon, allowed, and closed", () => {
    expect(check(tueThu, { on: "2026-12-08" }).reasons.map((r) => [r.code, r.effect])).toEqual([
      ["too-soon", "blocks"],
    ]);
    expect(check(tueThu, { on: "2026-12-22" }).status).toBe("allowed");
    expect(codes(check(tueThu, { on: "2026-12-23" }))).toEqual(["clinic-closed"]);
  });

  it("an allowed booking: no reasons, the next session, the day and time echoed, eligibility on that day", () => {
    expect(check(tueThu, { on: "2026-12-22", time: "10:30" })).toStrictEqual({
      status: "allowed",
      visit: "session",
      session: 2,
      on: "2026-12-22",
      time: "10:30",
      reasons: [],
      eligibility: {
        status: "eligible",
        // A rolling scar: consider subcision beside microneedling (information only).
        findings: [
          {
            kind: "scar",
            code: "rolling",
            index: 0,
            reason: "adjunct",
            effect: "info",
            params: { therapies: ["subcision"] },
            sources: ["JACOB-2001", "CONNOLLY-2017", "HESSION-GRABER-2015"],
          },
        ],
        today: "2026-12-22",
        protocolVersion: "1",
      },
    });
    const untimed = check(tueThu, { on: "2026-12-22" });
    expect("time" in untimed).toBe(false);
  });
});

describe("checkBooking: every reason", () => {
  it("in-past: a day before today blocks (PLANNER-DECISION)", () => {
    const answer = check(fresh, { on: "2026-11-23", messages: englishMessages });
    expect(answer.status).toBe("blocked");
    expect(answer.reasons).toStrictEqual([
      {
        code: "in-past",
        effect: "blocks",
        params: { today: "2026-11-24" },
        sources: ["PLANNER-DECISION"],
        message: "The day is before today (2026-11-24).",
      },
    ]);
    expect(check(fresh, { on: "2026-11-24" }).status).toBe("allowed");
  });

  it("clinic-closed: a closed weekday or closed date blocks (PLANNER-DECISION)", () => {
    const answer = check(tueThu, { on: "2026-12-23", messages: englishMessages });
    expect(answer.status).toBe("blocked");
    expect(answer.reasons).toStrictEqual([
      {
        code: "clinic-closed",
        effect: "blocks",
        params: {},
        sources: ["PLANNER-DECISION"],
        message: "The clinic is closed that day.",
      },
    ]);
    const holiday = replan(tueThu, { today: "2026-11-24", availability: { closedDates: ["2026-12-24"] } });
    expect(codes(check(holiday, { on: "2026-12-24" }))).toEqual(["clinic-closed"]);
    expect(check(holiday, { on: "2026-12-23" }).status).toBe("allowed");
  });

  it("not-eligible (contraindicated): a contraindication on the proposed day blocks (FDA-DEN160029)", () => {
    // A bleeding disorder reported from 2026-12-01: on 2026-11-24 the report is contradictory
    // (it starts after the assessment date: needs review), from 2026-12-01 it contraindicates.
    const plan = planTreatment(
      { ...rolling, factors: [{ code: "bleeding-disorder", since: "2026-12-01" }] },
      {
        today: "2026-11-24",
      },
    );
    expect(plan.eligibility.status).toBe("needs-review");
    const answer = check(plan, { on: "2026-12-02", messages: englishMessages });
    expect(answer.status).toBe("blocked");
    expect(answer.reasons).toStrictEqual([
      {
        code: "not-eligible",
        effect: "blocks",
        params: { status: "contraindicated" },
        sources: ["FDA-DEN160029"],
        message: "The patient cannot be treated: a contraindication applies.",
      },
    ]);
    expect(answer.eligibility.status).toBe("contraindicated");
    expect(answer.eligibility.today).toBe("2026-12-02");
  });

  it("not-eligible (deferred, with until): a washout that ends after the proposed day blocks (FDA-DEN160029)", () => {
    // Last isotretinoin dose 2026-08-24: a 6-month washout, until 2027-02-24.
    const plan = planTreatment(
      { ...rolling, factors: [{ code: "isotretinoin", status: "history", until: "2026-08-24" }] },
      {
        today: "2026-11-24",
      },
    );
    expect(plan.eligibility.reassessOn).toBe("2027-02-24");
    const answer = check(plan, { on: "2027-02-23", messages: englishMessages });
    expect(answer.status).toBe("blocked");
    expect(answer.reasons).toStrictEqual([
      {
        code: "not-eligible",
        effect: "blocks",
        params: { status: "deferred", until: "2027-02-24" },
        sources: ["FDA-DEN160029", "ISO-INSERT", "SPRING-2017", "WALDMAN-2017", "MAHADEVAPPA-2016", "MYSORE-2017"],
        message: "Treatment is deferred until 2027-02-24.",
      },
    ]);
    expect(answer.eligibility).toMatchObject({ status: "deferred", reassessOn: "2027-02-24", today: "2027-02-23" });
  });

  it("not-eligible (deferred, no end date): an active herpes simplex from the proposed day blocks (MINUTILLI-2024)", () => {
    const plan = planTreatment(
      { ...rolling, factors: [{ code: "herpes-simplex", since: "2026-12-01" }] },
      {
        today: "2026-11-24",
      },
    );
    const answer = check(plan, { on: "2026-12-02", messages: englishMessages });
    expect(answer.reasons).toStrictEqual([
      {
        code: "not-eligible",
        effect: "blocks",
        params: { status: "deferred" },
        sources: ["MINUTILLI-2024", "CMAC-HSV-2021", "ONWUDIWE-2013"],
        message: "Treatment is deferred.",
      },
    ]);
    expect("until" in (answer.reasons[0]?.params ?? {})).toBe(false);
  });

  it("needs-review: a patient a clinician must review warns (cites the finding's sources)", () => {
    const plan = planTreatment({ ...rolling, factors: [{ code: "diabetes" }] }, { today: "2026-11-24" });
    const answer = check(plan, { on: "2026-11-26", messages: englishMessages });
    expect(answer.status).toBe("allowed-with-warnings");
    expect(answer.reasons).toStrictEqual([
      {
        code: "needs-review",
        effect: "warns",
        params: {},
        sources: ["FDA-DEN160029"],
        message: "A clinician must review the patient before this session.",
      },
    ]);
  });

  it("too-soon: earlier than the minimum interval after the last session (ARTICLE-2021 A6)", () => {
    const answer = check(tueThu, { on: "2026-12-08", messages: englishMessages });
    expect(answer.status).toBe("blocked");
    expect(answer.reasons).toStrictEqual([
      {
        code: "too-soon",
        effect: "blocks",
        params: { earliest: "2026-12-22", days: 14, minimumDays: 28 },
        sources: ["ARTICLE-2021", "HARRIS-2015"],
        message: "Too soon: 14 days after the last session; book on 2026-12-22 or later.",
      },
    ]);
    // Exactly the minimum interval (28 days) is fine.
    expect(check(tueThu, { on: "2026-12-22" }).reasons).toEqual([]);
  });

  it("late: after the session's window closes warns (ARTICLE-2021 A6)", () => {
    const answer = check(tueThu, { on: "2027-01-07", messages: englishMessages });
    expect(answer.status).toBe("allowed-with-warnings");
    expect(answer.reasons).toStrictEqual([
      {
        code: "late",
        effect: "warns",
        params: { windowClosedOn: "2027-01-05", daysLate: 2 },
        sources: ["ARTICLE-2021", "HARRIS-2015"],
        message: "After the session's window, which closed on 2027-01-05 (2 days late).",
      },
    ]);
    // An overdue session is late against the window that closed, even booked for today.
    const overdue = planTreatment(rolling, { today: "2026-11-24", completed: ["2026-09-01"] });
    expect(check(overdue, { on: "2026-11-24" }).reasons.map((r) => [r.code, r.params])).toEqual([
      ["late", { windowClosedOn: "2026-10-13", daysLate: 42 }],
    ]);
  });

  it("reassess: late and more than reassessAfterWeeks after the last session warns (PLANNER-DECISION)", () => {
    const answer = check(tueThu, { on: "2027-02-18", messages: englishMessages });
    expect(answer.status).toBe("allowed-with-warnings");
    expect(answer.reasons).toStrictEqual([
      {
        code: "late",
        effect: "warns",
        params: { windowClosedOn: "2027-01-05", daysLate: 44 },
        sources: ["ARTICLE-2021", "HARRIS-2015"],
        message: "After the session's window, which closed on 2027-01-05 (44 days late).",
      },
      {
        code: "reassess",
        effect: "warns",
        params: { daysSinceLastSession: 86, thresholdWeeks: 12 },
        sources: ["PLANNER-DECISION"],
        message: "86 days since the last session: re-grade the scars before treating.",
      },
    ]);
    // 84 days (12 weeks exactly) is late but no reason to reassess.
    expect(codes(check(tueThu, { on: "2027-02-16" }))).toEqual(["late"]);
  });

  it("course-complete: a session when every session is done blocks (ARTICLE-2021)", () => {
    const answer = check(finished, { on: "2026-07-01", visit: "session", messages: englishMessages });
    expect(answer.status).toBe("blocked");
    expect(answer.visit).toBe("session");
    expect("session" in answer).toBe(false);
    expect(answer.reasons).toStrictEqual([
      {
        code: "course-complete",
        effect: "blocks",
        params: {},
        sources: ["ARTICLE-2021"],
        message: "Every session of the course is done: book maintenance instead.",
      },
    ]);
  });

  it("course-unfinished: maintenance while sessions are still ahead warns (ARTICLE-2021)", () => {
    const answer = check(unfinished, { on: "2026-07-01", visit: "maintenance", messages: englishMessages });
    expect(answer.status).toBe("allowed-with-warnings");
    expect(answer.visit).toBe("maintenance");
    expect("session" in answer).toBe(false);
    expect(answer.reasons).toStrictEqual([
      {
        code: "course-unfinished",
        effect: "warns",
        params: { sessionsLeft: 1 },
        sources: ["ARTICLE-2021"],
        message: "The course still has 1 session(s) ahead.",
      },
    ]);
  });

  it("no-maintenance: maintenance when none is planned blocks (ARTICLE-2021)", () => {
    // Active herpes simplex with no end date: deferred, so no maintenance is planned.
    const plan = planTreatment(
      { ...rejuvenation, factors: [{ code: "herpes-simplex" }] },
      {
        today: "2026-04-01",
        completed: ["2026-01-06", "2026-02-03", "2026-03-03", "2026-03-31"],
      },
    );
    expect(plan.maintenance).toBeUndefined();
    const answer = check(plan, { on: "2026-07-01", visit: "maintenance", messages: englishMessages });
    expect(answer.status).toBe("blocked");
    expect(answer.reasons).toStrictEqual([
      {
        code: "not-eligible",
        effect: "blocks",
        params: { status: "deferred" },
        sources: ["MINUTILLI-2024", "CMAC-HSV-2021", "ONWUDIWE-2013"],
        message: "Treatment is deferred.",
      },
      {
        code: "no-maintenance",
        effect: "blocks",
        params: {},
        sources: ["ARTICLE-2021"],
        message: "No maintenance is planned.",
      },
    ]);
    // With the course done and no maintenance, the visit defaults to a session: the course is complete.
    expect(check(plan, { on: "2026-07-01" }).reasons.map((r) => r.code)).toEqual(["not-eligible", "course-complete"]);
  });

  it("maintenance-too-early: before the maintenance window opens blocks (ARTICLE-2021)", () => {
    const answer = check(finished, { on: "2026-06-01", messages: englishMessages });
    expect(answer.status).toBe("blocked");
    expect(answer.visit).toBe("maintenance");
    expect(answer.reasons).toStrictEqual([
      {
        code: "maintenance-too-early",
        effect: "blocks",
        params: { earliest: "2026-06-30" },
        sources: ["ARTICLE-2021"],
        message: "Too early for maintenance: its window opens on 2026-06-30.",
      },
    ]);
    expect(check(finished, { on: "2026-06-30" }).status).toBe("allowed");
    expect(check(finished, { on: "2026-09-30" }).status).toBe("allowed");
  });

  it("maintenance-late: after the maintenance window closes warns (ARTICLE-2021)", () => {
    const answer = check(finished, { on: "2026-10-01", messages: englishMessages });
    expect(answer.status).toBe("allowed-with-warnings");
    expect(answer.reasons).toStrictEqual([
      {
        code: "maintenance-late",
        effect: "warns",
        params: { latest: "2026-09-30" },
        sources: ["ARTICLE-2021"],
        message: "After the maintenance window, which closed on 2026-09-30.",
      },
    ]);
  });
});

describe("checkBooking: statuses and order", () => {
  it("allowed, allowed-with-warnings and blocked", () => {
    expect(check(tueThu, { on: "2026-12-22" }).status).toBe("allowed");
    expect(check(tueThu, { on: "2027-01-07" }).status).toBe("allowed-with-warnings");
    expect(check(tueThu, { on: "2026-12-08" }).status).toBe("blocked");
  });

  it("any blocking reason blocks, warnings or not; blocking reasons come first", () => {
    // 2027-01-06 is a Wednesday after the window: closed (blocks) and late (warns).
    const answer = check(tueThu, { on: "2027-01-06" });
    expect(answer.status).toBe("blocked");
    expect(answer.reasons.map((r) => [r.code, r.effect])).toEqual([
      ["clinic-closed", "blocks"],
      ["late", "warns"],
    ]);
    // needs-review is found before too-soon, but too-soon blocks: it comes first.
    const review = replan(tueThu, { today: "2026-11-24", patient: { ...rolling, factors: [{ code: "diabetes" }] } });
    expect(check(review, { on: "2026-12-08" }).reasons.map((r) => [r.code, r.effect])).toEqual([
      ["too-soon", "blocks"],
      ["needs-review", "warns"],
    ]);
    // Maintenance: too early (blocks) before course-unfinished (warns).
    expect(check(unfinished, { on: "2026-04-01", visit: "maintenance" }).reasons.map((r) => r.code)).toEqual([
      "maintenance-too-early",
      "course-unfinished",
    ]);
  });

  it("several blocking reasons keep the order they were found in", () => {
    // A Wednesday before today, and too soon after session 1.
    const answer = check(replan(tueThu, { today: "2026-12-02" }), { on: "2026-12-01" });
    expect(answer.reasons.map((r) => [r.code, r.params])).toEqual([
      ["in-past", { today: "2026-12-02" }],
      ["too-soon", { earliest: "2026-12-22", days: 7, minimumDays: 28 }],
    ]);
  });

  it("the visit defaults to the next session while one is ahead, else maintenance when planned", () => {
    expect(check(tueThu, { on: "2026-12-22" })).toMatchObject({ visit: "session", session: 2 });
    expect(check(unfinished, { on: "2026-03-31" })).toMatchObject({ visit: "session", session: 4 });
    expect(check(finished, { on: "2026-07-01" }).visit).toBe("maintenance");
  });

  it("a booked next session is the one checked", () => {
    const booked = replan(tueThu, { today: "2026-11-24", booked: [{ session: 2, on: "2026-12-22" }] });
    expect(check(booked, { on: "2026-12-29" })).toMatchObject({ status: "allowed", session: 2 });
  });
});

describe("checkBooking: eligibility on the proposed day", () => {
  const washout = planTreatment(
    { ...rolling, factors: [{ code: "isotretinoin", status: "history", until: "2026-08-24" }] },
    { today: "2026-11-24" },
  );

  it("a washout that ends before the proposed day does not block", () => {
    for (const on of ["2027-02-24", "2027-03-01"]) {
      const answer = check(washout, { on });
      expect(answer.status).toBe("allowed");
      expect(answer.eligibility.status).toBe("eligible");
      expect(answer.eligibility.today).toBe(on);
    }
  });

  it("one that ends after the proposed day blocks, with until", () => {
    for (const on of ["2026-11-24", "2027-02-01", "2027-02-23"]) {
      const answer = check(washout, { on });
      expect(answer.reasons.map((r) => [r.code, r.params])).toEqual([
        ["not-eligible", { status: "deferred", until: "2027-02-24" }],
      ]);
    }
  });

  it("eligibility findings carry messages when a layer is given", () => {
    const answer = check(washout, { on: "2027-02-01", messages: englishMessages });
    expect(answer.eligibility.findings.map((f) => f.message)).toEqual([
      "Isotretinoin: last dose 2026-08-24; wait 6 months, until 2027-02-24.",
      "Rolling scar: consider combining with subcision (for tethered scars).",
    ]);
    expect(check(washout, { on: "2027-02-01" }).eligibility.findings.some((f) => "message" in f)).toBe(false);
  });
});

describe("checkBooking: time-bounded rules and long gaps (issue 12)", () => {
  /** Still taking isotretinoin, last dose planned on 2026-12-15: treatment may resume on 2027-06-15. */
  const taking = planTreatment(
    { ...rolling, factors: [{ code: "isotretinoin", until: "2026-12-15" }] },
    { today: "2026-11-24" },
  );

  it("while taking isotretinoin: not-eligible (contraindicated) until the day treatment may resume", () => {
    expect(taking.eligibility).toMatchObject({ status: "contraindicated", reassessOn: "2027-06-15" });
    const answer = check(taking, { on: "2026-12-01", messages: englishMessages });
    expect(answer.reasons).toStrictEqual([
      {
        code: "not-eligible",
        effect: "blocks",
        params: { status: "contraindicated", until: "2027-06-15" },
        sources: ["FDA-DEN160029", "ISO-INSERT", "SPRING-2017", "WALDMAN-2017", "MAHADEVAPPA-2016", "MYSORE-2017"],
        message: "The patient cannot be treated: a contraindication applies; reassess on 2027-06-15.",
      },
    ]);
    // After the last dose, the washout: deferred until the same day.
    expect(check(taking, { on: "2027-01-10" }).reasons.map((r) => [r.code, r.params])).toEqual([
      ["not-eligible", { status: "deferred", until: "2027-06-15" }],
    ]);
    // From that day, the planned session 1 may be booked.
    expect(taking.sessions[0]).toMatchObject({ number: 1, earliest: "2027-06-15", due: "2027-06-15" });
    const resumed = check(taking, { on: "2027-06-15" });
    expect([resumed.status, resumed.session, resumed.eligibility.status]).toEqual(["allowed", 1, "eligible"]);
  });

  /** Pregnant until 2027-03-01, session 1 done on 2026-10-27 (12 weeks later is 2027-01-19). */
  const pregnant = planTreatment(
    { ...rolling, factors: [{ code: "pregnant", until: "2027-03-01" }] },
    { today: "2026-11-24", completed: ["2026-10-27"] },
  );

  it("a booking after a deferral that leaves a long gap, past the moved window: late and reassess", () => {
    expect(pregnant.sessions[1]).toMatchObject({ earliest: "2027-03-01", latest: "2027-03-15" });
    // Blocked while pregnant; the long gap is reported too (re-grading does not depend on lateness).
    expect(check(pregnant, { on: "2027-02-01" }).reasons.map((r) => [r.code, r.params])).toEqual([
      ["not-eligible", { status: "deferred", until: "2027-03-01" }],
      ["reassess", { daysSinceLastSession: 97, thresholdWeeks: 12 }],
    ]);
    expect(check(pregnant, { on: "2027-03-16" }).reasons.map((r) => [r.code, r.params])).toEqual([
      ["late", { windowClosedOn: "2027-03-15", daysLate: 1 }],
      ["reassess", { daysSinceLastSession: 140, thresholdWeeks: 12 }],
    ]);
  });

  // planSessions flags `reassess` on a session booked more than reassessAfterWeeks after the last
  // session done whatever the cause of the gap (here a deferral); checkBooking agrees.
  it("a booking inside a window moved by a deferral, more than 12 weeks after the last session, warns reassess as the plan flags it", () => {
    const booked = replan(pregnant, { today: "2026-11-24", booked: [{ session: 2, on: "2027-03-04" }] });
    expect(booked.sessions[1]?.flags.map((f) => f.code)).toEqual(["deferred", "reassess"]);
    expect(check(pregnant, { on: "2027-03-04" }).reasons.map((r) => [r.code, r.params])).toEqual([
      ["reassess", { daysSinceLastSession: 128, thresholdWeeks: 12 }],
    ]);
  });

  // A macular-only patient gets a course of 0 sessions: a visit is not "course complete" but
  // beyond the estimate (a warning), see the beyond-estimate tests.
  it("a macular-only patient with nothing done is not told the course is complete", () => {
    const macular = planTreatment(
      { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "rolling", goodmanGrade: 1 }] },
      { today: "2026-11-24" },
    );
    expect([macular.sessions, macular.maintenance]).toEqual([[], undefined]);
    expect(codes(check(macular, { on: "2026-11-26" }))).not.toContain("course-complete");
  });
});

describe("checkBooking: the window's last day and a missed booking (ARTICLE-2021 A6)", () => {
  it("a session on the last day of its window is not late; the day after is", () => {
    // Session 2's window closes on Tuesday 2027-01-05 (an open day).
    expect(check(tueThu, { on: "2027-01-05" })).toMatchObject({ status: "allowed", session: 2, reasons: [] });
    const after = replan(tueThu, { today: "2026-11-24", availability: {} });
    expect(check(after, { on: "2027-01-06" }).reasons.map((r) => [r.code, r.params])).toEqual([
      ["late", { windowClosedOn: "2027-01-05", daysLate: 1 }],
    ]);
  });

  it("an overdue session with a missed booking is late against the window that closed, not the window moved to today", () => {
    // Session 2 was booked on 2026-10-20 and missed; its window closed on 2026-10-13 and moved to
    // 2026-11-24 .. 2026-12-08. The missed-booking flag comes before the late one.
    const missed = planTreatment(rolling, {
      today: "2026-11-24",
      completed: ["2026-09-01"],
      booked: [{ session: 2, on: "2026-10-20" }],
    });
    expect(missed.sessions[1]).toMatchObject({ status: "overdue", latest: "2026-12-08" });
    expect(missed.sessions[1]?.flags.map((f) => f.code)).toEqual(["missed-booking", "late"]);
    const answer = check(missed, { on: "2026-11-26" });
    expect(answer).toMatchObject({ status: "allowed-with-warnings", session: 2 });
    expect(answer.reasons).toStrictEqual([
      {
        code: "late",
        effect: "warns",
        params: { windowClosedOn: "2026-10-13", daysLate: 44 },
        sources: ["ARTICLE-2021", "HARRIS-2015"],
      },
      {
        code: "reassess",
        effect: "warns",
        params: { daysSinceLastSession: 86, thresholdWeeks: 12 },
        sources: ["PLANNER-DECISION"],
      },
    ]);
  });
});

describe("checkBooking: beyond-estimate, for a course of no session (GOODMAN-QUAL-2006, PLANNER-DECISION)", () => {
  /** Macular scars only (Goodman grade 1): the estimate plans no session, and the patient needs review. */
  const macular: Patient = { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "rolling", goodmanGrade: 1 }] };

  it("a session for a macular-only patient warns beyond-estimate (planned 0) and is session 1", () => {
    const plan = planTreatment(macular, { today: "2026-11-24" });
    expect(plan.estimate.typical).toBe(0);
    expect(check(plan, { on: "2026-11-26" })).toStrictEqual({
      status: "allowed-with-warnings",
      visit: "session",
      session: 1,
      on: "2026-11-26",
      reasons: [
        {
          code: "needs-review",
          effect: "warns",
          params: {},
          sources: ["GOODMAN-QUAL-2006", "CLINICAL-REVIEW-2026"],
        },
        { code: "beyond-estimate", effect: "warns", params: { planned: 0 }, sources: ["PLANNER-DECISION"] },
      ],
      eligibility: {
        status: "needs-review",
        findings: [
          {
            kind: "scar",
            code: "rolling",
            index: 0,
            reason: "macular",
            effect: "needs-review",
            params: { goodmanGrade: 1 },
            sources: ["GOODMAN-QUAL-2006"],
          },
          {
            kind: "patient",
            code: "scars",
            reason: "macular-only",
            effect: "needs-review",
            params: {},
            sources: ["GOODMAN-QUAL-2006", "CLINICAL-REVIEW-2026"],
          },
        ],
        today: "2026-11-26",
        protocolVersion: "1",
      },
    });
  });

  it("a macular-only patient who cannot be treated gets not-eligible alone: no beyond-estimate, no session", () => {
    const contraindicated = planTreatment(
      { ...macular, factors: [{ code: "bleeding-disorder" }] },
      { today: "2026-11-24" },
    );
    const answer = check(contraindicated, { on: "2026-11-26" });
    expect(answer).toMatchObject({ status: "blocked", visit: "session" });
    expect("session" in answer).toBe(false);
    expect(answer.reasons).toStrictEqual([
      { code: "not-eligible", effect: "blocks", params: { status: "contraindicated" }, sources: ["FDA-DEN160029"] },
    ]);

    const deferred = planTreatment({ ...macular, factors: [{ code: "herpes-simplex" }] }, { today: "2026-11-24" });
    const later = check(deferred, { on: "2026-11-26" });
    expect(later).toMatchObject({ status: "blocked", visit: "session" });
    expect("session" in later).toBe(false);
    expect(later.reasons).toStrictEqual([
      {
        code: "not-eligible",
        effect: "blocks",
        params: { status: "deferred" },
        sources: ["MINUTILLI-2024", "CMAC-HSV-2021", "ONWUDIWE-2013"],
      },
    ]);
  });

  it("a course with sessions left but none planned gets no beyond-estimate, even on a day the patient was treatable", () => {
    // A bleeding disorder reported from 2026-12-01: contraindicated on the plan's today 2026-12-05,
    // so no session is planned; on 2026-11-30 the report is contradictory (needs review), not blocking.
    const plan = planTreatment(
      { ...rolling, factors: [{ code: "bleeding-disorder", since: "2026-12-01" }] },
      { today: "2026-12-05" },
    );
    expect([plan.sessions, plan.estimate.typical]).toEqual([[], 4]);
    const answer = check(plan, { on: "2026-11-30" });
    expect(answer).toMatchObject({ status: "blocked", visit: "session" });
    expect("session" in answer).toBe(false);
    expect(answer.reasons).toStrictEqual([
      { code: "in-past", effect: "blocks", params: { today: "2026-12-05" }, sources: ["PLANNER-DECISION"] },
      { code: "needs-review", effect: "warns", params: {}, sources: ["FDA-DEN160029"] },
    ]);
  });
});

describe("checkBooking: a stored plan on its own today is checked as given", () => {
  // A stored plan whose maintenance was removed (a session course ahead, maintenance projected
  // when re-planned): on its own today the stored plan is read; another day re-plans first.
  const { maintenance: _maintenance, ...withoutMaintenance } = fresh;

  it("maintenance when the stored plan has none: no-maintenance alone (course-unfinished is for a planned maintenance)", () => {
    const answer = check(withoutMaintenance, { on: "2026-11-26", visit: "maintenance" });
    expect(answer).toMatchObject({ status: "blocked", visit: "maintenance" });
    expect(answer.reasons).toStrictEqual([
      { code: "no-maintenance", effect: "blocks", params: {}, sources: ["ARTICLE-2021"] },
    ]);
    // Re-planned for another day (the course starting on 2026-11-25), maintenance is projected again.
    expect(
      check(withoutMaintenance, { on: "2026-11-26", today: "2026-11-25", visit: "maintenance" }).reasons.map((r) => [
        r.code,
        r.params,
      ]),
    ).toEqual([
      ["maintenance-too-early", { earliest: "2028-01-17" }],
      ["course-unfinished", { sessionsLeft: 4 }],
    ]);
  });
});

describe("checkBooking: today", () => {
  it("defaults to the plan's today", () => {
    // A fresh course made on 2026-11-24: session 1's window closes on 2026-12-08.
    expect(check(fresh, { on: "2026-12-20" }).reasons.map((r) => [r.code, r.params])).toEqual([
      ["late", { windowClosedOn: "2026-12-08", daysLate: 12 }],
    ]);
    expect(check(fresh, { on: "2026-12-20" })).toStrictEqual(check(fresh, { on: "2026-12-20", today: "2026-11-24" }));
  });

  it("a today other than the plan's re-plans first", () => {
    // Re-planned for 2026-12-15, the course starts that day: 2026-12-20 is in session 1's window.
    expect(check(fresh, { on: "2026-12-20", today: "2026-12-15" })).toStrictEqual(
      check(replan(fresh, { today: "2026-12-15" }), { on: "2026-12-20" }),
    );
    expect(check(fresh, { on: "2026-12-20", today: "2026-12-15" }).status).toBe("allowed");
    expect(check(fresh, { on: "2026-12-01", today: "2026-12-10" }).reasons.map((r) => [r.code, r.params])).toEqual([
      ["in-past", { today: "2026-12-10" }],
    ]);
  });

  it("a stored plan checked on a later day sees the session that became overdue", () => {
    const stored = JSON.parse(
      JSON.stringify(planTreatment(rolling, { today: "2026-11-24", completed: ["2026-11-24"] })),
    ) as TreatmentPlan;
    expect(check(stored, { on: "2027-01-21", today: "2027-01-20" })).toMatchObject({
      status: "allowed-with-warnings",
      session: 2,
      reasons: [{ code: "late", params: { windowClosedOn: "2027-01-05", daysLate: 16 } }],
    });
  });

  it("does not mutate its (deep-frozen) inputs and is deterministic", () => {
    const plan = frozen(structuredClone(tueThu));
    const options = frozen({ on: "2027-01-06", today: "2026-12-01", time: "09:00", messages: englishMessages });
    const first = checkBooking(plan, options);
    expect(checkBooking(plan, options)).toStrictEqual(first);
    expect(plan).toStrictEqual(tueThu);
  });
});

describe("checkBooking: messages", () => {
  it("without a message layer, reasons carry no message", () => {
    const answer = check(tueThu, { on: "2027-01-06" });
    expect(answer.reasons.some((r) => "message" in r)).toBe(false);
  });

  it("a custom layer's bookingReason writes each message, from the reason without its message", () => {
    const received: DeepReadonly<BookingReason>[] = [];
    const messages: Messages = {
      ...englishMessages,
      finding: englishMessages.finding,
      reminder: englishMessages.reminder,
      bookingReason: (reason) => {
        received.push({ ...reason });
        return `${reason.effect}:${reason.code}`;
      },
    };
    const answer = check(tueThu, { on: "2027-01-06", messages });
    expect(answer.reasons.map((r) => r.message)).toEqual(["blocks:clinic-closed", "warns:late"]);
    expect(received.map((r) => r.code)).toEqual(["clinic-closed", "late"]);
    expect(received.every((reason) => !("message" in reason))).toBe(true);
  });

  it("englishMessages writes every reason's message", () => {
    const answer = check(tueThu, { on: "2027-02-17", messages: englishMessages });
    for (const reason of answer.reasons) {
      const { message, ...withoutMessage } = reason;
      expect(message).toBe(englishMessages.bookingReason(withoutMessage));
    }
    expect(answer.reasons.map((r) => r.message)).toEqual([
      "The clinic is closed that day.",
      "After the session's window, which closed on 2027-01-05 (43 days late).",
      "85 days since the last session: re-grade the scars before treating.",
    ]);
  });
});

describe("checkBooking rejects malformed input", () => {
  const KEYS = "unknown key; expected one of on, visit, time, today, messages";

  it.each<[unknown, PlannerIssue]>([
    [{}, { code: "required", path: ["options", "on"], message: "required" }],
    [{ on: "2026-13-01" }, { code: "invalid-date", path: ["options", "on"], message: INPUT_DATE, value: "2026-13-01" }],
    [{ on: 20261222 }, { code: "invalid-type", path: ["options", "on"], message: INPUT_DATE, value: 20261222 }],
    [
      { on: "2026-12-22", session: 2 },
      { code: "unknown-key", path: ["options", "session"], message: KEYS, value: 2 },
    ],
    [
      { on: "2026-12-22", time: "25:00" },
      { code: "invalid-format", path: ["options", "time"], message: LOCAL_TIME, value: "25:00" },
    ],
    [
      { on: "2026-12-22", time: "9:30" },
      { code: "invalid-format", path: ["options", "time"], message: LOCAL_TIME, value: "9:30" },
    ],
    [
      { on: "2026-12-22", time: "12:60" },
      { code: "invalid-format", path: ["options", "time"], message: LOCAL_TIME, value: "12:60" },
    ],
    [
      { on: "2026-12-22", visit: "consultation" },
      {
        code: "invalid-value",
        path: ["options", "visit"],
        message: 'expected one of "session", "maintenance"',
        value: "consultation",
      },
    ],
    [
      { on: "2026-12-22", today: "2026-02-29" },
      { code: "invalid-date", path: ["options", "today"], message: INPUT_DATE, value: "2026-02-29" },
    ],
    [
      { on: "2026-12-22", messages: {} },
      { code: "invalid-type", path: ["options", "messages"], message: MESSAGE_LAYER, value: {} },
    ],
  ])("options %o -> %o", (options, issue) => {
    expectIssues(
      caught(() => checkBooking(tueThu, options as CheckBookingOptions)),
      "INVALID_INPUT",
      [issue],
    );
  });

  it("the edges of the day are valid times", () => {
    expect(check(tueThu, { on: "2026-12-22", time: "00:00" }).time).toBe("00:00");
    expect(check(tueThu, { on: "2026-12-22", time: "23:59" }).time).toBe("23:59");
  });

  it("a malformed plan is INVALID_INPUT under plan, before the options", () => {
    expectIssues(
      caught(() => checkBooking(null as unknown as TreatmentPlan, { on: "x" })),
      "INVALID_INPUT",
      [
        { code: "invalid-type", path: ["plan"], message: "expected an object", value: null },
        { code: "invalid-date", path: ["options", "on"], message: INPUT_DATE, value: "x" },
      ],
    );
  });
});

describe("checkBooking: no session planned is not a complete course", () => {
  // When the patient cannot be treated on the plan's today (contraindicated, or deferred with no
  // end date), planTreatment keeps only the done sessions: no session is ahead, but the course is
  // complete only when completed.length >= (inputs.sessionCount ?? estimate.typical).
  const contraindicated = planTreatment(
    { ...rolling, factors: [{ code: "bleeding-disorder" }] },
    { today: "2026-11-24", completed: ["2026-11-10"] },
  );
  const deferred = planTreatment(
    { ...rolling, factors: [{ code: "herpes-simplex" }] },
    { today: "2026-11-24", completed: ["2026-11-10"] },
  );

  it("a contraindicated patient with sessions still ahead is not told the course is complete", () => {
    expect(contraindicated.sessions.map((s) => s.status)).toEqual(["done"]);
    const answer = check(contraindicated, { on: "2026-12-22", messages: englishMessages });
    expect(answer).toMatchObject({ status: "blocked", visit: "session" });
    expect("session" in answer).toBe(false);
    expect(codes(answer)).not.toContain("course-complete");
    expect(answer.reasons[0]).toStrictEqual({
      code: "not-eligible",
      effect: "blocks",
      params: { status: "contraindicated" },
      sources: ["FDA-DEN160029"],
      message: "The patient cannot be treated: a contraindication applies.",
    });
  });

  it("a patient deferred with no end date, sessions still ahead, is not told the course is complete", () => {
    expect(deferred.sessions.map((s) => s.status)).toEqual(["done"]);
    const answer = check(deferred, { on: "2026-12-22", messages: englishMessages });
    expect(answer).toMatchObject({ status: "blocked", visit: "session" });
    expect(codes(answer)).not.toContain("course-complete");
    expect(answer.reasons[0]).toStrictEqual({
      code: "not-eligible",
      effect: "blocks",
      params: { status: "deferred" },
      sources: ["MINUTILLI-2024", "CMAC-HSV-2021", "ONWUDIWE-2013"],
      message: "Treatment is deferred.",
    });
  });

  it("the course is complete once the planned count is done: the estimate's typical, or inputs.sessionCount", () => {
    const bleeding: Patient = { ...rolling, factors: [{ code: "bleeding-disorder" }] };
    const allDone = ["2026-08-04", "2026-09-01", "2026-09-29", "2026-10-27"];
    const done = planTreatment(bleeding, { today: "2026-11-24", completed: allDone });
    expect(codes(check(done, { on: "2026-12-22" }))).toEqual(["not-eligible", "course-complete"]);
    // Three of four done: not complete.
    const three = planTreatment(bleeding, { today: "2026-11-24", completed: allDone.slice(0, 3) });
    expect(codes(check(three, { on: "2026-12-22" }))).not.toContain("course-complete");
    // A course of two sessions, both done: complete.
    const two = planTreatment(bleeding, { today: "2026-11-24", completed: allDone.slice(0, 2), sessionCount: 2 });
    expect(codes(check(two, { on: "2026-12-22" }))).toEqual(["not-eligible", "course-complete"]);
  });

  // With no session ahead and the course not complete (no session is planned: the patient cannot
  // be treated), a session visit gets `not-eligible` alone: nothing about maintenance.
  it("a session visit with no session planned gives not-eligible alone (no no-maintenance)", () => {
    expect(codes(check(contraindicated, { on: "2026-12-22" }))).toEqual(["not-eligible"]);
    expect(codes(check(deferred, { on: "2026-12-22" }))).toEqual(["not-eligible"]);
  });
});
