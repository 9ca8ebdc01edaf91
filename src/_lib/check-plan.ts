/**
 * Zod-free check of the parts of a {@link TreatmentPlan} that exports read.
 *
 * @module
 * @internal
 */
import { EFFECTS, ELIGIBILITY_STATUSES, FINDING_REASONS, SESSION_STATUSES, TREATMENT_GOALS } from "../models/values.js";
import { arrayOf, type Check, integer, oneOf, optional, params, resultDate, shape, text } from "./guards.js";

/** Checks a plan for export. @internal */
export const checkPlan: Check = shape({
  patientId: optional(text(1, 128)),
  goal: oneOf(TREATMENT_GOALS),
  today: resultDate,
  eligibility: shape({
    status: oneOf(ELIGIBILITY_STATUSES),
    findings: arrayOf(
      shape({
        kind: oneOf(["factor", "scar", "patient"]),
        code: text(1, 200),
        reason: oneOf(FINDING_REASONS),
        effect: oneOf(EFFECTS),
        params,
        message: optional(text(0, 100_000)),
      }),
      1000,
    ),
  }),
  sessions: arrayOf(
    shape({
      number: integer(1, 1000),
      earliest: resultDate,
      due: resultDate,
      latest: resultDate,
      status: oneOf(SESSION_STATUSES),
      doneOn: optional(resultDate),
      flags: arrayOf(shape({ code: text(1, 50), params }), 20),
    }),
    1000,
  ),
  maintenance: optional(shape({ earliest: resultDate, due: resultDate, latest: resultDate })),
});
