import { describe, expect, it } from "vitest";
import {
  assessEligibility,
  defineProtocol,
  FITZPATRICK_TYPES,
  GOODMAN_GRADE_SEVERITY,
  SCAR_TYPE_CATALOGUE,
  SCAR_TYPES,
  type Scar,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { SOURCE_IDS } from "../src/sources.js";
import { makePatient, makeScar, ON } from "./fixtures.js";

const assessScars = (...scars: Scar[]) =>
  assessEligibility(makePatient({ scars }), { today: ON, messages: englishMessages });

describe("scar-type catalogue", () => {
  it("has one frozen, cited entry per scar type", () => {
    expect(Object.keys(SCAR_TYPE_CATALOGUE).sort()).toEqual([...SCAR_TYPES].sort());
    for (const [type, entry] of Object.entries(SCAR_TYPE_CATALOGUE)) {
      expect(entry.type).toBe(type);
      expect(Object.isFrozen(entry)).toBe(true);
      for (const id of entry.sources) expect(SOURCE_IDS).toContain(id);
    }
    expect(SCAR_TYPE_CATALOGUE.boxcar.deepResponse).toBe("moderate");
  });

  it.each(SCAR_TYPES)("%s targets take the catalogue effect", (type) => {
    const result = assessScars(makeScar({ type }));
    const expected = SCAR_TYPE_CATALOGUE[type].effect;
    if (expected === "info") {
      expect(result.status).toBe("eligible");
      expect(result.findings).toEqual([]);
    } else {
      expect(result.findings[0]).toMatchObject({
        kind: "scar",
        code: type,
        index: 0,
        reason: "type",
        effect: expected,
      });
      expect(result.findings[0]?.message).not.toMatch(/undefined/);
    }
  });

  it("keloid and hypertrophic targets need review; icepick and burn get precautions", () => {
    expect(assessScars(makeScar({ type: "keloid" })).status).toBe("needs-review");
    expect(assessScars(makeScar({ type: "hypertrophic" })).status).toBe("needs-review");
    expect(assessScars(makeScar({ type: "icepick" })).findings[0]?.message).toContain("punch excision");
    expect(assessScars(makeScar({ type: "burn" })).status).toBe("eligible-with-precautions");
  });
});

describe("severity grading", () => {
  it("documents the Goodman mapping: grade 1 is macular, not a contour scar", () => {
    expect(GOODMAN_GRADE_SEVERITY).toEqual({ 1: null, 2: "mild", 3: "moderate", 4: "severe" });
  });

  it("grade 1 needs review, whatever the goal", () => {
    for (const goal of ["scar-revision", "rejuvenation"] as const) {
      const result = assessEligibility(makePatient({ goal, scars: [makeScar({ goodmanGrade: 1 })] }), {
        today: ON,
        messages: englishMessages,
      });
      expect(result.status).toBe("needs-review");
      expect(result.findings[0]).toMatchObject({ reason: "macular", sources: ["GOODMAN-QUAL-2006"] });
    }
  });

  it("a scar to revise without severity or grade needs grading; for rejuvenation it does not matter", () => {
    const scars: Scar[] = [{ type: "boxcar", depth: "deep" }];
    expect(assessScars(...scars).findings[0]).toMatchObject({ reason: "severity-missing", effect: "needs-review" });
    expect(
      assessEligibility(makePatient({ goal: "rejuvenation", scars }), { today: ON, messages: englishMessages }).status,
    ).toBe("eligible");
  });

  it("a label that disagrees with the grade is contradictory", () => {
    const result = assessScars(makeScar({ severity: "mild", goodmanGrade: 4 }));
    expect(result.status).toBe("needs-review");
    expect(result.findings[0]).toMatchObject({
      reason: "severity-contradictory",
      params: { severity: "mild", goodmanGrade: 4 },
    });
    expect(assessScars(makeScar({ severity: "severe", goodmanGrade: 4 })).status).toBe("eligible");
    expect(assessScars({ type: "rolling", severity: "moderate" }).status).toBe("eligible");
  });
});

describe("scar age", () => {
  it("a scar younger than 12 months gets an information note; 12 months on, none", () => {
    expect(assessScars(makeScar({ formedOn: "2025-11-25" })).findings).toHaveLength(1);
    expect(assessScars(makeScar({ formedOn: "2025-11-24" })).findings).toHaveLength(0);
    const recent = assessScars(makeScar({ formedOn: "2026-10-06" })).findings[0];
    expect(recent).toMatchObject({ reason: "recent", effect: "info", params: { formedOn: "2026-10-06", months: 12 } });
    expect(recent?.sources).toEqual(["FDA-DEN160029", "CLAYTOR-2022"]);
  });

  it("the threshold comes from the protocol", () => {
    const protocol = defineProtocol({ recentScarMonths: 0 });
    expect(
      assessEligibility(makePatient({ scars: [makeScar({ formedOn: ON })] }), {
        today: ON,
        protocol,
        messages: englishMessages,
      }).findings,
    ).toEqual([]);
  });

  it("a scar formed after the assessment date is contradictory", () => {
    const result = assessScars(makeScar({ formedOn: "2026-12-01" }));
    expect(result.status).toBe("needs-review");
    expect(result.findings[0]?.message).toBe(
      "Rolling scar: it formed after the assessment date; a clinician must review.",
    );
  });
});

describe("patient checks", () => {
  it.each(FITZPATRICK_TYPES)("Fitzpatrick %s is never contraindicated; IV-VI get the PIH precaution", (fitzpatrick) => {
    const result = assessEligibility(makePatient({ fitzpatrick }), { today: ON, messages: englishMessages });
    const elevated = ["IV", "V", "VI"].includes(fitzpatrick);
    expect(result.status).toBe(elevated ? "eligible-with-precautions" : "eligible");
    if (elevated) {
      expect(result.findings[0]).toMatchObject({ kind: "patient", code: "fitzpatrick", reason: "pih-risk" });
      expect(result.findings[0]?.sources).toContain("ARTICLE-2021");
      expect(result.findings[0]?.message).toBe(
        `Fitzpatrick ${fitzpatrick}: higher risk of post-inflammatory hyperpigmentation; use conservative depth and strict photoprotection.`,
      );
    }
  });

  it("the PIH threshold comes from the protocol", () => {
    const protocol = defineProtocol({ pihRiskFrom: "VI" });
    expect(
      assessEligibility(makePatient({ fitzpatrick: "V" }), { today: ON, protocol, messages: englishMessages }).status,
    ).toBe("eligible");
  });

  it("age is computed on calendar birthdays", () => {
    const protocol = defineProtocol({ labelMinimumAgeYears: 22 });
    expect(
      assessEligibility(makePatient({ birthDate: "2004-11-24" }), { today: ON, protocol, messages: englishMessages })
        .findings,
    ).toEqual([]);
    expect(
      assessEligibility(makePatient({ birthDate: "2004-11-25" }), { today: ON, protocol, messages: englishMessages })
        .findings[0]?.params,
    ).toEqual({
      age: 21,
      minimumAge: 22,
    });
    expect(
      assessEligibility(makePatient({ birthDate: "2004-02-29" }), { today: "2026-02-28", messages: englishMessages })
        .findings[0],
    ).toMatchObject({ reason: "below-label-age", params: { age: 21 } });
  });

  it("a birth date after the assessment date is contradictory", () => {
    const result = assessEligibility(makePatient({ birthDate: "2027-01-01" }), {
      today: ON,
      messages: englishMessages,
    });
    expect(result.findings[0]).toMatchObject({ code: "birthDate", reason: "contradictory", effect: "needs-review" });
  });

  it("scar revision without scars needs review; rejuvenation without scars is fine", () => {
    expect(
      assessEligibility(makePatient({ scars: [] }), { today: ON, messages: englishMessages }).findings[0],
    ).toMatchObject({ reason: "no-scars" });
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
            { type: "keloid", goodmanGrade: 1 },
            { type: "boxcar" },
            { type: "rolling", severity: "mild", goodmanGrade: 4 },
            { type: "rolling", severity: "moderate", formedOn: "2026-12-01" },
          ],
        }),
      ),
    ).toEqual([
      {
        kind: "scar",
        code: "keloid",
        index: 0,
        reason: "type",
        effect: SCAR_TYPE_CATALOGUE.keloid.effect,
        params: {},
        sources: SCAR_TYPE_CATALOGUE.keloid.sources,
      },
      {
        kind: "scar",
        code: "keloid",
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
    ]);
    expect(SCAR_TYPE_CATALOGUE.keloid.sources.length).toBeGreaterThan(0);
  });

  it("a birth date after the assessment date: the whole finding", () => {
    expect(findingsOf(makePatient({ birthDate: "2026-11-25" }))).toEqual([
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
    expect(findingsOf(makePatient({ birthDate: ON }))).toEqual([
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
});
