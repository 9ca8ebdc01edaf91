/**
 * The one catalogue of patient factors: every condition, medication or state the
 * planner knows, with its category, how it is evaluated and its sources.
 * Covers evidence.md Table 4 and the source article's active acne, eczema and rosacea.
 *
 * @module
 */

import { deepFreeze } from "../_lib/deep-freeze.js";
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
 * A care step a factor asks for before each session, with the protocol setting (days before) that
 * times it: stop topical retinoids; start antiviral prophylaxis after cold sores.
 *
 * @category Catalogues
 */
export type PreCare = "stop-retinoids" | "antiviral-prophylaxis";

/**
 * One catalogued patient factor.
 *
 * Evaluation: a report with status `active` (the default) has effect `active`; with status
 * `history`, effect `history`. An active report whose `until` has passed has ended: its `history`
 * effect applies. An active deferral with a future `until` is deferred until that date.
 * - `washout`: a `history` report is deferred until `until` (the last dose) plus that many months
 *   from the protocol; an `active` report with a planned `until` stays as it is, and the plan may
 *   resume on `until` plus the washout.
 * - `wait`: the factor is a procedure (filler, a peel): treatment waits that many days from the
 *   protocol after `since` (the day it was done), whatever its status.
 * - `preCare`: while reported (for cold sores: as history too), each session gets that care step
 *   before it.
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
  /** Protocol setting (months) of a wait after `until` (the last dose). */
  readonly washout?: "isotretinoinWashoutMonths";
  /** Protocol setting (days) of a wait after `since` (the day of the procedure). */
  readonly wait?: "fillerToxinWaitDays" | "resurfacingWaitDays";
  /** A care step before each session, and the reports it applies to. */
  readonly preCare?: {
    readonly step: PreCare;
    readonly days: "retinoidStopDays" | "antiviralLeadDays";
    readonly when: "active" | "any";
  };
  /** The code replacing this one (a report with it is still read as before). */
  readonly replacedBy?: readonly FactorCode[];
  /** Evidence level of the classification. */
  readonly evidence: EvidenceLevel;
  /** Where it comes from. */
  readonly sources: readonly SourceId[];
}

type Extra = Partial<Pick<FactorEntry, "washout" | "wait" | "preCare" | "replacedBy">>;

const entry = (
  code: FactorCode,
  category: FactorCategory,
  active: Effect,
  history: Effect,
  evidence: EvidenceLevel,
  sources: readonly SourceId[],
  extra: Extra = {},
): FactorEntry => deepFreeze({ code, category, active, history, evidence, sources: [...sources], ...extra });

const LABEL = ["FDA-DEN160029"] as const;

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
 * Object.keys(FACTOR_CATALOGUE).length;
 * //=> 34
 * ```
 * @category Catalogues
 */
export const FACTOR_CATALOGUE: Readonly<Record<FactorCode, FactorEntry>> = Object.freeze({
  "skin-cancer-in-area": entry(
    "skin-cancer-in-area",
    "contraindication",
    "contraindicated",
    "needs-review",
    "R",
    LABEL,
  ),
  "bleeding-disorder": entry("bleeding-disorder", "contraindication", "contraindicated", "needs-review", "R", LABEL),
  // Allergies do not lapse: reported as history, they are still allergies (CLINICAL-REVIEW-2026 9.1).
  "stainless-steel-allergy": entry(
    "stainless-steel-allergy",
    "contraindication",
    "contraindicated",
    "contraindicated",
    "R",
    ["FDA-DEN160029", "CHU-2021", "NICKEL-COMMENTARY"],
  ),
  "anaesthetic-allergy": entry(
    "anaesthetic-allergy",
    "contraindication",
    "contraindicated",
    "contraindicated",
    "R",
    LABEL,
  ),
  isotretinoin: entry(
    "isotretinoin",
    "contraindication",
    "contraindicated",
    "deferred",
    "R",
    ["FDA-DEN160029", "ISO-INSERT", "SPRING-2017", "WALDMAN-2017", "MAHADEVAPPA-2016", "MYSORE-2017"],
    { washout: "isotretinoinWashoutMonths" },
  ),
  pregnant: entry("pregnant", "deferral", "deferred", "info", "R", LABEL),
  nursing: entry("nursing", "deferral", "deferred", "info", "R", LABEL),
  "pregnant-or-nursing": entry("pregnant-or-nursing", "deferral", "deferred", "info", "R", LABEL, {
    replacedBy: ["pregnant", "nursing"],
  }),
  "wound-or-infection-in-area": entry("wound-or-infection-in-area", "deferral", "deferred", "info", "R", [
    "FDA-DEN160029",
    "CHU-2021",
  ]),
  "herpes-simplex": entry(
    "herpes-simplex",
    "deferral",
    "deferred",
    "precaution",
    "C",
    ["MINUTILLI-2024", "CMAC-HSV-2021", "ONWUDIWE-2013"],
    { preCare: { step: "antiviral-prophylaxis", days: "antiviralLeadDays", when: "any" } },
  ),
  "active-acne": entry("active-acne", "deferral", "deferred", "info", "C", [
    "ARTICLE-2021",
    "MINUTILLI-2024",
    "NCT02646917",
    "MAGERUSAN-2024",
  ]),
  eczema: entry("eczema", "deferral", "deferred", "needs-review", "R", ["ARTICLE-2021", "FDA-DEN160029"]),
  psoriasis: entry("psoriasis", "deferral", "deferred", "needs-review", "R", LABEL),
  rosacea: entry("rosacea", "deferral", "deferred", "needs-review", "R", [
    "ARTICLE-2021",
    "DERMAPEN4-IFU",
    "MOHAMED-2024-ROSACEA",
  ]),
  "keloid-tendency": entry("keloid-tendency", "relative", "needs-review", "needs-review", "C", [
    "FDA-DEN160029",
    "MINUTILLI-2024",
  ]),
  anticoagulants: entry("anticoagulants", "relative", "needs-review", "info", "R", LABEL),
  immunosuppression: entry("immunosuppression", "relative", "needs-review", "info", "C", [
    "FDA-DEN160029",
    "MINUTILLI-2024",
  ]),
  diabetes: entry("diabetes", "relative", "needs-review", "info", "R", LABEL),
  "collagen-vascular-disease": entry("collagen-vascular-disease", "relative", "needs-review", "needs-review", "R", [
    "FDA-DEN160029",
    "DERMAPEN4-IFU",
  ]),
  "radiation-to-area": entry("radiation-to-area", "relative", "needs-review", "needs-review", "I", ["BRAY-2016"]),
  sunburn: entry("sunburn", "deferral", "deferred", "info", "I", ["PLANNER-DECISION"]),
  "suspicious-lesion-in-area": entry("suspicious-lesion-in-area", "deferral", "deferred", "info", "R", LABEL),
  "gold-allergy": entry("gold-allergy", "precaution", "precaution", "precaution", "U", ["PLANNER-DECISION"]),
  // Label "not evaluated" (FDA-DEN160029): a clinician weighs them (CLINICAL-REVIEW-2026 9.2).
  "wound-healing-deficiency": entry("wound-healing-deficiency", "relative", "needs-review", "needs-review", "R", [
    "FDA-DEN160029",
    "CLINICAL-REVIEW-2026",
  ]),
  "contact-dermatitis-history": entry("contact-dermatitis-history", "relative", "needs-review", "needs-review", "R", [
    "FDA-DEN160029",
    "CLINICAL-REVIEW-2026",
  ]),
  "cardiac-abnormality": entry("cardiac-abnormality", "relative", "needs-review", "needs-review", "R", [
    "FDA-DEN160029",
    "CLINICAL-REVIEW-2026",
  ]),
  "warts-or-molluscum-in-area": entry("warts-or-molluscum-in-area", "deferral", "deferred", "info", "R", [
    "FDA-DEN160029",
    "DERMAPEN4-IFU",
    "CLINICAL-REVIEW-2026",
  ]),
  // Vitiligo, lichen planus: needling can trigger new lesions (Koebner) while active.
  "koebner-prone-condition": entry("koebner-prone-condition", "relative", "needs-review", "precaution", "S", [
    "FDA-DEN160029",
    "CLINICAL-REVIEW-2026",
  ]),
  "recent-filler-or-toxin-in-area": entry(
    "recent-filler-or-toxin-in-area",
    "deferral",
    "deferred",
    "info",
    "P",
    ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"],
    { wait: "fillerToxinWaitDays" },
  ),
  "recent-resurfacing-in-area": entry(
    "recent-resurfacing-in-area",
    "deferral",
    "deferred",
    "info",
    "P",
    ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"],
    { wait: "resurfacingWaitDays" },
  ),
  "recent-surgery-in-area": entry("recent-surgery-in-area", "deferral", "deferred", "info", "R", [
    "FDA-DEN160029",
    "PRACTICE-CONVENTION",
    "CLINICAL-REVIEW-2026",
  ]),
  "topical-retinoids": entry(
    "topical-retinoids",
    "precaution",
    "precaution",
    "info",
    "P",
    ["PRACTICE-CONVENTION", "AUST-2008", "CLINICAL-REVIEW-2026"],
    { preCare: { step: "stop-retinoids", days: "retinoidStopDays", when: "active" } },
  ),
  "tattoo-or-pmu-in-area": entry("tattoo-or-pmu-in-area", "relative", "needs-review", "needs-review", "P", [
    "PRACTICE-CONVENTION",
    "CLINICAL-REVIEW-2026",
  ]),
  "photosensitising-drugs": entry("photosensitising-drugs", "precaution", "precaution", "info", "P", [
    "PRACTICE-CONVENTION",
    "CLINICAL-REVIEW-2026",
  ]),
});
