// Regressions for the bugs the fuzzer (scripts/fuzz.mjs) found; each was a raw error or an
// inconsistency on input the library accepts.
import { describe, expect, it } from "vitest";
import { toFhirCarePlan } from "../src/fhir.js";
import { toICalendar } from "../src/ical.js";
import { estimateSessions, PlannerError, planTreatment, type TreatmentPlan } from "../src/index.js";
import { parsePatient, treatmentPlanSchema } from "../src/schemas.js";

const ICS = { uidDomain: "clinic.example", dtstamp: "2026-11-24T09:00:00Z" } as const;

describe("fuzz findings", () => {
  it("a lone surrogate in a patient id gives a valid UID instead of a URIError", () => {
    const patient = parsePatient(JSON.parse('{"id":"a\\ud800b","goal":"rejuvenation","fitzpatrick":"II"}'));
    const ics = toICalendar(planTreatment(patient, { today: "2026-11-24" }), ICS);
    expect(ics).toContain("UID:a%EF%BF%BDb-session-1@clinic.example");
  });

  it("a plan made near the last input date is valid for the library's own result schema and exports", () => {
    const plan = planTreatment(
      { goal: "rejuvenation", fitzpatrick: "II" },
      { today: "2999-12-31", completed: ["2999-11-30"] },
    );
    expect((plan.sessions.at(-1)?.latest ?? "") > "2999-12-31").toBe(true);
    expect(treatmentPlanSchema.parse(plan)).toEqual(plan);
    expect(() => toICalendar(plan, ICS)).not.toThrow();
    expect(() => toFhirCarePlan(plan, { patient: "Patient/1" })).not.toThrow();
  });

  it("a hand-built plan with a flag without params is a PlannerError, not a TypeError", () => {
    const plan = planTreatment(
      { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] },
      { today: "2026-11-24", completed: ["2026-07-28"] },
    );
    const broken = {
      ...plan,
      sessions: plan.sessions.map((s) => (s.number === 2 ? { ...s, flags: [{ code: "late" }] } : s)),
    } as unknown as TreatmentPlan;
    expect(() => toFhirCarePlan(broken, { patient: "Patient/1" })).toThrow(PlannerError);
    expect(() => toFhirCarePlan(broken, { patient: "Patient/1" })).toThrow("plan.sessions[1].flags[0].params");
  });

  it("an array with an own constructor property is rejected, not crashed on", () => {
    const scars = Object.assign([{ severity: "mild" as const }], { constructor: 1 });
    expect(() => estimateSessions({ goal: "scar-revision", scars })).toThrow(PlannerError);
  });
});
