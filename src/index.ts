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
export type { Source, SourceId, SourceKind } from "./catalogues/sources.js";
export { assessEligibility, type EligibilityOptions } from "./eligibility/assess-eligibility.js";
export { PlannerError, type PlannerErrorCode, type PlannerIssue } from "./errors.js";
export type { FindingDraft, Messages, ReminderDraft } from "./messages/message-layer.js";
export type { Eligibility, Finding } from "./models/eligibility.js";
export type { FactorReport } from "./models/factor.js";
export type { IsoDate } from "./models/iso-date.js";
export type { Patient } from "./models/patient.js";
export type {
  Availability,
  CaseFile,
  MaintenanceWindow,
  Reminder,
  SessionEstimate,
  SessionFlag,
  SessionWindow,
  TreatmentPlan,
} from "./models/plan.js";
export type { Protocol } from "./models/protocol.js";
export type { DeepReadonly } from "./models/readonly.js";
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
  REMINDER_KINDS,
  type ReminderKind,
  SCAR_TYPES,
  type ScarType,
  SESSION_FLAGS,
  SESSION_STATUSES,
  SEVERITIES,
  type SessionFlagCode,
  type SessionStatus,
  type Severity,
  TREATMENT_GOALS,
  type TreatmentGoal,
  WEEKDAYS,
  type Weekday,
} from "./models/values.js";
export { type EstimateInput, type EstimateOptions, estimateSessions } from "./planning/estimate-sessions.js";
export { type MaintenanceInput, planMaintenance } from "./planning/plan-maintenance.js";
export { planSessions, type SessionPlanInput } from "./planning/plan-sessions.js";
export { planTreatment, type TreatmentOptions } from "./planning/plan-treatment.js";
export { type ReminderOptions, type ReminderSource, upcomingReminders } from "./planning/upcoming-reminders.js";
export { defaultProtocol, PROTOCOL_SOURCES } from "./protocol/default-protocol.js";
export { defineProtocol, type ProtocolOverrides } from "./protocol/define-protocol.js";
