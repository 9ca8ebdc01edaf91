/**
 * `microneedling-planner`: typed models, cited catalogues and pure functions for planning
 * microneedling of scars. This entry never loads zod, and its types import nothing from zod;
 * the schemas are in `microneedling-planner/schemas`.
 *
 * @module
 */
export {
  type EvidenceLevel,
  FACTOR_CATALOGUE,
  type FactorCategory,
  type FactorEntry,
  type PreCare,
} from "./catalogues/factors.js";
export {
  type AdjunctEntry,
  SCAR_TYPE_CATALOGUE,
  type ScarResponse,
  type ScarTypeEntry,
} from "./catalogues/scar-types.js";
export { GOODMAN_GRADE_SEVERITY } from "./catalogues/severity.js";
export {
  type AssessEligibilityOptions,
  assessEligibility,
} from "./eligibility/assess-eligibility.js";
export {
  ISSUE_CODES,
  type IssueCode,
  type IssuePath,
  isPlannerError,
  PLANNER_ERROR_CODES,
  PlannerError,
  type PlannerErrorCode,
  type PlannerIssue,
} from "./errors.js";
export type {
  BeyondEstimateReason,
  BookingCheck,
  BookingReason,
  BookingReasonFields,
  ClinicClosedReason,
  CourseCompleteReason,
  CourseUnfinishedReason,
  InPastReason,
  LateReason,
  MaintenanceLateReason,
  MaintenanceTooEarlyReason,
  NeedsReviewReason,
  NoMaintenanceReason,
  NotEligibleReason,
  ReassessReason,
  TooSoonReason,
} from "./models/booking.js";
export type {
  Eligibility,
  FactorContradictoryFinding,
  FactorDateMissingFinding,
  FactorEndedFinding,
  FactorFinding,
  FactorFindingFields,
  FactorOtherFinding,
  FactorStatusFinding,
  FactorUnknownCodeFinding,
  FactorWaitCompleteFinding,
  FactorWaitingFinding,
  FactorWashoutCompleteFinding,
  FactorWashoutFinding,
  Finding,
  FindingFields,
  PatientBelowLabelAgeFinding,
  PatientContradictoryFinding,
  PatientFinding,
  PatientMacularOnlyFinding,
  PatientNoScarsFinding,
  PatientPihRiskFinding,
  ScarAdjunctFinding,
  ScarContradictoryFinding,
  ScarFinding,
  ScarFindingFields,
  ScarImmatureFinding,
  ScarMacularFinding,
  ScarRecentFinding,
  ScarSeverityContradictoryFinding,
  ScarSeverityMissingFinding,
  ScarTypeFinding,
} from "./models/eligibility.js";
export type { IsoDate } from "./models/iso-date.js";
export type {
  CdsMessages,
  CdsOverrideReason,
  CdsServiceId,
  CliMessages,
  FhirMessages,
  ICalMessages,
  MessageLabels,
  Messages,
} from "./models/messages.js";
export type { AcneScar, BoxcarScar, FactorReport, OtherScar, Patient, Scar, ScarFields } from "./models/patient.js";
export type {
  Availability,
  BeyondEstimateFlag,
  BookedSession,
  Booking,
  CaseFile,
  ClosedDayFlag,
  CourseReminder,
  DeferredFlag,
  DoneSession,
  InFutureFlag,
  LateFlag,
  MaintenanceWindow,
  MissedBookingFlag,
  NoOpenDayFlag,
  OutOfOrderFlag,
  PendingSession,
  PhotoReminder,
  PlanInputs,
  PlanMaker,
  PostCareReminder,
  PreCareReminder,
  ReassessFlag,
  Reminder,
  ResultCheckReminder,
  SessionEstimate,
  SessionFlag,
  SessionReminder,
  SessionWindow,
  SessionWindowFields,
  TooSoonFlag,
  TreatmentPlan,
} from "./models/plan.js";
export type {
  MaintenanceSchedule,
  Protocol,
  ProtocolInterval,
  ProtocolMaintenance,
  ProtocolSessions,
  ProtocolSessionsByType,
  SessionRange,
} from "./models/protocol.js";
export type { DeepReadonly } from "./models/readonly.js";
export {
  GOODMAN_LESION_TYPES,
  type GoodmanLesionType,
  type GoodmanScore,
  type GoodmanScoreChange,
  type GoodmanScoreInput,
} from "./models/scales.js";
export type { SourceId } from "./models/source-ids.js";
export type { SvgLabel, SvgLegendItem, SvgTimelineSummary } from "./models/svg.js";
export {
  ACNE_SCAR_TYPES,
  type AcneScarType,
  ADJUNCT_THERAPIES,
  type AdjunctTherapy,
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
export { type CheckBookingOptions, checkBooking } from "./planning/check-booking.js";
export { type EstimateSessionsOptions, estimateSessions } from "./planning/estimate-sessions.js";
export { type MaintenanceHistory, type PlanMaintenanceOptions, planMaintenance } from "./planning/plan-maintenance.js";
export { type PlanRemindersOptions, planReminders } from "./planning/plan-reminders.js";
export { type Course, type PlanSessionsOptions, planSessions } from "./planning/plan-sessions.js";
export { type PlanTreatmentOptions, planTreatment } from "./planning/plan-treatment.js";
export { type ReplanOptions, replan } from "./planning/replan.js";
export { defaultProtocol } from "./protocol/default-protocol.js";
export { defineProtocol, type ProtocolOverrides } from "./protocol/define-protocol.js";
export {
  type CompareGoodmanScoresOptions,
  compareGoodmanScores,
  goodmanQuantitativeScore,
} from "./scales/goodman-quantitative.js";
