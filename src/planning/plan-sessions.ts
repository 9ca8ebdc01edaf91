import { firstOpenDay, openDays } from "../_lib/availability.js";
import { daysBetween, laterOf, plusWeeks } from "../_lib/iso-date.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Availability, Booking, PendingSession, SessionFlag, SessionWindow } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { COURSE, PLAN_SESSIONS_OPTIONS } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";

/**
 * A course as {@link planSessions} plans it: how many sessions, when it starts, what was done.
 *
 * @category Planning
 */
export interface Course {
  /** Number of sessions in the course (1-20), usually the estimate's `typical`. */
  readonly sessionCount: number;
  /** When session 1's window opens. */
  readonly startOn: IsoDate;
  /** Dates of the sessions done so far, in the order they were done (at most 50). */
  readonly completed?: readonly IsoDate[] | undefined;
  /** Appointments made (at most one per session). */
  readonly booked?: readonly DeepReadonly<Booking>[] | undefined;
}

/**
 * Options of {@link planSessions}.
 *
 * @category Planning
 */
export interface PlanSessionsOptions {
  /** The date to plan for. */
  readonly today: IsoDate;
  /** No pending session before this date (the end of a deferral); flagged `deferred`. */
  readonly notBefore?: IsoDate | undefined;
  /** When the clinic is open; every day when omitted. */
  readonly availability?: DeepReadonly<Availability> | undefined;
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
}

/**
 * Plans the session windows of a course, from what was done and what is still ahead.
 *
 * Session 1 opens on `startOn` and stays open for `maxWeeks - minWeeks` weeks (a
 * PLANNER-DECISION: nothing is published on it). Each later
 * window opens `minWeeks` (default 4) and closes `maxWeeks` (default 6) after the date the
 * previous session was actually done or, while it is still ahead, after its planned `due` date
 * (ARTICLE-2021 A6). `due` is the first open clinic day in the window, and never before today.
 *
 * A session whose window closed before `today` without being done is `overdue`: it is
 * re-planned from `today` (reschedule, never restart; nothing is published on restarting,
 * evidence.md 5.6) and flagged `late`. Whatever the cause of a long gap (a missed window, a late
 * booking, a deferral), the next session is flagged `reassess` when it falls more than
 * `reassessAfterWeeks` (default 12, a PLANNER-DECISION) after the last session done: re-grade the
 * scars first. Completed dates that are out of
 * order, in the future, or closer than `minWeeks` are flagged, not rejected or reordered; the
 * next session then counts from the most recent session done.
 *
 * Every session ahead waits for `notBefore` (flagged `deferred`), even one that follows a session
 * booked before it. A session booked for today or later is `booked`: its `due` is the booked day and the next
 * window counts from it. A booking outside the window is flagged as a session done outside it
 * would be (`too-soon`, `late`, `reassess`), and one on a day the clinic is closed `closed-day`.
 * A booking for a day before today that is not recorded as done is flagged `missed-booking`, and
 * the session is planned again as if it had not been booked. Sessions booked beyond the planned
 * count are added, and every session beyond it is flagged `beyond-estimate`, as sessions done
 * beyond it are. A booking earlier than the session before it is flagged `out-of-order`, and the
 * next session counts from the later of the two.
 *
 * @param course - the session count, the start, the sessions done and the appointments made
 * @param options - the date to plan for, and optionally a deferral's end, availability and protocol
 * @returns one window per session, done sessions first
 * @throws {@link PlannerError} `INVALID_INPUT` for malformed input (a bad protocol option included)
 *
 * @example
 * ```ts
 * import { planSessions } from "microneedling-planner";
 * const windows = planSessions(
 *   { sessionCount: 3, startOn: "2026-09-01", completed: ["2026-09-01"] },
 *   { today: "2026-11-24" },
 * );
 * windows.map((w) => [w.number, w.status, w.earliest, w.due, w.latest]);
 * //=> [[1, "done", "2026-09-01", "2026-09-01", "2026-09-15"], [2, "overdue", "2026-11-24", "2026-11-24", "2026-12-08"], [3, "upcoming", "2026-12-22", "2026-12-22", "2027-01-05"]]
 * windows[1]?.flags;
 * //=> [{ code: "late", params: { daysLate: 42, windowClosedOn: "2026-10-13" } }]
 * ```
 * @category Planning
 */
export function planSessions(course: Course, options: PlanSessionsOptions): SessionWindow[] {
  assertValid(
    "INVALID_INPUT",
    [
      [COURSE, course, "course"],
      [PLAN_SESSIONS_OPTIONS, options, "options"],
    ],
    defaultProtocol,
  );
  return planSessionsUnchecked(course, options, options.protocol ?? defaultProtocol);
}

/** {@link planSessions} on checked input. @internal */
export function planSessionsUnchecked(
  course: Course,
  options: Omit<PlanSessionsOptions, "protocol">,
  protocol: Protocol,
): SessionWindow[] {
  const { minWeeks, maxWeeks } = protocol.interval;
  // Every window, the first included, is maxWeeks - minWeeks wide (ARTICLE-2021's 4-6 weeks); no
  // source gives a first session's window, so its width is a planner decision (PLANNER-DECISION).
  const widthWeeks = maxWeeks - minWeeks;
  const isOpen = openDays(options.availability);
  const completed = course.completed ?? [];
  const booked = new Map<number, DeepReadonly<Booking>>();
  const bookings = course.booked ?? [];
  // A booking of a session already done is never read: done sessions are planned from `completed`.
  for (let index = 0; index < bookings.length; index++) {
    const booking = bookings[index] as DeepReadonly<Booking>;
    booked.set(booking.session, booking);
  }
  const { today, notBefore } = options;
  const count = Math.max(course.sessionCount, completed.length, ...booked.keys());

  const windows: SessionWindow[] = [];
  let previous: IsoDate | undefined; // date of the previous session: done, booked, or planned due
  let lastDone: IsoDate | undefined; // the most recent session done (not the last one listed)
  for (let index = 0; index < count; index++) {
    const number = index + 1;
    let earliest = previous === undefined ? course.startOn : plusWeeks(previous, minWeeks);
    let latest = previous === undefined ? plusWeeks(course.startOn, widthWeeks) : plusWeeks(previous, maxWeeks);
    const doneOn = completed[index];
    const flags: SessionFlag[] = [];
    /**
     * Re-grade before the next session when it falls long after the last one done, whatever the
     * cause of the gap: a late booking, a missed window, a deferral (CLINICAL-REVIEW-2026 9.1).
     */
    const reassess = (day: IsoDate): void => {
      if (lastDone === undefined || daysBetween(lastDone, day) <= protocol.reassessAfterWeeks * 7) return;
      const params = { daysSinceLastSession: daysBetween(lastDone, day), thresholdWeeks: protocol.reassessAfterWeeks };
      flags.push({ code: "reassess", params });
    };
    const beyondEstimate = (): void => {
      if (number > course.sessionCount)
        flags.push({ code: "beyond-estimate", params: { planned: course.sessionCount } });
    };

    if (doneOn !== undefined) {
      if (lastDone !== undefined) {
        if (doneOn < lastDone) flags.push({ code: "out-of-order", params: { previous: lastDone } });
        else if (daysBetween(lastDone, doneOn) < minWeeks * 7) {
          flags.push({ code: "too-soon", params: { days: daysBetween(lastDone, doneOn), minimumDays: minWeeks * 7 } });
        }
      }
      if (doneOn > today) flags.push({ code: "in-future", params: {} });
      beyondEstimate();
      const due = firstOpenDay(earliest, latest, isOpen) ?? earliest;
      windows.push({ number, earliest, due, latest, status: "done", doneOn, flags });
      previous = doneOn;
      lastDone = laterOf(lastDone ?? doneOn, doneOn);
      continue;
    }

    if (index === completed.length && lastDone !== undefined) {
      // The next session counts from the most recent session done (not the last listed, when out of order).
      earliest = plusWeeks(lastDone, minWeeks);
      latest = plusWeeks(lastDone, maxWeeks);
    }
    if (
      // Stryker disable next-line ConditionalExpression: with notBefore undefined, earliest < notBefore is false anyway
      notBefore !== undefined &&
      earliest < notBefore
    ) {
      // No session ahead before the end of a deferral, even after one booked inside it.
      earliest = notBefore;
      latest = laterOf(latest, plusWeeks(notBefore, widthWeeks));
      flags.push({ code: "deferred", params: { until: notBefore } });
    }

    const booking = booked.get(number);
    if (booking !== undefined && booking.on >= today) {
      const on = booking.on;
      // The session it follows: the last one done, for the next session; else the one before.
      const anchor = index === completed.length ? lastDone : previous;
      if (anchor !== undefined) {
        if (on < anchor) flags.push({ code: "out-of-order", params: { previous: anchor } });
        else if (daysBetween(anchor, on) < minWeeks * 7) {
          flags.push({ code: "too-soon", params: { days: daysBetween(anchor, on), minimumDays: minWeeks * 7 } });
        }
      }
      if (on > latest) {
        flags.push({ code: "late", params: { daysLate: daysBetween(latest, on), windowClosedOn: latest } });
      }
      if (index === completed.length) reassess(on);
      if (!isOpen(on)) flags.push({ code: "closed-day", params: { on } });
      beyondEstimate();
      const session: SessionWindow = { number, earliest, due: on, latest, status: "booked", bookedOn: on, flags };
      if (booking.time !== undefined) session.time = booking.time;
      windows.push(session);
      // Booked out of order: the next session still counts from the later of the two.
      previous = laterOf(anchor ?? on, on);
      continue;
    }
    if (booking !== undefined) flags.push({ code: "missed-booking", params: { on: booking.on } });

    // Only the next session can be due or overdue: every later one follows a session that is
    // booked or due on today or later, so its window opens at least minWeeks (1 or more) after today.
    let status: PendingSession["status"] = "upcoming";
    if (latest < today) {
      flags.push({ code: "late", params: { daysLate: daysBetween(latest, today), windowClosedOn: latest } });
      earliest = today;
      latest = plusWeeks(today, widthWeeks);
      status = "overdue";
    } else if (earliest <= today) {
      status = "due";
    }
    // From here latest >= today (re-planned above when it was not) and earliest <= latest, so
    // from <= latest: the window always has a first day from today.
    const from = laterOf(earliest, today);
    let due = firstOpenDay(from, latest, isOpen);
    if (index === completed.length) reassess(due ?? from);
    if (due === undefined) {
      flags.push({ code: "no-open-day", params: {} });
      due = from;
    }
    beyondEstimate();
    windows.push({ number, earliest, due, latest, status, flags });
    previous = due;
  }
  return windows;
}
