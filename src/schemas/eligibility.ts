import * as z from "zod";
import {
  ADJUNCT_THERAPIES,
  EFFECTS,
  ELIGIBILITY_STATUSES,
  FITZPATRICK_TYPES,
  GOODMAN_GRADES,
  SCAR_TYPES,
  SEVERITIES,
} from "../models/values.js";
import { resultDateSchema } from "./iso-date.js";
import { sourceIdSchema } from "./source-id.js";

const none = z.strictObject({});
const common = {
  sources: z.array(sourceIdSchema).max(100).meta({ description: "Source ids (see SOURCE_CATALOGUE)." }),
  message: z.string().optional().meta({ description: "Human-readable text, present when a message layer was passed." }),
};
const factor = { kind: z.literal("factor"), code: z.string().min(1).max(100), index: z.int().min(0), ...common };
const scar = { kind: z.literal("scar"), code: z.enum(SCAR_TYPES), index: z.int().min(0), ...common };
const patient = { kind: z.literal("patient"), ...common };
const reviewed = z.literal("needs-review");

const factorFindingSchema = z.discriminatedUnion("reason", [
  z.strictObject({
    ...factor,
    reason: z.enum(["active", "history"]),
    effect: z.enum(EFFECTS),
    params: z.strictObject({ until: resultDateSchema.optional(), resumeOn: resultDateSchema.optional() }),
  }),
  z.strictObject({
    ...factor,
    reason: z.literal("ended"),
    effect: z.enum(EFFECTS),
    params: z.strictObject({ until: resultDateSchema }),
  }),
  z.strictObject({
    ...factor,
    reason: z.literal("waiting"),
    effect: z.literal("deferred"),
    params: z.strictObject({
      procedureOn: resultDateSchema,
      days: z.int().min(0),
      until: resultDateSchema,
      daysLeft: z.int().min(0),
    }),
  }),
  z.strictObject({
    ...factor,
    reason: z.literal("wait-complete"),
    effect: z.literal("info"),
    params: z.strictObject({ procedureOn: resultDateSchema, days: z.int().min(0), until: resultDateSchema }),
  }),
  z.strictObject({
    ...factor,
    reason: z.literal("washout"),
    effect: z.literal("deferred"),
    params: z.strictObject({
      lastDose: resultDateSchema,
      months: z.int().min(0),
      until: resultDateSchema,
      daysLeft: z.int().min(0),
    }),
  }),
  z.strictObject({
    ...factor,
    reason: z.literal("washout-complete"),
    effect: z.literal("info"),
    params: z.strictObject({ lastDose: resultDateSchema, months: z.int().min(0), until: resultDateSchema }),
  }),
  z.strictObject({
    ...factor,
    reason: z.literal("date-missing"),
    effect: reviewed,
    params: z.strictObject({ months: z.int().min(0).optional(), days: z.int().min(0).optional() }),
  }),
  z.strictObject({
    ...factor,
    reason: z.literal("contradictory"),
    effect: reviewed,
    params: z.strictObject({
      problem: z.enum(["since-in-future", "since-after-until", "history-ends-in-future"]),
    }),
  }),
  z.strictObject({ ...factor, reason: z.literal("unknown-code"), effect: reviewed, params: none }),
  z.strictObject({
    ...factor,
    reason: z.literal("other"),
    effect: reviewed,
    params: z.strictObject({ note: z.string().min(1).max(500) }),
  }),
]);

const scarFindingSchema = z.discriminatedUnion("reason", [
  z.strictObject({ ...scar, reason: z.literal("type"), effect: z.enum(EFFECTS), params: none }),
  z.strictObject({
    ...scar,
    reason: z.literal("macular"),
    effect: reviewed,
    params: z.strictObject({ goodmanGrade: z.literal(1) }),
  }),
  z.strictObject({ ...scar, reason: z.literal("severity-missing"), effect: reviewed, params: none }),
  z.strictObject({
    ...scar,
    reason: z.literal("severity-contradictory"),
    effect: reviewed,
    params: z.strictObject({ severity: z.enum(SEVERITIES), goodmanGrade: z.literal(GOODMAN_GRADES) }),
  }),
  z.strictObject({
    ...scar,
    reason: z.literal("recent"),
    effect: z.literal("info"),
    params: z.strictObject({ formedOn: resultDateSchema, months: z.int().min(0) }),
  }),
  z.strictObject({
    ...scar,
    reason: z.enum(["immature", "maturity-unknown"]),
    effect: reviewed,
    params: z.strictObject({ formedOn: resultDateSchema.optional(), months: z.int().min(0) }),
  }),
  z.strictObject({
    ...scar,
    reason: z.literal("adjunct"),
    effect: z.literal("info"),
    params: z.strictObject({ therapies: z.array(z.enum(ADJUNCT_THERAPIES)).min(1).max(10) }),
  }),
  z.strictObject({
    ...scar,
    reason: z.literal("contradictory"),
    effect: reviewed,
    params: z.strictObject({ problem: z.literal("formed-in-future"), formedOn: resultDateSchema }),
  }),
]);

const patientFindingSchema = z.discriminatedUnion("reason", [
  z.strictObject({
    ...patient,
    code: z.literal("fitzpatrick"),
    reason: z.literal("pih-risk"),
    effect: z.literal("precaution"),
    params: z.strictObject({ fitzpatrick: z.enum(FITZPATRICK_TYPES) }),
  }),
  z.strictObject({
    ...patient,
    code: z.literal("birthDate"),
    reason: z.literal("below-label-age"),
    effect: z.literal("info"),
    params: z.strictObject({ age: z.int().min(0), minimumAge: z.int().min(0) }),
  }),
  z.strictObject({
    ...patient,
    code: z.literal("birthDate"),
    reason: z.literal("contradictory"),
    effect: reviewed,
    params: z.strictObject({ problem: z.literal("born-in-future") }),
  }),
  z.strictObject({
    ...patient,
    code: z.literal("scars"),
    reason: z.literal("no-scars"),
    effect: reviewed,
    params: none,
  }),
  z.strictObject({
    ...patient,
    code: z.literal("scars"),
    reason: z.literal("macular-only"),
    effect: reviewed,
    params: none,
  }),
]);

/**
 * One reason behind an eligibility result: a union keyed on `kind`, then `reason`, with the
 * parameters of each reason.
 *
 * @example
 * ```ts
 * import { findingSchema } from "microneedling-planner/schemas";
 * findingSchema.safeParse({
 *   kind: "factor", code: "rosacea", index: 0, reason: "active", effect: "deferred", params: {}, sources: ["ARTICLE-2021"],
 * }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const findingSchema = z
  .discriminatedUnion("kind", [factorFindingSchema, scarFindingSchema, patientFindingSchema])
  .meta({ id: "Finding", description: "One reason behind an eligibility result." });

/**
 * The result of `assessEligibility`.
 *
 * @example
 * ```ts
 * import { eligibilitySchema } from "microneedling-planner/schemas";
 * eligibilitySchema.safeParse({ status: "eligible", findings: [], today: "2026-11-24", protocolVersion: "article-2021.1" }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const eligibilitySchema = z
  .strictObject({
    status: z.enum(ELIGIBILITY_STATUSES).meta({ description: "Overall status; the worst finding decides." }),
    findings: z.array(findingSchema).max(1000).meta({ description: "Every finding, most severe first." }),
    reassessOn: resultDateSchema.optional().meta({
      description:
        "When a deferred or contraindicated patient can be reassessed; present only when every deferral and contraindication has a computable end.",
    }),
    today: resultDateSchema.meta({ description: "The date the assessment is for." }),
    protocolVersion: z.string().min(1).max(200).meta({ description: "Version of the protocol used." }),
  })
  .meta({ id: "Eligibility", description: "Eligibility of a patient for microneedling on a date." });
