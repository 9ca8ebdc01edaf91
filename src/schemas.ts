/**
 * `microneedling-planner/schemas`: the zod schemas of every model, and parse helpers that
 * validate unknown input at the boundary. Importing this entry pulls in zod (a peer
 * dependency); the root entry does not.
 *
 * @module
 */
export { eligibilitySchema, findingSchema } from "./models/eligibility.js";
export { factorReportSchema } from "./models/factor.js";
export { isoDateSchema, resultDateSchema } from "./models/iso-date.js";
export { patientSchema } from "./models/patient.js";
export {
  availabilitySchema,
  caseFileSchema,
  maintenanceWindowSchema,
  reminderSchema,
  sessionEstimateSchema,
  sessionWindowSchema,
  treatmentPlanSchema,
} from "./models/plan.js";
export { protocolSchema } from "./models/protocol.js";
export { scarSchema } from "./models/scar.js";
export { parseCaseFile, parsePatient, parseProtocol, type SafeParseResult, safeParsePatient } from "./schemas/parse.js";
