import { describe, expect, it } from "vitest";
import {
  assessEligibility,
  defineProtocol,
  FACTOR_CATALOGUE,
  FACTOR_CODES,
  type FactorCode,
  type FactorReport,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { SOURCE_IDS } from "../src/sources.js";
import { makePatient, ON, withFactors } from "./fixtures.js";

const assess = (...factors: FactorReport[]) =>
  assessEligibility(withFactors(...factors), { today: ON, messages: englishMessages });

describe("factor catalogue", () => {
  it("has exactly one entry per factor code, keyed by its own code", () => {
    expect(Object.keys(FACTOR_CATALOGUE).sort()).toEqual([...FACTOR_CODES].sort());
    for (const [code, entry] of Object.entries(FACTOR_CATALOGUE)) expect(entry.code).toBe(code);
  });

  it("cites only known sources, at least one per entry, and is frozen", () => {
    expect(Object.isFrozen(FACTOR_CATALOGUE)).toBe(true);
    for (const entry of Object.values(FACTOR_CATALOGUE)) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const id of entry.sources) expect(SOURCE_IDS).toContain(id);
      expect(Object.isFrozen(entry)).toBe(true);
      expect(Object.isFrozen(entry.sources)).toBe(true);
    }
  });

  it.each(FACTOR_CODES.filter((code) => FACTOR_CATALOGUE[code].washout === undefined))(
    "%s: active and history reports take the catalogue effects",
    (code: FactorCode) => {
      const entry = FACTOR_CATALOGUE[code];
      const active = assess({ code, status: "active" }).findings[0];
      const history = assess({ code, status: "history" }).findings[0];
      const implicit = assess({ code }).findings[0];
      expect(active).toMatchObject({ kind: "factor", code, index: 0, reason: "active", effect: entry.active });
      expect(implicit).toMatchObject({ reason: "active", effect: entry.active });
      expect(history).toMatchObject({ kind: "factor", code, reason: "history", effect: entry.history });
      expect(active?.sources).toEqual(entry.sources);
      expect(active?.message).toMatch(/\.$/);
      expect(active?.message).not.toMatch(/undefined/);
    },
  );
});

// evidence.md Table 4, row by row: the report that expresses it, and the expected status.
const TABLE_4: ReadonlyArray<readonly [string, FactorReport, string]> = [
  ["skin_cancer_in_area", { code: "skin-cancer-in-area" }, "contraindicated"],
  ["bleeding_disorder", { code: "bleeding-disorder" }, "contraindicated"],
  ["stainless_steel_allergy", { code: "stainless-steel-allergy" }, "contraindicated"],
  ["anaesthetic_allergy", { code: "anaesthetic-allergy" }, "contraindicated"],
  ["isotretinoin_current", { code: "isotretinoin", status: "active" }, "contraindicated"],
  ["isotretinoin_recent", { code: "isotretinoin", status: "history", until: "2026-08-24" }, "deferred"],
  ["pregnant_or_nursing", { code: "pregnant-or-nursing" }, "deferred"],
  ["open_wound_or_infection_in_area", { code: "wound-or-infection-in-area" }, "deferred"],
  ["hsv_active", { code: "herpes-simplex", status: "active" }, "deferred"],
  ["hsv_history", { code: "herpes-simplex", status: "history" }, "eligible-with-precautions"],
  ["active_acne_inflamed", { code: "active-acne" }, "deferred"],
  ["eczema_or_psoriasis_active_in_area (eczema)", { code: "eczema" }, "deferred"],
  ["eczema_or_psoriasis_active_in_area (psoriasis)", { code: "psoriasis" }, "deferred"],
  ["eczema_or_psoriasis_quiescent (eczema)", { code: "eczema", status: "history" }, "needs-review"],
  ["eczema_or_psoriasis_quiescent (psoriasis)", { code: "psoriasis", status: "history" }, "needs-review"],
  ["rosacea (active: source article)", { code: "rosacea" }, "deferred"],
  ["rosacea (quiescent)", { code: "rosacea", status: "history" }, "needs-review"],
  ["keloid_tendency", { code: "keloid-tendency" }, "needs-review"],
  ["anticoagulants", { code: "anticoagulants" }, "needs-review"],
  ["immunosuppression", { code: "immunosuppression" }, "needs-review"],
  ["diabetes", { code: "diabetes" }, "needs-review"],
  ["collagen_vascular_or_scleroderma", { code: "collagen-vascular-disease" }, "needs-review"],
  ["radiation_to_area", { code: "radiation-to-area", status: "history" }, "needs-review"],
  ["sunburn", { code: "sunburn" }, "deferred"],
  ["suspicious_lesion_or_raised_mole", { code: "suspicious-lesion-in-area" }, "deferred"],
  ["gold_allergy", { code: "gold-allergy" }, "eligible-with-precautions"],
];

describe("evidence.md Table 4", () => {
  it.each(TABLE_4)("%s", (_row, report, status) => {
    expect(assess(report).status).toBe(status);
  });

  it("derived rows: recent scar (info), age under 22 (info), Fitzpatrick IV-VI (precaution)", () => {
    const recent = assessEligibility(
      makePatient({ scars: [{ type: "surgical", severity: "mild", formedOn: "2026-10-06" }] }),
      {
        today: ON,
      },
    );
    expect(recent.status).toBe("eligible");
    expect(recent.findings[0]).toMatchObject({ kind: "scar", reason: "recent", effect: "info" });
    const young = assessEligibility(makePatient({ birthDate: "2006-01-01" }), { today: ON, messages: englishMessages });
    expect(young.status).toBe("eligible");
    expect(young.findings[0]).toMatchObject({ reason: "below-label-age", params: { age: 20, minimumAge: 22 } });
    expect(assessEligibility(makePatient({ fitzpatrick: "IV" }), { today: ON, messages: englishMessages }).status).toBe(
      "eligible-with-precautions",
    );
  });
});

describe("isotretinoin washout", () => {
  const washout = (lastDose: string, today: string, months?: number) =>
    assessEligibility(withFactors({ code: "isotretinoin", status: "history", until: lastDose }), {
      today,
      ...(months !== undefined && { protocol: defineProtocol({ isotretinoinWashoutMonths: months }) }),
    });

  it("defers until 6 months after the last dose by default", () => {
    const result = washout("2026-08-24", ON);
    expect(result).toMatchObject({ status: "deferred", reassessOn: "2027-02-24" });
    expect(result.findings[0]?.params).toEqual({
      lastDose: "2026-08-24",
      months: 6,
      until: "2027-02-24",
      daysLeft: 92,
    });
  });

  it.each([
    ["2025-08-31", "2026-02-28"], // month end clamps
    ["2023-08-31", "2024-02-29"], // into a leap February
    ["2023-08-29", "2024-02-29"],
    ["2024-02-29", "2024-08-29"],
    ["2025-12-31", "2026-06-30"],
    ["2026-06-30", "2026-12-30"],
  ])("last dose %s ends the wait on %s", (lastDose, end) => {
    expect(washout(lastDose, lastDose).reassessOn).toBe(end);
  });

  it("12 months after 29 Feb is 28 Feb", () => {
    expect(washout("2024-02-29", "2024-03-01", 12).reassessOn).toBe("2025-02-28");
  });

  it("the wait ends on its end date (inclusive boundary)", () => {
    expect(washout("2026-05-24", "2026-11-23").status).toBe("deferred");
    const done = washout("2026-05-24", "2026-11-24");
    expect(done.status).toBe("eligible");
    expect(done.findings[0]).toMatchObject({ reason: "washout-complete", effect: "info" });
  });

  it("a protocol of 0 months turns the wait off", () => {
    expect(washout("2026-11-24", ON, 0).status).toBe("eligible");
  });

  it("without the last dose date the wait cannot be computed: needs review, no reassessOn", () => {
    const result = assess({ code: "isotretinoin", status: "history" });
    expect(result.status).toBe("needs-review");
    expect(result.findings[0]).toMatchObject({ reason: "date-missing", params: { months: 6 } });
    expect(result.reassessOn).toBeUndefined();
  });

  it("current use is contraindicated, citing the label and the debate", () => {
    const result = assess({ code: "isotretinoin" });
    expect(result.status).toBe("contraindicated");
    expect(result.findings[0]?.sources).toEqual(expect.arrayContaining(["FDA-DEN160029", "SPRING-2017"]));
    expect(result.findings[0]?.message).toContain("2017 consensus");
    expect(result.reassessOn).toBeUndefined();
  });
});

describe("deferral ends and reassessOn", () => {
  it("a pregnancy with an end date defers until then", () => {
    const result = assess({ code: "pregnant-or-nursing", until: "2027-03-01" });
    expect(result).toMatchObject({ status: "deferred", reassessOn: "2027-03-01" });
    expect(result.findings[0]?.message).toBe("Pregnancy or breastfeeding: defer treatment (until 2027-03-01).");
  });

  it("without an end date there is no reassessOn", () => {
    const result = assess({ code: "pregnant-or-nursing" });
    expect(result.status).toBe("deferred");
    expect(result).not.toHaveProperty("reassessOn");
  });

  it("several computable deferrals: the latest end", () => {
    const result = assess(
      { code: "sunburn", until: "2026-12-05" },
      { code: "isotretinoin", status: "history", until: "2026-08-24" },
    );
    expect(result.reassessOn).toBe("2027-02-24");
  });

  it("one deferral without an end: no reassessOn", () => {
    const result = assess({ code: "active-acne" }, { code: "isotretinoin", status: "history", until: "2026-08-24" });
    expect(result.status).toBe("deferred");
    expect(result.reassessOn).toBeUndefined();
  });

  it("a contraindication outranks a deferral, and gives no reassessOn", () => {
    const result = assess({ code: "bleeding-disorder" }, { code: "sunburn", until: "2026-12-05" });
    expect(result.status).toBe("contraindicated");
    expect(result.reassessOn).toBeUndefined();
  });
});

describe("unknown, other and contradictory factors are never eligible", () => {
  it("an uncatalogued code needs review", () => {
    const result = assess({ code: "mystery" });
    expect(result.status).toBe("needs-review");
    expect(result.findings[0]).toMatchObject({ reason: "unknown-code", code: "mystery" });
    expect(result.findings[0]?.message).toBe('Factor "mystery" is not in the catalogue; a clinician must review.');
  });

  it("'other' needs review and repeats the note", () => {
    const result = assess({ code: "other", note: "lupus flare last month" });
    expect(result.status).toBe("needs-review");
    expect(result.findings[0]?.message).toBe("Other condition: lupus flare last month; a clinician must review.");
  });

  it.each([
    [{ code: "diabetes", since: "2026-12-01" }, "since-in-future"],
    [{ code: "sunburn", since: "2026-11-20", until: "2026-11-10", status: "history" }, "since-after-until"],
    [{ code: "active-acne", status: "history", until: "2026-12-01" }, "history-ends-in-future"],
    [{ code: "pregnant-or-nursing", status: "active", until: "2026-11-24" }, "active-but-ended"],
    [{ code: "isotretinoin", status: "history", since: "2027-01-01", until: "2026-01-01" }, "since-in-future"],
  ] as const)("%o is contradictory (%s)", (report, problem) => {
    const result = assess(report as FactorReport);
    expect(result.status).toBe("needs-review");
    expect(result.findings[0]).toMatchObject({ reason: "contradictory", params: { problem } });
    expect(result.findings[0]?.message).toMatch(/a clinician must review\.$/);
  });
});

describe("status", () => {
  it("with nothing to report is eligible", () => {
    expect(assessEligibility(makePatient(), { today: ON, messages: englishMessages })).toEqual({
      status: "eligible",
      findings: [],
      today: ON,
      protocolVersion: "1",
    });
  });

  it("the worst finding wins and findings come worst first", () => {
    const result = assess(
      { code: "gold-allergy" },
      { code: "diabetes" },
      { code: "sunburn" },
      { code: "anaesthetic-allergy" },
      { code: "sunburn", status: "history" },
    );
    expect(result.status).toBe("contraindicated");
    expect(result.findings.map((f) => f.effect)).toEqual([
      "contraindicated",
      "deferred",
      "needs-review",
      "precaution",
      "info",
    ]);
    expect(result.findings.map((f) => (f.kind === "factor" ? f.index : undefined))).toEqual([3, 2, 1, 0, 4]);
  });

  it("without a message layer, findings carry codes and parameters only", () => {
    const result = assessEligibility(withFactors({ code: "rosacea" }), { today: ON });
    expect(result.findings).toEqual([
      {
        kind: "factor",
        code: "rosacea",
        index: 0,
        reason: "active",
        effect: "deferred",
        params: {},
        sources: FACTOR_CATALOGUE.rosacea.sources,
      },
    ]);
  });

  it("uses a replaceable message layer", () => {
    const result = assessEligibility(withFactors({ code: "rosacea" }), {
      today: ON,
      messages: {
        finding: (f) => `${f.code}/${f.reason}/${f.effect}`,
        reminder: (r) => r.kind,
        bookingReason: (r) => r.code,
      },
    });
    expect(result.findings[0]?.message).toBe("rosacea/active/deferred");
  });
});

describe("factor findings, whole (no message layer)", () => {
  const findings = (...factors: FactorReport[]) => assessEligibility(withFactors(...factors), { today: ON }).findings;

  it("an uncatalogued code and an 'other' factor cite the planner's decision", () => {
    expect(findings({ code: "mystery" }, { code: "other", note: "lupus" })).toEqual([
      {
        kind: "factor",
        code: "mystery",
        index: 0,
        reason: "unknown-code",
        effect: "needs-review",
        params: {},
        sources: ["PLANNER-DECISION"],
      },
      {
        kind: "factor",
        code: "other",
        index: 1,
        reason: "other",
        effect: "needs-review",
        params: { note: "lupus" },
        sources: ["PLANNER-DECISION"],
      },
    ]);
  });

  it("a factor that started on the assessment date is not in the future", () => {
    expect(findings({ code: "diabetes", since: ON })).toEqual([
      {
        kind: "factor",
        code: "diabetes",
        index: 0,
        reason: "active",
        effect: FACTOR_CATALOGUE.diabetes.active,
        params: {},
        sources: FACTOR_CATALOGUE.diabetes.sources,
      },
    ]);
  });

  it("a factor that started and ended on the same day is not contradictory", () => {
    expect(findings({ code: "sunburn", status: "history", since: "2026-11-01", until: "2026-11-01" })).toEqual([
      {
        kind: "factor",
        code: "sunburn",
        index: 0,
        reason: "history",
        effect: FACTOR_CATALOGUE.sunburn.history,
        params: {},
        sources: FACTOR_CATALOGUE.sunburn.sources,
      },
    ]);
  });

  it("a report without a status is active: an end date on or before the assessment date contradicts it", () => {
    expect(findings({ code: "pregnant-or-nursing", until: ON })).toEqual([
      {
        kind: "factor",
        code: "pregnant-or-nursing",
        index: 0,
        reason: "contradictory",
        effect: "needs-review",
        params: { problem: "active-but-ended" },
        sources: FACTOR_CATALOGUE["pregnant-or-nursing"].sources,
      },
    ]);
  });

  it("only a deferral carries its end date as a parameter", () => {
    const [deferral, review] = findings(
      { code: "sunburn", until: "2026-12-05" },
      { code: "diabetes", since: "2020-01-01", until: "2027-06-01" },
    );
    expect(deferral).toMatchObject({ code: "sunburn", effect: "deferred", params: { until: "2026-12-05" } });
    expect(review).toMatchObject({ code: "diabetes", effect: "needs-review", params: {} });
    expect(review?.params).toEqual({});
  });
});
