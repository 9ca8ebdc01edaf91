import * as z from "zod";
import { eligibilitySchema } from "./eligibility.js";
import { resultDateSchema } from "./iso-date.js";
import { localTimeSchema } from "./plan.js";
import { sourceIdSchema } from "./source-id.js";

const common = {
  sources: z.array(sourceIdSchema).max(100).meta({ description: "Source ids." }),
  message: z.string().optional().meta({ description: "Text, present when a message layer was passed." }),
};
const blocks = { effect: z.literal("blocks"), ...common };
const warns = { effect: z.literal("warns"), ...common };
const none = z.strictObject({});
const days = z.int().min(0);

/**
 * Why a booking is blocked or warned about, keyed on `code`.
 *
 * @example
 * ```ts
 * import { bookingReasonSchema } from "microneedling-planner/schemas";
 * bookingReasonSchema.safeParse({ code: "clinic-closed", effect: "blocks", params: {}, sources: ["PLANNER-DECISION"] }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const bookingReasonSchema = z
  .discriminatedUnion("code", [
    z.strictObject({ code: z.literal("in-past"), ...blocks, params: z.strictObject({ today: resultDateSchema }) }),
    z.strictObject({ code: z.literal("clinic-closed"), ...blocks, params: none }),
    z.strictObject({
      code: z.literal("not-eligible"),
      ...blocks,
      params: z.strictObject({
        status: z.enum(["contraindicated", "deferred"]),
        until: resultDateSchema.optional(),
      }),
    }),
    z.strictObject({ code: z.literal("needs-review"), ...warns, params: none }),
    z.strictObject({
      code: z.literal("too-soon"),
      ...blocks,
      params: z.strictObject({ earliest: resultDateSchema, days: z.int(), minimumDays: days }),
    }),
    z.strictObject({
      code: z.literal("late"),
      ...warns,
      params: z.strictObject({ windowClosedOn: resultDateSchema, daysLate: days }),
    }),
    z.strictObject({
      code: z.literal("reassess"),
      ...warns,
      params: z.strictObject({ daysSinceLastSession: days, thresholdWeeks: days }),
    }),
    z.strictObject({ code: z.literal("course-complete"), ...blocks, params: none }),
    z.strictObject({
      code: z.literal("beyond-estimate"),
      ...warns,
      params: z.strictObject({ planned: z.int().min(0).max(20) }),
    }),
    z.strictObject({ code: z.literal("course-unfinished"), ...warns, params: z.strictObject({ sessionsLeft: days }) }),
    z.strictObject({ code: z.literal("no-maintenance"), ...blocks, params: none }),
    z.strictObject({
      code: z.literal("maintenance-too-early"),
      ...blocks,
      params: z.strictObject({ earliest: resultDateSchema }),
    }),
    z.strictObject({
      code: z.literal("maintenance-late"),
      ...warns,
      params: z.strictObject({ latest: resultDateSchema }),
    }),
  ])
  .meta({ id: "BookingReason", description: "Why a booking is blocked or warned about." });

/**
 * The answer of `checkBooking`.
 *
 * @example
 * ```ts
 * import { bookingCheckSchema } from "microneedling-planner/schemas";
 * Object.keys(bookingCheckSchema.shape);
 * //=> ["status", "visit", "session", "on", "time", "reasons", "eligibility"]
 * ```
 * @category Schemas
 */
export const bookingCheckSchema = z
  .strictObject({
    status: z.enum(["allowed", "allowed-with-warnings", "blocked"]).meta({ description: "The answer." }),
    visit: z.enum(["session", "maintenance"]).meta({ description: "The visit checked." }),
    session: z.int().min(1).max(100).optional().meta({ description: "The session it would be." }),
    on: resultDateSchema.meta({ description: "The day proposed." }),
    time: localTimeSchema.optional().meta({ description: "The local time proposed." }),
    reasons: z.array(bookingReasonSchema).max(20).meta({ description: "Why, blocking reasons first." }),
    eligibility: eligibilitySchema,
  })
  .meta({ id: "BookingCheck", description: "May this visit be booked on this day, and why." });
