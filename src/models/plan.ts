/**
 * A course and its plan: the session estimate, session windows and their flags, maintenance,
 * reminders, the clinic's availability, and the whole treatment plan.
 *
 * @module
 */
import type { Eligibility } from "./eligibility.js";
import type { IsoDate } from "./iso-date.js";
import type { Patient } from "./patient.js";
import type { Protocol } from "./protocol.js";
import type { SourceId } from "./source-ids.js";
import type { ScarType, Weekday } from "./values.js";

/**
 * How many sessions a course takes: fewest, typical (the number planned) and most, what
 * decided it, and sources. A macular-only patient's estimate is 0: no microneedling course.
 *
 * @category Models
 */
export interface SessionEstimate {
  /** Fewest sessions (0-20). */
  min: number;
  /** Typical number of sessions: the number planned (0-20). */
  typical: number;
  /** Most sessions (0-20). */
  max: number;
  /**
   * What decided it: the worst scar's severity, or its type when the type has its own range
   * (`scar-type`, with `scarType`), rejuvenation, unknown severity (the widest range), or
   * `macular-only` (0 sessions).
   */
  basis: "mild" | "moderate" | "severe" | "scar-type" | "rejuvenation" | "unknown-severity" | "macular-only";
  /** The scar type whose range decided it, for `scar-type`. */
  scarType?: ScarType | undefined;
  /** Source ids. */
  sources: SourceId[];
}

/**
 * When the clinic is open: weekdays (every day when omitted) and closed dates such as holidays.
 *
 * @category Models
 */
export interface Availability {
  /** Weekdays the clinic is open (1-7); every day when omitted. */
  openWeekdays?: Weekday[] | undefined;
  /** Dates the clinic is closed (at most 1000). */
  closedDates?: IsoDate[] | undefined;
}

/** Its window closed before today without it; re-planned from today. @category Models */
export interface LateFlag {
  /** Always `late`. */
  code: "late";
  /** Days since the window closed, and when it closed. */
  params: { daysLate: number; windowClosedOn: IsoDate };
}

/** More than the protocol's `reassessAfterWeeks` since the last session: re-grade the scars first. @category Models */
export interface ReassessFlag {
  /** Always `reassess`. */
  code: "reassess";
  /** Days since the last session done, and the threshold. */
  params: { daysSinceLastSession: number; thresholdWeeks: number };
}

/** The clinic has no open day in the window; the window keeps its bounds. @category Models */
export interface NoOpenDayFlag {
  /** Always `no-open-day`. */
  code: "no-open-day";
  /** None. */
  params: Record<string, never>;
}

/** The window was moved to start when a deferral ends. @category Models */
export interface DeferredFlag {
  /** Always `deferred`. */
  code: "deferred";
  /** The end of the deferral. */
  params: { until: IsoDate };
}

/** Its completed date is before the previous session's. @category Models */
export interface OutOfOrderFlag {
  /** Always `out-of-order`. */
  code: "out-of-order";
  /** The most recent session done before it. */
  params: { previous: IsoDate };
}

/** Its completed date is after today. @category Models */
export interface InFutureFlag {
  /** Always `in-future`. */
  code: "in-future";
  /** None. */
  params: Record<string, never>;
}

/** Done fewer than the minimum weeks after the previous session. @category Models */
export interface TooSoonFlag {
  /** Always `too-soon`. */
  code: "too-soon";
  /** Days since the previous session, and the minimum. */
  params: { days: number; minimumDays: number };
}

/** More sessions were done than planned. @category Models */
export interface BeyondEstimateFlag {
  /** Always `beyond-estimate`. */
  code: "beyond-estimate";
  /** The number planned. */
  params: { planned: number };
}

/** It was booked for a day before today and is not recorded as done: plan it again. @category Models */
export interface MissedBookingFlag {
  /** Always `missed-booking`. */
  code: "missed-booking";
  /** The day it was booked for. */
  params: { on: IsoDate };
}

/** It is booked on a day the clinic is closed. @category Models */
export interface ClosedDayFlag {
  /** Always `closed-day`. */
  code: "closed-day";
  /** The day it is booked for. */
  params: { on: IsoDate };
}

/**
 * A flag on a session window; switching on `code` narrows `params`.
 *
 * @category Models
 */
export type SessionFlag =
  | LateFlag
  | ReassessFlag
  | NoOpenDayFlag
  | DeferredFlag
  | OutOfOrderFlag
  | InFutureFlag
  | TooSoonFlag
  | BeyondEstimateFlag
  | MissedBookingFlag
  | ClosedDayFlag;

/** What every session window carries. @category Models */
export interface SessionWindowFields {
  /** 1-based session number. */
  number: number;
  /** First day the session may take place. */
  earliest: IsoDate;
  /** The day to book: the first open clinic day in the window. */
  due: IsoDate;
  /** Last day of the window (inclusive). */
  latest: IsoDate;
  /** Flags with their parameters. */
  flags: SessionFlag[];
}

/** A session that was done. @category Models */
export interface DoneSession extends SessionWindowFields {
  /** Always `done`. */
  status: "done";
  /** When it was done. */
  doneOn: IsoDate;
}

/**
 * A session booked for today or later: `due` is the booked day, and a booking outside the window
 * is flagged as a session done outside it would be (`too-soon`, `late`, `reassess`).
 *
 * @category Models
 */
export interface BookedSession extends SessionWindowFields {
  /** Always `booked`. */
  status: "booked";
  /** The booked day (also `due`). */
  bookedOn: IsoDate;
  /** The booked local time of day, `HH:MM`, when given. */
  time?: string | undefined;
}

/**
 * A session still ahead and not booked: `due` (its window is open), `upcoming` (its window opens
 * later) or `overdue` (its window closed without it: re-planned from today).
 *
 * @category Models
 */
export interface PendingSession extends SessionWindowFields {
  /** Where it stands on today. */
  status: "due" | "upcoming" | "overdue";
}

/**
 * One session of a course: its window, where it stands, and flags. Switching on `status`
 * narrows: only a `done` session has `doneOn`, only a `booked` one `bookedOn`.
 *
 * @category Models
 */
export type SessionWindow = DoneSession | BookedSession | PendingSession;

/**
 * An appointment made for a session: the session number, the day and, optionally, the local time
 * of day (`HH:MM`, the clinic's wall clock: no time zone is assumed). At most one per session.
 *
 * @category Models
 */
export interface Booking {
  /** The session booked (1-50). */
  session: number;
  /** The day booked. */
  on: IsoDate;
  /** The local time of day, `HH:MM` (24-hour). */
  time?: string | undefined;
}

/**
 * The next maintenance appointment's window.
 *
 * @category Models
 */
export interface MaintenanceWindow {
  /** First day of the window. */
  earliest: IsoDate;
  /** When maintenance is due. */
  due: IsoDate;
  /** Last day of the window (inclusive). */
  latest: IsoDate;
  /** The course end or last maintenance it counts from. */
  after: IsoDate;
  /** True when the course is not finished and its end is a plan, not a fact. */
  projected: boolean;
  /** Source ids. */
  sources: SourceId[];
}

/**
 * A reminder about a session: book it, chase it when overdue, or come to the appointment
 * (`appointment`, with the booked time when given).
 *
 * @category Models
 */
export interface SessionReminder {
  /** What to do. */
  kind: "book-session" | "session-overdue" | "appointment";
  /** When to remind. */
  remindOn: IsoDate;
  /** When the session is due. */
  dueOn: IsoDate;
  /** The session number. */
  session: number;
  /** The booked local time of day, for an appointment booked with one. */
  time?: string | undefined;
  /** Text, present when a message layer was passed. */
  message?: string | undefined;
}

/**
 * A care step before a session: stop topical retinoids (`stop-retinoids`, the protocol's
 * `retinoidStopDays` before), start antiviral prophylaxis after cold sores
 * (`antiviral-prophylaxis`, `antiviralLeadDays` before). A session booked inside the window gets
 * it at once (never before today).
 *
 * @category Models
 */
export interface PreCareReminder {
  /** Always `pre-care`. */
  kind: "pre-care";
  /** When to start it. */
  remindOn: IsoDate;
  /** The session's day. */
  dueOn: IsoDate;
  /** The session number. */
  session: number;
  /** The care step. */
  step: "stop-retinoids" | "antiviral-prophylaxis";
  /** Text, present when a message layer was passed. */
  message?: string | undefined;
}

/** Aftercare on the day of a session (sun protection, no active products on open channels). @category Models */
export interface PostCareReminder {
  /** Always `post-care`. */
  kind: "post-care";
  /** The session's day. */
  remindOn: IsoDate;
  /** The session's day. */
  dueOn: IsoDate;
  /** The session number. */
  session: number;
  /** Text, present when a message layer was passed. */
  message?: string | undefined;
}

/**
 * Take standard photographs: at baseline (session 1), at each session, and at each result check,
 * so that response can be graded (ALAM-2014, GOODMAN-QUANT-2006).
 *
 * @category Models
 */
export interface PhotoReminder {
  /** Always `photo`. */
  kind: "photo";
  /** The day. */
  remindOn: IsoDate;
  /** The day. */
  dueOn: IsoDate;
  /** Baseline (before session 1), a later session, or a result check. */
  checkpoint: "baseline" | "session" | "result-check";
  /** The session number, for baseline and session photos. */
  session?: number | undefined;
  /** Text, present when a message layer was passed. */
  message?: string | undefined;
}

/**
 * Check the results of the course: the first check (`resultCheckMonths` after the last session,
 * default 3) and the final one (`finalResultCheckMonths`, default 6).
 *
 * @category Models
 */
export interface ResultCheckReminder {
  /** Always `result-check`. */
  kind: "result-check";
  /** When to remind. */
  remindOn: IsoDate;
  /** The day of the check. */
  dueOn: IsoDate;
  /** Which check. */
  check: "first" | "final";
  /** Text, present when a message layer was passed. */
  message?: string | undefined;
}

/**
 * A reminder about the course as a whole: book maintenance, or review a deferral that has no end
 * date (`deferral-review`, the protocol's `deferralReviewDays` after today).
 *
 * @category Models
 */
export interface CourseReminder {
  /** What to do. */
  kind: "maintenance-due" | "deferral-review";
  /** When to remind. */
  remindOn: IsoDate;
  /** When the thing reminded of is due. */
  dueOn: IsoDate;
  /** Text, present when a message layer was passed. */
  message?: string | undefined;
}

/**
 * Something for the clinic or patient to do, on a date. Session reminders carry the session
 * number.
 *
 * @category Models
 */
export type Reminder =
  | SessionReminder
  | PreCareReminder
  | PostCareReminder
  | PhotoReminder
  | ResultCheckReminder
  | CourseReminder;

/**
 * What a plan was made from: everything needed to make it again. `replan` reads it; the exports
 * never need anything else.
 *
 * @category Models
 */
export interface PlanInputs {
  /** The patient as given. */
  patient: Patient;
  /** When the course starts, as given (the first completed session, else the plan's today, when absent). */
  startOn?: IsoDate | undefined;
  /** Dates of the sessions done, in the order they were done (at most 50). */
  completed: IsoDate[];
  /** Appointments made (at most one per session). */
  booked: Booking[];
  /** Date of the last maintenance appointment, if any. */
  lastMaintenanceOn?: IsoDate | undefined;
  /** Number of sessions to plan, as given (the estimate's typical number when absent). */
  sessionCount?: number | undefined;
  /** When the clinic is open. */
  availability?: Availability | undefined;
  /** The treatment area planned, when one was given (only its scars count). */
  area?: string | undefined;
  /** Days of reminders the plan holds (0-3660). */
  horizonDays: number;
}

/**
 * Who made a plan: this library and its version.
 *
 * @category Models
 */
export interface PlanMaker {
  /** Always `microneedling-planner`. */
  name: "microneedling-planner";
  /** The library's version. */
  version: string;
}

/**
 * A whole treatment plan, and a durable record: it carries what made it (`inputs`, the whole
 * `protocol`, the library's version), so that it can be stored as JSON, re-planned for another day
 * (`replan`) and exported (`toICalendar`, `toFhirCarePlan`) from the plan alone.
 *
 * @category Models
 */
export interface TreatmentPlan {
  /** The version of this record's shape: 1. */
  schemaVersion: 1;
  /** The library that made it. */
  madeBy: PlanMaker;
  /** The date the plan was made for. */
  today: IsoDate;
  /** What it was made from. */
  inputs: PlanInputs;
  /** The protocol it was made with, whole (its id, version and every number). */
  protocol: Protocol;
  /** Eligibility on today. */
  eligibility: Eligibility;
  /** How many sessions the course takes. */
  estimate: SessionEstimate;
  /** The course: done sessions, then booked and planned ones (none while not treatable). */
  sessions: SessionWindow[];
  /** When results are first checked: `resultCheckMonths` after the last session. */
  resultCheckOn?: IsoDate | undefined;
  /** When results are finally checked: `finalResultCheckMonths` after the last session. */
  finalResultCheckOn?: IsoDate | undefined;
  /** The next maintenance window. */
  maintenance?: MaintenanceWindow | undefined;
  /** Reminders from today over the horizon, by date. */
  reminders: Reminder[];
}

/**
 * A patient and their course so far, as the CLI reads it.
 *
 * @category Models
 */
export interface CaseFile {
  /** The patient. */
  patient: Patient;
  /** Planned start of the course; today when omitted. */
  startOn?: IsoDate | undefined;
  /** Dates of the sessions done so far, in order (at most 50). */
  completed?: IsoDate[] | undefined;
  /** Appointments made (at most one per session). */
  booked?: Booking[] | undefined;
  /** Date of the last maintenance appointment, if any. */
  lastMaintenanceOn?: IsoDate | undefined;
  /** Number of sessions to plan (1-20); the estimate's typical number when omitted. */
  sessionCount?: number | undefined;
  /** When the clinic is open. */
  availability?: Availability | undefined;
  /** Plan for the scars of this area only. */
  area?: string | undefined;
}
