import * as z from "zod";
import { SOURCE_IDS } from "../models/source-ids.js";
import { TREATMENT_GOALS, WEEKDAYS } from "../models/values.js";
import { eligibilitySchema } from "./eligibility.js";
import { isoDateSchema, resultDateSchema } from "./iso-date.js";
import { patientSchema } from "./patient.js";

/** The number of sessions of a course: 1 to 20. @internal */
export const sessionCountSchema = z.int().min(1).max(20);

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
    min: sessionCountSchema.meta({ description: "Fewest sessions." }),
    typical: sessionCountSchema.meta({ description: "Typical number of sessions: the number planned." }),
    max: sessionCountSchema.meta({ description: "Most sessions." }),
    basis: z.enum(["mild", "moderate", "severe", "rejuvenation", "unknown-severity"]).meta({
      description:
        "What decided it: the most severe scar's severity, rejuvenation, or unknown severity (widest range).",
    }),
    sources: z.array(z.enum(SOURCE_IDS)).max(100).meta({ description: "Source ids." }),
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
    z.strictObject({ code: z.literal("beyond-estimate"), params: z.strictObject({ planned: sessionCountSchema }) }),
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
 * One session of a course: its window, where it stands (`done` ones have `doneOn`), and flags.
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
    sources: z.array(z.enum(SOURCE_IDS)).max(100).meta({ description: "Source ids." }),
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
      kind: z.enum(["book-session", "session-overdue"]).meta({ description: "What to do." }),
      ...reminderFields,
      session: z.int().min(1).max(100).meta({ description: "The session number." }),
    }),
    z.strictObject({
      kind: z.enum(["result-check", "maintenance-due"]).meta({ description: "What to do." }),
      ...reminderFields,
    }),
  ])
  .meta({ id: "Reminder", description: "Something to do, on a date." });

/**
 * A whole treatment plan: eligibility, estimate, sessions, maintenance and reminders.
 *
 * @example
 * ```ts
 * import { treatmentPlanSchema } from "microneedling-planner/schemas";
 * Object.keys(treatmentPlanSchema.shape).includes("sessions");
 * //=> true
 * ```
 * @category Schemas
 */
export const treatmentPlanSchema = z
  .strictObject({
    patientId: z.string().min(1).max(128).optional().meta({ description: "The patient's id, when given." }),
    goal: z.enum(TREATMENT_GOALS).meta({ description: "The treatment goal." }),
    today: resultDateSchema.meta({ description: "The date the plan was made for." }),
    protocolVersion: z.string().min(1).max(200).meta({ description: "Version of the protocol used." }),
    eligibility: eligibilitySchema,
    estimate: sessionEstimateSchema,
    sessions: z
      .array(sessionWindowSchema)
      .max(100)
      .meta({ description: "The course: done sessions, then planned ones." }),
    resultCheckOn: resultDateSchema
      .optional()
      .meta({ description: "When results are checked: months after the last session." }),
    maintenance: maintenanceWindowSchema.optional(),
    reminders: z
      .array(reminderSchema)
      .max(1000)
      .meta({ description: "Reminders from today over the horizon, by date." }),
  })
  .meta({ id: "TreatmentPlan", description: "A whole treatment plan." });

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
    completed: z
      .array(isoDateSchema)
      .max(50)
      .optional()
      .meta({ description: "Dates of the sessions done so far, in order." }),
    lastMaintenanceOn: isoDateSchema
      .optional()
      .meta({ description: "Date of the last maintenance appointment, if any." }),
    sessionCount: sessionCountSchema
      .optional()
      .meta({ description: "Number of sessions to plan; the estimate's typical when omitted." }),
    availability: availabilitySchema.optional(),
  })
  .meta({ id: "CaseFile", description: "A patient and their course so far." });
