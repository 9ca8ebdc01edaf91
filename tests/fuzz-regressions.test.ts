// Regressions for the bugs the fuzzer (scripts/fuzz.mjs) found; each was a raw error or an
// inconsistency on input the library accepts.
import { describe, expect, it } from "vitest";
import { toFhirCarePlan } from "../src/fhir.js";
import { toICalendar } from "../src/ical.js";
import {
  assessEligibility,
  checkBooking,
  defaultProtocol,
  estimateSessions,
  goodmanQuantitativeScore,
  isPlannerError,
  type Messages,
  PlannerError,
  planReminders,
  planSessions,
  planTreatment,
  replan,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { parseCaseFile, parsePatient, parseProtocol, parseTreatmentPlan, treatmentPlanSchema } from "../src/schemas.js";

const ICS = { uidDomain: "clinic.example", dtstamp: "2026-11-24T09:00:00Z", calendarId: "c-1" } as const;
const FHIR = { patient: "Patient/1" } as const;
const TODAY = "2026-11-24";

describe("fuzz findings", () => {
  it("a lone surrogate in a patient id gives a valid UID instead of a URIError", () => {
    const patient = parsePatient(JSON.parse('{"id":"a\\ud800b","goal":"rejuvenation","fitzpatrick":"II"}'));
    const { calendarId: _pseudonym, ...options } = ICS;
    const ics = toICalendar(planTreatment(patient, { today: TODAY }), { ...options, usePatientId: true });
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
    expect(replan(plan, { today: "2999-12-31" })).toEqual(plan);
    const session = checkBooking(plan, { on: "2999-12-31" });
    expect([session.status, session.session, session.reasons]).toEqual(["allowed", 2, []]);
    const maintenance = checkBooking(plan, { on: "2999-12-31", visit: "maintenance" });
    expect(maintenance.reasons.map((reason) => [reason.code, reason.params])).toEqual([
      ["maintenance-too-early", { earliest: "3000-05-25" }],
      ["course-unfinished", { sessionsLeft: 3 }],
    ]);
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
      () => replan(broken, { today: TODAY }),
      () => checkBooking(broken, { on: TODAY }),
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
      const booked = list({ session: 2, on: "2026-11-26", time: "10:00" }, { session: 3, on: "2026-12-24" });
      const plan = planTreatment(
        { goal: "scar-revision", fitzpatrick: "III" },
        { today: TODAY, completed: ["2026-07-28"], sessionCount: 3, booked: [{ session: 2, on: "2026-11-26" }] },
      );
      const stored: TreatmentPlan = {
        ...plan,
        inputs: { ...plan.inputs, patient, completed: list("2026-07-28"), booked, availability },
        eligibility: {
          ...plan.eligibility,
          findings: list(...plan.eligibility.findings.map((f) => ({ ...f, sources: list(...f.sources) }))),
        },
        estimate: { ...plan.estimate, sources: list(...plan.estimate.sources) },
        sessions: list(...plan.sessions.map((s) => ({ ...s, flags: list(...s.flags) }))),
        reminders: list(...plan.reminders),
      };
      return { patient, availability, completed, booked, plan, stored };
    };
    const results = (hijack: boolean) => {
      const { patient, availability, completed, booked, plan, stored } = arrays(hijack);
      return [
        estimateSessions(patient),
        assessEligibility(patient, { today: TODAY }),
        planTreatment(patient, { today: TODAY, completed, availability, booked }),
        planSessions({ sessionCount: 3, startOn: "2026-07-28", completed, booked }, { today: TODAY, availability }),
        parsePatient(patient),
        parseCaseFile({ patient, completed, availability, booked }),
        parseTreatmentPlan(stored),
        planReminders(stored, { today: TODAY }),
        replan(stored, { today: "2026-12-01" }),
        replan(plan, { today: TODAY, patient, completed, booked, availability }),
        // On the plan's own today, checkBooking reads the stored plan itself (see the next test).
        checkBooking(stored, { on: "2026-11-26" }),
        checkBooking(stored, { on: "2026-11-26", today: "2026-11-25" }),
        checkBooking(stored, { on: "2026-12-03", today: "2026-12-01", visit: "maintenance" }),
        toICalendar(stored, ICS),
        toFhirCarePlan(stored, FHIR),
      ];
    };
    expect(results(true)).toEqual(results(false));
  });

  it("checkBooking on a stored plan's own today reads an array with an own constructor like any other", () => {
    // It used to read plan.sessions with Array.prototype.filter, which an own `constructor`
    // hijacks (a TypeError); it now reads them by index.
    const plan = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: TODAY });
    const stored = { ...plan, sessions: Object.assign([...plan.sessions], { constructor: 1 }) };
    expect(checkBooking(stored, { on: TODAY })).toEqual(checkBooking(plan, { on: TODAY }));
    expect(checkBooking(stored, { on: TODAY })).toMatchObject({ status: "allowed", visit: "session", session: 1 });
  });

  it("a session booked before the previous session's day is out-of-order: a plan the library accepts", () => {
    // It used to be flagged too-soon with negative days, which the plan schema rejects.
    const plan = planTreatment(
      { goal: "rejuvenation", fitzpatrick: "II" },
      { today: TODAY, startOn: "2026-12-01", booked: [{ session: 2, on: TODAY }] },
    );
    expect(plan.sessions[1]).toMatchObject({
      status: "booked",
      bookedOn: TODAY,
      flags: [{ code: "out-of-order", params: { previous: "2026-12-01" } }],
    });
    expect(treatmentPlanSchema.safeParse(plan).success).toBe(true);
    expect(replan(plan, { today: TODAY })).toStrictEqual(plan);
    expect(() => replan(plan, { today: "2026-11-25" })).not.toThrow();
  });

  it("a plan made with -0 protocol settings is the plan it was after a JSON round trip", () => {
    // -0 in a protocol is stored as 0 (the plan's protocol is a copy, never the caller's object).
    const protocol = parseProtocol({ ...defaultProtocol, reminderLeadDays: -0 });
    const plan = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: TODAY, protocol });
    expect(Object.is(plan.protocol.reminderLeadDays, 0)).toBe(true);
    expect(plan.protocol).not.toBe(protocol);
    expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
    // replan stores -0 given to it as 0.
    const replanned = replan(plan, { today: TODAY, horizonDays: -0 });
    expect(Object.is(replanned.inputs.horizonDays, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(replanned))).toStrictEqual(replanned);
  });

  // Found by the fuzzer: planTreatment kept horizonDays -0, so the plan stored as JSON (0) was
  // not the plan made. It is stored as 0.
  it("a plan made with horizonDays -0 is the plan it was after a JSON round trip", () => {
    const plan = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: TODAY, horizonDays: -0 });
    expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
  });
  // Found by the fuzzer (issue 12): a patient whose scars are all macular (estimate 0) with a
  // session done or booked gets a beyond-estimate flag with `planned: 0`; the flag's schema accepts it.
  it("a macular-only patient with a session booked or done has a plan the library accepts", () => {
    const macular = { goal: "scar-revision", fitzpatrick: "I", scars: [{ type: "boxcar", goodmanGrade: 1 }] } as const;
    for (const options of [
      { today: TODAY, booked: [{ session: 1, on: TODAY }] },
      { today: TODAY, completed: ["2026-10-01"] },
    ]) {
      const plan = planTreatment(macular, options);
      expect(plan.estimate.typical).toBe(0);
      expect(treatmentPlanSchema.safeParse(plan).success).toBe(true);
      expect(() => replan(plan, { today: TODAY })).not.toThrow();
      expect(() => toICalendar(plan, ICS)).not.toThrow();
      expect(() => toFhirCarePlan(plan, FHIR)).not.toThrow();
    }
  });

  it("the quantitative score takes -0 cm² as 0 and fractions of a cm² as they are", () => {
    expect(goodmanQuantitativeScore({ hypertrophicAreaCm2: -0 })).toEqual({
      score: 0,
      maximum: 84,
      points: {},
      weightsVerified: false,
      sources: ["GOODMAN-QUANT-2006"],
    });
    expect(goodmanQuantitativeScore({ hypertrophicAreaCm2: Number.MIN_VALUE }).points).toEqual({
      "hypertrophic-area": 6,
    });
    expect(goodmanQuantitativeScore({ hypertrophicAreaCm2: 20.000001 }).points).toEqual({ "hypertrophic-area": 18 });
    expect(JSON.parse(JSON.stringify(goodmanQuantitativeScore({ hypertrophicAreaCm2: -0 })))).toStrictEqual(
      goodmanQuantitativeScore({ hypertrophicAreaCm2: 0 }),
    );
  });
});

describe("fuzz findings: message layers (issues 13 and 15)", () => {
  // Found by the fuzzer: a layer whose blocks were objects without their functions (`fhir: {}`)
  // passed the layer check, and the exports then threw a raw TypeError. Every block's functions
  // are now part of the check: such a layer is an INVALID_INPUT issue at options.messages.
  it.each(["labels", "ical", "fhir", "cli", "cds"] as const)(
    "a layer whose %s block lacks its functions is bad input",
    (block) => {
      const plan = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "2026-11-24" });
      const messages = { ...englishMessages, [block]: {} } as unknown as Messages;
      let caught: unknown;
      try {
        toFhirCarePlan(plan, { patient: "Patient/1", messages });
      } catch (error) {
        caught = error;
      }
      expect(isPlannerError(caught)).toBe(true);
      expect((caught as PlannerError).issues.map((i) => [i.code, i.path.join(".")])).toEqual([
        ["invalid-type", "options.messages"],
      ]);
      // One function missing is enough.
      const whole = englishMessages[block] as unknown as Record<string, unknown>;
      const gone = Object.keys(whole).find((k) => typeof whole[k] === "function") as string;
      const rest = Object.fromEntries(Object.entries(whole).filter(([k]) => k !== gone));
      expect(() =>
        toFhirCarePlan(plan, {
          patient: "Patient/1",
          messages: { ...englishMessages, [block]: rest } as unknown as Messages,
        }),
      ).toThrow(PlannerError);
    },
  );
});
