/**
 * `microneedling-planner/schemas`: the zod schemas of every model (the library's one
 * definition of each), and parse helpers that validate unknown input at the boundary.
 * Importing this entry pulls in zod (a peer dependency); the root entry does not.
 *
 * @module
 */
export { bookingCheckSchema, bookingReasonSchema } from "./schemas/booking.js";
export { eligibilitySchema, findingSchema } from "./schemas/eligibility.js";
export { isoDateSchema, resultDateSchema } from "./schemas/iso-date.js";
export {
  parseCaseFile,
  parsePatient,
  parseProtocol,
  parseTreatmentPlan,
  type SafeParseResult,
  safeParseCaseFile,
  safeParsePatient,
  safeParseProtocol,
  safeParseTreatmentPlan,
} from "./schemas/parse.js";
export { factorReportSchema, patientSchema, scarSchema } from "./schemas/patient.js";
export {
  availabilitySchema,
  bookingSchema,
  caseFileSchema,
  maintenanceWindowSchema,
  planInputsSchema,
  reminderSchema,
  sessionEstimateSchema,
  sessionFlagSchema,
  sessionWindowSchema,
  treatmentPlanSchema,
} from "./schemas/plan.js";
export { protocolSchema } from "./schemas/protocol.js";
export { goodmanScoreInputSchema, goodmanScoreSchema } from "./schemas/scales.js";
