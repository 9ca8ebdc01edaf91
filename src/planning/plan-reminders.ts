import type { IsoDate } from "../models/iso-date.js";
import type { Messages } from "../models/messages.js";
import type { Reminder, TreatmentPlan } from "../models/plan.js";
import type { DeepReadonly } from "../models/readonly.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { PLAN_REMINDERS_OPTIONS, TREATMENT_PLAN } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";
import { replanUnchecked } from "./replan.js";

/**
 * Options of {@link planReminders}.
 *
 * @category Planning
 */
export interface PlanRemindersOptions {
  /** The date to remind from: usually the day a nightly job runs. */
  readonly today: IsoDate;
  /** How many days ahead to look (0-3660); the plan's own horizon when omitted. */
  readonly horizonDays?: number | undefined;
  /** Message layer that writes each reminder's `message` (for example `englishMessages` from `microneedling-planner/messages`); reminders carry no `message` when omitted. */
  readonly messages?: Messages | undefined;
}

/**
 * The reminders of a stored plan for a given day, as a nightly reminder job needs them. The plan
 * is re-planned for `today` first (as {@link replan} does): a stored plan's own `reminders` are
 * those of the day it was made, and a session whose window has closed since must be chased as
 * overdue, not offered for booking. Reminders are sorted by date: `book-session` (the protocol's
 * `reminderLeadDays` before a session is due), `session-overdue` (today), `appointment` (before a
 * booked session), `result-check`, `maintenance-due` and `deferral-review`; none falls before today.
 *
 * @param plan - a plan made by `planTreatment` or `replan` (stored plans: check unknown JSON with `parseTreatmentPlan`)
 * @param options - today, and optionally the horizon and a message layer
 * @returns reminders sorted by `remindOn`, then `dueOn`
 * @throws {@link PlannerError} `INVALID_INPUT` for a malformed plan or options
 *
 * @example
 * ```ts
 * import { planReminders, planTreatment } from "microneedling-planner";
 * const plan = planTreatment(
 *   { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", goodmanGrade: 3 }] },
 *   { today: "2026-11-24", completed: ["2026-11-24"] },
 * );
 * planReminders(plan, { today: "2027-01-20", horizonDays: 7 }).map((r) => [r.kind, r.remindOn, r.dueOn]);
 * //=> [["session-overdue", "2027-01-20", "2027-01-20"], ["photo", "2027-01-20", "2027-01-20"], ["post-care", "2027-01-20", "2027-01-20"]]
 * ```
 * @category Planning
 */
export function planReminders(plan: DeepReadonly<TreatmentPlan>, options: PlanRemindersOptions): Reminder[] {
  assertValid(
    "INVALID_INPUT",
    [
      [TREATMENT_PLAN, plan, "plan"],
      [PLAN_REMINDERS_OPTIONS, options, "options"],
    ],
    defaultProtocol,
  );
  return replanUnchecked(plan, options).reminders;
}
