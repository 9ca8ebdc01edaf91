import * as z from "zod";
import { factorReportSchema } from "./factor.js";
import { isoDateSchema } from "./iso-date.js";
import { scarSchema } from "./scar.js";
import { FITZPATRICK_TYPES, TREATMENT_GOALS } from "./values.js";

/**
 * A patient as the planner needs them: goal, skin type, scars and factors. No name or
 * other identifying data is needed; `id` is the caller's own reference.
 *
 * @example
 * ```ts
 * import { patientSchema } from "microneedling-planner/schemas";
 * patientSchema.parse({ goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] }).goal;
 * //=> "scar-revision"
 * ```
 * @category Schemas
 */
export const patientSchema = z
  .strictObject({
    /** The caller's own reference. */
    id: z.string().min(1).max(128).optional().meta({ description: "The caller's own reference." }),
    /** Scar revision or rejuvenation. */
    goal: z.enum(TREATMENT_GOALS).meta({ description: "Scar revision or rejuvenation." }),
    /** Fitzpatrick skin phototype, I to VI. */
    fitzpatrick: z.enum(FITZPATRICK_TYPES).meta({ description: "Fitzpatrick skin phototype, I to VI." }),
    /** Date of birth, for the device-label age check. */
    birthDate: isoDateSchema.optional().meta({ description: "Date of birth, for the device-label age check." }),
    /** Scars to treat. */
    scars: z.array(scarSchema).max(50).optional().meta({ description: "Scars to treat." }),
    /** Patient factors. */
    factors: z.array(factorReportSchema).max(100).optional().meta({ description: "Patient factors." }),
  })
  .meta({ id: "Patient", description: "A patient as the planner needs them." });

/**
 * A patient as the planner needs them.
 *
 * @category Models
 */
export type Patient = z.output<typeof patientSchema>;
