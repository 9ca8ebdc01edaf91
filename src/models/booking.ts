/**
 * The answer of `checkBooking`: may this visit be booked on this day, and why.
 *
 * @module
 */
import type { Eligibility } from "./eligibility.js";
import type { IsoDate } from "./iso-date.js";
import type { SourceId } from "./source-ids.js";

/** What every booking reason carries. @category Models */
export interface BookingReasonFields {
  /** Whether it blocks the booking or only warns. */
  effect: "blocks" | "warns";
  /** Source ids. */
  sources: SourceId[];
  /** Human-readable text, present when a message layer was passed. */
  message?: string | undefined;
}

/** The day is before today. @category Models */
export interface InPastReason extends BookingReasonFields {
  /** Always `in-past`. */
  code: "in-past";
  /** Always `blocks`. */
  effect: "blocks";
  /** Today. */
  params: { today: IsoDate };
}

/** The clinic is closed that day. @category Models */
export interface ClinicClosedReason extends BookingReasonFields {
  /** Always `clinic-closed`. */
  code: "clinic-closed";
  /** Always `blocks`. */
  effect: "blocks";
  /** None. */
  params: Record<string, never>;
}

/** The patient is contraindicated or deferred on that day (see the check's `eligibility`). @category Models */
export interface NotEligibleReason extends BookingReasonFields {
  /** Always `not-eligible`. */
  code: "not-eligible";
  /** Always `blocks`. */
  effect: "blocks";
  /** The eligibility status on that day, and when a deferral ends, when it can be computed. */
  params: { status: "contraindicated" | "deferred"; until?: IsoDate | undefined };
}

/** A clinician must review the patient before treatment on that day. @category Models */
export interface NeedsReviewReason extends BookingReasonFields {
  /** Always `needs-review`. */
  code: "needs-review";
  /** Always `warns`. */
  effect: "warns";
  /** None. */
  params: Record<string, never>;
}

/** Earlier than the minimum interval after the last session done. @category Models */
export interface TooSoonReason extends BookingReasonFields {
  /** Always `too-soon`. */
  code: "too-soon";
  /** Always `blocks`. */
  effect: "blocks";
  /** The first day allowed, the days since the last session, and the minimum. */
  params: { earliest: IsoDate; days: number; minimumDays: number };
}

/** After the session's window closes. @category Models */
export interface LateReason extends BookingReasonFields {
  /** Always `late`. */
  code: "late";
  /** Always `warns`. */
  effect: "warns";
  /** When the window closed, and how many days after it. */
  params: { windowClosedOn: IsoDate; daysLate: number };
}

/** Long enough after the last session that the scars should be re-graded first. @category Models */
export interface ReassessReason extends BookingReasonFields {
  /** Always `reassess`. */
  code: "reassess";
  /** Always `warns`. */
  effect: "warns";
  /** Days since the last session done, and the protocol's threshold. */
  params: { daysSinceLastSession: number; thresholdWeeks: number };
}

/** Every session of the course is done. @category Models */
export interface CourseCompleteReason extends BookingReasonFields {
  /** Always `course-complete`. */
  code: "course-complete";
  /** Always `blocks`. */
  effect: "blocks";
  /** None. */
  params: Record<string, never>;
}

/**
 * A session when the estimate plans none (macular scars only): a clinician decides whether to treat.
 * @category Models
 */
export interface BeyondEstimateReason extends BookingReasonFields {
  /** Always `beyond-estimate`. */
  code: "beyond-estimate";
  /** Always `warns`. */
  effect: "warns";
  /** The number of sessions planned (0). */
  params: { planned: number };
}

/** A maintenance visit while the course still has sessions ahead. @category Models */
export interface CourseUnfinishedReason extends BookingReasonFields {
  /** Always `course-unfinished`. */
  code: "course-unfinished";
  /** Always `warns`. */
  effect: "warns";
  /** The sessions still ahead. */
  params: { sessionsLeft: number };
}

/** No maintenance is planned (contraindicated, or deferred with no end). @category Models */
export interface NoMaintenanceReason extends BookingReasonFields {
  /** Always `no-maintenance`. */
  code: "no-maintenance";
  /** Always `blocks`. */
  effect: "blocks";
  /** None. */
  params: Record<string, never>;
}

/** Before the maintenance window opens. @category Models */
export interface MaintenanceTooEarlyReason extends BookingReasonFields {
  /** Always `maintenance-too-early`. */
  code: "maintenance-too-early";
  /** Always `blocks`. */
  effect: "blocks";
  /** When the window opens. */
  params: { earliest: IsoDate };
}

/** After the maintenance window closes. @category Models */
export interface MaintenanceLateReason extends BookingReasonFields {
  /** Always `maintenance-late`. */
  code: "maintenance-late";
  /** Always `warns`. */
  effect: "warns";
  /** When the window closed. */
  params: { latest: IsoDate };
}

/**
 * Why a booking is blocked or warned about, keyed on `code` with typed `params`.
 *
 * @category Models
 */
export type BookingReason =
  | InPastReason
  | ClinicClosedReason
  | NotEligibleReason
  | NeedsReviewReason
  | TooSoonReason
  | LateReason
  | ReassessReason
  | CourseCompleteReason
  | BeyondEstimateReason
  | CourseUnfinishedReason
  | NoMaintenanceReason
  | MaintenanceTooEarlyReason
  | MaintenanceLateReason;

/**
 * The answer of `checkBooking`: `blocked` when any reason blocks, `allowed-with-warnings` when any
 * warns, else `allowed`.
 *
 * @category Models
 */
export interface BookingCheck {
  /** The answer. */
  status: "allowed" | "allowed-with-warnings" | "blocked";
  /** The visit checked. */
  visit: "session" | "maintenance";
  /** The session it would be, for a session visit. */
  session?: number | undefined;
  /** The day proposed. */
  on: IsoDate;
  /** The local time proposed, when given. */
  time?: string | undefined;
  /** Why, blocking reasons first. */
  reasons: BookingReason[];
  /** Eligibility on the day proposed. */
  eligibility: Eligibility;
}
