/**
 * The exact FHIR R4 CarePlan of `toFhirCarePlan`: golden files for representative plans, and
 * targeted checks of reference validation, statuses, the course period and maintenance timing.
 *
 * Every export runs inside `it`, never in a `describe` body: Stryker activates a mutant only
 * once the tests start, so output computed while collecting would be the unmutated one.
 */
import { describe, expect, it } from "vitest";
import { type ToFhirCarePlanOptions, toFhirCarePlan } from "../src/fhir.js";
import {
  defineProtocol,
  type Messages,
  type Patient,
  type Protocol,
  planTreatment,
  type SessionFlag,
  type SessionWindow,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { CASES, PLANS, rejuvenationProtocol, rolling, TODAY, twoYearProtocol } from "./fhir-plans.js";
import { caught, MESSAGE_LAYER } from "./planning-helpers.js";

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const plan = (name: string) => PLANS[name] as TreatmentPlan;

/** A message layer whose finding text is `finding`. */
const layer = (finding: Messages["finding"]): Messages => ({
  ...englishMessages,
  finding,
  reminder: () => "",
  bookingReason: () => "",
});

describe("toFhirCarePlan golden output", () => {
  // `.snap`, not `.json`: biome formats every *.json under tests/ and would reject the layout.
  it.each(Object.keys(CASES))("%s", async (name) => {
    const { plan: p, options } = CASES[name] as (typeof CASES)[string];
    await expect(`${JSON.stringify(toFhirCarePlan(p, options), null, 2)}\n`).toMatchFileSnapshot(
      `__snapshots__/fhir/${slug(name)}.json.snap`,
    );
  });
});

/** A plan whose sessions are given, with no maintenance and no findings. */
function withSessions(sessions: readonly Partial<SessionWindow>[]): TreatmentPlan {
  const base = plan("active, one done");
  const { maintenance: _maintenance, ...rest } = base;
  return {
    ...rest,
    // The rolling scar's adjunct note is a finding: none here.
    eligibility: { ...base.eligibility, findings: [] },
    sessions: sessions.map((s, i) => ({
      number: i + 1,
      earliest: "2026-01-05",
      due: "2026-01-05",
      latest: "2026-01-19",
      status: "upcoming",
      flags: [],
      ...s,
    })) as SessionWindow[],
  };
}

/** The plan for a patient with another goal (the plan records it in its inputs). */
const forGoal = (p: TreatmentPlan, goal: Patient["goal"]): TreatmentPlan => ({
  ...p,
  inputs: { ...p.inputs, patient: { ...p.inputs.patient, goal } },
});

/** The plan as if made with `protocol` (the export reads the plan's own protocol). */
const madeWith = (p: TreatmentPlan, protocol: Protocol): TreatmentPlan => ({ ...p, protocol });

describe("toFhirCarePlan plan", () => {
  it("writes the summary fields in order, without period, addresses or note when there are none", () => {
    const resource = toFhirCarePlan(plan("revoked (contraindicated)"), { patient: "Patient/p-1" });
    expect(Object.keys(resource)).toEqual([
      "resourceType",
      "meta",
      "instantiatesCanonical",
      "instantiatesUri",
      "status",
      "intent",
      "title",
      "description",
      "subject",
      "created",
      "activity",
      "note",
    ]);
    expect(resource).toMatchObject({
      resourceType: "CarePlan",
      meta: { source: "urn:microneedling-planner:library:0.0.0" },
      instantiatesUri: ["urn:microneedling-planner:protocol:article-2021:1"],
      status: "revoked",
      intent: "plan",
      title: "Microneedling for scar revision",
      description: "0 microneedling sessions for scar revision; eligibility: contraindicated.",
      subject: { reference: "Patient/p-1" },
      created: "2026-11-24",
      activity: [],
    });
    expect(toFhirCarePlan(withSessions([]), { patient: "Patient/1" })).not.toHaveProperty("note");
  });

  it("names the library version that made the plan, and the protocol it was made with", () => {
    const stored = {
      ...plan("active, one done"),
      madeBy: { name: "microneedling-planner" as const, version: "1.4.2" },
    };
    expect(toFhirCarePlan(stored, { patient: "Patient/1" }).meta).toEqual({
      source: "urn:microneedling-planner:library:1.4.2",
    });
    const clinic = madeWith(plan("active, one done"), defineProtocol({ id: "clinic-a", version: "2026.1+b_2" }));
    expect(toFhirCarePlan(clinic, { patient: "Patient/1" }).instantiatesUri).toEqual([
      "urn:microneedling-planner:protocol:clinic-a:2026.1+b_2",
    ]);
    expect(toFhirCarePlan(plan("custom protocol exports the custom numbers"), { patient: "Patient/1" })).toMatchObject({
      instantiatesUri: [
        expect.stringMatching(/^urn:microneedling-planner:protocol:article-2021:1\+custom\.[0-9a-f]{8}$/),
      ],
    });
  });

  it("counts sessions in the description, singular for one", () => {
    const description = (n: number) =>
      toFhirCarePlan(withSessions(Array(n).fill({})), { patient: "Patient/1" }).description;
    expect(description(1)).toBe("1 microneedling session for scar revision; eligibility: eligible.");
    expect(description(2)).toBe("2 microneedling sessions for scar revision; eligibility: eligible.");
    expect(toFhirCarePlan(forGoal(withSessions([{}]), "rejuvenation"), { patient: "Patient/1" })).toMatchObject({
      title: "Microneedling for rejuvenation",
      description: "1 microneedling session for rejuvenation; eligibility: eligible.",
    });
  });

  it("is completed only when there are sessions and every one is done", () => {
    const status = (p: TreatmentPlan) => toFhirCarePlan(p, { patient: "Patient/1" }).status;
    expect(status(withSessions([]))).toBe("active");
    expect(status(withSessions([{ status: "done", doneOn: "2026-01-05" }]))).toBe("completed");
    expect(status(withSessions([{ status: "done", doneOn: "2026-01-05" }, { status: "upcoming" }]))).toBe("active");
    expect(
      status(
        withSessions([
          { status: "done", doneOn: "2026-01-05" },
          { status: "booked", bookedOn: "2026-02-02" },
        ]),
      ),
    ).toBe("active");
    const statuses = Object.fromEntries(
      (["eligible", "eligible-with-precautions", "needs-review", "deferred", "contraindicated"] as const).map((s) => [
        s,
        status({ ...withSessions([{}]), eligibility: { ...withSessions([]).eligibility, status: s } }),
      ]),
    );
    expect(statuses).toEqual({
      eligible: "active",
      "eligible-with-precautions": "active",
      "needs-review": "draft",
      deferred: "on-hold",
      contraindicated: "revoked",
    });
  });

  it("spans the period from the first start to the last end, whatever the session order", () => {
    const resource = toFhirCarePlan(
      withSessions([
        { earliest: "2026-03-02", latest: "2026-03-16" },
        { earliest: "2026-01-05", latest: "2026-01-19", status: "done", doneOn: "2026-01-03" },
        { earliest: "2026-02-02", latest: "2026-02-16" },
      ]),
      { patient: "Patient/1" },
    );
    expect(resource.period).toEqual({ start: "2026-01-03", end: "2026-03-16" });
  });

  it("ends the period on a done day after the window, and on the window end otherwise", () => {
    const period = (sessions: readonly Partial<SessionWindow>[]) =>
      toFhirCarePlan(withSessions(sessions), { patient: "Patient/1" }).period;
    // done after its window closed: the course ran until that day
    expect(period([{ status: "done", doneOn: "2026-01-25" }])).toEqual({ start: "2026-01-25", end: "2026-01-25" });
    // done inside its window: the window end still bounds the plan
    expect(period([{ status: "done", doneOn: "2026-01-10" }])).toEqual({ start: "2026-01-10", end: "2026-01-19" });
    expect(period([{}, { earliest: "2026-02-02", latest: "2026-02-16" }, { latest: "2026-01-20" }])).toEqual({
      start: "2026-01-05",
      end: "2026-02-16",
    });
    expect(period([])).toBeUndefined();
  });

  it("starts and ends the period on a booked day as on a done day", () => {
    const period = (sessions: readonly Partial<SessionWindow>[]) =>
      toFhirCarePlan(withSessions(sessions), { patient: "Patient/1" }).period;
    // booked after its window closes: the course runs until that day
    expect(period([{ status: "booked", bookedOn: "2026-01-25", due: "2026-01-25" }])).toEqual({
      start: "2026-01-25",
      end: "2026-01-25",
    });
    // booked inside its window: from the booked day to the window end
    expect(period([{ status: "booked", bookedOn: "2026-01-10", due: "2026-01-10" }])).toEqual({
      start: "2026-01-10",
      end: "2026-01-19",
    });
    // booked before its window opens (out of order): from the booked day
    expect(
      period([
        { earliest: "2026-02-02", latest: "2026-02-16" },
        { earliest: "2026-03-02", latest: "2026-03-16", status: "booked", bookedOn: "2026-01-20", due: "2026-01-20" },
      ]),
    ).toEqual({ start: "2026-01-20", end: "2026-03-16" });
  });

  it("addresses the condition when one is given", () => {
    expect(toFhirCarePlan(withSessions([]), { patient: "Patient/1", condition: "Condition/c-9" }).addresses).toEqual([
      { reference: "Condition/c-9" },
    ]);
    expect(toFhirCarePlan(withSessions([]), { patient: "Patient/1" })).not.toHaveProperty("addresses");
  });
});

describe("toFhirCarePlan notes", () => {
  const patient: Patient = { ...rolling, factors: [{ code: "diabetes" }] };

  it("uses each finding's own message, else the message layer's text", () => {
    const messages = layer((f) => `Befund ${f.code}`);
    const bare = planTreatment(patient, { today: TODAY });
    // The diabetes review, then the rolling scar's adjunct note, in the findings' order.
    expect(toFhirCarePlan(bare, { patient: "Patient/1", messages }).note).toEqual([
      { text: "Befund diabetes" },
      { text: "Befund rolling" },
    ]);
    const english = toFhirCarePlan(bare, { patient: "Patient/1" }).note;
    expect(english).toEqual(bare.eligibility.findings.map((f) => ({ text: englishMessages.finding(f) })));
    expect(english?.[1]?.text).toBe("Rolling scar: consider combining with subcision (for tethered scars).");
    const withText = planTreatment(patient, { today: TODAY, messages: englishMessages });
    expect(toFhirCarePlan(withText, { patient: "Patient/1", messages }).note).toEqual(english);
    const custom = {
      ...bare,
      eligibility: {
        ...bare.eligibility,
        findings: bare.eligibility.findings.map((f) => ({ ...f, message: "Own text" })),
      },
    };
    expect(toFhirCarePlan(custom, { patient: "Patient/1", messages }).note).toEqual([
      { text: "Own text" },
      { text: "Own text" },
    ]);
  });
});

describe("toFhirCarePlan session activities", () => {
  const detail = (session: Partial<SessionWindow>) =>
    toFhirCarePlan(withSessions([session, {}]), { patient: "Patient/1" }).activity[0]?.detail;

  it("maps each session status: done completed, booked scheduled, due and upcoming not-started", () => {
    expect(detail({ status: "upcoming" })).toEqual({
      kind: "Appointment",
      code: { text: "Microneedling session 1 of 2" },
      status: "not-started",
      description: "Book between 2026-01-05 and 2026-01-19; due 2026-01-05.",
      scheduledPeriod: { start: "2026-01-05", end: "2026-01-19" },
    });
    // due: its window is open, but nothing is booked yet
    expect(detail({ status: "due", due: "2026-01-07" })).toEqual({
      kind: "Appointment",
      code: { text: "Microneedling session 1 of 2" },
      status: "not-started",
      description: "Book between 2026-01-05 and 2026-01-19; due 2026-01-07.",
      scheduledPeriod: { start: "2026-01-05", end: "2026-01-19" },
    });
    expect(detail({ status: "done", doneOn: "2026-01-06" })).toEqual({
      kind: "Appointment",
      code: { text: "Microneedling session 1 of 2" },
      status: "completed",
      description: "Done on 2026-01-06.",
      scheduledPeriod: { start: "2026-01-05", end: "2026-01-19" },
    });
  });

  it("schedules a booked session on its booked day, with the time in the description", () => {
    expect(detail({ status: "booked", due: "2026-01-08", bookedOn: "2026-01-08" } as Partial<SessionWindow>)).toEqual({
      kind: "Appointment",
      code: { text: "Microneedling session 1 of 2" },
      status: "scheduled",
      description: "Booked for 2026-01-08.",
      scheduledPeriod: { start: "2026-01-08", end: "2026-01-08" },
    });
    expect(
      detail({ status: "booked", due: "2026-01-08", bookedOn: "2026-01-08", time: "09:05" } as Partial<SessionWindow>),
    ).toEqual({
      kind: "Appointment",
      code: { text: "Microneedling session 1 of 2" },
      status: "scheduled",
      description: "Booked for 2026-01-08 at 09:05.",
      scheduledPeriod: { start: "2026-01-08", end: "2026-01-08" },
    });
  });

  it("maps the booked plan's sessions: completed, scheduled, scheduled, not-started", () => {
    const resource = toFhirCarePlan(plan("booked sessions, one all day and one at a time"), { patient: "Patient/1" });
    expect(resource.activity.map((a) => [a.detail.status, a.detail.scheduledPeriod, a.detail.description])).toEqual([
      ["completed", { start: "2026-10-27", end: "2026-11-10" }, "Done on 2026-10-27."],
      ["scheduled", { start: "2026-11-26", end: "2026-11-26" }, "Booked for 2026-11-26 at 10:30."],
      ["scheduled", { start: "2026-12-29", end: "2026-12-29" }, "Booked for 2026-12-29."],
      [
        "not-started",
        { start: "2027-01-26", end: "2027-02-09" },
        "Book between 2027-01-26 and 2027-02-09; due 2027-01-26.",
      ],
      ["not-started", undefined, "Next: book between 2027-12-26 and 2028-02-26; due 2028-01-26."],
    ]);
  });

  const reassess: SessionFlag = { code: "reassess", params: { daysSinceLastSession: 90, thresholdWeeks: 12 } };

  it("leaves an overdue session not started, giving when its window closed from the late flag", () => {
    const late: SessionFlag = { code: "late", params: { daysLate: 9, windowClosedOn: "2025-12-27" } };
    expect(detail({ status: "overdue", flags: [reassess, late] })).toEqual({
      kind: "Appointment",
      code: { text: "Microneedling session 1 of 2" },
      status: "not-started",
      statusReason: { text: "Window closed on 2025-12-27 without the session; re-planned from 2026-01-05." },
      description: "Book between 2026-01-05 and 2026-01-19; due 2026-01-05.",
      scheduledPeriod: { start: "2026-01-05", end: "2026-01-19" },
    });
  });

  it("never writes cancelled: no status the plan can give maps to it", () => {
    for (const { plan: p, options } of Object.values(CASES)) {
      expect(JSON.stringify(toFhirCarePlan(p, options))).not.toContain('"cancelled"');
    }
  });

  it("falls back to the window start when an overdue session has no late flag", () => {
    expect(detail({ status: "overdue", flags: [reassess] })?.statusReason).toEqual({
      text: "Window closed on 2026-01-05 without the session; re-planned from 2026-01-05.",
    });
    expect(detail({ status: "overdue", flags: [] })?.statusReason).toEqual({
      text: "Window closed on 2026-01-05 without the session; re-planned from 2026-01-05.",
    });
    // a late flag always says when the window closed: one without it is not a plan
    expect(caught(() => detail({ status: "overdue", flags: [{ code: "late", params: {} } as never] })).issues).toEqual([
      { code: "required", path: ["plan", "sessions", 0, "flags", 0, "params", "daysLate"], message: "required" },
      { code: "required", path: ["plan", "sessions", 0, "flags", 0, "params", "windowClosedOn"], message: "required" },
    ]);
  });
});

describe("toFhirCarePlan maintenance activity", () => {
  const maintenance = (p: TreatmentPlan, protocol?: Protocol) =>
    toFhirCarePlan(protocol === undefined ? p : madeWith(p, protocol), { patient: "Patient/1" }).activity.at(-1)
      ?.detail;
  const window = {
    earliest: "2027-12-01",
    due: "2028-01-01",
    latest: "2028-03-01",
    after: "2026-12-01",
    projected: true,
    sources: ["ARTICLE-2021" as const],
  };
  const scars = (): TreatmentPlan => ({ ...withSessions([]), maintenance: window });
  const rejuvenation = (): TreatmentPlan => forGoal(scars(), "rejuvenation");

  it("repeats yearly for scar revision, from the next window", () => {
    expect(maintenance(scars())).toEqual({
      kind: "Appointment",
      code: { text: "Microneedling maintenance" },
      status: "not-started",
      description: "Next: book between 2027-12-01 and 2028-03-01; due 2028-01-01.",
      scheduledTiming: { repeat: { boundsPeriod: { start: "2027-12-01" }, frequency: 1, period: 1, periodUnit: "a" } },
    });
    expect(maintenance(scars(), twoYearProtocol)?.scheduledTiming?.repeat).toEqual({
      boundsPeriod: { start: "2027-12-01" },
      frequency: 1,
      period: 2,
      periodUnit: "a",
    });
  });

  it("repeats in months for scar revision when the due interval is not whole years", () => {
    const protocol = defineProtocol({
      maintenance: { scarRevision: { earliestMonths: 13, dueMonths: 18, latestMonths: 18 } },
    });
    expect(maintenance(scars(), protocol)?.scheduledTiming?.repeat).toEqual({
      boundsPeriod: { start: "2027-12-01" },
      frequency: 1,
      period: 18,
      periodUnit: "mo",
    });
  });

  it("repeats in months for rejuvenation, with periodMax only when the window is wider than due", () => {
    expect(maintenance(rejuvenation())?.scheduledTiming?.repeat).toEqual({
      boundsPeriod: { start: "2027-12-01" },
      frequency: 1,
      period: 3,
      periodMax: 6,
      periodUnit: "mo",
    });
    expect(maintenance(rejuvenation(), rejuvenationProtocol)?.scheduledTiming?.repeat).toEqual({
      boundsPeriod: { start: "2027-12-01" },
      frequency: 1,
      period: 4,
      periodUnit: "mo",
    });
    // a whole year is still given in months for rejuvenation, and the scar-revision window is not used
    const yearly = defineProtocol({
      maintenance: {
        rejuvenation: { earliestMonths: 10, dueMonths: 12, latestMonths: 14 },
        scarRevision: { earliestMonths: 20, dueMonths: 24, latestMonths: 24 },
      },
    });
    expect(maintenance(rejuvenation(), yearly)?.scheduledTiming?.repeat).toEqual({
      boundsPeriod: { start: "2027-12-01" },
      frequency: 1,
      period: 12,
      periodMax: 14,
      periodUnit: "mo",
    });
  });

  it("custom protocol exports the custom numbers: every 4 months, up to 8, from the plan's protocol", () => {
    expect(maintenance(plan("custom protocol exports the custom numbers"))?.scheduledTiming?.repeat).toEqual({
      boundsPeriod: { start: "2027-05-05" },
      frequency: 1,
      period: 4,
      periodMax: 8,
      periodUnit: "mo",
    });
  });

  it("adds no maintenance activity when none is planned", () => {
    expect(toFhirCarePlan(withSessions([{}]), { patient: "Patient/1" }).activity).toHaveLength(1);
  });
});

describe("toFhirCarePlan option validation", () => {
  const REFERENCE = "expected a FHIR relative reference such as Patient/123";
  const issues = (options: unknown) => {
    const error = caught(() => toFhirCarePlan(plan("active, one done"), options as ToFhirCarePlanOptions));
    expect(error.code).toBe("INVALID_INPUT");
    return error.issues;
  };

  it.each(["Patient/1", "Patient/a-b.c", "patient/X", `Patient/${"9".repeat(64)}`, "P/1"])(
    "accepts the reference %s",
    (patient) => {
      expect(toFhirCarePlan(plan("active, one done"), { patient, condition: patient }).subject).toEqual({
        reference: patient,
      });
    },
  );

  it.each([
    "123",
    "Patient/",
    "/1",
    "Patient/1 ",
    " Patient/1",
    "urn:Patient/1",
    "Patient/1/_history/2",
    "Patient/a_b",
    "Patient1/1",
    `Patient/${"9".repeat(65)}`,
    "https://fhir.example/Patient/1",
  ])("rejects the reference %o", (reference) => {
    expect(issues({ patient: reference })).toEqual([
      { code: "invalid-format", path: ["options", "patient"], message: REFERENCE, value: reference },
    ]);
    expect(issues({ patient: "Patient/1", condition: reference })).toEqual([
      { code: "invalid-format", path: ["options", "condition"], message: REFERENCE, value: reference },
    ]);
  });

  it("rejects a missing or non-string patient, and a bad message layer", () => {
    expect(issues({})).toEqual([{ code: "required", path: ["options", "patient"], message: "required" }]);
    expect(issues({ patient: undefined })).toEqual([
      { code: "required", path: ["options", "patient"], message: "required" },
    ]);
    expect(issues({ patient: 123 })).toEqual([
      { code: "invalid-type", path: ["options", "patient"], message: "expected a string", value: 123 },
    ]);
    // not even values that print as a reference
    expect(issues({ patient: ["Patient/1"] })).toEqual([
      { code: "invalid-type", path: ["options", "patient"], message: "expected a string", value: ["Patient/1"] },
    ]);
    expect(issues({ patient: { toString: () => "Patient/1" } })).toEqual([
      {
        code: "invalid-type",
        path: ["options", "patient"],
        message: "expected a string",
        value: { toString: "[function]" },
      },
    ]);
    expect(issues({ patient: "Patient/1", messages: { finding: () => "", reminder: () => "" } })).toEqual([
      {
        code: "invalid-type",
        path: ["options", "messages"],
        message: MESSAGE_LAYER,
        value: { finding: "[function]", reminder: "[function]" },
      },
    ]);
  });

  it("rejects unknown options, the removed protocol among them", () => {
    const unknown = (key: string, value: unknown) => ({
      code: "unknown-key",
      path: ["options", key],
      message: "unknown key; expected one of patient, condition, canonicalBase, messages",
      value,
    });
    expect(issues({ patient: "Patient/1", subject: "Patient/1" })).toEqual([unknown("subject", "Patient/1")]);
    // the maintenance timing is the plan's protocol's: a protocol option is an unknown key, whatever it holds
    const protocol = defineProtocol({});
    expect(issues({ patient: "Patient/1", protocol })).toEqual([
      expect.objectContaining({ code: "unknown-key", path: ["options", "protocol"] }),
    ]);
  });

  it("reports the plan's issues, then the options'", () => {
    const error = caught(() => toFhirCarePlan(forGoal(withSessions([]), "tattoo" as never), {} as never));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid-value", ["plan", "inputs", "patient", "goal"]],
      ["required", ["options", "patient"]],
    ]);
  });
});
