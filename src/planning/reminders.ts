/**
 * The reminders of a plan: from its sessions (booking, appointments, care and photos), result
 * checks, maintenance and deferral review.
 *
 * @module
 * @internal
 */

import { laterOf, plusDays } from "../_lib/iso-date.js";
import type { PreCare } from "../catalogues/factors.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Messages } from "../models/messages.js";
import type { PreCareReminder, Reminder, SessionReminder, TreatmentPlan } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import { REMINDER_KINDS } from "../models/values.js";

/** The default reminder horizon, in days. @internal */
export const DEFAULT_HORIZON_DAYS = 90;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What reminders are made from. @internal */
export type ReminderSource = DeepReadonly<
  Pick<TreatmentPlan, "sessions" | "maintenance" | "resultCheckOn" | "finalResultCheckOn">
> & {
  /** When to review a deferral with no end date, if there is one. */
  readonly reviewDeferralOn?: IsoDate | undefined;
  /** The care steps before each session that the patient's factors ask for. */
  readonly preCare: readonly CareStep[];
};

/** A care step before each session, until the day the factor that asks for it ends. @internal */
export interface CareStep {
  readonly step: PreCare;
  /** The factor ends on this day: no step for a session whose care would start on or after it. */
  until?: IsoDate | undefined;
}

/** How many days before a session each care step starts, by the protocol setting that times it. */
const PRE_CARE_DAYS = Object.freeze({
  "stop-retinoids": "retinoidStopDays",
  "antiviral-prophylaxis": "antiviralLeadDays",
} as const);

/**
 * The reminders that fall between `today` and `today + horizonDays`, sorted by date, none before
 * today (one whose lead has already started is given for today):
 * - for each session still ahead: `book-session` (`reminderLeadDays` before it is due),
 *   `session-overdue` (today) or `appointment` (before a booked day, with its time); `pre-care`
 *   steps the patient's factors ask for; `photo` and `post-care` on its day;
 * - `result-check` (first and final) with a `photo`, `maintenance-due` (before maintenance is due,
 *   or today while its window is open) and `deferral-review`.
 * @internal
 */
export function planRemindersUnchecked(
  plan: ReminderSource,
  today: IsoDate,
  horizonDays: number,
  protocol: Protocol,
  messages: Messages | undefined,
): Reminder[] {
  const horizon = plusDays(today, horizonDays);
  const lead = protocol.reminderLeadDays;
  // Stryker disable next-line ArrayDeclaration: an entry with no remindOn is dropped by the horizon filter (undefined <= horizon is false)
  const reminders: Reminder[] = [];
  const ahead = (dueOn: IsoDate, days = lead): IsoDate => laterOf(today, plusDays(dueOn, -days));

  const { sessions } = plan;
  for (let index = 0; index < sessions.length; index++) {
    const session = sessions[index] as (typeof sessions)[number];
    // No session ahead has a closed window: planSessions makes the next one overdue, its window
    // moved to start today, and the ones after it count from a day on or after today.
    if (session.status === "done") continue;
    const { number } = session;
    const day = session.due; // a booked session is due on its booked day
    if (session.status === "overdue") {
      reminders.push({ kind: "session-overdue", remindOn: today, dueOn: day, session: number });
    } else if (session.status === "booked") {
      const reminder: SessionReminder = { kind: "appointment", remindOn: ahead(day), dueOn: day, session: number };
      if (session.time !== undefined) reminder.time = session.time;
      reminders.push(reminder);
    } else {
      reminders.push({ kind: "book-session", remindOn: ahead(day), dueOn: day, session: number });
    }
    for (const { step, until } of plan.preCare) {
      const startsOn = plusDays(day, -protocol[PRE_CARE_DAYS[step]]);
      // Stryker disable next-line ConditionalExpression: with no end, startsOn >= undefined is false for every date
      if (until !== undefined && startsOn >= until) continue;
      const reminder: PreCareReminder = {
        kind: "pre-care",
        remindOn: laterOf(today, startsOn),
        dueOn: day,
        session: number,
        step,
      };
      reminders.push(reminder);
    }
    const checkpoint = number === 1 ? "baseline" : "session";
    reminders.push({ kind: "photo", remindOn: day, dueOn: day, checkpoint, session: number });
    reminders.push({ kind: "post-care", remindOn: day, dueOn: day, session: number });
  }
  const checks = [
    ["first", plan.resultCheckOn],
    ["final", plan.finalResultCheckOn],
  ] as const;
  for (const [check, on] of checks) {
    // A final check on the first check's day (equal months) is one check: the final one.
    if (on === undefined || on < today || (check === "first" && on === plan.finalResultCheckOn)) continue;
    reminders.push({ kind: "result-check", remindOn: ahead(on), dueOn: on, check });
    reminders.push({ kind: "photo", remindOn: on, dueOn: on, checkpoint: "result-check" });
  }
  if (plan.maintenance !== undefined && plan.maintenance.latest >= today) {
    reminders.push({ kind: "maintenance-due", remindOn: ahead(plan.maintenance.due), dueOn: plan.maintenance.due });
  }
  // Stryker disable next-line ConditionalExpression: a reminder on an undefined day is dropped by the horizon filter (undefined <= horizon is false)
  if (plan.reviewDeferralOn !== undefined) {
    reminders.push({ kind: "deferral-review", remindOn: plan.reviewDeferralOn, dueOn: plan.reviewDeferralOn });
  }
  const kept = reminders
    .filter((reminder) => reminder.remindOn <= horizon)
    .sort(
      (a, b) =>
        byText(a.remindOn, b.remindOn) ||
        byText(a.dueOn, b.dueOn) ||
        REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind) ||
        ("session" in a ? (a.session ?? 0) : 0) - ("session" in b ? (b.session ?? 0) : 0),
    );
  if (messages !== undefined) for (const reminder of kept) reminder.message = messages.reminder(reminder);
  return kept;
}
