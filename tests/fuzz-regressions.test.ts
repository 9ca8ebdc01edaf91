// Regressions for the bugs the fuzzer (scripts/fuzz.mjs) found; each was a raw error or an
// inconsistency on input the library accepts.
import { describe, expect, it } from "vitest";
import { toFhirCarePlan } from "../src/fhir.js";
import { toICalendar } from "../src/ical.js";
import {
  assessEligibility,
  estimateSessions,
  isPlannerError,
  PlannerError,
  planReminders,
  planSessions,
  planTreatment,
  type TreatmentPlan,
} from "../src/index.js";
import { parseCaseFile, parsePatient, parseTreatmentPlan, treatmentPlanSchema } from "../src/schemas.js";

const ICS = { uidDomain: "clinic.example", dtstamp: "2026-11-24T09:00:00Z" } as const;
const FHIR = { patient: "Patient/1" } as const;
const TODAY = "2026-11-24";

describe("fuzz findings", () => {
  it("a lone surrogate in a patient id gives a valid UID instead of a URIError", () => {
    const patient = parsePatient(JSON.parse('{"id":"a\\ud800b","goal":"rejuvenation","fitzpatrick":"II"}'));
    const ics = toICalendar(planTreatment(patient, { today: TODAY }), ICS);
    expect(ics).toContain("UID:a%EF%BF%BDb-session-1@clinic.example");
  });

  it("a plan made near the last input date is valid for the library's own result schema and exports", () => {
    const plan = planTreatment(
      { goal: "rejuvenation", fitzpatrick: "II" },
      { today: "2999-12-31", completed: ["2999-11-30"] },
    );
    expect((plan.sessions.at(-1)?.latest ?? "") > "2999-12-31").toBe(true);
    expect(treatmentPlanSchema.parse(plan)).toEqual(plan);
    expect(parseTreatmentPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(() => toICalendar(plan, ICS)).not.toThrow();
    expect(() => toFhirCarePlan(plan, FHIR)).not.toThrow();
    expect(() => planReminders(plan, { today: "2999-12-31" })).not.toThrow();
  });

  it("a hand-built plan with a flag without params is a PlannerError, not a TypeError", () => {
    const plan = planTreatment(
      { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] },
      { today: TODAY, completed: ["2026-07-28"] },
    );
    const broken = {
      ...plan,
      sessions: plan.sessions.map((s) => (s.number === 2 ? { ...s, flags: [{ code: "late" }] } : s)),
    } as unknown as TreatmentPlan;
    const issue = { code: "required", path: ["plan", "sessions", 1, "flags", 0, "params"], message: "required" };
    for (const run of [
      () => toFhirCarePlan(broken, FHIR),
      () => toICalendar(broken, ICS),
      () => planReminders(broken, { today: TODAY }),
      () => parseTreatmentPlan(broken),
    ]) {
      expect(run).toThrow(PlannerError);
      expect(run).toThrow("plan.sessions[1].flags[0].params: required");
      try {
        run();
      } catch (error) {
        expect(isPlannerError(error) && error.issues).toEqual([issue]);
      }
    }
  });

  it("an array with an own constructor property (Symbol.species) is read like any other array", () => {
    // An own `constructor` hijacks Array.prototype.map, filter, slice... (they read
    // constructor[Symbol.species]): a TypeError unless the library never calls them on input.
    // zod accepts such arrays, so the root entry does too, and every result is as for a plain array.
    const arrays = (hijack: boolean) => {
      const list = <T>(...items: T[]): T[] => (hijack ? Object.assign(items, { constructor: 1 }) : items);
      const patient = {
        goal: "scar-revision" as const,
        fitzpatrick: "III" as const,
        scars: list({ type: "rolling" as const, severity: "mild" as const }),
        factors: list({ code: "rosacea", status: "history" as const }),
      };
      const availability = { openWeekdays: list("mon" as const, "thu" as const), closedDates: list("2026-12-01") };
      const completed = list("2026-07-28", "2026-09-01");
      const plan = planTreatment(
        { goal: "scar-revision", fitzpatrick: "III" },
        { today: TODAY, completed: ["2026-07-28"], sessionCount: 3 },
      );
      const stored: TreatmentPlan = {
        ...plan,
        eligibility: {
          ...plan.eligibility,
          findings: list(...plan.eligibility.findings.map((f) => ({ ...f, sources: list(...f.sources) }))),
        },
        estimate: { ...plan.estimate, sources: list(...plan.estimate.sources) },
        sessions: list(...plan.sessions.map((s) => ({ ...s, flags: list(...s.flags) }))),
        reminders: list(...plan.reminders),
      };
      return { patient, availability, completed, stored };
    };
    const results = (hijack: boolean) => {
      const { patient, availability, completed, stored } = arrays(hijack);
      return [
        estimateSessions(patient),
        assessEligibility(patient, { today: TODAY }),
        planTreatment(patient, { today: TODAY, completed, availability }),
        planSessions({ sessionCount: 3, startOn: "2026-07-28", completed }, { today: TODAY, availability }),
        parsePatient(patient),
        parseCaseFile({ patient, completed, availability }),
        parseTreatmentPlan(stored),
        planReminders(stored, { today: TODAY }),
        toICalendar(stored, ICS),
        toFhirCarePlan(stored, FHIR),
      ];
    };
    expect(results(true)).toEqual(results(false));
  });
});
