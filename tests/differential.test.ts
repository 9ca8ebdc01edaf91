/**
 * One definition per model: the root entry's generated checks (src/validation) and the zod
 * schemas (./schemas) accept exactly the same inputs and report the same issue codes and paths.
 *
 * Inputs are generated from each model's shape, valid, then mutated where the two could part:
 * strings and arrays past their limits, unknown keys (among them the `scar` typo), unknown
 * codes, keys present with `undefined`, keys removed, wrong types, impossible dates, numbers out
 * of range, non-integers, array items repeated (a session booked twice: the oneBookingPerSession
 * refinement, which the last block proves is reached). zod's issues are mapped with the library's own mapping
 * (src/schemas/zod-issues.ts) and compared, as sets of "code at path", with the generated checks'.
 */
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { CHECKED_SCHEMAS } from "../scripts/generate/model-checks.js";
import { defaultProtocol, planTreatment } from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { issuesFromZod } from "../src/schemas/zod-issues.js";
import * as generated from "../src/validation/generated.js";
import type { Node } from "../src/validation/node.js";
import { issuesOf } from "../src/validation/validate.js";
import { fc, MUTATION_RUN, runParameters } from "./prop.js";

type Json = unknown;

/** Valid values of a node (small, but reaching each limit). */
function valid(node: Node): fc.Arbitrary<Json> {
  switch (node.k) {
    case "optional":
      return valid(node.item);
    case "string":
      if (node.pattern !== undefined) {
        // A pattern and bounds (a treatment area: not blank, at most 100): reach both.
        const atMost = node.max ?? 12;
        return fc.oneof(
          fc.stringMatching(node.pattern),
          fc.stringMatching(node.pattern).map((text) => text.slice(0, atMost)),
          fc.constant("x".repeat(node.max ?? node.min ?? 1)),
          fc.constant("x".repeat((node.max ?? 0) + 1)),
          fc.constant(" ".repeat(Math.max(1, node.min ?? 1))),
          fc.constant(""),
        );
      }
      return fc.oneof(
        fc.string({ minLength: node.min ?? 0, maxLength: Math.min(node.max ?? 12, 12) }),
        fc.string({ unit: "binary", minLength: node.min ?? 0, maxLength: Math.min(node.max ?? 12, 12) }),
        fc.constant("x".repeat(node.max ?? node.min ?? 1)),
        // Code points, not UTF-16 units, count: at the limits, and one past them.
        fc.constant("😀".repeat(node.max ?? node.min ?? 1)),
        fc.constant("😀".repeat((node.max ?? 0) + 1)),
        fc.constant(`${"😀".repeat(Math.max(0, (node.min ?? 1) - 1))}\ud800`),
      );
    case "date":
      return fc
        .date({
          min: new Date(Date.UTC(1900, 0, 1)),
          max: new Date(Date.UTC(node.maxYear, 11, 31)),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString().slice(0, 10));
    case "int":
      return fc.integer({ min: node.min ?? -1000, max: node.max ?? 1000 });
    case "number": {
      // A bounded number that need not be an integer (the hypertrophic area, 0-1000 cm²): values
      // inside, the bounds themselves, and just outside them (fractions included), and -0.
      const min = node.min ?? -1e6;
      const max = node.max ?? 1e6;
      return fc.oneof(
        fc.double({ min, max, noNaN: true }),
        fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
        fc.constantFrom(min, max, -0, min - 0.5, max + 0.5, min - Number.EPSILON, max + 1e-9, (min + max) / 2 + 0.25),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
    }
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...node.values);
    case "array":
      return fc.array(valid(node.item), { minLength: node.min ?? 0, maxLength: Math.min(node.max ?? 3, 3) });
    case "record":
      return fc.dictionary(fc.constantFrom("a", "b", "c"), valid(node.item), { maxKeys: 3 });
    case "union":
      return fc.oneof(...node.options.map(valid));
    case "discriminated":
      return fc.oneof(...[...new Set(Object.values(node.options))].map(valid));
    case "custom":
      // A message layer, a hand-written one, and one written before bookingReason existed (not a layer).
      return fc.constantFrom<Json>(
        englishMessages,
        { finding: () => "", reminder: () => "", bookingReason: () => "" },
        { finding: () => "", reminder: () => "" },
      );
    case "object": {
      const required: string[] = [];
      const fields: Record<string, fc.Arbitrary<Json>> = {};
      for (const [key, field] of Object.entries(node.fields)) {
        fields[key] = valid(field);
        if (field.k !== "optional") required.push(key);
      }
      return fc.record(fields, { requiredKeys: required });
    }
  }
}

/** Values that break a rule somewhere: a wrong type, a boundary, an unknown code. */
const WRONG: readonly Json[] = [
  undefined,
  null,
  0,
  -0,
  -1,
  -0.5,
  1.5,
  1000.5,
  84,
  85,
  21,
  3661,
  1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "",
  "x",
  "x".repeat(101),
  "x".repeat(501),
  "😀".repeat(101),
  "😀",
  "\ud83d",
  "2026-02-30",
  "1899-12-31",
  "3000-01-01",
  "2026-2-3",
  "other",
  "lupus-flare",
  "boxcar",
  "done",
  true,
  [],
  {},
  [1, 2],
  { code: "x" },
];

const isPlain = (value: Json): value is Record<string, Json> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value)) &&
  !Object.isFrozen(value);

/** Every path to a value inside `value` (arrays and plain objects), the root first. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push(...paths(item, [...at, i]));
    });
  } else if (isPlain(value)) {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]));
  }
  return out;
}

/** A deep copy of arrays and plain objects (keeping a null prototype and every own key). */
function clone(value: Json): Json {
  if (Array.isArray(value)) return value.map(clone);
  if (!isPlain(value)) return value;
  const copy: Record<string, Json> = Object.create(Object.getPrototypeOf(value) as object | null);
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key, { value: clone(item), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

type Mutation = (value: Json, at: (string | number)[], choice: number) => Json;

/** Replaces the value at `at` (the root when empty) with `make(old)`. */
function replaceAt(value: Json, at: (string | number)[], make: (old: Json) => Json): Json {
  if (at.length === 0) return make(value);
  const copy = clone(value) as Record<string | number, Json>;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = at.at(-1) as string | number;
  parent[last] = make(parent[last]);
  return copy;
}

const UNKNOWN_KEYS = ["scar", "extra", "__proto__", "constructor", "depth", "note", "doneOn", "session"];

/** An array item repeated: a session booked twice, a day done twice, a weekday given twice. */
const repeatItem: Mutation = (value, at, choice) =>
  replaceAt(value, at, (old) => {
    if (!Array.isArray(old) || old.length === 0) return old;
    const copy = old.map(clone);
    copy.splice(choice % (copy.length + 1), 0, clone(copy[choice % copy.length]));
    return copy;
  });

const MUTATIONS: readonly Mutation[] = [
  // a wrong value
  (value, at, choice) => replaceAt(value, at, () => WRONG[choice % WRONG.length]),
  // an unknown key (also known keys of other variants, such as depth on a rolling scar), possibly undefined
  (value, at, choice) =>
    replaceAt(value, at, (old) => {
      if (!isPlain(old)) return old;
      const copy = clone(old) as Record<string, Json>;
      Object.defineProperty(copy, UNKNOWN_KEYS[choice % UNKNOWN_KEYS.length] as string, {
        value: choice % 3 === 0 ? undefined : WRONG[choice % WRONG.length],
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return copy;
    }),
  // a key removed, or present with undefined
  (value, at) => {
    if (at.length === 0) return undefined;
    const parentPath = at.slice(0, -1);
    const key = at.at(-1) as string | number;
    return replaceAt(value, parentPath, (parent) => {
      if (Array.isArray(parent)) return parent.filter((_, i) => i !== key);
      if (!isPlain(parent)) return parent;
      const copy = clone(parent) as Record<string, Json>;
      if (typeof key === "string" && key.length % 2 === 0) delete copy[key];
      else copy[key] = undefined;
      return copy;
    });
  },
  repeatItem,
  // an array or a string grown past any limit
  (value, at) =>
    replaceAt(value, at, (old) => {
      if (Array.isArray(old)) return old.length === 0 ? Array(1001).fill("2026-01-01") : Array(1001).fill(old[0]);
      if (typeof old === "string") return old.padEnd(1001, "x");
      return old;
    }),
];

/** Up to `max` mutations of a value, each at any path of it. */
const mutations = (max: number, min = 0) =>
  fc.array(fc.tuple(fc.nat(), fc.nat(MUTATIONS.length - 1), fc.nat()), { minLength: min, maxLength: max });

/** The value at `at`. */
const valueAt = (value: Json, at: readonly (string | number)[]): Json =>
  at.reduce<Json>((parent, key) => (parent as Record<string | number, Json>)[key], value);

function mutate(start: Json, steps: readonly (readonly [number, number, number])[]): Json {
  let value = start;
  for (const [where, which, choice] of steps) {
    let all = paths(value);
    if (MUTATIONS[which] === repeatItem) {
      // Repeat an item of some array (a plan holds hundreds of paths but few arrays).
      const arrays = all.filter((at) => Array.isArray(valueAt(value, at)));
      if (arrays.length > 0) all = arrays;
    }
    value = (MUTATIONS[which] as Mutation)(value, all[where % all.length] as (string | number)[], choice);
  }
  return value;
}

/** A valid value of `node`, with up to two mutations. */
function sample(node: Node): fc.Arbitrary<Json> {
  return fc.tuple(valid(node), mutations(2)).map(([value, steps]) => mutate(value, steps));
}

const key = (issue: { code: string; path: readonly (string | number)[] }): string =>
  `${issue.code} at ${JSON.stringify(issue.path)}`;

/** A short, bounded rendering of a failing input for the report. */
function brief(value: Json, depth = 0): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 24 ? `${value.slice(0, 21)}...(${value.length})` : value);
  if (Array.isArray(value)) {
    if (depth > 3) return `[array of ${value.length}]`;
    const items = value.slice(0, 3).map((item) => brief(item, depth + 1));
    return `[${items.join(", ")}${value.length > 3 ? `, ...(${value.length})` : ""}]`;
  }
  if (typeof value === "object" && value !== null) {
    if (depth > 3) return "{...}";
    const proto = Object.getPrototypeOf(value) === null ? "null-proto " : "";
    return `${proto}{${Object.entries(value)
      .map(([k, v]) => `${k}: ${brief(v, depth + 1)}`)
      .join(", ")}}`;
  }
  return typeof value === "function" ? "[function]" : String(value);
}

/** The two verdicts on `value`, equal when the checks agree. */
function verdicts(schema: z.ZodType, node: Node, value: Json): [string, string] {
  const zod = schema.safeParse(value, { reportInput: true });
  const mine = issuesOf(node, value, "input");
  const theirs = zod.success ? [] : issuesFromZod(zod.error.issues, "input");
  const show = (accepted: boolean, issues: readonly string[]) =>
    `${accepted ? "accepted" : "rejected"}: ${[...new Set(issues)].sort().join("; ")}`;
  return [show(mine.length === 0, mine.map(key)), show(zod.success, theirs.map(key))];
}

function compare(schema: z.ZodType, node: Node, value: Json): void {
  const [mine, zod] = verdicts(schema, node, value);
  if (mine !== zod) throw new Error(`generated: ${mine}\nzod:       ${zod}\ninput: ${brief(value)}`);
}

const NODES = generated as unknown as Readonly<Record<string, Node>>;

/** Real plans: a new course, a deferred patient (a deferral review), booked, missed and done sessions. */
const REAL_PLANS = [
  planTreatment({ goal: "rejuvenation", fitzpatrick: "II", id: "p-1" }, { today: "2026-11-24" }),
  planTreatment(
    {
      goal: "scar-revision",
      fitzpatrick: "V",
      scars: [{ type: "boxcar", depth: "deep", goodmanGrade: 4 }],
      factors: [{ code: "isotretinoin", status: "history", until: "2026-10-01" }],
    },
    { today: "2026-11-24", completed: ["2026-06-01"], messages: englishMessages },
  ),
  planTreatment(
    { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", goodmanGrade: 3 }] },
    {
      today: "2026-11-24",
      completed: ["2026-09-01", "2026-10-06"],
      booked: [
        { session: 2, on: "2026-10-06" },
        { session: 3, on: "2026-11-17", time: "09:30" },
        { session: 4, on: "2026-12-15", time: "14:00" },
        { session: 6, on: "2027-02-09" },
      ],
      availability: { openWeekdays: ["tue", "thu"], closedDates: ["2026-12-24"] },
      messages: englishMessages,
    },
  ),
  planTreatment(
    { goal: "rejuvenation", fitzpatrick: "IV", factors: [{ code: "active-infection", status: "active" }] },
    { today: "2026-11-24", booked: [{ session: 1, on: "2026-12-01" }] },
  ),
];

/** A real plan with up to two mutations. */
const mutatedPlan: fc.Arbitrary<Json> = fc
  .tuple(fc.constantFrom(...REAL_PLANS), mutations(2))
  .map(([plan, steps]) => mutate(plan, steps));
const RUNS = Number(process.env.MNP_DIFFERENTIAL_RUNS ?? 300);

describe("the generated checks and the zod schemas agree (differential)", () => {
  for (const [name, schema] of Object.entries(CHECKED_SCHEMAS)) {
    const node = NODES[name] as Node;
    it(`${name}: same acceptance, same issue codes and paths`, { timeout: 120_000 }, () => {
      fc.assert(
        fc.property(sample(node), (value) => {
          compare(schema, node, value);
        }),
        runParameters({ numRuns: RUNS }),
      );
    });
  }

  it("real plans, mutated: TREATMENT_PLAN agrees with treatmentPlanSchema", { timeout: 120_000 }, () => {
    const schema = CHECKED_SCHEMAS.TREATMENT_PLAN as z.ZodType;
    fc.assert(
      fc.property(mutatedPlan, (value) => {
        compare(schema, NODES.TREATMENT_PLAN as Node, value);
      }),
      runParameters({ numRuns: RUNS }),
    );
  });

  it("the default protocol, mutated: PROTOCOL agrees with protocolSchema (relations included)", () => {
    const schema = CHECKED_SCHEMAS.PROTOCOL as z.ZodType;
    fc.assert(
      fc.property(mutations(2, 1), (steps) => {
        compare(schema, NODES.PROTOCOL as Node, mutate(clone(defaultProtocol), steps));
      }),
      runParameters({ numRuns: RUNS }),
    );
  });
});

describe("the booking refinement (oneBookingPerSession) is reached, and both checks report it alike", () => {
  /** True when the generated checks find a session booked twice. */
  const bookedTwice = (node: Node, value: Json): boolean =>
    issuesOf(node, value, "input").some(
      (issue) => issue.code === "inconsistent" && issue.path.includes("booked") && issue.path.at(-1) === "session",
    );
  const twice = [
    { session: 2, on: "2026-12-01" },
    { session: 3, on: "2026-12-29", time: "10:00" },
    { session: 2, on: "2026-12-08" },
  ];
  const patient = { goal: "rejuvenation", fitzpatrick: "II" };
  const plan = REAL_PLANS[0] as ReturnType<typeof planTreatment>;

  it.each([
    ["COURSE", { sessionCount: 3, startOn: "2026-11-24", booked: twice }, ["input", "booked", 2, "session"]],
    ["CASE_FILE", { patient, booked: twice }, ["input", "booked", 2, "session"]],
    ["PLAN_TREATMENT_OPTIONS", { today: "2026-11-24", booked: twice }, ["input", "booked", 2, "session"]],
    ["REPLAN_OPTIONS", { today: "2026-11-24", booked: twice }, ["input", "booked", 2, "session"]],
    [
      "TREATMENT_PLAN",
      { ...plan, inputs: { ...plan.inputs, booked: twice } },
      ["input", "inputs", "booked", 2, "session"],
    ],
  ] as const)("%s: a session booked twice is one inconsistent issue", (name, value, path) => {
    const node = NODES[name] as Node;
    expect(issuesOf(node, value, "input").map((issue) => [issue.code, issue.path])).toEqual([["inconsistent", path]]);
    compare(CHECKED_SCHEMAS[name] as z.ZodType, node, value);
  });

  // Seeded, so that the counts do not depend on the run: the generators and mutations above must
  // book a session twice now and then, or the differential runs never compare the refinement.
  // These check the generators, not the library: Stryker's runs leave them out.
  it.skipIf(MUTATION_RUN).each(["COURSE", "CASE_FILE", "PLAN_TREATMENT_OPTIONS", "REPLAN_OPTIONS", "TREATMENT_PLAN"])(
    "%s: generated and mutated inputs book a session twice now and then",
    { timeout: 120_000 },
    (name) => {
      const node = NODES[name] as Node;
      const values = fc.sample(sample(node), { numRuns: 300, seed: 11 });
      for (const value of values) compare(CHECKED_SCHEMAS[name] as z.ZodType, node, value);
      expect(values.filter((value) => bookedTwice(node, value)).length).toBeGreaterThan(0);
    },
  );

  it.skipIf(MUTATION_RUN)(
    "real plans with bookings, mutated, book a session twice now and then",
    { timeout: 120_000 },
    () => {
      const node = NODES.TREATMENT_PLAN as Node;
      const values = fc.sample(mutatedPlan, { numRuns: 1000, seed: 11 });
      for (const value of values) compare(CHECKED_SCHEMAS.TREATMENT_PLAN as z.ZodType, node, value);
      expect(values.filter((value) => bookedTwice(node, value)).length).toBeGreaterThan(0);
    },
  );

  it("REPLAN_OPTIONS and CHECK_BOOKING_OPTIONS are among the checked schemas", () => {
    expect(Object.keys(CHECKED_SCHEMAS)).toEqual(expect.arrayContaining(["REPLAN_OPTIONS", "CHECK_BOOKING_OPTIONS"]));
    expect(NODES.REPLAN_OPTIONS).toBeDefined();
    expect(NODES.CHECK_BOOKING_OPTIONS).toBeDefined();
  });
});

describe("the quantitative score's schemas are checked, and their number bounds are reached", () => {
  it("GOODMAN_SCORE_INPUT, GOODMAN_SCORES and COMPARE_GOODMAN_SCORES_OPTIONS are among the checked schemas", () => {
    expect(Object.keys(CHECKED_SCHEMAS)).toEqual(
      expect.arrayContaining(["GOODMAN_SCORE_INPUT", "GOODMAN_SCORES", "COMPARE_GOODMAN_SCORES_OPTIONS"]),
    );
    for (const name of ["GOODMAN_SCORE_INPUT", "GOODMAN_SCORES", "COMPARE_GOODMAN_SCORES_OPTIONS"]) {
      expect(NODES[name]).toBeDefined();
    }
  });

  it.each([
    [0, "accepted"],
    [-0, "accepted"],
    [1000, "accepted"],
    [2.5, "accepted"],
    [-0.5, "out-of-range"],
    [1000.5, "out-of-range"],
    [-Number.MIN_VALUE, "out-of-range"],
    [1000 + 1e-9, "out-of-range"],
    [Number.NaN, "invalid-type"],
    [Number.POSITIVE_INFINITY, "invalid-type"],
    ["1", "invalid-type"],
  ] as const)("the hypertrophic area %s: %s, alike", (area, verdict) => {
    const node = NODES.GOODMAN_SCORE_INPUT as Node;
    const value = { hypertrophicAreaCm2: area };
    const issues = issuesOf(node, value, "input");
    expect(issues.length === 0 ? "accepted" : issues.map((issue) => issue.code).join()).toBe(verdict);
    compare(CHECKED_SCHEMAS.GOODMAN_SCORE_INPUT as z.ZodType, node, value);
  });

  // Seeded: the generator must give areas at both bounds, inside them and outside, or the runs
  // above never compare the number checks.
  it.skipIf(MUTATION_RUN)("generated inputs reach the area's bounds, and just past them", { timeout: 120_000 }, () => {
    const node = NODES.GOODMAN_SCORE_INPUT as Node;
    const values = fc.sample(sample(node), { numRuns: 1000, seed: 12 });
    for (const value of values) compare(CHECKED_SCHEMAS.GOODMAN_SCORE_INPUT as z.ZodType, node, value);
    const areas = values.flatMap((value) => {
      const area = (value as { hypertrophicAreaCm2?: unknown } | null)?.hypertrophicAreaCm2;
      return typeof area === "number" ? [area] : [];
    });
    expect(areas).toEqual(expect.arrayContaining([0, 1000]));
    expect(areas.some((area) => area > 0 && area < 1000 && !Number.isInteger(area))).toBe(true);
    expect(areas.some((area) => area < 0 && area > -1)).toBe(true);
    expect(areas.some((area) => area > 1000 && area < 1001)).toBe(true);
  });
});
