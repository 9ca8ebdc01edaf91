import * as z from "zod";
import {
  ACNE_SCAR_TYPES,
  BOXCAR_DEPTHS,
  FACTOR_STATUSES,
  FITZPATRICK_TYPES,
  GOODMAN_GRADES,
  SCAR_TYPES,
  SEVERITIES,
  TREATMENT_GOALS,
} from "../models/values.js";
import { isoDateSchema } from "./iso-date.js";
import { refined } from "./refined.js";

/**
 * A treatment area: free text with something other than spaces, at most 100 characters, compared
 * without case and surrounding spaces. @internal
 */
export const areaSchema = z.string().max(100).regex(/\S/, { message: "expected an area name, not blank" });

const scarFields = {
  severity: z.enum(SEVERITIES).optional().meta({ description: "Clinical severity label." }),
  formedOn: isoDateSchema.optional().meta({ description: "When the scar formed (approximate is fine)." }),
  area: areaSchema.optional().meta({ description: "Body area, free text, for example 'cheeks'." }),
};
const goodmanGrade = z.literal(GOODMAN_GRADES).optional().meta({
  description: "Goodman & Baron qualitative grade (acne scars only): 1 macular, 2 mild, 3 moderate, 4 severe.",
});

const boxcarScarSchema = z.strictObject({
  type: z.literal("boxcar"),
  depth: z.enum(BOXCAR_DEPTHS).optional().meta({ description: "Shallow (0.1-0.5 mm) or deep (0.5 mm or more)." }),
  severity: scarFields.severity,
  goodmanGrade,
  formedOn: scarFields.formedOn,
  area: scarFields.area,
});

const acneScarSchema = z.strictObject({
  type: z.enum(["icepick", "rolling"]),
  severity: scarFields.severity,
  goodmanGrade,
  formedOn: scarFields.formedOn,
  area: scarFields.area,
});

const otherScarSchema = z.strictObject({
  type: z.enum(
    SCAR_TYPES.filter((type) => !(ACNE_SCAR_TYPES as readonly string[]).includes(type)) as [
      Exclude<(typeof SCAR_TYPES)[number], (typeof ACNE_SCAR_TYPES)[number]>,
    ],
  ),
  ...scarFields,
});

/**
 * A scar (or group of like scars) to treat. Severity is given as a label, a Goodman grade,
 * or both; `depth` exists only on boxcar scars.
 *
 * @example
 * ```ts
 * import { scarSchema } from "microneedling-planner/schemas";
 * scarSchema.parse({ type: "boxcar", depth: "shallow", goodmanGrade: 3 }).type;
 * //=> "boxcar"
 * ```
 * @category Schemas
 */
export const scarSchema = z
  .discriminatedUnion("type", [boxcarScarSchema, acneScarSchema, otherScarSchema])
  .meta({ id: "Scar", description: "A scar, or a group of like scars, to treat." });

/**
 * A patient factor as reported: a catalogued code, `other` with a note, or any other code
 * (accepted, and sent to clinician review).
 *
 * @example
 * ```ts
 * import { factorReportSchema } from "microneedling-planner/schemas";
 * factorReportSchema.parse({ code: "isotretinoin", status: "history", until: "2026-08-24" }).code;
 * //=> "isotretinoin"
 * factorReportSchema.safeParse({ code: "lupus-flare" }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const factorReportSchema = refined(
  z
    .strictObject({
      code: z
        .string()
        .min(1)
        .max(100)
        .meta({ description: "A catalogued code (FACTOR_CODES), 'other' (with a note), or another code (reviewed)." }),
      status: z
        .enum(FACTOR_STATUSES)
        .optional()
        .meta({ description: "Present now (active, the default) or in the past (history)." }),
      since: isoDateSchema.optional().meta({ description: "When it started." }),
      until: isoDateSchema.optional().meta({
        description: "When it ended (history) or is expected to end (active); for isotretinoin, the last dose.",
      }),
      note: z
        .string()
        .min(1)
        .max(500)
        .optional()
        .meta({ description: "Free-text detail for the clinician; required for 'other'. May hold patient data." }),
    })
    .meta({
      id: "FactorReport",
      description: "A patient factor: a catalogued code, 'other' with a note, or another code.",
    }),
  "otherFactorNote",
);

/**
 * A patient as the planner needs them. No name or other identifying data is needed; `id` is
 * the caller's own reference.
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
    id: z.string().min(1).max(128).optional().meta({ description: "The caller's own reference." }),
    goal: z.enum(TREATMENT_GOALS).meta({ description: "Scar revision or rejuvenation." }),
    fitzpatrick: z.enum(FITZPATRICK_TYPES).meta({ description: "Fitzpatrick skin phototype, I to VI." }),
    birthDate: isoDateSchema.optional().meta({ description: "Date of birth, for the device-label age check." }),
    scars: z.array(scarSchema).max(50).optional().meta({ description: "Scars to treat." }),
    factors: z.array(factorReportSchema).max(100).optional().meta({ description: "Patient factors." }),
  })
  .meta({ id: "Patient", description: "A patient as the planner needs them." });
