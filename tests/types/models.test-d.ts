/**
 * Type tests: every public model type equals the output of its zod schema, in both directions
 * (`toEqualTypeOf` is an identity check), so the named interfaces the root entry exports and the
 * schemas in `./schemas` are one definition. Checked by `npm run typecheck` (tsc), not run.
 */
import { expectTypeOf } from "vitest";
import type * as z from "zod";
import type {
  Availability,
  Booking,
  BookingCheck,
  BookingReason,
  CaseFile,
  Eligibility,
  FactorReport,
  Finding,
  GoodmanScore,
  GoodmanScoreInput,
  MaintenanceWindow,
  Patient,
  PlanInputs,
  Protocol,
  Reminder,
  Scar,
  SessionEstimate,
  SessionFlag,
  SessionWindow,
  TreatmentPlan,
} from "../../src/index.js";
import type {
  availabilitySchema,
  bookingCheckSchema,
  bookingReasonSchema,
  bookingSchema,
  caseFileSchema,
  eligibilitySchema,
  factorReportSchema,
  findingSchema,
  goodmanScoreInputSchema,
  goodmanScoreSchema,
  maintenanceWindowSchema,
  patientSchema,
  planInputsSchema,
  protocolSchema,
  reminderSchema,
  scarSchema,
  sessionEstimateSchema,
  sessionFlagSchema,
  sessionWindowSchema,
  treatmentPlanSchema,
} from "../../src/schemas.js";

expectTypeOf<z.output<typeof patientSchema>>().toEqualTypeOf<Patient>();
expectTypeOf<z.output<typeof scarSchema>>().toEqualTypeOf<Scar>();
expectTypeOf<z.output<typeof factorReportSchema>>().toEqualTypeOf<FactorReport>();
expectTypeOf<z.output<typeof findingSchema>>().toEqualTypeOf<Finding>();
expectTypeOf<z.output<typeof eligibilitySchema>>().toEqualTypeOf<Eligibility>();
expectTypeOf<z.output<typeof sessionEstimateSchema>>().toEqualTypeOf<SessionEstimate>();
expectTypeOf<z.output<typeof availabilitySchema>>().toEqualTypeOf<Availability>();
expectTypeOf<z.output<typeof sessionFlagSchema>>().toEqualTypeOf<SessionFlag>();
expectTypeOf<z.output<typeof sessionWindowSchema>>().toEqualTypeOf<SessionWindow>();
expectTypeOf<z.output<typeof maintenanceWindowSchema>>().toEqualTypeOf<MaintenanceWindow>();
expectTypeOf<z.output<typeof reminderSchema>>().toEqualTypeOf<Reminder>();
expectTypeOf<z.output<typeof treatmentPlanSchema>>().toEqualTypeOf<TreatmentPlan>();
expectTypeOf<z.output<typeof caseFileSchema>>().toEqualTypeOf<CaseFile>();
expectTypeOf<z.output<typeof protocolSchema>>().toEqualTypeOf<Protocol>();
expectTypeOf<z.output<typeof bookingSchema>>().toEqualTypeOf<Booking>();
expectTypeOf<z.output<typeof planInputsSchema>>().toEqualTypeOf<PlanInputs>();
expectTypeOf<z.output<typeof bookingReasonSchema>>().toEqualTypeOf<BookingReason>();
expectTypeOf<z.output<typeof bookingCheckSchema>>().toEqualTypeOf<BookingCheck>();
expectTypeOf<z.output<typeof goodmanScoreInputSchema>>().toEqualTypeOf<GoodmanScoreInput>();
expectTypeOf<z.output<typeof goodmanScoreSchema>>().toEqualTypeOf<GoodmanScore>();
