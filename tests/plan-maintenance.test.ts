import { describe, expect, it } from "vitest";
import {
  defineProtocol,
  type MaintenanceHistory,
  type PlanMaintenanceOptions,
  type PlannerIssue,
  type Protocol,
  planMaintenance,
  TREATMENT_GOALS,
} from "../src/index.js";
import { frozen } from "./fixtures.js";
import { addMonths, caught, expectIssues, INPUT_DATE, isoDateArb } from "./planning-helpers.js";
import { fc, prop } from "./prop.js";

const window = (history: MaintenanceHistory, options?: PlanMaintenanceOptions) => {
  const { earliest, due, latest } = planMaintenance(history, options);
  return [earliest, due, latest];
};

describe("planMaintenance: default protocol", () => {
  it("scar revision: 11-13 months after the course, due at 12", () => {
    expect(planMaintenance({ courseEndedOn: "2026-11-24", goal: "scar-revision" })).toEqual({
      earliest: "2027-10-24",
      due: "2027-11-24",
      latest: "2027-12-24",
      after: "2026-11-24",
      projected: false,
      sources: ["ARTICLE-2021"],
    });
  });

  it("rejuvenation: 3-6 months after the course, due at 3", () => {
    expect(planMaintenance({ courseEndedOn: "2026-01-10", goal: "rejuvenation" })).toEqual({
      earliest: "2026-04-10",
      due: "2026-04-10",
      latest: "2026-07-10",
      after: "2026-01-10",
      projected: false,
      sources: ["ARTICLE-2021"],
    });
  });

  it("counts from the last maintenance when it is later than the course end", () => {
    expect(
      planMaintenance({ courseEndedOn: "2026-01-10", goal: "rejuvenation", lastMaintenanceOn: "2026-05-31" }),
    ).toEqual({
      earliest: "2026-08-31",
      due: "2026-08-31",
      latest: "2026-11-30",
      after: "2026-05-31",
      projected: false,
      sources: ["ARTICLE-2021"],
    });
    const scar = planMaintenance({
      courseEndedOn: "2025-06-01",
      goal: "scar-revision",
      lastMaintenanceOn: "2026-06-15",
    });
    expect([scar.after, scar.earliest, scar.due, scar.latest]).toEqual([
      "2026-06-15",
      "2027-05-15",
      "2027-06-15",
      "2027-07-15",
    ]);
  });

  it("counts from the course end when the last maintenance is earlier or the same day", () => {
    for (const lastMaintenanceOn of ["2025-01-01", "2026-11-24"]) {
      const result = planMaintenance({ courseEndedOn: "2026-11-24", goal: "scar-revision", lastMaintenanceOn });
      expect(result.after).toBe("2026-11-24");
      expect(result.due).toBe("2027-11-24");
    }
  });

  it("lastMaintenanceOn: undefined is the same as omitted", () => {
    expect(
      planMaintenance({ courseEndedOn: "2026-11-24", goal: "scar-revision", lastMaintenanceOn: undefined }),
    ).toEqual(planMaintenance({ courseEndedOn: "2026-11-24", goal: "scar-revision" }));
  });
});

describe("planMaintenance: calendar-correct month arithmetic", () => {
  it.each([
    ["2024-02-29", "scar-revision", ["2025-01-29", "2025-02-28", "2025-03-29"]],
    ["2024-02-29", "rejuvenation", ["2024-05-29", "2024-05-29", "2024-08-29"]],
    ["2023-02-28", "scar-revision", ["2024-01-28", "2024-02-28", "2024-03-28"]],
    ["2026-12-31", "scar-revision", ["2027-11-30", "2027-12-31", "2028-01-31"]],
    ["2027-03-31", "scar-revision", ["2028-02-29", "2028-03-31", "2028-04-30"]],
    ["2026-11-30", "rejuvenation", ["2027-02-28", "2027-02-28", "2027-05-30"]],
    ["2027-05-31", "rejuvenation", ["2027-08-31", "2027-08-31", "2027-11-30"]],
    ["2026-03-08", "rejuvenation", ["2026-06-08", "2026-06-08", "2026-09-08"]],
    ["2026-10-25", "scar-revision", ["2027-09-25", "2027-10-25", "2027-11-25"]],
  ] as const)("%s (%s) -> %o", (courseEndedOn, goal, expected) => {
    expect(window({ courseEndedOn, goal })).toEqual([...expected]);
  });

  it("31 January + 1 month is the last day of February (28 or 29)", () => {
    const protocol = defineProtocol({
      maintenance: { rejuvenation: { earliestMonths: 1, dueMonths: 2, latestMonths: 13 } },
    });
    expect(window({ courseEndedOn: "2026-01-31", goal: "rejuvenation" }, { protocol })).toEqual([
      "2026-02-28",
      "2026-03-31",
      "2027-02-28",
    ]);
    expect(window({ courseEndedOn: "2028-01-31", goal: "rejuvenation" }, { protocol })).toEqual([
      "2028-02-29",
      "2028-03-31",
      "2029-02-28",
    ]);
  });

  it("31 August + 6 months is 28 or 29 February", () => {
    const protocol = defineProtocol({
      maintenance: { scarRevision: { earliestMonths: 6, dueMonths: 6, latestMonths: 6 } },
    });
    expect(window({ courseEndedOn: "2024-08-31", goal: "scar-revision" }, { protocol })).toEqual([
      "2025-02-28",
      "2025-02-28",
      "2025-02-28",
    ]);
    expect(window({ courseEndedOn: "2023-08-31", goal: "scar-revision" }, { protocol })).toEqual([
      "2024-02-29",
      "2024-02-29",
      "2024-02-29",
    ]);
  });

  it("29 February + 48 months is 29 February again", () => {
    const protocol = defineProtocol({
      maintenance: { scarRevision: { earliestMonths: 12, dueMonths: 48, latestMonths: 60 } },
    });
    expect(window({ courseEndedOn: "2024-02-29", goal: "scar-revision" }, { protocol })).toEqual([
      "2025-02-28",
      "2028-02-29",
      "2029-02-28",
    ]);
  });
});

describe("planMaintenance: custom protocol", () => {
  const protocol = defineProtocol({
    maintenance: {
      scarRevision: { earliestMonths: 6, dueMonths: 9, latestMonths: 12 },
      rejuvenation: { earliestMonths: 2, dueMonths: 4, latestMonths: 5 },
    },
  });

  it("uses the protocol's months for each goal", () => {
    expect(window({ courseEndedOn: "2026-11-24", goal: "scar-revision" }, { protocol })).toEqual([
      "2027-05-24",
      "2027-08-24",
      "2027-11-24",
    ]);
    expect(window({ courseEndedOn: "2026-11-24", goal: "rejuvenation" }, { protocol })).toEqual([
      "2027-01-24",
      "2027-03-24",
      "2027-04-24",
    ]);
  });

  it("a partial override keeps the other defaults", () => {
    const partial = defineProtocol({ maintenance: { scarRevision: { latestMonths: 18 } } });
    expect(window({ courseEndedOn: "2026-11-24", goal: "scar-revision" }, { protocol: partial })).toEqual([
      "2027-10-24",
      "2027-11-24",
      "2028-05-24",
    ]);
    expect(window({ courseEndedOn: "2026-11-24", goal: "rejuvenation" }, { protocol: partial })).toEqual([
      "2027-02-24",
      "2027-02-24",
      "2027-05-24",
    ]);
  });

  it("does not mutate its (deep-frozen) inputs", () => {
    const history = frozen({
      courseEndedOn: "2026-11-24",
      goal: "rejuvenation",
      lastMaintenanceOn: "2027-01-01",
    } as const);
    const options = frozen({ protocol });
    expect(planMaintenance(history, options)).toEqual(planMaintenance({ ...history }, { protocol }));
    expect(planMaintenance(history)).toEqual(planMaintenance({ ...history }));
  });

  it("options are optional: omitted, {} and { protocol: undefined } all use the default protocol", () => {
    const history: MaintenanceHistory = { courseEndedOn: "2026-11-24", goal: "scar-revision" };
    const expected = planMaintenance(history, { protocol: defineProtocol() });
    expect(planMaintenance(history)).toEqual(expected);
    expect(planMaintenance(history, {})).toEqual(expected);
    expect(planMaintenance(history, { protocol: undefined })).toEqual(expected);
  });
});

describe("planMaintenance rejects malformed input", () => {
  const valid: MaintenanceHistory = { courseEndedOn: "2026-11-24", goal: "scar-revision" };

  it.each<[Record<string, unknown>, PlannerIssue]>([
    [
      { goal: "x" },
      {
        code: "invalid-value",
        path: ["history", "goal"],
        message: 'expected one of "scar-revision", "rejuvenation"',
        value: "x",
      },
    ],
    [{ goal: undefined }, { code: "required", path: ["history", "goal"], message: "required" }],
    [
      { courseEndedOn: "2026-02-29" },
      { code: "invalid-date", path: ["history", "courseEndedOn"], message: INPUT_DATE, value: "2026-02-29" },
    ],
    [{ courseEndedOn: undefined }, { code: "required", path: ["history", "courseEndedOn"], message: "required" }],
    [
      { courseEndedOn: "24/11/2026" },
      { code: "invalid-date", path: ["history", "courseEndedOn"], message: INPUT_DATE, value: "24/11/2026" },
    ],
    [
      { lastMaintenanceOn: 20260101 },
      { code: "invalid-type", path: ["history", "lastMaintenanceOn"], message: INPUT_DATE, value: 20260101 },
    ],
    [
      { lastMaintenanceOn: "2026-04-31" },
      { code: "invalid-date", path: ["history", "lastMaintenanceOn"], message: INPUT_DATE, value: "2026-04-31" },
    ],
    [
      { lastMaintenance: "2026-04-30" },
      {
        code: "unknown-key",
        path: ["history", "lastMaintenance"],
        message: "unknown key; expected one of goal, courseEndedOn, lastMaintenanceOn",
        value: "2026-04-30",
      },
    ],
  ])("history %o -> %o", (change, issue) => {
    const error = caught(() => planMaintenance({ ...valid, ...change } as unknown as MaintenanceHistory));
    expectIssues(error, "INVALID_INPUT", [issue]);
  });

  it.each<[unknown, PlannerIssue]>([
    [null, { code: "invalid-type", path: ["history"], message: "expected an object", value: null }],
    [undefined, { code: "required", path: ["history"], message: "required" }],
    ["2026-11-24", { code: "invalid-type", path: ["history"], message: "expected an object", value: "2026-11-24" }],
    [[], { code: "invalid-type", path: ["history"], message: "expected an object", value: [] }],
  ])("history %o -> %o", (input, issue) => {
    expectIssues(
      caught(() => planMaintenance(input as MaintenanceHistory)),
      "INVALID_INPUT",
      [issue],
    );
  });

  it.each<[unknown, PlannerIssue]>([
    [null, { code: "invalid-type", path: ["options"], message: "expected an object", value: null }],
    ["default", { code: "invalid-type", path: ["options"], message: "expected an object", value: "default" }],
    [{ protocol: 5 }, { code: "invalid-type", path: ["options", "protocol"], message: "expected an object", value: 5 }],
    [
      { today: "2026-11-24" },
      {
        code: "unknown-key",
        path: ["options", "today"],
        message: "unknown key; expected one of protocol",
        value: "2026-11-24",
      },
    ],
  ])("options %o -> %o", (options, issue) => {
    expectIssues(
      caught(() => planMaintenance(valid, options as PlanMaintenanceOptions)),
      "INVALID_INPUT",
      [issue],
    );
  });

  it("the old one-argument call with a protocol is rejected: protocol is an unknown key of the history", () => {
    const protocol = defineProtocol({ id: "clinic-protocol-2027-spring" });
    const error = caught(() => planMaintenance({ ...valid, protocol } as MaintenanceHistory));
    expectIssues(error, "INVALID_INPUT", [
      {
        code: "unknown-key",
        path: ["history", "protocol"],
        message: "unknown key; expected one of goal, courseEndedOn, lastMaintenanceOn",
        // A bounded preview: strings inside cut to 20 characters, nested objects named, 3 keys kept
        // (the version names the default settings: the id is not hashed).
        value: { id: "clinic-protocol-202…", version: "1+custom.2d577c63", sessions: "[object]", "…": "17 more" },
      },
    ]);
  });

  it("reports every problem at once, in the order of the history's fields", () => {
    const error = caught(() =>
      planMaintenance({ courseEndedOn: "x", goal: "y", lastMaintenanceOn: "z" } as unknown as MaintenanceHistory),
    );
    expectIssues(error, "INVALID_INPUT", [
      {
        code: "invalid-value",
        path: ["history", "goal"],
        message: 'expected one of "scar-revision", "rejuvenation"',
        value: "y",
      },
      { code: "invalid-date", path: ["history", "courseEndedOn"], message: INPUT_DATE, value: "x" },
      { code: "invalid-date", path: ["history", "lastMaintenanceOn"], message: INPUT_DATE, value: "z" },
    ]);
  });

  it("an inconsistent hand-made protocol in options is INVALID_INPUT under options.protocol", () => {
    const base = defineProtocol();
    const protocol = {
      ...base,
      maintenance: { ...base.maintenance, scarRevision: { earliestMonths: 13, dueMonths: 12, latestMonths: 11 } },
    } as Protocol;
    const error = caught(() => planMaintenance(valid, { protocol }));
    const at = ["options", "protocol", "maintenance", "scarRevision"];
    expectIssues(error, "INVALID_INPUT", [
      { code: "inconsistent", path: [...at, "dueMonths"], message: "must be at least earliestMonths (13)", value: 12 },
      { code: "inconsistent", path: [...at, "latestMonths"], message: "must be at least dueMonths (12)", value: 11 },
    ]);
  });
});

const monthsArb = fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 3 }).map((values) => {
  const [earliestMonths = 1, dueMonths = earliestMonths, latestMonths = dueMonths] = [...values].sort((a, b) => a - b);
  return { earliestMonths, dueMonths, latestMonths };
});

describe("planMaintenance: properties", () => {
  prop(
    [
      isoDateArb("1990-01-01", 20_000),
      fc.option(isoDateArb("1990-01-01", 20_000), { nil: undefined }),
      fc.constantFrom(...TREATMENT_GOALS),
      fc.option(monthsArb, { nil: undefined }),
    ],
    { numRuns: 200 },
    { timeout: 60_000 },
  )(
    "the window is after the course end and ordered: courseEndedOn < earliest <= due <= latest",
    (courseEndedOn, lastMaintenanceOn, goal, months) => {
      const key = goal === "rejuvenation" ? "rejuvenation" : "scarRevision";
      const protocol = months === undefined ? undefined : defineProtocol({ maintenance: { [key]: months } });
      const history = frozen({
        courseEndedOn,
        goal,
        ...(lastMaintenanceOn === undefined ? {} : { lastMaintenanceOn }),
      });
      const options = frozen(protocol === undefined ? {} : { protocol });
      const result = planMaintenance(history, options);
      expect(result.earliest > courseEndedOn).toBe(true);
      expect(result.earliest > result.after).toBe(true);
      expect(result.earliest <= result.due).toBe(true);
      expect(result.due <= result.latest).toBe(true);
      const after =
        lastMaintenanceOn !== undefined && lastMaintenanceOn > courseEndedOn ? lastMaintenanceOn : courseEndedOn;
      expect(result.after).toBe(after);
      const used = (protocol ?? defineProtocol()).maintenance[key];
      expect(result.earliest).toBe(addMonths(after, used.earliestMonths));
      expect(result.due).toBe(addMonths(after, used.dueMonths));
      expect(result.latest).toBe(addMonths(after, used.latestMonths));
      expect(result.projected).toBe(false);
      expect(planMaintenance(history, options)).toEqual(result);
    },
  );
});
