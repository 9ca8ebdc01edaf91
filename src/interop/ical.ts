/**
 * iCalendar (RFC 5545) export of a treatment plan.
 *
 * @module
 */
import { daysBetween, plusDays } from "../_lib/iso-date.js";
import { englishMessages } from "../messages/en.js";
import type { Messages } from "../models/messages.js";
import type { TreatmentPlan } from "../models/plan.js";
import type { DeepReadonly } from "../models/readonly.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
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
  /** The PRODID (1-200 characters); `-//microneedling-planner//EN` when omitted. */
  readonly prodId?: string | undefined;
  /** Days before a due date when the alarm fires (0-90); the default protocol's `reminderLeadDays` (7) when omitted. */
  readonly leadDays?: number | undefined;
  /** Message layer for alarm descriptions; `englishMessages` when omitted. */
  readonly messages?: Messages | undefined;
}

/** Escapes a TEXT value (RFC 5545 3.3.11). */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const basicDate = (iso: string): string => iso.replaceAll("-", "");

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
 * the next maintenance, for calendar apps to subscribe to.
 *
 * - Sessions still ahead span their window: DTSTART is `earliest`, DTEND the day after `latest`
 *   (DTEND is exclusive), STATUS:TENTATIVE, with a DISPLAY alarm `leadDays` before `due`.
 *   Done sessions are the day they were done, STATUS:CONFIRMED, without an alarm.
 * - Dates are DATE values with no TZID, so the file means the same in every time zone.
 * - UIDs are `<patientId>-session-<n>@<uidDomain>` and `<patientId>-maintenance@<uidDomain>`:
 *   exporting a re-planned course updates the same events instead of duplicating them.
 * - Lines end in CRLF and are folded at 75 octets; DTSTAMP is the given UTC instant.
 * - A plan with nothing to schedule (contraindicated) gives a calendar without events, so that
 *   a subscribed calendar drops the events it had.
 *
 * @param plan - a treatment plan (from `planTreatment`)
 * @param options - UID domain, DTSTAMP, and optionally PRODID, alarm lead and message layer
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
 * const ics = toICalendar(plan, { uidDomain: "clinic.example", dtstamp: "2026-11-24T09:00:00Z" });
 * ics.split("\r\n").filter((line) => /^(UID|DTSTART|DTEND|TRIGGER)/.test(line)).slice(0, 4);
 * //=> ["UID:p-17-session-1@clinic.example", "DTSTART;VALUE=DATE:20261124", "DTEND;VALUE=DATE:20261209", "TRIGGER:-P7D"]
 * ```
 * @category Interop
 */
export function toICalendar(plan: DeepReadonly<TreatmentPlan>, options: ToICalendarOptions): string {
  assertValid("INVALID_INPUT", [
    [TREATMENT_PLAN, plan, "plan"],
    [TO_ICALENDAR_OPTIONS, options, "options"],
  ]);
  const messages = options.messages ?? englishMessages;
  const lead = options.leadDays ?? defaultProtocol.reminderLeadDays;
  const stamp = `${basicDate(options.dtstamp.slice(0, 10))}T${options.dtstamp.slice(11, 19).replaceAll(":", "")}Z`;
  const key = uidPart(plan.patientId ?? "patient");
  const total = plan.sessions.length;
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(options.prodId ?? "-//microneedling-planner//EN")}`,
    "CALSCALE:GREGORIAN",
  ];

  const event = (
    uid: string,
    start: string,
    endInclusive: string,
    summary: string,
    description: string,
    status: string,
  ) => {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uid}@${options.uidDomain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(start)}`,
      `DTEND;VALUE=DATE:${basicDate(plusDays(endInclusive, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `STATUS:${status}`,
      "TRANSP:TRANSPARENT",
    );
  };
  const alarm = (start: string, due: string, description: string) => {
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `TRIGGER:${dayDuration(daysBetween(start, due) - lead)}`,
      `DESCRIPTION:${escapeText(description)}`,
      "END:VALARM",
    );
  };

  for (let index = 0; index < total; index++) {
    const session = plan.sessions[index] as (typeof plan.sessions)[number];
    const summary = `Microneedling session ${String(session.number)} of ${String(total)}`;
    if (session.status === "done") {
      event(
        `${key}-session-${String(session.number)}`,
        session.doneOn,
        session.doneOn,
        summary,
        `Done on ${session.doneOn}.`,
        "CONFIRMED",
      );
    } else {
      event(
        `${key}-session-${String(session.number)}`,
        session.earliest,
        session.latest,
        summary,
        `Book between ${session.earliest} and ${session.latest}; due ${session.due}.${session.status === "overdue" ? " Overdue: re-planned from today." : ""}`,
        "TENTATIVE",
      );
      alarm(
        session.earliest,
        session.due,
        messages.reminder({
          kind: session.status === "overdue" ? "session-overdue" : "book-session",
          remindOn: session.due,
          dueOn: session.due,
          session: session.number,
        }),
      );
    }
    lines.push("END:VEVENT");
  }
  const m = plan.maintenance;
  if (m !== undefined) {
    event(
      `${key}-maintenance`,
      m.earliest,
      m.latest,
      "Microneedling maintenance",
      `Book between ${m.earliest} and ${m.latest}; due ${m.due}.`,
      "TENTATIVE",
    );
    alarm(m.earliest, m.due, messages.reminder({ kind: "maintenance-due", remindOn: m.due, dueOn: m.due }));
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
