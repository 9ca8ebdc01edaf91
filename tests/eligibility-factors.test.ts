import { describe, expect, it } from "vitest";
import {
  assessEligibility,
  defineProtocol,
  FACTOR_CATALOGUE,
  FACTOR_CODES,
  type FactorCode,
  type FactorReport,
  type Patient,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { SOURCE_IDS } from "../src/sources.js";
import { makePatient, ON, SVG_TEXTS } from "./fixtures.js";
import { addDays } from "./planning-helpers.js";

/**
 * A patient whose only scar gives no finding (a graded boxcar scar of no given depth: no type
 * effect, no adjunct), so that every finding comes from the factors or the patient fields tested.
 */
const quiet = (overrides: Partial<Patient> = {}): Patient =>
  makePatient({ scars: [{ type: "boxcar", goodmanGrade: 3 }], ...overrides });
const withFactors = (...factors: FactorReport[]): Patient => quiet({ factors });
const assess = (...factors: FactorReport[]) =>
  assessEligibility(withFactors(...factors), { today: ON, messages: englishMessages });

/** Factors whose reports follow the plain status rule (no washout after a last dose, no wait after a procedure). */
const PLAIN_CODES = FACTOR_CODES.filter(
  (code) => FACTOR_CATALOGUE[code].washout === undefined && FACTOR_CATALOGUE[code].wait === undefined,
);

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

  it("has 34 entries; only isotretinoin has a washout, only the two procedures a wait", () => {
    expect(FACTOR_CODES).toHaveLength(34);
    expect(FACTOR_CODES.filter((code) => FACTOR_CATALOGUE[code].washout !== undefined)).toEqual(["isotretinoin"]);
    expect(
      FACTOR_CODES.filter((code) => FACTOR_CATALOGUE[code].wait !== undefined).map((code) => [
        code,
        FACTOR_CATALOGUE[code].wait,
      ]),
    ).toEqual([
      ["recent-filler-or-toxin-in-area", "fillerToxinWaitDays"],
      ["recent-resurfacing-in-area", "resurfacingWaitDays"],
    ]);
    expect(FACTOR_CODES.filter((code) => FACTOR_CATALOGUE[code].replacedBy !== undefined)).toEqual([
      "pregnant-or-nursing",
    ]);
    expect(FACTOR_CATALOGUE["pregnant-or-nursing"].replacedBy).toEqual(["pregnant", "nursing"]);
  });

  it.each(PLAIN_CODES)("%s: active and history reports take the catalogue effects", (code: FactorCode) => {
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
  });
});

// evidence.md Table 4, row by row: the report that expresses it, and the expected status.
const TABLE_4: ReadonlyArray<readonly [string, FactorReport, string]> = [
  ["skin_cancer_in_area", { code: "skin-cancer-in-area" }, "contraindicated"],
  ["bleeding_disorder", { code: "bleeding-disorder" }, "contraindicated"],
  ["stainless_steel_allergy", { code: "stainless-steel-allergy" }, "contraindicated"],
  [
    "stainless_steel_allergy (history: allergies do not lapse)",
    { code: "stainless-steel-allergy", status: "history" },
    "contraindicated",
  ],
  ["anaesthetic_allergy", { code: "anaesthetic-allergy" }, "contraindicated"],
  [
    "anaesthetic_allergy (history: allergies do not lapse)",
    { code: "anaesthetic-allergy", status: "history" },
    "contraindicated",
  ],
  ["isotretinoin_current", { code: "isotretinoin", status: "active" }, "contraindicated"],
  ["isotretinoin_current (last dose planned)", { code: "isotretinoin", until: "2027-01-10" }, "contraindicated"],
  ["isotretinoin_recent", { code: "isotretinoin", status: "history", until: "2026-08-24" }, "deferred"],
  ["pregnant_or_nursing", { code: "pregnant-or-nursing" }, "deferred"],
  ["pregnant_or_nursing (pregnant)", { code: "pregnant" }, "deferred"],
  ["pregnant_or_nursing (nursing)", { code: "nursing" }, "deferred"],
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
    expect(recent.findings).toHaveLength(1);
    expect(recent.findings[0]).toMatchObject({ kind: "scar", reason: "recent", effect: "info" });
    const young = assessEligibility(quiet({ birthDate: "2006-01-01" }), { today: ON, messages: englishMessages });
    expect(young.status).toBe("eligible");
    expect(young.findings).toHaveLength(1);
    expect(young.findings[0]).toMatchObject({ reason: "below-label-age", params: { age: 20, minimumAge: 22 } });
    expect(assessEligibility(quiet({ fitzpatrick: "IV" }), { today: ON, messages: englishMessages }).status).toBe(
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
    expect(result.findings[0]?.params).toEqual({});
    expect(result.reassessOn).toBeUndefined();
  });

  it("current use with a planned last dose: contraindicated, and treatment may resume after the washout", () => {
    const result = assess({ code: "isotretinoin", until: "2027-01-10" });
    expect(result).toMatchObject({ status: "contraindicated", reassessOn: "2027-07-10" });
    expect(result.findings[0]).toMatchObject({
      reason: "active",
      effect: "contraindicated",
      params: { until: "2027-01-10", resumeOn: "2027-07-10" },
    });
    expect(result.findings[0]?.message).toBe(
      "Isotretinoin: do not treat while taking it; last dose planned on 2027-01-10, treatment may resume on 2027-07-10.",
    );
  });

  it("the resume day follows the protocol's washout, and clamps at month ends", () => {
    const protocol = defineProtocol({ isotretinoinWashoutMonths: 1 });
    const report: FactorReport = { code: "isotretinoin", until: "2027-01-31" };
    expect(assessEligibility(withFactors(report), { today: ON, protocol }).reassessOn).toBe("2027-02-28");
    expect(assessEligibility(withFactors(report), { today: ON }).reassessOn).toBe("2027-07-31");
    const off = defineProtocol({ isotretinoinWashoutMonths: 0 });
    expect(assessEligibility(withFactors(report), { today: ON, protocol: off })).toMatchObject({
      status: "contraindicated",
      reassessOn: "2027-01-31",
    });
  });

  it("an active report whose last dose has come: the washout runs from it", () => {
    const result = assess({ code: "isotretinoin", until: ON });
    expect(result).toMatchObject({ status: "deferred", reassessOn: "2027-05-24" });
    expect(result.findings[0]).toMatchObject({
      reason: "washout",
      params: { lastDose: ON, months: 6, until: "2027-05-24", daysLeft: 181 },
    });
    const done = assess({ code: "isotretinoin", until: "2026-05-24" });
    expect(done.status).toBe("eligible");
    expect(done.findings[0]).toMatchObject({ reason: "washout-complete", effect: "info" });
  });
});

describe("deferral ends and reassessOn", () => {
  it("a pregnancy with an end date defers until then", () => {
    const result = assess({ code: "pregnant", until: "2027-03-01" });
    expect(result).toMatchObject({ status: "deferred", reassessOn: "2027-03-01" });
    expect(result.findings[0]?.message).toBe("Pregnancy: defer treatment (until 2027-03-01).");
  });

  it("pregnancy and breastfeeding end on their own days: the later one decides", () => {
    const result = assess({ code: "pregnant", until: "2027-03-01" }, { code: "nursing", until: "2027-09-01" });
    expect(result).toMatchObject({ status: "deferred", reassessOn: "2027-09-01" });
    expect(result.findings.map((f) => f.message)).toEqual([
      "Pregnancy: defer treatment (until 2027-03-01).",
      "Breastfeeding: defer treatment (until 2027-09-01).",
    ]);
  });

  it("the old combined code is still read as before, and its message advises the new codes", () => {
    const result = assess({ code: "pregnant-or-nursing", until: "2027-03-01" });
    expect(result).toMatchObject({ status: "deferred", reassessOn: "2027-03-01" });
    expect(result.findings[0]?.message).toBe(
      "Pregnancy or breastfeeding: defer treatment (until 2027-03-01); record pregnancy and breastfeeding as separate codes (pregnant, nursing), which end on different days.",
    );
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

  it("a contraindication that ends (a planned last dose) and a deferral: the later end", () => {
    expect(
      assess({ code: "isotretinoin", until: "2027-01-10" }, { code: "nursing", until: "2027-09-01" }).reassessOn,
    ).toBe("2027-09-01");
    expect(
      assess({ code: "isotretinoin", until: "2027-01-10" }, { code: "nursing", until: "2027-03-01" }).reassessOn,
    ).toBe("2027-07-10");
    // A second contraindication with no end: none.
    expect(
      assess({ code: "isotretinoin", until: "2027-01-10" }, { code: "anaesthetic-allergy", status: "history" })
        .reassessOn,
    ).toBeUndefined();
  });

  it("a procedure's wait ends the deferral on its own day", () => {
    const result = assess(
      { code: "recent-filler-or-toxin-in-area", since: "2026-11-20" },
      { code: "recent-resurfacing-in-area", since: "2026-11-01" },
    );
    expect(result).toMatchObject({ status: "deferred", reassessOn: "2026-12-04" });
  });
});

describe("active reports that have ended (no longer contradictory)", () => {
  it.each(PLAIN_CODES)("%s reported active until today or before: its history effect, reason ended", (code) => {
    for (const until of [ON, "2026-01-01"]) {
      const result = assessEligibility(withFactors({ code, until }), { today: ON, messages: englishMessages });
      expect(result.findings[0]).toMatchObject({
        kind: "factor",
        code,
        index: 0,
        reason: "ended",
        effect: FACTOR_CATALOGUE[code].history,
        params: { until },
      });
      expect(result.findings[0]?.message).toMatch(
        new RegExp(`: reported as ended on ${until}, counted as history; .+\\.$`),
      );
      expect(result).not.toHaveProperty("reassessOn");
    }
  });

  it("the day before it ends, it is still active", () => {
    const result = assess({ code: "pregnant", until: "2026-11-25" });
    expect(result.findings[0]).toMatchObject({ reason: "active", effect: "deferred", params: { until: "2026-11-25" } });
  });

  it("the messages of ended reports", () => {
    expect(
      assess(
        { code: "nursing", until: "2026-11-20" },
        { code: "herpes-simplex", until: "2026-11-20" },
        { code: "stainless-steel-allergy", until: "2026-11-20" },
      ).findings.map((f) => f.message),
    ).toEqual([
      "Stainless-steel (nickel) allergy: reported as ended on 2026-11-20, counted as history; do not treat.",
      "Herpes simplex (cold sores): reported as ended on 2026-11-20, counted as history; treat with precautions; give antiviral prophylaxis (about one week) before treatment.",
      "Breastfeeding: reported as ended on 2026-11-20, counted as history; no effect on eligibility.",
    ]);
  });
});

describe("procedures in the area: waits counted from the day they were done", () => {
  it.each([
    ["recent-filler-or-toxin-in-area", 14, "Filler or botulinum toxin in the area"],
    ["recent-resurfacing-in-area", 28, "Laser, peel or dermabrasion in the area"],
  ] as const)("%s waits %i days after since, whatever the status", (code, days, label) => {
    for (const status of [undefined, "active", "history"] as const) {
      const report: FactorReport = { code, since: "2026-11-20", ...(status !== undefined && { status }) };
      const result = assess(report);
      const until = addDays("2026-11-20", days);
      expect(result).toMatchObject({ status: "deferred", reassessOn: until });
      expect(result.findings[0]).toMatchObject({
        reason: "waiting",
        effect: "deferred",
        params: { procedureOn: "2026-11-20", days, until, daysLeft: days - 4 },
      });
      expect(result.findings[0]?.message).toBe(`${label}: done on 2026-11-20; wait ${days} days, until ${until}.`);
    }
    // Done exactly `days` ago: the wait is over (inclusive end).
    const since = addDays(ON, -days);
    const over = assess({ code, since });
    expect(over.status).toBe("eligible");
    expect(over.findings[0]).toMatchObject({
      reason: "wait-complete",
      effect: "info",
      params: { procedureOn: since, days, until: ON },
    });
    expect(assess({ code, since: addDays(ON, 1 - days) }).status).toBe("deferred");
    // Without the day it was done the wait cannot be computed.
    const missing = assess({ code });
    expect(missing.status).toBe("needs-review");
    expect(missing.findings[0]).toMatchObject({ reason: "date-missing", effect: "needs-review", params: { days } });
    expect(missing.findings[0]?.params).toEqual({ days });
    expect(missing.findings[0]?.message).toBe(
      `${label}: the date it was done is needed to compute the ${days}-day wait; a clinician must review.`,
    );
    expect(missing).not.toHaveProperty("reassessOn");
  });

  it("the waits are protocol settings", () => {
    const protocol = defineProtocol({ fillerToxinWaitDays: 3, resurfacingWaitDays: 0 });
    const result = assessEligibility(
      withFactors(
        { code: "recent-filler-or-toxin-in-area", since: "2026-11-20" },
        { code: "recent-resurfacing-in-area", since: ON },
      ),
      { today: ON, protocol },
    );
    expect(result.status).toBe("eligible");
    expect(result.findings.map((f) => [f.reason, f.params])).toEqual([
      ["wait-complete", { procedureOn: "2026-11-20", days: 3, until: "2026-11-23" }],
      ["wait-complete", { procedureOn: ON, days: 0, until: ON }],
    ]);
  });

  it("a procedure dated after today is contradictory, as any factor", () => {
    expect(assess({ code: "recent-filler-or-toxin-in-area", since: "2026-11-25" }).findings[0]).toMatchObject({
      reason: "contradictory",
      params: { problem: "since-in-future" },
    });
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
    [{ code: "recent-resurfacing-in-area", status: "history", until: "2026-12-01" }, "history-ends-in-future"],
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
    expect(assessEligibility(quiet(), { today: ON, messages: englishMessages })).toEqual({
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
        ...englishMessages,
        finding: (f) => `${f.code}/${f.reason}/${f.effect}`,
        reminder: (r) => r.kind,
        bookingReason: (r) => r.code,
        ...SVG_TEXTS,
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

  it("a report without a status is active: an end date on or before the assessment date means it has ended", () => {
    expect(findings({ code: "pregnant-or-nursing", until: ON }, { code: "anaesthetic-allergy", until: ON })).toEqual([
      {
        kind: "factor",
        code: "anaesthetic-allergy",
        index: 1,
        reason: "ended",
        effect: "contraindicated",
        params: { until: ON },
        sources: FACTOR_CATALOGUE["anaesthetic-allergy"].sources,
      },
      {
        kind: "factor",
        code: "pregnant-or-nursing",
        index: 0,
        reason: "ended",
        effect: "info",
        params: { until: ON },
        sources: FACTOR_CATALOGUE["pregnant-or-nursing"].sources,
      },
    ]);
  });

  it("waits, washouts and planned last doses: the whole findings", () => {
    expect(
      findings(
        { code: "recent-filler-or-toxin-in-area", since: "2026-11-20" },
        { code: "recent-resurfacing-in-area", since: "2026-10-01" },
        { code: "recent-resurfacing-in-area" },
        { code: "isotretinoin", until: "2027-01-10" },
      ),
    ).toEqual([
      {
        kind: "factor",
        code: "isotretinoin",
        index: 3,
        reason: "active",
        effect: "contraindicated",
        params: { until: "2027-01-10", resumeOn: "2027-07-10" },
        sources: FACTOR_CATALOGUE.isotretinoin.sources,
      },
      {
        kind: "factor",
        code: "recent-filler-or-toxin-in-area",
        index: 0,
        reason: "waiting",
        effect: "deferred",
        params: { procedureOn: "2026-11-20", days: 14, until: "2026-12-04", daysLeft: 10 },
        sources: ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"],
      },
      {
        kind: "factor",
        code: "recent-resurfacing-in-area",
        index: 2,
        reason: "date-missing",
        effect: "needs-review",
        params: { days: 28 },
        sources: ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"],
      },
      {
        kind: "factor",
        code: "recent-resurfacing-in-area",
        index: 1,
        reason: "wait-complete",
        effect: "info",
        params: { procedureOn: "2026-10-01", days: 28, until: "2026-10-29" },
        sources: ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"],
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

  it("a deferral without an end date has no until parameter at all (not even an undefined one)", () => {
    const [pregnant] = findings({ code: "pregnant" });
    expect(pregnant).toStrictEqual({
      kind: "factor",
      code: "pregnant",
      index: 0,
      reason: "active",
      effect: "deferred",
      params: {},
      sources: ["FDA-DEN160029"],
    });
  });
});
