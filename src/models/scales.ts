/**
 * Goodman & Baron's quantitative global acne-scarring score: its input and result.
 *
 * @module
 */
import type { SourceId } from "./source-ids.js";

/**
 * The lesion types the quantitative score counts (GOODMAN-QUANT-2006), by grade of disease:
 * milder (1 point each type: macular, mildly atrophic dish-like), moderate (2: moderately atrophic
 * dish-like, punched-out with a shallow base under 5 mm, shallow but broad atrophic areas), severe
 * (3: punched-out with a deep normal or abnormal base under 5 mm, linear or troughed dermal
 * scarring, deep broad atrophic areas) and hyperplastic papular (2).
 *
 * @example
 * ```ts
 * import { GOODMAN_LESION_TYPES } from "microneedling-planner";
 * GOODMAN_LESION_TYPES.length;
 * //=> 10
 * ```
 * @category Models
 */
export const GOODMAN_LESION_TYPES = Object.freeze([
  "macular",
  "mildly-atrophic-dish",
  "moderately-atrophic-dish",
  "punched-out-shallow-small",
  "shallow-broad-atrophic",
  "punched-out-deep-normal-base",
  "punched-out-deep-abnormal-base",
  "linear-troughed",
  "deep-broad-atrophic",
  "papular",
] as const);

/** A lesion type of the quantitative score, one of {@link GOODMAN_LESION_TYPES}. @category Models */
export type GoodmanLesionType = (typeof GOODMAN_LESION_TYPES)[number];

/**
 * What the quantitative score counts: the number of lesions of each type (0-1000; absent is 0),
 * and the area of keloidal or hypertrophic scarring in cm² (0-1000).
 *
 * @category Models
 */
export interface GoodmanScoreInput {
  /** Lesions counted, by type. */
  lesions?: { [K in GoodmanLesionType]?: number | undefined } | undefined;
  /** Area of keloidal or hypertrophic scarring, in cm². */
  hypertrophicAreaCm2?: number | undefined;
}

/**
 * The quantitative score: 0 to 84, with the points of each counted type. The weights follow the
 * commonly reproduced table of the 2006 paper; they could not be checked against the paper
 * itself (`weightsVerified: false`).
 *
 * @category Models
 */
export interface GoodmanScore {
  /** The total, 0 to 84. */
  score: number;
  /** The most a patient can score. */
  maximum: 84;
  /** Points by lesion type (only types that scored), and for the hypertrophic area. */
  points: { [K in GoodmanLesionType | "hypertrophic-area"]?: number | undefined };
  /** False: the weights are those of secondary reproductions, not checked against the paper. */
  weightsVerified: false;
  /** Source ids. */
  sources: SourceId[];
}

/**
 * Two quantitative scores compared: raters agree within 4 points (GOODMAN-QUANT-2006), so a change
 * smaller than the threshold is no change. The score never drives session counts: no severity
 * bands exist for it (CLARK-2018).
 *
 * @category Models
 */
export interface GoodmanScoreChange {
  /** `after - before`: negative is better. */
  change: number;
  /** `improved`, `worse`, or `no-change` when the change is under the threshold. */
  direction: "improved" | "worse" | "no-change";
  /** The threshold used (points). */
  threshold: number;
  /** Source ids. */
  sources: SourceId[];
}
