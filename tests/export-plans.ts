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

/**
 * Still taking isotretinoin, last dose planned on 2026-12-31: contraindicated until the washout
 * ends (2027-06-30), and the course planned from that day (issue 12). FHIR: `on-hold`.
 */
export function contraindicatedUntilPlan(): TreatmentPlan {
  return planTreatment(
    {
      id: "isotretinoin-active",
      goal: "scar-revision",
      fitzpatrick: "II",
      scars: [{ type: "boxcar", depth: "shallow", goodmanGrade: 3 }],
      factors: [{ code: "isotretinoin", status: "active", until: "2026-12-31" }],
    },
    // A year of reminders: session 1's baseline photograph and its care are in it.
    { today: EXPORT_TODAY, horizonDays: 365 },
  );
}

/**
 * Care and photo checkpoints (issue 12): topical retinoids and cold sores ask for pre-care before
 * each session; a filler 4 days ago defers the next session to the end of its wait; the course
 * ends within the horizon, so both result checks are reminded. Every reminder kind the plan holds
 * is one the exports must accept.
 */
export function careStepsPlan(): TreatmentPlan {
  return planTreatment(
    {
      id: "care-steps",
      goal: "scar-revision",
      fitzpatrick: "III",
      scars: [{ type: "icepick", goodmanGrade: 2, area: "cheeks" }],
      factors: [
        { code: "topical-retinoids", status: "active" },
        { code: "herpes-simplex", status: "history" },
        { code: "recent-filler-or-toxin-in-area", status: "history", since: "2026-11-20" },
      ],
    },
    { today: EXPORT_TODAY, completed: ["2026-10-06"], area: "Cheeks", horizonDays: 200 },
  );
}
