/**
 * Zod-free check of the parts of a {@link TreatmentPlan} that exports read.
 *
 * @module
 * @internal
 */
import { ELIGIBILITY_STATUSES, SESSION_STATUSES, TREATMENT_GOALS } from "../models/values.js";
import { arrayOf, type Check, integer, isoDate, oneOf, optional, shape, text } from "./guards.js";

/** Checks a plan for export. @internal */
export const checkPlan: Check = shape({
  patientId: optional(text(1, 128)),
  goal: oneOf(TREATMENT_GOALS),
  today: isoDate,
  eligibility: shape({
    status: oneOf(ELIGIBILITY_STATUSES),
    findings: arrayOf(shape({ message: text(0, 100_000) }), 1000),
  }),
  sessions: arrayOf(
    shape({
      number: integer(1, 1000),
      earliest: isoDate,
      due: isoDate,
      latest: isoDate,
      status: oneOf(SESSION_STATUSES),
      doneOn: optional(isoDate),
      flags: arrayOf(shape({ code: text(1, 50) }), 20),
    }),
    1000,
  ),
  maintenance: optional(shape({ earliest: isoDate, due: isoDate, latest: isoDate })),
});
