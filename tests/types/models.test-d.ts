/**
 * Type tests: every public model type equals the output of its zod schema, in both directions
 * (`toEqualTypeOf` is an identity check), so the named interfaces the root entry exports and the
 * schemas in `./schemas` are one definition. Checked by `npm run typecheck` (tsc), not run.
 */
import { expectTypeOf } from "vitest";
import type * as z from "zod";
import type {
  AcneScar,
  AcneScarType,
  AdjunctTherapy,
  Availability,
  Booking,
  BookingCheck,
  BookingReason,
  CaseFile,
  Eligibility,
  FactorReport,
  Finding,
  FindingReason,
  GoodmanLesionType,
  GoodmanScore,
  GoodmanScoreChange,
  GoodmanScoreInput,
  MaintenanceWindow,
  OtherScar,
  Patient,
  PlanInputs,
  Protocol,
  Reminder,
  ReminderKind,
  Scar,
  ScarAdjunctFinding,
  ScarType,
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

// Issue 12: three kinds of scar. Goodman & Baron grades belong to acne scars only; depth to boxcar.
expectTypeOf<AcneScar["type"]>().toEqualTypeOf<"icepick" | "rolling">();
expectTypeOf<OtherScar["type"]>().toEqualTypeOf<Exclude<ScarType, AcneScarType>>();
expectTypeOf<OtherScar>().not.toHaveProperty("goodmanGrade");
expectTypeOf<OtherScar>().not.toHaveProperty("depth");
expectTypeOf<AcneScar>().not.toHaveProperty("depth");
expectTypeOf<AcneScarType>().toEqualTypeOf<"icepick" | "boxcar" | "rolling">();
expectTypeOf<Scar["type"]>().toEqualTypeOf<ScarType>();
// The kinds of reminder are the plan's, and the adjuncts a finding names are the catalogue's.
expectTypeOf<Reminder["kind"]>().toEqualTypeOf<ReminderKind>();
expectTypeOf<ScarAdjunctFinding["params"]["therapies"]>().toEqualTypeOf<AdjunctTherapy[]>();
expectTypeOf<Extract<Reminder, { kind: "result-check" }>["check"]>().toEqualTypeOf<"first" | "final">();
expectTypeOf<Extract<Reminder, { kind: "pre-care" }>["step"]>().toEqualTypeOf<
  "stop-retinoids" | "antiviral-prophylaxis"
>();
// The quantitative score: counts by lesion type, points by type and for the area.
expectTypeOf<keyof NonNullable<GoodmanScoreInput["lesions"]>>().toEqualTypeOf<GoodmanLesionType>();
expectTypeOf<keyof GoodmanScore["points"]>().toEqualTypeOf<GoodmanLesionType | "hypertrophic-area">();
expectTypeOf<GoodmanScoreChange["direction"]>().toEqualTypeOf<"improved" | "worse" | "no-change">();
expectTypeOf<SessionEstimate["basis"]>().toEqualTypeOf<
  "mild" | "moderate" | "severe" | "scar-type" | "rejuvenation" | "unknown-severity" | "macular-only"
>();
// Every reason a finding can have is a FindingReason, and every FindingReason is a finding's.
expectTypeOf<Finding["reason"]>().toEqualTypeOf<FindingReason>();
