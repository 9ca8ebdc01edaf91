/**
 * The eligibility result and its findings: one discriminated union, keyed on `kind` and
 * `reason`, with the parameters of each reason typed.
 *
 * @module
 */
import type { IsoDate } from "./iso-date.js";
import type { SourceId } from "./source-ids.js";
import type {
  AdjunctTherapy,
  Effect,
  EligibilityStatus,
  FitzpatrickType,
  GoodmanGrade,
  ScarType,
  Severity,
} from "./values.js";

/**
 * What every finding carries.
 *
 * @category Models
 */
export interface FindingFields {
  /** What it does to eligibility. */
  effect: Effect;
  /** Source ids (citations: `SOURCE_CATALOGUE` in `microneedling-planner/sources`). */
  sources: SourceId[];
  /** Human-readable text, present when a message layer was passed. */
  message?: string | undefined;
}

/** Fields of a finding about a reported factor. @category Models */
export interface FactorFindingFields extends FindingFields {
  /** Always `factor`. */
  kind: "factor";
  /** The factor code as reported. */
  code: string;
  /** Position in `patient.factors`. */
  index: number;
}

/**
 * A factor reported `active` (or without a status) or `history`: the catalogue's effect for that
 * status. `until` is given when the effect is `deferred` and the report has an end date; for a
 * factor with a washout still being taken (isotretinoin) with a planned last dose, `until` is that
 * day and `resumeOn` the day treatment may resume (the last dose plus the washout).
 *
 * @category Models
 */
export interface FactorStatusFinding extends FactorFindingFields {
  /** The reported status. */
  reason: "active" | "history";
  /** The end of a deferral or the planned last dose, when reported, and when treatment may resume. */
  params: { until?: IsoDate | undefined; resumeOn?: IsoDate | undefined };
}

/**
 * A factor reported `active` whose end date (`until`) is on or before the assessment date: it has
 * ended, and the catalogue's `history` effect applies.
 *
 * @category Models
 */
export interface FactorEndedFinding extends FactorFindingFields {
  /** Always `ended`. */
  reason: "ended";
  /** The day it ended. */
  params: { until: IsoDate };
}

/** A procedure in the area (filler, a peel) whose wait has not ended. @category Models */
export interface FactorWaitingFinding extends FactorFindingFields {
  /** Always `waiting`. */
  reason: "waiting";
  /** Always `deferred`. */
  effect: "deferred";
  /** The day of the procedure, the wait in days, its end, and the days left. */
  params: { procedureOn: IsoDate; days: number; until: IsoDate; daysLeft: number };
}

/** A procedure in the area whose wait has ended. @category Models */
export interface FactorWaitCompleteFinding extends FactorFindingFields {
  /** Always `wait-complete`. */
  reason: "wait-complete";
  /** Always `info`. */
  effect: "info";
  /** The day of the procedure, the wait in days and its end. */
  params: { procedureOn: IsoDate; days: number; until: IsoDate };
}

/** A factor with a wait after its last dose (isotretinoin) that has not ended. @category Models */
export interface FactorWashoutFinding extends FactorFindingFields {
  /** Always `washout`. */
  reason: "washout";
  /** Always `deferred`. */
  effect: "deferred";
  /** The last dose, the wait in months, its end, and the days left. */
  params: { lastDose: IsoDate; months: number; until: IsoDate; daysLeft: number };
}

/** A factor whose wait after the last dose has ended. @category Models */
export interface FactorWashoutCompleteFinding extends FactorFindingFields {
  /** Always `washout-complete`. */
  reason: "washout-complete";
  /** Always `info`. */
  effect: "info";
  /** The last dose, the wait in months and its end. */
  params: { lastDose: IsoDate; months: number; until: IsoDate };
}

/**
 * A factor whose wait cannot be computed: the date of the last dose (`months`) or of the procedure
 * (`days`) is missing.
 *
 * @category Models
 */
export interface FactorDateMissingFinding extends FactorFindingFields {
  /** Always `date-missing`. */
  reason: "date-missing";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** The wait that needs the date: in months (after a last dose) or in days (after a procedure). */
  params: { months?: number | undefined; days?: number | undefined };
}

/**
 * A factor report whose dates or status contradict each other or the assessment date.
 *
 * @category Models
 */
export interface FactorContradictoryFinding extends FactorFindingFields {
  /** Always `contradictory`. */
  reason: "contradictory";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** Which contradiction. */
  params: { problem: "since-in-future" | "since-after-until" | "history-ends-in-future" };
}

/** A factor code the catalogue does not know: sent to clinician review. @category Models */
export interface FactorUnknownCodeFinding extends FactorFindingFields {
  /** Always `unknown-code`. */
  reason: "unknown-code";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** None. */
  params: Record<string, never>;
}

/** A factor reported as `other`, with a note: sent to clinician review. @category Models */
export interface FactorOtherFinding extends FactorFindingFields {
  /** Always `other`. */
  reason: "other";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** The reported note (free text: it may hold patient data). */
  params: { note: string };
}

/**
 * A finding about a reported factor.
 *
 * @category Models
 */
export type FactorFinding =
  | FactorStatusFinding
  | FactorEndedFinding
  | FactorWaitingFinding
  | FactorWaitCompleteFinding
  | FactorWashoutFinding
  | FactorWashoutCompleteFinding
  | FactorDateMissingFinding
  | FactorContradictoryFinding
  | FactorUnknownCodeFinding
  | FactorOtherFinding;

/** Fields of a finding about a scar. @category Models */
export interface ScarFindingFields extends FindingFields {
  /** Always `scar`. */
  kind: "scar";
  /** The scar type. */
  code: ScarType;
  /** Position in `patient.scars`. */
  index: number;
}

/** The scar type's own effect (see `SCAR_TYPE_CATALOGUE`). @category Models */
export interface ScarTypeFinding extends ScarFindingFields {
  /** Always `type`. */
  reason: "type";
  /** None. */
  params: Record<string, never>;
}

/** A Goodman grade 1 (macular) scar: a colour problem, not a contour scar. @category Models */
export interface ScarMacularFinding extends ScarFindingFields {
  /** Always `macular`. */
  reason: "macular";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** The grade. */
  params: { goodmanGrade: 1 };
}

/** A scar to revise with neither a severity nor a Goodman grade. @category Models */
export interface ScarSeverityMissingFinding extends ScarFindingFields {
  /** Always `severity-missing`. */
  reason: "severity-missing";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** None. */
  params: Record<string, never>;
}

/** A scar whose severity label and Goodman grade disagree. @category Models */
export interface ScarSeverityContradictoryFinding extends ScarFindingFields {
  /** Always `severity-contradictory`. */
  reason: "severity-contradictory";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** The label and the grade given. */
  params: { severity: Severity; goodmanGrade: GoodmanGrade };
}

/** A scar younger than the protocol's `recentScarMonths`. @category Models */
export interface ScarRecentFinding extends ScarFindingFields {
  /** Always `recent`. */
  reason: "recent";
  /** Always `info`. */
  effect: "info";
  /** When it formed and the threshold in months. */
  params: { formedOn: IsoDate; months: number };
}

/**
 * A scar younger than its type's maturity (a burn scar under the protocol's `burnMaturityMonths`:
 * trials treated mature burn scars only, AUST-2010-BURNS), or of such a type with no `formedOn`.
 *
 * @category Models
 */
export interface ScarImmatureFinding extends ScarFindingFields {
  /** `immature`, or `maturity-unknown` when `formedOn` is not given. */
  reason: "immature" | "maturity-unknown";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** When it formed (when known) and the maturity in months. */
  params: { formedOn?: IsoDate | undefined; months: number };
}

/**
 * Adjunct therapies to combine with microneedling for this scar type (combination therapy is the
 * standard for mixed scarring): codes a UI can show without parsing text.
 *
 * @category Models
 */
export interface ScarAdjunctFinding extends ScarFindingFields {
  /** Always `adjunct`. */
  reason: "adjunct";
  /** Always `info`. */
  effect: "info";
  /** The therapies, by code. */
  params: { therapies: AdjunctTherapy[] };
}

/** A scar that formed after the assessment date. @category Models */
export interface ScarContradictoryFinding extends ScarFindingFields {
  /** Always `contradictory`. */
  reason: "contradictory";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** The contradiction and the date given. */
  params: { problem: "formed-in-future"; formedOn: IsoDate };
}

/**
 * A finding about a scar.
 *
 * @category Models
 */
export type ScarFinding =
  | ScarTypeFinding
  | ScarMacularFinding
  | ScarSeverityMissingFinding
  | ScarSeverityContradictoryFinding
  | ScarRecentFinding
  | ScarImmatureFinding
  | ScarAdjunctFinding
  | ScarContradictoryFinding;

/** Fitzpatrick IV-VI (by default): higher risk of post-inflammatory hyperpigmentation. @category Models */
export interface PatientPihRiskFinding extends FindingFields {
  /** Always `patient`. */
  kind: "patient";
  /** Always `fitzpatrick`. */
  code: "fitzpatrick";
  /** Always `pih-risk`. */
  reason: "pih-risk";
  /** Always `precaution`. */
  effect: "precaution";
  /** The patient's type. */
  params: { fitzpatrick: FitzpatrickType };
}

/** Younger than the device label's population: information only. @category Models */
export interface PatientBelowLabelAgeFinding extends FindingFields {
  /** Always `patient`. */
  kind: "patient";
  /** Always `birthDate`. */
  code: "birthDate";
  /** Always `below-label-age`. */
  reason: "below-label-age";
  /** Always `info`. */
  effect: "info";
  /** The age and the label's minimum. */
  params: { age: number; minimumAge: number };
}

/** Born after the assessment date. @category Models */
export interface PatientContradictoryFinding extends FindingFields {
  /** Always `patient`. */
  kind: "patient";
  /** Always `birthDate`. */
  code: "birthDate";
  /** Always `contradictory`. */
  reason: "contradictory";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** The contradiction. */
  params: { problem: "born-in-future" };
}

/** Scar revision with no scar listed. @category Models */
export interface PatientNoScarsFinding extends FindingFields {
  /** Always `patient`. */
  kind: "patient";
  /** Always `scars`. */
  code: "scars";
  /** Always `no-scars`. */
  reason: "no-scars";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** None. */
  params: Record<string, never>;
}

/**
 * Every scar is macular (Goodman grade 1): a colour problem, not a contour scar. No microneedling
 * course is planned unless a session count is given.
 *
 * @category Models
 */
export interface PatientMacularOnlyFinding extends FindingFields {
  /** Always `patient`. */
  kind: "patient";
  /** Always `scars`. */
  code: "scars";
  /** Always `macular-only`. */
  reason: "macular-only";
  /** Always `needs-review`. */
  effect: "needs-review";
  /** None. */
  params: Record<string, never>;
}

/**
 * A finding about the patient as a whole.
 *
 * @category Models
 */
export type PatientFinding =
  | PatientPihRiskFinding
  | PatientBelowLabelAgeFinding
  | PatientContradictoryFinding
  | PatientNoScarsFinding
  | PatientMacularOnlyFinding;

/**
 * One reason behind an eligibility result: what it is about (`kind`, `code`, `index`), why
 * (`reason`), what it does (`effect`), its typed parameters and sources; and its text
 * (`message`) when a message layer was passed. Switching on `kind`, then `reason`, narrows
 * `params`.
 *
 * @category Models
 */
export type Finding = FactorFinding | ScarFinding | PatientFinding;

/**
 * The result of `assessEligibility`.
 *
 * @category Models
 */
export interface Eligibility {
  /** Overall status; the worst finding decides. */
  status: EligibilityStatus;
  /** Every finding, most severe first. */
  findings: Finding[];
  /**
   * When a deferred (or contraindicated) patient can be reassessed: present only when every
   * deferral and contraindication has a computable end (a deferral's `until`, a washout's end,
   * the day treatment may resume after a planned last dose).
   */
  reassessOn?: IsoDate | undefined;
  /** The date the assessment is for. */
  today: IsoDate;
  /** Version of the protocol used. */
  protocolVersion: string;
}
