import * as z from "zod";
import { SOURCE_IDS } from "../catalogues/sources.js";
import { eligibilitySchema } from "./eligibility.js";
import { isoDateSchema, resultDateSchema } from "./iso-date.js";
import { patientSchema } from "./patient.js";
import { REMINDER_KINDS, SESSION_FLAGS, SESSION_STATUSES, TREATMENT_GOALS, WEEKDAYS } from "./values.js";

const params = z.record(z.string(), z.union([z.string(), z.number()]));

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
    /** Fewest sessions. */
    min: z.int().min(1).meta({ description: "Fewest sessions." }),
    /** Typical number of sessions: the number planned. */
    typical: z.int().min(1).meta({ description: "Typical number of sessions: the number planned." }),
    /** Most sessions. */
    max: z.int().min(1).meta({ description: "Most sessions." }),
    /** What decided it: the most severe scar's severity, rejuvenation, or unknown severity (widest range). */
    basis: z.enum(["mild", "moderate", "severe", "rejuvenation", "unknown-severity"]).meta({
      description:
        "What decided it: the most severe scar's severity, rejuvenation, or unknown severity (widest range).",
    }),
    /** Source ids. */
    sources: z.array(z.enum(SOURCE_IDS)).meta({ description: "Source ids." }),
  })
  .meta({ id: "SessionEstimate", description: "How many sessions a course takes." });

/**
 * The result of {@link estimateSessions}.
 * @category Models
 */
export type SessionEstimate = z.output<typeof sessionEstimateSchema>;

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
    /** Weekdays the clinic is open; every day when omitted. */
    openWeekdays: z
      .array(z.enum(WEEKDAYS))
      .min(1)
      .max(7)
      .optional()
      .meta({ description: "Weekdays the clinic is open; every day when omitted." }),
    /** Dates the clinic is closed (holidays). */
    closedDates: z
      .array(isoDateSchema)
      .max(1000)
      .optional()
      .meta({ description: "Dates the clinic is closed (holidays)." }),
  })
  .meta({ id: "Availability", description: "When the clinic is open." });

/**
 * When the clinic is open.
 * @category Models
 */
export type Availability = z.output<typeof availabilitySchema>;

/**
 * One session of a course: its window, where it stands, and flags.
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
  .strictObject({
    /** 1-based session number. */
    number: z.int().min(1).meta({ description: "1-based session number." }),
    /** First day the session may take place. */
    earliest: resultDateSchema.meta({ description: "First day the session may take place." }),
    /** The day to book: the first open clinic day in the window. */
    due: resultDateSchema.meta({ description: "The day to book: the first open clinic day in the window." }),
    /** Last day of the window (inclusive). */
    latest: resultDateSchema.meta({ description: "Last day of the window (inclusive)." }),
    /** Where the session stands on today. */
    status: z.enum(SESSION_STATUSES).meta({ description: "Where the session stands on today." }),
    /** When it was done, for done sessions. */
    doneOn: resultDateSchema.optional().meta({ description: "When it was done, for done sessions." }),
    /** Flags with their parameters. */
    flags: z
      .array(z.strictObject({ code: z.enum(SESSION_FLAGS), params }))
      .meta({ description: "Flags with their parameters." }),
  })
  .meta({ id: "SessionWindow", description: "One session of a course." });

/**
 * One session of a course.
 * @category Models
 */
export type SessionWindow = z.output<typeof sessionWindowSchema>;

/**
 * A flag on a session window.
 * @category Models
 */
export type SessionFlag = SessionWindow["flags"][number];

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
    /** First day of the window. */
    earliest: resultDateSchema.meta({ description: "First day of the window." }),
    /** When maintenance is due. */
    due: resultDateSchema.meta({ description: "When maintenance is due." }),
    /** Last day of the window (inclusive). */
    latest: resultDateSchema.meta({ description: "Last day of the window (inclusive)." }),
    /** The course end or last maintenance it counts from. */
    after: resultDateSchema.meta({ description: "The course end or last maintenance it counts from." }),
    /** True when the course is not finished and its end is a plan, not a fact. */
    projected: z
      .boolean()
      .meta({ description: "True when the course is not finished and its end is a plan, not a fact." }),
    /** Source ids. */
    sources: z.array(z.enum(SOURCE_IDS)).meta({ description: "Source ids." }),
  })
  .meta({ id: "MaintenanceWindow", description: "The next maintenance appointment's window." });

/**
 * The next maintenance appointment's window.
 * @category Models
 */
export type MaintenanceWindow = z.output<typeof maintenanceWindowSchema>;

/**
 * Something for the clinic or patient to do, on a date.
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
  .strictObject({
    /** What to do. */
    kind: z.enum(REMINDER_KINDS).meta({ description: "What to do." }),
    /** When to remind. */
    remindOn: resultDateSchema.meta({ description: "When to remind." }),
    /** When the thing reminded of is due. */
    dueOn: resultDateSchema.meta({ description: "When the thing reminded of is due." }),
    /** Session number, for session reminders. */
    session: z.int().min(1).optional().meta({ description: "Session number, for session reminders." }),
    /** Text, present when a message layer was passed. */
    message: z.string().optional().meta({ description: "Text, present when a message layer was passed." }),
  })
  .meta({ id: "Reminder", description: "Something to do, on a date." });

/**
 * Something for the clinic or patient to do, on a date.
 * @category Models
 */
export type Reminder = z.output<typeof reminderSchema>;

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
    /** The patient's id, when given. */
    patientId: z.string().optional().meta({ description: "The patient's id, when given." }),
    /** The treatment goal. */
    goal: z.enum(TREATMENT_GOALS).meta({ description: "The treatment goal." }),
    /** The date the plan was made for. */
    today: resultDateSchema.meta({ description: "The date the plan was made for." }),
    /** Version of the protocol used. */
    protocolVersion: z.string().meta({ description: "Version of the protocol used." }),
    /** Eligibility on today. */
    eligibility: eligibilitySchema,
    /** How many sessions the course takes. */
    estimate: sessionEstimateSchema,
    /** The course: done sessions, then planned ones (none while not treatable). */
    sessions: z.array(sessionWindowSchema).meta({ description: "The course: done sessions, then planned ones." }),
    /** When results are checked: some months after the last session. */
    resultCheckOn: resultDateSchema
      .optional()
      .meta({ description: "When results are checked: months after the last session." }),
    /** The next maintenance window. */
    maintenance: maintenanceWindowSchema.optional(),
    /** Reminders from today over the horizon, by date. */
    reminders: z.array(reminderSchema).meta({ description: "Reminders from today over the horizon, by date." }),
  })
  .meta({ id: "TreatmentPlan", description: "A whole treatment plan." });

/**
 * A whole treatment plan.
 * @category Models
 */
export type TreatmentPlan = z.output<typeof treatmentPlanSchema>;

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
    /** The patient. */
    patient: patientSchema,
    /** Planned start of the course; today when omitted. */
    startOn: isoDateSchema.optional().meta({ description: "Planned start of the course; today when omitted." }),
    /** Dates of the sessions done so far, in order. */
    completed: z
      .array(isoDateSchema)
      .max(50)
      .optional()
      .meta({ description: "Dates of the sessions done so far, in order." }),
    /** Date of the last maintenance appointment, if any. */
    lastMaintenanceOn: isoDateSchema
      .optional()
      .meta({ description: "Date of the last maintenance appointment, if any." }),
    /** Number of sessions to plan; the estimate's typical number when omitted. */
    sessionCount: z
      .int()
      .min(1)
      .max(20)
      .optional()
      .meta({ description: "Number of sessions to plan; the estimate's typical when omitted." }),
    /** When the clinic is open. */
    availability: availabilitySchema.optional(),
  })
  .meta({ id: "CaseFile", description: "A patient and their course so far." });

/**
 * A patient and their course so far, as the CLI reads it.
 * @category Models
 */
export type CaseFile = z.output<typeof caseFileSchema>;
