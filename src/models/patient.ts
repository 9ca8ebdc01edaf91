/**
 * The patient: goal, skin type, scars and factors.
 *
 * @module
 */
import type { IsoDate } from "./iso-date.js";
import type {
  AcneScarType,
  BoxcarDepth,
  FactorStatus,
  FitzpatrickType,
  GoodmanGrade,
  ScarType,
  Severity,
  TreatmentGoal,
} from "./values.js";

/**
 * What every scar carries, whatever its type.
 *
 * @category Models
 */
export interface ScarFields {
  /** Clinical severity label. */
  severity?: Severity | undefined;
  /** When the scar formed (approximate is fine): it decides whether a scar is mature. */
  formedOn?: IsoDate | undefined;
  /** Body area, free text, for example `cheeks` (1-100 characters); plans can be made per area. */
  area?: string | undefined;
}

/**
 * A boxcar scar: an acne scar, the one type with a depth.
 *
 * @category Models
 */
export interface BoxcarScar extends ScarFields {
  /** Always `boxcar`. */
  type: "boxcar";
  /** Shallow (0.1-0.5 mm) or deep (0.5 mm or more). */
  depth?: BoxcarDepth | undefined;
  /** Goodman & Baron qualitative grade: 1 macular, 2 mild, 3 moderate, 4 severe. */
  goodmanGrade?: GoodmanGrade | undefined;
}

/**
 * An icepick or rolling acne scar.
 *
 * @category Models
 */
export interface AcneScar extends ScarFields {
  /** The scar type. */
  type: Exclude<AcneScarType, "boxcar">;
  /** Goodman & Baron qualitative grade: 1 macular, 2 mild, 3 moderate, 4 severe. */
  goodmanGrade?: GoodmanGrade | undefined;
}

/**
 * A scar that is not an acne scar (hypertrophic, keloid, surgical, traumatic, burn, varicella,
 * striae): the Goodman & Baron scale, an acne-scar scale, does not apply to it.
 *
 * @category Models
 */
export interface OtherScar extends ScarFields {
  /** The scar type. */
  type: Exclude<ScarType, AcneScarType>;
}

/**
 * A scar (or group of like scars) to treat. Severity is given as a label and, for acne scars, a
 * Goodman grade, or both; `depth` exists only on boxcar scars. `scar.type` narrows.
 *
 * @category Models
 */
export type Scar = BoxcarScar | AcneScar | OtherScar;

/**
 * A patient factor as reported: a condition, medication or state. `code` is one of
 * `FACTOR_CODES`, `other` (with a `note` saying what it is), or any other code, which is
 * accepted and sent to clinician review.
 *
 * @category Models
 */
export interface FactorReport {
  /** A catalogued code (`FACTOR_CODES`), `other`, or an uncatalogued code (1-100 characters). */
  code: string;
  /** Present now (`active`, the default) or in the past (`history`). */
  status?: FactorStatus | undefined;
  /** When it started. */
  since?: IsoDate | undefined;
  /** When it ended (history) or is expected to end (active); for isotretinoin, the last dose. */
  until?: IsoDate | undefined;
  /** Free-text detail for the clinician (1-500 characters); required for `other`. May hold patient data. */
  note?: string | undefined;
}

/**
 * A patient as the planner needs them: goal, skin type, scars and factors. No name or other
 * identifying data is needed; `id` is the caller's own reference.
 *
 * @category Models
 */
export interface Patient {
  /** The caller's own reference (1-128 characters). Exports leave it out unless asked. */
  id?: string | undefined;
  /** Scar revision or rejuvenation. */
  goal: TreatmentGoal;
  /** Fitzpatrick skin phototype, I to VI. */
  fitzpatrick: FitzpatrickType;
  /** Date of birth, for the device-label age check. */
  birthDate?: IsoDate | undefined;
  /** Scars to treat (at most 50). */
  scars?: Scar[] | undefined;
  /** Patient factors (at most 100). */
  factors?: FactorReport[] | undefined;
}
