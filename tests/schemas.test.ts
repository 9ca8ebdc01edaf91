import { describe, expect, it } from "vitest";
import * as z from "zod";
import { checkPatient } from "../src/_lib/check-patient.js";
import type { PlannerIssue } from "../src/errors.js";
import { FACTOR_CODES, PlannerError, SCAR_TYPES } from "../src/index.js";
import { fromZodIssues } from "../src/schemas/zod-issues.js";
import {
  eligibilitySchema,
  findingSchema,
  isoDateSchema,
  parsePatient,
  patientSchema,
  safeParsePatient,
} from "../src/schemas.js";
import { fc, prop } from "./prop.js";

describe("isoDateSchema", () => {
  it.each([
    ["2024-02-29", true],
    ["2026-02-28", true],
    ["1900-01-01", true],
    ["2999-12-31", true],
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-1-01", false],
    ["1899-12-31", false],
    ["3000-01-01", false],
    ["2026-11-24T00:00:00Z", false],
  ])("%s -> %s", (value, ok) => {
    expect(isoDateSchema.safeParse(value).success).toBe(ok);
  });
});

describe("parse helpers name the path and the value", () => {
  it.each([
    [{ goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "mole" }] }, "patient.scars[0].type", "mole"],
    [
      { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "icepick", depth: "deep" }] },
      "patient.scars[0].depth",
      "deep",
    ],
    [{ goal: "scar-revision", fitzpatrick: "III", factors: [{ code: "flu" }] }, "patient.factors[0].code", "flu"],
    [{ goal: "scar-revision", fitzpatrick: "III", factors: [{ code: "other" }] }, "patient.factors[0].note", undefined],
    [{ goal: "scar-revision", fitzpatrick: "III", fitzpatric: "III" }, "patient.fitzpatric", "III"],
    [{ goal: "scar-revision", fitzpatrick: "III", birthDate: "2026-02-30" }, "patient.birthDate", "2026-02-30"],
    [{ goal: "scar-revision" }, "patient.fitzpatrick", undefined],
    [null, "patient", null],
  ])("%o -> %s", (input, path, value) => {
    const result = safeParsePatient(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(PlannerError);
    expect(result.error.code).toBe("INVALID_INPUT");
    expect(result.error.issues[0]).toMatchObject({ path, value });
    expect(() => parsePatient(input)).toThrow(PlannerError);
  });

  it("parsePatient returns the data", () => {
    const patient = { goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "other", note: "x" }] };
    expect(parsePatient(patient)).toEqual(patient);
  });

  it("the eligibility result schema accepts real results", async () => {
    const { assessEligibility } = await import("../src/index.js");
    const result = assessEligibility(
      parsePatient({
        goal: "scar-revision",
        fitzpatrick: "V",
        scars: [{ type: "icepick", goodmanGrade: 3 }],
        factors: [{ code: "isotretinoin", status: "history", until: "2026-10-01" }],
      }),
      { on: "2026-11-24" },
    );
    expect(eligibilitySchema.parse(result)).toEqual(result);
  });
});

describe("zod issues become planner issues", () => {
  const issuesOf = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) throw new Error("expected a failure");
    return fromZodIssues(result.error.issues, "x");
  };

  it("one issue per unknown field, with its value", () => {
    const error = safeParsePatient({ goal: "rejuvenation", fitzpatrick: "II", age: 30, name: undefined });
    expect(error.success ? [] : error.error.issues).toEqual([
      { path: "patient.age", value: 30, message: "unknown field" },
      { path: "patient.name", value: undefined, message: "unknown field" },
    ]);
  });

  it("a plain union reports the value it was given", () => {
    const finding = { kind: "factor", code: "x", reason: "other", effect: "needs-review", params: { note: true } };
    expect(issuesOf(findingSchema, { ...finding, sources: ["PLANNER-DECISION"] })).toEqual([
      { path: "x.params.note", value: true, message: "Invalid input" },
    ]);
  });

  it("a discriminated union reports the discriminator's own value, never an inherited one", () => {
    const shape = z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("a") }),
      z.object({ kind: z.literal("b") }),
    ]);
    const message = "Invalid discriminator value. Expected 'a' | 'b'";
    expect(issuesOf(shape, { kind: "c" })).toEqual([{ path: "x.kind", value: "c", message }]);
    expect(issuesOf(shape, Object.create({ kind: "c" }))).toEqual([{ path: "x.kind", value: undefined, message }]);
  });

  it("never throws on a discriminator issue whose input is not an object", () => {
    const issue = (input: unknown, discriminator: string) =>
      ({ code: "invalid_union", errors: [], discriminator, input, path: [], message: "m" }) as z.core.$ZodIssue;
    expect(fromZodIssues([issue(null, "kind"), issue("abc", "length")], "x")).toEqual([
      { path: "x", value: undefined, message: "m" },
      { path: "x", value: undefined, message: "m" },
    ]);
  });
});

// The zod-free guard used by domain functions must accept exactly what the schema accepts,
// except that it lets unknown factor codes through (eligibility sends them to review) and
// ignores unknown keys.
describe("the domain guard agrees with patientSchema", () => {
  const date = fc.oneof(
    fc.constantFrom("2026-02-29", "2024-02-29", "2026-02-30", "1899-12-31", "2026-11-24", "26-11-24", ""),
    fc
      .date({ min: new Date("1890-01-01"), max: new Date("3010-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  );
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const scar = fc.record(
    {
      type: fc.constantFrom(...SCAR_TYPES, "mole"),
      severity: maybe(fc.constantFrom("mild", "moderate", "severe", "extreme")),
      goodmanGrade: maybe(fc.constantFrom(0, 1, 2, 3, 4, 2.5, "3")),
      depth: maybe(fc.constantFrom("shallow", "deep", "medium")),
      formedOn: maybe(date),
      area: maybe(fc.string({ maxLength: 3 })),
    },
    { requiredKeys: ["type"] },
  );
  const factor = fc.record(
    {
      code: fc.constantFrom(...FACTOR_CODES, "other"),
      status: maybe(fc.constantFrom("active", "history", "past")),
      since: maybe(date),
      until: maybe(date),
      note: maybe(fc.string({ maxLength: 3 })),
    },
    { requiredKeys: ["code"] },
  );
  const patient = fc.record(
    {
      id: maybe(fc.string({ maxLength: 3 })),
      goal: fc.constantFrom("scar-revision", "rejuvenation", "other"),
      fitzpatrick: fc.constantFrom("I", "II", "III", "IV", "V", "VI", "VII", 4),
      birthDate: maybe(date),
      scars: maybe(fc.array(scar, { maxLength: 3 })),
      factors: maybe(fc.array(factor, { maxLength: 3 })),
    },
    { requiredKeys: [] },
  );

  prop([patient], { numRuns: 2000 })("same verdict", (input) => {
    const issues: PlannerIssue[] = [];
    checkPatient(input, "patient", issues);
    const json = JSON.parse(JSON.stringify(input)) as unknown;
    expect(issues.length === 0).toBe(patientSchema.safeParse(json).success);
  });
});
