import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  assessEligibility,
  checkBooking,
  defaultProtocol,
  estimateSessions,
  FACTOR_CODES,
  FINDING_REASONS,
  GOODMAN_LESION_TYPES,
  goodmanQuantitativeScore,
  PlannerError,
  planTreatment,
  replan,
  SCAR_TYPES,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { issuesFromZod } from "../src/schemas/zod-issues.js";
import * as schemas from "../src/schemas.js";
import {
  bookingCheckSchema,
  bookingReasonSchema,
  bookingSchema,
  caseFileSchema,
  eligibilitySchema,
  findingSchema,
  goodmanScoreInputSchema,
  goodmanScoreSchema,
  isoDateSchema,
  parseCaseFile,
  parsePatient,
  parseProtocol,
  parseTreatmentPlan,
  patientSchema,
  planInputsSchema,
  safeParseCaseFile,
  safeParsePatient,
  safeParseProtocol,
  safeParseTreatmentPlan,
  treatmentPlanSchema,
} from "../src/schemas.js";
import { PATIENT } from "../src/validation/generated.js";
import { issuesOf as rootIssuesOf } from "../src/validation/validate.js";
import { ON } from "./fixtures.js";
import { caught } from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

const DATE = "expected a real calendar date YYYY-MM-DD from 1900 to 2999";
const PATIENT_KEYS = "unknown key; expected one of id, goal, fitzpatrick, birthDate, scars, factors";

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

describe("parse helpers name the code, the path and the value", () => {
  const b = { goal: "scar-revision", fitzpatrick: "III" } as const;
  it.each([
    [
      { ...b, scars: [{ type: "mole" }] },
      "invalid-value",
      ["patient", "scars", 0, "type"],
      'expected one of "boxcar", "icepick", "rolling", "hypertrophic", "keloid", "surgical", "traumatic", "burn", "varicella", "striae"',
      "mole",
    ],
    [
      { ...b, scars: [{ type: "icepick", depth: "deep" }] },
      "unknown-key",
      ["patient", "scars", 0, "depth"],
      "unknown key; expected one of type, severity, goodmanGrade, formedOn, area",
      "deep",
    ],
    [
      { ...b, factors: [{ code: "other" }] },
      "required",
      ["patient", "factors", 0, "note"],
      "an 'other' factor needs a note saying what it is",
      undefined,
    ],
    [
      { ...b, scars: [{ type: "striae", goodmanGrade: 2 }] },
      "unknown-key",
      ["patient", "scars", 0, "goodmanGrade"],
      "unknown key; expected one of type, severity, formedOn, area",
      2,
    ],
    [
      { ...b, scars: [{ type: "keloid", depth: "deep" }] },
      "unknown-key",
      ["patient", "scars", 0, "depth"],
      "unknown key; expected one of type, severity, formedOn, area",
      "deep",
    ],
    [{ ...b, fitzpatric: "III" }, "unknown-key", ["patient", "fitzpatric"], PATIENT_KEYS, "III"],
    [{ ...b, birthDate: "2026-02-30" }, "invalid-date", ["patient", "birthDate"], DATE, "2026-02-30"],
    [{ goal: "scar-revision" }, "required", ["patient", "fitzpatrick"], "required", undefined],
    [null, "invalid-type", ["patient"], "expected an object", null],
  ] as const)("%o -> %s at %o", (input, code, path, message, value) => {
    const result = safeParsePatient(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(PlannerError);
    expect(result.error.code).toBe("INVALID_INPUT");
    expect(result.error.issues).toEqual([
      value === undefined ? { code, path, message } : { code, path, message, value },
    ]);
    expect(caught(() => parsePatient(input)).issues).toEqual(result.error.issues);
    // The root entry reports the very same issues.
    expect(caught(() => assessEligibility(input as never, { today: ON })).issues).toEqual(result.error.issues);
  });

  it("an unknown factor code is accepted (schemas included) and sent to review", () => {
    const input = { ...b, scars: [{ type: "rolling", goodmanGrade: 3 }], factors: [{ code: "flu" }] };
    expect(patientSchema.safeParse(input).success).toBe(true);
    const patient = parsePatient(input);
    expect(patient).toEqual(input);
    const result = assessEligibility(patient, { today: ON });
    expect(result.status).toBe("needs-review");
    expect(result.findings).toEqual([
      {
        kind: "factor",
        code: "flu",
        index: 0,
        reason: "unknown-code",
        effect: "needs-review",
        params: {},
        sources: ["PLANNER-DECISION"],
      },
      {
        kind: "scar",
        code: "rolling",
        index: 0,
        reason: "adjunct",
        effect: "info",
        params: { therapies: ["subcision"] },
        sources: ["JACOB-2001", "CONNOLLY-2017", "HESSION-GRABER-2015"],
      },
    ]);
  });

  it("parsePatient returns the data", () => {
    const patient = { goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "other", note: "x" }] };
    expect(parsePatient(patient)).toEqual(patient);
  });

  it("the eligibility result schema accepts real results", () => {
    const result = assessEligibility(
      parsePatient({
        goal: "scar-revision",
        fitzpatrick: "V",
        scars: [{ type: "icepick", goodmanGrade: 3 }],
        factors: [{ code: "isotretinoin", status: "history", until: "2026-10-01" }],
      }),
      { today: "2026-11-24" },
    );
    expect(eligibilitySchema.parse(result)).toEqual(result);
  });
});

describe("one policy: the `scar` typo, `depth: undefined`", () => {
  const typo = { goal: "scar-revision", fitzpatrick: "III", scar: [{ type: "rolling", goodmanGrade: 3 }] };

  it.each([
    ["planTreatment", () => planTreatment(typo as never, { today: ON })],
    ["assessEligibility", () => assessEligibility(typo as never, { today: ON })],
    ["estimateSessions", () => estimateSessions(typo as never)],
    ["parsePatient", () => parsePatient(typo)],
  ])("%s rejects it with one unknown-key issue ending in scar", (_name, run) => {
    const { code, issues } = caught(run);
    expect(code).toBe("INVALID_INPUT");
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("unknown-key");
    expect(issues[0]?.path).toEqual(["patient", "scar"]);
    expect(issues[0]?.path.at(-1)).toBe("scar");
    expect(issues[0]?.message).toBe(PATIENT_KEYS);
  });

  it('`{ type: "rolling", depth: undefined }` is rejected by both paths the same way', () => {
    const input = { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", depth: undefined }] };
    const expected = [
      {
        code: "unknown-key",
        path: ["patient", "scars", 0, "depth"],
        message: "unknown key; expected one of type, severity, goodmanGrade, formedOn, area",
      },
    ];
    expect(patientSchema.safeParse(input).success).toBe(false);
    expect(caught(() => parsePatient(input)).issues).toEqual(expected);
    expect(caught(() => assessEligibility(input as never, { today: ON })).issues).toEqual(expected);
  });

  it("a known optional key given as undefined counts as absent on both paths", () => {
    const input = {
      goal: "scar-revision",
      fitzpatrick: "III",
      birthDate: undefined,
      scars: [{ type: "boxcar", depth: undefined }],
    };
    expect(safeParsePatient(input).success).toBe(true);
    expect(assessEligibility(input as never, { today: ON }).status).toBe("needs-review");
  });
});

describe("safeParse* and parse* come in pairs", () => {
  const patient = { goal: "rejuvenation", fitzpatrick: "II" } as const;
  const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  const pairs = [
    ["Patient", safeParsePatient, parsePatient, patient, { ...patient, scar: [] }, ["patient", "scar"]],
    [
      "CaseFile",
      safeParseCaseFile,
      parseCaseFile,
      { patient, completed: ["2026-10-01"] },
      { patient: { ...patient, scar: [] } },
      ["caseFile", "patient", "scar"],
    ],
    [
      "Protocol",
      safeParseProtocol,
      parseProtocol,
      json(defaultProtocol),
      { ...defaultProtocol, extra: 1 },
      ["protocol", "extra"],
    ],
    [
      "TreatmentPlan",
      safeParseTreatmentPlan,
      parseTreatmentPlan,
      json(planTreatment(patient, { today: ON, booked: [{ session: 1, on: "2026-11-26", time: "09:15" }] })),
      { ...planTreatment(patient, { today: ON }), extra: 1 },
      ["plan", "extra"],
    ],
  ] as const;

  it("every pair is exported from ./schemas", () => {
    for (const name of ["Patient", "CaseFile", "Protocol", "TreatmentPlan"]) {
      expect(typeof (schemas as Record<string, unknown>)[`safeParse${name}`]).toBe("function");
      expect(typeof (schemas as Record<string, unknown>)[`parse${name}`]).toBe("function");
    }
  });

  it.each(pairs)("%s: the data on success, the same error on failure", (name, safeParse, parse, good, bad, path) => {
    const ok = (safeParse as (input: unknown) => schemas.SafeParseResult<unknown>)(good);
    expect(ok).toEqual({ success: true, data: good });
    expect((parse as (input: unknown) => unknown)(good)).toEqual(good);

    const failed = (safeParse as (input: unknown) => schemas.SafeParseResult<unknown>)(bad);
    expect(failed.success).toBe(false);
    if (failed.success) return;
    expect(failed.error).toBeInstanceOf(PlannerError);
    expect(failed.error.code).toBe(name === "Protocol" ? "INVALID_PROTOCOL" : "INVALID_INPUT");
    expect(failed.error.issues.map((issue) => [issue.code, issue.path])).toEqual([["unknown-key", path]]);
    const thrown = caught(() => (parse as (input: unknown) => unknown)(bad));
    expect(thrown.code).toBe(failed.error.code);
    expect(thrown.issues).toEqual(failed.error.issues);
    expect(thrown.message).toBe(failed.error.message);
  });

  it("a parsed case file and plan match their schemas", () => {
    expect(caseFileSchema.safeParse(pairs[1][3]).success).toBe(true);
    expect(treatmentPlanSchema.safeParse(pairs[3][3]).success).toBe(true);
  });
});

describe("bookings, plan inputs and booking checks", () => {
  const patient = { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", goodmanGrade: 3 }] } as const;
  const TIME = "expected a local time of day HH:MM (00:00 to 23:59)";

  it.each([
    [{ session: 1, on: "2026-12-01" }, true],
    [{ session: 50, on: "2999-12-31", time: "23:59" }, true],
    [{ session: 1, on: "2026-12-01", time: "00:00" }, true],
    [{ session: 0, on: "2026-12-01" }, false],
    [{ session: 51, on: "2026-12-01" }, false],
    [{ session: 1.5, on: "2026-12-01" }, false],
    [{ session: 1, on: "2026-02-30" }, false],
    [{ session: 1, on: "2026-12-01", time: "24:00" }, false],
    [{ session: 1, on: "2026-12-01", time: "9:30" }, false],
    [{ session: 1, on: "2026-12-01", time: "09:30:00" }, false],
    [{ session: 1, on: "2026-12-01", at: "09:30" }, false],
    [{ on: "2026-12-01" }, false],
  ])("bookingSchema %o -> %s", (booking, ok) => {
    expect(bookingSchema.safeParse(booking).success).toBe(ok);
  });

  it("a session booked twice: one inconsistent issue, alike on every path", () => {
    const booked = [
      { session: 2, on: "2026-12-01" },
      { session: 3, on: "2026-12-29", time: "10:00" },
      { session: 2, on: "2026-12-08" },
    ];
    const issue = (root: readonly (string | number)[]) => ({
      code: "inconsistent",
      path: [...root, "booked", 2, "session"],
      message: "session 2 is booked more than once",
      value: 2,
    });
    expect(caseFileSchema.safeParse({ patient, booked }).success).toBe(false);
    expect(caught(() => parseCaseFile({ patient, booked })).issues).toEqual([issue(["caseFile"])]);
    expect(caught(() => planTreatment(patient, { today: ON, booked })).issues).toEqual([issue(["options"])]);
    const plan = planTreatment(patient, { today: ON });
    expect(caught(() => replan(plan, { today: ON, booked })).issues).toEqual([issue(["options"])]);
    const stored = { ...plan, inputs: { ...plan.inputs, booked } };
    expect(planInputsSchema.safeParse(stored.inputs).success).toBe(false);
    expect(caught(() => parseTreatmentPlan(stored)).issues).toEqual([issue(["plan", "inputs"])]);
    expect(caught(() => checkBooking(stored, { on: ON })).issues).toEqual([issue(["plan", "inputs"])]);
    // The same session number may be booked again once the first booking is replaced.
    expect(caseFileSchema.safeParse({ patient, booked: booked.slice(0, 2) }).success).toBe(true);
    expect(
      caught(() => parseCaseFile({ patient, booked: [{ session: 1, on: "2026-12-01", time: "7:00" }] })).issues,
    ).toEqual([{ code: "invalid-format", path: ["caseFile", "booked", 0, "time"], message: TIME, value: "7:00" }]);
  });

  it("planInputsSchema accepts what a plan records, and requires completed, booked and horizonDays", () => {
    const plan = planTreatment(patient, {
      today: ON,
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-11-26", time: "10:30" }],
      sessionCount: 5,
      availability: { openWeekdays: ["tue", "thu"] },
    });
    expect(planInputsSchema.parse(plan.inputs)).toEqual(plan.inputs);
    expect(plan.inputs).toEqual({
      patient,
      completed: ["2026-10-27"],
      booked: [{ session: 2, on: "2026-11-26", time: "10:30" }],
      sessionCount: 5,
      availability: { openWeekdays: ["tue", "thu"] },
      horizonDays: 90,
    });
    const { completed: _c, booked: _b, horizonDays: _h, ...partial } = plan.inputs;
    const result = planInputsSchema.safeParse(partial);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      ["completed"],
      ["booked"],
      ["horizonDays"],
    ]);
    // Inputs are input: their dates run to 2999, not 9999.
    expect(planInputsSchema.safeParse({ ...plan.inputs, startOn: "3000-01-01" }).success).toBe(false);
  });

  it("bookingCheckSchema and bookingReasonSchema accept real answers, messages included", () => {
    const plan = planTreatment(patient, {
      today: ON,
      completed: ["2026-11-10"],
      availability: { openWeekdays: ["tue", "thu"] },
    });
    const answers = [
      checkBooking(plan, { on: "2026-11-17", messages: englishMessages }),
      checkBooking(plan, { on: "2026-11-25", time: "10:00" }),
      checkBooking(plan, { on: "2027-03-02", messages: englishMessages }),
      checkBooking(plan, { on: "2027-03-02", visit: "maintenance", messages: englishMessages }),
    ];
    expect(answers.flatMap((answer) => answer.reasons.map((reason) => reason.code)).sort()).toEqual([
      "clinic-closed",
      "course-unfinished",
      "in-past",
      "late",
      "maintenance-too-early",
      "reassess",
      "too-soon",
      "too-soon",
    ]);
    for (const answer of answers) {
      expect(bookingCheckSchema.parse(answer)).toEqual(answer);
      for (const reason of answer.reasons) expect(bookingReasonSchema.parse(reason)).toEqual(reason);
    }
  });

  it.each([
    [{ code: "late", effect: "blocks", params: { windowClosedOn: "2026-11-24", daysLate: 1 }, sources: [] }],
    [{ code: "in-past", effect: "blocks", params: {}, sources: ["PLANNER-DECISION"] }],
    [{ code: "clinic-closed", effect: "blocks", params: { on: ON }, sources: ["PLANNER-DECISION"] }],
    [{ code: "closed", effect: "blocks", params: {}, sources: [] }],
    [{ code: "no-maintenance", effect: "blocks", params: {}, sources: ["NOT-A-SOURCE"] }],
  ])("bookingReasonSchema rejects %o", (reason) => {
    expect(bookingReasonSchema.safeParse(reason).success).toBe(false);
  });

  it("a plan stored before plans were durable records is rejected, naming what changed", () => {
    const plan = planTreatment({ id: "p-1", goal: "rejuvenation", fitzpatrick: "II" }, { today: ON });
    const { schemaVersion: _v, madeBy: _m, inputs: _i, protocol: _p, ...rest } = plan;
    const old = JSON.parse(
      JSON.stringify({ ...rest, patientId: "p-1", goal: "rejuvenation", protocolVersion: "article-2021.1" }),
    ) as unknown;
    const keys =
      "unknown key; expected one of schemaVersion, madeBy, today, inputs, protocol, eligibility, estimate, sessions, resultCheckOn, finalResultCheckOn, maintenance, reminders";
    const expected = [
      { code: "required", path: ["plan", "schemaVersion"], message: "required" },
      { code: "required", path: ["plan", "madeBy"], message: "required" },
      { code: "required", path: ["plan", "inputs"], message: "required" },
      { code: "required", path: ["plan", "protocol"], message: "required" },
      { code: "unknown-key", path: ["plan", "patientId"], message: keys, value: "p-1" },
      { code: "unknown-key", path: ["plan", "goal"], message: keys, value: "rejuvenation" },
      { code: "unknown-key", path: ["plan", "protocolVersion"], message: keys, value: "article-2021.1" },
    ];
    expect(treatmentPlanSchema.safeParse(old).success).toBe(false);
    expect(caught(() => parseTreatmentPlan(old)).issues).toEqual(expected);
    expect(caught(() => replan(old as never, { today: ON })).issues).toEqual(expected);
    // A plan of another record shape or by another library is not this one.
    expect(treatmentPlanSchema.safeParse({ ...plan, schemaVersion: 2 }).success).toBe(false);
    expect(treatmentPlanSchema.safeParse({ ...plan, madeBy: { name: "other", version: "1" } }).success).toBe(false);
  });

  it("madeBy.version is 1 to 100 of [0-9A-Za-z.+-] (invalid-format otherwise)", () => {
    const plan = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: ON });
    const withVersion = (version: string) => ({ ...plan, madeBy: { name: "microneedling-planner", version } });
    for (const version of ["0", "1.2.0", "1.2.0-rc.1+build.5", "v".repeat(100)]) {
      expect(parseTreatmentPlan(withVersion(version)).madeBy.version).toBe(version);
    }
    for (const version of ["", "1.2.0 beta", "1;2", "1,2", "1\\2", "1_2", "1.2\n", "é", "v".repeat(101)]) {
      expect(caught(() => parseTreatmentPlan(withVersion(version))).issues).toEqual([
        {
          code: "invalid-format",
          path: ["plan", "madeBy", "version"],
          message: "expected a version such as 1.2.0",
          // values over 100 characters are shown cut to 99 and an ellipsis
          value: version.length > 100 ? `${version.slice(0, 99)}…` : version,
        },
      ]);
    }
  });
});

describe("zod issues become planner issues (the parse helpers' fallback)", () => {
  const issuesOf = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) throw new Error("expected a failure");
    return issuesFromZod(result.error.issues, "x");
  };

  it("one issue per unknown key, with its value when there is one", () => {
    expect(issuesOf(patientSchema, { goal: "rejuvenation", fitzpatrick: "II", age: 30, name: undefined })).toEqual([
      { code: "unknown-key", path: ["x", "age"], message: 'Unrecognized keys: "age", "name"', value: 30 },
      { code: "unknown-key", path: ["x", "name"], message: 'Unrecognized keys: "age", "name"' },
    ]);
    // The parse helper reports the root entry's issues, worded alike.
    const error = safeParsePatient({ goal: "rejuvenation", fitzpatrick: "II", age: 30, name: undefined });
    expect(error.success ? [] : error.error.issues).toEqual([
      { code: "unknown-key", path: ["patient", "age"], message: PATIENT_KEYS, value: 30 },
      { code: "unknown-key", path: ["patient", "name"], message: PATIENT_KEYS },
    ]);
  });

  it("a plain union reports the value it was given; a missing value is required", () => {
    const finding = { kind: "factor", code: "x", reason: "other", effect: "needs-review", params: { note: true } };
    expect(issuesOf(findingSchema, { ...finding, index: 0, sources: ["PLANNER-DECISION"] })).toEqual([
      {
        code: "invalid-type",
        path: ["x", "params", "note"],
        message: "Invalid input: expected string, received boolean",
        value: true,
      },
    ]);
    expect(issuesOf(findingSchema, { ...finding, sources: ["PLANNER-DECISION"] })).toEqual([
      { code: "required", path: ["x", "index"], message: "Invalid input: expected number, received undefined" },
      {
        code: "invalid-type",
        path: ["x", "params", "note"],
        message: "Invalid input: expected string, received boolean",
        value: true,
      },
    ]);
  });

  it("a discriminated union reports the discriminator's value as zod read it", () => {
    const shape = z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("a") }),
      z.object({ kind: z.literal("b") }),
    ]);
    const message = "Invalid discriminator value. Expected 'a' | 'b'";
    expect(issuesOf(shape, { kind: "c" })).toEqual([
      { code: "invalid-value", path: ["x", "kind"], message, value: "c" },
    ]);
    // zod reads keys as property accesses (inherited ones included), and the issue names what it read.
    expect(issuesOf(shape, Object.create({ kind: "c" }))).toEqual([
      { code: "invalid-value", path: ["x", "kind"], message, value: "c" },
    ]);
    expect(issuesOf(shape, {})).toEqual([{ code: "required", path: ["x", "kind"], message }]);
  });

  it("never throws on a discriminator issue whose input is not an object; one issue per code and path", () => {
    const issue = (input: unknown, discriminator: string) =>
      ({ code: "invalid_union", errors: [], discriminator, input, path: [], message: "m" }) as z.core.$ZodIssue;
    expect(issuesFromZod([issue(null, "kind"), issue("abc", "length")], "x")).toEqual([
      { code: "required", path: ["x"], message: "m" },
    ]);
  });
});

describe("the Goodman & Baron quantitative score's schemas", () => {
  it("goodmanScoreInputSchema takes counts by lesion type (integers 0-1000) and an area in cm² (any number 0-1000)", () => {
    const input = { lesions: { papular: 4, "linear-troughed": 1000, macular: 0 }, hypertrophicAreaCm2: 2.5 };
    expect(goodmanScoreInputSchema.parse(input)).toEqual(input);
    expect(goodmanScoreInputSchema.safeParse({}).success).toBe(true);
    expect(goodmanScoreInputSchema.safeParse({ hypertrophicAreaCm2: 1000 }).success).toBe(true);
    for (const bad of [
      { lesions: { papular: 1001 } },
      { lesions: { papular: -1 } },
      { lesions: { papular: 0.5 } },
      { lesions: { pimple: 1 } },
      { hypertrophicAreaCm2: -0.01 },
      { hypertrophicAreaCm2: 1000.01 },
      { hypertrophicAreaCm2: Number.NaN },
      { hypertrophicAreaCm2: Number.POSITIVE_INFINITY },
      { area: 1 },
      null,
    ]) {
      expect([bad, goodmanScoreInputSchema.safeParse(bad).success]).toEqual([bad, false]);
    }
  });

  it("goodmanScoreSchema accepts every score the function gives, and nothing it could not give", () => {
    const everything = Object.fromEntries(GOODMAN_LESION_TYPES.map((type) => [type, 21]));
    const maximum = goodmanQuantitativeScore({ lesions: everything, hypertrophicAreaCm2: 21 });
    expect(maximum.score).toBe(84);
    expect(goodmanScoreSchema.parse(maximum)).toEqual(maximum);
    const base = goodmanQuantitativeScore({ lesions: { papular: 1 } });
    expect(base).toEqual({
      score: 2,
      maximum: 84,
      points: { papular: 2 },
      weightsVerified: false,
      sources: ["GOODMAN-QUANT-2006"],
    });
    for (const bad of [
      { ...base, score: 85 },
      { ...base, score: 2.5 },
      { ...base, maximum: 80 },
      { ...base, weightsVerified: true },
      { ...base, points: { papular: 0 } },
      { ...base, points: { papular: 19 } },
      { ...base, points: { pimple: 2 } },
      { ...base, sources: ["NOT-A-SOURCE"] },
      { ...base, extra: 1 },
    ]) {
      expect([bad, goodmanScoreSchema.safeParse(bad).success]).toEqual([bad, false]);
    }
  });

  prop([
    fc.record(
      {
        lesions: fc.option(
          fc.dictionary(
            fc.constantFrom(...GOODMAN_LESION_TYPES, "pimple"),
            fc.oneof(fc.integer({ min: -2, max: 1002 }), fc.constantFrom(0.5, 999.5, Number.NaN)),
            { maxKeys: 4 },
          ),
          { nil: undefined },
        ),
        hypertrophicAreaCm2: fc.option(
          fc.oneof(fc.double({ min: -1, max: 1001, noNaN: true }), fc.constantFrom(0, -0, 1000, 4.999, 5, 20, 20.001)),
          { nil: undefined },
        ),
      },
      { requiredKeys: [] },
    ),
  ])("the schema and goodmanQuantitativeScore accept the same inputs; every score is a valid result", (input) => {
    const accepted = goodmanScoreInputSchema.safeParse(input).success;
    let score: unknown;
    try {
      score = goodmanQuantitativeScore(input as never);
    } catch (error) {
      expect(error).toBeInstanceOf(PlannerError);
    }
    expect(score !== undefined).toBe(accepted);
    if (score !== undefined) expect(goodmanScoreSchema.safeParse(score).success).toBe(true);
  });
});

describe("the value lists name every value the models hold", () => {
  // A burn scar without `formedOn` gives the reason maturity-unknown, which FINDING_REASONS holds.
  it("FINDING_REASONS holds the reason of a burn scar of unknown age", () => {
    const result = assessEligibility(
      { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "burn", severity: "mild" }] },
      { today: ON },
    );
    const reasons = result.findings.map((finding) => finding.reason);
    expect(reasons).toContain("maturity-unknown");
    for (const reason of reasons) expect(FINDING_REASONS).toContain(reason);
  });
});

describe("areas in case files and plan inputs", () => {
  const patient = { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "striae", area: "abdomen" }] } as const;

  it("a case file and a plan's inputs may carry an area: at most 100 characters, not blank", () => {
    expect(parseCaseFile({ patient, area: "abdomen" })).toEqual({ patient, area: "abdomen" });
    expect(caught(() => parseCaseFile({ patient, area: " " })).issues).toEqual([
      { code: "invalid-format", path: ["caseFile", "area"], message: "expected an area name, not blank", value: " " },
    ]);
    const plan = planTreatment(patient, { today: ON, area: "abdomen" });
    expect(plan.inputs.area).toBe("abdomen");
    expect(Object.keys(plan.inputs)).toEqual(["patient", "completed", "booked", "area", "horizonDays"]);
    expect(planInputsSchema.parse(plan.inputs)).toEqual(plan.inputs);
    expect(parseTreatmentPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(planInputsSchema.safeParse({ ...plan.inputs, area: "x".repeat(101) }).success).toBe(false);
    // replan keeps the stored area unless given another
    expect(replan(plan, { today: ON }).inputs.area).toBe("abdomen");
    expect(replan(plan, { today: ON, area: "face" }).inputs.area).toBe("face");
  });
});

// The zod-free checks of the root entry must accept exactly what the schema accepts, unknown
// factor codes, unknown keys and keys given as undefined included.
describe("the root entry's checks agree with patientSchema", () => {
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
      code: fc.constantFrom(...FACTOR_CODES, "other", "flu", ""),
      status: maybe(fc.constantFrom("active", "history", "past")),
      since: maybe(date),
      until: maybe(date),
      note: maybe(fc.string({ maxLength: 3 })),
      notes: maybe(fc.constant("typo")),
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
      scar: maybe(fc.constant([])),
    },
    { requiredKeys: [] },
  );

  prop([patient], { numRuns: 2000 })("same verdict, with and without keys given as undefined", (input) => {
    const json = JSON.parse(JSON.stringify(input)) as unknown;
    for (const value of [input, json]) {
      const issues = rootIssuesOf(PATIENT, value, "patient");
      expect(issues.length === 0).toBe(patientSchema.safeParse(value).success);
      const parsed = safeParsePatient(value);
      // The error keeps a bounded preview of each value.
      const bounded = issues.length === 0 ? [] : new PlannerError("INVALID_INPUT", issues).issues;
      expect(parsed.success ? [] : parsed.error.issues).toEqual(bounded);
    }
  });
});
