/**
 * The options of every public function, as zod schemas. They are not exported: they are the
 * definition the root entry's generated checks come from, and the differential tests compare
 * the two.
 *
 * @module
 * @internal
 */
import * as z from "zod";
import type { Messages } from "../models/messages.js";
import { TREATMENT_GOALS } from "../models/values.js";
import { isoDateSchema } from "./iso-date.js";
import { areaSchema, patientSchema } from "./patient.js";
import { availabilitySchema, bookingsSchema, completedSchema, horizonDaysSchema, localTimeSchema } from "./plan.js";
import { protocolSchema, sessionCountSchema } from "./protocol.js";
import { refined } from "./refined.js";

/** A message layer: an object with `finding` and `reminder` functions. @internal */
export const messageLayerSchema = refined(z.custom<Messages>(), "messageLayer");

const protocol = protocolSchema.optional();
const messages = messageLayerSchema.optional();

/** @internal */
export const assessEligibilityOptionsSchema = z.strictObject({
  today: isoDateSchema,
  area: areaSchema.optional(),
  protocol,
  messages,
});

/** @internal */
export const estimateSessionsOptionsSchema = z.strictObject({ area: areaSchema.optional(), protocol });

/** The course `planSessions` plans. @internal */
export const courseSchema = z.strictObject({
  sessionCount: sessionCountSchema,
  startOn: isoDateSchema,
  completed: completedSchema.optional(),
  booked: bookingsSchema.optional(),
});

/** @internal */
export const planSessionsOptionsSchema = z.strictObject({
  today: isoDateSchema,
  notBefore: isoDateSchema.optional(),
  availability: availabilitySchema.optional(),
  protocol,
});

/** The course history `planMaintenance` counts from. @internal */
export const maintenanceHistorySchema = z.strictObject({
  goal: z.enum(TREATMENT_GOALS),
  courseEndedOn: isoDateSchema,
  lastMaintenanceOn: isoDateSchema.optional(),
});

/** @internal */
export const planMaintenanceOptionsSchema = z.strictObject({ protocol });

/** @internal */
export const planTreatmentOptionsSchema = z.strictObject({
  today: isoDateSchema,
  startOn: isoDateSchema.optional(),
  completed: completedSchema.optional(),
  booked: bookingsSchema.optional(),
  lastMaintenanceOn: isoDateSchema.optional(),
  sessionCount: sessionCountSchema.optional(),
  horizonDays: horizonDaysSchema.optional(),
  protocol,
  availability: availabilitySchema.optional(),
  area: areaSchema.optional(),
  messages,
});

/** @internal */
export const replanOptionsSchema = z.strictObject({
  today: isoDateSchema,
  patient: patientSchema.optional(),
  startOn: isoDateSchema.optional(),
  completed: completedSchema.optional(),
  booked: bookingsSchema.optional(),
  lastMaintenanceOn: isoDateSchema.optional(),
  sessionCount: sessionCountSchema.optional(),
  horizonDays: horizonDaysSchema.optional(),
  protocol,
  availability: availabilitySchema.optional(),
  area: areaSchema.optional(),
  messages,
});

/** @internal */
export const planRemindersOptionsSchema = z.strictObject({
  today: isoDateSchema,
  horizonDays: horizonDaysSchema.optional(),
  messages,
});

/** @internal */
export const checkBookingOptionsSchema = z.strictObject({
  on: isoDateSchema,
  visit: z.enum(["session", "maintenance"]).optional(),
  time: localTimeSchema.optional(),
  today: isoDateSchema.optional(),
  messages,
});

/** @internal */
export const toICalendarOptionsSchema = refined(
  z.strictObject({
    uidDomain: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/, {
      error: "expected a domain name such as clinic.example",
    }),
    dtstamp: z.iso.datetime({ error: "expected a UTC instant YYYY-MM-DDTHH:MM:SSZ" }),
    calendarId: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, {
        error: "expected 1 to 64 letters, digits, '.', '_' or '-' (a pseudonym, not a record number)",
      })
      .optional(),
    usePatientId: z.boolean().optional(),
    messages,
  }),
  "calendarIdentity",
);

const reference = z.string().regex(/^[A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/, {
  error: "expected a FHIR relative reference such as Patient/123",
});

/**
 * The base of FHIR canonical URLs: http(s), no query, fragment, `|` or trailing slash (issue 15).
 * @internal
 */
export const canonicalBaseSchema = z.string().regex(/^https?:\/\/[^\s|#?]{1,500}[^\s|#?/]$/, {
  error: "expected an http(s) base URL without a trailing slash, such as https://clinic.example/fhir",
});

/** @internal */
export const toFhirCarePlanOptionsSchema = z.strictObject({
  patient: reference,
  condition: reference.optional(),
  canonicalBase: canonicalBaseSchema.optional(),
  messages,
});

// --- CDS Hooks and PlanDefinition (issue 15) ---

/** @internal */
export const toFhirPlanDefinitionOptionsSchema = z.strictObject({
  canonicalBase: canonicalBaseSchema.optional(),
  status: z.enum(["draft", "active", "retired", "unknown"]).optional(),
});

/** @internal */
export const toCdsCardsOptionsSchema = z.strictObject({
  protocol,
  sourceUrl: z
    .string()
    .regex(/^https?:\/\/\S{1,2000}$/, { error: "expected an absolute http(s) URL" })
    .optional(),
  hookInstance: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,100}$/, { error: "expected 1 to 100 letters, digits, '.', '_', ':' or '-'" })
    .optional(),
  messages,
});

/** @internal */
export const toSvgTimelineOptionsSchema = z.strictObject({
  usePatientId: z.boolean().optional(),
  idPrefix: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, {
      error: "expected 1 to 64 letters, digits, '_' or '-', starting with a letter (an XML id prefix)",
    })
    .optional(),
  messages,
});
