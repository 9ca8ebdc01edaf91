import { describe, expect, it } from "vitest";
import { formatPath } from "../src/errors.js";
import { toFhirCarePlan } from "../src/fhir.js";
import { toICalendar } from "../src/ical.js";
import {
  assessEligibility,
  checkBooking,
  compareGoodmanScores,
  defaultProtocol,
  estimateSessions,
  GOODMAN_LESION_TYPES,
  goodmanQuantitativeScore,
  type IssueCode,
  type IssuePath,
  type Patient,
  PlannerError,
  type Protocol,
  planReminders,
  planTreatment,
  replan,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { parsePatient, safeParsePatient } from "../src/schemas.js";
import { frozen, makePatient, ON } from "./fixtures.js";
import { caught, MESSAGE_LAYER } from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

const DATE = "expected a real calendar date YYYY-MM-DD from 1900 to 2999";
const SCAR_TYPE =
  'expected one of "boxcar", "icepick", "rolling", "hypertrophic", "keloid", "surgical", "traumatic", "burn", "varicella", "striae"';
const FITZPATRICK = 'expected one of "I", "II", "III", "IV", "V", "VI"';
const NON_BOXCAR_KEYS = "unknown key; expected one of type, severity, goodmanGrade, formedOn, area";
/** The keys of a scar that is not an acne scar: no depth, and no Goodman grade. */
const OTHER_SCAR_KEYS = "unknown key; expected one of type, severity, formedOn, area";
/** Issue messages are cut to 300 characters (src/errors.ts): the protocol's keys no longer fit. */
const cut300 = (text: string): string => (text.length <= 300 ? text : `${text.slice(0, 299)}…`);
const PROTOCOL_KEYS = cut300(
  "unknown key; expected one of id, version, sessions, sessionsByType, interval, reassessAfterWeeks, isotretinoinWashoutMonths, resultCheckMonths, finalResultCheckMonths, maintenance, reminderLeadDays, deferralReviewDays, labelMinimumAgeYears, recentScarMonths, burnMaturityMonths, fillerToxinWaitDays, resurfacingWaitDays, retinoidStopDays, antiviralLeadDays, pihRiskFrom",
);

/** The issue the input checks report, with `value` only when one was found. */
const expectedIssue = (code: IssueCode, path: IssuePath, message: string, value?: unknown) =>
  value === undefined ? { code, path, message } : { code, path, message, value };

describe("assessEligibility rejects values that violate its types", () => {
  it.each([
    [null, "invalid-type", ["options"], "expected an object", null],
    [{}, "required", ["options", "today"], "required", undefined],
    [{ today: "2026-02-30" }, "invalid-date", ["options", "today"], DATE, "2026-02-30"],
    [{ today: "2026-2-3" }, "invalid-date", ["options", "today"], DATE, "2026-2-3"],
    [{ today: "1899-12-31" }, "invalid-date", ["options", "today"], DATE, "1899-12-31"],
    [{ today: "3000-01-01" }, "invalid-date", ["options", "today"], DATE, "3000-01-01"],
    [{ today: 20261124 }, "invalid-type", ["options", "today"], DATE, 20261124],
  ] as const)("options %o -> %s at %o", (options, code, path, message, value) => {
    const error = caught(() => assessEligibility(makePatient(), options as never));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([expectedIssue(code, path, message, value)]);
    expect(error.message).toBe(`${formatPath(path)}: ${message}`);
  });

  it("the old option `on` is an unknown key, and `today` is then missing", () => {
    const error = caught(() => assessEligibility(makePatient(), { on: ON } as never));
    expect(error.issues).toEqual([
      { code: "required", path: ["options", "today"], message: "required" },
      {
        code: "unknown-key",
        path: ["options", "on"],
        message: "unknown key; expected one of today, area, protocol, messages",
        value: ON,
      },
    ]);
  });

  const basic = { goal: "rejuvenation", fitzpatrick: "II" } as const;
  it.each([
    [null, "invalid-type", ["patient"], "expected an object", null],
    ["text", "invalid-type", ["patient"], "expected an object", "text"],
    [
      { goal: "tattoo", fitzpatrick: "II" },
      "invalid-value",
      ["patient", "goal"],
      'expected one of "scar-revision", "rejuvenation"',
      "tattoo",
    ],
    [{ ...basic, fitzpatrick: 3 }, "invalid-value", ["patient", "fitzpatrick"], FITZPATRICK, 3],
    [{ ...basic, birthDate: "2026-02-29" }, "invalid-date", ["patient", "birthDate"], DATE, "2026-02-29"],
    [{ ...basic, scars: {} }, "invalid-type", ["patient", "scars"], "expected an array", {}],
    [{ ...basic, scars: [{ type: "mole" }] }, "invalid-value", ["patient", "scars", 0, "type"], SCAR_TYPE, "mole"],
    [{ ...basic, scars: [{}] }, "required", ["patient", "scars", 0, "type"], "required", undefined],
    [
      { ...basic, scars: [{ type: "icepick", depth: "deep" }] },
      "unknown-key",
      ["patient", "scars", 0, "depth"],
      NON_BOXCAR_KEYS,
      "deep",
    ],
    [
      { ...basic, scars: [{ type: "striae", goodmanGrade: 2 }] },
      "unknown-key",
      ["patient", "scars", 0, "goodmanGrade"],
      OTHER_SCAR_KEYS,
      2,
    ],
    [
      { ...basic, scars: [{ type: "burn", depth: "deep" }] },
      "unknown-key",
      ["patient", "scars", 0, "depth"],
      OTHER_SCAR_KEYS,
      "deep",
    ],
    [
      { ...basic, scars: [{ type: "rolling", area: " " }] },
      "invalid-format",
      ["patient", "scars", 0, "area"],
      "expected an area name, not blank",
      " ",
    ],
    [
      { ...basic, scars: [{ type: "boxcar", goodmanGrade: 5 }] },
      "invalid-value",
      ["patient", "scars", 0, "goodmanGrade"],
      "expected one of 1, 2, 3, 4",
      5,
    ],
    [{ ...basic, scars: [null] }, "invalid-type", ["patient", "scars", 0], "expected an object", null],
    [
      { ...basic, factors: [{ code: "" }] },
      "too-short",
      ["patient", "factors", 0, "code"],
      "expected 1 to 100 characters",
      "",
    ],
    [
      { ...basic, factors: [{ code: "other" }] },
      "required",
      ["patient", "factors", 0, "note"],
      "an 'other' factor needs a note saying what it is",
      undefined,
    ],
    [
      { ...basic, factors: [{ code: "sunburn", status: "now" }] },
      "invalid-value",
      ["patient", "factors", 0, "status"],
      'expected one of "active", "history"',
      "now",
    ],
    [
      { ...basic, factors: [{ code: "sunburn", until: "31/12/2026" }] },
      "invalid-date",
      ["patient", "factors", 0, "until"],
      DATE,
      "31/12/2026",
    ],
    [{ ...basic, id: "" }, "too-short", ["patient", "id"], "expected 1 to 128 characters", ""],
    [
      { ...basic, scars: Array(51).fill({ type: "rolling" }) },
      "too-long",
      ["patient", "scars"],
      "expected at most 50 items",
      ["[object]", "[object]", "[object]", "… 48 more"],
    ],
  ] as const)("patient %o -> %s at %o", (patient, code, path, message, value) => {
    const error = caught(() => assessEligibility(patient as unknown as Patient, { today: ON }));
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([expectedIssue(code, path, message, value)]);
    expect(error.message).toBe(`${formatPath(path)}: ${message}`);
  });

  it("reports every problem at once", () => {
    const error = caught(() => assessEligibility({ goal: "x", fitzpatrick: "y" } as unknown as Patient, { today: ON }));
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid-value", ["patient", "goal"]],
      ["invalid-value", ["patient", "fitzpatrick"]],
    ]);
  });

  it("rejects an incomplete or inconsistent protocol in options with INVALID_INPUT", () => {
    const partial = { ...defaultProtocol, interval: { minWeeks: 4 } } as unknown as Protocol;
    const incomplete = caught(() => assessEligibility(makePatient(), { today: ON, protocol: partial }));
    expect(incomplete.code).toBe("INVALID_INPUT");
    expect(incomplete.issues).toEqual([
      { code: "required", path: ["options", "protocol", "interval", "maxWeeks"], message: "required" },
    ]);
    const inconsistent = { ...defaultProtocol, interval: { minWeeks: 7, maxWeeks: 6 } };
    const error = caught(() => assessEligibility(makePatient(), { today: ON, protocol: inconsistent }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([
      {
        code: "inconsistent",
        path: ["options", "protocol", "interval", "maxWeeks"],
        message: "must be at least minWeeks (7)",
        value: 6,
      },
    ]);
    expect(caught(() => assessEligibility(makePatient(), { today: ON, protocol: 5 as never })).code).toBe(
      "INVALID_INPUT",
    );
  });

  it("reports every missing and invalid setting of a hand-made protocol in one error", () => {
    const { reminderLeadDays: _dropped, ...rest } = defaultProtocol;
    const broken = { ...rest, pihRiskFrom: "VII", sessions: "many", extra: 1 } as unknown as Protocol;
    const error = caught(() => assessEligibility(makePatient(), { today: ON, protocol: broken }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([
      {
        code: "invalid-type",
        path: ["options", "protocol", "sessions"],
        message: "expected an object",
        value: "many",
      },
      { code: "required", path: ["options", "protocol", "reminderLeadDays"], message: "required" },
      { code: "invalid-value", path: ["options", "protocol", "pihRiskFrom"], message: FITZPATRICK, value: "VII" },
      { code: "unknown-key", path: ["options", "protocol", "extra"], message: PROTOCOL_KEYS, value: 1 },
    ]);
  });

  it("accepts a hand-built complete protocol and keeps its version", () => {
    const copy = JSON.parse(JSON.stringify({ ...defaultProtocol, version: "clinic-7" })) as Protocol;
    expect(assessEligibility(makePatient(), { today: ON, protocol: copy }).protocolVersion).toBe("clinic-7");
  });
});

/** The [code, path, value, message] of each problem `run` reports. */
const problems = (run: () => unknown) =>
  caught(run).issues.map((issue) => [issue.code, issue.path, issue.value, issue.message]);
const patientProblems = (patient: unknown) => problems(() => assessEligibility(patient as Patient, { today: ON }));
const basic = { goal: "rejuvenation", fitzpatrick: "II" } as const;

describe("every check names its problem exactly", () => {
  it("strings: not a string, too short, too long; the maximum length is accepted", () => {
    expect(patientProblems({ ...basic, id: 5 })).toEqual([["invalid-type", ["patient", "id"], 5, "expected a string"]]);
    expect(patientProblems({ ...basic, id: "" })).toEqual([
      ["too-short", ["patient", "id"], "", "expected 1 to 128 characters"],
    ]);
    const tooLong = "x".repeat(129);
    expect(patientProblems({ ...basic, id: tooLong })).toEqual([
      ["too-long", ["patient", "id"], `${"x".repeat(99)}…`, "expected 1 to 128 characters"],
    ]);
    expect(assessEligibility({ ...basic, id: "x".repeat(128) }, { today: ON }).status).toBe("eligible");
    expect(patientProblems({ ...basic, factors: [{ code: ["diabetes"] }] })).toEqual([
      ["invalid-type", ["patient", "factors", 0, "code"], ["diabetes"], "expected a string"],
    ]);
    expect(patientProblems({ ...basic, factors: [{ code: "x".repeat(101) }] })).toEqual([
      ["too-long", ["patient", "factors", 0, "code"], `${"x".repeat(99)}…`, "expected 1 to 100 characters"],
    ]);
    expect(assessEligibility({ ...basic, factors: [{ code: "x".repeat(100) }] }, { today: ON }).status).toBe(
      "needs-review",
    );
  });

  it("arrays: too long is one issue and its items are not checked; an own constructor does not matter", () => {
    const scars = Array(51).fill({ type: "mole" });
    expect(patientProblems({ ...basic, scars })).toEqual([
      [
        "too-long",
        ["patient", "scars"],
        ["[object]", "[object]", "[object]", "… 48 more"],
        "expected at most 50 items",
      ],
    ]);
    // An array is an array (Array.isArray, as in zod), whatever its own keys: both paths accept it.
    const hijacked = Object.assign([{ type: "rolling" }], { constructor: Object });
    expect(assessEligibility({ ...basic, scars: hijacked } as Patient, { today: ON }).status).toBe("eligible");
    expect(parsePatient({ ...basic, scars: hijacked }).scars).toEqual([{ type: "rolling" }]);
  });

  it("scars and factors: the cross-field rules", () => {
    expect(patientProblems({ ...basic, scars: [{ type: "icepick", depth: "deep" }] })).toEqual([
      ["unknown-key", ["patient", "scars", 0, "depth"], "deep", NON_BOXCAR_KEYS],
    ]);
    // Goodman & Baron grades belong to acne scars only (boxcar, icepick, rolling), whatever the value.
    for (const type of ["hypertrophic", "keloid", "surgical", "traumatic", "burn", "varicella", "striae"]) {
      expect(patientProblems({ ...basic, scars: [{ type, goodmanGrade: 1 }] })).toEqual([
        ["unknown-key", ["patient", "scars", 0, "goodmanGrade"], 1, OTHER_SCAR_KEYS],
      ]);
      expect(patientProblems({ ...basic, scars: [{ type, goodmanGrade: undefined }] })).toEqual([
        ["unknown-key", ["patient", "scars", 0, "goodmanGrade"], undefined, OTHER_SCAR_KEYS],
      ]);
    }
    for (const type of ["boxcar", "icepick", "rolling"]) {
      const { status } = assessEligibility({ ...basic, scars: [{ type, goodmanGrade: 3 }] } as Patient, { today: ON });
      // Icepick scars respond less: a precaution; the grade itself is accepted on all three.
      expect([type, status]).toEqual([type, type === "icepick" ? "eligible-with-precautions" : "eligible"]);
    }
    expect(patientProblems({ ...basic, factors: [{ code: "other" }] })).toEqual([
      ["required", ["patient", "factors", 0, "note"], undefined, "an 'other' factor needs a note saying what it is"],
    ]);
  });

  it("integers, plain objects and message layers", () => {
    expect(problems(() => planTreatment(makePatient(), { today: ON, sessionCount: 0 }))).toEqual([
      ["out-of-range", ["options", "sessionCount"], 0, "expected an integer from 1 to 20"],
    ]);
    expect(problems(() => planTreatment(makePatient(), { today: ON, sessionCount: 2.5 }))).toEqual([
      ["invalid-type", ["options", "sessionCount"], 2.5, "expected an integer"],
    ]);
    expect(problems(() => estimateSessions({ goal: "rejuvenation", fitzpatrick: "II" }, null as never))).toEqual([
      ["invalid-type", ["options"], null, "expected an object"],
    ]);
    const messages = { finding: 1, reminder: () => "" };
    expect(problems(() => assessEligibility(makePatient(), { today: ON, messages: messages as never }))).toEqual([
      ["invalid-type", ["options", "messages"], { finding: 1, reminder: "[function]" }, MESSAGE_LAYER],
    ]);
    // A layer written before bookingReason existed is not a message layer.
    const old = { finding: () => "", reminder: () => "" };
    expect(problems(() => planTreatment(makePatient(), { today: ON, messages: old as never }))).toEqual([
      ["invalid-type", ["options", "messages"], { finding: "[function]", reminder: "[function]" }, MESSAGE_LAYER],
    ]);
  });

  it("a message layer is an object whose blocks are all objects holding all their functions", () => {
    const layerProblems = (messages: unknown) =>
      problems(() => planTreatment(makePatient(), { today: ON, messages: messages as never }));
    // The preview of a layer spread from englishMessages: its first 3 keys, then how many more.
    const more = `${String(Object.keys(englishMessages).length - 3)} more`;
    const spread = { finding: "[function]", reminder: "[function]", bookingReason: "[function]", "…": more };
    expect(() => planTreatment(makePatient(), { today: ON, messages: { ...englishMessages } })).not.toThrow();
    expect(layerProblems(null)).toEqual([["invalid-type", ["options", "messages"], null, MESSAGE_LAYER]]);
    // A function is no layer, even one carrying every function and block of a layer.
    expect(layerProblems(Object.assign(() => "", englishMessages))).toEqual([
      ["invalid-type", ["options", "messages"], "[function]", MESSAGE_LAYER],
    ]);
    const { cli } = englishMessages;
    for (const layer of [
      // the last block missing, or not an object
      { ...englishMessages, cds: undefined },
      { ...englishMessages, cds: null },
      // a block without its functions, or without one of them
      { ...englishMessages, cli: {} },
      { ...englishMessages, cli: { ...cli, bookingEligibility: undefined } },
      { ...englishMessages, cli: { ...cli, planHeading: "Plan" } },
    ]) {
      expect(layerProblems(layer)).toEqual([["invalid-type", ["options", "messages"], spread, MESSAGE_LAYER]]);
    }
  });

  it("bookings: a session 1-50, a local time HH:MM, known keys, one per session", () => {
    const book = (booked: unknown) => () => planTreatment(makePatient(), { today: ON, booked: booked as never });
    const TIME = "expected a local time of day HH:MM (00:00 to 23:59)";
    expect(problems(book([{ session: 0, on: "2026-12-01", time: "24:00" }]))).toEqual([
      ["out-of-range", ["options", "booked", 0, "session"], 0, "expected an integer from 1 to 50"],
      ["invalid-format", ["options", "booked", 0, "time"], "24:00", TIME],
    ]);
    expect(problems(book([{ session: 51, on: "2026-12-32", time: "9:00" }]))).toEqual([
      ["out-of-range", ["options", "booked", 0, "session"], 51, "expected an integer from 1 to 50"],
      ["invalid-date", ["options", "booked", 0, "on"], "2026-12-32", DATE],
      ["invalid-format", ["options", "booked", 0, "time"], "9:00", TIME],
    ]);
    expect(problems(book([{ session: 2, on: "2026-12-01", at: "10:00" }]))).toEqual([
      ["unknown-key", ["options", "booked", 0, "at"], "10:00", "unknown key; expected one of session, on, time"],
    ]);
    expect(problems(book([{ on: "2026-12-01" }]))).toEqual([
      ["required", ["options", "booked", 0, "session"], undefined, "required"],
    ]);
    expect(
      problems(
        book([
          { session: 2, on: "2026-12-01" },
          { session: 3, on: "2026-12-29" },
          { session: 2, on: "2026-12-08", time: "10:00" },
        ]),
      ),
    ).toEqual([["inconsistent", ["options", "booked", 2, "session"], 2, "session 2 is booked more than once"]]);
    expect(
      planTreatment(makePatient(), { today: ON, booked: [{ session: 50, on: "2026-12-01", time: "23:59" }] }).sessions,
    ).toHaveLength(50);
  });

  it("availability needs an open weekday", () => {
    expect(problems(() => planTreatment(makePatient(), { today: ON, availability: { openWeekdays: [] } }))).toEqual([
      ["too-short", ["options", "availability", "openWeekdays"], [], "expected 1 to 7 items"],
    ]);
  });

  it("dates in a plan may run to 9999, its inputs' to 2999", () => {
    const plan = planTreatment(basic, { today: ON });
    const withDue = (due: string): TreatmentPlan => ({
      ...plan,
      sessions: [{ number: 1, earliest: ON, due, latest: "9999-12-31", status: "upcoming", flags: [] }],
    });
    // The exports read the plan's sessions as they are.
    const activity = toFhirCarePlan(withDue("9999-12-31"), { patient: "Patient/1" }).activity[0]?.detail;
    expect(activity?.scheduledPeriod).toEqual({ start: ON, end: "9999-12-31" });
    // planReminders re-plans from the inputs: the stored sessions are checked, then made again.
    expect(planReminders(withDue("9999-12-31"), { today: ON, horizonDays: 30 })).toEqual(
      planReminders(plan, { today: ON, horizonDays: 30 }),
    );
    const remind = (due: string) => () => planReminders(withDue(due), { today: ON, horizonDays: 30 });
    expect(problems(remind("2026-02-30"))).toEqual([
      [
        "invalid-date",
        ["plan", "sessions", 0, "due"],
        "2026-02-30",
        "expected a real calendar date YYYY-MM-DD from 1900 to 9999",
      ],
    ]);
    // What the plan was made from is input: its dates are input dates.
    const late = { ...plan, inputs: { ...plan.inputs, completed: ["3000-01-01"] } };
    expect(problems(() => planReminders(late, { today: ON }))).toEqual([
      ["invalid-date", ["plan", "inputs", "completed", 0], "3000-01-01", DATE],
    ]);
  });

  it("a protocol that is not an object", () => {
    const error = caught(() => assessEligibility(makePatient(), { today: ON, protocol: 5 as never }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([
      { code: "invalid-type", path: ["options", "protocol"], message: "expected an object", value: 5 },
    ]);
  });

  it("the error message lists every problem, separated by semicolons", () => {
    const error = caught(() => assessEligibility({ goal: "x", fitzpatrick: "y" } as unknown as Patient, { today: ON }));
    expect(error.message).toBe(
      `patient.goal: expected one of "scar-revision", "rejuvenation"; patient.fitzpatrick: ${FITZPATRICK}`,
    );
    expect(error).toBeInstanceOf(PlannerError);
  });
});

describe("one policy on both paths: root functions and parse helpers", () => {
  const scarTypo = { goal: "scar-revision", fitzpatrick: "III", scar: [{ type: "rolling", goodmanGrade: 3 }] };
  const typoIssue = {
    code: "unknown-key",
    path: ["patient", "scar"],
    message: "unknown key; expected one of id, goal, fitzpatrick, birthDate, scars, factors",
    value: ["[object]"],
  };

  it.each([
    ["planTreatment", () => planTreatment(scarTypo as never, { today: ON })],
    ["assessEligibility", () => assessEligibility(scarTypo as never, { today: ON })],
    ["estimateSessions", () => estimateSessions(scarTypo as never)],
    ["parsePatient", () => parsePatient(scarTypo)],
  ])("the `scar` typo is one unknown-key issue from %s", (_name, run) => {
    const error = caught(run);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path.at(-1)).toBe("scar");
    expect(error.issues[0]).toEqual(typoIssue);
  });

  it("an unknown factor code is accepted by parsePatient and sent to review", () => {
    const patient = parsePatient({ goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "lupus-flare" }] });
    expect(patient.factors).toEqual([{ code: "lupus-flare" }]);
    const result = assessEligibility(patient, { today: ON });
    expect(result.status).toBe("needs-review");
    expect(result.findings).toEqual([
      {
        kind: "factor",
        code: "lupus-flare",
        index: 0,
        reason: "unknown-code",
        effect: "needs-review",
        params: {},
        sources: ["PLANNER-DECISION"],
      },
    ]);
  });

  it("`depth: undefined` on a non-boxcar scar is rejected by both paths the same way", () => {
    const patient = { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", depth: undefined }] };
    const issue = { code: "unknown-key", path: ["patient", "scars", 0, "depth"], message: NON_BOXCAR_KEYS };
    const root = caught(() => assessEligibility(patient as never, { today: ON }));
    const parsed = safeParsePatient(patient);
    expect(root.issues).toEqual([issue]);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([issue]);
    expect(caught(() => parsePatient(patient)).issues).toEqual([issue]);
    // On a boxcar scar, depth is known: undefined counts as absent.
    const boxcar = { ...patient, scars: [{ type: "boxcar", depth: undefined }] };
    expect(safeParsePatient(boxcar).success).toBe(true);
    expect(assessEligibility(boxcar as never, { today: ON }).status).toBe("needs-review");
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
      const result = assessEligibility(frozen(patient), { today: ON });
      expect(patient).toEqual(snapshot);
      expect(result.findings.length).toBeGreaterThan(0);
    },
  );
});

describe("hostile arrays: an own constructor or iterator is not called", () => {
  /** An array that throws if `map`, `filter` or `for...of` is used on it (zod accepts it, so the checks must). */
  function hostile<T>(items: T[]): T[] {
    Object.defineProperty(items, "constructor", { value: "not a constructor", enumerable: false });
    Object.defineProperty(items, Symbol.iterator, {
      value: () => {
        throw new Error("iterated");
      },
    });
    return items;
  }

  it("planTreatment and the exports read such arrays by index, as zod does", () => {
    const patient = makePatient({
      scars: hostile([{ type: "rolling", goodmanGrade: 3 }]),
      factors: hostile([{ code: "herpes-simplex", status: "history" }]),
    });
    const options = {
      today: ON,
      completed: hostile(["2026-10-27"]),
      availability: { openWeekdays: hostile(["tue" as const, "thu" as const]), closedDates: hostile(["2026-12-24"]) },
    };
    expect(safeParsePatient(patient).success).toBe(true);
    const plan = planTreatment(patient, options);
    const plain = planTreatment(
      makePatient({
        scars: [{ type: "rolling", goodmanGrade: 3 }],
        factors: [{ code: "herpes-simplex", status: "history" }],
      }),
      {
        today: ON,
        completed: ["2026-10-27"],
        availability: { openWeekdays: ["tue", "thu"], closedDates: ["2026-12-24"] },
      },
    );
    expect(plan).toEqual(plain);
    const stored = {
      ...plan,
      inputs: {
        ...plan.inputs,
        completed: hostile(plan.inputs.completed.slice()),
        booked: hostile([{ session: 2, on: "2026-12-01" }]),
        patient: { ...plan.inputs.patient, scars: hostile([{ type: "rolling" as const, goodmanGrade: 3 as const }]) },
      },
      sessions: hostile(plan.sessions.slice()),
    };
    expect(planReminders(stored, { today: ON })).toEqual(
      planReminders({ ...plan, inputs: { ...plan.inputs, booked: [{ session: 2, on: "2026-12-01" }] } }, { today: ON }),
    );
    expect(planReminders({ ...stored, inputs: { ...stored.inputs, booked: [] } }, { today: ON })).toEqual(
      plan.reminders,
    );
    const plainStored = { ...plan, inputs: { ...plan.inputs, booked: [{ session: 2, on: "2026-12-01" }] } };
    expect(replan(stored, { today: "2026-11-25" })).toEqual(replan(plainStored, { today: "2026-11-25" }));
    // Another today re-plans first (for the plan's own today, see tests/fuzz-regressions.test.ts).
    const check = { on: "2026-12-01", today: "2026-11-25" };
    expect(checkBooking(stored, check)).toEqual(checkBooking(plainStored, check));
    const icalOptions = { uidDomain: "clinic.example", dtstamp: "2026-11-24T09:00:00Z", calendarId: "c-1" };
    expect(toICalendar(stored, icalOptions)).toBe(toICalendar(plan, icalOptions));
    expect(toFhirCarePlan(stored, { patient: "Patient/1" })).toEqual(toFhirCarePlan(plan, { patient: "Patient/1" }));
  });
});

describe("the Goodman & Baron quantitative score and the area option reject bad input exactly", () => {
  const scoreProblems = (input: unknown) => problems(() => goodmanQuantitativeScore(input as never));
  const LESION_KEYS = `unknown key; expected one of ${GOODMAN_LESION_TYPES.join(", ")}`;

  it.each([
    [null, "invalid-type", ["input"], "expected an object", null],
    [[], "invalid-type", ["input"], "expected an object", []],
    [
      { lesions: { macular: -1 } },
      "out-of-range",
      ["input", "lesions", "macular"],
      "expected an integer from 0 to 1000",
      -1,
    ],
    [
      { lesions: { papular: 1001 } },
      "out-of-range",
      ["input", "lesions", "papular"],
      "expected an integer from 0 to 1000",
      1001,
    ],
    [{ lesions: { macular: 1.5 } }, "invalid-type", ["input", "lesions", "macular"], "expected an integer", 1.5],
    [{ lesions: { pimple: 1 } }, "unknown-key", ["input", "lesions", "pimple"], LESION_KEYS, 1],
    [{ lesions: 3 }, "invalid-type", ["input", "lesions"], "expected an object", 3],
    [{ area: 3 }, "unknown-key", ["input", "area"], "unknown key; expected one of lesions, hypertrophicAreaCm2", 3],
    // The area is a number, not an integer: its bounds hold for fractions too.
    [
      { hypertrophicAreaCm2: -0.5 },
      "out-of-range",
      ["input", "hypertrophicAreaCm2"],
      "expected a number from 0 to 1000",
      -0.5,
    ],
    [
      { hypertrophicAreaCm2: 1000.5 },
      "out-of-range",
      ["input", "hypertrophicAreaCm2"],
      "expected a number from 0 to 1000",
      1000.5,
    ],
    [{ hypertrophicAreaCm2: Number.NaN }, "invalid-type", ["input", "hypertrophicAreaCm2"], "expected a number", "NaN"],
    [
      { hypertrophicAreaCm2: Number.POSITIVE_INFINITY },
      "invalid-type",
      ["input", "hypertrophicAreaCm2"],
      "expected a number",
      "Infinity",
    ],
    [{ hypertrophicAreaCm2: "2" }, "invalid-type", ["input", "hypertrophicAreaCm2"], "expected a number", "2"],
  ] as const)("goodmanQuantitativeScore(%o) -> %s at %o", (input, code, path, message, value) => {
    const error = caught(() => goodmanQuantitativeScore(input as never));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([expectedIssue(code, path, message, value)]);
    expect(error.message).toBe(`${formatPath(path)}: ${message}`);
  });

  it("accepts the bounds of every count and of the area, and undefined as absent", () => {
    expect(goodmanQuantitativeScore({ hypertrophicAreaCm2: 0 }).score).toBe(0);
    expect(goodmanQuantitativeScore({ hypertrophicAreaCm2: -0 }).score).toBe(0);
    expect(goodmanQuantitativeScore({ hypertrophicAreaCm2: 1000 }).score).toBe(18);
    expect(goodmanQuantitativeScore({ lesions: { macular: 0, papular: 1000 } }).points).toEqual({ papular: 6 });
    expect(goodmanQuantitativeScore({ lesions: { macular: undefined }, hypertrophicAreaCm2: undefined }).score).toBe(0);
    expect(scoreProblems({ lesions: { macular: -1, papular: 2.5 }, hypertrophicAreaCm2: -1, extra: 1 })).toEqual([
      ["out-of-range", ["input", "lesions", "macular"], -1, "expected an integer from 0 to 1000"],
      ["invalid-type", ["input", "lesions", "papular"], 2.5, "expected an integer"],
      ["out-of-range", ["input", "hypertrophicAreaCm2"], -1, "expected a number from 0 to 1000"],
      ["unknown-key", ["input", "extra"], 1, "unknown key; expected one of lesions, hypertrophicAreaCm2"],
    ]);
  });

  it("compareGoodmanScores names the scores and the options", () => {
    expect(problems(() => compareGoodmanScores({ before: 85, after: -1 }))).toEqual([
      ["out-of-range", ["scores", "before"], 85, "expected an integer from 0 to 84"],
      ["out-of-range", ["scores", "after"], -1, "expected an integer from 0 to 84"],
    ]);
    expect(problems(() => compareGoodmanScores({ before: 1 } as never))).toEqual([
      ["required", ["scores", "after"], undefined, "required"],
    ]);
    expect(problems(() => compareGoodmanScores({ before: 1.5, after: 2 }))).toEqual([
      ["invalid-type", ["scores", "before"], 1.5, "expected an integer"],
    ]);
    expect(problems(() => compareGoodmanScores({ before: 1, after: 2 }, { threshold: 0 }))).toEqual([
      ["out-of-range", ["options", "threshold"], 0, "expected an integer from 1 to 20"],
    ]);
    expect(problems(() => compareGoodmanScores({ before: 1, after: 2 }, { threshold: 21 }))).toEqual([
      ["out-of-range", ["options", "threshold"], 21, "expected an integer from 1 to 20"],
    ]);
    expect(problems(() => compareGoodmanScores({ before: 1, after: 2 }, null as never))).toEqual([
      ["invalid-type", ["options"], null, "expected an object"],
    ]);
    expect(
      problems(() => compareGoodmanScores(null as never, { threshold: "4" } as never)).map(([code, path]) => [
        code,
        path,
      ]),
    ).toEqual([
      ["invalid-type", ["scores"]],
      ["invalid-type", ["options", "threshold"]],
    ]);
  });

  it("area: at most 100 characters, not blank, in every function that takes it", () => {
    const patient = makePatient();
    const plan = planTreatment(patient, { today: ON });
    const cases = [
      ["", "invalid-format", "expected an area name, not blank", ""],
      [" \t\n", "invalid-format", "expected an area name, not blank", " \t\n"],
      ["x".repeat(101), "too-long", "expected at most 100 characters", `${"x".repeat(99)}…`],
    ] as const;
    for (const [value, code, message, shown] of cases) {
      const expected = [[code, ["options", "area"], shown, message]];
      expect(problems(() => assessEligibility(patient, { today: ON, area: value }))).toEqual(expected);
      expect(problems(() => estimateSessions(patient, { area: value }))).toEqual(expected);
      expect(problems(() => planTreatment(patient, { today: ON, area: value }))).toEqual(expected);
      expect(problems(() => replan(plan, { today: ON, area: value }))).toEqual(expected);
    }
    // 100 characters (code points), and surrounding spaces, are fine.
    expect(planTreatment(patient, { today: ON, area: "😀".repeat(100) }).inputs.area).toBe("😀".repeat(100));
    expect(planTreatment(patient, { today: ON, area: " x " }).inputs.area).toBe(" x ");
    expect(problems(() => planTreatment(patient, { today: ON, area: 5 as never }))).toEqual([
      ["invalid-type", ["options", "area"], 5, "expected a string"],
    ]);
  });
});
