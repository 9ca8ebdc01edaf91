import { describe, expect, it } from "vitest";
import { formatPath } from "../src/errors.js";
import {
  defineProtocol,
  estimateSessions,
  GOODMAN_GRADES,
  type GoodmanGrade,
  type Patient,
  type Protocol,
  type Scar,
  SEVERITIES,
  type SessionEstimate,
  type Severity,
} from "../src/index.js";
import { frozen, makePatient } from "./fixtures.js";
import { caught } from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

type ScarGrade = { severity?: Severity; goodmanGrade?: GoodmanGrade };

/** A whole, strict patient: scar revision, Fitzpatrick II, each scar a rolling scar with the given grading. */
const scarRevision = (...scars: ScarGrade[]): Patient => ({
  goal: "scar-revision",
  fitzpatrick: "II",
  scars: scars.map((scar) => ({ type: "rolling", ...scar })),
});
const rejuvenation = (...scars: ScarGrade[]): Patient => ({ ...scarRevision(...scars), goal: "rejuvenation" });
const numbers = ({ min, typical, max, basis }: SessionEstimate) => ({ min, typical, max, basis });

describe("estimateSessions: default protocol", () => {
  it.each([
    ["mild", 1, 2, 3, ["PLANNER-DECISION", "HARRIS-2015", "ALSTER-LI-2020"]],
    ["moderate", 3, 4, 5, ["ARTICLE-2021", "HARRIS-2015"]],
    ["severe", 4, 6, 7, ["ARTICLE-2021", "MINUTILLI-2024", "TIRMIZI-2021"]],
  ] as const)("a %s scar: %i-%i sessions, typical %i", (severity, min, typical, max, sources) => {
    expect(estimateSessions(scarRevision({ severity }))).toEqual({
      min,
      typical,
      max,
      basis: severity,
      sources: [...sources],
    });
  });

  it.each([
    [2, "mild", 1, 2, 3],
    [3, "moderate", 3, 4, 5],
    [4, "severe", 4, 6, 7],
  ] as const)("Goodman grade %i counts as %s", (goodmanGrade, basis, min, typical, max) => {
    expect(numbers(estimateSessions(scarRevision({ goodmanGrade })))).toEqual({ min, typical, max, basis });
  });

  it("rejuvenation: 3-6 sessions, typical 4, whatever the scars", () => {
    const expected = { min: 3, typical: 4, max: 6, basis: "rejuvenation", sources: ["ABLON-2018", "ARTICLE-2021"] };
    expect(estimateSessions({ goal: "rejuvenation", fitzpatrick: "II" })).toEqual(expected);
    expect(estimateSessions(rejuvenation({ severity: "severe" }, { goodmanGrade: 4 }))).toEqual(expected);
  });

  it("the most severe scar decides, wherever it is in the list", () => {
    expect(
      numbers(estimateSessions(scarRevision({ severity: "mild" }, { severity: "severe" }, { severity: "moderate" }))),
    ).toEqual({ min: 4, typical: 6, max: 7, basis: "severe" });
    expect(numbers(estimateSessions(scarRevision({ severity: "moderate" }, { severity: "mild" })))).toEqual({
      min: 3,
      typical: 4,
      max: 5,
      basis: "moderate",
    });
    expect(estimateSessions(scarRevision({ goodmanGrade: 2 }, { severity: "moderate" }, {})).basis).toBe("moderate");
  });

  it("the documented example: a moderate scar and a grade 4 scar give the severe estimate", () => {
    expect(estimateSessions(scarRevision({ severity: "moderate" }, { goodmanGrade: 4 }))).toEqual({
      min: 4,
      typical: 6,
      max: 7,
      basis: "severe",
      sources: ["ARTICLE-2021", "MINUTILLI-2024", "TIRMIZI-2021"],
    });
  });

  it.each([
    [{ severity: "mild", goodmanGrade: 4 }, "severe"],
    [{ severity: "severe", goodmanGrade: 2 }, "severe"],
    [{ severity: "mild", goodmanGrade: 3 }, "moderate"],
    [{ severity: "moderate", goodmanGrade: 2 }, "moderate"],
    [{ severity: "moderate", goodmanGrade: 4 }, "severe"],
    [{ severity: "mild", goodmanGrade: 2 }, "mild"],
    [{ severity: "moderate", goodmanGrade: 1 }, "moderate"],
    [{ severity: "mild", goodmanGrade: 1 }, "mild"],
  ] as const)("label and grade %o: the more severe wins (%s), grade 1 is ignored", (scar, basis) => {
    expect(estimateSessions(scarRevision(scar)).basis).toBe(basis);
  });

  it.each([
    ["no scars property", { goal: "scar-revision", fitzpatrick: "II" } as Patient],
    ["scars undefined", { goal: "scar-revision", fitzpatrick: "II", scars: undefined } as Patient],
    ["an empty scar list", scarRevision()],
    ["an ungraded scar", scarRevision({})],
    ["an ungraded scar and a macular one", scarRevision({}, { goodmanGrade: 1 })],
  ])("%s: unknown severity spans every severity (1, 4, 7)", (_name, input) => {
    expect(estimateSessions(input)).toEqual({
      min: 1,
      typical: 4,
      max: 7,
      basis: "unknown-severity",
      sources: ["ARTICLE-2021", "PLANNER-DECISION"],
    });
  });

  it.each([
    ["one macular scar", scarRevision({ goodmanGrade: 1 })],
    ["only macular (grade 1) scars", scarRevision({ goodmanGrade: 1 }, { goodmanGrade: 1 })],
    [
      "macular scars of every acne type",
      {
        goal: "scar-revision",
        fitzpatrick: "II",
        scars: [
          { type: "boxcar", depth: "deep", goodmanGrade: 1 },
          { type: "icepick", goodmanGrade: 1 },
        ],
      } as Patient,
    ],
  ])("%s: no microneedling course (macular-only, 0 sessions)", (_name, input) => {
    expect(estimateSessions(input)).toEqual({
      min: 0,
      typical: 0,
      max: 0,
      basis: "macular-only",
      sources: ["GOODMAN-QUAL-2006", "CLINICAL-REVIEW-2026"],
    });
  });

  it("a macular scar beside a graded one does not count: the graded one decides", () => {
    expect(estimateSessions(scarRevision({ goodmanGrade: 1 }, { severity: "mild" }))).toEqual({
      min: 1,
      typical: 2,
      max: 3,
      basis: "mild",
      sources: ["PLANNER-DECISION", "HARRIS-2015", "ALSTER-LI-2020"],
    });
  });

  it("accepts a whole patient and ignores everything but goal and scars", () => {
    const patient = frozen(
      makePatient({
        id: "p-1",
        fitzpatrick: "V",
        scars: [
          { type: "boxcar", depth: "deep", severity: "mild", formedOn: "2020-01-01" },
          { type: "icepick", goodmanGrade: 3, area: "cheeks" },
        ],
        factors: [{ code: "diabetes" }],
      }),
    );
    expect(numbers(estimateSessions(patient))).toEqual({ min: 3, typical: 4, max: 5, basis: "moderate" });
  });

  it("returns fresh source arrays: mutating one result does not leak into the next", () => {
    const first = estimateSessions(scarRevision({ severity: "mild" }));
    first.sources.push("PLANNER-DECISION");
    expect(estimateSessions(scarRevision({ severity: "mild" })).sources).toEqual([
      "PLANNER-DECISION",
      "HARRIS-2015",
      "ALSTER-LI-2020",
    ]);
    const striae: Patient = { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "striae" }] };
    estimateSessions(striae).sources.push("PLANNER-DECISION");
    expect(estimateSessions(striae).sources).toEqual(["ALSTER-LI-2020-STRIAE"]);
  });

  it("does not mutate its (deep-frozen) input and is deterministic", () => {
    const input = frozen(scarRevision({ severity: "moderate", goodmanGrade: 4 }, { goodmanGrade: 2 }));
    expect(estimateSessions(input, {})).toEqual(estimateSessions(input));
  });
});

const patientWith = (...scars: Scar[]): Patient => ({ goal: "scar-revision", fitzpatrick: "II", scars });
const STRIAE: SessionEstimate = {
  min: 1,
  typical: 2,
  max: 3,
  basis: "scar-type",
  scarType: "striae",
  sources: ["ALSTER-LI-2020-STRIAE"],
};

describe("estimateSessions: scar types with their own range", () => {
  it("striae: 1-3 sessions, typical 2, whatever their severity", () => {
    expect(estimateSessions(patientWith({ type: "striae" }))).toEqual(STRIAE);
    for (const severity of SEVERITIES) {
      expect(estimateSessions(patientWith({ type: "striae", severity }))).toEqual(STRIAE);
    }
    expect(estimateSessions(patientWith({ type: "striae", severity: "severe" }, { type: "striae" }))).toEqual(STRIAE);
  });

  it("mixed scars take the worst range: typical first, then max", () => {
    expect(numbers(estimateSessions(patientWith({ type: "striae" }, { type: "boxcar", goodmanGrade: 4 })))).toEqual({
      min: 4,
      typical: 6,
      max: 7,
      basis: "severe",
    });
    expect(
      numbers(estimateSessions(patientWith({ type: "rolling", severity: "moderate" }, { type: "striae" }))),
    ).toEqual({ min: 3, typical: 4, max: 5, basis: "moderate" });
    // A type range with the same typical count but a higher maximum outranks a severity range.
    const protocol = defineProtocol({ sessionsByType: { striae: { min: 1, typical: 4, max: 6 } } });
    for (const scars of [
      [{ type: "striae" }, { type: "rolling", severity: "moderate" }],
      [{ type: "rolling", severity: "moderate" }, { type: "striae" }],
    ] as Scar[][]) {
      expect(estimateSessions(patientWith(...scars), { protocol })).toEqual({
        min: 1,
        typical: 4,
        max: 6,
        basis: "scar-type",
        scarType: "striae",
        sources: ["ALSTER-LI-2020-STRIAE"],
      });
    }
  });

  it("striae beside macular acne scars: the striae course", () => {
    expect(estimateSessions(patientWith({ type: "rolling", goodmanGrade: 1 }, { type: "striae" }))).toEqual(STRIAE);
  });

  it("a protocol can give another type its own range (cited as a planner decision)", () => {
    const protocol = defineProtocol({ sessionsByType: { burn: { min: 2, typical: 3, max: 4 } } });
    expect(estimateSessions(patientWith({ type: "burn", severity: "severe" }), { protocol })).toEqual({
      min: 2,
      typical: 3,
      max: 4,
      basis: "scar-type",
      scarType: "burn",
      sources: ["PLANNER-DECISION"],
    });
    // The protocol's own striae range replaces the default one.
    const striae = defineProtocol({ sessionsByType: { striae: { min: 2, typical: 3, max: 5 } } });
    expect(numbers(estimateSessions(patientWith({ type: "striae" }), { protocol: striae }))).toEqual({
      min: 2,
      typical: 3,
      max: 5,
      basis: "scar-type",
    });
  });

  it("without its own range in the protocol, a striae scar counts by severity", () => {
    const protocol: Protocol = { ...defineProtocol(), sessionsByType: {} };
    expect(numbers(estimateSessions(patientWith({ type: "striae", severity: "severe" }), { protocol }))).toEqual({
      min: 4,
      typical: 6,
      max: 7,
      basis: "severe",
    });
    expect(estimateSessions(patientWith({ type: "striae" }), { protocol }).basis).toBe("unknown-severity");
  });

  it("with an area, only that area's scars count", () => {
    const patient = patientWith(
      { type: "striae", area: "abdomen" },
      { type: "rolling", severity: "severe", area: "Cheeks" },
      { type: "boxcar", goodmanGrade: 1, area: "forehead" },
    );
    expect(estimateSessions(patient, { area: "abdomen" })).toEqual(STRIAE);
    expect(numbers(estimateSessions(patient, { area: " cheeks " }))).toEqual({
      min: 4,
      typical: 6,
      max: 7,
      basis: "severe",
    });
    expect(estimateSessions(patient, { area: "FOREHEAD" }).basis).toBe("macular-only");
    expect(estimateSessions(patient, { area: "neck" }).basis).toBe("unknown-severity");
    expect(numbers(estimateSessions(patient))).toEqual({ min: 4, typical: 6, max: 7, basis: "severe" });
    expect(estimateSessions(patient, { area: undefined }).basis).toBe("severe");
  });
});

describe("estimateSessions: custom protocol", () => {
  const protocol = defineProtocol({
    sessions: {
      mild: { min: 2, typical: 2, max: 4 },
      moderate: { min: 3, typical: 5, max: 8 },
      severe: { min: 5, typical: 8, max: 12 },
      rejuvenation: { min: 1, typical: 2, max: 3 },
    },
  });

  it.each([
    ["mild", 2, 2, 4],
    ["moderate", 3, 5, 8],
    ["severe", 5, 8, 12],
  ] as const)("%s uses the protocol's numbers", (severity, min, typical, max) => {
    expect(numbers(estimateSessions(scarRevision({ severity }), { protocol }))).toEqual({
      min,
      typical,
      max,
      basis: severity,
    });
  });

  it("rejuvenation and unknown severity use the protocol's numbers", () => {
    expect(numbers(estimateSessions(rejuvenation(), { protocol }))).toEqual({
      min: 1,
      typical: 2,
      max: 3,
      basis: "rejuvenation",
    });
    expect(numbers(estimateSessions(scarRevision(), { protocol }))).toEqual({
      min: 2,
      typical: 5,
      max: 12,
      basis: "unknown-severity",
    });
  });

  it("a partial override keeps the other defaults", () => {
    const partial = defineProtocol({ sessions: { severe: { typical: 5 } } });
    expect(numbers(estimateSessions(scarRevision({ severity: "severe" }), { protocol: partial }))).toEqual({
      min: 4,
      typical: 5,
      max: 7,
      basis: "severe",
    });
    expect(estimateSessions(scarRevision({ severity: "moderate" }), { protocol: partial }).typical).toBe(4);
  });

  it("options.protocol: undefined means the default protocol", () => {
    expect(estimateSessions(scarRevision({ severity: "severe" }), { protocol: undefined }).typical).toBe(6);
  });
});

describe("estimateSessions rejects malformed input", () => {
  const P = { goal: "scar-revision", fitzpatrick: "II" } as const;
  const SCAR_TYPES_MESSAGE =
    'expected one of "boxcar", "icepick", "rolling", "hypertrophic", "keloid", "surgical", "traumatic", "burn", "varicella", "striae"';
  it.each([
    [{ ...P, goal: "x" }, ["patient", "goal"], "invalid-value", 'expected one of "scar-revision", "rejuvenation"', "x"],
    [{ ...P, goal: undefined }, ["patient", "goal"], "required", "required", undefined],
    [{ ...P, scars: {} }, ["patient", "scars"], "invalid-type", "expected an array", {}],
    [{ ...P, scars: "severe" }, ["patient", "scars"], "invalid-type", "expected an array", "severe"],
    [{ ...P, scars: null }, ["patient", "scars"], "invalid-type", "expected an array", null],
    [{ ...P, scars: [null] }, ["patient", "scars", 0], "invalid-type", "expected an object", null],
    [
      { ...P, scars: [{ type: "rolling", severity: "extreme" }] },
      ["patient", "scars", 0, "severity"],
      "invalid-value",
      'expected one of "mild", "moderate", "severe"',
      "extreme",
    ],
    [
      { ...P, scars: [{ type: "rolling" }, { type: "rolling", goodmanGrade: 5 }] },
      ["patient", "scars", 1, "goodmanGrade"],
      "invalid-value",
      "expected one of 1, 2, 3, 4",
      5,
    ],
    [
      { ...P, scars: [{ type: "rolling", goodmanGrade: "3" }] },
      ["patient", "scars", 0, "goodmanGrade"],
      "invalid-value",
      "expected one of 1, 2, 3, 4",
      "3",
    ],
    [{ ...P, scars: [{ type: "mole" }] }, ["patient", "scars", 0, "type"], "invalid-value", SCAR_TYPES_MESSAGE, "mole"],
    [null, ["patient"], "invalid-type", "expected an object", null],
    ["scar-revision", ["patient"], "invalid-type", "expected an object", "scar-revision"],
    // A whole, strict Patient: the skin type and each scar's type are required, unknown keys rejected.
    [{ goal: "scar-revision" }, ["patient", "fitzpatrick"], "required", "required", undefined],
    [{ ...P, scars: [{ severity: "mild" }] }, ["patient", "scars", 0, "type"], "required", "required", undefined],
    [
      { ...P, scars: [{ type: "rolling", depth: "deep" }] },
      ["patient", "scars", 0, "depth"],
      "unknown-key",
      "unknown key; expected one of type, severity, goodmanGrade, formedOn, area",
      "deep",
    ],
    // Goodman grades are an acne-scar scale: on any other scar, an unknown key.
    [
      { ...P, scars: [{ type: "striae", goodmanGrade: 3 }] },
      ["patient", "scars", 0, "goodmanGrade"],
      "unknown-key",
      "unknown key; expected one of type, severity, formedOn, area",
      3,
    ],
    [
      { ...P, scars: [{ type: "burn", goodmanGrade: undefined }] },
      ["patient", "scars", 0, "goodmanGrade"],
      "unknown-key",
      "unknown key; expected one of type, severity, formedOn, area",
      undefined,
    ],
    [
      { ...P, scars: [{ type: "keloid", depth: "deep" }] },
      ["patient", "scars", 0, "depth"],
      "unknown-key",
      "unknown key; expected one of type, severity, formedOn, area",
      "deep",
    ],
    [
      { ...P, scars: [{ type: "rolling", area: "" }] },
      ["patient", "scars", 0, "area"],
      "invalid-format",
      "expected an area name, not blank",
      "",
    ],
    [
      { ...P, scar: [] },
      ["patient", "scar"],
      "unknown-key",
      "unknown key; expected one of id, goal, fitzpatrick, birthDate, scars, factors",
      [],
    ],
  ] as const)("patient %o -> %o", (input, path, code, message, value) => {
    const error = caught(() => estimateSessions(input as unknown as Patient));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([value === undefined ? { code, path, message } : { code, path, message, value }]);
    expect(error.message).toBe(`${formatPath(path)}: ${message}`);
  });

  it("more than 50 scars: one too-long issue, the items are not checked", () => {
    const error = caught(() => estimateSessions(scarRevision(...Array<ScarGrade>(51).fill({ severity: "mild" }))));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([
      {
        code: "too-long",
        path: ["patient", "scars"],
        message: "expected at most 50 items",
        value: ["[object]", "[object]", "[object]", "… 48 more"],
      },
    ]);
  });

  it("reports every problem at once", () => {
    const error = caught(() =>
      estimateSessions({
        goal: "x",
        fitzpatrick: "II",
        scars: [{ type: "rolling", severity: "extreme", goodmanGrade: 0 }],
      } as unknown as Patient),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid-value", ["patient", "goal"]],
      ["invalid-value", ["patient", "scars", 0, "severity"]],
      ["invalid-value", ["patient", "scars", 0, "goodmanGrade"]],
    ]);
    expect(error.message).toBe(
      'patient.goal: expected one of "scar-revision", "rejuvenation"; patient.scars[0].severity: expected one of "mild", "moderate", "severe"; patient.scars[0].goodmanGrade: expected one of 1, 2, 3, 4',
    );
  });

  it.each([null, "strict", 3])("options %o -> options", (options) => {
    const error = caught(() => estimateSessions(scarRevision(), options as never));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([
      { code: "invalid-type", path: ["options"], message: "expected an object", value: options },
    ]);
  });

  it.each([
    ["", "invalid-format", ""],
    ["x".repeat(101), "too-long", `${"x".repeat(99)}…`],
    [3, "invalid-type", 3],
  ] as const)("options.area %o -> %s", (area, code, value) => {
    const error = caught(() => estimateSessions(scarRevision(), { area } as never));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([
      {
        code,
        path: ["options", "area"],
        message: {
          "invalid-type": "expected a string",
          "invalid-format": "expected an area name, not blank",
          "too-long": "expected at most 100 characters",
        }[code],
        value,
      },
    ]);
  });

  it("an unknown option is an unknown key", () => {
    const error = caught(() => estimateSessions(scarRevision(), { strict: true } as never));
    expect(error.issues).toEqual([
      {
        code: "unknown-key",
        path: ["options", "strict"],
        message: "unknown key; expected one of area, protocol",
        value: true,
      },
    ]);
  });

  it("an incomplete or inconsistent protocol in options is INVALID_INPUT, at options.protocol", () => {
    const incomplete = caught(() => estimateSessions(scarRevision(), { protocol: {} as Protocol }));
    expect(incomplete.code).toBe("INVALID_INPUT");
    expect(incomplete.issues).toEqual(
      [
        "id",
        "version",
        "sessions",
        "sessionsByType",
        "interval",
        "reassessAfterWeeks",
        "isotretinoinWashoutMonths",
        "resultCheckMonths",
        "finalResultCheckMonths",
        "maintenance",
        "reminderLeadDays",
        "deferralReviewDays",
        "labelMinimumAgeYears",
        "recentScarMonths",
        "burnMaturityMonths",
        "fillerToxinWaitDays",
        "resurfacingWaitDays",
        "retinoidStopDays",
        "antiviralLeadDays",
        "pihRiskFrom",
      ].map((key) => ({
        code: "required",
        path: ["options", "protocol", key],
        message: "required",
      })),
    );
    expect(incomplete.issues).toHaveLength(20);

    const falling = {
      ...defineProtocol(),
      sessions: { ...defineProtocol().sessions, severe: { min: 1, typical: 1, max: 1 } },
    } as Protocol;
    const error = caught(() => estimateSessions(scarRevision(), { protocol: falling }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toContainEqual({
      code: "inconsistent",
      path: ["options", "protocol", "sessions", "severe", "min"],
      message: "must not be below moderate.min (3): estimates may not fall as severity rises",
      value: 1,
    });
  });
});

/** Valid session ranges: ascending within each severity and never falling as severity rises. */
const sessionsArb = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 3, maxLength: 3 }),
    fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 6, maxLength: 6 }),
  )
  .map(([mildRaw, deltas]) => {
    const [a = 1, b = 1, c = 1] = [...mildRaw].sort((x, y) => x - y);
    const grow = (lower: readonly [number, number, number], d: readonly number[]): [number, number, number] => {
      const min = Math.min(20, lower[0] + (d[0] ?? 0));
      const typical = Math.min(20, Math.max(min, lower[1] + (d[1] ?? 0)));
      const max = Math.min(20, Math.max(typical, lower[2] + (d[2] ?? 0)));
      return [min, typical, max];
    };
    const mild: [number, number, number] = [a, b, c];
    const moderate = grow(mild, deltas.slice(0, 3));
    const severe = grow(moderate, deltas.slice(3, 6));
    const range = ([min, typical, max]: [number, number, number]) => ({ min, typical, max });
    return { mild: range(mild), moderate: range(moderate), severe: range(severe) };
  });

const scarArb: fc.Arbitrary<ScarGrade> = fc.record(
  { severity: fc.constantFrom(...SEVERITIES), goodmanGrade: fc.constantFrom(...GOODMAN_GRADES) },
  { requiredKeys: [] },
);

const notLower = (higher: SessionEstimate, lower: SessionEstimate): void => {
  expect(higher.min).toBeGreaterThanOrEqual(lower.min);
  expect(higher.typical).toBeGreaterThanOrEqual(lower.typical);
  expect(higher.max).toBeGreaterThanOrEqual(lower.max);
};

describe("estimateSessions: estimates never fall as severity rises", () => {
  prop([sessionsArb], { numRuns: 200 })("for any valid protocol, mild <= moderate <= severe", (sessions) => {
    const protocol = defineProtocol({ sessions });
    const [mild, moderate, severe] = SEVERITIES.map((severity) =>
      estimateSessions(scarRevision({ severity }), { protocol }),
    );
    if (mild === undefined || moderate === undefined || severe === undefined) throw new Error("unreachable");
    notLower(moderate, mild);
    notLower(severe, moderate);
    expect(numbers(severe)).toEqual({ ...sessions.severe, basis: "severe" });
    expect(numbers(mild)).toEqual({ ...sessions.mild, basis: "mild" });
    // Unknown severity spans every severity.
    const unknown = estimateSessions(scarRevision(), { protocol });
    expect(unknown.min).toBe(mild.min);
    expect(unknown.typical).toBe(moderate.typical);
    expect(unknown.max).toBe(severe.max);
  });

  prop(
    [
      sessionsArb,
      fc
        .array(scarArb, { maxLength: 6 })
        .filter((scars) => scars.some((s) => s.severity !== undefined || (s.goodmanGrade ?? 1) > 1)),
      scarArb,
      fc.nat(),
    ],
    { numRuns: 200 },
  )("adding a scar to a graded list never lowers min, typical or max", (sessions, scars, extra, at) => {
    // Two severities with the same typical and max but different mins tie, and the estimate then
    // depends on the scars' order: a known bug, pinned below ("ties ..."); skipped here until fixed.
    const ranges = SEVERITIES.map((severity) => sessions[severity]);
    fc.pre(
      !ranges.some((a, i) =>
        ranges.some((b, j) => i < j && a.typical === b.typical && a.max === b.max && a.min !== b.min),
      ),
    );
    const protocol = defineProtocol({ sessions });
    const before = estimateSessions(scarRevision(...scars), { protocol });
    const position = at % (scars.length + 1);
    const after = estimateSessions(scarRevision(...scars.slice(0, position), extra, ...scars.slice(position)), {
      protocol,
    });
    notLower(after, before);
  });

  prop([fc.array(scarArb, { maxLength: 6 }), fc.constantFrom(...SEVERITIES)], { numRuns: 200 })(
    "adding a scar at least as severe as every other one never lowers the default estimate",
    (scars, severity) => {
      const rank = (s: Severity): number => SEVERITIES.indexOf(s);
      const worst = Math.max(
        -1,
        ...scars.flatMap((s) => [
          s.severity === undefined ? -1 : rank(s.severity),
          s.goodmanGrade === undefined || s.goodmanGrade === 1 ? -1 : s.goodmanGrade - 2,
        ]),
      );
      fc.pre(rank(severity) >= worst && worst >= 0);
      notLower(estimateSessions(scarRevision(...scars, { severity })), estimateSessions(scarRevision(...scars)));
      expect(estimateSessions(scarRevision(...scars, { severity })).basis).toBe(severity);
    },
  );
});

describe("estimateSessions: ties are broken by a total order (fixed in issue 12)", () => {
  // Candidates are ranked by typical, then max, then min, then basis (scar type < mild < moderate <
  // severe), then scar type name: a total order. Before, a tie kept the first scar's range. Two severities with the same typical and max but
  // different mins (a valid protocol: estimates never fall as severity rises) thus give an estimate
  // that depends on the order of the scars, and adding a severe scar after a moderate one lowers
  // nothing but keeps the moderate min (1) where the severe scar alone gives 2.
  const protocol = defineProtocol({
    sessions: {
      mild: { min: 1, typical: 15, max: 16 },
      moderate: { min: 1, typical: 20, max: 20 },
      severe: { min: 2, typical: 20, max: 20 },
    },
  });
  it("ties between severity ranges: the more severe range wins, whatever the scars' order", () => {
    const severeFirst = estimateSessions(scarRevision({ goodmanGrade: 4 }, { severity: "moderate" }), { protocol });
    const severeLast = estimateSessions(scarRevision({ severity: "moderate" }, { goodmanGrade: 4 }), { protocol });
    expect(numbers(severeFirst)).toEqual({ min: 2, typical: 20, max: 20, basis: "severe" });
    expect(severeLast).toEqual(severeFirst);
  });

  // With the default protocol: mild acne scars (1-3, typical 2) and striae (1-3,
  // typical 2) tie, and the first scar listed decides the basis and the sources ("mild" citing
  // PLANNER-DECISION, or "scar-type" citing ALSTER-LI-2020-STRIAE).
  it("mild acne scars and striae: the estimate does not depend on the scars' order", () => {
    const mildFirst = estimateSessions(patientWith({ type: "rolling", severity: "mild" }, { type: "striae" }));
    const striaeFirst = estimateSessions(patientWith({ type: "striae" }, { type: "rolling", severity: "mild" }));
    expect(striaeFirst).toEqual(mildFirst);
  });

  /** The estimate for two scars, given in both orders: the two must agree. */
  const either = (a: Scar, b: Scar, protocol?: Protocol): SessionEstimate => {
    const first = estimateSessions(patientWith(a, b), { protocol });
    expect(estimateSessions(patientWith(b, a), { protocol })).toEqual(first);
    return first;
  };

  it("equal ranges: a severity range outranks a scar type's own range (mild over striae)", () => {
    expect(either({ type: "rolling", severity: "mild" }, { type: "striae" })).toEqual({
      min: 1,
      typical: 2,
      max: 3,
      basis: "mild",
      sources: ["PLANNER-DECISION", "HARRIS-2015", "ALSTER-LI-2020"],
    });
  });

  it("typical first: more typical sessions win over an equal maximum and a higher minimum", () => {
    const protocol = defineProtocol({ sessionsByType: { striae: { min: 1, typical: 5, max: 5 } } });
    expect(either({ type: "rolling", severity: "moderate" }, { type: "striae" }, protocol)).toEqual({
      min: 1,
      typical: 5,
      max: 5,
      basis: "scar-type",
      scarType: "striae",
      sources: ["ALSTER-LI-2020-STRIAE"],
    });
  });

  it("equal typical and maximum: the higher minimum wins over the heavier basis", () => {
    const protocol = defineProtocol({ sessionsByType: { striae: { min: 4, typical: 4, max: 5 } } });
    expect(either({ type: "rolling", severity: "moderate" }, { type: "striae" }, protocol)).toEqual({
      min: 4,
      typical: 4,
      max: 5,
      basis: "scar-type",
      scarType: "striae",
      sources: ["ALSTER-LI-2020-STRIAE"],
    });
  });

  it("two scar types with equal ranges: the later type name wins (striae over burn)", () => {
    const range = { min: 2, typical: 3, max: 4 };
    const protocol = defineProtocol({ sessionsByType: { burn: range, striae: range } });
    expect(either({ type: "burn" }, { type: "striae" }, protocol)).toEqual({
      ...range,
      basis: "scar-type",
      scarType: "striae",
      sources: ["ALSTER-LI-2020-STRIAE"],
    });
  });
});
