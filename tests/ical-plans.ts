import type { ToICalendarOptions } from "../src/ical.js";
import { defineProtocol, type Messages, planTreatment, type TreatmentPlan } from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { bookedPlan, careStepsPlan, contraindicatedUntilPlan, customProtocolPlan } from "./export-plans.js";
import { SVG_TEXTS } from "./fixtures.js";

// The plans every iCalendar suite exports, and the events each should give.
export const OPTIONS = { uidDomain: "clinic.example", dtstamp: "2026-11-24T09:30:05Z", calendarId: "c-7f3a" } as const;

/** A protocol whose only change is the reminder lead: 2 days. */
export const twoDayLead = defineProtocol({ reminderLeadDays: 2 });

export function severePlan(
  today = "2026-11-24",
  completed = ["2026-07-28", "2026-08-25"],
  protocol?: ReturnType<typeof defineProtocol>,
): TreatmentPlan {
  return planTreatment(
    {
      id: "severe-boxcar",
      goal: "scar-revision",
      fitzpatrick: "II",
      scars: [{ type: "boxcar", depth: "deep", goodmanGrade: 4 }],
    },
    {
      today,
      completed,
      availability: { openWeekdays: ["tue", "wed", "thu"], closedDates: ["2026-12-24"] },
      protocol,
    },
  );
}

export const PLANS: Record<string, TreatmentPlan> = {
  "severe with a missed session": severePlan(),
  "rejuvenation, maintenance due": planTreatment(
    { id: "rejuv; 1,2", goal: "rejuvenation", fitzpatrick: "III" },
    { today: "2026-11-24", completed: ["2026-04-06", "2026-05-04", "2026-06-01", "2026-06-29"] },
  ),
  "deferred, starts after the washout": planTreatment(
    {
      goal: "scar-revision",
      fitzpatrick: "V",
      scars: [{ type: "rolling", severity: "moderate" }],
      factors: [{ code: "isotretinoin", status: "history", until: "2026-08-31" }],
    },
    { today: "2026-11-24" },
  ),
  "contraindicated, nothing planned": planTreatment(
    {
      goal: "scar-revision",
      fitzpatrick: "I",
      scars: [{ type: "rolling", severity: "mild" }],
      factors: [{ code: "bleeding-disorder" }],
    },
    { today: "2026-11-24" },
  ),
  "booked sessions, one all day and one at a time": bookedPlan(),
  "custom protocol exports the custom numbers": customProtocolPlan(),
  "contraindicated until a planned last dose, planned after it": contraindicatedUntilPlan(),
  "care steps, photos and both result checks, one area": careStepsPlan(),
};

/** A German message layer (alarm descriptions only). */
export const GERMAN: Messages = {
  ...englishMessages,
  finding: () => "",
  reminder: (r) => `Termin ${"session" in r ? String(r.session) : "Erhaltung"} buchen, fällig am ${r.dueOn}`,
  bookingReason: () => "",
  ...SVG_TEXTS,
};

export interface ICalCase {
  readonly plan: TreatmentPlan;
  readonly options: ToICalendarOptions;
}

/** Every golden file's plan and options: each plan above with {@link OPTIONS}, and a few more. */
export const CASES: Record<string, ICalCase> = {
  ...Object.fromEntries(Object.entries(PLANS).map(([name, plan]) => [name, { plan, options: OPTIONS }])),
  // The 2-day lead is the protocol's (the plan's), not an export option.
  "severe, re-planned after a late session, 2-day lead, German alarms": {
    plan: severePlan("2026-12-10", ["2026-07-28", "2026-08-25", "2026-11-26"], twoDayLead),
    options: { ...OPTIONS, dtstamp: "2026-12-10T23:59:59.999Z", messages: GERMAN },
  },
  "patient id in UIDs, by choice": {
    plan: PLANS["rejuvenation, maintenance due"] as TreatmentPlan,
    options: { uidDomain: OPTIONS.uidDomain, dtstamp: OPTIONS.dtstamp, usePatientId: true },
  },
};

const nextDay = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** The UID prefix the options give: the calendar id, else the patient's id percent-encoded. */
export function uidKey(plan: TreatmentPlan, options: ToICalendarOptions): string {
  if (options.calendarId !== undefined) return options.calendarId;
  return encodeURIComponent(plan.inputs.patient.id ?? "").replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The plan's expected events: [uid, start, end]. All-day events give dates (`end` exclusive); an
 * event booked at a time gives a floating local date-time, and ends when it starts (no DTEND:
 * RFC 5545 3.6.1).
 */
export function expectedEvents(plan: TreatmentPlan, options: ToICalendarOptions): Array<[string, string, string]> {
  const key = uidKey(plan, options);
  const events: Array<[string, string, string]> = plan.sessions.map((s) => {
    const uid = `${key}-session-${String(s.number)}@${options.uidDomain}`;
    if (s.status === "done") return [uid, s.doneOn, nextDay(s.doneOn)];
    if (s.status === "booked") {
      if (s.time === undefined) return [uid, s.bookedOn, nextDay(s.bookedOn)];
      return [uid, `${s.bookedOn}T${s.time}:00`, `${s.bookedOn}T${s.time}:00`];
    }
    return [uid, s.earliest, nextDay(s.latest)];
  });
  if (plan.maintenance)
    events.push([
      `${key}-maintenance@${options.uidDomain}`,
      plan.maintenance.earliest,
      nextDay(plan.maintenance.latest),
    ]);
  return events;
}
