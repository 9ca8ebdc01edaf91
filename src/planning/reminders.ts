/**
 * The reminders of a plan, from its sessions, result check, maintenance and deferral review.
 *
 * @module
 * @internal
 */
import { laterOf, plusDays } from "../_lib/iso-date.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Messages } from "../models/messages.js";
import type { Reminder, SessionReminder, TreatmentPlan } from "../models/plan.js";
import type { DeepReadonly } from "../models/readonly.js";
import { REMINDER_KINDS } from "../models/values.js";

/** The default reminder horizon, in days. @internal */
export const DEFAULT_HORIZON_DAYS = 90;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What reminders are made from. @internal */
export type ReminderSource = DeepReadonly<Pick<TreatmentPlan, "sessions" | "maintenance" | "resultCheckOn">> & {
  /** When to review a deferral with no end date, if there is one. */
  readonly reviewDeferralOn?: IsoDate | undefined;
};

/**
 * The reminders that fall between `today` and `today + horizonDays`, sorted by date:
 * `book-session` for each session still ahead (`lead` days before it is due), `session-overdue`
 * for an overdue one (today), `appointment` for a booked one (`lead` days before, with its time),
 * `result-check`, `maintenance-due` (before maintenance is due, or today while its window is still
 * open) and `deferral-review`. A reminder whose lead time has already started is given for today:
 * no reminder falls before today.
 * @internal
 */
export function planRemindersUnchecked(
  plan: ReminderSource,
  today: IsoDate,
  horizonDays: number,
  lead: number,
  messages: Messages | undefined,
): Reminder[] {
  const horizon = plusDays(today, horizonDays);
  const reminders: Reminder[] = [];
  const ahead = (dueOn: IsoDate): IsoDate => laterOf(today, plusDays(dueOn, -lead));

  const { sessions } = plan;
  for (let index = 0; index < sessions.length; index++) {
    const session = sessions[index] as (typeof sessions)[number];
    if (session.status === "overdue") {
      reminders.push({ kind: "session-overdue", remindOn: today, dueOn: session.due, session: session.number });
    } else if (session.status === "booked") {
      const reminder: SessionReminder = {
        kind: "appointment",
        remindOn: ahead(session.bookedOn),
        dueOn: session.bookedOn,
        session: session.number,
      };
      if (session.time !== undefined) reminder.time = session.time;
      reminders.push(reminder);
    } else if (session.status !== "done" && session.latest >= today) {
      reminders.push({
        kind: "book-session",
        remindOn: ahead(session.due),
        dueOn: session.due,
        session: session.number,
      });
    }
  }
  if (plan.resultCheckOn !== undefined && plan.resultCheckOn >= today) {
    reminders.push({ kind: "result-check", remindOn: ahead(plan.resultCheckOn), dueOn: plan.resultCheckOn });
  }
  if (plan.maintenance !== undefined && plan.maintenance.latest >= today) {
    reminders.push({ kind: "maintenance-due", remindOn: ahead(plan.maintenance.due), dueOn: plan.maintenance.due });
  }
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
        ("session" in a ? a.session : 0) - ("session" in b ? b.session : 0),
    );
  if (messages !== undefined) for (const reminder of kept) reminder.message = messages.reminder(reminder);
  return kept;
}
