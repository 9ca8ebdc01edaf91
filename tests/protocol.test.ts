import { describe, expect, it } from "vitest";
import { deepFreeze } from "../src/_lib/deep-freeze.js";
import type { IssueCode, IssuePath } from "../src/errors.js";
import * as root from "../src/index.js";
import { defaultProtocol, defineProtocol, PlannerError } from "../src/index.js";
import { REFINEMENTS } from "../src/models/refinements.js";
import { parseProtocol, protocolSchema, safeParseProtocol } from "../src/schemas.js";
import * as sources from "../src/sources.js";
import { PROTOCOL_SETTING_CATALOGUE, REMINDER_CATALOGUE, SOURCE_IDS } from "../src/sources.js";
import { caught } from "./planning-helpers.js";

/** FNV-1a (32 bits, 8 hex digits) of a protocol's settings without id and version, written out independently. */
function settingsHash(protocol: object): string {
  const { id: _id, version: _version, ...settings } = protocol as Record<string, unknown>;
  let hash = 2166136261n;
  const text = JSON.stringify(settings);
  for (let i = 0; i < text.length; i++) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 16777619n) % 2n ** 32n;
  return hash.toString(16).padStart(8, "0");
}

/** The settings issue 12 added, at their defaults. */
const NEW_SETTINGS = {
  sessionsByType: { striae: { min: 1, typical: 2, max: 3 } },
  finalResultCheckMonths: 6,
  burnMaturityMonths: 12,
  fillerToxinWaitDays: 14,
  resurfacingWaitDays: 28,
  retinoidStopDays: 5,
  antiviralLeadDays: 7,
};

/** The [code, path, value] of each INVALID_PROTOCOL problem. */
function issuesOf(run: () => unknown): Array<[IssueCode, IssuePath, unknown]> {
  try {
    run();
  } catch (error) {
    if (error instanceof PlannerError && error.code === "INVALID_PROTOCOL")
      return error.issues.map((i) => [i.code, i.path, i.value]);
    throw error;
  }
  throw new Error("expected INVALID_PROTOCOL");
}

describe("defaultProtocol", () => {
  it("restates the source article's numbers", () => {
    expect(defaultProtocol.sessions.moderate).toEqual({ min: 3, typical: 4, max: 5 });
    expect(defaultProtocol.sessions.severe).toMatchObject({ min: 4, max: 7 });
    expect(defaultProtocol.sessions.mild).toMatchObject({ min: 1, max: 3 });
    expect(defaultProtocol.sessions.rejuvenation).toEqual({ min: 3, typical: 4, max: 6 });
    expect(defaultProtocol.interval).toEqual({ minWeeks: 4, maxWeeks: 6 });
    expect(defaultProtocol.isotretinoinWashoutMonths).toBe(6);
    expect(defaultProtocol.maintenance.scarRevision.dueMonths).toBe(12);
    expect(defaultProtocol.maintenance.rejuvenation).toMatchObject({ earliestMonths: 3, latestMonths: 6 });
  });

  it("completes the article from the literature and from practice (issue 12)", () => {
    expect(defaultProtocol.sessionsByType).toEqual({ striae: { min: 1, typical: 2, max: 3 } });
    expect([defaultProtocol.resultCheckMonths, defaultProtocol.finalResultCheckMonths]).toEqual([3, 6]);
    expect(defaultProtocol.burnMaturityMonths).toBe(12);
    expect([defaultProtocol.fillerToxinWaitDays, defaultProtocol.resurfacingWaitDays]).toEqual([14, 28]);
    expect([defaultProtocol.retinoidStopDays, defaultProtocol.antiviralLeadDays]).toEqual([5, 7]);
  });

  it("is named and versioned, and reviews a deferral with no end after 28 days", () => {
    expect([defaultProtocol.id, defaultProtocol.version]).toEqual(["article-2021", "1"]);
    expect(defaultProtocol.deferralReviewDays).toBe(28);
    expect(PROTOCOL_SETTING_CATALOGUE.deferralReviewDays).toEqual({ evidence: "I", sources: ["PLANNER-DECISION"] });
  });

  it("is deeply frozen and valid", () => {
    expect(Object.isFrozen(defaultProtocol)).toBe(true);
    expect(Object.isFrozen(defaultProtocol.sessions.mild)).toBe(true);
    expect(() => {
      (defaultProtocol.interval as { minWeeks: number }).minWeeks = 1;
    }).toThrow(TypeError);
    expect(protocolSchema.safeParse(defaultProtocol).success).toBe(true);
  });

  it("names sources and an evidence level for every setting, by its path", () => {
    // Every leaf setting (but id and version) is covered by exactly one catalogue path: itself or
    // the object holding it (sessions.mild covers sessions.mild.min); every path is a setting.
    const leaves = (value: unknown, at: string[] = []): string[] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([key, item]) => leaves(item, [...at, key]))
        : [at.join(".")];
    const settings = leaves(defaultProtocol).filter((path) => path !== "id" && path !== "version");
    const paths = Object.keys(PROTOCOL_SETTING_CATALOGUE);
    for (const setting of settings) {
      expect([setting, paths.filter((path) => setting === path || setting.startsWith(`${path}.`))]).toEqual([
        setting,
        [expect.any(String)],
      ]);
    }
    for (const path of paths) {
      expect([path, settings.some((setting) => setting === path || setting.startsWith(`${path}.`))]).toEqual([
        path,
        true,
      ]);
    }
    for (const { evidence, sources: ids } of Object.values(PROTOCOL_SETTING_CATALOGUE)) {
      expect(["C", "S", "R", "P", "U", "I"]).toContain(evidence);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(SOURCE_IDS).toContain(id);
    }
  });

  it("is honest where nothing is published: PLANNER-DECISION, and P for practice-only windows", () => {
    // The changeset names these four defaults as the planner's own decisions.
    for (const path of ["interval.maxWeeks", "maintenance.scarRevision", "sessions.rejuvenation", "sessions.mild"]) {
      expect([path, PROTOCOL_SETTING_CATALOGUE[path]?.sources]).toEqual([
        path,
        expect.arrayContaining(["PLANNER-DECISION"]),
      ]);
    }
    for (const path of ["fillerToxinWaitDays", "resurfacingWaitDays", "retinoidStopDays"]) {
      expect([path, PROTOCOL_SETTING_CATALOGUE[path]?.evidence]).toEqual([path, "P"]);
    }
    expect(PROTOCOL_SETTING_CATALOGUE.burnMaturityMonths?.sources).toEqual(["AUST-2010-BURNS"]);
    expect(Object.isFrozen(PROTOCOL_SETTING_CATALOGUE)).toBe(true);
    expect(Object.isFrozen(PROTOCOL_SETTING_CATALOGUE["sessions.mild"]?.sources)).toBe(true);
  });

  it("REMINDER_CATALOGUE gives every reminder kind its sources and evidence level", () => {
    expect(Object.keys(REMINDER_CATALOGUE)).toEqual([...root.REMINDER_KINDS]);
    for (const { evidence, sources: ids } of Object.values(REMINDER_CATALOGUE)) {
      expect(["C", "S", "R", "P", "U", "I"]).toContain(evidence);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(SOURCE_IDS).toContain(id);
    }
    expect(Object.isFrozen(REMINDER_CATALOGUE.photo)).toBe(true);
  });

  it("PROTOCOL_SOURCES is gone: the catalogue is in ./sources only", () => {
    expect("PROTOCOL_SOURCES" in root).toBe(false);
    expect("PROTOCOL_SOURCES" in sources).toBe(false);
    expect("PROTOCOL_SETTING_CATALOGUE" in root).toBe(false);
  });
});

describe("defineProtocol", () => {
  it("merges nested overrides, versions the result and freezes it", () => {
    const protocol = defineProtocol({ sessions: { severe: { max: 8 } }, interval: { maxWeeks: 8 } });
    expect(protocol.sessions.severe).toEqual({ min: 4, typical: 6, max: 8 });
    expect(protocol.sessions.moderate).toEqual(defaultProtocol.sessions.moderate);
    expect(protocol.id).toBe("article-2021");
    expect(protocol.version).toBe(`1+custom.${settingsHash(protocol)}`);
    expect(protocol.version).toMatch(/^1\+custom\.[0-9a-f]{8}$/);
    expect(Object.isFrozen(protocol.sessions.severe)).toBe(true);
    expect(defineProtocol({ version: "clinic-2" }).version).toBe("clinic-2");
    expect(defineProtocol({ id: "clinic-a", version: "2026.1" })).toEqual({
      ...defaultProtocol,
      id: "clinic-a",
      version: "2026.1",
    });
    expect(defineProtocol().version).toBe(`1+custom.${settingsHash(defaultProtocol)}`);
  });

  it("a custom version names the settings: equal settings, equal versions; the id does not count", () => {
    const a = defineProtocol({ interval: { maxWeeks: 8 }, reminderLeadDays: 3 });
    const b = defineProtocol({ reminderLeadDays: 3, interval: { maxWeeks: 8, minWeeks: 4 } });
    expect(b.version).toBe(a.version);
    expect(defineProtocol({ id: "clinic-a", interval: { maxWeeks: 8 }, reminderLeadDays: 3 }).version).toBe(a.version);
    const versions = new Set(
      [
        { interval: { maxWeeks: 8 }, reminderLeadDays: 4 },
        { interval: { maxWeeks: 9 }, reminderLeadDays: 3 },
        { deferralReviewDays: 14 },
        { pihRiskFrom: "V" as const },
        {},
      ].map((overrides) => defineProtocol(overrides).version),
    );
    expect(versions.size).toBe(5);
    expect(versions.has(a.version)).toBe(false);
  });

  it("sessionsByType: a table given replaces the default one whole; each range is given whole", () => {
    const protocol = defineProtocol({ sessionsByType: { burn: { min: 2, typical: 3, max: 4 } } });
    // striae's own range is gone with the default table: striae follow the severity table again.
    expect(protocol.sessionsByType).toEqual({ burn: { min: 2, typical: 3, max: 4 } });
    expect(defineProtocol({ sessionsByType: {} }).sessionsByType).toEqual({});
    expect(
      defineProtocol({ sessionsByType: { ...defaultProtocol.sessionsByType, burn: { min: 2, typical: 3, max: 4 } } })
        .sessionsByType,
    ).toEqual({ striae: { min: 1, typical: 2, max: 3 }, burn: { min: 2, typical: 3, max: 4 } });
    // A type's range is given whole (unlike sessions.mild, whose settings merge one by one).
    expect(defineProtocol({ sessionsByType: { striae: { min: 1, typical: 2, max: 4 } } }).sessionsByType).toEqual({
      striae: { min: 1, typical: 2, max: 4 },
    });
    expect(issuesOf(() => defineProtocol({ sessionsByType: { striae: { max: 4 } } } as never))).toEqual([
      ["required", ["protocol", "sessionsByType", "striae", "min"], undefined],
      ["required", ["protocol", "sessionsByType", "striae", "typical"], undefined],
    ]);
    // The caller's table is copied, not frozen in place.
    const table = { burn: { min: 2, typical: 3, max: 4 } };
    expect(defineProtocol({ sessionsByType: table }).sessionsByType.burn).not.toBe(table.burn);
    expect(Object.isFrozen(table.burn)).toBe(false);
    expect(Object.isFrozen(protocol.sessionsByType.burn)).toBe(true);
    // A new setting changes the custom version, and is hashed with the rest.
    expect(protocol.version).toBe(`1+custom.${settingsHash(protocol)}`);
    const versions = new Set(
      [
        { burnMaturityMonths: 18 },
        { fillerToxinWaitDays: 21 },
        { resurfacingWaitDays: 42 },
        { retinoidStopDays: 7 },
        { antiviralLeadDays: 2 },
        { finalResultCheckMonths: 12 },
        { sessionsByType: { burn: { min: 2, typical: 3, max: 4 } } },
        {},
      ].map((overrides) => defineProtocol(overrides).version),
    );
    expect(versions.size).toBe(8);
  });

  it("the default settings' custom version is fixed: a change to any default shows", () => {
    // Pinned: an added or changed default setting changes it (issue 12 added seven settings).
    expect(defineProtocol().version).toBe("1+custom.2d577c63");
  });

  it("does not mutate the overrides", () => {
    const overrides = { interval: { maxWeeks: 8 } };
    defineProtocol(overrides);
    expect(overrides).toEqual({ interval: { maxWeeks: 8 } });
  });

  it.each([
    [{ interval: { minWeeks: 8 } }, [["inconsistent", ["protocol", "interval", "maxWeeks"], 6]]],
    [
      { sessions: { moderate: { min: 6 } } },
      [
        ["inconsistent", ["protocol", "sessions", "moderate", "typical"], 4],
        ["inconsistent", ["protocol", "sessions", "severe", "min"], 4],
      ],
    ],
    [
      { sessions: { mild: { max: 9, typical: 3 } } },
      [["inconsistent", ["protocol", "sessions", "moderate", "max"], 5]],
    ],
    [{ reassessAfterWeeks: 5 }, [["inconsistent", ["protocol", "reassessAfterWeeks"], 5]]],
    [
      { maintenance: { rejuvenation: { dueMonths: 7 } } },
      [["inconsistent", ["protocol", "maintenance", "rejuvenation", "latestMonths"], 6]],
    ],
    [
      { maintenance: { scarRevision: { earliestMonths: 13 } } },
      [["inconsistent", ["protocol", "maintenance", "scarRevision", "dueMonths"], 12]],
    ],
    [{ resultCheckMonths: 7 }, [["inconsistent", ["protocol", "finalResultCheckMonths"], 6]]],
    [{ finalResultCheckMonths: 2 }, [["inconsistent", ["protocol", "finalResultCheckMonths"], 2]]],
    [
      { sessionsByType: { striae: { min: 4, typical: 2, max: 3 } } },
      [["inconsistent", ["protocol", "sessionsByType", "striae", "typical"], 2]],
    ],
    [
      { sessionsByType: { keloid: { min: 2, typical: 1, max: 3 } } },
      [["inconsistent", ["protocol", "sessionsByType", "keloid", "typical"], 1]],
    ],
  ])("rejects inconsistent settings %o", (overrides, expected) => {
    expect(issuesOf(() => defineProtocol(overrides))).toEqual(expected);
  });

  it.each([
    [{ interval: { minWeeks: 4.5 } }, "invalid-type", ["protocol", "interval", "minWeeks"], 4.5],
    [{ interval: { minWeeks: 0 } }, "out-of-range", ["protocol", "interval", "minWeeks"], 0],
    [{ isotretinoinWashoutMonths: -1 }, "out-of-range", ["protocol", "isotretinoinWashoutMonths"], -1],
    // The value is a JSON-safe preview: NaN becomes "NaN".
    [{ isotretinoinWashoutMonths: Number.NaN }, "invalid-type", ["protocol", "isotretinoinWashoutMonths"], "NaN"],
    [{ sessions: { mild: { min: "1" } } }, "invalid-type", ["protocol", "sessions", "mild", "min"], "1"],
    [{ version: "a b" }, "invalid-format", ["protocol", "version"], "a b"],
    [{ id: "x".repeat(101) }, "too-long", ["protocol", "id"], `${"x".repeat(99)}…`],
    [{ id: 5 }, "invalid-type", ["protocol", "id"], 5],
    [{ deferralReviewDays: 0 }, "out-of-range", ["protocol", "deferralReviewDays"], 0],
    [{ deferralReviewDays: 366 }, "out-of-range", ["protocol", "deferralReviewDays"], 366],
    [{ pihRiskFrom: "VII" }, "invalid-value", ["protocol", "pihRiskFrom"], "VII"],
    [{ intervals: 3 }, "unknown-key", ["protocol", "intervals"], 3],
    [{ interval: 4 }, "invalid-type", ["protocol", "interval"], 4],
    [{ sessions: { moderate: { avg: 4 } } }, "unknown-key", ["protocol", "sessions", "moderate", "avg"], 4],
    [
      { sessionsByType: { mole: { min: 1, typical: 1, max: 1 } } },
      "unknown-key",
      ["protocol", "sessionsByType", "mole"],
      { min: 1, typical: 1, max: 1 },
    ],
    [
      { sessionsByType: { burn: { min: 1, typical: 2, max: 21 } } },
      "out-of-range",
      ["protocol", "sessionsByType", "burn", "max"],
      21,
    ],
    [{ finalResultCheckMonths: 25 }, "out-of-range", ["protocol", "finalResultCheckMonths"], 25],
    [{ burnMaturityMonths: 121 }, "out-of-range", ["protocol", "burnMaturityMonths"], 121],
    [{ fillerToxinWaitDays: 91 }, "out-of-range", ["protocol", "fillerToxinWaitDays"], 91],
    [{ resurfacingWaitDays: 181 }, "out-of-range", ["protocol", "resurfacingWaitDays"], 181],
    [{ retinoidStopDays: -1 }, "out-of-range", ["protocol", "retinoidStopDays"], -1],
    [{ antiviralLeadDays: 31 }, "out-of-range", ["protocol", "antiviralLeadDays"], 31],
    [{ antiviralLeadDays: 1.5 }, "invalid-type", ["protocol", "antiviralLeadDays"], 1.5],
  ])("rejects malformed setting %o", (overrides, code, path, value) => {
    expect(issuesOf(() => defineProtocol(overrides as never))).toEqual([[code, path, value]]);
  });

  it.each(["id", "version"])("an empty %s is too short and not of the allowed letters", (key) => {
    expect(problemsOf(() => defineProtocol({ [key]: "" }))).toEqual([
      [`protocol.${key}`, "", "expected 1 to 100 characters"],
      [`protocol.${key}`, "", "expected letters, digits, '.', '_', '+' or '-'"],
    ]);
  });

  it("a setting given as undefined counts as absent", () => {
    expect(defineProtocol({ interval: { minWeeks: undefined } } as never).interval).toEqual(defaultProtocol.interval);
    // A scar type given as undefined gets no range, and no key either.
    const protocol = defineProtocol({ sessionsByType: { burn: undefined, striae: { min: 1, typical: 2, max: 4 } } });
    expect(protocol.sessionsByType).toStrictEqual({ striae: { min: 1, typical: 2, max: 4 } });
  });

  it.each([null, "x"])("rejects a non-object (%o)", (overrides) => {
    expect(issuesOf(() => defineProtocol(overrides as never))).toEqual([["invalid-type", ["protocol"], overrides]]);
  });

  it("gives the clear error the docs promise", () => {
    expect(() => defineProtocol({ interval: { minWeeks: 8 } })).toThrow(
      "protocol.interval.maxWeeks: must be at least minWeeks (8)",
    );
    const error = caught(() => defineProtocol({ interval: { minWeeks: 8 } }));
    expect(error.code).toBe("INVALID_PROTOCOL");
    expect(error.message).toBe("protocol.interval.maxWeeks: must be at least minWeeks (8)");
  });
});

describe("protocolSchema and parseProtocol agree with defineProtocol", () => {
  it("relations are schema issues with code, path and value", () => {
    const input = { ...defaultProtocol, interval: { minWeeks: 8, maxWeeks: 6 } };
    expect(issuesOf(() => parseProtocol(input))).toEqual([["inconsistent", ["protocol", "interval", "maxWeeks"], 6]]);
    const result = safeParseProtocol(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("INVALID_PROTOCOL");
    expect(result.error.issues).toEqual([
      {
        code: "inconsistent",
        path: ["protocol", "interval", "maxWeeks"],
        message: "must be at least minWeeks (8)",
        value: 6,
      },
    ]);
    expect(protocolSchema.safeParse(input).success).toBe(false);
  });

  it("safeParseProtocol returns a frozen protocol", () => {
    const result = safeParseProtocol(JSON.parse(JSON.stringify(defaultProtocol)));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual(defaultProtocol);
    expect(Object.isFrozen(result.data.sessions.mild)).toBe(true);
  });

  it("a non-object is INVALID_PROTOCOL", () => {
    expect(issuesOf(() => parseProtocol(null))).toEqual([["invalid-type", ["protocol"], null]]);
  });

  it("parses stored JSON into a frozen protocol", () => {
    const parsed = parseProtocol(JSON.parse(JSON.stringify(defaultProtocol)));
    expect(parsed).toEqual(defaultProtocol);
    expect(Object.isFrozen(parsed.maintenance.rejuvenation)).toBe(true);
  });

  it("unknown and missing settings are reported", () => {
    const { reminderLeadDays: _dropped, ...missing } = defaultProtocol;
    expect(issuesOf(() => parseProtocol({ ...missing, extra: 1 }))).toEqual([
      ["required", ["protocol", "reminderLeadDays"], undefined],
      ["unknown-key", ["protocol", "extra"], 1],
    ]);
  });

  it("a protocol stored before protocols had an id and a deferral review is incomplete", () => {
    const { id: _id, deferralReviewDays: _review, ...old } = { ...defaultProtocol, version: "article-2021.1" };
    expect(issuesOf(() => parseProtocol(JSON.parse(JSON.stringify(old))))).toEqual([
      ["required", ["protocol", "id"], undefined],
      ["required", ["protocol", "deferralReviewDays"], undefined],
    ]);
    const {
      sessionsByType: _types,
      finalResultCheckMonths: _final,
      burnMaturityMonths: _burn,
      fillerToxinWaitDays: _ft,
      resurfacingWaitDays: _rs,
      retinoidStopDays: _rt,
      antiviralLeadDays: _av,
      ...older
    } = old;
    const stored = { ...older, id: "article-2021", deferralReviewDays: 28 };
    expect(parseProtocol({ ...stored, ...NEW_SETTINGS }).version).toBe("article-2021.1");
  });

  it("a protocol stored before issue 12 lacks seven settings: rebuild it with defineProtocol", () => {
    const {
      sessionsByType: _types,
      finalResultCheckMonths: _final,
      burnMaturityMonths: _burn,
      fillerToxinWaitDays: _ft,
      resurfacingWaitDays: _rs,
      retinoidStopDays: _rt,
      antiviralLeadDays: _av,
      ...old
    } = defaultProtocol;
    expect(issuesOf(() => parseProtocol(JSON.parse(JSON.stringify(old))))).toEqual([
      ["required", ["protocol", "sessionsByType"], undefined],
      ["required", ["protocol", "finalResultCheckMonths"], undefined],
      ["required", ["protocol", "burnMaturityMonths"], undefined],
      ["required", ["protocol", "fillerToxinWaitDays"], undefined],
      ["required", ["protocol", "resurfacingWaitDays"], undefined],
      ["required", ["protocol", "retinoidStopDays"], undefined],
      ["required", ["protocol", "antiviralLeadDays"], undefined],
    ]);
    expect(parseProtocol({ ...old, ...NEW_SETTINGS })).toEqual(defaultProtocol);
  });
});

/** The [dotted path, value, message] of each INVALID_PROTOCOL problem. */
function problemsOf(run: () => unknown): Array<[string, unknown, string]> {
  try {
    run();
  } catch (error) {
    if (error instanceof PlannerError && error.code === "INVALID_PROTOCOL")
      return error.issues.map((i) => [i.path.join("."), i.value, i.message]);
    throw error;
  }
  throw new Error("expected INVALID_PROTOCOL");
}

describe("protocol problems are worded exactly", () => {
  it("relations between settings", () => {
    expect(problemsOf(() => defineProtocol({ sessions: { moderate: { min: 6 } } }))).toEqual([
      ["protocol.sessions.moderate.typical", 4, "must be at least min (6)"],
      [
        "protocol.sessions.severe.min",
        4,
        "must not be below moderate.min (6): estimates may not fall as severity rises",
      ],
    ]);
    expect(problemsOf(() => defineProtocol({ sessions: { severe: { max: 4, typical: 4 } } }))).toEqual([
      [
        "protocol.sessions.severe.max",
        4,
        "must not be below moderate.max (5): estimates may not fall as severity rises",
      ],
    ]);
    expect(problemsOf(() => defineProtocol({ reassessAfterWeeks: 5 }))).toEqual([
      ["protocol.reassessAfterWeeks", 5, "must be at least interval.maxWeeks (6)"],
    ]);
  });

  it("relations are checked only once every setting is valid", () => {
    expect(problemsOf(() => defineProtocol({ interval: { minWeeks: 8, maxWeeks: "six" as never } }))).toEqual([
      ["protocol.interval.maxWeeks", "six", "expected an integer"],
    ]);
    expect(problemsOf(() => defineProtocol({ interval: { minWeeks: 8, maxWeeks: 60 } }))).toEqual([
      ["protocol.interval.maxWeeks", 60, "expected an integer from 1 to 52"],
    ]);
  });

  it("the relations refinement reports paths relative to the protocol", () => {
    const reported: unknown[] = [];
    REFINEMENTS.protocolRelations(
      { ...defaultProtocol, interval: { minWeeks: 8, maxWeeks: 6 } } as never,
      (...args) => {
        reported.push(args);
      },
    );
    expect(reported).toEqual([["inconsistent", ["interval", "maxWeeks"], "must be at least minWeeks (8)", 6]]);
  });
});

describe("deepFreeze", () => {
  it("freezes nested objects and arrays, and stops at what is already frozen (cycles included)", () => {
    const cyclic: { self?: unknown; list: number[][] } = { list: [[1]] };
    cyclic.self = cyclic;
    expect(deepFreeze(cyclic)).toBe(cyclic);
    expect(Object.isFrozen(cyclic.list[0])).toBe(true);
    const inner = { n: 1 };
    deepFreeze(Object.freeze({ inner }));
    expect(Object.isFrozen(inner)).toBe(false);
  });

  it("returns primitives and null unchanged and leaves functions alone", () => {
    for (const value of [null, undefined, 3, "s", true]) expect(deepFreeze(value)).toBe(value);
    const holder = { fn: () => 1 };
    deepFreeze(holder);
    expect(Object.isFrozen(holder)).toBe(true);
    expect(Object.isFrozen(holder.fn)).toBe(false);
  });
});
