/**
 * Treatment areas: `area` in assessEligibility, estimateSessions and planTreatment plans one course
 * per area, counting only that area's scars (compared without case or surrounding spaces).
 */
import { describe, expect, it } from "vitest";
import { formatPath } from "../src/errors.js";
import { assessEligibility, estimateSessions, type Patient, planTreatment, replan } from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { frozen, ON } from "./fixtures.js";
import { caught } from "./planning-helpers.js";

/** Severe abdominal striae and mild facial acne scars, and one scar of no named area. */
const PATIENT: Patient = frozen({
  goal: "scar-revision",
  fitzpatrick: "III",
  scars: [
    { type: "striae", severity: "severe", area: "Abdomen", formedOn: "2020-01-01" },
    { type: "rolling", severity: "mild", area: "face" },
    { type: "boxcar", goodmanGrade: 2, area: " Face " },
    { type: "keloid", severity: "moderate" },
  ],
});

const STRIAE_ESTIMATE = {
  min: 1,
  typical: 2,
  max: 3,
  basis: "scar-type",
  scarType: "striae",
  sources: ["ALSTER-LI-2020-STRIAE"],
};
const MILD_ESTIMATE = {
  min: 1,
  typical: 2,
  max: 3,
  basis: "mild",
  sources: ["PLANNER-DECISION", "HARRIS-2015", "ALSTER-LI-2020"],
};

describe("assessEligibility with an area", () => {
  it("assesses only that area's scars, keeping their indexes in patient.scars", () => {
    const face = assessEligibility(PATIENT, { today: ON, area: "face" });
    expect(face.status).toBe("eligible");
    expect(face.findings).toEqual([
      {
        kind: "scar",
        code: "rolling",
        index: 1,
        reason: "adjunct",
        effect: "info",
        params: { therapies: ["subcision"] },
        sources: ["JACOB-2001", "CONNOLLY-2017", "HESSION-GRABER-2015"],
      },
    ]);
    const abdomen = assessEligibility(PATIENT, { today: ON, area: "abdomen" });
    expect(abdomen).toEqual({ status: "eligible", findings: [], today: ON, protocolVersion: "1" });
  });

  it("compares areas without case or surrounding spaces", () => {
    for (const area of ["FACE", " face", "Face  ", "\tface\n"]) {
      expect(assessEligibility(PATIENT, { today: ON, area }).findings.map((f) => [f.reason, f.code])).toEqual([
        ["adjunct", "rolling"],
      ]);
    }
    // Inner spaces and other spellings are other areas.
    expect(assessEligibility(PATIENT, { today: ON, area: "fa ce" }).findings.map((f) => f.reason)).toEqual([
      "no-scars",
    ]);
  });

  it("without an area, every scar counts, those without an area too", () => {
    const all = assessEligibility(PATIENT, { today: ON });
    expect(all.status).toBe("needs-review");
    expect(all.findings.map((f) => [f.reason, f.kind === "patient" ? -1 : f.index])).toEqual([
      ["type", 3],
      ["adjunct", 1],
      ["adjunct", 3],
    ]);
    expect(assessEligibility(PATIENT, { today: ON, area: undefined })).toEqual(all);
  });

  it("scars without an area belong to no named area", () => {
    const keloidOnly: Patient = { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "keloid" }] };
    for (const area of ["face", "abdomen", "unknown", "none"]) {
      const result = assessEligibility(keloidOnly, { today: ON, area, messages: englishMessages });
      expect(result.findings).toEqual([
        {
          kind: "patient",
          code: "scars",
          reason: "no-scars",
          effect: "needs-review",
          params: {},
          sources: ["ARTICLE-2021"],
          message: "Scar revision was requested but no scar is listed; a clinician must review.",
        },
      ]);
    }
  });

  it("no-scars when the area has none; patient factors still count", () => {
    const result = assessEligibility(
      { ...PATIENT, fitzpatrick: "V", factors: [{ code: "bleeding-disorder" }] },
      { today: ON, area: "neck" },
    );
    expect(result.status).toBe("contraindicated");
    expect(result.findings.map((f) => [f.kind, f.reason])).toEqual([
      ["factor", "active"],
      ["patient", "no-scars"],
      ["patient", "pih-risk"],
    ]);
  });

  it("macular-only is judged within the area", () => {
    const patient: Patient = {
      goal: "scar-revision",
      fitzpatrick: "II",
      scars: [
        { type: "boxcar", goodmanGrade: 1, area: "forehead" },
        { type: "boxcar", goodmanGrade: 3, area: "cheeks" },
      ],
    };
    expect(assessEligibility(patient, { today: ON, area: "forehead" }).findings.map((f) => [f.kind, f.reason])).toEqual(
      [
        ["scar", "macular"],
        ["patient", "macular-only"],
      ],
    );
    expect(assessEligibility(patient, { today: ON, area: "cheeks" }).findings).toEqual([]);
    expect(assessEligibility(patient, { today: ON }).findings.map((f) => f.reason)).toEqual(["macular"]);
  });
});

describe("estimateSessions with an area", () => {
  it("estimates from that area's scars only", () => {
    expect(estimateSessions(PATIENT, { area: "abdomen" })).toEqual(STRIAE_ESTIMATE);
    expect(estimateSessions(PATIENT, { area: "FACE" })).toEqual(MILD_ESTIMATE);
    // Without an area every scar counts: the moderate keloid (of no named area) is the worst.
    expect(estimateSessions(PATIENT)).toEqual({
      min: 3,
      typical: 4,
      max: 5,
      basis: "moderate",
      sources: ["ARTICLE-2021", "HARRIS-2015"],
    });
  });

  it("an area with no scars: unknown severity, as a patient with none", () => {
    expect(estimateSessions(PATIENT, { area: "neck" })).toEqual({
      min: 1,
      typical: 4,
      max: 7,
      basis: "unknown-severity",
      sources: ["ARTICLE-2021", "PLANNER-DECISION"],
    });
  });

  it("rejuvenation ignores the area", () => {
    expect(estimateSessions({ ...PATIENT, goal: "rejuvenation" }, { area: "abdomen" }).basis).toBe("rejuvenation");
  });
});

describe("planTreatment with an area: one course per area", () => {
  it("a patient with severe abdominal striae and mild facial acne scars gets two courses, one per area, with different estimates", () => {
    const abdomen = planTreatment(PATIENT, { today: ON, area: "abdomen" });
    const face = planTreatment(PATIENT, { today: ON, area: "face", startOn: "2026-12-01" });
    expect(abdomen.estimate).toEqual(STRIAE_ESTIMATE);
    expect(face.estimate).toEqual(MILD_ESTIMATE);
    expect(abdomen.estimate).not.toEqual(face.estimate);
    expect(abdomen.inputs.area).toBe("abdomen");
    expect(face.inputs.area).toBe("face");
    expect(abdomen.sessions.map((s) => [s.number, s.status, s.due])).toEqual([
      [1, "due", ON],
      [2, "upcoming", "2026-12-22"],
    ]);
    expect(face.sessions.map((s) => [s.number, s.status, s.due])).toEqual([
      [1, "upcoming", "2026-12-01"],
      [2, "upcoming", "2026-12-29"],
    ]);
    expect(abdomen.eligibility.findings).toEqual([]);
    expect(face.eligibility.findings.map((f) => f.reason)).toEqual(["adjunct"]);
    // The whole patient is kept in each plan.
    expect(abdomen.inputs.patient).toEqual(PATIENT);
    expect(face.inputs.patient).toEqual(PATIENT);
  });

  it("with moderate facial scars the two courses differ in length too", () => {
    const patient: Patient = {
      ...PATIENT,
      scars: [
        { type: "striae", area: "abdomen" },
        { type: "boxcar", goodmanGrade: 3, area: "face" },
      ],
    };
    expect(planTreatment(patient, { today: ON, area: "abdomen" }).sessions).toHaveLength(2);
    expect(planTreatment(patient, { today: ON, area: "face" }).sessions).toHaveLength(4);
  });

  it("no area: inputs carry none, and every scar counts", () => {
    const plan = planTreatment(PATIENT, { today: ON });
    expect(plan.inputs).not.toHaveProperty("area");
    expect(plan.eligibility.status).toBe("needs-review");
  });

  it("an area with no scars: no-scars, needs review", () => {
    const plan = planTreatment(PATIENT, { today: ON, area: "neck" });
    expect(plan.eligibility.status).toBe("needs-review");
    expect(plan.eligibility.findings.map((f) => f.reason)).toEqual(["no-scars"]);
    expect(plan.estimate.basis).toBe("unknown-severity");
  });

  it("replan keeps the plan's area, or takes another", () => {
    const plan = planTreatment(PATIENT, { today: ON, area: "abdomen" });
    const later = replan(plan, { today: "2026-12-01" });
    expect(later.inputs.area).toBe("abdomen");
    expect(later.estimate).toEqual(STRIAE_ESTIMATE);
    const face = replan(plan, { today: "2026-12-01", area: "face" });
    expect(face.inputs.area).toBe("face");
    expect(face.estimate).toEqual(MILD_ESTIMATE);
  });
});

describe("bad area input", () => {
  const long = "x".repeat(101);
  const cases = [
    ["", "invalid-format", "", "expected an area name, not blank"],
    ["  ", "invalid-format", "  ", "expected an area name, not blank"],
    [long, "too-long", `${"x".repeat(99)}…`, "expected at most 100 characters"],
  ] as const;

  it.each(cases)("options.area %o: %s, in every function", (area, code, value, message) => {
    const issues = [{ code, path: ["options", "area"], message, value }];
    for (const run of [
      () => assessEligibility(PATIENT, { today: ON, area }),
      () => estimateSessions(PATIENT, { area }),
      () => planTreatment(PATIENT, { today: ON, area }),
    ]) {
      const error = caught(run);
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.issues).toEqual(issues);
      expect(error.message).toBe(`${formatPath(["options", "area"])}: ${message}`);
    }
  });

  it("100 characters is allowed", () => {
    expect(estimateSessions(PATIENT, { area: "x".repeat(100) }).basis).toBe("unknown-severity");
  });

  it("an area that is not a string", () => {
    const error = caught(() => planTreatment(PATIENT, { today: ON, area: ["face"] as unknown as string }));
    expect(error.issues).toEqual([
      { code: "invalid-type", path: ["options", "area"], message: "expected a string", value: ["face"] },
    ]);
  });

  it.each(cases)("a scar's area %o: %s", (area, code, value, message) => {
    const patient = { ...PATIENT, scars: [{ type: "striae", area }] } as Patient;
    const error = caught(() => assessEligibility(patient, { today: ON }));
    expect(error.issues).toEqual([{ code, path: ["patient", "scars", 0, "area"], message, value }]);
  });
});
