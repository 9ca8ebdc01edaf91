import * as z from "zod";
import { SOURCE_IDS } from "../catalogues/sources.js";
import { resultDateSchema } from "./iso-date.js";
import { EFFECTS, ELIGIBILITY_STATUSES, FINDING_REASONS } from "./values.js";

/**
 * One reason behind an eligibility result: what it is about (`kind`, `code`, `index`),
 * why (`reason`), what it does (`effect`), its parameters and sources; and its text (`message`)
 * when a message layer was passed.
 *
 * @example
 * ```ts
 * import { findingSchema } from "microneedling-planner/schemas";
 * findingSchema.shape.effect.options.length;
 * //=> 5
 * ```
 * @category Schemas
 */
export const findingSchema = z
  .strictObject({
    /** What the finding is about. */
    kind: z.enum(["factor", "scar", "patient"]).meta({ description: "What the finding is about." }),
    /** Factor code, scar type, or patient field (fitzpatrick, birthDate, scars). */
    code: z.string().meta({ description: "Factor code, scar type, or patient field (fitzpatrick, birthDate, scars)." }),
    /** Position in patient.factors or patient.scars. */
    index: z.int().min(0).optional().meta({ description: "Position in patient.factors or patient.scars." }),
    /** Why the finding was made. */
    reason: z.enum(FINDING_REASONS).meta({ description: "Why the finding was made." }),
    /** What it does to eligibility. */
    effect: z.enum(EFFECTS).meta({ description: "What it does to eligibility." }),
    /** Values for the message. */
    params: z.record(z.string(), z.union([z.string(), z.number()])).meta({ description: "Values for the message." }),
    /** Source ids (citations: SOURCES in microneedling-planner/sources). */
    sources: z.array(z.enum(SOURCE_IDS)).meta({ description: "Source ids (see SOURCES)." }),
    /** Human-readable text, present when a message layer was passed. */
    message: z
      .string()
      .optional()
      .meta({ description: "Human-readable text, present when a message layer was passed." }),
  })
  .meta({ id: "Finding", description: "One reason behind an eligibility result." });

/**
 * One reason behind an eligibility result.
 *
 * @category Models
 */
export type Finding = z.output<typeof findingSchema>;

/**
 * The result of `assessEligibility`.
 *
 * @example
 * ```ts
 * import { eligibilitySchema } from "microneedling-planner/schemas";
 * eligibilitySchema.safeParse({ status: "eligible", findings: [], on: "2026-11-24", protocolVersion: "article-2021.1" }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const eligibilitySchema = z
  .strictObject({
    /** Overall status; the worst finding decides. */
    status: z.enum(ELIGIBILITY_STATUSES).meta({ description: "Overall status; the worst finding decides." }),
    findings: z.array(findingSchema),
    /** When a deferred patient can be reassessed; present only when every deferral has a computable end. */
    reassessOn: resultDateSchema.optional().meta({
      description: "When a deferred patient can be reassessed; present only when every deferral has a computable end.",
    }),
    /** The date the assessment is for. */
    on: resultDateSchema.meta({ description: "The date the assessment is for." }),
    /** Version of the protocol used. */
    protocolVersion: z.string().meta({ description: "Version of the protocol used." }),
  })
  .meta({ id: "Eligibility", description: "Eligibility of a patient for microneedling on a date." });

/**
 * The result of `assessEligibility`.
 *
 * @category Models
 */
export type Eligibility = z.output<typeof eligibilitySchema>;
