import { describe, expect, it } from "vitest";
import { formatPath, MAX_ISSUES, MAX_ISSUES_SIZE, previewValue } from "../src/errors.js";
import {
  assessEligibility,
  checkBooking,
  estimateSessions,
  ISSUE_CODES,
  isPlannerError,
  PLANNER_ERROR_CODES,
  PlannerError,
  type PlannerIssue,
  planReminders,
  planTreatment,
  replan,
  type TreatmentPlan,
} from "../src/index.js";
import { parsePatient, parseTreatmentPlan } from "../src/schemas.js";
import { ON } from "./fixtures.js";
import { caught } from "./planning-helpers.js";

const BRAND = Symbol.for("microneedling-planner.PlannerError");

const issue = (index: number): PlannerIssue => ({
  code: "required",
  path: ["patient", "scars", index],
  message: "required",
});

/** A nested array `depth` levels deep: [[[...[]...]]]. */
function nestedArray(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

describe("error and issue codes", () => {
  it("lists every error code and every issue code, frozen", () => {
    expect(PLANNER_ERROR_CODES).toEqual(["INVALID_INPUT", "INVALID_PROTOCOL"]);
    expect(ISSUE_CODES).toEqual([
      "required",
      "unknown-key",
      "invalid-type",
      "invalid-value",
      "invalid-date",
      "invalid-format",
      "out-of-range",
      "too-short",
      "too-long",
      "inconsistent",
    ]);
    expect(Object.isFrozen(PLANNER_ERROR_CODES)).toBe(true);
    expect(Object.isFrozen(ISSUE_CODES)).toBe(true);
  });
});

describe("PlannerError", () => {
  it("is an Error with a stable code, frozen issues and a message naming the path", () => {
    const error = new PlannerError("INVALID_INPUT", [
      { code: "invalid-value", path: ["patient", "goal"], value: "x", message: "expected a goal" },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(PlannerError);
    expect(error.name).toBe("PlannerError");
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe("patient.goal: expected a goal");
    expect(error.issues).toEqual([
      { code: "invalid-value", path: ["patient", "goal"], message: "expected a goal", value: "x" },
    ]);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
  });

  it("keeps no value on an issue without one, nor an undefined value", () => {
    const error = new PlannerError("INVALID_INPUT", [
      { code: "required", path: ["patient", "goal"], message: "required" },
      { code: "required", path: ["patient", "fitzpatrick"], message: "required", value: undefined },
    ]);
    expect(error.issues[0]).not.toHaveProperty("value");
    expect(error.issues[1]).not.toHaveProperty("value");
  });

  it("names the first 5 issues in its message, then how many more", () => {
    const five = new PlannerError("INVALID_INPUT", [0, 1, 2, 3, 4].map(issue));
    expect(five.message).toBe(
      "patient.scars[0]: required; patient.scars[1]: required; patient.scars[2]: required; patient.scars[3]: required; patient.scars[4]: required",
    );
    const seven = new PlannerError("INVALID_INPUT", [0, 1, 2, 3, 4, 5, 6].map(issue));
    expect(seven.message).toBe(`${five.message}; and 2 more`);
  });

  it(`keeps at most ${String(MAX_ISSUES)} issues; the message counts all of them`, () => {
    expect(MAX_ISSUES).toBe(50);
    const issues = Array.from({ length: 60 }, (_, index) => issue(index));
    const error = new PlannerError("INVALID_INPUT", issues);
    expect(error.issues).toHaveLength(50);
    expect(error.issues.at(-1)?.path).toEqual(["patient", "scars", 49]);
    expect(error.message.endsWith("patient.scars[4]: required; and 55 more")).toBe(true);
  });

  it("keeps issues while their JSON totals at most 12,000 characters: exactly 12,000 is kept", () => {
    expect(MAX_ISSUES_SIZE).toBe(12_000);
    // Each issue is 400 characters of JSON: 30 of them are exactly 12,000, the 31st is one too many.
    const sized = (index: number): PlannerIssue => ({
      code: "required",
      path: ["patient", String(index % 10).repeat(46)],
      message: "m".repeat(300),
    });
    expect(JSON.stringify(sized(0))).toHaveLength(400);
    const error = new PlannerError(
      "INVALID_INPUT",
      Array.from({ length: 40 }, (_, index) => sized(index)),
    );
    expect(error.issues).toEqual(Array.from({ length: 30 }, (_, index) => sized(index)));
    expect(JSON.stringify(error.issues)).toHaveLength(12_000 + 29 + 2);
    expect(error.message.endsWith("; and 35 more")).toBe(true);
  });

  it("keeps the first issue even when it alone is over the size limit, and nothing after it", () => {
    const deep: PlannerIssue = {
      code: "invalid-type",
      path: ["patient", ...Array.from({ length: 300 }, () => "k".repeat(60))],
      message: "expected an object",
    };
    expect(JSON.stringify(deep).length).toBeGreaterThan(MAX_ISSUES_SIZE);
    const error = new PlannerError("INVALID_INPUT", [deep, issue(0)]);
    expect(error.issues).toEqual([deep]);
    expect(error.message).toBe(`${formatPath(deep.path)}: expected an object; and 1 more`);
  });

  it("bounds keys in paths to 60 characters and messages to 300", () => {
    const error = new PlannerError("INVALID_INPUT", [
      { code: "unknown-key", path: ["patient", "k".repeat(100), 7], message: "m".repeat(400) },
    ]);
    expect(error.issues[0]?.path).toEqual(["patient", `${"k".repeat(59)}…`, 7]);
    expect(error.issues[0]?.message).toBe(`${"m".repeat(299)}…`);
  });

  it("JSON.stringify gives { name, code, message, issues }", () => {
    const error = new PlannerError("INVALID_PROTOCOL", [
      {
        code: "inconsistent",
        path: ["protocol", "interval", "maxWeeks"],
        message: "must be at least minWeeks (8)",
        value: 6,
      },
    ]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "PlannerError",
      code: "INVALID_PROTOCOL",
      message: "protocol.interval.maxWeeks: must be at least minWeeks (8)",
      issues: [
        {
          code: "inconsistent",
          path: ["protocol", "interval", "maxWeeks"],
          message: "must be at least minWeeks (8)",
          value: 6,
        },
      ],
    });
  });

  it("cause holds { code, issues }, and survives structuredClone", () => {
    const issues: PlannerIssue[] = [{ code: "invalid-value", path: ["patient", "goal"], message: "m", value: "x" }];
    const error = new PlannerError("INVALID_INPUT", issues);
    expect(error.cause).toEqual({ code: "INVALID_INPUT", issues });
    expect(Object.isFrozen(error.cause)).toBe(true);
    const clone = structuredClone(error) as Error;
    expect(clone).toBeInstanceOf(Error);
    expect(clone.message).toBe("patient.goal: m");
    expect(clone.cause).toEqual({ code: "INVALID_INPUT", issues });
  });
});

describe("isPlannerError and instanceof across package copies", () => {
  /** What a PlannerError from another copy of the package (ESM beside CJS) looks like to this one. */
  const foreign = (): unknown => {
    const error = new Error("patient.goal: required");
    Object.assign(error, {
      name: "PlannerError",
      code: "INVALID_INPUT",
      issues: [{ code: "required", path: ["patient", "goal"], message: "required" }],
    });
    Object.defineProperty(error, BRAND, { value: true });
    return error;
  };

  it("accepts errors of this copy and branded errors of another", () => {
    expect(isPlannerError(new PlannerError("INVALID_INPUT", [issue(0)]))).toBe(true);
    expect(isPlannerError(foreign())).toBe(true);
    expect(foreign() instanceof PlannerError).toBe(true);
    expect(isPlannerError({ [BRAND]: true })).toBe(true);
  });

  it.each([
    ["a plain Error", new Error("x")],
    ["an Error named PlannerError", Object.assign(new Error("x"), { name: "PlannerError", code: "INVALID_INPUT" })],
    ["a brand that is not true", { [BRAND]: "true" }],
    ["a function carrying the brand", Object.assign(() => undefined, { [BRAND]: true })],
    ["another symbol", { [Symbol("microneedling-planner.PlannerError")]: true }],
    ["null", null],
    ["undefined", undefined],
    ["a string", "PlannerError"],
    [
      "a proxy whose traps throw",
      new Proxy(
        {},
        {
          get(): never {
            throw new Error("boom");
          },
        },
      ),
    ],
  ])("rejects %s", (_name, value) => {
    expect(isPlannerError(value)).toBe(false);
    expect(value instanceof PlannerError).toBe(false);
  });

  it("narrows caught errors", () => {
    let thrown: unknown;
    try {
      planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "2026-13-01" });
    } catch (error) {
      thrown = error;
    }
    expect(isPlannerError(thrown) && thrown.issues.map((found) => [found.code, found.path])).toEqual([
      ["invalid-date", ["options", "today"]],
    ]);
  });
});

describe("formatPath", () => {
  it.each([
    [["patient"], "patient"],
    [["patient", "scars", 0, "type"], "patient.scars[0].type"],
    [["course", "completed", 1], "course.completed[1]"],
    [["options", "protocol", "interval", "maxWeeks"], "options.protocol.interval.maxWeeks"],
    [["plan", "sessions", 0, "flags", 2], "plan.sessions[0].flags[2]"],
    [[], ""],
  ])("%o -> %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe("previewValue: bounded and JSON-safe", () => {
  it.each([
    ["undefined", undefined, null],
    ["null", null, null],
    ["a number", 3, 3],
    ["NaN", Number.NaN, "NaN"],
    ["Infinity", Number.POSITIVE_INFINITY, "Infinity"],
    ["a boolean", true, true],
    ["a bigint", 10n, "10n"],
    ["a long bigint", 10n ** 60n, `1${"0".repeat(38)}…`],
    ["a 100-character string", "a".repeat(100), "a".repeat(100)],
    ["a 101-character string", "a".repeat(101), `${"a".repeat(99)}…`],
    ["a short array", [1, 2], [1, 2]],
    ["an array of exactly 3 items", [1, 2, 3], [1, 2, 3]],
    ["a long array", [1, 2, 3, 4, 5], [1, 2, 3, "… 2 more"]],
    ["a function", () => 1, "[function]"],
    ["a symbol", Symbol("s"), "[symbol]"],
    ["an empty object", {}, {}],
    ["an object of 4 keys", { a: 1, b: 2, c: 3, d: 4 }, { a: 1, b: 2, c: 3, "…": "1 more" }],
    [
      "nested containers and strings",
      ["x".repeat(30), [1], { a: 1 }, 4],
      [`${"x".repeat(19)}…`, "[array of 1]", "[object]", "… 1 more"],
    ],
    ["an object's values", { a: "y".repeat(30), b: [1, 2] }, { a: `${"y".repeat(19)}…`, b: "[array of 2]" }],
    ["a long key", { ["k".repeat(50)]: 1 }, { [`${"k".repeat(39)}…`]: 1 }],
  ])("%s", (_name, value, preview) => {
    expect(previewValue(value)).toEqual(preview);
  });

  it("keeps a __proto__ key as a plain key", () => {
    const preview = previewValue(JSON.parse('{"__proto__": 1}')) as object;
    expect(Object.getPrototypeOf(preview)).toBe(Object.prototype);
    expect(Object.keys(preview)).toEqual(["__proto__"]);
    expect(JSON.stringify(preview)).toBe('{"__proto__":1}');
  });

  it("never splits a surrogate pair", () => {
    const preview = previewValue("😀".repeat(60)) as string;
    expect(preview).toBe(`${"😀".repeat(49)}…`);
    expect(preview.length).toBeLessThanOrEqual(100);
  });

  it.each([
    ["a pair cut after its high surrogate", `${"a".repeat(98)}😀bb`, `${"a".repeat(98)}…`],
    ["a pair of high surrogate U+D800", `${"a".repeat(98)}\u{10000}b`, `${"a".repeat(98)}…`],
    ["a pair of high surrogate U+DBFF", `${"a".repeat(98)}\u{10FC00}b`, `${"a".repeat(98)}…`],
    ["a character above the surrogates", `${"a".repeat(98)}\uFF01bb`, `${"a".repeat(98)}\uFF01…`],
    ["a character below the surrogates", `${"a".repeat(98)}\uD7FFbb`, `${"a".repeat(98)}\uD7FF…`],
  ])("cuts a string before a surrogate pair it would split, and only then: %s", (_name, text, preview) => {
    expect(previewValue(text)).toBe(preview);
  });

  it("an object's preview is plain data: its keys writable, enumerable and configurable, as JSON.parse makes them", () => {
    const preview = previewValue({ a: 1, b: "x" }) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptors(preview)).toEqual(
      Object.getOwnPropertyDescriptors(JSON.parse('{"a":1,"b":"x"}') as object),
    );
  });

  it("never throws: throwing getters and proxies give a note", () => {
    const getter = {
      get a(): never {
        throw new Error("boom");
      },
    };
    const proxy = new Proxy(
      {},
      {
        ownKeys(): never {
          throw new Error("boom");
        },
      },
    );
    expect(previewValue(getter)).toBe("[unreadable value]");
    expect(previewValue(proxy)).toBe("[unreadable value]");
  });

  it("names what a non-plain object is: a date by its instant, others by their kind", () => {
    expect(previewValue(new Date(Date.UTC(2026, 10, 24)))).toBe("2026-11-24T00:00:00.000Z");
    expect(previewValue(new Date(Number.NaN))).toBe("Invalid Date");
    expect(previewValue(new Map([[1, 2]]))).toBe("[object Map]");
    expect(previewValue(new (class Visit {})())).toBe("[object Object]");
    expect(previewValue([new Set([1])])).toEqual(["[object Set]"]);
    expect(previewValue(Object.create(null) as object)).toEqual({});
  });
});

describe("errors of huge or hostile input stay small", () => {
  it("a 5 MB note gives a preview of at most 100 characters", () => {
    const note = "n".repeat(5_000_000);
    const error = caught(() =>
      planTreatment({ goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "other", note }] }, { today: ON }),
    );
    expect(error.issues).toEqual([
      {
        code: "too-long",
        path: ["patient", "factors", 0, "note"],
        message: "expected 1 to 500 characters",
        value: `${"n".repeat(99)}…`,
      },
    ]);
    expect(String(error.issues[0]?.value).length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(error).length).toBeLessThan(1_000);
  });

  it("100,000 scars give one too-long issue and a small error", () => {
    const scars = Array.from({ length: 100_000 }, () => ({ type: "rolling" as const }));
    const error = caught(() => assessEligibility({ goal: "scar-revision", fitzpatrick: "II", scars }, { today: ON }));
    expect(error.issues).toEqual([
      {
        code: "too-long",
        path: ["patient", "scars"],
        message: "expected at most 50 items",
        value: ["[object]", "[object]", "[object]", "… 99997 more"],
      },
    ]);
    expect(JSON.stringify(error).length).toBeLessThan(1_000);
  });

  it.each([
    ["assessEligibility", (patient: never) => assessEligibility(patient, { today: ON })],
    ["estimateSessions", (patient: never) => estimateSessions(patient)],
    ["planTreatment", (patient: never) => planTreatment(patient, { today: ON })],
    ["parsePatient", (patient: never) => parsePatient(patient)],
  ])("%s: a 5,000-deep nested array as patient.scars gives a small, serialisable error", (_name, run) => {
    const patient = { goal: "scar-revision", fitzpatrick: "II", scars: nestedArray(5_000) } as never;
    const error = caught(() => run(patient));
    expect(error.issues).toEqual([
      { code: "invalid-type", path: ["patient", "scars", 0], message: "expected an object", value: ["[array of 1]"] },
    ]);
    let json = "";
    expect(() => {
      json = JSON.stringify(error);
    }).not.toThrow();
    expect(json.length).toBeLessThan(1_000);
    expect(() => structuredClone(error)).not.toThrow();
  });

  describe("a stored plan: replan, checkBooking and planReminders check it as parseTreatmentPlan does", () => {
    const plan = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: ON });
    const runs: readonly (readonly [string, (plan: TreatmentPlan) => unknown])[] = [
      ["replan", (stored) => replan(stored, { today: ON })],
      ["checkBooking", (stored) => checkBooking(stored, { on: ON })],
      ["planReminders", (stored) => planReminders(stored, { today: ON })],
      ["parseTreatmentPlan", (stored) => parseTreatmentPlan(stored)],
    ];

    it.each(runs)("%s: 100,000 bookings give one too-long issue and a small error", (_name, run) => {
      const booked = Array.from({ length: 100_000 }, (_, i) => ({ session: (i % 50) + 1, on: ON }));
      const error = caught(() => run({ ...plan, inputs: { ...plan.inputs, booked } }));
      expect(error.issues).toEqual([
        {
          code: "too-long",
          path: ["plan", "inputs", "booked"],
          message: "expected at most 50 items",
          value: ["[object]", "[object]", "[object]", "… 99997 more"],
        },
      ]);
      expect(JSON.stringify(error).length).toBeLessThan(1_000);
    });

    it.each(runs)(
      "%s: a 5,000-deep patient and 25 sessions booked twice give one issue each, bounded",
      (_name, run) => {
        const booked = Array.from({ length: 50 }, (_, i) => ({ session: (i % 25) + 1, on: ON }));
        const patient = { ...plan.inputs.patient, scars: nestedArray(5_000) } as never;
        const error = caught(() => run({ ...plan, inputs: { ...plan.inputs, booked, patient } }));
        expect(error.issues).toHaveLength(26);
        expect(error.issues[0]).toEqual({
          code: "invalid-type",
          path: ["plan", "inputs", "patient", "scars", 0],
          message: "expected an object",
          value: ["[array of 1]"],
        });
        expect(error.issues.slice(1).map((issue) => [issue.code, issue.path])).toEqual(
          Array.from({ length: 25 }, (_, i) => ["inconsistent", ["plan", "inputs", "booked", i + 25, "session"]]),
        );
        expect(error.message.endsWith("; and 21 more")).toBe(true);
        expect(JSON.stringify(error).length).toBeLessThan(20_000);
        expect(() => structuredClone(error)).not.toThrow();
      },
    );
  });
});
