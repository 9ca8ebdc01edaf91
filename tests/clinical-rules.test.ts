/**
 * The rules of the clinical evidence review (/work/shared/clinical/evidence.md section 9) that the
 * library implements: one test per rule, named after it with its source ids.
 */
import { describe, expect, it } from "vitest";
import { toFhirCarePlan } from "../src/fhir.js";
import {
  ADJUNCT_THERAPIES,
  assessEligibility,
  compareGoodmanScores,
  defaultProtocol,
  defineProtocol,
  EFFECTS,
  type Eligibility,
  estimateSessions,
  FACTOR_CATALOGUE,
  FACTOR_CODES,
  type FactorCode,
  type FactorReport,
  goodmanQuantitativeScore,
  type Patient,
  planTreatment,
  replan,
  SCAR_TYPE_CATALOGUE,
  SCAR_TYPES,
  type Scar,
  type SourceId,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { PROTOCOL_SETTING_CATALOGUE, REMINDER_CATALOGUE, SOURCE_CATALOGUE } from "../src/sources.js";
import { ON } from "./fixtures.js";
import { addDays, caught } from "./planning-helpers.js";

/** A scar that gives no finding of its own (graded boxcar, no depth: no type effect, no adjunct). */
const QUIET: Scar = { type: "boxcar", goodmanGrade: 3 };
const patient = (overrides: Partial<Patient> = {}): Patient => ({
  goal: "scar-revision",
  fitzpatrick: "II",
  scars: [QUIET],
  ...overrides,
});
const withFactors = (...factors: FactorReport[]): Patient => patient({ factors });
const assess = (subject: Patient, today: string = ON): Eligibility =>
  assessEligibility(subject, { today, messages: englishMessages });
const reasons = (result: Eligibility) => result.findings.map((f) => f.reason);

describe("9.1 time-bounded rules", () => {
  it("isotretinoin still taken with a planned last dose: contraindicated, reassessOn = last dose + washout (FDA-DEN160029, ISO-INSERT)", () => {
    const taking = withFactors({ code: "isotretinoin", until: "2027-01-10" });
    const result = assess(taking);
    expect(result.status).toBe("contraindicated");
    expect(result.reassessOn).toBe("2027-07-10");
    expect(result.findings).toEqual([
      {
        kind: "factor",
        code: "isotretinoin",
        index: 0,
        reason: "active",
        effect: "contraindicated",
        params: { until: "2027-01-10", resumeOn: "2027-07-10" },
        sources: [...FACTOR_CATALOGUE.isotretinoin.sources],
        message:
          "Isotretinoin: do not treat while taking it; last dose planned on 2027-01-10, treatment may resume on 2027-07-10.",
      },
    ]);
    expect(result.findings[0]?.sources).toEqual(expect.arrayContaining(["FDA-DEN160029", "ISO-INSERT"]));
    // Sessions are planned from the day treatment may resume; the FHIR CarePlan is on hold.
    const plan = planTreatment(taking, { today: ON });
    expect(plan.sessions.map((s) => s.due)).toEqual(["2027-07-10", "2027-08-07", "2027-09-04", "2027-10-02"]);
    expect(plan.sessions[0]?.flags).toEqual([{ code: "deferred", params: { until: "2027-07-10" } }]);
    expect(toFhirCarePlan(plan, { patient: "Patient/1" }).status).toBe("on-hold");
    // Without a planned last dose, nothing says when it ends.
    const open = planTreatment(withFactors({ code: "isotretinoin" }), { today: ON });
    expect(open.eligibility.reassessOn).toBeUndefined();
    expect(open.sessions).toEqual([]);
  });

  it("an active factor whose until has passed has ended: its history effect applies (CLINICAL-REVIEW-2026 9.1)", () => {
    const result = assess(
      withFactors(
        { code: "eczema", until: "2026-11-01" },
        { code: "herpes-simplex", until: "2026-11-20" },
        { code: "sunburn", until: ON },
      ),
    );
    expect(result.findings.map((f) => [f.code, f.reason, f.effect, f.params])).toEqual([
      ["eczema", "ended", FACTOR_CATALOGUE.eczema.history, { until: "2026-11-01" }],
      ["herpes-simplex", "ended", FACTOR_CATALOGUE["herpes-simplex"].history, { until: "2026-11-20" }],
      ["sunburn", "ended", FACTOR_CATALOGUE.sunburn.history, { until: ON }],
    ]);
    expect(result.status).toBe("needs-review");
    expect(result.findings.map((f) => f.message)).toEqual([
      "Eczema: reported as ended on 2026-11-01, counted as history; a clinician must review before treatment; quiescent eczema: check the skin before each session.",
      "Herpes simplex (cold sores): reported as ended on 2026-11-20, counted as history; treat with precautions; give antiviral prophylaxis (about one week) before treatment.",
      "Sunburn or recent heavy tan: reported as ended on 2026-11-24, counted as history; no effect on eligibility.",
    ]);
    // The day before its end it is still active.
    expect(assess(withFactors({ code: "sunburn", until: "2026-11-25" })).status).toBe("deferred");
  });

  it.each([
    ["a pregnancy", { code: "pregnant", until: "2027-03-01" }],
    ["breastfeeding", { code: "nursing", until: "2027-09-01" }],
    ["the old combined code", { code: "pregnant-or-nursing", until: "2027-03-01" }],
    ["a sunburn", { code: "sunburn", until: "2026-12-05" }],
    ["warts in the area", { code: "warts-or-molluscum-in-area", until: "2027-01-15" }],
    ["isotretinoin with a planned last dose", { code: "isotretinoin", until: "2027-01-10" }],
    ["isotretinoin stopped", { code: "isotretinoin", status: "history", until: "2026-08-24" }],
    ["a filler", { code: "recent-filler-or-toxin-in-area", since: "2026-11-20" }],
    ["a peel", { code: "recent-resurfacing-in-area", since: "2026-11-01", status: "history" }],
  ] as const)(
    "a reassessOn given by the library does not come back as contradictory on that day: %s (CLINICAL-REVIEW-2026 9.1)",
    (_name, report) => {
      const before = assess(withFactors(report));
      const reassessOn = before.reassessOn;
      expect(reassessOn).toBeDefined();
      if (reassessOn === undefined) return;
      expect(["deferred", "contraindicated"]).toContain(before.status);
      const after = assess(withFactors(report), reassessOn);
      expect(after.status).toBe(
        FACTOR_CATALOGUE[report.code].history === "precaution" ? "eligible-with-precautions" : "eligible",
      );
      expect(reasons(after)).not.toContain("contradictory");
      expect(after).not.toHaveProperty("reassessOn");
      // The plan made today starts on that day, and re-planned on it, the session is due then.
      const plan = planTreatment(withFactors(report), { today: ON });
      expect(plan.sessions[0]?.due).toBe(reassessOn);
      const again = replan(plan, { today: reassessOn });
      expect(again.eligibility.status).toBe(after.status);
      expect(again.sessions[0]).toMatchObject({ number: 1, status: "due", due: reassessOn, flags: [] });
    },
  );

  it("pregnant and nursing are separate codes with separate ends (FDA-DEN160029)", () => {
    const factors: FactorReport[] = [
      { code: "pregnant", until: "2027-03-01" },
      { code: "nursing", until: "2027-09-01" },
    ];
    const today = assess(withFactors(...factors));
    expect(today).toMatchObject({ status: "deferred", reassessOn: "2027-09-01" });
    expect(today.findings.map((f) => [f.code, f.effect, f.params])).toEqual([
      ["pregnant", "deferred", { until: "2027-03-01" }],
      ["nursing", "deferred", { until: "2027-09-01" }],
    ]);
    for (const finding of today.findings) expect(finding.sources).toEqual(["FDA-DEN160029"]);
    // Delivered, still nursing: still deferred, until the end of breastfeeding.
    const delivered = assess(withFactors(...factors), "2027-03-01");
    expect(delivered).toMatchObject({ status: "deferred", reassessOn: "2027-09-01" });
    expect(reasons(delivered)).toEqual(["active", "ended"]);
    expect(assess(withFactors(...factors), "2027-09-01").status).toBe("eligible");
    expect(FACTOR_CATALOGUE.pregnant).toMatchObject({ category: "deferral", active: "deferred", history: "info" });
    expect(FACTOR_CATALOGUE.nursing).toMatchObject({ category: "deferral", active: "deferred", history: "info" });
  });

  it("pregnant-or-nursing is still read as before: deferred until its until, and its finding advises the new codes", () => {
    expect(FACTOR_CATALOGUE["pregnant-or-nursing"].replacedBy).toEqual(["pregnant", "nursing"]);
    const result = assess(withFactors({ code: "pregnant-or-nursing", until: "2027-03-01" }));
    expect(result).toMatchObject({ status: "deferred", reassessOn: "2027-03-01" });
    expect(result.findings[0]).toMatchObject({ reason: "active", effect: "deferred", params: { until: "2027-03-01" } });
    expect(result.findings[0]?.message).toBe(
      "Pregnancy or breastfeeding: defer treatment (until 2027-03-01); record pregnancy and breastfeeding as separate codes (pregnant, nursing), which end on different days.",
    );
    const open = assess(withFactors({ code: "pregnant-or-nursing" }));
    expect(open.status).toBe("deferred");
    expect(open).not.toHaveProperty("reassessOn");
    expect(assess(withFactors({ code: "pregnant-or-nursing", status: "history" })).status).toBe("eligible");
  });

  it.each([
    ["stainless-steel-allergy", ["FDA-DEN160029", "CHU-2021", "NICKEL-COMMENTARY"]],
    ["anaesthetic-allergy", ["FDA-DEN160029"]],
  ] as const)("an allergy reported as history is still an allergy: %s (FDA-DEN160029)", (code, sources) => {
    for (const report of [
      { code },
      { code, status: "history" },
      { code, status: "history", since: "2010-01-01", until: "2015-01-01" },
      { code, until: "2020-01-01" },
    ] as FactorReport[]) {
      const result = assess(withFactors(report));
      expect(result.status).toBe("contraindicated");
      expect(result.findings[0]?.effect).toBe("contraindicated");
      expect(result.findings[0]?.sources).toEqual(sources);
      expect(result).not.toHaveProperty("reassessOn");
      expect(planTreatment(withFactors(report), { today: ON }).sessions).toEqual([]);
    }
    expect(FACTOR_CATALOGUE[code]).toMatchObject({ active: "contraindicated", history: "contraindicated" });
  });

  it("a long gap from any cause marks the next session for re-grading: a deferral as much as a late booking (CLINICAL-REVIEW-2026 9.1)", () => {
    const reassess = { code: "reassess", params: { daysSinceLastSession: 156, thresholdWeeks: 12 } };
    // A deferral (breastfeeding) after the first session.
    const deferred = planTreatment(withFactors({ code: "nursing", until: "2027-04-01" }), {
      today: ON,
      completed: ["2026-10-27"],
    });
    expect(deferred.sessions[1]).toMatchObject({ number: 2, due: "2027-04-01" });
    expect(deferred.sessions[1]?.flags).toEqual([{ code: "deferred", params: { until: "2027-04-01" } }, reassess]);
    expect(deferred.sessions[2]?.flags).toEqual([]);
    // A late booking: more than 12 weeks (84 days) after the last session done.
    const booked = (on: string) =>
      planTreatment(patient(), { today: ON, completed: ["2026-10-27"], booked: [{ session: 2, on }] }).sessions[1];
    expect(booked("2027-01-20")?.flags).toContainEqual({
      code: "reassess",
      params: { daysSinceLastSession: 85, thresholdWeeks: 12 },
    });
    expect(booked("2027-01-19")?.flags.map((f) => f.code)).toEqual(["late"]);
  });
});

/** evidence.md 9.2: the factor, its report, and what the library does with it. */
const SECTION_9_2: ReadonlyArray<
  readonly [string, FactorCode, string, FactorReport, Eligibility["status"], string, readonly SourceId[]]
> = [
  [
    "wound-healing deficiency needs review",
    "wound-healing-deficiency",
    "FDA-DEN160029",
    { code: "wound-healing-deficiency" },
    "needs-review",
    "active",
    ["FDA-DEN160029", "CLINICAL-REVIEW-2026"],
  ],
  [
    "history of contact dermatitis needs review",
    "contact-dermatitis-history",
    "FDA-DEN160029",
    { code: "contact-dermatitis-history", status: "history" },
    "needs-review",
    "history",
    ["FDA-DEN160029", "CLINICAL-REVIEW-2026"],
  ],
  [
    "cardiac abnormality needs review",
    "cardiac-abnormality",
    "FDA-DEN160029",
    { code: "cardiac-abnormality" },
    "needs-review",
    "active",
    ["FDA-DEN160029", "CLINICAL-REVIEW-2026"],
  ],
  [
    "warts or molluscum in the area: deferred until cleared",
    "warts-or-molluscum-in-area",
    "FDA-DEN160029, DERMAPEN4-IFU",
    { code: "warts-or-molluscum-in-area" },
    "deferred",
    "active",
    ["FDA-DEN160029", "DERMAPEN4-IFU", "CLINICAL-REVIEW-2026"],
  ],
  [
    "a Koebner-prone condition (vitiligo, lichen planus) needs review while active",
    "koebner-prone-condition",
    "FDA-DEN160029",
    { code: "koebner-prone-condition" },
    "needs-review",
    "active",
    ["FDA-DEN160029", "CLINICAL-REVIEW-2026"],
  ],
  [
    "a quiescent Koebner-prone condition: precaution",
    "koebner-prone-condition",
    "FDA-DEN160029",
    { code: "koebner-prone-condition", status: "history" },
    "eligible-with-precautions",
    "history",
    ["FDA-DEN160029", "CLINICAL-REVIEW-2026"],
  ],
  [
    "recent filler or botulinum toxin in the area: deferred about 2 weeks",
    "recent-filler-or-toxin-in-area",
    "PRACTICE-CONVENTION",
    { code: "recent-filler-or-toxin-in-area", since: "2026-11-20" },
    "deferred",
    "waiting",
    ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"],
  ],
  [
    "recent laser, peel or dermabrasion in the area: deferred about 4 weeks",
    "recent-resurfacing-in-area",
    "PRACTICE-CONVENTION",
    { code: "recent-resurfacing-in-area", since: "2026-11-01" },
    "deferred",
    "waiting",
    ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"],
  ],
  [
    "recent surgery in the area: deferred until healed",
    "recent-surgery-in-area",
    "FDA-DEN160029, PRACTICE-CONVENTION",
    { code: "recent-surgery-in-area" },
    "deferred",
    "active",
    ["FDA-DEN160029", "PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"],
  ],
  [
    "topical retinoids: precaution (stop before each session)",
    "topical-retinoids",
    "PRACTICE-CONVENTION",
    { code: "topical-retinoids" },
    "eligible-with-precautions",
    "active",
    ["PRACTICE-CONVENTION", "AUST-2008", "CLINICAL-REVIEW-2026"],
  ],
  [
    "tattoo or permanent make-up in the area needs review",
    "tattoo-or-pmu-in-area",
    "PRACTICE-CONVENTION",
    { code: "tattoo-or-pmu-in-area" },
    "needs-review",
    "active",
    ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"],
  ],
  [
    "photosensitising drugs: precaution",
    "photosensitising-drugs",
    "PRACTICE-CONVENTION",
    { code: "photosensitising-drugs" },
    "eligible-with-precautions",
    "active",
    ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"],
  ],
];

describe("9.2 factors named by labels or reviews", () => {
  it.each(SECTION_9_2)("%s (%s: %s)", (_rule, code, _ids, report, status, reason, sources) => {
    const result = assess(withFactors(report));
    expect(result.status).toBe(status);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ kind: "factor", code, index: 0, reason });
    expect(result.findings[0]?.sources).toEqual(sources);
    expect(result.findings[0]?.message).not.toMatch(/undefined/);
    expect(FACTOR_CATALOGUE[code].sources).toEqual(sources);
  });

  it("warts and recent surgery with an expected end are deferred until then (FDA-DEN160029)", () => {
    for (const code of ["warts-or-molluscum-in-area", "recent-surgery-in-area"] as const) {
      expect(assess(withFactors({ code, until: "2027-01-15" }))).toMatchObject({
        status: "deferred",
        reassessOn: "2027-01-15",
      });
      expect(assess(withFactors({ code, until: "2027-01-15" }), "2027-01-15").status).toBe("eligible");
    }
  });

  it("window settings are protocol settings: fillerToxinWaitDays 14 and resurfacingWaitDays 28, counted from since (PRACTICE-CONVENTION)", () => {
    expect(defaultProtocol.fillerToxinWaitDays).toBe(14);
    expect(defaultProtocol.resurfacingWaitDays).toBe(28);
    expect(defaultProtocol.retinoidStopDays).toBe(5);
    const since = "2026-11-10";
    const result = assess(
      withFactors(
        { code: "recent-filler-or-toxin-in-area", since },
        { code: "recent-resurfacing-in-area", since, status: "history" },
      ),
    );
    expect(result.findings.map((f) => [f.reason, f.params])).toEqual([
      ["waiting", { procedureOn: since, days: 28, until: addDays(since, 28), daysLeft: 14 }],
      ["wait-complete", { procedureOn: since, days: 14, until: addDays(since, 14) }],
    ]);
    expect(result.reassessOn).toBe("2026-12-08");
    // Other settings, other waits: nothing is hard-coded.
    const protocol = defineProtocol({ fillerToxinWaitDays: 21, resurfacingWaitDays: 7 });
    const custom = assessEligibility(
      withFactors({ code: "recent-filler-or-toxin-in-area", since }, { code: "recent-resurfacing-in-area", since }),
      { today: ON, protocol },
    );
    expect(custom.findings.map((f) => [f.reason, f.params])).toEqual([
      ["waiting", { procedureOn: since, days: 21, until: "2026-12-01", daysLeft: 7 }],
      ["wait-complete", { procedureOn: since, days: 7, until: "2026-11-17" }],
    ]);
  });

  it("a procedure without since cannot be timed: date-missing {days}, needs review, no reassessOn (PRACTICE-CONVENTION)", () => {
    const result = assess(
      withFactors(
        { code: "recent-filler-or-toxin-in-area" },
        { code: "recent-resurfacing-in-area", until: "2026-11-01" },
      ),
    );
    expect(result.status).toBe("needs-review");
    expect(result.findings.map((f) => [f.reason, f.effect, f.params])).toEqual([
      ["date-missing", "needs-review", { days: 14 }],
      ["date-missing", "needs-review", { days: 28 }],
    ]);
    expect(result).not.toHaveProperty("reassessOn");
  });

  it("topical retinoids: stop retinoidStopDays (5) before each session, as a pre-care reminder (PRACTICE-CONVENTION)", () => {
    const plan = planTreatment(withFactors({ code: "topical-retinoids" }), { today: ON, horizonDays: 60 });
    const preCare = plan.reminders.filter((r) => r.kind === "pre-care");
    expect(preCare).toEqual([
      { kind: "pre-care", remindOn: ON, dueOn: ON, session: 1, step: "stop-retinoids" },
      { kind: "pre-care", remindOn: "2026-12-17", dueOn: "2026-12-22", session: 2, step: "stop-retinoids" },
      { kind: "pre-care", remindOn: "2027-01-14", dueOn: "2027-01-19", session: 3, step: "stop-retinoids" },
    ]);
    expect(REMINDER_CATALOGUE["pre-care"].sources).toContain("PRACTICE-CONVENTION");
    // Stopped (history, or ended): no step.
    for (const report of [
      { code: "topical-retinoids", status: "history" },
      { code: "topical-retinoids", until: ON },
    ] as FactorReport[]) {
      const stopped = planTreatment(withFactors(report), { today: ON, horizonDays: 60 });
      expect(stopped.reminders.filter((r) => r.kind === "pre-care")).toEqual([]);
    }
  });

  it("cold sores, active or in history: antiviral prophylaxis antiviralLeadDays (7) before each session (MINUTILLI-2024, CMAC-HSV-2021)", () => {
    const plan = planTreatment(withFactors({ code: "herpes-simplex", status: "history" }), {
      today: ON,
      horizonDays: 30,
    });
    expect(plan.eligibility.status).toBe("eligible-with-precautions");
    expect(plan.reminders.filter((r) => r.kind === "pre-care")).toEqual([
      { kind: "pre-care", remindOn: ON, dueOn: ON, session: 1, step: "antiviral-prophylaxis" },
      { kind: "pre-care", remindOn: "2026-12-15", dueOn: "2026-12-22", session: 2, step: "antiviral-prophylaxis" },
    ]);
    expect(FACTOR_CATALOGUE["herpes-simplex"].sources).toEqual(["MINUTILLI-2024", "CMAC-HSV-2021", "ONWUDIWE-2013"]);
  });
});

describe("9.3 scar types, maturity and scales", () => {
  const burn = (formedOn?: string): Scar => ({
    type: "burn",
    severity: "moderate",
    ...(formedOn !== undefined && { formedOn }),
  });

  it("burn scars under 12 months need review (AUST-2010-BURNS)", () => {
    expect(defaultProtocol.burnMaturityMonths).toBe(12);
    const young = assess(patient({ scars: [burn("2026-01-01")] }));
    expect(young.status).toBe("needs-review");
    expect(young.findings[0]).toEqual({
      kind: "scar",
      code: "burn",
      index: 0,
      reason: "immature",
      effect: "needs-review",
      params: { formedOn: "2026-01-01", months: 12 },
      sources: ["AUST-2010-BURNS", "IOSIFIDIS-2019"],
      message:
        "Burn scar: formed 2026-01-01, less than 12 months ago; trials treated mature scars only: a clinician must review.",
    });
    expect(reasons(assess(patient({ scars: [burn("2025-11-25")] })))).toEqual(["immature", "type"]);
    const mature = assess(patient({ scars: [burn("2025-11-24")] }));
    expect(mature.status).toBe("eligible-with-precautions");
    expect(reasons(mature)).toEqual(["type"]);
    // Other scar types of the same age are not held back: an information note only.
    expect(
      assess(patient({ scars: [{ type: "surgical", severity: "moderate", formedOn: "2026-01-01" }] })).status,
    ).toBe("eligible");
  });

  it("a burn scar of unknown age needs review too (AUST-2010-BURNS)", () => {
    const result = assess(patient({ scars: [burn()] }));
    expect(result.status).toBe("needs-review");
    expect(result.findings[0]).toMatchObject({
      reason: "maturity-unknown",
      effect: "needs-review",
      params: { months: 12 },
      sources: ["AUST-2010-BURNS", "IOSIFIDIS-2019"],
    });
    expect(result.findings[0]?.params).toEqual({ months: 12 });
  });

  it("goodmanGrade on a non-acne scar is an unknown-key input issue (GOODMAN-QUAL-2006)", () => {
    const issue = {
      code: "unknown-key",
      path: ["patient", "scars", 1, "goodmanGrade"],
      message: "unknown key; expected one of type, severity, formedOn, area",
      value: 2,
    };
    for (const type of ["hypertrophic", "keloid", "surgical", "traumatic", "burn", "varicella", "striae"] as const) {
      const subject = patient({ scars: [QUIET, { type, goodmanGrade: 2 } as unknown as Scar] });
      for (const run of [
        () => assessEligibility(subject, { today: ON }),
        () => estimateSessions(subject),
        () => planTreatment(subject, { today: ON }),
      ]) {
        const error = caught(run);
        expect(error.code).toBe("INVALID_INPUT");
        expect(error.issues).toEqual([issue]);
      }
    }
    expect(() =>
      assessEligibility(patient({ scars: [{ type: "icepick", goodmanGrade: 2 }] }), { today: ON }),
    ).not.toThrow();
  });

  it("macular-only patients get no course (GOODMAN-QUAL-2006)", () => {
    const macular = patient({
      scars: [
        { type: "boxcar", goodmanGrade: 1 },
        { type: "rolling", goodmanGrade: 1 },
      ],
    });
    const estimate = estimateSessions(macular);
    expect(estimate).toEqual({
      min: 0,
      typical: 0,
      max: 0,
      basis: "macular-only",
      sources: ["GOODMAN-QUAL-2006", "CLINICAL-REVIEW-2026"],
    });
    const plan = planTreatment(macular, { today: ON, horizonDays: 3660 });
    expect(plan.eligibility.status).toBe("needs-review");
    expect(plan.eligibility.findings).toContainEqual({
      kind: "patient",
      code: "scars",
      reason: "macular-only",
      effect: "needs-review",
      params: {},
      sources: ["GOODMAN-QUAL-2006", "CLINICAL-REVIEW-2026"],
    });
    expect(plan.estimate).toEqual(estimate);
    expect(plan.sessions).toEqual([]);
    expect(plan.reminders).toEqual([]);
    expect(plan).not.toHaveProperty("resultCheckOn");
    expect(plan).not.toHaveProperty("maintenance");
    // Unless a session count is given.
    const asked = planTreatment(macular, { today: ON, sessionCount: 2 });
    expect(asked.sessions.map((s) => s.due)).toEqual([ON, "2026-12-22"]);
    // Rejuvenation is not a scar course.
    expect(estimateSessions({ ...macular, goal: "rejuvenation" }).basis).toBe("rejuvenation");
  });

  it("striae: 1-3 sessions, typical 2, whatever their severity (ALSTER-LI-2020-STRIAE)", () => {
    for (const severity of ["mild", "moderate", "severe", undefined] as const) {
      expect(estimateSessions(patient({ scars: [{ type: "striae", ...(severity && { severity }) }] }))).toEqual({
        min: 1,
        typical: 2,
        max: 3,
        basis: "scar-type",
        scarType: "striae",
        sources: ["ALSTER-LI-2020-STRIAE"],
      });
    }
    expect(defaultProtocol.sessionsByType).toEqual({ striae: { min: 1, typical: 2, max: 3 } });
    expect(PROTOCOL_SETTING_CATALOGUE["sessionsByType.striae"]).toEqual({
      evidence: "S",
      sources: ["ALSTER-LI-2020-STRIAE"],
    });
  });

  it("mixed scars take the worst range (ALSTER-LI-2020-STRIAE, ARTICLE-2021)", () => {
    const striae: Scar = { type: "striae" };
    const severe: Scar = { type: "rolling", goodmanGrade: 4 };
    for (const scars of [
      [striae, severe],
      [severe, striae],
    ]) {
      expect(estimateSessions(patient({ scars }))).toEqual({
        min: 4,
        typical: 6,
        max: 7,
        basis: "severe",
        sources: ["ARTICLE-2021", "MINUTILLI-2024", "TIRMIZI-2021"],
      });
    }
    expect(estimateSessions(patient({ scars: [striae, { type: "icepick", severity: "moderate" }] })).typical).toBe(4);
  });

  it.each([
    [
      "icepick: TCA CROSS or punch excision",
      { type: "icepick", goodmanGrade: 3 },
      ["tca-cross", "punch-excision"],
      ["JACOB-2001", "CONNOLLY-2017", "HESSION-GRABER-2015"],
    ],
    [
      "deep boxcar: punch elevation",
      { type: "boxcar", depth: "deep", goodmanGrade: 3 },
      ["punch-elevation"],
      ["JACOB-2001", "CONNOLLY-2017", "HESSION-GRABER-2015", "FABBROCINI-2010"],
    ],
    [
      "tethered rolling: subcision",
      { type: "rolling", goodmanGrade: 3 },
      ["subcision"],
      ["JACOB-2001", "CONNOLLY-2017", "HESSION-GRABER-2015"],
    ],
    [
      "hypertrophic: silicone or intralesional steroid",
      { type: "hypertrophic", severity: "moderate" },
      ["silicone", "intralesional-steroid"],
      ["IOSIFIDIS-2019", "HESSION-GRABER-2015"],
    ],
    [
      "keloid: refer",
      { type: "keloid", severity: "moderate" },
      ["referral", "intralesional-steroid"],
      ["IOSIFIDIS-2019", "MINUTILLI-2024"],
    ],
  ] as const)(
    "adjunct codes per type, %s (JACOB-2001, CONNOLLY-2017, HESSION-GRABER-2015, IOSIFIDIS-2019)",
    (_name, scar, therapies, sources) => {
      const result = assess(patient({ scars: [scar as Scar] }));
      const adjuncts = result.findings.filter((f) => f.reason === "adjunct");
      expect(adjuncts).toEqual([
        expect.objectContaining({
          kind: "scar",
          code: scar.type,
          index: 0,
          effect: "info",
          params: { therapies },
          sources,
        }),
      ]);
      // The adjunct comes after the scar's other findings.
      expect(result.findings.at(-1)?.reason).toBe("adjunct");
      for (const therapy of therapies) expect(ADJUNCT_THERAPIES).toContain(therapy);
    },
  );

  it("scar types with no adjunct in the catalogue get none (shallow boxcar, surgical, traumatic, burn, varicella, striae)", () => {
    const without = SCAR_TYPES.filter((type) => SCAR_TYPE_CATALOGUE[type].adjuncts === undefined);
    expect(without).toEqual(["boxcar", "surgical", "traumatic", "burn", "varicella", "striae"]);
    const scars: Scar[] = [
      { type: "boxcar", depth: "shallow", goodmanGrade: 2 },
      { type: "surgical", severity: "mild" },
      { type: "traumatic", severity: "mild" },
      { type: "burn", severity: "mild", formedOn: "2020-01-01" },
      { type: "varicella", severity: "mild" },
      { type: "striae" },
    ];
    expect(reasons(assess(patient({ scars })))).not.toContain("adjunct");
  });

  it("the quantitative score: a change under 4 points is noise, and it never drives session counts (GOODMAN-QUANT-2006, ALAM-2014, CLARK-2018)", () => {
    expect(compareGoodmanScores({ before: 20, after: 17 }).direction).toBe("no-change");
    expect(compareGoodmanScores({ before: 20, after: 16 }).direction).toBe("improved");
    expect(goodmanQuantitativeScore({ lesions: { "linear-troughed": 25 } })).toMatchObject({
      score: 9,
      weightsVerified: false,
    });
    // A patient has nowhere to put it: no severity bands exist for the score.
    const error = caught(() => estimateSessions({ ...patient(), goodmanScore: 40 } as unknown as Patient));
    expect(error.issues).toEqual([
      {
        code: "unknown-key",
        path: ["patient", "goodmanScore"],
        message: "unknown key; expected one of id, goal, fitzpatrick, birthDate, scars, factors",
        value: 40,
      },
    ]);
  });
});

describe("9.4 numbers", () => {
  it("a final result check 6 months after the last session (ALAM-2014, MINUTILLI-2024)", () => {
    expect(defaultProtocol.finalResultCheckMonths).toBe(6);
    const plan = planTreatment(patient(), { today: ON, horizonDays: 3660 });
    const last = plan.sessions.at(-1)?.due;
    expect(last).toBe("2027-02-16");
    expect(plan.resultCheckOn).toBe("2027-05-16");
    expect(plan.finalResultCheckOn).toBe("2027-08-16");
    expect(plan.reminders.filter((r) => r.kind === "result-check")).toEqual([
      { kind: "result-check", remindOn: "2027-05-09", dueOn: "2027-05-16", check: "first" },
      { kind: "result-check", remindOn: "2027-08-09", dueOn: "2027-08-16", check: "final" },
    ]);
    expect(PROTOCOL_SETTING_CATALOGUE.finalResultCheckMonths?.sources).toEqual(["ALAM-2014", "MINUTILLI-2024"]);
  });

  it("defaults no source gives are marked PLANNER-DECISION: session 1's window, the month either side of yearly maintenance, the most rejuvenation sessions, the mild range (CLINICAL-REVIEW-2026 9.4)", () => {
    for (const setting of ["interval.maxWeeks", "maintenance.scarRevision", "sessions.rejuvenation", "sessions.mild"]) {
      expect(PROTOCOL_SETTING_CATALOGUE[setting]?.sources).toContain("PLANNER-DECISION");
    }
    expect(estimateSessions(patient({ scars: [{ type: "rolling", severity: "mild" }] })).sources).toEqual([
      "PLANNER-DECISION",
      "HARRIS-2015",
      "ALSTER-LI-2020",
    ]);
  });

  it("the isotretinoin text agrees with the default it explains (ISO-INSERT, SPRING-2017)", () => {
    const message = assess(withFactors({ code: "isotretinoin" })).findings[0]?.message ?? "";
    expect(message).toBe(
      "Isotretinoin: do not treat; contraindicated while taking it (device label); after the last dose this protocol waits the insert's conservative washout, which the 2017 consensus found little evidence for.",
    );
    expect(message).not.toMatch(/no need to wait/i);
    expect(PROTOCOL_SETTING_CATALOGUE.isotretinoinWashoutMonths?.sources).toEqual(
      expect.arrayContaining(["ISO-INSERT", "SPRING-2017"]),
    );
  });
});

describe("catalogues: every rule cited", () => {
  const EVIDENCE_LEVELS = ["C", "S", "R", "P", "U", "I"];
  const CATEGORIES = ["contraindication", "deferral", "relative", "precaution", "info"];

  it("FACTOR_CATALOGUE: at least 32 entries, each with category, effects, evidence level and known sources", () => {
    const entries = Object.values(FACTOR_CATALOGUE);
    expect(entries.length).toBeGreaterThanOrEqual(32);
    expect(Object.keys(FACTOR_CATALOGUE).sort()).toEqual([...FACTOR_CODES].sort());
    for (const entry of entries) {
      expect(CATEGORIES).toContain(entry.category);
      expect(EFFECTS).toContain(entry.active);
      expect(EFFECTS).toContain(entry.history);
      expect(EVIDENCE_LEVELS).toContain(entry.evidence);
      expect(entry.sources.length).toBeGreaterThanOrEqual(1);
      for (const id of entry.sources) expect(Object.keys(SOURCE_CATALOGUE)).toContain(id);
      for (const code of entry.replacedBy ?? []) expect(FACTOR_CODES).toContain(code);
      // A factor only practice supports cites it as such.
      if (entry.evidence === "P") expect(entry.sources).toContain("PRACTICE-CONVENTION");
    }
  });

  it("PROTOCOL_SETTING_CATALOGUE: every default setting has an entry, and every entry's sources exist", () => {
    const paths: string[] = [];
    for (const [key, value] of Object.entries(defaultProtocol)) {
      if (key === "id" || key === "version") continue;
      if (typeof value === "object" && value !== null)
        for (const child of Object.keys(value)) paths.push(`${key}.${child}`);
      else paths.push(key);
    }
    // interval.minWeeks and interval.maxWeeks, sessions.* and so on: one entry each.
    expect(Object.keys(PROTOCOL_SETTING_CATALOGUE).sort()).toEqual(paths.sort());
    for (const entry of Object.values(PROTOCOL_SETTING_CATALOGUE)) {
      expect(EVIDENCE_LEVELS).toContain(entry.evidence);
      expect(entry.sources.length).toBeGreaterThanOrEqual(1);
      for (const id of entry.sources) expect(Object.keys(SOURCE_CATALOGUE)).toContain(id);
    }
    for (const entry of Object.values(REMINDER_CATALOGUE)) {
      for (const id of entry.sources) expect(Object.keys(SOURCE_CATALOGUE)).toContain(id);
    }
  });

  it("settings tagged P: the windows only practice supports cite PRACTICE-CONVENTION; the rest restate the source article (PRACTICE-CONVENTION, ARTICLE-2021)", () => {
    const tagged = Object.entries(PROTOCOL_SETTING_CATALOGUE)
      .filter(([, entry]) => entry.evidence === "P")
      .map(([setting]) => setting)
      .sort();
    expect(tagged).toEqual(
      [
        "fillerToxinWaitDays",
        "resurfacingWaitDays",
        "retinoidStopDays",
        "interval.maxWeeks",
        "sessions.moderate",
        "sessions.severe",
      ].sort(),
    );
    // evidence.md 9.2: "Windows marked P must be protocol settings, tagged practice convention".
    for (const setting of ["fillerToxinWaitDays", "resurfacingWaitDays", "retinoidStopDays"]) {
      expect(PROTOCOL_SETTING_CATALOGUE[setting]?.sources).toContain("PRACTICE-CONVENTION");
    }
    // evidence.md Table 5: "P (source article)".
    for (const setting of ["interval.maxWeeks", "sessions.moderate", "sessions.severe"]) {
      expect(PROTOCOL_SETTING_CATALOGUE[setting]?.sources).toContain("ARTICLE-2021");
    }
  });
});
