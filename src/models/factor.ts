import * as z from "zod";
import { isoDateSchema } from "./iso-date.js";
import { FACTOR_CODES, FACTOR_STATUSES, OTHER_FACTOR_CODE } from "./values.js";

const reportFields = {
  status: z
    .enum(FACTOR_STATUSES)
    .optional()
    .meta({ description: "Present now (active, the default) or in the past (history)." }),
  /** When it started. */
  since: isoDateSchema.optional().meta({ description: "When it started." }),
  /** When it ended (history) or is expected to end (active); for isotretinoin, the last dose. */
  until: isoDateSchema.optional().meta({
    description: "When it ended (history) or is expected to end (active); for isotretinoin, the last dose.",
  }),
};

const cataloguedFactorSchema = z.strictObject({
  /** Free-text detail for the clinician. */
  code: z.enum(FACTOR_CODES),
  ...reportFields,
  /** Free-text detail for the clinician. */
  note: z.string().min(1).max(500).optional().meta({ description: "Free-text detail for the clinician." }),
});

const otherFactorSchema = z.strictObject({
  /** What the condition is. */
  code: z.literal(OTHER_FACTOR_CODE),
  ...reportFields,
  /** What the condition is. */
  note: z.string().min(1).max(500).meta({ description: "What the condition is." }),
});

/**
 * A patient factor as reported: a catalogued code, or `other` with a note.
 *
 * @example
 * ```ts
 * import { factorReportSchema } from "microneedling-planner/schemas";
 * factorReportSchema.parse({ code: "isotretinoin", status: "history", until: "2026-08-24" }).code;
 * //=> "isotretinoin"
 * ```
 * @category Schemas
 */
export const factorReportSchema = z
  .discriminatedUnion("code", [cataloguedFactorSchema, otherFactorSchema])
  .meta({ id: "FactorReport", description: "A patient factor: a catalogued code, or 'other' with a note." });

/**
 * A patient factor as reported. `status` defaults to `active`.
 *
 * @category Models
 */
export type FactorReport = z.output<typeof factorReportSchema>;
