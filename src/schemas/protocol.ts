import * as z from "zod";
import { FITZPATRICK_TYPES, SCAR_TYPES } from "../models/values.js";
import { refined } from "./refined.js";

/** The number of sessions of a course: 1 to 20. @internal */
export const sessionCountSchema = z.int().min(1).max(20);

/** A protocol's id or version: 1-100 letters, digits, `.`, `_`, `+` or `-`. */
const label = (description: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9._+-]+$/, { error: "expected letters, digits, '.', '_', '+' or '-'" })
    .meta({ description });

const int = (min: number, max: number, description: string) => z.int().min(min).max(max).meta({ description });

const sessionRange = (what: string) =>
  z.strictObject({
    min: sessionCountSchema.meta({ description: `Fewest sessions, ${what}.` }),
    typical: sessionCountSchema.meta({ description: `Typical number of sessions, ${what}.` }),
    max: sessionCountSchema.meta({ description: `Most sessions, ${what}.` }),
  });

const maintenanceWindow = (what: string) =>
  z.strictObject({
    earliestMonths: int(1, 60, `Months after the course or last maintenance when ${what} maintenance opens.`),
    dueMonths: int(1, 60, `Months after the course or last maintenance when ${what} maintenance is due.`),
    latestMonths: int(1, 60, `Months after the course or last maintenance when ${what} maintenance closes.`),
  });

/** Every setting of a protocol with its bounds, before the relations between them. */
const protocolShape = {
  id: label("Names the protocol; recorded in every plan."),
  version: label("The protocol's version; recorded in every plan."),
  sessions: z.strictObject({
    mild: sessionRange("mild scars"),
    moderate: sessionRange("moderate scars"),
    severe: sessionRange("severe scars"),
    rejuvenation: sessionRange("rejuvenation"),
  }),
  sessionsByType: z
    .strictObject(
      Object.fromEntries(SCAR_TYPES.map((type) => [type, sessionRange(`${type} scars`).optional()])) as {
        [K in (typeof SCAR_TYPES)[number]]: z.ZodOptional<ReturnType<typeof sessionRange>>;
      },
    )
    .meta({ description: "Session ranges of scar types with their own, whatever the severity." }),
  interval: z.strictObject({
    minWeeks: int(1, 26, "Weeks after the previous session when the next window opens."),
    maxWeeks: int(1, 52, "Weeks after the previous session when the next window closes."),
  }),
  reassessAfterWeeks: int(
    1,
    104,
    "Weeks since the last session after which a late session also asks for the scars to be re-graded.",
  ),
  isotretinoinWashoutMonths: int(
    0,
    24,
    "Months after the last isotretinoin dose before treatment (0 turns the wait off).",
  ),
  resultCheckMonths: int(1, 24, "Months after the last session when results are first checked."),
  finalResultCheckMonths: int(1, 24, "Months after the last session of the final result check."),
  maintenance: z.strictObject({
    scarRevision: maintenanceWindow("scar-revision"),
    rejuvenation: maintenanceWindow("rejuvenation"),
  }),
  reminderLeadDays: int(0, 90, "Days before a due date when a reminder fires."),
  deferralReviewDays: int(1, 365, "Days after today when a deferral with no end date is reviewed."),
  labelMinimumAgeYears: int(
    0,
    120,
    "Age below which the patient is outside the labelled device population (information only).",
  ),
  recentScarMonths: int(0, 120, "Scars younger than this many months get an information note (label: not evaluated)."),
  burnMaturityMonths: int(0, 120, "Burn scars younger than this many months are immature: clinician review."),
  fillerToxinWaitDays: int(
    0,
    90,
    "Days after filler or botulinum toxin in the area before treatment (practice convention).",
  ),
  resurfacingWaitDays: int(
    0,
    180,
    "Days after a laser, peel or dermabrasion in the area before treatment (practice convention).",
  ),
  retinoidStopDays: int(0, 30, "Days before each session to stop topical retinoids (practice convention)."),
  antiviralLeadDays: int(0, 30, "Days before each session to start antiviral prophylaxis after cold sores."),
  pihRiskFrom: z
    .enum(FITZPATRICK_TYPES)
    .meta({ description: "Lowest Fitzpatrick type that gets the post-inflammatory hyperpigmentation precaution." }),
};

/**
 * Every clinical number the planner uses. Relations are checked too: min <= typical <= max,
 * estimates never fall as severity rises, min interval <= max interval <= reassessment
 * threshold, maintenance earliest <= due <= latest.
 *
 * @example
 * ```ts
 * import { defaultProtocol } from "microneedling-planner";
 * import { protocolSchema } from "microneedling-planner/schemas";
 * protocolSchema.safeParse({ ...defaultProtocol, interval: { minWeeks: 8, maxWeeks: 6 } }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export const protocolSchema = refined(z.strictObject(protocolShape), "protocolRelations").meta({
  id: "Protocol",
  description: "Every clinical number the planner uses.",
});

/** Makes every field of a strict object optional, all the way down. */
function deepPartial(shape: Readonly<Record<string, z.ZodType>>): z.ZodType {
  const fields: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    fields[key] = (schema instanceof z.ZodObject ? deepPartial(schema.shape) : schema).optional();
  }
  return z.strictObject(fields);
}

/**
 * The settings `defineProtocol` takes: any subset of a protocol, nested, each within its bounds.
 * The relations are checked on the protocol they make. @internal
 */
export const protocolOverridesSchema = deepPartial(protocolShape);
