import { type Patient, planTreatment, type TreatmentPlan } from "../src/index.js";

// The care plans every FHIR suite exports: one for each CarePlan status the export can give.
export const TODAY = "2026-11-24";
export const rolling: Patient = {
  id: "p-1",
  goal: "scar-revision",
  fitzpatrick: "III",
  scars: [{ type: "rolling", severity: "moderate" }],
};
export const PLANS: Record<string, TreatmentPlan> = {
  "active, one done": planTreatment(rolling, { today: TODAY, completed: ["2026-10-27"] }),
  "overdue session": planTreatment(
    { ...rolling, scars: [{ type: "boxcar", depth: "deep", goodmanGrade: 4 }] },
    { today: TODAY, completed: ["2026-07-28", "2026-08-25"] },
  ),
  "on hold (deferred)": planTreatment(
    { ...rolling, factors: [{ code: "pregnant-or-nursing", until: "2027-06-01" }] },
    { today: TODAY },
  ),
  "draft (needs review)": planTreatment({ ...rolling, factors: [{ code: "diabetes" }] }, { today: TODAY }),
  "revoked (contraindicated)": planTreatment(
    { ...rolling, factors: [{ code: "bleeding-disorder" }] },
    { today: TODAY },
  ),
  "completed rejuvenation": planTreatment(
    { goal: "rejuvenation", fitzpatrick: "IV" },
    { today: TODAY, completed: ["2026-04-06", "2026-05-04", "2026-06-01", "2026-06-29"] },
  ),
};
