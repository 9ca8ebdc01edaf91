/**
 * `microneedling-planner`: typed models, cited catalogues and pure functions for planning
 * microneedling of scars. This entry never loads zod; the schemas are in
 * `microneedling-planner/schemas`.
 *
 * @module
 */
export { type EvidenceLevel, FACTORS, type FactorCategory, type FactorEntry } from "./catalogues/factors.js";
export { SCAR_TYPE_CATALOGUE, type ScarResponse, type ScarTypeEntry } from "./catalogues/scar-types.js";
export { GOODMAN_GRADE_SEVERITY } from "./catalogues/severity.js";
export { SOURCE_IDS, SOURCES, type Source, type SourceId, type SourceKind } from "./catalogues/sources.js";
export { assessEligibility, type EligibilityOptions } from "./eligibility/assess-eligibility.js";
export { PlannerError, type PlannerErrorCode, type PlannerIssue } from "./errors.js";
export { englishMessages, type FindingDraft, type Messages } from "./messages/en.js";
export type { Eligibility, Finding } from "./models/eligibility.js";
export type { FactorReport } from "./models/factor.js";
export type { IsoDate } from "./models/iso-date.js";
export type { Patient } from "./models/patient.js";
export type { Protocol } from "./models/protocol.js";
export type { Scar } from "./models/scar.js";
export {
  BOXCAR_DEPTHS,
  type BoxcarDepth,
  EFFECTS,
  type Effect,
  ELIGIBILITY_STATUSES,
  type EligibilityStatus,
  FACTOR_CODES,
  FACTOR_STATUSES,
  type FactorCode,
  type FactorStatus,
  FINDING_REASONS,
  FITZPATRICK_TYPES,
  type FindingReason,
  type FitzpatrickType,
  GOODMAN_GRADES,
  type GoodmanGrade,
  OTHER_FACTOR_CODE,
  SCAR_TYPES,
  type ScarType,
  SEVERITIES,
  type Severity,
  TREATMENT_GOALS,
  type TreatmentGoal,
} from "./models/values.js";
export { defaultProtocol, PROTOCOL_SOURCES } from "./protocol/default-protocol.js";
export { defineProtocol, type ProtocolOverrides } from "./protocol/define-protocol.js";
