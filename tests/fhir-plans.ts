import type { ToFhirCarePlanOptions, ToFhirPlanDefinitionOptions } from "../src/fhir.js";
import {
  defaultProtocol,
  defineProtocol,
  type Patient,
  type Protocol,
  planTreatment,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { bookedPlan, careStepsPlan, contraindicatedUntilPlan, customProtocolPlan } from "./export-plans.js";

// The care plans every FHIR suite exports: one for each CarePlan status the export can give, and
// the golden cases (plan and options) that the validators check too.
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
  "booked sessions, one all day and one at a time": bookedPlan(),
  "custom protocol exports the custom numbers": customProtocolPlan(),
  "on hold (contraindicated until a known day)": contraindicatedUntilPlan(),
  "care steps, photos and both result checks, one area": careStepsPlan(),
};

/** Rejuvenation maintenance every 4 months exactly (no wider window). */
export const rejuvenationProtocol = defineProtocol({
  maintenance: { rejuvenation: { earliestMonths: 4, dueMonths: 4, latestMonths: 4 } },
});
/** Scar-revision maintenance every 2 years. */
export const twoYearProtocol = defineProtocol({
  maintenance: { scarRevision: { earliestMonths: 20, dueMonths: 24, latestMonths: 30 } },
});

export interface FhirCase {
  readonly plan: TreatmentPlan;
  readonly options: ToFhirCarePlanOptions;
}

/** Every golden file's plan and options: each plan above, and a few more. */
export const CASES: Record<string, FhirCase> = {
  ...Object.fromEntries(
    Object.entries(PLANS).map(([name, plan]) => [
      name,
      { plan, options: { patient: "Patient/p-1", condition: "Condition/acne-scars" } },
    ]),
  ),
  "deferred and needs review, planned with English messages, no condition": {
    plan: planTreatment(
      {
        ...rolling,
        factors: [{ code: "diabetes" }, { code: "isotretinoin", status: "history", until: "2026-10-01" }],
      },
      { today: TODAY, messages: englishMessages },
    ),
    options: { patient: "Patient/p-1" },
  },
  // The maintenance timing is the plan's protocol's: no protocol option any more.
  "rejuvenation every 4 months, no periodMax": {
    plan: planTreatment(
      { id: "r", goal: "rejuvenation", fitzpatrick: "II" },
      { today: TODAY, completed: ["2026-11-03"], protocol: rejuvenationProtocol },
    ),
    options: { patient: "Patient/r" },
  },
  "canonical base names the PlanDefinition of a custom protocol": {
    plan: customProtocolPlan(),
    options: { patient: "Patient/p-1", canonicalBase: "https://clinic.example/fhir" },
  },
  "scar revision every 2 years, one session": {
    plan: planTreatment(rolling, { today: TODAY, sessionCount: 1, protocol: twoYearProtocol }),
    options: { patient: "Patient/p-1" },
  },
};

/** The protocols whose PlanDefinition is golden and validated: the default and customised ones. */
export const PLAN_DEFINITION_CASES: Record<
  string,
  { readonly protocol: Protocol; readonly options: ToFhirPlanDefinitionOptions }
> = {
  "default protocol": { protocol: defaultProtocol, options: {} },
  "customised protocol with a canonical base": {
    protocol: defineProtocol({
      id: "clinic-a",
      version: "2026.1",
      sessions: { severe: { min: 5, typical: 7, max: 9 } },
      sessionsByType: { striae: { min: 2, typical: 3, max: 4 }, burn: { min: 3, typical: 5, max: 8 } },
      interval: { minWeeks: 6, maxWeeks: 8 },
      isotretinoinWashoutMonths: 3,
      resultCheckMonths: 2,
      finalResultCheckMonths: 9,
      maintenance: { rejuvenation: { earliestMonths: 4, dueMonths: 4, latestMonths: 4 } },
    }),
    options: { canonicalBase: "https://clinic.example/fhir", status: "draft" },
  },
};
