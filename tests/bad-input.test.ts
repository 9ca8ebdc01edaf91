import { describe, expect, it } from "vitest";
import {
  assessEligibility,
  defaultProtocol,
  estimateSessions,
  type Patient,
  PlannerError,
  type Protocol,
  planTreatment,
  upcomingReminders,
} from "../src/index.js";
import { frozen, makePatient, ON } from "./fixtures.js";
import { caught } from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

describe("assessEligibility rejects values that violate its types", () => {
  it.each([
    [null, "options", "expected an object"],
    [{}, "options.on", "expected a real calendar date"],
    [{ on: "2026-02-30" }, "options.on", "expected a real calendar date"],
    [{ on: "2026-2-3" }, "options.on", "expected a real calendar date"],
    [{ on: "1899-12-31" }, "options.on", "from 1900 to 2999"],
    [{ on: 20261124 }, "options.on", "got 20261124"],
  ])("options %o -> %s", (options, path, message) => {
    const error = caught(() => assessEligibility(makePatient(), options as never));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toBe(path);
    expect(error.message).toContain(message);
  });

  it.each([
    [null, "patient", null],
    ["text", "patient", "text"],
    [{ goal: "tattoo", fitzpatrick: "II" }, "patient.goal", "tattoo"],
    [{ goal: "rejuvenation", fitzpatrick: 3 }, "patient.fitzpatrick", 3],
    [{ goal: "rejuvenation", fitzpatrick: "II", birthDate: "2026-02-29" }, "patient.birthDate", "2026-02-29"],
    [{ goal: "rejuvenation", fitzpatrick: "II", scars: {} }, "patient.scars", {}],
    [{ goal: "rejuvenation", fitzpatrick: "II", scars: [{ type: "mole" }] }, "patient.scars[0].type", "mole"],
    [
      { goal: "rejuvenation", fitzpatrick: "II", scars: [{ type: "icepick", depth: "deep" }] },
      "patient.scars[0].depth",
      "deep",
    ],
    [
      { goal: "rejuvenation", fitzpatrick: "II", scars: [{ type: "boxcar", goodmanGrade: 5 }] },
      "patient.scars[0].goodmanGrade",
      5,
    ],
    [{ goal: "rejuvenation", fitzpatrick: "II", scars: [null] }, "patient.scars[0]", null],
    [{ goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "" }] }, "patient.factors[0].code", ""],
    [{ goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "other" }] }, "patient.factors[0].note", undefined],
    [
      { goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "sunburn", status: "now" }] },
      "patient.factors[0].status",
      "now",
    ],
    [
      { goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "sunburn", until: "31/12/2026" }] },
      "patient.factors[0].until",
      "31/12/2026",
    ],
    [{ goal: "rejuvenation", fitzpatrick: "II", id: "" }, "patient.id", ""],
    [
      { goal: "rejuvenation", fitzpatrick: "II", scars: Array(51).fill({ type: "rolling" }) },
      "patient.scars",
      undefined,
    ],
  ])("patient %o -> %s", (patient, path, value) => {
    const error = caught(() => assessEligibility(patient as unknown as Patient, { on: ON }));
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toBe(path);
    if (value !== undefined || path.endsWith("note")) expect(error.issues[0]?.value).toEqual(value);
    expect(error.message.startsWith(path)).toBe(true);
  });

  it("reports every problem at once", () => {
    const error = caught(() => assessEligibility({ goal: "x", fitzpatrick: "y" } as unknown as Patient, { on: ON }));
    expect(error.issues.map((issue) => issue.path)).toEqual(["patient.goal", "patient.fitzpatrick"]);
  });

  it("rejects an incomplete or inconsistent protocol with INVALID_PROTOCOL", () => {
    const partial = { ...defaultProtocol, interval: { minWeeks: 4 } } as unknown as Protocol;
    expect(caught(() => assessEligibility(makePatient(), { on: ON, protocol: partial })).issues[0]?.path).toBe(
      "options.protocol.interval.maxWeeks",
    );
    const inconsistent = { ...defaultProtocol, interval: { minWeeks: 7, maxWeeks: 6 } };
    expect(caught(() => assessEligibility(makePatient(), { on: ON, protocol: inconsistent })).code).toBe(
      "INVALID_PROTOCOL",
    );
    expect(caught(() => assessEligibility(makePatient(), { on: ON, protocol: 5 as never })).code).toBe(
      "INVALID_PROTOCOL",
    );
  });

  it("reports every missing and invalid setting of a hand-made protocol in one error", () => {
    const { reminderLeadDays: _dropped, ...rest } = defaultProtocol;
    const broken = { ...rest, pihRiskFrom: "VII", sessions: "many", extra: 1 } as unknown as Protocol;
    const error = caught(() => assessEligibility(makePatient(), { on: ON, protocol: broken }));
    expect(error.code).toBe("INVALID_PROTOCOL");
    expect(error.issues.map((issue) => [issue.path, issue.value, issue.message])).toEqual([
      ["options.protocol.extra", 1, "unknown setting"],
      ["options.protocol.sessions", "many", "expected an object"],
      ["options.protocol.reminderLeadDays", undefined, "missing setting; build protocols with defineProtocol()"],
      ["options.protocol.pihRiskFrom", "VII", 'expected one of "I", "II", "III", "IV", "V", "VI"'],
    ]);
  });

  it("accepts a hand-built complete protocol and keeps its version", () => {
    const copy = JSON.parse(JSON.stringify({ ...defaultProtocol, version: "clinic-7" })) as Protocol;
    expect(assessEligibility(makePatient(), { on: ON, protocol: copy }).protocolVersion).toBe("clinic-7");
  });
});

/** The [path, value, message] of each problem `run` reports. */
const problems = (run: () => unknown) => caught(run).issues.map((issue) => [issue.path, issue.value, issue.message]);
const patientProblems = (patient: unknown) => problems(() => assessEligibility(patient as Patient, { on: ON }));
const basic = { goal: "rejuvenation", fitzpatrick: "II" } as const;

describe("every check names its problem exactly", () => {
  it("strings: not a string, too short, too long; the maximum length is accepted", () => {
    expect(patientProblems({ ...basic, id: 5 })).toEqual([
      ["patient.id", 5, "expected a string of 1 to 128 characters"],
    ]);
    expect(patientProblems({ ...basic, id: "" })).toEqual([
      ["patient.id", "", "expected a string of 1 to 128 characters"],
    ]);
    const tooLong = "x".repeat(129);
    expect(patientProblems({ ...basic, id: tooLong })).toEqual([
      ["patient.id", tooLong, "expected a string of 1 to 128 characters"],
    ]);
    expect(assessEligibility({ ...basic, id: "x".repeat(128) }, { on: ON }).status).toBe("eligible");
    expect(patientProblems({ ...basic, factors: [{ code: ["diabetes"] }] })).toEqual([
      ["patient.factors[0].code", ["diabetes"], "expected a string of 1 to 100 characters"],
    ]);
  });

  it("arrays: too long, or with an own constructor", () => {
    const scars = Array(51).fill({ type: "rolling" });
    expect(patientProblems({ ...basic, scars })).toEqual([
      ["patient.scars", scars, "expected an array of at most 50 items"],
    ]);
    const hijacked = Object.assign([{ type: "rolling" }], { constructor: Object });
    expect(patientProblems({ ...basic, scars: hijacked })).toEqual([
      ["patient.scars", hijacked, "expected an array of at most 50 items"],
    ]);
  });

  it("scars and factors: the cross-field rules", () => {
    expect(patientProblems({ ...basic, scars: [{ type: "icepick", depth: "deep" }] })).toEqual([
      ["patient.scars[0].depth", "deep", "depth applies to boxcar scars only"],
    ]);
    expect(patientProblems({ ...basic, factors: [{ code: "other" }] })).toEqual([
      ["patient.factors[0].note", undefined, "an 'other' factor needs a note saying what it is"],
    ]);
  });

  it("integers, plain objects and message layers", () => {
    expect(problems(() => planTreatment(makePatient(), { today: ON, sessionCount: 0 }))).toEqual([
      ["options.sessionCount", 0, "expected an integer from 1 to 20"],
    ]);
    expect(problems(() => estimateSessions({ goal: "rejuvenation" }, null as never))).toEqual([
      ["options", null, "expected an object"],
    ]);
    const messages = { finding: 1, reminder: () => "" };
    expect(problems(() => assessEligibility(makePatient(), { on: ON, messages: messages as never }))).toEqual([
      ["options.messages.finding", 1, "expected a function"],
    ]);
  });

  it("availability needs an open weekday", () => {
    expect(problems(() => planTreatment(makePatient(), { today: ON, availability: { openWeekdays: [] } }))).toEqual([
      ["options.availability.openWeekdays", [], "expected at least one open weekday"],
    ]);
  });

  it("dates in a plan may run to 9999", () => {
    const remind = (due: string) => () =>
      upcomingReminders({ sessions: [{ number: 1, due, latest: "9999-12-31", status: "upcoming" }] } as never, {
        today: ON,
        horizonDays: 30,
      });
    expect(remind("9999-12-31")()).toEqual([]);
    expect(problems(remind("2026-02-30"))).toEqual([
      ["plan.sessions[0].due", "2026-02-30", "expected a real calendar date YYYY-MM-DD from 1900 to 9999"],
    ]);
  });

  it("a protocol that is not an object", () => {
    const error = caught(() => assessEligibility(makePatient(), { on: ON, protocol: 5 as never }));
    expect(error.code).toBe("INVALID_PROTOCOL");
    expect(error.issues).toEqual([{ path: "options.protocol", value: 5, message: "expected a protocol object" }]);
  });

  it("the error message lists every problem, separated by semicolons", () => {
    const error = caught(() => assessEligibility({ goal: "x", fitzpatrick: "y" } as unknown as Patient, { on: ON }));
    expect(error.message).toBe(
      'patient.goal: expected one of "scar-revision", "rejuvenation", got "x"; ' +
        'patient.fitzpatrick: expected one of "I", "II", "III", "IV", "V", "VI", got "y"',
    );
    expect(error).toBeInstanceOf(PlannerError);
  });
});

describe("inputs are never mutated", () => {
  const report = fc.constantFrom(
    { code: "isotretinoin", status: "history", until: "2026-08-24" } as const,
    { code: "pregnant-or-nursing", until: "2027-03-01" } as const,
    { code: "herpes-simplex", status: "history" } as const,
    { code: "other", note: "x" } as const,
    { code: "sunburn", since: "2027-01-01" } as const,
  );
  prop([fc.array(report, { maxLength: 5 }), fc.constantFrom("I", "IV", "VI" as const)])(
    "a deeply frozen patient is accepted and unchanged",
    (factors, fitzpatrick) => {
      const patient = makePatient({ factors: [...factors], fitzpatrick, birthDate: "2010-01-01" });
      const snapshot = structuredClone(patient);
      const result = assessEligibility(frozen(patient), { on: ON });
      expect(patient).toEqual(snapshot);
      expect(result.findings.length).toBeGreaterThan(0);
    },
  );
});
