import { describe, expect, it } from "vitest";
import {
  type Availability,
  defaultProtocol,
  defineProtocol,
  type Patient,
  type PlannerIssue,
  type PlanTreatmentOptions,
  planReminders,
  planTreatment,
  type ReplanOptions,
  replan,
  type TreatmentPlan,
  WEEKDAYS,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { treatmentPlanSchema } from "../src/schemas.js";
import { frozen } from "./fixtures.js";
import {
  addDays,
  bookingsArb,
  caught,
  completedArb,
  expectIssues,
  INPUT_DATE,
  isoDateArb,
  patientArb,
  protocolArb,
  reachesPlannedZero,
  reminderRows,
  sessionDayRows,
  sharedObjects,
  windowRows,
} from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

/** Rolling scar, Goodman grade 3, Fitzpatrick III: four sessions, four weeks apart. */
const rolling: Patient = { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", goodmanGrade: 3 }] };

/** A plan as stored: made by planTreatment, written as JSON and read back. */
const stored = (patient: Patient, options: PlanTreatmentOptions): TreatmentPlan =>
  JSON.parse(JSON.stringify(planTreatment(patient, options))) as TreatmentPlan;

describe("replan: a stored plan on a later day", () => {
  it("the stale-reminder case", () => {
    // Made on 2026-11-24, the day session 1 was done; stored as JSON.
    const plan = stored(rolling, { today: "2026-11-24", completed: ["2026-11-24"] });
    // Its own reminders are those of 2026-11-24: "book session 3, due 2027-01-19" among them.
    expect(reminderRows(plan.reminders)).toEqual([
      ["book-session", "2026-12-15", "2026-12-22", 2],
      ...sessionDayRows("2026-12-22", 2),
      ["book-session", "2027-01-12", "2027-01-19", 3],
      ...sessionDayRows("2027-01-19", 3),
      ["book-session", "2027-02-09", "2027-02-16", 4],
      ...sessionDayRows("2027-02-16", 4),
    ]);

    // On 2027-01-20 session 2's window (2026-12-22 .. 2027-01-05) has closed without it.
    const reminders = planReminders(plan, { today: "2027-01-20", messages: englishMessages });
    expect(reminders[0]).toStrictEqual({
      kind: "session-overdue",
      remindOn: "2027-01-20",
      dueOn: "2027-01-20",
      session: 2,
      message: "Session 2 is overdue: book it for 2027-01-20 or later.",
    });
    expect(reminderRows(reminders)).toEqual([
      ["session-overdue", "2027-01-20", "2027-01-20", 2],
      ...sessionDayRows("2027-01-20", 2),
      ["book-session", "2027-02-10", "2027-02-17", 3],
      ...sessionDayRows("2027-02-17", 3),
      ["book-session", "2027-03-10", "2027-03-17", 4],
      ...sessionDayRows("2027-03-17", 4),
    ]);
    // Nothing of 2026-11-24's plan is left: no booking, photo or aftercare on its old days.
    expect(reminders.some((r) => r.dueOn === "2027-01-19" || r.dueOn === "2026-12-22")).toBe(false);
    expect(reminders.map((r) => r.message)).not.toContain("Book session 3, due 2027-01-19.");

    const later = replan(plan, { today: "2027-01-20" });
    expect(later.today).toBe("2027-01-20");
    expect(later.sessions[1]).toStrictEqual({
      number: 2,
      earliest: "2027-01-20",
      due: "2027-01-20",
      latest: "2027-02-03",
      status: "overdue",
      flags: [{ code: "late", params: { daysLate: 15, windowClosedOn: "2027-01-05" } }],
    });
    expect(windowRows(later.sessions)).toEqual([
      [1, "done", "2026-11-24", "2026-11-24", "2026-12-08"],
      [2, "overdue", "2027-01-20", "2027-01-20", "2027-02-03"],
      [3, "upcoming", "2027-02-17", "2027-02-17", "2027-03-03"],
      [4, "upcoming", "2027-03-17", "2027-03-17", "2027-03-31"],
    ]);
    expect(later.reminders).toEqual(planReminders(plan, { today: "2027-01-20" }));
  });

  it("the documented example: a booking made since, with its appointment reminder", () => {
    const plan = stored(rolling, { today: "2026-11-24", completed: ["2026-11-24"] });
    expect(replan(plan, { today: "2027-01-20" }).sessions.map((s) => [s.number, s.status])).toEqual([
      [1, "done"],
      [2, "overdue"],
      [3, "upcoming"],
      [4, "upcoming"],
    ]);
    const booked = replan(plan, { today: "2026-12-01", booked: [{ session: 2, on: "2026-12-22", time: "10:30" }] });
    expect(booked.reminders[0]).toStrictEqual({
      kind: "appointment",
      remindOn: "2026-12-15",
      dueOn: "2026-12-22",
      session: 2,
      time: "10:30",
    });
    expect(booked.inputs.booked).toEqual([{ session: 2, on: "2026-12-22", time: "10:30" }]);
  });

  it("each input given replaces the stored one; the others are kept", () => {
    const availability: Availability = { openWeekdays: ["tue", "thu"], closedDates: ["2026-12-24"] };
    const plan = stored(rolling, {
      today: "2026-11-24",
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-11-26" }],
      availability,
      horizonDays: 60,
      lastMaintenanceOn: "2025-01-01",
    });
    const next = replan(plan, { today: "2026-12-01", completed: ["2026-10-27", "2026-11-26"], sessionCount: 3 });
    expect(next.inputs).toStrictEqual({
      patient: rolling,
      completed: ["2026-10-27", "2026-11-26"],
      booked: [{ session: 2, on: "2026-11-26" }],
      lastMaintenanceOn: "2025-01-01",
      sessionCount: 3,
      availability,
      horizonDays: 60,
    });
    // The booking of session 2 is ignored now that session 2 is done.
    expect(windowRows(next.sessions)).toEqual([
      [1, "done", "2026-10-27", "2026-10-27", "2026-11-10"],
      [2, "done", "2026-11-24", "2026-11-24", "2026-12-08"],
      [3, "upcoming", "2026-12-24", "2026-12-29", "2027-01-07"],
    ]);
    const updated = replan(plan, {
      today: "2026-12-01",
      patient: { ...rolling, factors: [{ code: "diabetes" }] },
      startOn: "2026-10-20",
      booked: [],
      lastMaintenanceOn: "2026-01-01",
      horizonDays: 0,
      availability: { openWeekdays: ["mon"] },
    });
    expect(updated.inputs).toStrictEqual({
      patient: { ...rolling, factors: [{ code: "diabetes" }] },
      startOn: "2026-10-20",
      completed: ["2026-10-27"],
      booked: [],
      lastMaintenanceOn: "2026-01-01",
      availability: { openWeekdays: ["mon"] },
      horizonDays: 0,
    });
    expect(updated.eligibility.status).toBe("needs-review");
  });

  it("the plan's own protocol is used unless another is given", () => {
    const custom = defineProtocol({ reminderLeadDays: 3, interval: { minWeeks: 3, maxWeeks: 5 } });
    const plan = stored(rolling, { today: "2026-11-24", completed: ["2026-11-24"], protocol: custom });
    const kept = replan(plan, { today: "2026-12-01" });
    expect(kept.protocol).toStrictEqual(custom);
    expect(kept.sessions[1]).toMatchObject({ earliest: "2026-12-15", latest: "2026-12-29" });
    expect(reminderRows(kept.reminders)[0]).toEqual(["book-session", "2026-12-12", "2026-12-15", 2]);
    const back = replan(plan, { today: "2026-12-01", protocol: defaultProtocol });
    expect(back.protocol).toStrictEqual(defaultProtocol);
    expect(back.eligibility.protocolVersion).toBe("1");
    expect(back.sessions[1]).toMatchObject({ earliest: "2026-12-22", latest: "2027-01-05" });
    expect(back).toStrictEqual(planTreatment(rolling, { today: "2026-12-01", completed: ["2026-11-24"] }));
  });

  it("a message layer writes the new plan's messages; without one there are none", () => {
    const plan = stored(
      { ...rolling, factors: [{ code: "diabetes" }] },
      { today: "2026-11-24", messages: englishMessages },
    );
    const plain = replan(plan, { today: "2026-11-25" });
    expect([...plain.eligibility.findings, ...plain.reminders].some((x) => "message" in x)).toBe(false);
    const english = replan(plan, { today: "2026-11-25", messages: englishMessages });
    expect(english.eligibility.findings.map((f) => f.message)).toEqual([
      "Diabetes: a clinician must review before treatment.",
      "Rolling scar: consider combining with subcision (for tethered scars).",
    ]);
    expect(english.reminders[0]?.message).toBe("Book session 1, due 2026-11-25.");
  });

  it("replanning for the plan's own day with nothing changed gives the same plan", () => {
    const made = planTreatment(rolling, {
      today: "2026-11-24",
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-11-26", time: "10:30" }],
      availability: { openWeekdays: ["tue", "wed", "thu"] },
    });
    expect(replan(made, { today: "2026-11-24" })).toStrictEqual(made);
    expect(replan(stored(rolling, { today: "2026-11-24" }), { today: "2026-11-24" })).toStrictEqual(
      planTreatment(rolling, { today: "2026-11-24" }),
    );
  });

  it("the result is a valid plan, which can be replanned again", () => {
    const plan = stored(rolling, { today: "2026-11-24", completed: ["2026-11-24"] });
    const once = replan(plan, { today: "2027-01-20" });
    expect(treatmentPlanSchema.parse(once)).toStrictEqual(once);
    expect(replan(once, { today: "2027-02-01" })).toStrictEqual(replan(plan, { today: "2027-02-01" }));
  });
});

describe("replan: inputs and mutation", () => {
  it("never mutates the stored (deep-frozen) plan or the options", () => {
    const plan = planTreatment(rolling, {
      today: "2026-11-24",
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-11-26" }],
      availability: { closedDates: ["2026-12-24"] },
    });
    const snapshot = structuredClone(plan);
    const frozenPlan = frozen(structuredClone(plan));
    const options = frozen({
      today: "2027-01-20",
      completed: ["2026-10-27", "2026-11-26"],
      booked: [{ session: 3, on: "2027-01-21", time: "08:00" }],
      patient: { ...rolling, factors: [{ code: "herpes-simplex", status: "history" as const }] },
      messages: englishMessages,
    });
    const optionsSnapshot = structuredClone({ ...options, messages: undefined });
    const first = replan(frozenPlan, options);
    expect(replan(frozenPlan, options)).toStrictEqual(first);
    expect(frozenPlan).toStrictEqual(snapshot);
    expect({ ...options, messages: undefined }).toStrictEqual(optionsSnapshot);
    // The new plan is the caller's to change.
    expect(Object.isFrozen(first.inputs)).toBe(false);
    first.inputs.completed.push("2027-01-21");
    expect(replan(frozenPlan, options)).toStrictEqual(replan(frozenPlan, options));
  });

  it("the plan's inputs share no object with the caller's options or the stored plan", () => {
    const plan = planTreatment(rolling, {
      today: "2026-11-24",
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-11-26" }],
      availability: { openWeekdays: ["tue", "thu"] },
    });
    const options = {
      today: "2026-12-01",
      patient: { ...rolling, scars: [{ type: "rolling" as const, goodmanGrade: 4 as const }] },
      completed: ["2026-10-27", "2026-11-26"],
      booked: [{ session: 3, on: "2026-12-24" }],
      availability: { openWeekdays: ["mon", "tue"] as ("mon" | "tue")[] },
    };
    const next = replan(plan, options);
    expect(sharedObjects(next.inputs, options)).toEqual([]);
    expect(sharedObjects(next.inputs, plan)).toEqual([]);
    const kept = replan(plan, { today: "2026-12-01" });
    expect(sharedObjects(kept.inputs, plan)).toEqual([]);
    expect(kept.inputs).toStrictEqual(plan.inputs);
    // Changing the options or the stored plan afterwards changes neither new plan.
    const before = structuredClone([next, kept]);
    options.completed.push("2026-12-01");
    options.booked[0] = { session: 3, on: "2026-12-31" };
    options.patient.scars.length = 0;
    plan.inputs.completed.length = 0;
    plan.inputs.booked.length = 0;
    expect([next, kept]).toStrictEqual(before);
  });
});

describe("replan rejects malformed input", () => {
  const plan = planTreatment(rolling, { today: "2026-11-24" });

  it.each<[unknown, PlannerIssue]>([
    [
      { ...plan, schemaVersion: 2 },
      { code: "invalid-value", path: ["plan", "schemaVersion"], message: "expected one of 1", value: 2 },
    ],
    [
      { ...plan, madeBy: { name: "another-planner", version: "1" } },
      {
        code: "invalid-value",
        path: ["plan", "madeBy", "name"],
        message: 'expected one of "microneedling-planner"',
        value: "another-planner",
      },
    ],
    [
      { ...plan, inputs: { ...plan.inputs, patient: { ...plan.inputs.patient, scar: [] } } },
      {
        code: "unknown-key",
        path: ["plan", "inputs", "patient", "scar"],
        message: "unknown key; expected one of id, goal, fitzpatrick, birthDate, scars, factors",
        value: [],
      },
    ],
    [
      {
        ...plan,
        inputs: {
          ...plan.inputs,
          booked: [
            { session: 1, on: "2026-12-01" },
            { session: 1, on: "2026-12-02" },
          ],
        },
      },
      {
        code: "inconsistent",
        path: ["plan", "inputs", "booked", 1, "session"],
        message: "session 1 is booked more than once",
        value: 1,
      },
    ],
  ])("plan %o -> %o", (badPlan, issue) => {
    expectIssues(
      caught(() => replan(badPlan as TreatmentPlan, { today: "2026-12-01" })),
      "INVALID_INPUT",
      [issue],
    );
  });

  it.each<[unknown, PlannerIssue]>([
    [{}, { code: "required", path: ["options", "today"], message: "required" }],
    [
      { today: "2026-12-32" },
      { code: "invalid-date", path: ["options", "today"], message: INPUT_DATE, value: "2026-12-32" },
    ],
    [
      { today: "2026-12-01", leadDays: 3 },
      {
        code: "unknown-key",
        path: ["options", "leadDays"],
        message:
          "unknown key; expected one of today, patient, startOn, completed, booked, lastMaintenanceOn, sessionCount, horizonDays, protocol, availability, area, messages",
        value: 3,
      },
    ],
    [
      {
        today: "2026-12-01",
        booked: [
          { session: 2, on: "2026-12-22" },
          { session: 2, on: "2026-12-29" },
        ],
      },
      {
        code: "inconsistent",
        path: ["options", "booked", 1, "session"],
        message: "session 2 is booked more than once",
        value: 2,
      },
    ],
    [
      { today: "2026-12-01", sessionCount: 0 },
      {
        code: "out-of-range",
        path: ["options", "sessionCount"],
        message: "expected an integer from 1 to 20",
        value: 0,
      },
    ],
    [
      { today: "2026-12-01", patient: { goal: "rejuvenation" } },
      { code: "required", path: ["options", "patient", "fitzpatrick"], message: "required" },
    ],
  ])("options %o -> %o", (options, issue) => {
    expectIssues(
      caught(() => replan(plan, options as ReplanOptions)),
      "INVALID_INPUT",
      [issue],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const availabilityArb: fc.Arbitrary<Availability> = fc.record(
  {
    openWeekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
    closedDates: fc.array(isoDateArb("2025-06-01", 900), { maxLength: 5 }),
  },
  { requiredKeys: [] },
);

/** Optional, as replan's options are: absent (undefined) about half of the time. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined, freq: 2 });

const replanScenarioArb = isoDateArb("2026-01-01", 500)
  .chain((madeOn) =>
    fc.record({
      madeOn: fc.constant(madeOn),
      // What the plan was made from.
      patient: patientArb("2025-10-01"),
      startOn: maybe(isoDateArb(addDays(madeOn, -120), 240)),
      completed: completedArb(madeOn),
      booked: bookingsArb(madeOn),
      lastMaintenanceOn: maybe(isoDateArb(addDays(madeOn, -700), 700)),
      sessionCount: maybe(fc.integer({ min: 1, max: 8 })),
      horizonDays: maybe(fc.integer({ min: 0, max: 400 })),
      availability: maybe(availabilityArb),
      protocol: maybe(protocolArb),
      // What replan is given: a today in the past or the future, and any inputs that changed.
      shift: fc.oneof(fc.integer({ min: -120, max: -1 }), fc.integer({ min: 0, max: 500 })),
      overrides: fc.record({
        patient: maybe(patientArb("2026-01-01")),
        startOn: maybe(isoDateArb(addDays(madeOn, -60), 240)),
        completed: maybe(completedArb(addDays(madeOn, 60), 6)),
        booked: maybe(bookingsArb(addDays(madeOn, 30))),
        lastMaintenanceOn: maybe(isoDateArb(addDays(madeOn, -300), 600)),
        sessionCount: maybe(fc.integer({ min: 1, max: 8 })),
        horizonDays: maybe(fc.integer({ min: 0, max: 400 })),
        availability: maybe(availabilityArb),
        protocol: maybe(protocolArb),
      }),
      json: fc.boolean(),
      messages: fc.boolean(),
    }),
  )
  .filter(({ patient, ...course }) => !reachesPlannedZero(patient, course));

describe("replan: properties", () => {
  prop(
    [replanScenarioArb],
    { numRuns: 150 },
    { timeout: 60_000 },
  )("replan(plan, overrides) is planTreatment on the stored inputs merged with the overrides", (scenario) => {
    const { madeOn, overrides } = scenario;
    const made = planTreatment(scenario.patient, {
      today: madeOn,
      startOn: scenario.startOn,
      completed: scenario.completed,
      booked: scenario.booked,
      lastMaintenanceOn: scenario.lastMaintenanceOn,
      sessionCount: scenario.sessionCount,
      horizonDays: scenario.horizonDays,
      availability: scenario.availability,
      protocol: scenario.protocol,
    });
    const plan = scenario.json ? (JSON.parse(JSON.stringify(made)) as TreatmentPlan) : structuredClone(made);
    const snapshot = structuredClone(plan);
    frozen(plan);
    const today = addDays(madeOn, scenario.shift);
    const messages = scenario.messages ? englishMessages : undefined;
    const options: ReplanOptions = { today, ...overrides, messages };

    const replanned = replan(plan, options);

    const { protocol: newProtocol, ...inputOverrides } = overrides;
    const merged = { ...plan.inputs };
    for (const [key, value] of Object.entries(inputOverrides)) {
      if (value !== undefined) Object.assign(merged, { [key]: value });
    }
    const expected = planTreatment(merged.patient, {
      today,
      startOn: merged.startOn,
      completed: merged.completed,
      booked: merged.booked,
      lastMaintenanceOn: merged.lastMaintenanceOn,
      sessionCount: merged.sessionCount,
      horizonDays: merged.horizonDays,
      availability: merged.availability,
      protocol: newProtocol ?? plan.protocol,
      messages,
    });
    expect(replanned).toStrictEqual(expected);
    expect(replanned.today).toBe(today);
    expect(replanned.inputs).toStrictEqual(JSON.parse(JSON.stringify(merged)));
    // The stored plan is untouched, and the new inputs share no object with the caller's.
    expect(plan).toStrictEqual(snapshot);
    expect(sharedObjects(replanned.inputs, options)).toEqual([]);
    expect(sharedObjects(replanned.inputs, plan)).toEqual([]);
  });

  prop(
    [replanScenarioArb],
    { numRuns: 100 },
    { timeout: 60_000 },
  )("a plan read back from JSON replans as the plan itself, and for its own day as itself", (scenario) => {
    const made = planTreatment(scenario.patient, {
      today: scenario.madeOn,
      startOn: scenario.startOn,
      completed: scenario.completed,
      booked: scenario.booked,
      sessionCount: scenario.sessionCount,
      availability: scenario.availability,
      protocol: scenario.protocol,
    });
    const json = JSON.parse(JSON.stringify(made)) as TreatmentPlan;
    const today = addDays(scenario.madeOn, scenario.shift);
    expect(replan(json, { today })).toStrictEqual(replan(made, { today }));
    expect(replan(json, { today: scenario.madeOn })).toStrictEqual(made);
  });
});
