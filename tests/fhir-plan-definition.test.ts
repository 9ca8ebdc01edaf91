/**
 * The protocol as a FHIR R4 PlanDefinition + ActivityDefinition (`toFhirPlanDefinition`): golden
 * files, the numbers read back out of the resources and compared with the protocol, conditions,
 * citations, canonical URLs, and the CarePlan's `instantiatesCanonical` pointing at it.
 * tests/fhir-validators.test.ts checks the same resources with the HL7 JSON Schema, FHIR.js and
 * the FHIRPath invariants.
 *
 * Every export runs inside `it` (Stryker activates a mutant only once the tests start).
 */
import { describe, expect, it } from "vitest";
import {
  type FhirPlanDefinition,
  type FhirPlanDefinitionAction,
  type FhirPlanDefinitionBundle,
  toFhirCarePlan,
  toFhirPlanDefinition,
} from "../src/fhir.js";
import { defaultProtocol, defineProtocol, PlannerError, type Protocol, planTreatment } from "../src/index.js";
import { SOURCE_CATALOGUE } from "../src/sources.js";
import { PLAN_DEFINITION_CASES } from "./fhir-plans.js";
import { caught } from "./planning-helpers.js";

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

describe("toFhirPlanDefinition golden output", () => {
  it.each(Object.keys(PLAN_DEFINITION_CASES))("%s", async (name) => {
    const { protocol, options } = PLAN_DEFINITION_CASES[name] as (typeof PLAN_DEFINITION_CASES)[string];
    await expect(`${JSON.stringify(toFhirPlanDefinition(protocol, options), null, 2)}\n`).toMatchFileSnapshot(
      `__snapshots__/fhir/plan-definition-${slug(name)}.json.snap`,
    );
  });
});

/** The protocol's numbers as read back out of a PlanDefinition, with nothing from the library. */
function readBack(bundle: FhirPlanDefinitionBundle) {
  const plan = bundle.entry[0].resource;
  const action = (id: string, from: readonly FhirPlanDefinitionAction[] = plan.action) => {
    const found = from.find((a) => a.id === id);
    if (found === undefined) throw new Error(`no action ${id}`);
    return found;
  };
  const course = action("course");
  const rows = Object.fromEntries(
    (course.action ?? []).map((row) => {
      const repeat = row.timingTiming?.repeat;
      const range = /^(\d+)-(\d+) sessions, typical (\d+)/.exec(row.description ?? "");
      return [
        row.id.replace(/^course-/, ""),
        {
          min: Number(range?.[1]),
          typical: repeat?.count,
          max: repeat?.countMax ?? repeat?.count,
          minWeeks: repeat?.period,
          maxWeeks: repeat?.periodMax ?? repeat?.period,
          unit: repeat?.periodUnit,
        },
      ];
    }),
  );
  const maintenance = (id: string) => {
    const a = action(id);
    const range = a.relatedAction?.[0]?.offsetRange;
    return {
      earliestMonths: range?.low.value,
      dueMonths: a.timingTiming?.repeat.period,
      latestMonths: range?.high.value,
      periodMax: a.timingTiming?.repeat.periodMax ?? a.timingTiming?.repeat.period,
    };
  };
  const condition = (code: string) =>
    course.condition?.find((c) => c.expression.expression.includes(`'${code}'`))?.expression.expression ?? "";
  return {
    version: plan.version,
    rows,
    resultCheckMonths: action("result-check").relatedAction?.[0]?.offsetDuration?.value,
    resultCheckTiming: action("result-check").timingDuration?.value,
    finalResultCheckMonths: action("final-result-check").relatedAction?.[0]?.offsetDuration?.value,
    scarRevision: maintenance("maintenance-scar-revision"),
    rejuvenation: maintenance("maintenance-rejuvenation"),
    washoutMonths: Number(/at least (\d+) months since its last dose/.exec(condition("isotretinoin"))?.[1]),
    fillerDays: Number(/at least (\d+) days/.exec(condition("recent-filler-or-toxin-in-area"))?.[1]),
    resurfacingDays: Number(/at least (\d+) days/.exec(condition("recent-resurfacing-in-area"))?.[1]),
  };
}

/** The same numbers, straight from the protocol. */
function expected(protocol: Protocol) {
  const row = (range: { min: number; typical: number; max: number }) => ({
    ...range,
    minWeeks: protocol.interval.minWeeks,
    maxWeeks: protocol.interval.maxWeeks,
    unit: "wk",
  });
  const maintenance = (m: Protocol["maintenance"]["scarRevision"]) => ({ ...m, periodMax: m.latestMonths });
  return {
    version: protocol.version,
    rows: {
      mild: row(protocol.sessions.mild),
      moderate: row(protocol.sessions.moderate),
      severe: row(protocol.sessions.severe),
      ...Object.fromEntries(Object.entries(protocol.sessionsByType).map(([type, r]) => [type, row(r as never)])),
      rejuvenation: row(protocol.sessions.rejuvenation),
    },
    resultCheckMonths: protocol.resultCheckMonths,
    resultCheckTiming: protocol.resultCheckMonths,
    finalResultCheckMonths: protocol.finalResultCheckMonths,
    scarRevision: maintenance(protocol.maintenance.scarRevision),
    rejuvenation: maintenance(protocol.maintenance.rejuvenation),
    washoutMonths: protocol.isotretinoinWashoutMonths,
    fillerDays: protocol.fillerToxinWaitDays,
    resurfacingDays: protocol.resurfacingWaitDays,
  };
}

describe("the numbers read back out of the PlanDefinition are the protocol's", () => {
  it.each(Object.keys(PLAN_DEFINITION_CASES))("%s", (name) => {
    const { protocol, options } = PLAN_DEFINITION_CASES[name] as (typeof PLAN_DEFINITION_CASES)[string];
    expect(readBack(toFhirPlanDefinition(protocol, options))).toEqual(expected(protocol));
  });

  it("a protocol with no type of its own range has no such row; equal bounds give no countMax or periodMax", () => {
    const protocol = defineProtocol({
      sessionsByType: {},
      sessions: { moderate: { min: 4, typical: 4, max: 4 } },
      interval: { minWeeks: 5, maxWeeks: 5 },
    });
    const bundle = toFhirPlanDefinition(protocol);
    const rows = bundle.entry[0].resource.action[0]?.action ?? [];
    expect(rows.map((r) => r.id)).toEqual(["course-mild", "course-moderate", "course-severe", "course-rejuvenation"]);
    expect(rows[1]?.timingTiming).toEqual({ repeat: { count: 4, frequency: 1, period: 5, periodUnit: "wk" } });
    expect(readBack(bundle)).toEqual(expected(protocol));
  });
});

describe("the PlanDefinition's parts", () => {
  const plan = (p: Protocol = defaultProtocol): FhirPlanDefinition => toFhirPlanDefinition(p).entry[0].resource;

  it("names the protocol, its version and the HL7 clinical-protocol type; status active unless given", () => {
    const p = plan();
    expect([p.resourceType, p.id, p.url, p.version, p.name, p.title, p.status]).toEqual([
      "PlanDefinition",
      "article-2021",
      "urn:microneedling-planner:plan-definition:article-2021",
      "1",
      "MicroneedlingCourse",
      "Microneedling course, protocol article-2021@1",
      "active",
    ]);
    expect(p.type.coding[0]).toEqual({
      system: "http://terminology.hl7.org/CodeSystem/plan-definition-type",
      code: "clinical-protocol",
      display: "Clinical Protocol",
    });
    expect(p.meta).toEqual({ source: "urn:microneedling-planner:library:0.0.0" });
    const draft = toFhirPlanDefinition(defaultProtocol, { status: "draft" });
    expect(draft.entry.map((e) => e.resource.status)).toEqual(["draft", "draft"]);
  });

  it("the ActivityDefinition is a session, and every course row and maintenance points at its version", () => {
    const bundle = toFhirPlanDefinition(defaultProtocol, { canonicalBase: "https://clinic.example/fhir" });
    const [{ resource: p }, { resource: a }] = bundle.entry;
    expect([bundle.resourceType, bundle.type]).toEqual(["Bundle", "collection"]);
    expect(a).toEqual({
      resourceType: "ActivityDefinition",
      id: "article-2021-session",
      meta: { source: "urn:microneedling-planner:library:0.0.0" },
      url: "https://clinic.example/fhir/ActivityDefinition/article-2021-session",
      version: "1",
      name: "MicroneedlingSession",
      title: "Microneedling session",
      status: "active",
      description: "One microneedling (collagen induction therapy) session of protocol article-2021@1.",
      kind: "ServiceRequest",
      code: { text: "Microneedling session" },
    });
    const canonicals = [...(p.action[0]?.action ?? []), ...p.action.slice(3)].map((x) => x.definitionCanonical);
    expect(canonicals).toHaveLength(7);
    expect(new Set(canonicals)).toEqual(new Set([`${a.url}|1`]));
  });

  it("a protocol id with '_' or '+' becomes a FHIR id; the URN keeps it", () => {
    const p = plan(defineProtocol({ id: "clinic_a+b", version: "2" }));
    expect([p.id, p.url]).toEqual(["clinic-a-b", "urn:microneedling-planner:plan-definition:clinic_a+b"]);
    const long = "a".repeat(100);
    expect(plan(defineProtocol({ id: long, version: "2" })).id).toBe("a".repeat(56));
  });

  it("eligibility rules are applicability conditions in plain text, with the protocol's numbers", () => {
    const conditions = plan(defineProtocol({ isotretinoinWashoutMonths: 12, fillerToxinWaitDays: 21 })).action[0]
      ?.condition;
    expect(conditions?.every((c) => c.kind === "applicability" && c.expression.language === "text/plain")).toBe(true);
    const byCode = (code: string) => conditions?.find((c) => c.expression.expression.includes(`'${code}'`))?.expression;
    expect(byCode("bleeding-disorder")).toEqual({
      description: "Bleeding disorder: do not treat (FDA-DEN160029).",
      language: "text/plain",
      expression: "not (factor 'bleeding-disorder' active)",
    });
    expect(byCode("stainless-steel-allergy")?.expression).toBe(
      "not (factor 'stainless-steel-allergy' active or history)",
    );
    expect(byCode("isotretinoin")?.expression).toBe(
      "not factor 'isotretinoin' active; and if history, at least 12 months since its last dose",
    );
    expect(byCode("isotretinoin")?.description).toMatch(
      /^Isotretinoin: do not treat while taking it; after the last dose, wait 12 months \(FDA-DEN160029, /,
    );
    expect(byCode("recent-filler-or-toxin-in-area")).toEqual({
      description:
        "Filler or botulinum toxin in the area: wait 21 days after it (PRACTICE-CONVENTION, CLINICAL-REVIEW-2026).",
      language: "text/plain",
      expression: "at least 21 days since factor 'recent-filler-or-toxin-in-area'",
    });
    // needs-review, precaution and replaced codes are not applicability rules
    for (const code of ["diabetes", "gold-allergy", "pregnant-or-nursing", "topical-retinoids"]) {
      expect(byCode(code), code).toBeUndefined();
    }
    expect(byCode("pregnant")?.expression).toBe("not (factor 'pregnant' active)");
    expect(conditions).toHaveLength(19);
  });

  it("cites, as citations from the source catalogue, the sources of the settings kept from the default", () => {
    const all = plan().relatedArtifact ?? [];
    expect(
      all.every((r) => r.type === "citation" && r.citation === SOURCE_CATALOGUE[r.label as "ISO-INSERT"].citation),
    ).toBe(true);
    expect(all.map((r) => r.label)).toContain("ISO-INSERT");
    expect(new Set(all.map((r) => r.label)).size).toBe(all.length);
    const labels = (plan(defineProtocol({ isotretinoinWashoutMonths: 12 })).relatedArtifact ?? []).map((r) => r.label);
    expect(labels).not.toContain("ISO-INSERT");
    expect(labels).not.toContain("SPRING-2017");
    expect(labels).toContain("ARTICLE-2021");
    expect(labels).toHaveLength(all.length - 3);
  });
});

describe("the CarePlan points at the PlanDefinition", () => {
  it("instantiatesCanonical is the PlanDefinition's url|version, with the same canonical base", () => {
    const protocol = defineProtocol({ interval: { maxWeeks: 8 } });
    const plan = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "2026-11-24", protocol });
    for (const canonicalBase of [undefined, "https://clinic.example/fhir"]) {
      const definition = toFhirPlanDefinition(protocol, { canonicalBase }).entry[0].resource;
      const carePlan = toFhirCarePlan(plan, { patient: "Patient/1", canonicalBase });
      expect(carePlan.instantiatesCanonical).toEqual([`${definition.url}|${definition.version}`]);
    }
  });
});

describe("bad input", () => {
  it("rejects a malformed protocol and malformed or unknown options", () => {
    const error = caught(() => toFhirPlanDefinition({ ...defaultProtocol, interval: { minWeeks: 0, maxWeeks: 6 } }));
    expect(error).toBeInstanceOf(PlannerError);
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([["out-of-range", ["protocol", "interval", "minWeeks"]]]);
    const options = caught(() =>
      toFhirPlanDefinition(defaultProtocol, {
        canonicalBase: "https://clinic.example/fhir/",
        status: "final",
        colour: 1,
      } as never),
    );
    expect(options.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid-format", ["options", "canonicalBase"]],
      ["invalid-value", ["options", "status"]],
      ["unknown-key", ["options", "colour"]],
    ]);
    for (const base of ["clinic.example", "https://a.example/fhir?x=1", "https://a.example/f|1", "https://a b"]) {
      expect(caught(() => toFhirPlanDefinition(defaultProtocol, { canonicalBase: base })).issues[0]?.path).toEqual([
        "options",
        "canonicalBase",
      ]);
    }
  });
});
