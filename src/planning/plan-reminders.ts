import { laterOf, plusDays } from "../_lib/iso-date.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Messages } from "../models/messages.js";
import type { Reminder, TreatmentPlan } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import { REMINDER_KINDS } from "../models/values.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { PLAN_REMINDERS_OPTIONS, TREATMENT_PLAN } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";

/**
 * Options of {@link planReminders}.
 *
 * @category Planning
 */
export interface PlanRemindersOptions {
  /** The date to remind from. */
  readonly today: IsoDate;
  /** How many days ahead to look (0-3660); 90 when omitted. */
  readonly horizonDays?: number | undefined;
  /** Days before a due date to remind (0-90); the protocol's `reminderLeadDays` (default 7) when omitted. */
  readonly leadDays?: number | undefined;
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
  /** Message layer that writes each reminder's `message` (for example `englishMessages` from `microneedling-planner/messages`); reminders carry no `message` when omitted. */
  readonly messages?: Messages | undefined;
}

/** The default reminder horizon, in days. @internal */
export const DEFAULT_HORIZON_DAYS = 90;

/**
 * The reminders of a plan that fall between `today` and `today + horizonDays`, sorted by date:
 * `book-session` for each session still ahead (`leadDays` before it is due), `session-overdue`
 * for an overdue one (today), `result-check` (the plan's `resultCheckOn`, by default 3 months
 * after the last session: evidence.md 5.4) and `maintenance-due` (before maintenance is due, or
 * today while its window is still open). A reminder whose lead time has already started is
 * given for today.
 *
 * @param plan - a treatment plan (from `planTreatment`)
 * @param options - today, and optionally the horizon, lead days, protocol and message layer
 * @returns reminders sorted by `remindOn`, then `dueOn`
 * @throws {@link PlannerError} `INVALID_INPUT` for a malformed plan or options
 *
 * @example
 * ```ts
 * import { planReminders, planTreatment } from "microneedling-planner";
 * const plan = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "2026-11-24", startOn: "2026-12-01" });
 * planReminders(plan, { today: "2026-11-24", horizonDays: 40 }).map((r) => [r.kind, r.remindOn, r.dueOn]);
 * //=> [["book-session", "2026-11-24", "2026-12-01"], ["book-session", "2026-12-22", "2026-12-29"]]
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
  const protocol = options.protocol ?? defaultProtocol;
  return planRemindersUnchecked(
    plan,
    options.today,
    options.horizonDays ?? DEFAULT_HORIZON_DAYS,
    options.leadDays ?? protocol.reminderLeadDays,
    options.messages,
  );
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The parts of a plan reminders are made from. @internal */
export type ReminderSource = DeepReadonly<Pick<TreatmentPlan, "sessions" | "maintenance" | "resultCheckOn">>;

/** {@link planReminders} on checked input. @internal */
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
