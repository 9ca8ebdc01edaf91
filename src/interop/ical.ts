/**
 * iCalendar (RFC 5545) export of a treatment plan.
 *
 * @module
 */
import { daysBetween, laterOf, plusDays } from "../_lib/iso-date.js";
import { PlannerError } from "../errors.js";
import { englishMessages } from "../messages/en.js";
import type { Messages } from "../models/messages.js";
import type { SessionReminder, TreatmentPlan } from "../models/plan.js";
import type { DeepReadonly } from "../models/readonly.js";
import { TO_ICALENDAR_OPTIONS, TREATMENT_PLAN } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";

/**
 * Options of {@link toICalendar}.
 *
 * @category Interop
 */
export interface ToICalendarOptions {
  /** Domain that makes UIDs globally unique, for example `clinic.example`. */
  readonly uidDomain: string;
  /** When the file is made: a UTC instant `YYYY-MM-DDTHH:MM:SSZ` (no clock is read). */
  readonly dtstamp: string;
  /**
   * The caller's pseudonym for this patient's calendar (1-64 letters, digits, `.`, `_`, `-`):
   * it starts every UID, so keep it stable for a patient and different between patients.
   * Required unless `usePatientId` is true.
   */
  readonly calendarId?: string | undefined;
  /** Without a `calendarId`, start UIDs with the patient's own `id` (an opt-in: the id leaves the library). */
  readonly usePatientId?: boolean | undefined;
  /** Message layer for every text (SUMMARY, DESCRIPTION, alarms); `englishMessages` when omitted. */
  readonly messages?: Messages | undefined;
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): `\`, `;` and `,` get a backslash, a line break
 * (CRLF, CR or LF) becomes `\n`. One pass over the character codes (two regular-expression
 * replaces were a sixth of an export's cost).
 */
function escapeText(value: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 92 || code === 59 || code === 44) {
      out += `${value.slice(start, i)}\\`;
      start = i; // the character itself follows its backslash
    } else if (code === 13 || code === 10) {
      out += `${value.slice(start, i)}\\n`;
      if (code === 13 && value.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  // Stryker disable next-line ConditionalExpression: a shortcut; with nothing escaped, out + value.slice(0) is value
  return out === "" ? value : out + value.slice(start);
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). Octets
 * are counted from the UTF-16 units in one pass, without encoding (encoding each character was
 * most of an export's cost): 1 below U+0080, 2 below U+0800, 4 for a surrogate pair, 3 otherwise
 * (a lone surrogate is written as U+FFFD, 3 octets).
 */
function fold(line: string): string {
  if (line.length <= 25) return line; // at most 3 octets per unit: 75 octets at most
  let out = "";
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    let units = 1;
    let size = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        units = 2;
        size = 4;
      }
    }
    if (octets + size > limit) {
      out += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    octets += size;
    i += units - 1;
  }
  return out + line.slice(start);
}

/** `YYYYMMDD` of a checked `YYYY-MM-DD`. */
const basicDate = (iso: string): string => iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);

/** A signed RFC 5545 day duration, for example `-P7D` or `P2D`. */
function dayDuration(days: number): string {
  return days === 0 ? "PT0S" : `${days < 0 ? "-" : ""}P${String(Math.abs(days))}D`;
}

/** Makes a UID part safe: letters, digits, dot, underscore and dash; others percent-encoded. */
function uidPart(value: string): string {
  let out = "";
  for (const c of value) {
    if (/[A-Za-z0-9._-]/.test(c)) out += c;
    // TextEncoder turns a lone surrogate into U+FFFD instead of throwing as encodeURIComponent does.
    else for (const byte of encoder.encode(c)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * Exports a plan as an iCalendar file (RFC 5545): one all-day VEVENT per session and one for
 * the next maintenance, for calendar apps to subscribe to. It reads the plan alone.
 *
 * - Sessions still ahead span their window: DTSTART is `earliest`, DTEND the day after `latest`
 *   (DTEND is exclusive), STATUS:TENTATIVE. A booked session is its day (or, booked with a time,
 *   that local time: a floating DATE-TIME, no time zone assumed), STATUS:CONFIRMED. Done sessions
 *   are the day they were done, STATUS:CONFIRMED, without an alarm.
 * - Each alarm fires the plan's protocol's `reminderLeadDays` before the session is due (or
 *   booked, or maintenance due), and never before the plan's `today`.
 * - Dates are DATE values with no TZID, so the file means the same in every time zone.
 * - UIDs are `<calendarId>-session-<n>@<uidDomain>` and `<calendarId>-maintenance@<uidDomain>`:
 *   exporting a re-planned course updates the same events instead of duplicating them, and
 *   patients with different `calendarId`s never share a UID. `calendarId` is the caller's
 *   pseudonym for this patient's calendar; the patient's own `id` is used only with
 *   `usePatientId: true`. No patient identifier is written anywhere else.
 * - PRODID names the library version that made the plan; `X-MICRONEEDLING-PROTOCOL` the
 *   protocol's id and version (`<id>@<version>`).
 * - Lines end in CRLF and are folded at 75 octets; DTSTAMP is the given UTC instant.
 * - A plan with nothing to schedule (contraindicated) gives a calendar without events, so that
 *   a subscribed calendar drops the events it had.
 *
 * @param plan - a treatment plan (from `planTreatment` or `replan`)
 * @param options - UID domain, DTSTAMP, the calendar's pseudonym (or `usePatientId`), and optionally a message layer
 * @returns the iCalendar text
 * @throws `PlannerError` `INVALID_INPUT` for a malformed plan or options
 *
 * @example
 * ```ts
 * import { planTreatment } from "microneedling-planner";
 * import { toICalendar } from "microneedling-planner/ical";
 * const plan = planTreatment(
 *   { id: "p-17", goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] },
 *   { today: "2026-11-24" },
 * );
 * const ics = toICalendar(plan, { uidDomain: "clinic.example", dtstamp: "2026-11-24T09:00:00Z", calendarId: "c-7f3a" });
 * ics.split("\r\n").filter((line) => /^(UID|DTSTART|DTEND|TRIGGER)/.test(line)).slice(0, 4);
 * //=> ["UID:c-7f3a-session-1@clinic.example", "DTSTART;VALUE=DATE:20261124", "DTEND;VALUE=DATE:20261209", "TRIGGER:PT0S"]
 * ```
 * @category Interop
 */
export function toICalendar(plan: DeepReadonly<TreatmentPlan>, options: ToICalendarOptions): string {
  assertValid("INVALID_INPUT", [
    [TREATMENT_PLAN, plan, "plan"],
    [TO_ICALENDAR_OPTIONS, options, "options"],
  ]);
  const patientId = plan.inputs.patient.id;
  if (options.calendarId === undefined && patientId === undefined) {
    throw new PlannerError("INVALID_INPUT", [
      {
        code: "required",
        path: ["plan", "inputs", "patient", "id"],
        message: "required by usePatientId: true (or give options.calendarId, a pseudonym)",
      },
    ]);
  }
  const key = options.calendarId ?? uidPart(patientId as string);
  const messages = options.messages ?? englishMessages;
  const lead = plan.protocol.reminderLeadDays;
  const stamp = `${basicDate(options.dtstamp.slice(0, 10))}T${options.dtstamp.slice(11, 19).replaceAll(":", "")}Z`;
  const total = plan.sessions.length;
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//microneedling-planner//microneedling-planner ${escapeText(plan.madeBy.version)}//EN`,
    "CALSCALE:GREGORIAN",
    `X-MICRONEEDLING-PROTOCOL:${escapeText(`${plan.protocol.id}@${plan.protocol.version}`)}`,
  ];

  /** An all-day event from `start` to `endInclusive`, or a timed one (floating local time). */
  const event = (
    uid: string,
    when: { start: string; end?: string; time?: string | undefined },
    summary: string,
    description: string,
    status: string,
  ) => {
    lines.push("BEGIN:VEVENT", `UID:${key}-${uid}@${options.uidDomain}`, `DTSTAMP:${stamp}`);
    if (when.time === undefined) {
      lines.push(
        `DTSTART;VALUE=DATE:${basicDate(when.start)}`,
        `DTEND;VALUE=DATE:${basicDate(plusDays(when.end ?? when.start, 1))}`,
      );
    } else {
      lines.push(`DTSTART:${basicDate(when.start)}T${when.time.replace(":", "")}00`);
    }
    lines.push(
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `STATUS:${status}`,
      "TRANSP:TRANSPARENT",
    );
  };
  /** An alarm `lead` days before `due`, never before the plan's today, relative to the event's start. */
  const alarm = (start: string, due: string, description: string) => {
    const fires = laterOf(plan.today, plusDays(due, -lead));
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `TRIGGER:${dayDuration(daysBetween(start, fires))}`,
      `DESCRIPTION:${escapeText(description)}`,
      "END:VALARM",
    );
  };

  for (let index = 0; index < total; index++) {
    const session = plan.sessions[index] as (typeof plan.sessions)[number];
    const uid = `session-${String(session.number)}`;
    const summary = messages.ical.sessionSummary({ session: session.number, total });
    if (session.status === "done") {
      event(uid, { start: session.doneOn }, summary, messages.ical.done({ doneOn: session.doneOn }), "CONFIRMED");
    } else if (session.status === "booked") {
      event(
        uid,
        { start: session.bookedOn, time: session.time },
        summary,
        messages.ical.booked({ bookedOn: session.bookedOn, time: session.time }),
        "CONFIRMED",
      );
      // Written out, not spread: on Node 20 a spread that adds a property costs microseconds.
      const reminder: SessionReminder = {
        kind: "appointment",
        remindOn: session.bookedOn,
        dueOn: session.bookedOn,
        session: session.number,
      };
      if (session.time !== undefined) reminder.time = session.time;
      alarm(session.bookedOn, session.bookedOn, messages.reminder(reminder));
    } else {
      event(
        uid,
        { start: session.earliest, end: session.latest },
        summary,
        messages.ical.window({
          earliest: session.earliest,
          due: session.due,
          latest: session.latest,
          overdue: session.status === "overdue",
        }),
        "TENTATIVE",
      );
      const kind = session.status === "overdue" ? "session-overdue" : "book-session";
      alarm(
        session.earliest,
        session.due,
        messages.reminder({ kind, remindOn: session.due, dueOn: session.due, session: session.number }),
      );
    }
    lines.push("END:VEVENT");
  }
  const m = plan.maintenance;
  if (m !== undefined) {
    event(
      "maintenance",
      { start: m.earliest, end: m.latest },
      messages.ical.maintenanceSummary,
      messages.ical.maintenance({ earliest: m.earliest, due: m.due, latest: m.latest }),
      "TENTATIVE",
    );
    alarm(m.earliest, m.due, messages.reminder({ kind: "maintenance-due", remindOn: m.due, dueOn: m.due }));
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
