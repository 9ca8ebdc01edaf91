import { describe, expect, it } from "vitest";
import { toFhirCarePlan } from "../src/fhir.js";
import { type IssueCode, type IssuePath, PlannerError, planTreatment, type TreatmentPlan } from "../src/index.js";
import { CASES, PLANS, rolling, TODAY } from "./fhir-plans.js";
import { frozen } from "./fixtures.js";
import { caught } from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

// Each export runs inside `it`: Stryker activates a mutant only once the tests start.
describe.each(Object.entries(PLANS))("%s", (_name, plan) => {
  it("maps the plan: intent, subject, one activity per session and one for maintenance, text codes only", () => {
    const resource = toFhirCarePlan(plan, { patient: "Patient/p-1", condition: "Condition/acne-scars" });
    expect(resource).toMatchObject({
      resourceType: "CarePlan",
      meta: { source: `urn:microneedling-planner:library:${plan.madeBy.version}` },
      instantiatesUri: [`urn:microneedling-planner:protocol:${plan.protocol.id}:${plan.protocol.version}`],
      intent: "plan",
      subject: { reference: "Patient/p-1" },
      created: TODAY,
    });
    expect(resource.activity).toHaveLength(plan.sessions.length + (plan.maintenance ? 1 : 0));
    plan.sessions.forEach((session, i) => {
      expect(resource.activity[i]?.detail.scheduledPeriod).toEqual(
        session.status === "booked"
          ? { start: session.bookedOn, end: session.bookedOn }
          : { start: session.earliest, end: session.latest },
      );
    });
    expect(JSON.stringify(resource)).not.toMatch(/"system"|snomed/i);
  });

  it("reads the plan alone: a stored plan (JSON) gives the same resource", () => {
    const options = { patient: "Patient/p-1", condition: "Condition/acne-scars" };
    expect(toFhirCarePlan(JSON.parse(JSON.stringify(plan)) as TreatmentPlan, options)).toEqual(
      toFhirCarePlan(plan, options),
    );
  });
});

describe("toFhirCarePlan", () => {
  it("maps plan status from eligibility and progress", () => {
    const status = Object.fromEntries(
      Object.entries(PLANS).map(([name, plan]) => [name, toFhirCarePlan(plan, { patient: "Patient/1" }).status]),
    );
    expect(status).toEqual({
      "active, one done": "active",
      "overdue session": "active",
      "on hold (deferred)": "on-hold",
      "draft (needs review)": "draft",
      "revoked (contraindicated)": "revoked",
      "completed rejuvenation": "completed",
      "booked sessions, one all day and one at a time": "active",
      "custom protocol exports the custom numbers": "active",
      // Contraindicated with a known end (a planned last dose): on hold, not revoked (issue 12).
      "on hold (contraindicated until a known day)": "on-hold",
      "care steps, photos and both result checks, one area": "on-hold",
    });
    const until = PLANS["on hold (contraindicated until a known day)"] as TreatmentPlan;
    expect([until.eligibility.status, until.eligibility.reassessOn]).toEqual(["contraindicated", "2027-06-30"]);
    // Without a known end the contraindication revokes the plan.
    const noEnd = structuredClone(until);
    noEnd.eligibility.reassessOn = undefined;
    delete noEnd.eligibility.reassessOn;
    expect(toFhirCarePlan(noEnd, { patient: "Patient/1" }).status).toBe("revoked");
    // Once every session is done, completed wins.
    expect(toFhirCarePlan(PLANS["completed rejuvenation"] as TreatmentPlan, { patient: "Patient/1" }).status).toBe(
      "completed",
    );
  });

  it("plans the sessions of a contraindication with a known end from the day treatment may resume", () => {
    const plan = PLANS["on hold (contraindicated until a known day)"] as TreatmentPlan;
    const resource = toFhirCarePlan(plan, { patient: "Patient/1" });
    const start = (a: (typeof resource.activity)[number]) =>
      a.detail.scheduledPeriod?.start ?? a.detail.scheduledTiming?.repeat?.boundsPeriod?.start;
    expect(resource.period).toEqual({ start: "2027-06-30", end: "2027-10-06" });
    expect(resource.activity.map((a) => [a.detail.status, start(a)])).toEqual([
      ["not-started", "2027-06-30"],
      ["not-started", "2027-07-28"],
      ["not-started", "2027-08-25"],
      ["not-started", "2027-09-22"],
      ["not-started", "2028-08-22"],
    ]);
    expect(resource.note).toEqual([
      {
        text: "Isotretinoin: do not treat while taking it; last dose planned on 2026-12-31, treatment may resume on 2027-06-30.",
      },
    ]);
  });

  it("leaves an overdue session not started, with a status reason, and schedules the re-planned window", () => {
    const resource = toFhirCarePlan(PLANS["overdue session"] as TreatmentPlan, { patient: "Patient/1" });
    expect(resource.activity.map((a) => a.detail.status)).toEqual([
      "completed",
      "completed",
      "not-started",
      "not-started",
      "not-started",
      "not-started",
      "not-started",
    ]);
    expect(resource.activity[2]?.detail).toMatchObject({
      statusReason: { text: "Window closed on 2026-10-06 without the session; re-planned from 2026-11-24." },
      scheduledPeriod: { start: "2026-11-24", end: "2026-12-08" },
    });
    expect(resource.activity[3]?.detail).not.toHaveProperty("statusReason");
  });

  it("schedules booked sessions on their day (due and upcoming ones are not started)", () => {
    const resource = toFhirCarePlan(PLANS["booked sessions, one all day and one at a time"] as TreatmentPlan, {
      patient: "Patient/1",
    });
    expect(resource.activity.map((a) => a.detail.status)).toEqual([
      "completed",
      "scheduled",
      "scheduled",
      "not-started",
      "not-started",
    ]);
    expect(resource.activity[1]?.detail).toMatchObject({
      description: "Booked for 2026-11-26 at 10:30.",
      scheduledPeriod: { start: "2026-11-26", end: "2026-11-26" },
    });
    const due = toFhirCarePlan(PLANS["active, one done"] as TreatmentPlan, { patient: "Patient/1" });
    expect((PLANS["active, one done"] as TreatmentPlan).sessions[1]?.status).toBe("due");
    expect(due.activity[1]?.detail.status).toBe("not-started");
  });

  it("repeats maintenance yearly for scars and every 3-6 months for rejuvenation, from the plan's protocol", () => {
    const scars = toFhirCarePlan(PLANS["active, one done"] as TreatmentPlan, { patient: "Patient/1" });
    expect(scars.activity.at(-1)?.detail.scheduledTiming?.repeat).toMatchObject({
      frequency: 1,
      period: 1,
      periodUnit: "a",
    });
    const rejuvenation = toFhirCarePlan(PLANS["completed rejuvenation"] as TreatmentPlan, { patient: "Patient/1" });
    expect(rejuvenation.activity.at(-1)?.detail.scheduledTiming?.repeat).toEqual({
      boundsPeriod: { start: "2026-09-29" },
      frequency: 1,
      period: 3,
      periodMax: 6,
      periodUnit: "mo",
    });
    const custom = toFhirCarePlan(PLANS["custom protocol exports the custom numbers"] as TreatmentPlan, {
      patient: "Patient/1",
    });
    expect(custom.activity.at(-1)?.detail.scheduledTiming?.repeat).toMatchObject({ period: 4, periodMax: 8 });
    expect(custom.instantiatesUri).toEqual([
      `urn:microneedling-planner:protocol:article-2021:${(PLANS["custom protocol exports the custom numbers"] as TreatmentPlan).protocol.version}`,
    ]);
  });

  it("carries eligibility findings as notes and the condition as addresses", () => {
    const resource = toFhirCarePlan(PLANS["draft (needs review)"] as TreatmentPlan, {
      patient: "Patient/1",
      condition: "Condition/9",
    });
    expect(resource.addresses).toEqual([{ reference: "Condition/9" }]);
    expect(resource.note?.[0]?.text).toContain("Diabetes");
    // A rolling scar's adjunct advice is a note too.
    expect(toFhirCarePlan(PLANS["active, one done"] as TreatmentPlan, { patient: "Patient/1" }).note).toEqual([
      { text: "Rolling scar: consider combining with subcision (for tethered scars)." },
    ]);
    // No findings, no note.
    const quiet = planTreatment(
      { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "boxcar", depth: "shallow", severity: "moderate" }] },
      { today: TODAY },
    );
    expect(quiet.eligibility.findings).toEqual([]);
    expect(toFhirCarePlan(quiet, { patient: "Patient/1" })).not.toHaveProperty("note");
  });

  it("never mutates the plan", () => {
    const plan = frozen(structuredClone(PLANS["overdue session"] as TreatmentPlan));
    const copy = structuredClone(plan);
    toFhirCarePlan(plan, { patient: "Patient/1" });
    expect(plan).toEqual(copy);
  });

  it.each<[object, IssuePath, IssueCode]>([
    [{ patient: "123" }, ["options", "patient"], "invalid-format"],
    [{ patient: "Patient/1", condition: "Condition 2" }, ["options", "condition"], "invalid-format"],
    [{}, ["options", "patient"], "required"],
    [{ patient: "Patient/1", subject: "Patient/1" }, ["options", "subject"], "unknown-key"],
    [{ patient: "Patient/1", protocol: {} }, ["options", "protocol"], "unknown-key"],
  ])("rejects options %o", (options, path, code) => {
    try {
      toFhirCarePlan(PLANS["active, one done"] as TreatmentPlan, options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlannerError);
      expect((error as PlannerError).code).toBe("INVALID_INPUT");
      expect((error as PlannerError).issues.map((issue) => [issue.path, issue.code])).toEqual([[path, code]]);
    }
  });

  // Found by the fuzzer: a parameter that is an object reached the message layer's String() and
  // escaped as a raw TypeError ("Cannot convert object to primitive value"). Parameters are typed
  // now: each is checked as what it is (here a date, then one of the problems).
  it("rejects finding parameters of the wrong type, as the message layer prints them", () => {
    const plan = structuredClone(PLANS["draft (needs review)"] as TreatmentPlan);
    const [finding] = plan.eligibility.findings;
    if (finding === undefined) throw new Error("fixture has no finding");
    const { message: _message, ...draft } = finding;
    const odd = { toString: "x", valueOf: 1 };
    plan.eligibility.findings = [{ ...draft, params: { until: odd as never } } as never];
    expect(caught(() => toFhirCarePlan(plan, { patient: "Patient/1" })).issues).toEqual([
      {
        code: "invalid-type",
        path: ["plan", "eligibility", "findings", 0, "params", "until"],
        message: "expected a real calendar date YYYY-MM-DD from 1900 to 9999",
        value: odd,
      },
    ]);
    plan.eligibility.findings = [{ ...draft, reason: "contradictory", params: { problem: odd } } as never];
    expect(caught(() => toFhirCarePlan(plan, { patient: "Patient/1" })).issues).toEqual([
      {
        code: "invalid-value",
        path: ["plan", "eligibility", "findings", 0, "params", "problem"],
        // "active-but-ended" is gone (issue 12): an active factor whose `until` has passed has ended.
        message: 'expected one of "since-in-future", "since-after-until", "history-ends-in-future"',
        value: odd,
      },
    ]);
  });

  // Same bug for session flags: the overdue statusReason prints the late flag's windowClosedOn.
  it("rejects session flag parameters of the wrong type", () => {
    const plan = structuredClone(PLANS["overdue session"] as TreatmentPlan);
    const index = plan.sessions.findIndex((session) => session.status === "overdue");
    const overdue = plan.sessions[index];
    if (overdue === undefined) throw new Error("fixture has no overdue session");
    const odd = { toString: "x", valueOf: 1 };
    overdue.flags = [{ code: "late", params: { daysLate: 49, windowClosedOn: odd as never } }];
    expect(caught(() => toFhirCarePlan(plan, { patient: "Patient/1" })).issues).toEqual([
      {
        code: "invalid-type",
        path: ["plan", "sessions", index, "flags", 0, "params", "windowClosedOn"],
        message: "expected a real calendar date YYYY-MM-DD from 1900 to 9999",
        value: odd,
      },
    ]);
  });
});

describe("toFhirCarePlan identity and privacy", () => {
  it("writes no patient id anywhere: the patient is only the subject reference the caller gives", () => {
    for (const { plan } of Object.values(CASES)) {
      const id = plan.inputs.patient.id;
      // ("r" is in any text: the property below gives ids that cannot be there by chance)
      if (id === undefined || id.length < 3) continue;
      const json = JSON.stringify(toFhirCarePlan(plan, { patient: "Patient/x9", condition: "Condition/c1" }));
      expect(json).not.toContain(id);
      expect(json).toContain('"subject":{"reference":"Patient/x9"}');
    }
  });

  /** Patient ids that no text of the resource could contain by chance. */
  const patientId = fc
    .string({ unit: fc.constantFrom(..."ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), minLength: 6, maxLength: 20 })
    .map((s) => `MRN-${s}`);

  prop(
    [patientId, fc.constantFrom(...Object.keys(CASES))],
    { numRuns: 100 },
    { timeout: 120_000 },
  )("no patient id in the CarePlan JSON, whatever it is", (id, name) => {
    const { plan, options } = CASES[name] as (typeof CASES)[string];
    const withId = { ...plan, inputs: { ...plan.inputs, patient: { ...plan.inputs.patient, id } } };
    expect(JSON.stringify(toFhirCarePlan(withId, options))).not.toContain(id);
  });

  it("needs the patient reference from the caller: there is no default from the patient's id", () => {
    const plan = planTreatment(rolling, { today: TODAY });
    expect(caught(() => toFhirCarePlan(plan, {} as never)).issues).toEqual([
      { code: "required", path: ["options", "patient"], message: "required" },
    ]);
  });
});
