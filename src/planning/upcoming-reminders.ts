import { resolveProtocol } from "../_lib/check-protocol.js";
import {
  arrayOf,
  assertValid,
  integer,
  isoDate,
  messageLayer,
  oneOf,
  optional,
  resultDate,
  shape,
} from "../_lib/guards.js";
import { laterOf, plusDays } from "../_lib/iso-date.js";
import type { Messages, ReminderDraft } from "../messages/message-layer.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Reminder, TreatmentPlan } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import { REMINDER_KINDS, SESSION_STATUSES } from "../models/values.js";

/**
 * Options of {@link upcomingReminders}.
 *
 * @category Planning
 */
export interface ReminderOptions {
  /** The date to remind from. */
  readonly today: IsoDate;
  /** How many days ahead to look (0-3660). */
  readonly horizonDays: number;
  /** Days before a due date to remind; the protocol's `reminderLeadDays` (default 7) when omitted. */
  readonly leadDays?: number | undefined;
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
  /** Message layer that writes each reminder's `message` (for example `englishMessages` from `microneedling-planner/messages`); reminders carry no `message` when omitted. */
  readonly messages?: Messages | undefined;
}

/**
 * The parts of a plan reminders are made from.
 *
 * @category Planning
 */
export type ReminderSource = DeepReadonly<
  Pick<TreatmentPlan, "sessions"> & Partial<Pick<TreatmentPlan, "maintenance" | "resultCheckOn">>
>;

const checkPlan = shape({
  sessions: arrayOf(
    shape({ number: integer(1, 1000), due: resultDate, latest: resultDate, status: oneOf(SESSION_STATUSES) }),
    1000,
  ),
  maintenance: optional(shape({ due: resultDate, latest: resultDate })),
  resultCheckOn: optional(resultDate),
});
const checkOptions = shape({
  today: isoDate,
  horizonDays: integer(0, 3660),
  leadDays: optional(integer(0, 365)),
  messages: messageLayer,
});

/**
 * The reminders that fall between `today` and `today + horizonDays`, sorted by date:
 * `book-session` for each session still ahead (`leadDays` before it is due), `session-overdue`
 * for an overdue one (today), `result-check` (the plan's `resultCheckOn`, by default 3 months
 * after the last session: evidence.md 5.4) and `maintenance-due` (before maintenance is due, or
 * today while its window is still open). A reminder whose lead time has already started is
 * given for today.
 *
 * @param plan - a treatment plan (or its sessions, maintenance and result check)
 * @param options - today, the horizon, and optionally lead days, protocol and message layer
 * @returns reminders sorted by `remindOn`, then `dueOn`
 * @throws {@link PlannerError} `INVALID_INPUT` for a malformed plan or options
 *
 * @example
 * ```ts
 * import { planSessions, upcomingReminders } from "microneedling-planner";
 * const sessions = planSessions({ sessionCount: 3, startOn: "2026-12-01", today: "2026-11-24" });
 * upcomingReminders({ sessions }, { today: "2026-11-24", horizonDays: 40 }).map((r) => [r.kind, r.remindOn, r.dueOn, r.session]);
 * //=> [["book-session", "2026-11-24", "2026-12-01", 1], ["book-session", "2026-12-22", "2026-12-29", 2]]
 * ```
 * @category Planning
 */
export function upcomingReminders(plan: ReminderSource, options: ReminderOptions): Reminder[] {
  assertValid(checkPlan, plan, "plan");
  assertValid(checkOptions, options, "options");
  const protocol = resolveProtocol(options.protocol);
  return remindersOf(
    plan,
    options.today,
    options.horizonDays,
    options.leadDays ?? protocol.reminderLeadDays,
    options.messages,
  );
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** {@link upcomingReminders} on checked input. @internal */
export function remindersOf(
  plan: ReminderSource,
  today: IsoDate,
  horizonDays: number,
  lead: number,
  messages: Messages | undefined,
): Reminder[] {
  const horizon = plusDays(today, horizonDays);
  // Stryker disable next-line ArrayDeclaration: an entry without remindOn is always filtered out by the horizon
  const drafts: ReminderDraft[] = [];
  const ahead = (dueOn: IsoDate): IsoDate => laterOf(today, plusDays(dueOn, -lead));

  for (const session of plan.sessions) {
    if (session.status === "overdue") {
      drafts.push({ kind: "session-overdue", remindOn: today, dueOn: session.due, session: session.number });
    } else if (session.status !== "done" && session.latest >= today) {
      drafts.push({ kind: "book-session", remindOn: ahead(session.due), dueOn: session.due, session: session.number });
    }
  }
  if (plan.resultCheckOn !== undefined && plan.resultCheckOn >= today) {
    drafts.push({ kind: "result-check", remindOn: ahead(plan.resultCheckOn), dueOn: plan.resultCheckOn });
  }
  if (plan.maintenance !== undefined && plan.maintenance.latest >= today) {
    drafts.push({ kind: "maintenance-due", remindOn: ahead(plan.maintenance.due), dueOn: plan.maintenance.due });
  }
  return drafts
    .filter((draft) => draft.remindOn <= horizon)
    .sort(
      (a, b) =>
        byText(a.remindOn, b.remindOn) ||
        byText(a.dueOn, b.dueOn) ||
        REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind) ||
        (a.session ?? 0) - (b.session ?? 0),
    )
    .map((draft) => (messages === undefined ? draft : { ...draft, message: messages.reminder(draft) }));
}
