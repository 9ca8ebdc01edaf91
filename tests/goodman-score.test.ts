/**
 * Goodman & Baron's quantitative global acne-scarring score (evidence.md 2.2 and 9.3) and the
 * comparison of two scores.
 */
import { describe, expect, it } from "vitest";
import { formatPath } from "../src/errors.js";
import {
  compareGoodmanScores,
  GOODMAN_LESION_TYPES,
  type GoodmanLesionType,
  type GoodmanScoreInput,
  goodmanQuantitativeScore,
} from "../src/index.js";
import { goodmanScoreSchema } from "../src/schemas.js";
import { frozen } from "./fixtures.js";
import { caught } from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

/** Points per lesion type, as commonly reproduced (evidence.md Table 2.2, unverified). */
const WEIGHTS: Readonly<Record<GoodmanLesionType, number>> = {
  macular: 1,
  "mildly-atrophic-dish": 1,
  "moderately-atrophic-dish": 2,
  "punched-out-shallow-small": 2,
  "shallow-broad-atrophic": 2,
  "punched-out-deep-normal-base": 3,
  "punched-out-deep-abnormal-base": 3,
  "linear-troughed": 3,
  "deep-broad-atrophic": 3,
  papular: 2,
};

const score = (input: GoodmanScoreInput) => goodmanQuantitativeScore(input);
const one = (type: GoodmanLesionType, count: number) => score({ lesions: { [type]: count } });

describe("goodmanQuantitativeScore (GOODMAN-QUANT-2006)", () => {
  it("counts the ten lesion types of the table", () => {
    expect([...GOODMAN_LESION_TYPES].sort()).toEqual(Object.keys(WEIGHTS).sort());
  });

  it.each(Object.entries(WEIGHTS) as [GoodmanLesionType, number][])(
    "%s weighs %i point(s) per type (GOODMAN-QUANT-2006)",
    (type, points) => {
      expect(one(type, 1)).toEqual({
        score: points,
        maximum: 84,
        points: { [type]: points },
        weightsVerified: false,
        sources: ["GOODMAN-QUANT-2006"],
      });
    },
  );

  it.each([
    [0, 0],
    [1, 1],
    [10, 1],
    [11, 2],
    [20, 2],
    [21, 3],
    [1000, 3],
  ])(
    "%i lesions of a type: multiplier x%i (1-10 x1, 11-20 x2, more than 20 x3) (GOODMAN-QUANT-2006)",
    (count, times) => {
      for (const type of GOODMAN_LESION_TYPES) {
        const result = one(type, count);
        expect(result.score).toBe(WEIGHTS[type] * times);
        expect(result.points).toEqual(times === 0 ? {} : { [type]: WEIGHTS[type] * times });
      }
    },
  );

  it("papular scars: 1-10 give 2, 11-20 give 4, more than 20 give 6 (GOODMAN-QUANT-2006)", () => {
    expect([1, 10, 11, 20, 21].map((count) => one("papular", count).score)).toEqual([2, 2, 4, 4, 6]);
  });

  it.each([
    [0, undefined],
    [0.1, 6],
    [4.99, 6],
    [5, 12],
    [12.5, 12],
    [20, 12],
    [20.01, 18],
    [21, 18],
    [1000, 18],
  ])(
    "a hypertrophic or keloidal area of %f cm² scores %s (under 5: 6, 5-20: 12, over 20: 18) (GOODMAN-QUANT-2006)",
    (area, points) => {
      const result = score({ hypertrophicAreaCm2: area });
      expect(result.score).toBe(points ?? 0);
      expect(result.points).toEqual(points === undefined ? {} : { "hypertrophic-area": points });
    },
  );

  it("sums the types and the area; only types that scored appear", () => {
    expect(
      score({
        lesions: { "shallow-broad-atrophic": 12, "punched-out-deep-normal-base": 4, macular: 0, papular: undefined },
        hypertrophicAreaCm2: 6,
      }),
    ).toEqual({
      score: 4 + 3 + 12,
      maximum: 84,
      points: { "shallow-broad-atrophic": 4, "punched-out-deep-normal-base": 3, "hypertrophic-area": 12 },
      weightsVerified: false,
      sources: ["GOODMAN-QUANT-2006"],
    });
  });

  it("nothing counted scores 0", () => {
    const empty = { score: 0, maximum: 84, points: {}, weightsVerified: false, sources: ["GOODMAN-QUANT-2006"] };
    expect(score({})).toEqual(empty);
    expect(score({ lesions: {} })).toEqual(empty);
    expect(score({ lesions: undefined, hypertrophicAreaCm2: undefined })).toEqual(empty);
  });

  it("the maximum of 84 is reached with every type over 20 and more than 20 cm² (GOODMAN-QUANT-2006)", () => {
    const lesions = Object.fromEntries(GOODMAN_LESION_TYPES.map((type) => [type, 21]));
    const result = score({ lesions, hypertrophicAreaCm2: 21 });
    expect(result.score).toBe(84);
    expect(result.score).toBe(result.maximum);
    expect(Object.values(result.points).reduce((sum = 0, points = 0) => sum + points, 0)).toBe(84);
  });

  it("says its weights are unverified: weightsVerified is always false (GOODMAN-QUANT-2006, CLARK-2018)", () => {
    expect(score({}).weightsVerified).toBe(false);
    expect(one("linear-troughed", 30).weightsVerified).toBe(false);
  });

  it("does not mutate its (deep-frozen) input, returns fresh objects, and its results parse", () => {
    const input = frozen({ lesions: { papular: 12 }, hypertrophicAreaCm2: 2 });
    const first = score(input);
    first.sources.push("ALAM-2014");
    first.points.papular = 1;
    expect(score(input)).toEqual({
      score: 10,
      maximum: 84,
      points: { papular: 4, "hypertrophic-area": 6 },
      weightsVerified: false,
      sources: ["GOODMAN-QUANT-2006"],
    });
    expect(goodmanScoreSchema.safeParse(score(input)).success).toBe(true);
  });

  prop(
    [
      fc.record(
        Object.fromEntries(GOODMAN_LESION_TYPES.map((type) => [type, fc.integer({ min: 0, max: 1000 })])) as {
          [K in GoodmanLesionType]: fc.Arbitrary<number>;
        },
        { requiredKeys: [] },
      ),
      fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: undefined }),
    ],
    { numRuns: 200 },
  )("any valid input scores 0-84, the sum of its points, and parses (GOODMAN-QUANT-2006)", (lesions, area) => {
    const result = score({ lesions, hypertrophicAreaCm2: area });
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(84);
    expect(Object.values(result.points).reduce((sum = 0, points = 0) => sum + points, 0)).toBe(result.score);
    expect(goodmanScoreSchema.safeParse(result).success).toBe(true);
  });
});

describe("goodmanQuantitativeScore rejects malformed input", () => {
  const LESION_KEYS = GOODMAN_LESION_TYPES.join(", ");
  it.each([
    [
      { lesions: { macular: -1 } },
      ["input", "lesions", "macular"],
      "out-of-range",
      "expected an integer from 0 to 1000",
      -1,
    ],
    [
      { lesions: { papular: 1001 } },
      ["input", "lesions", "papular"],
      "out-of-range",
      "expected an integer from 0 to 1000",
      1001,
    ],
    [{ lesions: { macular: 1.5 } }, ["input", "lesions", "macular"], "invalid-type", "expected an integer", 1.5],
    [{ lesions: { macular: "3" } }, ["input", "lesions", "macular"], "invalid-type", "expected an integer", "3"],
    [
      { lesions: { mole: 1 } },
      ["input", "lesions", "mole"],
      "unknown-key",
      `unknown key; expected one of ${LESION_KEYS}`,
      1,
    ],
    [{ lesions: [] }, ["input", "lesions"], "invalid-type", "expected an object", []],
    [
      { hypertrophicAreaCm2: 1000.5 },
      ["input", "hypertrophicAreaCm2"],
      "out-of-range",
      "expected a number from 0 to 1000",
      1000.5,
    ],
    [
      { hypertrophicAreaCm2: -0.5 },
      ["input", "hypertrophicAreaCm2"],
      "out-of-range",
      "expected a number from 0 to 1000",
      -0.5,
    ],
    [{ hypertrophicAreaCm2: Number.NaN }, ["input", "hypertrophicAreaCm2"], "invalid-type", "expected a number", "NaN"],
    [{ area: 3 }, ["input", "area"], "unknown-key", "unknown key; expected one of lesions, hypertrophicAreaCm2", 3],
    [null, ["input"], "invalid-type", "expected an object", null],
  ] as const)("%o -> %o %s", (input, path, code, message, value) => {
    const error = caught(() => goodmanQuantitativeScore(input as unknown as GoodmanScoreInput));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([{ code, path, message, value }]);
    expect(error.message).toBe(`${formatPath(path)}: ${message}`);
  });

  it("an area over 1000 cm² is out of range, 1000 is not", () => {
    expect(score({ hypertrophicAreaCm2: 1000 }).score).toBe(18);
    expect(caught(() => score({ hypertrophicAreaCm2: 1001 })).issues.map((issue) => issue.code)).toEqual([
      "out-of-range",
    ]);
  });

  it("reports every problem at once", () => {
    const error = caught(() =>
      goodmanQuantitativeScore({ lesions: { macular: -1, papular: 2.5 }, hypertrophicAreaCm2: 2000 }),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["out-of-range", ["input", "lesions", "macular"]],
      ["invalid-type", ["input", "lesions", "papular"]],
      ["out-of-range", ["input", "hypertrophicAreaCm2"]],
    ]);
  });
});

describe("compareGoodmanScores (GOODMAN-QUANT-2006, ALAM-2014)", () => {
  const SOURCES = ["GOODMAN-QUANT-2006", "ALAM-2014"];

  it.each([
    [20, 20, 0, "no-change"],
    [20, 17, -3, "no-change"],
    [17, 20, 3, "no-change"],
    [20, 16, -4, "improved"],
    [16, 20, 4, "worse"],
    [84, 0, -84, "improved"],
    [0, 84, 84, "worse"],
  ] as const)(
    "%i -> %i: change %i is %s (raters agree within 4 points: GOODMAN-QUANT-2006)",
    (before, after, change, direction) => {
      expect(compareGoodmanScores({ before, after })).toEqual({ change, direction, threshold: 4, sources: SOURCES });
    },
  );

  it("Alam 2014's mean change of -3.4 points at 6 months is within rater noise (ALAM-2014)", () => {
    // Scores are whole points: -3 is no change, -4 an improvement.
    expect(compareGoodmanScores({ before: 14, after: 11 }).direction).toBe("no-change");
    expect(compareGoodmanScores({ before: 14, after: 10 }).direction).toBe("improved");
  });

  it("takes a custom threshold (1-20)", () => {
    expect(compareGoodmanScores({ before: 10, after: 9 }, { threshold: 1 })).toEqual({
      change: -1,
      direction: "improved",
      threshold: 1,
      sources: SOURCES,
    });
    expect(compareGoodmanScores({ before: 10, after: 10 }, { threshold: 1 }).direction).toBe("no-change");
    expect(compareGoodmanScores({ before: 10, after: 15 }, { threshold: 6 }).direction).toBe("no-change");
    expect(compareGoodmanScores({ before: 10, after: 16 }, { threshold: 6 }).direction).toBe("worse");
    expect(compareGoodmanScores({ before: 30, after: 10 }, { threshold: 20 }).direction).toBe("improved");
    expect(compareGoodmanScores({ before: 30, after: 11 }, { threshold: 20 }).direction).toBe("no-change");
    expect(compareGoodmanScores({ before: 30, after: 26 }, { threshold: undefined }).threshold).toBe(4);
  });

  it("returns fresh source arrays", () => {
    compareGoodmanScores({ before: 1, after: 2 }).sources.push("CLARK-2018");
    expect(compareGoodmanScores({ before: 1, after: 2 }).sources).toEqual(SOURCES);
  });

  it.each([
    [{ before: 85, after: 1 }, {}, ["scores", "before"], "out-of-range", "expected an integer from 0 to 84", 85],
    [{ before: 1, after: -1 }, {}, ["scores", "after"], "out-of-range", "expected an integer from 0 to 84", -1],
    [{ before: 1, after: 1.5 }, {}, ["scores", "after"], "invalid-type", "expected an integer", 1.5],
    [{ before: 1 }, {}, ["scores", "after"], "required", "required", undefined],
    [
      { before: 1, after: 2, delta: 1 },
      {},
      ["scores", "delta"],
      "unknown-key",
      "unknown key; expected one of before, after",
      1,
    ],
    [null, {}, ["scores"], "invalid-type", "expected an object", null],
    [
      { before: 1, after: 2 },
      { threshold: 0 },
      ["options", "threshold"],
      "out-of-range",
      "expected an integer from 1 to 20",
      0,
    ],
    [
      { before: 1, after: 2 },
      { threshold: 21 },
      ["options", "threshold"],
      "out-of-range",
      "expected an integer from 1 to 20",
      21,
    ],
    [{ before: 1, after: 2 }, { threshold: 2.5 }, ["options", "threshold"], "invalid-type", "expected an integer", 2.5],
    [
      { before: 1, after: 2 },
      { margin: 4 },
      ["options", "margin"],
      "unknown-key",
      "unknown key; expected one of threshold",
      4,
    ],
    [{ before: 1, after: 2 }, null, ["options"], "invalid-type", "expected an object", null],
  ] as const)("%o with options %o -> %o %s", (scores, options, path, code, message, value) => {
    const error = caught(() => compareGoodmanScores(scores as never, options as never));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([value === undefined ? { code, path, message } : { code, path, message, value }]);
    expect(error.message).toBe(`${formatPath(path)}: ${message}`);
  });
});
