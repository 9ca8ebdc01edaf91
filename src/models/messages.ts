/**
 * The message-layer contract: what a replacement for the English text implements.
 *
 * @module
 */
import type { BookingCheck, BookingReason } from "./booking.js";
import type { Eligibility, Finding } from "./eligibility.js";
import type { Reminder, SessionEstimate, SessionFlag, SessionWindow } from "./plan.js";
import type { DeepReadonly } from "./readonly.js";
import type { SvgLabel, SvgTimelineSummary } from "./svg.js";
import type {
  Effect,
  EligibilityStatus,
  FactorCode,
  ReminderKind,
  ScarType,
  SessionStatus,
  TreatmentGoal,
} from "./values.js";

/**
 * A message layer: turns coded results into text. Pass one (for example `englishMessages` from
 * `microneedling-planner/messages`) as the `messages` option and every finding and reminder
 * carries a `message`; without one, results carry only codes and parameters. Each function
 * receives the result without its `message`.
 *
 * A layer is complete: it writes every text the library writes (findings, reminders, booking
 * reasons, labels of codes, the iCalendar and FHIR exports, the CLI report), and every member
 * is required, so the type checker finds what a translation misses. To change a few texts,
 * spread a complete layer and override: `{ ...englishMessages, reminder: myReminder }`.
 *
 * @category Messages
 */
export interface Messages {
  /** The message of one eligibility finding. */
  finding(finding: DeepReadonly<Finding>): string;
  /** The message of one reminder. */
  reminder(reminder: DeepReadonly<Reminder>): string;
  /** The message of one reason of a booking check. */
  bookingReason(reason: DeepReadonly<BookingReason>): string;
  // --- Every word replaceable (issue 13): dates, labels, exports, CLI ---
  /**
   * A calendar date for people to read (`24 November 2026`), for the layer's own texts. Format
   * with `Intl.DateTimeFormat` and `timeZone: "UTC"` on the date's UTC noon, so the host's time
   * zone never shows.
   * @param isoDate - a calendar date `YYYY-MM-DD`
   */
  formatDate(isoDate: string): string;
  /** Names of statuses, effects, kinds, goals, factors, scar types and session flags. */
  readonly labels: MessageLabels;
  /** Texts of the iCalendar export. */
  readonly ical: ICalMessages;
  /** Texts of the FHIR CarePlan export. */
  readonly fhir: FhirMessages;
  /** Texts of the command-line report. */
  readonly cli: CliMessages;
  /**
   * The text of CDS Hooks cards and services (`microneedling-planner/cds-hooks`).
   */
  readonly cds: CdsMessages;

  // --- The SVG timeline (`microneedling-planner/svg`, `toSvgTimeline`) ---------------------
  /** The timeline's title (its accessible name, and its heading). */
  svgTitle(summary: DeepReadonly<SvgTimelineSummary>): string;
  /** The timeline's description for screen readers: the plan in words. */
  svgDescription(summary: DeepReadonly<SvgTimelineSummary>): string;
  /** A label the timeline writes: a row, the today line, an axis month, a legend item. */
  svgLabel(label: DeepReadonly<SvgLabel>): string;
}

// ---------------------------------------------------------------------------------------------
// Every word replaceable (issue 13, item 5): labels, dates, the iCalendar and FHIR exports and
// the CLI report. Every member is required, so a layer is complete or does not compile.
// ---------------------------------------------------------------------------------------------

/**
 * Names of the library's codes, for display. The English layer's names are the codes
 * themselves (so English output shows the codes, as it always did); another language names
 * them in that language. Results always keep the codes.
 *
 * @category Messages
 */
export interface MessageLabels {
  /** An eligibility status (`eligible`, `deferred`, ...), as in `Eligibility: <status>`. */
  readonly eligibilityStatus: Readonly<Record<EligibilityStatus, string>>;
  /** A session status (`done`, `booked`, `due`, `upcoming`, `overdue`). */
  readonly sessionStatus: Readonly<Record<SessionStatus, string>>;
  /** A finding's effect (`contraindicated`, ..., `info`), as in `[<effect>]`. */
  readonly effect: Readonly<Record<Effect, string>>;
  /** A booking reason's effect: `blocks` or `warns`. */
  readonly bookingEffect: Readonly<Record<BookingReason["effect"], string>>;
  /** The answer of a booking check: `allowed`, `allowed-with-warnings` or `blocked`. */
  readonly bookingStatus: Readonly<Record<BookingCheck["status"], string>>;
  /** A reminder's kind (`book-session`, `photo`, ...). */
  readonly reminderKind: Readonly<Record<ReminderKind, string>>;
  /** A treatment goal: `scar-revision` or `rejuvenation`. */
  readonly goal: Readonly<Record<TreatmentGoal, string>>;
  /** What decided a session estimate (`mild`, ..., `macular-only`). */
  readonly estimateBasis: Readonly<Record<SessionEstimate["basis"], string>>;
  /** A catalogued patient factor, or `other`, by code: a clinical name (`Rosacea`). */
  readonly factor: Readonly<Record<FactorCode | "other", string>>;
  /** A scar type, by code: a clinical name (`Rolling`). */
  readonly scarType: Readonly<Record<ScarType, string>>;
  /**
   * One flag of a session, with its parameters (`late 49d (window closed 2026-10-06)`).
   * @param flag - the flag: its `code` and `params` (see `SessionFlag`)
   */
  sessionFlag(flag: DeepReadonly<SessionFlag>): string;
}

/**
 * The texts of the iCalendar export (`toICalendar`). Alarm texts are the layer's `reminder`.
 *
 * @category Messages
 */
export interface ICalMessages {
  /**
   * SUMMARY of a session's event (`Microneedling session 2 of 5`).
   * @param p - `session`: its number, from 1; `total`: the sessions in the course
   */
  sessionSummary(p: { readonly session: number; readonly total: number }): string;
  /** SUMMARY of the maintenance event. */
  readonly maintenanceSummary: string;
  /**
   * DESCRIPTION of a done session.
   * @param p - `doneOn`: the day it was done (`YYYY-MM-DD`)
   */
  done(p: { readonly doneOn: string }): string;
  /**
   * DESCRIPTION of a booked session.
   * @param p - `bookedOn`: the day (`YYYY-MM-DD`); `time`: the local time `HH:MM`, when booked at one
   */
  booked(p: { readonly bookedOn: string; readonly time?: string | undefined }): string;
  /**
   * DESCRIPTION of a session still to book.
   * @param p - `earliest`, `due`, `latest`: its window (`YYYY-MM-DD`); `overdue`: its window closed
   *   without it and it was re-planned from today
   */
  window(p: {
    readonly earliest: string;
    readonly due: string;
    readonly latest: string;
    readonly overdue: boolean;
  }): string;
  /**
   * DESCRIPTION of the maintenance event.
   * @param p - `earliest`, `due`, `latest`: its window (`YYYY-MM-DD`)
   */
  maintenance(p: { readonly earliest: string; readonly due: string; readonly latest: string }): string;
}

/**
 * The texts of the FHIR CarePlan export (`toFhirCarePlan`). Notes are the layer's `finding`.
 *
 * @category Messages
 */
export interface FhirMessages {
  /**
   * `CarePlan.title` (`Microneedling for scar revision`).
   * @param p - `goal`: the treatment goal's code
   */
  title(p: { readonly goal: TreatmentGoal }): string;
  /**
   * `CarePlan.description`.
   * @param p - `sessions`: how many sessions the course has; `goal`: the goal's code;
   *   `status`: the eligibility status's code
   */
  description(p: {
    readonly sessions: number;
    readonly goal: TreatmentGoal;
    readonly status: EligibilityStatus;
  }): string;
  /**
   * `activity.detail.code.text` of a session.
   * @param p - `session`: its number, from 1; `total`: the sessions in the course
   */
  sessionCode(p: { readonly session: number; readonly total: number }): string;
  /** `activity.detail.code.text` of maintenance. */
  readonly maintenanceCode: string;
  /**
   * `activity.detail.description` of a session, by its status (`done`: `doneOn`; `booked`:
   * `bookedOn` and `time`; otherwise its window `earliest`, `due`, `latest`).
   * @param session - the session window
   */
  session(session: DeepReadonly<SessionWindow>): string;
  /**
   * `activity.detail.statusReason.text` of an overdue session.
   * @param p - `closedOn`: the day its window closed; `earliest`: the day it was re-planned from
   */
  overdue(p: { readonly closedOn: string; readonly earliest: string }): string;
  /**
   * `activity.detail.description` of maintenance.
   * @param p - `earliest`, `due`, `latest`: the next window (`YYYY-MM-DD`)
   */
  maintenance(p: { readonly earliest: string; readonly due: string; readonly latest: string }): string;
}

/**
 * The texts of the command-line report (`microneedling-planner plan` and `check-booking`
 * in text format). Codes in the report (statuses, effects, kinds, flags) come from
 * {@link MessageLabels}; source citations are bibliographic references and stay as written.
 *
 * @category Messages
 */
export interface CliMessages {
  /**
   * The first line of a plan.
   * @param p - `patientId`: the patient's id, when given; `goal`: the goal's label; `today`: the
   *   planning day; `protocol`: `<id>@<version>`; `version`: the library version that made the plan
   */
  planHeading(p: {
    readonly patientId?: string | undefined;
    readonly goal: string;
    readonly today: string;
    readonly protocol: string;
    readonly version: string;
  }): string;
  /**
   * The eligibility line.
   * @param p - `status`: the status's label; `reassessOn`: the day to reassess, when known
   */
  eligibility(p: { readonly status: string; readonly reassessOn?: string | undefined }): string;
  /**
   * The line under a finding or reason that lists its sources.
   * @param p - `sources`: the source ids, joined by `, `
   */
  sources(p: { readonly sources: string }): string;
  /** Shown when there are no findings. */
  readonly noFindings: string;
  /**
   * The estimate line.
   * @param p - `typical`, `min`, `max`: session counts; `basis`: its label; `sources`: ids joined by `, `
   */
  estimate(p: {
    readonly typical: number;
    readonly min: number;
    readonly max: number;
    readonly basis: string;
    readonly sources: string;
  }): string;
  /** Heading of the sessions table. */
  readonly sessionsHeading: string;
  /** Shown when no session is planned. */
  readonly noSessions: string;
  /** Column headings of the sessions table: number, status, earliest, due, latest, done/booked, flags. */
  readonly sessionColumns: readonly [string, string, string, string, string, string, string];
  /**
   * The result-check line.
   * @param p - `on`: the day (`YYYY-MM-DD`)
   */
  resultCheck(p: { readonly on: string }): string;
  /** Shown when no maintenance is planned. */
  readonly noMaintenance: string;
  /**
   * The maintenance line.
   * @param p - `due`, `earliest`, `latest`: its window; `after`: the day it counts from;
   *   `projected`: counted from a session still ahead
   */
  maintenance(p: {
    readonly due: string;
    readonly earliest: string;
    readonly latest: string;
    readonly after: string;
    readonly projected: boolean;
  }): string;
  /** Heading of the reminders table. */
  readonly remindersHeading: string;
  /** Shown when no reminder falls in the horizon. */
  readonly noReminders: string;
  /** Heading of the list of cited sources. */
  readonly sourcesHeading: string;
  /**
   * The first line of a booking check.
   * @param p - `visit`: `session` or `maintenance`; `session`: the session's number, when known;
   *   `on`: the day; `time`: the local time, when given; `status`: the answer's label
   */
  booking(p: {
    readonly visit: "session" | "maintenance";
    readonly session?: number | undefined;
    readonly on: string;
    readonly time?: string | undefined;
    readonly status: string;
  }): string;
  /** Shown when nothing speaks against a booking. */
  readonly noReasons: string;
  /**
   * The last line of a booking check.
   * @param p - `on`: the day; `status`: the eligibility status's label on that day
   */
  bookingEligibility(p: { readonly on: string; readonly status: string }): string;
}

// --- CDS Hooks (issue 15) ---

/**
 * Why a clinician may proceed despite a card: the `overrideReasons` codes of CDS Hooks cards
 * (this library's own code system, `urn:microneedling-planner:cds:override-reason`).
 *
 * @category Messages
 */
export type CdsOverrideReason = "clinician-reviewed" | "precautions-taken" | "schedule-exception";

/**
 * The services of the CDS Hooks discovery document, by id.
 *
 * @category Messages
 */
export type CdsServiceId = "microneedling-eligibility" | "microneedling-booking-check";

/**
 * The text of CDS Hooks cards and services. Summaries longer than 139 characters are cut (the
 * specification asks for fewer than 140).
 *
 * @category Messages
 */
export interface CdsMessages {
  /** The card summary of an eligibility result. */
  eligibilitySummary(eligibility: DeepReadonly<Eligibility>): string;
  /** The card summary of a booking check. */
  bookingSummary(check: DeepReadonly<BookingCheck>): string;
  /** The card source label, naming the protocol (`id@version`). */
  sourceLabel(protocol: { readonly id: string; readonly version: string }): string;
  /** A heading of the card detail. */
  heading(which: "reasons" | "sources"): string;
  /** The line of the detail shown when there is no reason to list. */
  noReasons(): string;
  /** The display of an override reason. */
  overrideReason(code: CdsOverrideReason): string;
  /** The title and description of a service in the discovery document. */
  service(id: CdsServiceId): { readonly title: string; readonly description: string };
}
