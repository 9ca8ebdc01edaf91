import { openDays } from "../_lib/availability.js";
import { daysBetween, laterOf, plusWeeks } from "../_lib/iso-date.js";
import { assessEligibilityUnchecked } from "../eligibility/assess-eligibility.js";
import type { BookingCheck, BookingReason } from "../models/booking.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Messages } from "../models/messages.js";
import type { TreatmentPlan } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { SourceId } from "../models/source-ids.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { CHECK_BOOKING_OPTIONS, TREATMENT_PLAN } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";
import { replanUnchecked } from "./replan.js";

/**
 * Options of {@link checkBooking}.
 *
 * @category Planning
 */
export interface CheckBookingOptions {
  /** The day proposed. */
  readonly on: IsoDate;
  /** The visit: the next session (the default while one is ahead) or maintenance. */
  readonly visit?: "session" | "maintenance" | undefined;
  /** The local time of day proposed, `HH:MM`. */
  readonly time?: string | undefined;
  /** The day the booking is made; the plan's `today` when omitted (another day re-plans first). */
  readonly today?: IsoDate | undefined;
  /** Message layer that writes each reason's `message`; none when omitted. */
  readonly messages?: Messages | undefined;
}

const INTERVAL_SOURCES: readonly SourceId[] = ["ARTICLE-2021", "HARRIS-2015"];

/**
 * A pure guard for a booking screen: may the next session (or the maintenance visit) of a plan be
 * booked on a day, and why not. Every reason has a stable code, typed parameters and sources; the
 * answer is `blocked` when any reason blocks, `allowed-with-warnings` when any warns, else `allowed`.
 *
 * - Blocks: a day before today (`in-past`); a day the clinic is closed (`clinic-closed`); a
 *   patient contraindicated or still deferred on that day (`not-eligible`: eligibility is assessed
 *   on the day proposed, so a deferral that ends before it does not block); a session earlier than
 *   the minimum interval after the last one done (`too-soon`, ARTICLE-2021 A6); a session when
 *   the course is complete (`course-complete`); maintenance when none is planned or before its
 *   window opens (`no-maintenance`, `maintenance-too-early`).
 * - Warns: a patient who needs clinician review (`needs-review`); a session after its window
 *   closes (`late`); a session long enough after the last one done that the scars should be
 *   re-graded, whatever the cause of the gap (`reassess`); a session when the estimate plans none,
 *   for macular scars only (`beyond-estimate`); maintenance after its window (`maintenance-late`)
 *   or while sessions are still ahead (`course-unfinished`).
 *
 * @param plan - a plan (from `planTreatment` or `replan`, or a stored one)
 * @param options - the day proposed, and optionally the visit, time, today and a message layer
 * @returns the answer, its reasons, and eligibility on the day proposed
 * @throws {@link PlannerError} `INVALID_INPUT` for a malformed plan or options
 *
 * @example
 * ```ts
 * import { checkBooking, planTreatment } from "microneedling-planner";
 * const plan = planTreatment(
 *   { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", goodmanGrade: 3 }] },
 *   { today: "2026-11-24", completed: ["2026-11-24"], availability: { openWeekdays: ["tue", "thu"] } },
 * );
 * checkBooking(plan, { on: "2026-12-08" }).reasons.map((r) => [r.code, r.effect]);
 * //=> [["too-soon", "blocks"]]
 * checkBooking(plan, { on: "2026-12-22" }).status;
 * //=> "allowed"
 * checkBooking(plan, { on: "2026-12-23" }).reasons.map((r) => r.code);
 * //=> ["clinic-closed"]
 * ```
 * @category Planning
 */
export function checkBooking(plan: DeepReadonly<TreatmentPlan>, options: CheckBookingOptions): BookingCheck {
  assertValid(
    "INVALID_INPUT",
    [
      [TREATMENT_PLAN, plan, "plan"],
      [CHECK_BOOKING_OPTIONS, options, "options"],
    ],
    defaultProtocol,
  );
  const today = options.today ?? plan.today;
  const current = today === plan.today ? plan : replanUnchecked(plan, { today });
  const protocol = current.protocol as Protocol;
  const { on, messages } = options;
  const reasons: BookingReason[] = [];

  if (on < today) reasons.push({ code: "in-past", effect: "blocks", params: { today }, sources: ["PLANNER-DECISION"] });
  if (!openDays(current.inputs.availability)(on)) {
    reasons.push({ code: "clinic-closed", effect: "blocks", params: {}, sources: ["PLANNER-DECISION"] });
  }
  const eligibility = assessEligibilityUnchecked(current.inputs.patient, on, protocol, messages);
  const cited = (effects: readonly string[]): SourceId[] => [
    ...new Set(eligibility.findings.filter((f) => effects.includes(f.effect)).flatMap((f) => f.sources)),
  ];
  if (eligibility.status === "contraindicated" || eligibility.status === "deferred") {
    const params: { status: "contraindicated" | "deferred"; until?: IsoDate } = { status: eligibility.status };
    if (eligibility.reassessOn !== undefined) params.until = eligibility.reassessOn;
    reasons.push({ code: "not-eligible", effect: "blocks", params, sources: cited([eligibility.status]) });
  } else if (eligibility.status === "needs-review") {
    reasons.push({ code: "needs-review", effect: "warns", params: {}, sources: cited(["needs-review"]) });
  }

  // Read by index: a stored plan's arrays are the caller's (see src/_lib/arrays.ts).
  const pending: (typeof current.sessions)[number][] = [];
  for (let index = 0; index < current.sessions.length; index++) {
    const session = current.sessions[index] as (typeof current.sessions)[number];
    if (session.status !== "done") pending.push(session);
  }
  const visit = options.visit ?? (pending.length > 0 || current.maintenance === undefined ? "session" : "maintenance");
  const next = pending[0];
  const done = current.inputs.completed;
  const lastDone = done.length === 0 ? undefined : done.reduce(laterOf);
  // No session ahead because none is planned (contraindicated, deferred with no end) is not a
  // finished course: `not-eligible` says why. Nor is a course of no session (macular scars only).
  const planned = current.inputs.sessionCount ?? current.estimate.typical;
  const blocked = eligibility.status === "contraindicated" || eligibility.status === "deferred";
  let session: number | undefined; // the session the booking is for
  if (visit === "session") {
    if (next !== undefined) session = next.number;
    else if (planned > 0 && done.length >= planned) {
      reasons.push({ code: "course-complete", effect: "blocks", params: {}, sources: ["ARTICLE-2021"] });
    } else if (planned === 0 && !blocked) {
      reasons.push({ code: "beyond-estimate", effect: "warns", params: { planned }, sources: ["PLANNER-DECISION"] });
      session = done.length + 1;
    }
  }
  // A session visit with a session to book (`session` is set for session visits only).
  if (session !== undefined) {
    const minimumDays = protocol.interval.minWeeks * 7;
    if (lastDone !== undefined && daysBetween(lastDone, on) < minimumDays) {
      const params = {
        earliest: plusWeeks(lastDone, protocol.interval.minWeeks),
        days: daysBetween(lastDone, on),
        minimumDays,
      };
      reasons.push({ code: "too-soon", effect: "blocks", params, sources: [...INTERVAL_SOURCES] });
    }
    // A session beyond the estimate (none ahead) has no window to be late for.
    if (next !== undefined) {
      const late = next.flags.find((flag) => flag.code === "late");
      const windowClosedOn =
        late !== undefined && "windowClosedOn" in late.params ? late.params.windowClosedOn : next.latest;
      if (on > windowClosedOn) {
        const params = { windowClosedOn, daysLate: daysBetween(windowClosedOn, on) };
        reasons.push({ code: "late", effect: "warns", params, sources: [...INTERVAL_SOURCES] });
      }
    }
    // A long gap, whatever its cause (a late booking, a deferral), as the plan flags it
    // (CLINICAL-REVIEW-2026 9.1).
    if (lastDone !== undefined && daysBetween(lastDone, on) > protocol.reassessAfterWeeks * 7) {
      const params = { daysSinceLastSession: daysBetween(lastDone, on), thresholdWeeks: protocol.reassessAfterWeeks };
      reasons.push({ code: "reassess", effect: "warns", params, sources: ["PLANNER-DECISION"] });
    }
  } else if (visit === "maintenance") {
    const { maintenance } = current;
    if (maintenance === undefined) {
      reasons.push({ code: "no-maintenance", effect: "blocks", params: {}, sources: ["ARTICLE-2021"] });
    } else if (on < maintenance.earliest) {
      const params = { earliest: maintenance.earliest };
      reasons.push({ code: "maintenance-too-early", effect: "blocks", params, sources: ["ARTICLE-2021"] });
    } else if (on > maintenance.latest) {
      const params = { latest: maintenance.latest };
      reasons.push({ code: "maintenance-late", effect: "warns", params, sources: ["ARTICLE-2021"] });
    }
    if (maintenance !== undefined && pending.length > 0) {
      const params = { sessionsLeft: pending.length };
      reasons.push({ code: "course-unfinished", effect: "warns", params, sources: ["ARTICLE-2021"] });
    }
  }

  // Blocking reasons first; stable otherwise.
  reasons.sort((a, b) => (a.effect === b.effect ? 0 : a.effect === "blocks" ? -1 : 1));
  if (messages !== undefined) for (const reason of reasons) reason.message = messages.bookingReason(reason);
  const status = reasons.some((r) => r.effect === "blocks")
    ? "blocked"
    : reasons.length > 0
      ? "allowed-with-warnings"
      : "allowed";
  const check: BookingCheck = { status, visit, on, reasons, eligibility };
  if (session !== undefined) check.session = session;
  if (options.time !== undefined) check.time = options.time;
  return check;
}
