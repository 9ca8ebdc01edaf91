/**
 * The closed value lists of the domain, as plain frozen arrays.
 *
 * They live apart from the zod schemas so that the root entry point can use them
 * at run time without pulling zod into a bundle.
 *
 * @module
 */

/**
 * Every scar type the planner knows (evidence.md Table 1).
 *
 * @example
 * ```ts
 * import { SCAR_TYPES } from "microneedling-planner";
 * SCAR_TYPES.includes("rolling");
 * //=> true
 * ```
 * @category Models
 */
export const SCAR_TYPES = Object.freeze([
  "icepick",
  "boxcar",
  "rolling",
  "hypertrophic",
  "keloid",
  "surgical",
  "traumatic",
  "burn",
  "varicella",
  "striae",
] as const);

/**
 * Depth of a boxcar scar: shallow is 0.1-0.5 mm, deep is 0.5 mm or more (FABBROCINI-2010).
 *
 * @example
 * ```ts
 * import { BOXCAR_DEPTHS } from "microneedling-planner";
 * BOXCAR_DEPTHS;
 * //=> ["shallow", "deep"]
 * ```
 * @category Models
 */
export const BOXCAR_DEPTHS = Object.freeze(["shallow", "deep"] as const);

/**
 * Clinical severity labels, mildest first.
 *
 * @example
 * ```ts
 * import { SEVERITIES } from "microneedling-planner";
 * SEVERITIES.indexOf("severe") > SEVERITIES.indexOf("mild");
 * //=> true
 * ```
 * @category Models
 */
export const SEVERITIES = Object.freeze(["mild", "moderate", "severe"] as const);

/**
 * Goodman & Baron qualitative global acne-scar grades (GOODMAN-QUAL-2006):
 * 1 macular, 2 mild, 3 moderate, 4 severe.
 *
 * @example
 * ```ts
 * import { GOODMAN_GRADES } from "microneedling-planner";
 * GOODMAN_GRADES;
 * //=> [1, 2, 3, 4]
 * ```
 * @category Models
 */
export const GOODMAN_GRADES = Object.freeze([1, 2, 3, 4] as const);

/**
 * Fitzpatrick skin phototypes I-VI (FITZPATRICK-1988).
 *
 * @example
 * ```ts
 * import { FITZPATRICK_TYPES } from "microneedling-planner";
 * FITZPATRICK_TYPES.length;
 * //=> 6
 * ```
 * @category Models
 */
export const FITZPATRICK_TYPES = Object.freeze(["I", "II", "III", "IV", "V", "VI"] as const);

/**
 * Why the patient wants treatment (ARTICLE-2021 claim A1): scar revision or
 * rejuvenation (anti-ageing).
 *
 * @example
 * ```ts
 * import { TREATMENT_GOALS } from "microneedling-planner";
 * TREATMENT_GOALS;
 * //=> ["scar-revision", "rejuvenation"]
 * ```
 * @category Models
 */
export const TREATMENT_GOALS = Object.freeze(["scar-revision", "rejuvenation"] as const);

/**
 * Whether a reported patient factor is present now (`active`) or in the past (`history`).
 *
 * @example
 * ```ts
 * import { FACTOR_STATUSES } from "microneedling-planner";
 * FACTOR_STATUSES;
 * //=> ["active", "history"]
 * ```
 * @category Models
 */
export const FACTOR_STATUSES = Object.freeze(["active", "history"] as const);

/**
 * Codes of every catalogued patient factor (conditions, medications, states).
 * See `FACTOR_CATALOGUE` for what each one means and does. A condition that is not
 * listed is reported as {@link OTHER_FACTOR_CODE} with a note.
 *
 * @example
 * ```ts
 * import { FACTOR_CODES } from "microneedling-planner";
 * FACTOR_CODES.includes("isotretinoin");
 * //=> true
 * ```
 * @category Models
 */
export const FACTOR_CODES = Object.freeze([
  "skin-cancer-in-area",
  "bleeding-disorder",
  "stainless-steel-allergy",
  "anaesthetic-allergy",
  "isotretinoin",
  "pregnant",
  "nursing",
  "pregnant-or-nursing",
  "wound-or-infection-in-area",
  "herpes-simplex",
  "active-acne",
  "eczema",
  "psoriasis",
  "rosacea",
  "keloid-tendency",
  "anticoagulants",
  "immunosuppression",
  "diabetes",
  "collagen-vascular-disease",
  "radiation-to-area",
  "sunburn",
  "suspicious-lesion-in-area",
  "gold-allergy",
  "wound-healing-deficiency",
  "contact-dermatitis-history",
  "cardiac-abnormality",
  "warts-or-molluscum-in-area",
  "koebner-prone-condition",
  "recent-filler-or-toxin-in-area",
  "recent-resurfacing-in-area",
  "recent-surgery-in-area",
  "topical-retinoids",
  "tattoo-or-pmu-in-area",
  "photosensitising-drugs",
] as const);

/**
 * The code for a condition that is not in the catalogue. It always leads to clinician review.
 *
 * @example
 * ```ts
 * import { OTHER_FACTOR_CODE } from "microneedling-planner";
 * OTHER_FACTOR_CODE;
 * //=> "other"
 * ```
 * @category Models
 */
export const OTHER_FACTOR_CODE = "other";

/**
 * What a finding does to eligibility, worst first.
 *
 * @example
 * ```ts
 * import { EFFECTS } from "microneedling-planner";
 * EFFECTS[0];
 * //=> "contraindicated"
 * ```
 * @category Models
 */
export const EFFECTS = Object.freeze(["contraindicated", "deferred", "needs-review", "precaution", "info"] as const);

/**
 * Overall eligibility, worst first. The worst finding decides.
 *
 * @example
 * ```ts
 * import { ELIGIBILITY_STATUSES } from "microneedling-planner";
 * ELIGIBILITY_STATUSES.at(-1);
 * //=> "eligible"
 * ```
 * @category Models
 */
export const ELIGIBILITY_STATUSES = Object.freeze([
  "contraindicated",
  "deferred",
  "needs-review",
  "eligible-with-precautions",
  "eligible",
] as const);

/**
 * The acne scar types: the only ones a Goodman & Baron grade applies to (an acne-scar scale).
 *
 * @example
 * ```ts
 * import { ACNE_SCAR_TYPES } from "microneedling-planner";
 * ACNE_SCAR_TYPES;
 * //=> ["icepick", "boxcar", "rolling"]
 * ```
 * @category Models
 */
export const ACNE_SCAR_TYPES = Object.freeze(["icepick", "boxcar", "rolling"] as const);

/** An acne scar type, one of {@link ACNE_SCAR_TYPES}. @category Models */
export type AcneScarType = (typeof ACNE_SCAR_TYPES)[number];

/**
 * Adjunct therapies a finding can suggest alongside microneedling (combination therapy is the
 * standard for mixed acne scarring: JACOB-2001, CONNOLLY-2017, HESSION-GRABER-2015): TCA CROSS
 * and punch excision for icepick scars, punch elevation for deep boxcar scars, subcision for
 * tethered rolling scars, silicone and intralesional steroid for hypertrophic scars, referral to a
 * specialist for keloids.
 *
 * @example
 * ```ts
 * import { ADJUNCT_THERAPIES } from "microneedling-planner";
 * ADJUNCT_THERAPIES.includes("subcision");
 * //=> true
 * ```
 * @category Models
 */
export const ADJUNCT_THERAPIES = Object.freeze([
  "tca-cross",
  "punch-excision",
  "punch-elevation",
  "subcision",
  "silicone",
  "intralesional-steroid",
  "referral",
] as const);

/** An adjunct therapy, one of {@link ADJUNCT_THERAPIES}. @category Models */
export type AdjunctTherapy = (typeof ADJUNCT_THERAPIES)[number];

/** A scar type, one of {@link SCAR_TYPES}. @category Models */
export type ScarType = (typeof SCAR_TYPES)[number];
/** A boxcar depth, one of {@link BOXCAR_DEPTHS}. @category Models */
export type BoxcarDepth = (typeof BOXCAR_DEPTHS)[number];
/** A severity label, one of {@link SEVERITIES}. @category Models */
export type Severity = (typeof SEVERITIES)[number];
/** A Goodman & Baron qualitative grade, one of {@link GOODMAN_GRADES}. @category Models */
export type GoodmanGrade = (typeof GOODMAN_GRADES)[number];
/** A Fitzpatrick phototype, one of {@link FITZPATRICK_TYPES}. @category Models */
export type FitzpatrickType = (typeof FITZPATRICK_TYPES)[number];
/** A treatment goal, one of {@link TREATMENT_GOALS}. @category Models */
export type TreatmentGoal = (typeof TREATMENT_GOALS)[number];
/** A factor status, one of {@link FACTOR_STATUSES}. @category Models */
export type FactorStatus = (typeof FACTOR_STATUSES)[number];
/** A catalogued factor code, one of {@link FACTOR_CODES}. @category Models */
export type FactorCode = (typeof FACTOR_CODES)[number];
/** What a finding does to eligibility, one of {@link EFFECTS}. @category Models */
export type Effect = (typeof EFFECTS)[number];
/** An overall eligibility status, one of {@link ELIGIBILITY_STATUSES}. @category Models */
export type EligibilityStatus = (typeof ELIGIBILITY_STATUSES)[number];

/**
 * Why a finding was made. Together with `kind` and `code`, a stable identity for a finding.
 *
 * Factor findings: `active`, `history` (the catalogue effect of the reported status), `ended`
 * (reported active, but its end date has passed: the history effect applies), `washout`
 * (deferred until the wait after the last dose ends), `washout-complete`, `waiting` (deferred
 * until the wait after a procedure ends), `wait-complete`, `date-missing` (a needed date was not
 * given), `contradictory` (dates or status contradict each other or today), `unknown-code`,
 * `other` (an uncatalogued condition).
 *
 * Scar findings: `type` (the scar type's own effect, see the scar catalogue), `macular`
 * (Goodman grade 1), `severity-missing`, `severity-contradictory`, `recent` (younger than the
 * protocol's `recentScarMonths`), `immature` (younger than its type's maturity, such as a burn
 * scar under 12 months), `adjunct` (therapies to combine with microneedling), `contradictory`
 * (formed after today).
 *
 * Patient findings: `pih-risk` (Fitzpatrick type), `below-label-age`, `no-scars`, `macular-only`
 * (every scar is Goodman grade 1: no microneedling course), `contradictory` (born after today).
 *
 * @example
 * ```ts
 * import { FINDING_REASONS } from "microneedling-planner";
 * FINDING_REASONS.includes("washout");
 * //=> true
 * ```
 * @category Models
 */
export const FINDING_REASONS = Object.freeze([
  "active",
  "history",
  "ended",
  "washout",
  "washout-complete",
  "waiting",
  "wait-complete",
  "date-missing",
  "contradictory",
  "unknown-code",
  "other",
  "type",
  "macular",
  "severity-missing",
  "severity-contradictory",
  "recent",
  "immature",
  "maturity-unknown",
  "adjunct",
  "pih-risk",
  "below-label-age",
  "no-scars",
  "macular-only",
] as const);

/** Why a finding was made, one of {@link FINDING_REASONS}. @category Models */
export type FindingReason = (typeof FINDING_REASONS)[number];

/**
 * Clinic weekdays, Monday first.
 *
 * @example
 * ```ts
 * import { WEEKDAYS } from "microneedling-planner";
 * WEEKDAYS[0];
 * //=> "mon"
 * ```
 * @category Models
 */
export const WEEKDAYS = Object.freeze(["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const);

/** A weekday, one of {@link WEEKDAYS}. @category Models */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Where a session stands on `today`: `done`; `booked` (an appointment is made, today or later);
 * `due` (its window is open); `upcoming` (its window opens later); `overdue` (its window closed
 * without it: re-planned from today).
 *
 * @example
 * ```ts
 * import { SESSION_STATUSES } from "microneedling-planner";
 * SESSION_STATUSES;
 * //=> ["done", "booked", "due", "upcoming", "overdue"]
 * ```
 * @category Models
 */
export const SESSION_STATUSES = Object.freeze(["done", "booked", "due", "upcoming", "overdue"] as const);

/** A session status, one of {@link SESSION_STATUSES}. @category Models */
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * Flags on a session window.
 *
 * - `late`: its window closed before today without it, re-planned from today; or it is booked
 *   after its window closes (`daysLate`).
 * - `reassess`: also more than the protocol's `reassessAfterWeeks` since the last session: re-grade the scars first.
 * - `no-open-day`: the clinic has no open day in the window; the window keeps its bounds.
 * - `deferred`: the window was moved to start when a deferral ends (`until`).
 * - `out-of-order`: its completed date is before the previous session's.
 * - `in-future`: its completed date is after today.
 * - `too-soon`: done or booked fewer than the minimum weeks after the previous session (`days`).
 * - `beyond-estimate`: more sessions were done or booked than planned.
 * - `missed-booking`: it was booked for a day before today and is not recorded as done (`on`).
 * - `closed-day`: it is booked on a day the clinic is closed (`on`).
 *
 * @example
 * ```ts
 * import { SESSION_FLAGS } from "microneedling-planner";
 * SESSION_FLAGS.includes("late");
 * //=> true
 * ```
 * @category Models
 */
export const SESSION_FLAGS = Object.freeze([
  "late",
  "reassess",
  "no-open-day",
  "deferred",
  "out-of-order",
  "in-future",
  "too-soon",
  "beyond-estimate",
  "missed-booking",
  "closed-day",
] as const);

/** A session flag code, one of {@link SESSION_FLAGS}. @category Models */
export type SessionFlagCode = (typeof SESSION_FLAGS)[number];

/**
 * Reminder kinds: book the next session, chase an overdue one, an appointment that is booked, a
 * care step before a session, photographs, aftercare, check results (3 and 6 months after the
 * last session by default), book maintenance, and review a deferral that has no end date (so that
 * the patient is not forgotten). `REMINDER_CATALOGUE` (`microneedling-planner/sources`) cites each.
 *
 * @example
 * ```ts
 * import { REMINDER_KINDS } from "microneedling-planner";
 * REMINDER_KINDS.length;
 * //=> 9
 * ```
 * @category Models
 */
export const REMINDER_KINDS = Object.freeze([
  "book-session",
  "session-overdue",
  "appointment",
  "pre-care",
  "photo",
  "post-care",
  "result-check",
  "maintenance-due",
  "deferral-review",
] as const);

/** A reminder kind, one of {@link REMINDER_KINDS}. @category Models */
export type ReminderKind = (typeof REMINDER_KINDS)[number];
