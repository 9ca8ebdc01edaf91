/**
 * The one catalogue of patient factors: every condition, medication or state the
 * planner knows, with its category, how it is evaluated and its sources.
 * Covers evidence.md Table 4 and the source article's active acne, eczema and rosacea.
 *
 * @module
 */

import type { SourceId } from "../models/source-ids.js";
import type { Effect, FactorCode } from "../models/values.js";

/**
 * How a factor is classified.
 *
 * - `contraindication`: do not treat.
 * - `deferral`: temporary; treat once it has resolved.
 * - `relative`: a clinician must weigh it before treatment.
 * - `precaution`: treat, with a specific measure.
 * - `info`: recorded, no effect on eligibility.
 *
 * @category Catalogues
 */
export type FactorCategory = "contraindication" | "deferral" | "relative" | "precaution" | "info";

/**
 * Strength of the evidence behind an entry, as labelled in the clinical evidence review:
 * C consensus, S single study, R regulatory/labelling, P practice convention, U unconfirmed,
 * I engineering inference.
 *
 * @category Catalogues
 */
export type EvidenceLevel = "C" | "S" | "R" | "P" | "U" | "I";

/**
 * One catalogued patient factor.
 *
 * Evaluation: a report with status `active` (the default) has effect `active`; with status
 * `history`, effect `history`. An active deferral with a future `until` is deferred until
 * that date. When `washout` is set, a `history` report is deferred until `until` (the last
 * dose) plus that many months from the protocol.
 *
 * @category Catalogues
 */
export interface FactorEntry {
  /** Stable code, as reported in {@link FactorReport}. */
  readonly code: FactorCode;
  /** Classification, as when the factor is present. */
  readonly category: FactorCategory;
  /** Effect while present (`status: "active"`). */
  readonly active: Effect;
  /** Effect once in the past (`status: "history"`). */
  readonly history: Effect;
  /** Protocol setting (months) of a wait after `until` that applies to a `history` report. */
  readonly washout?: "isotretinoinWashoutMonths";
  /** Evidence level of the classification. */
  readonly evidence: EvidenceLevel;
  /** Where it comes from. */
  readonly sources: readonly SourceId[];
}

const entry = (
  code: FactorCode,
  category: FactorCategory,
  active: Effect,
  history: Effect,
  evidence: EvidenceLevel,
  sources: readonly SourceId[],
  washout?: "isotretinoinWashoutMonths",
): FactorEntry =>
  Object.freeze({
    code,
    category,
    active,
    history,
    evidence,
    sources: Object.freeze(sources),
    ...(washout && { washout }),
  });

/**
 * Every catalogued patient factor, by code. Frozen.
 *
 * @example
 * ```ts
 * import { FACTOR_CATALOGUE } from "microneedling-planner";
 * FACTOR_CATALOGUE.isotretinoin.active;
 * //=> "contraindicated"
 * FACTOR_CATALOGUE.rosacea.category;
 * //=> "deferral"
 * ```
 * @category Catalogues
 */
export const FACTOR_CATALOGUE: Readonly<Record<FactorCode, FactorEntry>> = Object.freeze({
  "skin-cancer-in-area": entry("skin-cancer-in-area", "contraindication", "contraindicated", "needs-review", "R", [
    "FDA-DEN160029",
  ]),
  "bleeding-disorder": entry("bleeding-disorder", "contraindication", "contraindicated", "needs-review", "R", [
    "FDA-DEN160029",
  ]),
  "stainless-steel-allergy": entry(
    "stainless-steel-allergy",
    "contraindication",
    "contraindicated",
    "needs-review",
    "R",
    ["FDA-DEN160029", "CHU-2021", "NICKEL-COMMENTARY"],
  ),
  "anaesthetic-allergy": entry("anaesthetic-allergy", "contraindication", "contraindicated", "needs-review", "R", [
    "FDA-DEN160029",
  ]),
  isotretinoin: entry(
    "isotretinoin",
    "contraindication",
    "contraindicated",
    "deferred",
    "R",
    ["FDA-DEN160029", "ISO-INSERT", "SPRING-2017", "WALDMAN-2017", "MAHADEVAPPA-2016", "MYSORE-2017"],
    "isotretinoinWashoutMonths",
  ),
  "pregnant-or-nursing": entry("pregnant-or-nursing", "deferral", "deferred", "info", "R", ["FDA-DEN160029"]),
  "wound-or-infection-in-area": entry("wound-or-infection-in-area", "deferral", "deferred", "info", "R", [
    "FDA-DEN160029",
    "CHU-2021",
  ]),
  "herpes-simplex": entry("herpes-simplex", "deferral", "deferred", "precaution", "C", [
    "MINUTILLI-2024",
    "CMAC-HSV-2021",
    "ONWUDIWE-2013",
  ]),
  "active-acne": entry("active-acne", "deferral", "deferred", "info", "C", [
    "ARTICLE-2021",
    "MINUTILLI-2024",
    "NCT02646917",
    "MAGERUSAN-2024",
  ]),
  eczema: entry("eczema", "deferral", "deferred", "needs-review", "R", ["ARTICLE-2021", "FDA-DEN160029"]),
  psoriasis: entry("psoriasis", "deferral", "deferred", "needs-review", "R", ["FDA-DEN160029"]),
  rosacea: entry("rosacea", "deferral", "deferred", "needs-review", "R", [
    "ARTICLE-2021",
    "DERMAPEN4-IFU",
    "MOHAMED-2024-ROSACEA",
  ]),
  "keloid-tendency": entry("keloid-tendency", "relative", "needs-review", "needs-review", "C", [
    "FDA-DEN160029",
    "MINUTILLI-2024",
  ]),
  anticoagulants: entry("anticoagulants", "relative", "needs-review", "info", "R", ["FDA-DEN160029"]),
  immunosuppression: entry("immunosuppression", "relative", "needs-review", "info", "C", [
    "FDA-DEN160029",
    "MINUTILLI-2024",
  ]),
  diabetes: entry("diabetes", "relative", "needs-review", "info", "R", ["FDA-DEN160029"]),
  "collagen-vascular-disease": entry("collagen-vascular-disease", "relative", "needs-review", "needs-review", "R", [
    "FDA-DEN160029",
    "DERMAPEN4-IFU",
  ]),
  "radiation-to-area": entry("radiation-to-area", "relative", "needs-review", "needs-review", "I", ["BRAY-2016"]),
  sunburn: entry("sunburn", "deferral", "deferred", "info", "I", ["PLANNER-DECISION"]),
  "suspicious-lesion-in-area": entry("suspicious-lesion-in-area", "deferral", "deferred", "info", "R", [
    "FDA-DEN160029",
  ]),
  "gold-allergy": entry("gold-allergy", "precaution", "precaution", "precaution", "U", ["PLANNER-DECISION"]),
});
