import { describe, expect, it } from "vitest";
import {
  ACNE_SCAR_TYPES,
  ADJUNCT_THERAPIES,
  assessEligibility,
  defineProtocol,
  FITZPATRICK_TYPES,
  type Finding,
  GOODMAN_GRADE_SEVERITY,
  type Patient,
  SCAR_TYPE_CATALOGUE,
  SCAR_TYPES,
  type Scar,
  type ScarType,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { SOURCE_IDS } from "../src/sources.js";
import { makePatient, makeScar, ON } from "./fixtures.js";
import { caught } from "./planning-helpers.js";

const assessScars = (...scars: Scar[]) =>
  assessEligibility(makePatient({ scars }), { today: ON, messages: englishMessages });

/** A graded boxcar scar of no given depth: no type effect and no adjunct, so no finding of its own. */
const boxcar = (overrides: Partial<Scar> = {}): Scar => ({ type: "boxcar", goodmanGrade: 3, ...overrides }) as Scar;
/** A patient whose only scar gives no finding. */
const quiet = (overrides: Partial<Patient> = {}): Patient => makePatient({ scars: [boxcar()], ...overrides });

/**
 * A graded scar of any type: acne scars with a Goodman grade, other scars with a severity label (the
 * Goodman scale is for acne scars only); burn scars mature (formed long ago).
 */
const gradedScar = (type: ScarType): Scar =>
  (ACNE_SCAR_TYPES as readonly string[]).includes(type)
    ? ({ type, goodmanGrade: 3 } as Scar)
    : ({ type, severity: "moderate", ...(type === "burn" && { formedOn: "2020-01-01" }) } as Scar);

const NON_ACNE_TYPES = SCAR_TYPES.filter((type) => !(ACNE_SCAR_TYPES as readonly string[]).includes(type));

describe("scar-type catalogue", () => {
  it("has one frozen, cited entry per scar type", () => {
    expect(Object.keys(SCAR_TYPE_CATALOGUE).sort()).toEqual([...SCAR_TYPES].sort());
    for (const [type, entry] of Object.entries(SCAR_TYPE_CATALOGUE)) {
      expect(entry.type).toBe(type);
      expect(Object.isFrozen(entry)).toBe(true);
      for (const id of entry.sources) expect(SOURCE_IDS).toContain(id);
      for (const adjuncts of [entry.adjuncts, entry.deepAdjuncts]) {
        if (adjuncts === undefined) continue;
        expect(Object.isFrozen(adjuncts)).toBe(true);
        expect(adjuncts.therapies.length).toBeGreaterThan(0);
        for (const therapy of adjuncts.therapies) expect(ADJUNCT_THERAPIES).toContain(therapy);
        expect(adjuncts.sources.length).toBeGreaterThan(0);
        for (const id of adjuncts.sources) expect(SOURCE_IDS).toContain(id);
      }
    }
    expect(SCAR_TYPE_CATALOGUE.boxcar.deepResponse).toBe("moderate");
    expect(SCAR_TYPES.filter((type) => SCAR_TYPE_CATALOGUE[type].maturity !== undefined)).toEqual(["burn"]);
    expect(SCAR_TYPE_CATALOGUE.burn.maturity).toBe("burnMaturityMonths");
  });

  it.each(SCAR_TYPES)("%s targets take the catalogue effect, then its adjuncts", (type) => {
    const result = assessEligibility(makePatient({ scars: [gradedScar(type)] }), { today: ON });
    const entry = SCAR_TYPE_CATALOGUE[type];
    const expected: Finding[] = [];
    if (entry.effect !== "info") {
      expected.push({
        kind: "scar",
        code: type,
        index: 0,
        reason: "type",
        effect: entry.effect,
        params: {},
        sources: [...entry.sources],
      });
    }
    if (entry.adjuncts !== undefined) {
      expected.push({
        kind: "scar",
        code: type,
        index: 0,
        reason: "adjunct",
        effect: "info",
        params: { therapies: [...entry.adjuncts.therapies] },
        sources: [...entry.adjuncts.sources],
      });
    }
    expect(result.findings).toEqual(expected);
    expect(result.status).toBe(
      { info: "eligible", precaution: "eligible-with-precautions", "needs-review": "needs-review" }[
        entry.effect as "info" | "precaution" | "needs-review"
      ],
    );
    const messages = assessEligibility(makePatient({ scars: [gradedScar(type)] }), {
      today: ON,
      messages: englishMessages,
    }).findings.map((f) => f.message);
    for (const message of messages) expect(message).not.toMatch(/undefined/);
  });

  it("keloid and hypertrophic targets need review; icepick and mature burn scars get precautions", () => {
    expect(assessScars(gradedScar("keloid")).status).toBe("needs-review");
    expect(assessScars(gradedScar("hypertrophic")).status).toBe("needs-review");
    expect(assessScars(gradedScar("icepick")).findings.map((f) => f.message)).toEqual([
      "Icepick scar: treat with precautions; icepick scars respond poorly to microneedling alone.",
      "Icepick scar: consider combining with focal TCA (CROSS), punch excision.",
    ]);
    expect(assessScars(gradedScar("burn")).status).toBe("eligible-with-precautions");
  });
});

describe("Goodman grades belong to acne scars only", () => {
  it.each(NON_ACNE_TYPES)("goodmanGrade on a %s scar is an unknown key, whatever its value", (type) => {
    for (const goodmanGrade of [1, 3, undefined]) {
      const error = caught(() =>
        assessEligibility(makePatient({ scars: [{ type, goodmanGrade } as unknown as Scar] }), { today: ON }),
      );
      expect(error.code).toBe("INVALID_INPUT");
      const issue = {
        code: "unknown-key",
        path: ["patient", "scars", 0, "goodmanGrade"],
        message: "unknown key; expected one of type, severity, formedOn, area",
      };
      expect(error.issues).toEqual([goodmanGrade === undefined ? issue : { ...issue, value: goodmanGrade }]);
    }
  });

  it.each(ACNE_SCAR_TYPES)("a %s scar takes a Goodman grade", (type) => {
    expect(() => assessEligibility(makePatient({ scars: [{ type, goodmanGrade: 2 }] }), { today: ON })).not.toThrow();
  });
});

describe("adjunct therapies (combination treatment)", () => {
  it("deep boxcar scars: punch elevation; shallow or undepthed ones: none", () => {
    const findings = assessEligibility(
      makePatient({
        scars: [
          { type: "boxcar", depth: "deep", goodmanGrade: 4 },
          { type: "boxcar", depth: "shallow", goodmanGrade: 2 },
          { type: "boxcar", goodmanGrade: 2 },
        ],
      }),
      { today: ON, messages: englishMessages },
    ).findings;
    expect(findings).toEqual([
      {
        kind: "scar",
        code: "boxcar",
        index: 0,
        reason: "adjunct",
        effect: "info",
        params: { therapies: ["punch-elevation"] },
        sources: [...(SCAR_TYPE_CATALOGUE.boxcar.deepAdjuncts?.sources ?? [])],
        message: "Boxcar scar: consider combining with punch elevation.",
      },
    ]);
  });

  it("an adjunct comes after the scar's other findings", () => {
    const findings = assessEligibility(makePatient({ scars: [{ type: "keloid", formedOn: "2026-10-01" }] }), {
      today: ON,
    }).findings;
    expect(findings.map((f) => f.reason)).toEqual(["type", "severity-missing", "recent", "adjunct"]);
  });
});

describe("severity grading", () => {
  it("documents the Goodman mapping: grade 1 is macular, not a contour scar", () => {
    expect(GOODMAN_GRADE_SEVERITY).toEqual({ 1: null, 2: "mild", 3: "moderate", 4: "severe" });
  });

  it("grade 1 needs review, whatever the goal", () => {
    for (const goal of ["scar-revision", "rejuvenation"] as const) {
      const result = assessEligibility(makePatient({ goal, scars: [boxcar({ goodmanGrade: 1 })] }), {
        today: ON,
        messages: englishMessages,
      });
      expect(result.status).toBe("needs-review");
      expect(result.findings[0]).toMatchObject({ reason: "macular", sources: ["GOODMAN-QUAL-2006"] });
      // Only a scar revision of macular scars alone is a "macular-only" patient.
      expect(result.findings.map((f) => f.reason)).toEqual(
        goal === "scar-revision" ? ["macular", "macular-only"] : ["macular"],
      );
    }
  });

  it("every scar macular: the patient finding macular-only, after the scar findings", () => {
    const result = assessEligibility(
      makePatient({ scars: [boxcar({ goodmanGrade: 1 }), { type: "rolling", goodmanGrade: 1 }] }),
      { today: ON, messages: englishMessages },
    );
    expect(result.findings.map((f) => [f.kind, f.reason])).toEqual([
      ["scar", "macular"],
      ["scar", "macular"],
      ["patient", "macular-only"],
    ]);
    expect(result.findings[2]).toEqual({
      kind: "patient",
      code: "scars",
      reason: "macular-only",
      effect: "needs-review",
      params: {},
      sources: ["GOODMAN-QUAL-2006", "CLINICAL-REVIEW-2026"],
      message:
        "Every scar is macular (Goodman grade 1): a colour problem, not a contour scar; no microneedling course is planned.",
    });
    // One contour scar is enough for a course.
    const mixed = assessEligibility(makePatient({ scars: [boxcar({ goodmanGrade: 1 }), boxcar()] }), { today: ON });
    expect(mixed.findings.map((f) => f.reason)).toEqual(["macular"]);
  });

  it("a scar to revise without severity or grade needs grading; for rejuvenation it does not matter", () => {
    const scars: Scar[] = [{ type: "boxcar", depth: "deep" }];
    expect(assessScars(...scars).findings[0]).toMatchObject({ reason: "severity-missing", effect: "needs-review" });
    expect(
      assessEligibility(makePatient({ goal: "rejuvenation", scars }), { today: ON, messages: englishMessages }).status,
    ).toBe("eligible");
  });

  it("a scar type with its own session range (striae) needs no grading", () => {
    expect(assessScars({ type: "striae" }).findings).toEqual([]);
    // Without its own range in the protocol, it does.
    const protocol = { ...defineProtocol(), sessionsByType: {} };
    expect(
      assessEligibility(makePatient({ scars: [{ type: "striae" }] }), { today: ON, protocol }).findings.map(
        (f) => f.reason,
      ),
    ).toEqual(["severity-missing"]);
  });

  it("a label that disagrees with the grade is contradictory", () => {
    const result = assessScars(makeScar({ type: "rolling", severity: "mild", goodmanGrade: 4 }));
    expect(result.status).toBe("needs-review");
    expect(result.findings[0]).toMatchObject({
      reason: "severity-contradictory",
      params: { severity: "mild", goodmanGrade: 4 },
    });
    expect(assessScars(makeScar({ type: "rolling", severity: "severe", goodmanGrade: 4 })).status).toBe("eligible");
    expect(assessScars({ type: "rolling", severity: "moderate" }).status).toBe("eligible");
  });
});

describe("scar age", () => {
  it("a scar younger than 12 months gets an information note; 12 months on, none", () => {
    expect(assessScars(boxcar({ formedOn: "2025-11-25" })).findings).toHaveLength(1);
    expect(assessScars(boxcar({ formedOn: "2025-11-24" })).findings).toHaveLength(0);
    const recent = assessScars(boxcar({ formedOn: "2026-10-06" })).findings[0];
    expect(recent).toMatchObject({ reason: "recent", effect: "info", params: { formedOn: "2026-10-06", months: 12 } });
    expect(recent?.sources).toEqual(["FDA-DEN160029", "CLAYTOR-2022"]);
  });

  it("the threshold comes from the protocol", () => {
    const protocol = defineProtocol({ recentScarMonths: 0 });
    expect(
      assessEligibility(makePatient({ scars: [boxcar({ formedOn: ON })] }), {
        today: ON,
        protocol,
        messages: englishMessages,
      }).findings,
    ).toEqual([]);
  });

  it("a burn scar under 12 months old needs review (immature); from 12 months it is mature", () => {
    const burn = (formedOn?: string) =>
      assessEligibility(
        makePatient({ scars: [{ type: "burn", severity: "moderate", ...(formedOn !== undefined && { formedOn }) }] }),
        { today: ON, messages: englishMessages },
      );
    const young = burn("2025-11-25");
    expect(young.status).toBe("needs-review");
    expect(young.findings).toEqual([
      {
        kind: "scar",
        code: "burn",
        index: 0,
        reason: "immature",
        effect: "needs-review",
        params: { formedOn: "2025-11-25", months: 12 },
        sources: [...SCAR_TYPE_CATALOGUE.burn.sources],
        message:
          "Burn scar: formed 2025-11-25, less than 12 months ago; trials treated mature scars only: a clinician must review.",
      },
      expect.objectContaining({ reason: "type", effect: "precaution" }),
    ]);
    const mature = burn("2025-11-24");
    expect(mature.status).toBe("eligible-with-precautions");
    expect(mature.findings.map((f) => f.reason)).toEqual(["type"]);
    const unknown = burn();
    expect(unknown.status).toBe("needs-review");
    // Strictly: with no formation date, the parameters have no formedOn key (AUST-2010-BURNS).
    expect(unknown.findings[0]).toStrictEqual({
      kind: "scar",
      code: "burn",
      index: 0,
      reason: "maturity-unknown",
      effect: "needs-review",
      params: { months: 12 },
      sources: [...SCAR_TYPE_CATALOGUE.burn.sources],
      message:
        "Burn scar: when it formed is not given; trials treated scars older than 12 months only: a clinician must review.",
    });
    // An immature burn scar gets no separate "recent" note; a burn formed after today is contradictory.
    expect(burn("2026-11-25").findings.map((f) => f.reason)).toEqual(["contradictory", "type"]);
  });

  it("the burn maturity comes from the protocol, and does not apply to other types", () => {
    const protocol = defineProtocol({ burnMaturityMonths: 3 });
    const scars: Scar[] = [
      { type: "burn", severity: "moderate", formedOn: "2026-08-24" },
      { type: "burn", severity: "moderate", formedOn: "2026-08-25" },
      { type: "surgical", severity: "moderate" },
    ];
    const findings = assessEligibility(makePatient({ scars }), { today: ON, protocol }).findings;
    expect(findings.map((f) => [f.reason, f.kind === "scar" ? f.index : -1, f.params])).toEqual([
      ["immature", 1, { formedOn: "2026-08-25", months: 3 }],
      ["type", 0, {}],
      ["type", 1, {}],
      // Mature for the protocol, but younger than recentScarMonths: the information note.
      ["recent", 0, { formedOn: "2026-08-24", months: 12 }],
    ]);
  });

  it("a scar formed after the assessment date is contradictory", () => {
    const result = assessScars(makeScar({ type: "rolling", goodmanGrade: 3, formedOn: "2026-12-01" }));
    expect(result.status).toBe("needs-review");
    expect(result.findings[0]?.message).toBe(
      "Rolling scar: it formed after the assessment date; a clinician must review.",
    );
  });
});

describe("patient checks", () => {
  it.each(FITZPATRICK_TYPES)("Fitzpatrick %s is never contraindicated; IV-VI get the PIH precaution", (fitzpatrick) => {
    const result = assessEligibility(quiet({ fitzpatrick }), { today: ON, messages: englishMessages });
    const elevated = ["IV", "V", "VI"].includes(fitzpatrick);
    expect(result.status).toBe(elevated ? "eligible-with-precautions" : "eligible");
    if (elevated) {
      expect(result.findings[0]).toMatchObject({ kind: "patient", code: "fitzpatrick", reason: "pih-risk" });
      expect(result.findings[0]?.sources).toContain("ARTICLE-2021");
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]?.message).toBe(
        `Fitzpatrick ${fitzpatrick}: higher risk of post-inflammatory hyperpigmentation; use conservative depth and strict photoprotection.`,
      );
    }
  });

  it("the PIH threshold comes from the protocol", () => {
    const protocol = defineProtocol({ pihRiskFrom: "VI" });
    expect(
      assessEligibility(quiet({ fitzpatrick: "V" }), { today: ON, protocol, messages: englishMessages }).status,
    ).toBe("eligible");
  });

  it("age is computed on calendar birthdays", () => {
    const protocol = defineProtocol({ labelMinimumAgeYears: 22 });
    expect(
      assessEligibility(quiet({ birthDate: "2004-11-24" }), { today: ON, protocol, messages: englishMessages })
        .findings,
    ).toEqual([]);
    expect(
      assessEligibility(quiet({ birthDate: "2004-11-25" }), { today: ON, protocol, messages: englishMessages })
        .findings[0]?.params,
    ).toEqual({
      age: 21,
      minimumAge: 22,
    });
    expect(
      assessEligibility(quiet({ birthDate: "2004-02-29" }), { today: "2026-02-28", messages: englishMessages })
        .findings[0],
    ).toMatchObject({ reason: "below-label-age", params: { age: 21 } });
  });

  it("a birth date after the assessment date is contradictory", () => {
    const result = assessEligibility(quiet({ birthDate: "2027-01-01" }), {
      today: ON,
      messages: englishMessages,
    });
    expect(result.findings[0]).toMatchObject({ code: "birthDate", reason: "contradictory", effect: "needs-review" });
  });

  it("scar revision without scars needs review; rejuvenation without scars is fine", () => {
    expect(assessEligibility(quiet({ scars: [] }), { today: ON, messages: englishMessages }).findings[0]).toMatchObject(
      { reason: "no-scars" },
    );
    expect(
      assessEligibility({ goal: "scar-revision", fitzpatrick: "I" }, { today: ON, messages: englishMessages }).status,
    ).toBe("needs-review");
    expect(
      assessEligibility({ goal: "rejuvenation", fitzpatrick: "I" }, { today: ON, messages: englishMessages }).status,
    ).toBe("eligible");
  });
});

describe("scar and patient findings, whole (no message layer)", () => {
  const findingsOf = (patient: Parameters<typeof assessEligibility>[0], today = ON) =>
    assessEligibility(patient, { today }).findings;

  it("scar findings carry their parameters and sources", () => {
    expect(
      findingsOf(
        makePatient({
          scars: [
            { type: "icepick", goodmanGrade: 1 },
            { type: "boxcar" },
            { type: "rolling", severity: "mild", goodmanGrade: 4 },
            { type: "rolling", severity: "moderate", formedOn: "2026-12-01" },
            { type: "keloid", severity: "severe" },
            { type: "burn", severity: "moderate", formedOn: "2026-01-01" },
            { type: "boxcar", depth: "deep", severity: "severe", formedOn: "2026-06-01" },
          ],
        }),
      ),
    ).toEqual([
      {
        kind: "scar",
        code: "icepick",
        index: 0,
        reason: "macular",
        effect: "needs-review",
        params: { goodmanGrade: 1 },
        sources: ["GOODMAN-QUAL-2006"],
      },
      {
        kind: "scar",
        code: "boxcar",
        index: 1,
        reason: "severity-missing",
        effect: "needs-review",
        params: {},
        sources: ["GOODMAN-QUAL-2006"],
      },
      {
        kind: "scar",
        code: "rolling",
        index: 2,
        reason: "severity-contradictory",
        effect: "needs-review",
        params: { severity: "mild", goodmanGrade: 4 },
        sources: ["GOODMAN-QUAL-2006"],
      },
      {
        kind: "scar",
        code: "rolling",
        index: 3,
        reason: "contradictory",
        effect: "needs-review",
        params: { problem: "formed-in-future", formedOn: "2026-12-01" },
        sources: ["PLANNER-DECISION"],
      },
      {
        kind: "scar",
        code: "keloid",
        index: 4,
        reason: "type",
        effect: "needs-review",
        params: {},
        sources: ["ARTICLE-2021", "IOSIFIDIS-2019", "MINUTILLI-2024"],
      },
      {
        kind: "scar",
        code: "burn",
        index: 5,
        reason: "immature",
        effect: "needs-review",
        params: { formedOn: "2026-01-01", months: 12 },
        sources: ["AUST-2010-BURNS", "IOSIFIDIS-2019"],
      },
      {
        kind: "scar",
        code: "icepick",
        index: 0,
        reason: "type",
        effect: "precaution",
        params: {},
        sources: ["ARTICLE-2021", "JACOB-2001", "FABBROCINI-2010", "MINUTILLI-2024"],
      },
      {
        kind: "scar",
        code: "burn",
        index: 5,
        reason: "type",
        effect: "precaution",
        params: {},
        sources: ["AUST-2010-BURNS", "IOSIFIDIS-2019"],
      },
      {
        kind: "scar",
        code: "rolling",
        index: 2,
        reason: "adjunct",
        effect: "info",
        params: { therapies: ["subcision"] },
        sources: ["JACOB-2001", "CONNOLLY-2017", "HESSION-GRABER-2015"],
      },
      {
        kind: "scar",
        code: "rolling",
        index: 3,
        reason: "adjunct",
        effect: "info",
        params: { therapies: ["subcision"] },
        sources: ["JACOB-2001", "CONNOLLY-2017", "HESSION-GRABER-2015"],
      },
      {
        kind: "scar",
        code: "keloid",
        index: 4,
        reason: "adjunct",
        effect: "info",
        params: { therapies: ["referral", "intralesional-steroid"] },
        sources: ["IOSIFIDIS-2019", "MINUTILLI-2024"],
      },
      {
        kind: "scar",
        code: "boxcar",
        index: 6,
        reason: "recent",
        effect: "info",
        params: { formedOn: "2026-06-01", months: 12 },
        sources: ["FDA-DEN160029", "CLAYTOR-2022"],
      },
      {
        kind: "scar",
        code: "boxcar",
        index: 6,
        reason: "adjunct",
        effect: "info",
        params: { therapies: ["punch-elevation"] },
        sources: ["JACOB-2001", "CONNOLLY-2017", "HESSION-GRABER-2015", "FABBROCINI-2010"],
      },
    ]);
  });

  it("a birth date after the assessment date: the whole finding", () => {
    expect(findingsOf(quiet({ birthDate: "2026-11-25" }))).toEqual([
      {
        kind: "patient",
        code: "birthDate",
        reason: "contradictory",
        effect: "needs-review",
        params: { problem: "born-in-future" },
        sources: ["PLANNER-DECISION"],
      },
    ]);
  });

  it("born on the assessment date is age 0, below the label age, not born in the future", () => {
    expect(findingsOf(quiet({ birthDate: ON }))).toEqual([
      {
        kind: "patient",
        code: "birthDate",
        reason: "below-label-age",
        effect: "info",
        params: { age: 0, minimumAge: 22 },
        sources: ["FDA-DEN160029"],
      },
    ]);
  });

  it("scar revision without scars: the whole finding", () => {
    expect(findingsOf({ goal: "scar-revision", fitzpatrick: "I" })).toEqual([
      {
        kind: "patient",
        code: "scars",
        reason: "no-scars",
        effect: "needs-review",
        params: {},
        sources: ["ARTICLE-2021"],
      },
    ]);
  });

  it("every scar macular: the whole patient finding (no no-scars finding)", () => {
    expect(findingsOf(makePatient({ scars: [boxcar({ goodmanGrade: 1 })] }))).toEqual([
      {
        kind: "scar",
        code: "boxcar",
        index: 0,
        reason: "macular",
        effect: "needs-review",
        params: { goodmanGrade: 1 },
        sources: ["GOODMAN-QUAL-2006"],
      },
      {
        kind: "patient",
        code: "scars",
        reason: "macular-only",
        effect: "needs-review",
        params: {},
        sources: ["GOODMAN-QUAL-2006", "CLINICAL-REVIEW-2026"],
      },
    ]);
  });
});
