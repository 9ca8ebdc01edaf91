import * as z from "zod";
import { SCAR_TYPES, WEEKDAYS } from "../models/values.js";
import { eligibilitySchema } from "./eligibility.js";
import { isoDateSchema, resultDateSchema } from "./iso-date.js";
import { areaSchema, patientSchema } from "./patient.js";
import { protocolSchema, sessionCountSchema } from "./protocol.js";
import { refined } from "./refined.js";
import { sourceIdSchema } from "./source-id.js";

/** A local time of day, `HH:MM` (24-hour). @internal */
export const localTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: "expected a local time of day HH:MM (00:00 to 23:59)" });

/**
 * An appointment made for a session: the session number, the day and, optionally, the local time
 * of day (no time zone is assumed).
 *
 * @example
 * ```ts
 * import { bookingSchema } from "microneedling-planner/schemas";
 * bookingSchema.safeParse({ session: 2, on: "2026-12-01", time: "14:30" }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const bookingSchema = z
  .strictObject({
    session: z.int().min(1).max(50).meta({ description: "The session booked." }),
    on: isoDateSchema.meta({ description: "The day booked." }),
    time: localTimeSchema.optional().meta({ description: "The local time of day, HH:MM (24-hour)." }),
  })
  .meta({ id: "Booking", description: "An appointment made for a session." });

/** Appointments: at most 50, and at most one per session. @internal */
export const bookingsSchema = refined(z.array(bookingSchema).max(50), "oneBookingPerSession");

/** Dates of the sessions done, in the order they were done: at most 50. @internal */
export const completedSchema = z.array(isoDateSchema).max(50);

/**
 * A session-count estimate: fewest, typical and most sessions, what decided it, and sources.
 *
 * @example
 * ```ts
 * import { sessionEstimateSchema } from "microneedling-planner/schemas";
 * sessionEstimateSchema.safeParse({ min: 3, typical: 4, max: 5, basis: "moderate", sources: ["ARTICLE-2021"] }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const sessionEstimateSchema = z
  .strictObject({
    min: z.int().min(0).max(20).meta({ description: "Fewest sessions." }),
    typical: z.int().min(0).max(20).meta({ description: "Typical number of sessions: the number planned." }),
    max: z.int().min(0).max(20).meta({ description: "Most sessions." }),
    basis: z
      .enum(["mild", "moderate", "severe", "scar-type", "rejuvenation", "unknown-severity", "macular-only"])
      .meta({
        description:
          "What decided it: the worst scar's severity or type, rejuvenation, unknown severity (widest range), or macular-only (0).",
      }),
    scarType: z.enum(SCAR_TYPES).optional().meta({ description: "The scar type whose range decided it." }),
    sources: z.array(sourceIdSchema).max(100).meta({ description: "Source ids." }),
  })
  .meta({ id: "SessionEstimate", description: "How many sessions a course takes." });

/**
 * When the clinic is open: weekdays (all when omitted) and closed dates such as holidays.
 *
 * @example
 * ```ts
 * import { availabilitySchema } from "microneedling-planner/schemas";
 * availabilitySchema.parse({ openWeekdays: ["tue", "thu"], closedDates: ["2026-12-24"] }).openWeekdays;
 * //=> ["tue", "thu"]
 * ```
 * @category Schemas
 */
export const availabilitySchema = z
  .strictObject({
    openWeekdays: z
      .array(z.enum(WEEKDAYS))
      .min(1)
      .max(7)
      .optional()
      .meta({ description: "Weekdays the clinic is open; every day when omitted." }),
    closedDates: z
      .array(isoDateSchema)
      .max(1000)
      .optional()
      .meta({ description: "Dates the clinic is closed (holidays)." }),
  })
  .meta({ id: "Availability", description: "When the clinic is open." });

const days = z.int().min(0);
const none = z.strictObject({});

/**
 * A flag on a session window, keyed on `code`.
 *
 * @example
 * ```ts
 * import { sessionFlagSchema } from "microneedling-planner/schemas";
 * sessionFlagSchema.safeParse({ code: "late", params: { daysLate: 3, windowClosedOn: "2026-11-21" } }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const sessionFlagSchema = z
  .discriminatedUnion("code", [
    z.strictObject({
      code: z.literal("late"),
      params: z.strictObject({ daysLate: days, windowClosedOn: resultDateSchema }),
    }),
    z.strictObject({
      code: z.literal("reassess"),
      params: z.strictObject({ daysSinceLastSession: days, thresholdWeeks: days }),
    }),
    z.strictObject({ code: z.literal("no-open-day"), params: none }),
    z.strictObject({ code: z.literal("deferred"), params: z.strictObject({ until: resultDateSchema }) }),
    z.strictObject({ code: z.literal("out-of-order"), params: z.strictObject({ previous: resultDateSchema }) }),
    z.strictObject({ code: z.literal("in-future"), params: none }),
    z.strictObject({ code: z.literal("too-soon"), params: z.strictObject({ days, minimumDays: days }) }),
    z.strictObject({
      code: z.literal("beyond-estimate"),
      // 0 when the estimate plans no session (macular scars only).
      params: z.strictObject({ planned: z.int().min(0).max(20) }),
    }),
    z.strictObject({ code: z.literal("missed-booking"), params: z.strictObject({ on: resultDateSchema }) }),
    z.strictObject({ code: z.literal("closed-day"), params: z.strictObject({ on: resultDateSchema }) }),
  ])
  .meta({ id: "SessionFlag", description: "A flag on a session window, with its parameters." });

const windowFields = {
  number: z.int().min(1).max(100).meta({ description: "1-based session number." }),
  earliest: resultDateSchema.meta({ description: "First day the session may take place." }),
  due: resultDateSchema.meta({ description: "The day to book: the first open clinic day in the window." }),
  latest: resultDateSchema.meta({ description: "Last day of the window (inclusive)." }),
  flags: z.array(sessionFlagSchema).max(20).meta({ description: "Flags with their parameters." }),
};

/**
 * One session of a course: its window, where it stands (`done` ones have `doneOn`, `booked` ones
 * `bookedOn`), and flags.
 *
 * @example
 * ```ts
 * import { sessionWindowSchema } from "microneedling-planner/schemas";
 * sessionWindowSchema.safeParse({ number: 1, earliest: "2026-11-24", due: "2026-11-24", latest: "2026-12-08", status: "due", flags: [] }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const sessionWindowSchema = z
  .discriminatedUnion("status", [
    z.strictObject({
      ...windowFields,
      status: z.literal("done"),
      doneOn: resultDateSchema.meta({ description: "When it was done." }),
    }),
    z.strictObject({
      ...windowFields,
      status: z.literal("booked"),
      bookedOn: resultDateSchema.meta({ description: "The booked day (also due)." }),
      time: localTimeSchema.optional().meta({ description: "The booked local time of day, HH:MM." }),
    }),
    z.strictObject({
      ...windowFields,
      status: z.enum(["due", "upcoming", "overdue"]).meta({ description: "Where the session stands on today." }),
    }),
  ])
  .meta({ id: "SessionWindow", description: "One session of a course." });

/**
 * The next maintenance appointment's window.
 *
 * @example
 * ```ts
 * import { maintenanceWindowSchema } from "microneedling-planner/schemas";
 * maintenanceWindowSchema.safeParse({ earliest: "2027-10-24", due: "2027-11-24", latest: "2027-12-24", after: "2026-11-24", projected: false, sources: ["ARTICLE-2021"] }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const maintenanceWindowSchema = z
  .strictObject({
    earliest: resultDateSchema.meta({ description: "First day of the window." }),
    due: resultDateSchema.meta({ description: "When maintenance is due." }),
    latest: resultDateSchema.meta({ description: "Last day of the window (inclusive)." }),
    after: resultDateSchema.meta({ description: "The course end or last maintenance it counts from." }),
    projected: z
      .boolean()
      .meta({ description: "True when the course is not finished and its end is a plan, not a fact." }),
    sources: z.array(sourceIdSchema).max(100).meta({ description: "Source ids." }),
  })
  .meta({ id: "MaintenanceWindow", description: "The next maintenance appointment's window." });

const reminderFields = {
  remindOn: resultDateSchema.meta({ description: "When to remind." }),
  dueOn: resultDateSchema.meta({ description: "When the thing reminded of is due." }),
  message: z.string().optional().meta({ description: "Text, present when a message layer was passed." }),
};

/**
 * Something for the clinic or patient to do, on a date; session reminders carry the session.
 *
 * @example
 * ```ts
 * import { reminderSchema } from "microneedling-planner/schemas";
 * reminderSchema.safeParse({ kind: "book-session", remindOn: "2026-12-15", dueOn: "2026-12-22", session: 2, message: "Book session 2." }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const reminderSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.enum(["book-session", "session-overdue", "appointment"]).meta({ description: "What to do." }),
      ...reminderFields,
      session: z.int().min(1).max(100).meta({ description: "The session number." }),
      time: localTimeSchema.optional().meta({ description: "The booked local time of day, for an appointment." }),
    }),
    z.strictObject({
      kind: z.literal("pre-care"),
      ...reminderFields,
      session: z.int().min(1).max(100).meta({ description: "The session number." }),
      step: z.enum(["stop-retinoids", "antiviral-prophylaxis"]).meta({ description: "The care step." }),
    }),
    z.strictObject({
      kind: z.literal("post-care"),
      ...reminderFields,
      session: z.int().min(1).max(100).meta({ description: "The session number." }),
    }),
    z.strictObject({
      kind: z.literal("photo"),
      ...reminderFields,
      checkpoint: z.enum(["baseline", "session", "result-check"]).meta({ description: "Which checkpoint." }),
      session: z.int().min(1).max(100).optional().meta({ description: "The session number." }),
    }),
    z.strictObject({
      kind: z.literal("result-check"),
      ...reminderFields,
      check: z.enum(["first", "final"]).meta({ description: "Which check." }),
    }),
    z.strictObject({
      kind: z.enum(["maintenance-due", "deferral-review"]).meta({ description: "What to do." }),
      ...reminderFields,
    }),
  ])
  .meta({ id: "Reminder", description: "Something to do, on a date." });

/** How many days of reminders to give: 0 to 3660. @internal */
export const horizonDaysSchema = z.int().min(0).max(3660);

/**
 * What a plan was made from: everything needed to make it again.
 *
 * @example
 * ```ts
 * import { planInputsSchema } from "microneedling-planner/schemas";
 * planInputsSchema.safeParse({ patient: { goal: "rejuvenation", fitzpatrick: "II" }, completed: [], booked: [], horizonDays: 90 }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const planInputsSchema = z
  .strictObject({
    patient: patientSchema,
    startOn: isoDateSchema.optional().meta({ description: "When the course starts, as given." }),
    completed: completedSchema.meta({ description: "Dates of the sessions done, in the order they were done." }),
    booked: bookingsSchema.meta({ description: "Appointments made (at most one per session)." }),
    lastMaintenanceOn: isoDateSchema.optional().meta({ description: "Date of the last maintenance appointment." }),
    sessionCount: sessionCountSchema.optional().meta({ description: "Number of sessions to plan, as given." }),
    availability: availabilitySchema.optional(),
    area: areaSchema.optional().meta({ description: "The treatment area planned (only its scars count)." }),
    horizonDays: horizonDaysSchema.meta({ description: "Days of reminders the plan holds." }),
  })
  .meta({ id: "PlanInputs", description: "What a plan was made from." });

/**
 * A whole treatment plan, and a durable record: what made it (inputs, the whole protocol, the
 * library's version), eligibility, estimate, sessions, maintenance and reminders.
 *
 * @example
 * ```ts
 * import { treatmentPlanSchema } from "microneedling-planner/schemas";
 * Object.keys(treatmentPlanSchema.shape).slice(0, 5);
 * //=> ["schemaVersion", "madeBy", "today", "inputs", "protocol"]
 * ```
 * @category Schemas
 */
export const treatmentPlanSchema = z
  .strictObject({
    schemaVersion: z.literal(1).meta({ description: "The version of this record's shape." }),
    madeBy: z
      .strictObject({
        name: z.literal("microneedling-planner"),
        version: z.string().regex(/^[0-9A-Za-z.+-]{1,100}$/, { error: "expected a version such as 1.2.0" }),
      })
      .meta({ description: "The library that made the plan, and its version." }),
    today: resultDateSchema.meta({ description: "The date the plan was made for." }),
    inputs: planInputsSchema,
    protocol: protocolSchema,
    eligibility: eligibilitySchema,
    estimate: sessionEstimateSchema,
    sessions: z
      .array(sessionWindowSchema)
      .max(100)
      .meta({ description: "The course: done sessions, then booked and planned ones." }),
    resultCheckOn: resultDateSchema
      .optional()
      .meta({ description: "When results are first checked: months after the last session." }),
    finalResultCheckOn: resultDateSchema
      .optional()
      .meta({ description: "When results are finally checked: months after the last session." }),
    maintenance: maintenanceWindowSchema.optional(),
    reminders: z
      .array(reminderSchema)
      .max(1000)
      .meta({ description: "Reminders from today over the horizon, by date." }),
  })
  .meta({ id: "TreatmentPlan", description: "A whole treatment plan, and what made it." });

/**
 * A case file as the CLI reads it: the patient plus the course so far.
 *
 * @example
 * ```ts
 * import { caseFileSchema } from "microneedling-planner/schemas";
 * caseFileSchema.safeParse({ patient: { goal: "rejuvenation", fitzpatrick: "II" }, completed: ["2026-01-10"] }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const caseFileSchema = z
  .strictObject({
    patient: patientSchema,
    startOn: isoDateSchema.optional().meta({ description: "Planned start of the course; today when omitted." }),
    completed: completedSchema.optional().meta({ description: "Dates of the sessions done so far, in order." }),
    booked: bookingsSchema.optional().meta({ description: "Appointments made (at most one per session)." }),
    lastMaintenanceOn: isoDateSchema
      .optional()
      .meta({ description: "Date of the last maintenance appointment, if any." }),
    sessionCount: sessionCountSchema
      .optional()
      .meta({ description: "Number of sessions to plan; the estimate's typical when omitted." }),
    availability: availabilitySchema.optional(),
    area: areaSchema.optional().meta({ description: "Plan for the scars of this area only." }),
  })
  .meta({ id: "CaseFile", description: "A patient and their course so far." });
