import * as z from "zod";
import { GOODMAN_LESION_TYPES } from "../models/scales.js";
import { sourceIdSchema } from "./source-id.js";

const count = z.int().min(0).max(1000);
const points = z.int().min(1).max(18);

/**
 * What Goodman & Baron's quantitative score counts: lesions by type, and the hypertrophic area.
 *
 * @example
 * ```ts
 * import { goodmanScoreInputSchema } from "microneedling-planner/schemas";
 * goodmanScoreInputSchema.safeParse({ lesions: { papular: 4 }, hypertrophicAreaCm2: 2.5 }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const goodmanScoreInputSchema = z
  .strictObject({
    lesions: z
      .strictObject(
        Object.fromEntries(GOODMAN_LESION_TYPES.map((type) => [type, count.optional()])) as {
          [K in (typeof GOODMAN_LESION_TYPES)[number]]: z.ZodOptional<typeof count>;
        },
      )
      .optional()
      .meta({ description: "Lesions counted, by type (0-1000 each)." }),
    hypertrophicAreaCm2: z
      .number()
      .min(0)
      .max(1000)
      .optional()
      .meta({ description: "Area of keloidal or hypertrophic scarring, in cm²." }),
  })
  .meta({ id: "GoodmanScoreInput", description: "What the quantitative Goodman & Baron score counts." });

/**
 * Goodman & Baron's quantitative score: 0 to 84, with points by type.
 *
 * @example
 * ```ts
 * import { goodmanScoreSchema } from "microneedling-planner/schemas";
 * goodmanScoreSchema.safeParse({ score: 0, maximum: 84, points: {}, weightsVerified: false, sources: ["GOODMAN-QUANT-2006"] }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const goodmanScoreSchema = z
  .strictObject({
    score: z.int().min(0).max(84),
    maximum: z.literal(84),
    points: z.strictObject(
      Object.fromEntries([...GOODMAN_LESION_TYPES, "hypertrophic-area"].map((type) => [type, points.optional()])) as {
        [K in (typeof GOODMAN_LESION_TYPES)[number] | "hypertrophic-area"]: z.ZodOptional<typeof points>;
      },
    ),
    weightsVerified: z.literal(false),
    sources: z.array(sourceIdSchema).max(10),
  })
  .meta({ id: "GoodmanScore", description: "The quantitative Goodman & Baron score." });

/** Two scores to compare: before and after, 0-84 each. @internal */
export const goodmanScoresSchema = z.strictObject({ before: z.int().min(0).max(84), after: z.int().min(0).max(84) });

/** @internal */
export const compareGoodmanScoresOptionsSchema = z.strictObject({ threshold: z.int().min(1).max(20).optional() });
