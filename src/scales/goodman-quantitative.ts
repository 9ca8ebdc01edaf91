import type { GoodmanLesionType, GoodmanScore, GoodmanScoreChange, GoodmanScoreInput } from "../models/scales.js";
import { GOODMAN_LESION_TYPES } from "../models/scales.js";
import { COMPARE_GOODMAN_SCORES_OPTIONS, GOODMAN_SCORE_INPUT, GOODMAN_SCORES } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";

/** Points per lesion type (GOODMAN-QUANT-2006, as commonly reproduced: unverified). */
const POINTS: Readonly<Record<GoodmanLesionType, number>> = Object.freeze({
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
});

/** The multiplier of a lesion count: 1-10 x1, 11-20 x2, more than 20 x3. */
const multiplier = (count: number): number => (count === 0 ? 0 : count <= 10 ? 1 : count <= 20 ? 2 : 3);

/** The points of an area of keloidal or hypertrophic scarring: under 5 cm² 6, 5-20 cm² 12, more 18. */
const areaPoints = (area: number): number => (area === 0 ? 0 : area < 5 ? 6 : area <= 20 ? 12 : 18);

/**
 * Goodman & Baron's quantitative global acne-scarring score (GOODMAN-QUANT-2006): 0 to 84 points,
 * each lesion type's points times a multiplier for how many there are (1-10 x1, 11-20 x2, more
 * than 20 x3), plus points for the area of keloidal or hypertrophic scarring. It tracks response:
 * compare two scores with {@link compareGoodmanScores}. It never drives session counts: no
 * severity bands exist for it (CLARK-2018).
 *
 * The weights are those of the table as commonly reproduced; they could not be checked against the
 * paper (evidence level U), and the result says so (`weightsVerified: false`).
 *
 * @param input - lesion counts by type, and the hypertrophic area in cm²
 * @returns the score, its maximum (84), points by type, and sources
 * @throws {@link PlannerError} `INVALID_INPUT` for malformed input
 *
 * @example
 * ```ts
 * import { goodmanQuantitativeScore } from "microneedling-planner";
 * goodmanQuantitativeScore({ lesions: { "shallow-broad-atrophic": 12, "punched-out-deep-normal-base": 4 } }).score;
 * //=> 7
 * ```
 * @category Scales
 */
export function goodmanQuantitativeScore(input: GoodmanScoreInput): GoodmanScore {
  assertValid("INVALID_INPUT", [[GOODMAN_SCORE_INPUT, input, "input"]]);
  const points: GoodmanScore["points"] = {};
  let score = 0;
  for (const type of GOODMAN_LESION_TYPES) {
    const value = POINTS[type] * multiplier(input.lesions?.[type] ?? 0);
    if (value > 0) points[type] = value;
    score += value;
  }
  const area = areaPoints(input.hypertrophicAreaCm2 ?? 0);
  if (area > 0) points["hypertrophic-area"] = area;
  score += area;
  return { score, maximum: 84, points, weightsVerified: false, sources: ["GOODMAN-QUANT-2006"] };
}

/**
 * Options of {@link compareGoodmanScores}.
 *
 * @category Scales
 */
export interface CompareGoodmanScoresOptions {
  /** Changes smaller than this many points are no change (1-20); 4 when omitted (rater agreement). */
  readonly threshold?: number | undefined;
}

/**
 * Compares two quantitative scores of the same patient. Raters agree within 4 points
 * (GOODMAN-QUANT-2006), so by default a change of less than 4 points is `no-change`; a fall of 4 or
 * more is `improved` (Alam 2014 found -3.4 points at 6 months, ALAM-2014), a rise of 4 or more
 * `worse`.
 *
 * @param scores - the score before and the score after (0-84 each)
 * @param options - optionally, another threshold
 * @returns the change, its direction, the threshold and sources
 * @throws {@link PlannerError} `INVALID_INPUT` for malformed input
 *
 * @example
 * ```ts
 * import { compareGoodmanScores } from "microneedling-planner";
 * compareGoodmanScores({ before: 18, after: 15 }).direction;
 * //=> "no-change"
 * compareGoodmanScores({ before: 18, after: 12 });
 * //=> { change: -6, direction: "improved", threshold: 4, sources: ["GOODMAN-QUANT-2006", "ALAM-2014"] }
 * ```
 * @category Scales
 */
export function compareGoodmanScores(
  scores: { readonly before: number; readonly after: number },
  options: CompareGoodmanScoresOptions = {},
): GoodmanScoreChange {
  assertValid("INVALID_INPUT", [
    [GOODMAN_SCORES, scores, "scores"],
    [COMPARE_GOODMAN_SCORES_OPTIONS, options, "options"],
  ]);
  const threshold = options.threshold ?? 4;
  const change = scores.after - scores.before;
  const direction = change <= -threshold ? "improved" : change >= threshold ? "worse" : "no-change";
  return { change, direction, threshold, sources: ["GOODMAN-QUANT-2006", "ALAM-2014"] };
}
