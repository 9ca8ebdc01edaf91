import * as z from "zod";
import { isoDateSchema } from "./iso-date.js";
import { BOXCAR_DEPTHS, GOODMAN_GRADES, SCAR_TYPES, SEVERITIES } from "./values.js";

const scarFields = {
  /** Clinical severity label. */
  severity: z.enum(SEVERITIES).optional().meta({ description: "Clinical severity label." }),
  goodmanGrade: z
    .literal(GOODMAN_GRADES)
    .optional()
    .meta({ description: "Goodman & Baron qualitative grade: 1 macular, 2 mild, 3 moderate, 4 severe." }),
  /** When the scar formed (approximate is fine). */
  formedOn: isoDateSchema.optional().meta({ description: "When the scar formed (approximate is fine)." }),
  /** Body area, free text, for example 'cheeks'. */
  area: z.string().min(1).max(100).optional().meta({ description: "Body area, free text, for example 'cheeks'." }),
};

const boxcarScarSchema = z.strictObject({
  /** Shallow (0.1-0.5 mm) or deep (0.5 mm or more). */
  type: z.literal("boxcar"),
  /** Shallow (0.1-0.5 mm) or deep (0.5 mm or more). */
  depth: z.enum(BOXCAR_DEPTHS).optional().meta({ description: "Shallow (0.1-0.5 mm) or deep (0.5 mm or more)." }),
  ...scarFields,
});

const otherScarSchema = z.strictObject({
  type: z.enum(SCAR_TYPES.filter((type) => type !== "boxcar") as [Exclude<(typeof SCAR_TYPES)[number], "boxcar">]),
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
  .discriminatedUnion("type", [boxcarScarSchema, otherScarSchema])
  .meta({ id: "Scar", description: "A scar, or a group of like scars, to treat." });

/**
 * A scar (or group of like scars) to treat.
 *
 * @category Models
 */
export type Scar = z.output<typeof scarSchema>;
