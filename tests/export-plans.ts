import { defineProtocol, planTreatment, type TreatmentPlan } from "../src/index.js";

// Plans both exports (iCalendar and FHIR) have golden files for: the same plan gives both.

export const EXPORT_TODAY = "2026-11-24";

/**
 * Session 1 done; session 2 booked on 2026-11-26 at 10:30 (two days ahead: its alarm is clamped
 * to today), session 3 booked all day on 2026-12-29; session 4 still to book.
 */
export function bookedPlan(): TreatmentPlan {
  return planTreatment(
    {
      id: "rolling-booked",
      goal: "scar-revision",
      fitzpatrick: "III",
      scars: [{ type: "rolling", goodmanGrade: 3, area: "cheeks" }],
    },
    {
      today: EXPORT_TODAY,
      completed: ["2026-10-27"],
      booked: [
        { session: 2, on: "2026-11-26", time: "10:30" },
        { session: 3, on: "2026-12-29" },
      ],
      availability: { openWeekdays: ["tue", "wed", "thu"], closedDates: ["2026-12-24"] },
    },
  );
}

/** A clinic protocol: rejuvenation maintenance every 4 months (up to 8), reminders 2 days ahead. */
export const customProtocol = defineProtocol({
  maintenance: { rejuvenation: { earliestMonths: 4, dueMonths: 4, latestMonths: 8 } },
  reminderLeadDays: 2,
});

/** A rejuvenation course half done under {@link customProtocol}: no alarm is clamped to today. */
export function customProtocolPlan(): TreatmentPlan {
  return planTreatment(
    { id: "custom-rejuvenation", goal: "rejuvenation", fitzpatrick: "II" },
    { today: EXPORT_TODAY, completed: ["2026-10-13", "2026-11-10"], protocol: customProtocol },
  );
}
