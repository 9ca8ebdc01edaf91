/**
 * The scar-type catalogue (evidence.md Table 1): family, expected response to
 * microneedling, what eligibility does with it, and sources.
 *
 * @module
 */

import { deepFreeze } from "../_lib/deep-freeze.js";
import type { SourceId } from "../models/source-ids.js";
import type { AdjunctTherapy, Effect, ScarType } from "../models/values.js";
import type { EvidenceLevel } from "./factors.js";

/**
 * Expected response to microneedling, best first.
 *
 * @category Catalogues
 */
export type ScarResponse = "best" | "good" | "moderate" | "poor" | "adjunct-only" | "not-indicated";

/**
 * Adjunct therapies for a scar type, with their sources.
 *
 * @category Catalogues
 */
export interface AdjunctEntry {
  /** The therapies, by code. */
  readonly therapies: readonly AdjunctTherapy[];
  /** Where they come from. */
  readonly sources: readonly SourceId[];
}

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
  /**
   * The protocol setting (months) a scar of this type must be older than to be treated without
   * review; a scar of this type with no `formedOn` is reviewed too. Burn scars: trials treated
   * mature burn scars only (AUST-2010-BURNS). Other types: no maturity rule (young scars get an
   * information note only: the label did not evaluate them, early surgical scars did well).
   */
  readonly maturity?: "burnMaturityMonths";
  /** Adjunct therapies to combine with microneedling. */
  readonly adjuncts?: AdjunctEntry;
  /** Adjunct therapies for deep boxcar scars (boxcar only). */
  readonly deepAdjuncts?: AdjunctEntry;
  /** Evidence level of the response. */
  readonly evidence: EvidenceLevel;
  /** Where it comes from. */
  readonly sources: readonly SourceId[];
}

type Extra = Partial<Pick<ScarTypeEntry, "deepResponse" | "maturity" | "adjuncts" | "deepAdjuncts">>;

const entry = (
  type: ScarType,
  family: ScarTypeEntry["family"],
  response: ScarResponse,
  effect: Effect,
  evidence: EvidenceLevel,
  sources: readonly SourceId[],
  extra: Extra = {},
): ScarTypeEntry => deepFreeze({ type, family, response, effect, evidence, sources: [...sources], ...extra });

const COMBINATION: readonly SourceId[] = ["JACOB-2001", "CONNOLLY-2017", "HESSION-GRABER-2015"];

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
  icepick: entry(
    "icepick",
    "atrophic",
    "poor",
    "precaution",
    "C",
    ["ARTICLE-2021", "JACOB-2001", "FABBROCINI-2010", "MINUTILLI-2024"],
    {
      adjuncts: { therapies: ["tca-cross", "punch-excision"], sources: COMBINATION },
    },
  ),
  boxcar: entry("boxcar", "atrophic", "good", "info", "C", ["ARTICLE-2021", "FABBROCINI-2010", "MINUTILLI-2024"], {
    deepResponse: "moderate",
    deepAdjuncts: { therapies: ["punch-elevation"], sources: [...COMBINATION, "FABBROCINI-2010"] },
  }),
  rolling: entry("rolling", "atrophic", "best", "info", "C", ["ARTICLE-2021", "VONDALWIG-2020", "FABBROCINI-2009"], {
    adjuncts: { therapies: ["subcision"], sources: COMBINATION },
  }),
  hypertrophic: entry(
    "hypertrophic",
    "raised",
    "adjunct-only",
    "needs-review",
    "S",
    ["ARTICLE-2021", "IOSIFIDIS-2019"],
    {
      adjuncts: {
        therapies: ["silicone", "intralesional-steroid"],
        sources: ["IOSIFIDIS-2019", "HESSION-GRABER-2015"],
      },
    },
  ),
  keloid: entry(
    "keloid",
    "raised",
    "not-indicated",
    "needs-review",
    "S",
    ["ARTICLE-2021", "IOSIFIDIS-2019", "MINUTILLI-2024"],
    {
      adjuncts: { therapies: ["referral", "intralesional-steroid"], sources: ["IOSIFIDIS-2019", "MINUTILLI-2024"] },
    },
  ),
  surgical: entry("surgical", "mixed", "good", "info", "S", ["ALSTER-LI-2020", "CLAYTOR-2022"]),
  traumatic: entry("traumatic", "mixed", "good", "info", "S", ["ALSTER-LI-2020"]),
  burn: entry("burn", "mixed", "good", "precaution", "S", ["AUST-2010-BURNS", "IOSIFIDIS-2019"], {
    maturity: "burnMaturityMonths",
  }),
  varicella: entry("varicella", "atrophic", "moderate", "info", "S", ["JUHASZ-COHEN-2020", "COHEN-ELBULUK-2016"]),
  striae: entry("striae", "dermal", "good", "info", "C", ["MOHAMED-ALI-2017", "STRIAE-NAFL-2018", "STRIAE-META-2024"]),
});
