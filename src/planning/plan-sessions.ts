import { firstOpenDay, openDays } from "../_lib/availability.js";
import { checkAvailability, checkCompleted } from "../_lib/check-plan-input.js";
import { resolveProtocol } from "../_lib/check-protocol.js";
import { assertValid, integer, isoDate, optional, shape } from "../_lib/guards.js";
import { daysBetween, laterOf, plusWeeks } from "../_lib/iso-date.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Availability, SessionFlag, SessionWindow } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";

/**
 * Input of {@link planSessions}.
 *
 * @category Planning
 */
export interface SessionPlanInput {
  /** Number of sessions in the course (1-20), usually the estimate's `typical`. */
  readonly sessionCount: number;
  /** When session 1's window opens. */
  readonly startOn: IsoDate;
  /** Dates of the sessions done so far, in the order they were done. */
  readonly completed?: readonly IsoDate[] | undefined;
  /** The date to plan for. */
  readonly today: IsoDate;
  /** No pending session before this date (the end of a deferral); flagged `deferred`. */
  readonly notBefore?: IsoDate | undefined;
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
  /** When the clinic is open; every day when omitted. */
  readonly availability?: DeepReadonly<Availability> | undefined;
}

const checkInput = shape({
  sessionCount: integer(1, 20),
  startOn: isoDate,
  completed: optional(checkCompleted),
  today: isoDate,
  notBefore: optional(isoDate),
  availability: optional(checkAvailability),
});

const flag = (code: SessionFlag["code"], params: SessionFlag["params"] = {}): SessionFlag => ({ code, params });

/**
 * Plans the session windows of a course, from what was done and what is still ahead.
 *
 * Session 1 opens on `startOn` and stays open for `maxWeeks - minWeeks` weeks. Each later
 * window opens `minWeeks` (default 4) and closes `maxWeeks` (default 6) after the date the
 * previous session was actually done or, while it is still ahead, after its planned `due` date
 * (ARTICLE-2021 A6). `due` is the first open clinic day in the window, and never before today.
 *
 * A session whose window closed before `today` without being done is `overdue`: it is
 * re-planned from `today` (reschedule, never restart; nothing is published on restarting,
 * evidence.md 5.6) and flagged `late`; when more than `reassessAfterWeeks` (default 12) have
 * passed since the last session it is also flagged `reassess`. Completed dates that are out of
 * order, in the future, or closer than `minWeeks` are flagged, not rejected or reordered; the
 * next session then counts from the most recent session done.
 *
 * @param input - the course so far and the planning date
 * @returns one window per session, done sessions first
 * @throws {@link PlannerError} `INVALID_INPUT` for malformed input, `INVALID_PROTOCOL` for a bad protocol
 *
 * @example
 * ```ts
 * import { planSessions } from "microneedling-planner";
 * const windows = planSessions({
 *   sessionCount: 3,
 *   startOn: "2026-09-01",
 *   completed: ["2026-09-01"],
 *   today: "2026-11-24",
 * });
 * windows.map((w) => [w.number, w.status, w.earliest, w.due, w.latest]);
 * //=> [[1, "done", "2026-09-01", "2026-09-01", "2026-09-15"], [2, "overdue", "2026-11-24", "2026-11-24", "2026-12-08"], [3, "upcoming", "2026-12-22", "2026-12-22", "2027-01-05"]]
 * windows[1]?.flags;
 * //=> [{ code: "late", params: { daysLate: 42, windowClosedOn: "2026-10-13" } }]
 * ```
 * @category Planning
 */
export function planSessions(input: SessionPlanInput): SessionWindow[] {
  assertValid(checkInput, input, "input");
  return sessionsOf(input, resolveProtocol(input.protocol, "input.protocol"));
}

/** {@link planSessions} on checked input. @internal */
export function sessionsOf(input: SessionPlanInput, protocol: Protocol): SessionWindow[] {
  const { minWeeks, maxWeeks } = protocol.interval;
  const widthWeeks = maxWeeks - minWeeks;
  const isOpen = openDays(input.availability);
  const completed = input.completed ?? [];
  const { today } = input;
  const count = Math.max(input.sessionCount, completed.length);

  const windows: SessionWindow[] = [];
  let previous: IsoDate | undefined; // date of the previous session: done, or planned due
  let lastDone: IsoDate | undefined; // the most recent session done (not the last one listed)
  for (let index = 0; index < count; index++) {
    const number = index + 1;
    let earliest = previous === undefined ? input.startOn : plusWeeks(previous, minWeeks);
    let latest = previous === undefined ? plusWeeks(input.startOn, widthWeeks) : plusWeeks(previous, maxWeeks);
    const doneOn = completed[index];
    const flags: SessionFlag[] = [];

    if (doneOn !== undefined) {
      if (lastDone !== undefined && doneOn < lastDone) flags.push(flag("out-of-order", { previous: lastDone }));
      else if (lastDone !== undefined && daysBetween(lastDone, doneOn) < minWeeks * 7) {
        flags.push(flag("too-soon", { days: daysBetween(lastDone, doneOn), minimumDays: minWeeks * 7 }));
      }
      if (doneOn > today) flags.push(flag("in-future"));
      if (number > input.sessionCount) flags.push(flag("beyond-estimate", { planned: input.sessionCount }));
      const due = firstOpenDay(earliest, latest, isOpen) ?? earliest;
      windows.push({ number, earliest, due, latest, status: "done", doneOn, flags });
      previous = doneOn;
      lastDone = laterOf(lastDone ?? doneOn, doneOn);
      continue;
    }

    let status: SessionWindow["status"] = "upcoming";
    if (index === completed.length && lastDone !== undefined && lastDone !== previous) {
      // Completed dates out of order: the next session counts from the most recent one.
      earliest = plusWeeks(lastDone, minWeeks);
      latest = plusWeeks(lastDone, maxWeeks);
    }
    if (index === completed.length) {
      // The next session: the only one that can be due or overdue.
      if (input.notBefore !== undefined && earliest < input.notBefore) {
        earliest = input.notBefore;
        latest = laterOf(latest, plusWeeks(input.notBefore, widthWeeks));
        flags.push(flag("deferred", { until: input.notBefore }));
      }
      if (latest < today) {
        flags.push(flag("late", { daysLate: daysBetween(latest, today), windowClosedOn: latest }));
        if (lastDone !== undefined && daysBetween(lastDone, today) > protocol.reassessAfterWeeks * 7) {
          flags.push(
            flag("reassess", {
              daysSinceLastSession: daysBetween(lastDone, today),
              thresholdWeeks: protocol.reassessAfterWeeks,
            }),
          );
        }
        earliest = today;
        latest = plusWeeks(today, widthWeeks);
        status = "overdue";
      } else if (earliest <= today) {
        status = "due";
      }
    }
    const from = laterOf(earliest, today);
    let due = from <= latest ? firstOpenDay(from, latest, isOpen) : undefined;
    if (due === undefined) {
      flags.push(flag("no-open-day"));
      due = from <= latest ? from : earliest;
    }
    windows.push({ number, earliest, due, latest, status, flags });
    previous = due;
  }
  return windows;
}
