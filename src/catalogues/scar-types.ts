/**
 * The scar-type catalogue (evidence.md Table 1): family, expected response to
 * microneedling, what eligibility does with it, and sources.
 *
 * @module
 */

import type { SourceId } from "../models/source-ids.js";
import type { Effect, ScarType } from "../models/values.js";
import type { EvidenceLevel } from "./factors.js";

/**
 * Expected response to microneedling, best first.
 *
 * @category Catalogues
 */
export type ScarResponse = "best" | "good" | "moderate" | "poor" | "adjunct-only" | "not-indicated";

/**
 * One scar type.
 *
 * @category Catalogues
 */
export interface ScarTypeEntry {
  /** The scar type. */
  readonly type: ScarType;
  /** Atrophic (collagen loss), raised, dermal (striae) or mixed (depends on the wound). */
  readonly family: "atrophic" | "raised" | "dermal" | "mixed";
  /** Expected response; for boxcar scars, that of shallow ones. */
  readonly response: ScarResponse;
  /** Response of deep boxcar scars (boxcar only). */
  readonly deepResponse?: ScarResponse;
  /** Effect on eligibility when this scar is a target. */
  readonly effect: Effect;
  /** Evidence level of the response. */
  readonly evidence: EvidenceLevel;
  /** Where it comes from. */
  readonly sources: readonly SourceId[];
}

const entry = (
  type: ScarType,
  family: ScarTypeEntry["family"],
  response: ScarResponse,
  effect: Effect,
  evidence: EvidenceLevel,
  sources: readonly SourceId[],
  deepResponse?: ScarResponse,
): ScarTypeEntry =>
  Object.freeze({
    type,
    family,
    response,
    effect,
    evidence,
    sources: Object.freeze(sources),
    ...(deepResponse && { deepResponse }),
  });

/**
 * Every scar type, by type. Frozen. Atrophic acne scars are the main indication
 * (ARTICLE-2021 A2); raised scars are not a good response.
 *
 * @example
 * ```ts
 * import { SCAR_TYPE_CATALOGUE } from "microneedling-planner";
 * SCAR_TYPE_CATALOGUE.rolling.response;
 * //=> "best"
 * SCAR_TYPE_CATALOGUE.keloid.effect;
 * //=> "needs-review"
 * ```
 * @category Catalogues
 */
export const SCAR_TYPE_CATALOGUE: Readonly<Record<ScarType, ScarTypeEntry>> = Object.freeze({
  icepick: entry("icepick", "atrophic", "poor", "precaution", "C", [
    "ARTICLE-2021",
    "JACOB-2001",
    "FABBROCINI-2010",
    "MINUTILLI-2024",
  ]),
  boxcar: entry(
    "boxcar",
    "atrophic",
    "good",
    "info",
    "C",
    ["ARTICLE-2021", "FABBROCINI-2010", "MINUTILLI-2024"],
    "moderate",
  ),
  rolling: entry("rolling", "atrophic", "best", "info", "C", ["ARTICLE-2021", "VONDALWIG-2020", "FABBROCINI-2009"]),
  hypertrophic: entry("hypertrophic", "raised", "adjunct-only", "needs-review", "S", [
    "ARTICLE-2021",
    "IOSIFIDIS-2019",
  ]),
  keloid: entry("keloid", "raised", "not-indicated", "needs-review", "S", [
    "ARTICLE-2021",
    "IOSIFIDIS-2019",
    "MINUTILLI-2024",
  ]),
  surgical: entry("surgical", "mixed", "good", "info", "S", ["ALSTER-LI-2020", "CLAYTOR-2022"]),
  traumatic: entry("traumatic", "mixed", "good", "info", "S", ["ALSTER-LI-2020"]),
  burn: entry("burn", "mixed", "good", "precaution", "S", ["AUST-2010-BURNS", "IOSIFIDIS-2019"]),
  varicella: entry("varicella", "atrophic", "moderate", "info", "S", ["JUHASZ-COHEN-2020", "COHEN-ELBULUK-2016"]),
  striae: entry("striae", "dermal", "good", "info", "C", ["MOHAMED-ALI-2017", "STRIAE-NAFL-2018", "STRIAE-META-2024"]),
});
