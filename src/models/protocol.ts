import * as z from "zod";
import { PROTOCOL_BOUNDS, protocolRelationIssues } from "./protocol-rules.js";
import { FITZPATRICK_TYPES } from "./values.js";

const int = (bounds: readonly [number, number], description: string) =>
  z.int().min(bounds[0]).max(bounds[1]).meta({ description });

const sessionRange = (what: string) =>
  z.strictObject({
    min: int(PROTOCOL_BOUNDS.sessionCount, `Fewest sessions, ${what}.`),
    typical: int(PROTOCOL_BOUNDS.sessionCount, `Typical number of sessions, ${what}.`),
    max: int(PROTOCOL_BOUNDS.sessionCount, `Most sessions, ${what}.`),
  });

const maintenanceWindow = (what: string) =>
  z.strictObject({
    earliestMonths: int(
      PROTOCOL_BOUNDS.maintenanceMonths,
      `Months after the course or last maintenance when ${what} maintenance opens.`,
    ),
    dueMonths: int(
      PROTOCOL_BOUNDS.maintenanceMonths,
      `Months after the course or last maintenance when ${what} maintenance is due.`,
    ),
    latestMonths: int(
      PROTOCOL_BOUNDS.maintenanceMonths,
      `Months after the course or last maintenance when ${what} maintenance closes.`,
    ),
  });

/**
 * Every clinical number the planner uses, in one object. Relations are checked too:
 * min <= typical <= max, estimates never fall as severity rises, min interval <= max
 * interval <= reassessment threshold, maintenance earliest <= due <= latest.
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
export const protocolSchema = z
  .strictObject({
    /** Names the protocol; recorded in every plan. */
    version: z.string().min(1).max(100).meta({ description: "Names the protocol; recorded in every plan." }),
    sessions: z.strictObject({
      mild: sessionRange("mild scars"),
      moderate: sessionRange("moderate scars"),
      severe: sessionRange("severe scars"),
      rejuvenation: sessionRange("rejuvenation"),
    }),
    interval: z.strictObject({
      minWeeks: int(
        PROTOCOL_BOUNDS["interval.minWeeks"],
        "Weeks after the previous session when the next window opens.",
      ),
      maxWeeks: int(
        PROTOCOL_BOUNDS["interval.maxWeeks"],
        "Weeks after the previous session when the next window closes.",
      ),
    }),
    reassessAfterWeeks: int(
      PROTOCOL_BOUNDS.reassessAfterWeeks,
      "Weeks since the last session after which a late session also asks for the scars to be re-graded.",
    ),
    isotretinoinWashoutMonths: int(
      PROTOCOL_BOUNDS.isotretinoinWashoutMonths,
      "Months after the last isotretinoin dose before treatment (0 turns the wait off).",
    ),
    resultCheckMonths: int(
      PROTOCOL_BOUNDS.resultCheckMonths,
      "Months after the last session when results are checked.",
    ),
    maintenance: z.strictObject({
      scarRevision: maintenanceWindow("scar-revision"),
      rejuvenation: maintenanceWindow("rejuvenation"),
    }),
    reminderLeadDays: int(PROTOCOL_BOUNDS.reminderLeadDays, "Days before a due date when a reminder fires."),
    labelMinimumAgeYears: int(
      PROTOCOL_BOUNDS.labelMinimumAgeYears,
      "Age below which the patient is outside the labelled device population (information only).",
    ),
    recentScarMonths: int(
      PROTOCOL_BOUNDS.recentScarMonths,
      "Scars younger than this many months get an information note (label: not evaluated).",
    ),
    pihRiskFrom: z
      .enum(FITZPATRICK_TYPES)
      .meta({ description: "Lowest Fitzpatrick type that gets the post-inflammatory hyperpigmentation precaution." }),
  })
  .superRefine((protocol, context) => {
    for (const issue of protocolRelationIssues(protocol, "")) {
      context.addIssue({
        code: "custom",
        path: issue.path.slice(1).split("."),
        message: issue.message,
        input: issue.value,
      });
    }
  })
  .meta({ id: "Protocol", description: "Every clinical number the planner uses." });

/**
 * Every clinical number the planner uses. Start from {@link defaultProtocol} and change
 * settings with {@link defineProtocol}.
 *
 * @category Models
 */
export type Protocol = z.output<typeof protocolSchema>;
