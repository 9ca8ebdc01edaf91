import { copyData } from "../_lib/arrays.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Messages } from "../models/messages.js";
import type { Patient } from "../models/patient.js";
import type { Availability, Booking, PlanInputs, TreatmentPlan } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { REPLAN_OPTIONS, TREATMENT_PLAN } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";
import { planTreatmentUnchecked } from "./plan-treatment.js";

/**
 * Options of {@link replan}: the new `today`, and whatever changed since the plan was made. Every
 * input given replaces the stored one; the others are kept.
 *
 * @category Planning
 */
export interface ReplanOptions {
  /** The date to plan for. */
  readonly today: IsoDate;
  /** The patient as they are now (new factors, a re-graded scar). */
  readonly patient?: DeepReadonly<Patient> | undefined;
  /** When the course starts. */
  readonly startOn?: IsoDate | undefined;
  /** Every session done so far, in order (not only the new ones). */
  readonly completed?: readonly IsoDate[] | undefined;
  /** Every appointment made (not only the new ones), at most one per session. */
  readonly booked?: readonly DeepReadonly<Booking>[] | undefined;
  /** The last maintenance appointment. */
  readonly lastMaintenanceOn?: IsoDate | undefined;
  /** Sessions to plan (1-20). */
  readonly sessionCount?: number | undefined;
  /** Days of reminders to include (0-3660). */
  readonly horizonDays?: number | undefined;
  /** A protocol to plan with instead of the one the plan was made with. */
  readonly protocol?: Protocol | undefined;
  /** When the clinic is open. */
  readonly availability?: DeepReadonly<Availability> | undefined;
  /** The treatment area to plan for. */
  readonly area?: string | undefined;
  /** Message layer for the new plan's findings and reminders; none when omitted. */
  readonly messages?: Messages | undefined;
}

/** The stored inputs, with those the options give instead. @internal */
export function replanInputs(plan: DeepReadonly<TreatmentPlan>, options: ReplanOptions): PlanInputs {
  const inputs = copyData(plan.inputs) as PlanInputs;
  const keys = [
    "patient",
    "startOn",
    "completed",
    "booked",
    "lastMaintenanceOn",
    "sessionCount",
    "horizonDays",
    "availability",
    "area",
  ] as const;
  for (const key of keys) {
    const value = options[key];
    if (value !== undefined) (inputs as unknown as Record<string, unknown>)[key] = copyData(value);
  }
  return inputs;
}

/**
 * Makes a fresh plan from a stored one: for a new `today`, with new sessions done or booked, an
 * updated patient, or another protocol. The result is exactly what `planTreatment` gives on the
 * same inputs: the stored plan's inputs and protocol, with those the options give instead.
 *
 * This is how a stored plan is used on a later day: its sessions, statuses and reminders are those
 * of the day it was made for, and `replan` brings them to today (a session whose window closed
 * since becomes `overdue`). `planReminders` and `checkBooking` re-plan the same way when asked
 * about another day.
 *
 * @param plan - a plan made by `planTreatment` or `replan` (a stored plan: check unknown JSON with `parseTreatmentPlan`)
 * @param options - the new today, and any input that changed
 * @returns the new plan
 * @throws {@link PlannerError} `INVALID_INPUT` for a malformed plan or options
 *
 * @example
 * ```ts
 * import { planTreatment, replan } from "microneedling-planner";
 * const stored = JSON.parse(JSON.stringify(planTreatment(
 *   { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", goodmanGrade: 3 }] },
 *   { today: "2026-11-24", completed: ["2026-11-24"] },
 * )));
 * const later = replan(stored, { today: "2027-01-20" });
 * later.sessions.map((s) => [s.number, s.status]);
 * //=> [[1, "done"], [2, "overdue"], [3, "upcoming"], [4, "upcoming"]]
 * const booked = replan(stored, { today: "2026-12-01", booked: [{ session: 2, on: "2026-12-22", time: "10:30" }] });
 * booked.reminders[0];
 * //=> { kind: "appointment", remindOn: "2026-12-15", dueOn: "2026-12-22", session: 2, time: "10:30" }
 * ```
 * @category Planning
 */
export function replan(plan: DeepReadonly<TreatmentPlan>, options: ReplanOptions): TreatmentPlan {
  assertValid(
    "INVALID_INPUT",
    [
      [TREATMENT_PLAN, plan, "plan"],
      [REPLAN_OPTIONS, options, "options"],
    ],
    defaultProtocol,
  );
  return replanUnchecked(plan, options);
}

/** {@link replan} on checked input. @internal */
export function replanUnchecked(plan: DeepReadonly<TreatmentPlan>, options: ReplanOptions): TreatmentPlan {
  const protocol = options.protocol ?? (plan.protocol as Protocol);
  return planTreatmentUnchecked(replanInputs(plan, options), options.today, protocol, options.messages);
}
