import { planTreatment, type TreatmentPlan } from "../src/index.js";

// The plans every iCalendar suite exports, and the events each should give.
export const OPTIONS = { uidDomain: "clinic.example", dtstamp: "2026-11-24T09:30:05Z" } as const;

export function severePlan(today = "2026-11-24", completed = ["2026-07-28", "2026-08-25"]): TreatmentPlan {
  return planTreatment(
    {
      id: "severe-boxcar",
      goal: "scar-revision",
      fitzpatrick: "II",
      scars: [{ type: "boxcar", depth: "deep", goodmanGrade: 4 }],
    },
    { today, completed, availability: { openWeekdays: ["tue", "wed", "thu"], closedDates: ["2026-12-24"] } },
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
};

const nextDay = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** The plan's expected events: [uid, DTSTART, DTEND(exclusive)]. */
export function expectedEvents(plan: TreatmentPlan): Array<[string, string, string]> {
  const key = encodeURIComponent(plan.patientId ?? "patient").replace(/%20/g, "%20");
  const events: Array<[string, string, string]> = plan.sessions.map((s) => [
    `${key}-session-${String(s.number)}@clinic.example`,
    s.status === "done" ? s.doneOn : s.earliest,
    nextDay(s.status === "done" ? s.doneOn : s.latest),
  ]);
  if (plan.maintenance)
    events.push([`${key}-maintenance@clinic.example`, plan.maintenance.earliest, nextDay(plan.maintenance.latest)]);
  return events;
}
