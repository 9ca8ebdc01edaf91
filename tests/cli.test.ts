import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliIo, runCli, USAGE } from "../src/cli/run-cli.js";
import { defaultProtocol, defineProtocol } from "../src/index.js";
import { spanishMessages } from "../src/messages-es.js";
import { bookingCheckSchema, treatmentPlanSchema } from "../src/schemas.js";
import { toSvgTimeline } from "../src/svg.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "dist/cli.js");
const example = (name: string) => join(ROOT, "examples", `${name}.json`);
/** A timeout for spawning node on a busy machine: not a speed test. */
const SLOW = 120_000;
/** The complete protocol of a clinic: its own id and version, 2-day reminders, 6-monthly scar maintenance. */
const CLINIC_PROTOCOL = {
  ...defaultProtocol,
  id: "clinic-a",
  version: "2026.1",
  reminderLeadDays: 2,
  maintenance: { ...defaultProtocol.maintenance, scarRevision: { earliestMonths: 5, dueMonths: 6, latestMonths: 8 } },
};

const PROTOCOL_KEYS =
  "unknown key; expected one of id, version, sessions, sessionsByType, interval, reassessAfterWeeks, isotretinoinWashoutMonths, resultCheckMonths, finalResultCheckMonths, maintenance, reminderLeadDays, deferralReviewDays, labelMinimumAgeYears, recentScarMonths, burnMaturityMonths, fillerToxinWaitDays, resurfacingWaitDays, retinoidStopDays, antiviralLeadDays, pihRiskFrom";

function run(
  argv: string[],
  files: Record<string, string> = {},
  written: Record<string, string> = {},
  overrides: Partial<CliIo> = {},
) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    readFile: (path) => {
      const text = files[path];
      if (text !== undefined) return text;
      return readFileSync(path, "utf8");
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    writeFile: (path, text) => {
      if (path.startsWith("/readonly/")) throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      written[path] = text;
    },
    now: () => "2026-11-24T09:15:00.000Z",
    today: () => "2026-11-24",
    version: "9.9.9",
    ...overrides,
  };
  const status = runCli(argv, io);
  return { status, stdout, stderr };
}

describe("runCli (in process)", () => {
  it("plans an example as text", () => {
    const { status, stdout, stderr } = run(["plan", example("severe-boxcar-missed-session")]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Eligibility: eligible");
    expect(stdout).toMatch(
      /3 {2}overdue +2026-11-24 +2026-11-24 +2026-12-08 +late 49d \(window closed 2026-10-06\); reassess: 91d since last session/,
    );
    expect(stdout).toContain("2026-11-24  session-overdue  Session 3 is overdue");
    expect(stdout).toContain("ARTICLE-2021: ");
  });

  it("plans as JSON: the plan object, valid against its schema", () => {
    const { status, stdout } = run([
      "plan",
      example("isotretinoin-stopped-3-months-ago"),
      "--format",
      "json",
      "--today",
      "2026-11-24",
    ]);
    expect(status).toBe(0);
    const plan = treatmentPlanSchema.parse(JSON.parse(stdout));
    expect(plan.eligibility.reassessOn).toBe("2027-02-24");
    expect(plan.sessions[0]?.earliest).toBe("2027-02-24");
  });

  it("uses --today over the clock", () => {
    const { stdout } = run(["plan", example("rejuvenation-maintenance-due"), "--today", "2027-01-05"]);
    expect(stdout).toContain("planned on 2027-01-05");
    expect(stdout).toContain("Reminders\n  none in the horizon");
  });

  it("writes iCalendar and FHIR files alongside the text", () => {
    const written: Record<string, string> = {};
    const args = [
      "plan",
      example("severe-boxcar-missed-session"),
      "--ics",
      "out.ics",
      "--fhir",
      "out.json",
      "--uid-domain",
      "clinic.example",
      "--calendar-id",
      "cal-9",
      "--patient-ref",
      "Patient/42",
    ];
    const { status, stdout, stderr } = run(args, {}, written);
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    expect(stdout).toContain("Sessions");
    const ics = written["out.ics"] ?? "";
    expect(ics).toContain("UID:cal-9-session-3@clinic.example\r\n");
    expect(ics).toContain("DTSTAMP:20261124T091500Z\r\n");
    expect(ics).toContain("\r\nX-MICRONEEDLING-PROTOCOL:article-2021@1\r\n");
    // the patient's own id is nowhere in either file
    expect(ics).not.toContain("severe-boxcar");
    const carePlan = JSON.parse(written["out.json"] ?? "{}") as Record<string, unknown>;
    expect(carePlan).toMatchObject({
      resourceType: "CarePlan",
      subject: { reference: "Patient/42" },
      instantiatesUri: ["urn:microneedling-planner:protocol:article-2021:1"],
    });
    expect(written["out.json"]).not.toContain("severe-boxcar");
  });

  it("writes the SVG timeline with --svg: the plan it prints, no patient identifier (plan and replan)", () => {
    const written: Record<string, string> = {};
    const args = ["plan", example("severe-boxcar-missed-session"), "--svg", "plan.svg", "--format", "json"];
    const planned = run(args, {}, written);
    expect({ status: planned.status, stderr: planned.stderr }).toEqual({ status: 0, stderr: "" });
    const plan = treatmentPlanSchema.parse(JSON.parse(planned.stdout));
    expect(written["plan.svg"]).toBe(toSvgTimeline(plan));
    expect(written["plan.svg"]?.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img"')).toBe(true);
    expect(plan.inputs.patient.id).toBe("severe-boxcar");
    expect(written["plan.svg"]).not.toContain("severe-boxcar");
    expect(Object.keys(written)).toEqual(["plan.svg"]);
    const files = { "plan.json": planned.stdout };
    const later = run(["replan", "plan.json", "--today", "2027-01-20", "--svg", "later.svg"], files, written);
    expect(later.status).toBe(0);
    expect(written["later.svg"]).toContain('<title id="mnp-timeline-title">Microneedling plan on 2027-01-20</title>');
    // A bad option of another export writes no file, the SVG included.
    const none: Record<string, string> = {};
    expect(run(["plan", example("moderate-rolling"), "--svg", "x.svg", "--ics", "x.ics"], {}, none).status).toBe(2);
    expect(none).toEqual({});
    expect(USAGE).toContain(
      "  --svg <file>           also write the plan as an SVG timeline (no patient identifier) to <file>\n",
    );
  });

  it("--lang es writes the SVG timeline in Spanish", () => {
    const written: Record<string, string> = {};
    const args = ["plan", example("moderate-rolling"), "--lang", "es", "--svg", "plan.svg", "--format", "json"];
    const planned = run(args, {}, written);
    expect({ status: planned.status, stderr: planned.stderr }).toEqual({ status: 0, stderr: "" });
    const plan = treatmentPlanSchema.parse(JSON.parse(planned.stdout));
    expect(written["plan.svg"]).toBe(toSvgTimeline(plan, { messages: spanishMessages }));
    expect(written["plan.svg"]).not.toBe(toSvgTimeline(plan));
  });

  it("uses the default UID domain when none is given", () => {
    const written: Record<string, string> = {};
    const args = ["plan", example("moderate-rolling"), "--ics", "out.ics", "--calendar-id", "c1"];
    expect(run(args, {}, written).status).toBe(0);
    expect(written["out.ics"]).toContain("UID:c1-session-1@microneedling-planner.invalid\r\n");
  });

  it("--ics without --calendar-id and --fhir without --patient-ref exit 2 with nothing written", () => {
    const written: Record<string, string> = {};
    const file = example("moderate-rolling");
    expect(run(["plan", file, "--ics", "out.ics"], {}, written)).toEqual({
      status: 2,
      stdout: "",
      stderr: "error: --ics needs --calendar-id <id>: a pseudonym for this patient's calendar\n",
    });
    expect(run(["plan", file, "--fhir", "out.json"], {}, written)).toEqual({
      status: 2,
      stdout: "",
      stderr: "error: --fhir needs --patient-ref <ref>, such as Patient/123\n",
    });
    // one good export does not make up for the other
    expect(run(["plan", file, "--ics", "out.ics", "--calendar-id", "c1", "--fhir", "out.json"], {}, written)).toEqual({
      status: 2,
      stdout: "",
      stderr: "error: --fhir needs --patient-ref <ref>, such as Patient/123\n",
    });
    expect(written).toEqual({});
  });

  it("reports a bad --calendar-id as bad input, writing nothing", () => {
    const written: Record<string, string> = {};
    const result = run(
      ["plan", example("moderate-rolling"), "--ics", "x.ics", "--calendar-id", "Jane Doe"],
      {},
      written,
    );
    expect(result).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "error: command line: 1 problem\n  --calendar-id: expected 1 to 64 letters, digits, '.', '_' or '-' (a pseudonym, not a record number) (got \"Jane Doe\") [invalid-format]\n",
    });
    expect(written).toEqual({});
  });

  it("reports a bad --uid-domain as bad input, naming the flag, writing nothing", () => {
    const written: Record<string, string> = {};
    const result = run(
      ["plan", example("moderate-rolling"), "--ics", "x.ics", "--calendar-id", "c1", "--uid-domain", "clinic example"],
      {},
      written,
    );
    expect(result).toEqual({
      status: 2,
      stdout: "",
      stderr:
        'error: command line: 1 problem\n  --uid-domain: expected a domain name such as clinic.example (got "clinic example") [invalid-format]\n',
    });
    expect(written).toEqual({});
  });

  it("reports an unwritable output file with status 2 and nothing on stdout", () => {
    const result = run(["plan", example("moderate-rolling"), "--ics", "/readonly/x.ics", "--calendar-id", "c1"]);
    expect(result).toEqual({
      status: 2,
      stdout: "",
      stderr: "error: /readonly/x.ics: cannot write the file (EACCES)\n",
    });
  });

  it("reports a bad --patient-ref as bad input", () => {
    const file = example("moderate-rolling");
    const written: Record<string, string> = {};
    const result = run(["plan", file, "--fhir", "x.json", "--patient-ref", "nope"], {}, written);
    expect(result).toEqual({
      status: 2,
      stdout: "",
      stderr:
        'error: command line: 1 problem\n  --patient-ref: expected a FHIR relative reference such as Patient/123 (got "nope") [invalid-format]\n',
    });
    expect(written).toEqual({});
  });

  it("renders every flag, an id-less patient, and a plan with nothing scheduled", () => {
    const flagged = JSON.stringify({
      patient: { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "rolling", severity: "moderate" }] },
      completed: ["2026-10-01", "2026-10-15", "2026-12-01"],
      availability: { openWeekdays: ["mon"], closedDates: ["2027-01-04", "2027-01-11"] },
    });
    const text = run(["plan", "flagged.json"], { "flagged.json": flagged }).stdout;
    expect(text).toContain("Patient (no id): scar-revision");
    expect(text).toContain("too soon (14d < 28d)");
    expect(text).toContain("in-future");
    expect(text).toContain("no-open-day");
    const deferred = JSON.stringify({
      patient: {
        goal: "rejuvenation",
        fitzpatrick: "II",
        factors: [{ code: "isotretinoin", status: "history", until: "2026-10-01" }],
      },
    });
    expect(run(["plan", "d.json"], { "d.json": deferred }).stdout).toContain("deferred until 2027-04-01");
    const blocked = JSON.stringify({
      patient: { id: "b", goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "bleeding-disorder" }] },
    });
    const none = run(["plan", "b.json"], { "b.json": blocked }).stdout;
    expect(none).toContain("Sessions\n  none planned");
    expect(none).toContain("Maintenance: not planned");
    expect(none).toContain("Reminders\n  none in the horizon");
  });

  it("reports a read failure without an error code", () => {
    const io: CliIo = {
      readFile: () => {
        throw new Error("boom");
      },
      writeFile: () => undefined,
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      now: () => "2026-11-24T00:00:00Z",
      today: () => "2026-11-24",
      version: "1",
    };
    let stderr = "";
    expect(runCli(["plan", "x.json"], io)).toBe(2);
    expect(stderr).toBe("error: x.json: cannot read the file\n");
  });

  it("prints help and version", () => {
    expect(run(["--help"])).toMatchObject({ status: 0, stderr: "" });
    expect(run(["--help"]).stdout).toContain("Usage: microneedling-planner plan");
    expect(run(["-v"])).toEqual({ status: 0, stdout: "9.9.9\n", stderr: "" });
  });

  it.each([
    [[], "error: no command"],
    [["plan"], 'error: expected "plan", "replan" or "check-booking" and one file'],
    [["schedule", "x.json"], 'error: expected "plan", "replan" or "check-booking" and one file'],
    [["plan", "a.json", "b.json"], 'error: expected "plan", "replan" or "check-booking" and one file'],
    [["replan"], 'error: expected "plan", "replan" or "check-booking" and one file'],
    [["check-booking"], 'error: expected "plan", "replan" or "check-booking" and one file'],
    [["plan", "a.json", "--colour"], "error: Unknown option '--colour'"],
    [["plan", "a.json", "--format", "xml"], 'error: --format: expected text or json, got "xml"'],
    [
      ["plan", "a.json", "--today", "2026-02-30"],
      'error: --today: expected a real calendar date YYYY-MM-DD, got "2026-02-30"',
    ],
    [["plan", "/nonexistent/case.json"], "error: /nonexistent/case.json: cannot read the file"],
  ])("bad usage %o exits 2 with nothing on stdout", (argv, message) => {
    const result = run(argv);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
  });

  it("bad usage prints the error, a blank line and the usage", () => {
    expect(run([])).toEqual({ status: 2, stdout: "", stderr: `error: no command\n\n${USAGE}\n` });
    expect(run(["plan"]).stderr).toBe(`error: expected "plan", "replan" or "check-booking" and one file\n\n${USAGE}\n`);
    const unknown = run(["plan", "a.json", "--colour"]);
    const [first = ""] = unknown.stderr.split("\n");
    expect(first).toMatch(/^error: Unknown option '--colour'/);
    expect(unknown.stderr).toBe(`${first}\n\n${USAGE}\n`);
  });

  it("--lang is en or es: another language, or a name every object has, is bad usage", () => {
    const file = example("moderate-rolling");
    expect(run(["plan", file, "--lang", "de"])).toEqual({
      status: 2,
      stdout: "",
      stderr: 'error: --lang: expected en or es, got "de"\n',
    });
    expect(run(["plan", file, "--lang", "constructor"])).toEqual({
      status: 2,
      stdout: "",
      stderr: 'error: --lang: expected en or es, got "constructor"\n',
    });
  });

  it("today's date from the system must be a real calendar date, else exit 2 naming it", () => {
    expect(run(["plan", example("moderate-rolling")], {}, {}, { today: () => "2026-02-30" })).toEqual({
      status: 2,
      stdout: "",
      stderr: 'error: today: expected a real calendar date YYYY-MM-DD, got "2026-02-30"\n',
    });
  });

  it("names the error code of an unreadable file", () => {
    expect(run(["plan", "/nonexistent/case.json"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "error: /nonexistent/case.json: cannot read the file (ENOENT)\n",
    });
  });

  it("reports a write failure without an error code", () => {
    let stderr = "";
    let stdout = "";
    const io: CliIo = {
      readFile: (path) => readFileSync(path, "utf8"),
      writeFile: () => {
        throw new Error("disk full");
      },
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      now: () => "2026-11-24T00:00:00Z",
      today: () => "2026-11-24",
      version: "1",
    };
    expect(runCli(["plan", example("moderate-rolling"), "--ics", "out.ics", "--calendar-id", "c1"], io)).toBe(2);
    expect(stderr).toBe("error: out.ics: cannot write the file\n");
    expect(stdout).toBe("");
  });

  it("writes only the files asked for", () => {
    const none: Record<string, string> = {};
    expect(run(["plan", example("moderate-rolling")], {}, none).status).toBe(0);
    expect(none).toEqual({});
    const ics: Record<string, string> = {};
    expect(run(["plan", example("moderate-rolling"), "--ics", "out.ics", "--calendar-id", "c1"], {}, ics).status).toBe(
      0,
    );
    expect(Object.keys(ics)).toEqual(["out.ics"]);
  });

  it("lets an unexpected error (not a PlannerError) through", () => {
    const io: CliIo = {
      readFile: (path) => readFileSync(path, "utf8"),
      writeFile: () => undefined,
      stdout: () => undefined,
      stderr: () => undefined,
      now: () => {
        throw new RangeError("clock stopped");
      },
      today: () => "2026-11-24",
      version: "1",
    };
    expect(() => runCli(["plan", example("moderate-rolling"), "--ics", "out.ics", "--calendar-id", "c1"], io)).toThrow(
      new RangeError("clock stopped"),
    );
  });

  it("counts a single schema problem in the singular", () => {
    const bad = JSON.stringify({ patient: { goal: "x", fitzpatrick: "II" } });
    expect(run(["plan", "case.json"], { "case.json": bad })).toEqual({
      status: 2,
      stdout: "",
      stderr:
        'error: case.json: 1 problem\n  caseFile.patient.goal: expected one of "scar-revision", "rejuvenation" (got "x") [invalid-value]\n',
    });
  });

  it("invalid JSON exits 2", () => {
    const result = run(["plan", "case.json"], { "case.json": "{ not json" });
    expect(result).toMatchObject({ status: 2, stdout: "" });
    expect(result.stderr).toMatch(/^error: case\.json: invalid JSON: /);
  });

  it("schema errors print each path and value, exit 2", () => {
    const bad = JSON.stringify({
      patient: { goal: "scar-revision", fitzpatrick: "VII", scars: [{ type: "mole" }] },
      completed: ["2026-02-30"],
    });
    const result = run(["plan", "case.json"], { "case.json": bad });
    expect(result).toMatchObject({ status: 2, stdout: "" });
    expect(result.stderr.split("\n")).toEqual([
      "error: case.json: 3 problems",
      '  caseFile.patient.fitzpatrick: expected one of "I", "II", "III", "IV", "V", "VI" (got "VII") [invalid-value]',
      '  caseFile.patient.scars[0].type: expected one of "boxcar", "icepick", "rolling", "hypertrophic", "keloid", "surgical", "traumatic", "burn", "varicella", "striae" (got "mole") [invalid-value]',
      '  caseFile.completed[0]: expected a real calendar date YYYY-MM-DD from 1900 to 2999 (got "2026-02-30") [invalid-date]',
      "",
    ]);
  });

  it("prints a missing value without a preview, and previews long or nested values", () => {
    const bad = JSON.stringify({
      patient: { goal: "rejuvenation", scar: [{ type: "rolling" }, 2, 3, 4], id: "x".repeat(200) },
      sessionCount: 21,
    });
    const result = run(["plan", "case.json"], { "case.json": bad });
    expect(result).toMatchObject({ status: 2, stdout: "" });
    expect(result.stderr.split("\n")).toEqual([
      "error: case.json: 4 problems",
      `  caseFile.patient.id: expected 1 to 128 characters (got "${"x".repeat(99)}…") [too-long]`,
      "  caseFile.patient.fitzpatrick: required [required]",
      '  caseFile.patient.scar: unknown key; expected one of id, goal, fitzpatrick, birthDate, scars, factors (got ["[object]",2,3,"… 1 more"]) [unknown-key]',
      "  caseFile.sessionCount: expected an integer from 1 to 20 (got 21) [out-of-range]",
      "",
    ]);
  });

  it("needs a note for an 'other' factor", () => {
    const bad = JSON.stringify({ patient: { goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "other" }] } });
    expect(run(["plan", "case.json"], { "case.json": bad })).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "error: case.json: 1 problem\n  caseFile.patient.factors[0].note: an 'other' factor needs a note saying what it is [required]\n",
    });
  });

  it("accepts a factor code it does not know, and sends the patient to review", () => {
    const unknown = JSON.stringify({
      patient: { goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "lupus-flare", status: "history" }] },
    });
    const text = run(["plan", "u.json"], { "u.json": unknown });
    expect(text).toMatchObject({ status: 0, stderr: "" });
    expect(text.stdout).toContain(
      '\nEligibility: needs-review\n  [needs-review] Factor "lupus-flare" is not in the catalogue; a clinician must review.\n      sources: PLANNER-DECISION\n',
    );
    const json = run(["plan", "u.json", "--format", "json"], { "u.json": unknown });
    expect(json.status).toBe(0);
    expect(treatmentPlanSchema.parse(JSON.parse(json.stdout)).eligibility.findings).toEqual([
      {
        kind: "factor",
        code: "lupus-flare",
        index: 0,
        reason: "unknown-code",
        effect: "needs-review",
        params: {},
        sources: ["PLANNER-DECISION"],
        message: 'Factor "lupus-flare" is not in the catalogue; a clinician must review.',
      },
    ]);
    // 1 to 100 characters
    const tooLong = JSON.stringify({
      patient: { goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "x".repeat(101) }] },
    });
    expect(run(["plan", "l.json"], { "l.json": tooLong }).stderr).toBe(
      `error: l.json: 1 problem\n  caseFile.patient.factors[0].code: expected 1 to 100 characters (got "${"x".repeat(99)}…") [too-long]\n`,
    );
  });
});

describe("runCli: standard input, protocols and stored plans", () => {
  const caseText = readFileSync(example("severe-boxcar-missed-session"), "utf8");
  /** The JSON `plan --format json` prints for the severe example on 2026-11-24: a stored plan. */
  const stored = () => {
    const result = run(["plan", example("severe-boxcar-missed-session"), "--format", "json", "--today", "2026-11-24"]);
    expect(result.status).toBe(0);
    return result.stdout;
  };

  it('plan - reads the case from standard input (the io\'s readFile("-"))', () => {
    const fromStdin = run(["plan", "-"], { "-": caseText });
    expect(fromStdin).toMatchObject({ status: 0, stderr: "" });
    expect(fromStdin.stdout).toBe(run(["plan", example("severe-boxcar-missed-session")]).stdout);
    expect(fromStdin.stdout).toContain("Patient severe-boxcar: scar-revision, planned on 2026-11-24");
    // problems in it are reported for "-"
    expect(run(["plan", "-"], { "-": "{" })).toMatchObject({ status: 2, stdout: "" });
    expect(run(["plan", "-"], { "-": "{" }).stderr).toMatch(/^error: -: invalid JSON: /);
    expect(run(["plan", "-"], { "-": JSON.stringify({ patient: { goal: "x", fitzpatrick: "II" } }) }).stderr).toBe(
      'error: -: 1 problem\n  caseFile.patient.goal: expected one of "scar-revision", "rejuvenation" (got "x") [invalid-value]\n',
    );
  });

  it("--protocol applies a clinic's protocol: its id, version and numbers are in the output", () => {
    const files = { "clinic.json": JSON.stringify(CLINIC_PROTOCOL) };
    const text = run(["plan", example("moderate-rolling"), "--protocol", "clinic.json"], files);
    expect(text).toMatchObject({ status: 0, stderr: "" });
    expect(text.stdout.split("\n")[0]).toBe(
      "Patient moderate-rolling: scar-revision, planned on 2026-11-24 (protocol clinic-a@2026.1, microneedling-planner 0.0.0)",
    );
    // reminders 2 days ahead, maintenance 6 months after the projected course end (2027-02-20)
    expect(text.stdout).toContain("\n  2026-11-25  book-session  Book session 1, due 2026-11-27.\n");
    expect(text.stdout).toContain(
      "\nMaintenance: due 2027-08-20 (window 2027-07-20 to 2027-10-20, after 2027-02-20, projected)\n",
    );
    const json = run(["plan", example("moderate-rolling"), "--protocol", "clinic.json", "--format", "json"], files);
    const plan = treatmentPlanSchema.parse(JSON.parse(json.stdout));
    expect(plan.protocol).toEqual(CLINIC_PROTOCOL);
    // and in the exports
    const written: Record<string, string> = {};
    const args = ["--ics", "o.ics", "--calendar-id", "c1", "--fhir", "o.json", "--patient-ref", "Patient/1"];
    expect(
      run(["plan", example("moderate-rolling"), "--protocol", "clinic.json", ...args], files, written).status,
    ).toBe(0);
    expect(written["o.ics"]).toContain("\r\nX-MICRONEEDLING-PROTOCOL:clinic-a@2026.1\r\n");
    expect(written["o.ics"]).toContain("\r\nTRIGGER:-P2D\r\n");
    expect(JSON.parse(written["o.json"] ?? "{}")).toMatchObject({
      instantiatesUri: ["urn:microneedling-planner:protocol:clinic-a:2026.1"],
    });
    expect(written["o.json"]).toContain('"period": 6');
  });

  it("--protocol reports each problem of a bad protocol file, exit 2", () => {
    const bad = { ...CLINIC_PROTOCOL, interval: { minWeeks: 8, maxWeeks: 6 }, reminderLeadDays: 91, colour: 1 };
    expect(
      run(["plan", example("moderate-rolling"), "--protocol", "bad.json"], { "bad.json": JSON.stringify(bad) }),
    ).toEqual({
      status: 2,
      stdout: "",
      stderr: [
        "error: bad.json: 3 problems",
        "  protocol.reminderLeadDays: expected an integer from 0 to 90 (got 91) [out-of-range]",
        // Issue messages are cut to 300 characters: the protocol's 20 keys no longer all fit.
        `  protocol.colour: ${PROTOCOL_KEYS.slice(0, 299)}… (got 1) [unknown-key]`,
        "  protocol.interval.maxWeeks: must be at least minWeeks (8) (got 6) [inconsistent]",
        "",
      ].join("\n"),
    });
    // a complete protocol is needed: overrides alone are not one
    const partial = run(["plan", example("moderate-rolling"), "--protocol", "p.json"], {
      "p.json": JSON.stringify({ reminderLeadDays: 2 }),
    });
    expect(partial).toMatchObject({ status: 2, stdout: "" });
    expect(partial.stderr.split("\n").slice(0, 2)).toEqual([
      "error: p.json: 19 problems",
      "  protocol.id: required [required]",
    ]);
    expect(run(["plan", example("moderate-rolling"), "--protocol", "/nonexistent/p.json"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "error: /nonexistent/p.json: cannot read the file (ENOENT)\n",
    });
    expect(run(["plan", example("moderate-rolling"), "--protocol", "p.json"], { "p.json": "[" }).stderr).toMatch(
      /^error: p\.json: invalid JSON: /,
    );
  });

  it("replan re-plans a stored plan (what plan --format json printed) for --today", () => {
    const files = { "stored.json": stored() };
    const now = run(["replan", "stored.json", "--today", "2026-11-24"], files);
    expect(now).toMatchObject({ status: 0, stderr: "" });
    // on the day it was made, it is the same plan
    expect(now.stdout).toBe(run(["plan", example("severe-boxcar-missed-session")]).stdout);
    // later, session 3 is still overdue and session 4's window has closed too
    const later = run(["replan", "stored.json", "--today", "2027-01-20", "--format", "json"], files);
    expect(later).toMatchObject({ status: 0, stderr: "" });
    const plan = treatmentPlanSchema.parse(JSON.parse(later.stdout));
    expect(plan.today).toBe("2027-01-20");
    expect(plan.inputs).toEqual(treatmentPlanSchema.parse(JSON.parse(files["stored.json"])).inputs);
    expect(plan.sessions.map((s) => [s.number, s.status, s.earliest])).toEqual([
      [1, "done", "2026-07-28"],
      [2, "done", "2026-08-25"],
      [3, "overdue", "2027-01-20"],
      [4, "upcoming", "2027-02-17"],
      [5, "upcoming", "2027-03-17"],
      [6, "upcoming", "2027-04-14"],
    ]);
    const text = run(["replan", "stored.json", "--today", "2027-01-20"], files).stdout;
    expect(text).toMatch(
      /\n {2}3 {2}overdue +2027-01-20 +2027-01-20 +2027-02-03 +late 106d \(window closed 2026-10-06\)/,
    );
    // from standard input too; the clock's today when --today is not given
    expect(run(["replan", "-"], { "-": files["stored.json"] }).stdout).toBe(now.stdout);
  });

  it("replan with --protocol plans with that protocol instead of the stored one", () => {
    const files = { "stored.json": stored(), "clinic.json": JSON.stringify(CLINIC_PROTOCOL) };
    const result = run(["replan", "stored.json", "--protocol", "clinic.json", "--format", "json"], files);
    expect(result.status).toBe(0);
    expect(treatmentPlanSchema.parse(JSON.parse(result.stdout)).protocol).toEqual(CLINIC_PROTOCOL);
  });

  it("replan reports a broken stored plan's problems at plan.*, exit 2", () => {
    const plan = JSON.parse(stored()) as { sessions: { earliest: string }[] };
    (plan.sessions[0] as { earliest: string }).earliest = "2026-02-30";
    expect(run(["replan", "stored.json"], { "stored.json": JSON.stringify(plan) })).toEqual({
      status: 2,
      stdout: "",
      stderr:
        'error: stored.json: 1 problem\n  plan.sessions[0].earliest: expected a real calendar date YYYY-MM-DD from 1900 to 9999 (got "2026-02-30") [invalid-date]\n',
    });
  });

  it('"plan" on a stored plan and "replan" on a case file are usage errors (exit 2)', () => {
    expect(run(["plan", "stored.json"], { "stored.json": stored() })).toEqual({
      status: 2,
      stdout: "",
      stderr: 'error: stored.json: a stored plan: use "replan"\n',
    });
    expect(run(["replan", "case.json"], { "case.json": caseText })).toEqual({
      status: 2,
      stdout: "",
      stderr: "error: case.json: not a stored plan (no schemaVersion)\n",
    });
    // a file that is not an object at all is a case file, and a bad one
    expect(run(["replan", "x.json"], { "x.json": "[1]" })).toMatchObject({ status: 2, stdout: "" });
  });

  it("JSON that is not an object (null, a number, a string) is a bad case file, not a stored plan", () => {
    const notAnObject = (got: string) =>
      `error: x.json: 1 problem\n  caseFile: expected an object (got ${got}) [invalid-type]\n`;
    expect(run(["plan", "x.json"], { "x.json": "null" })).toEqual({
      status: 2,
      stdout: "",
      stderr: notAnObject("null"),
    });
    expect(run(["plan", "x.json"], { "x.json": "42" })).toEqual({ status: 2, stdout: "", stderr: notAnObject("42") });
    expect(run(["check-booking", "x.json", "--on", "2026-11-24"], { "x.json": '"text"' })).toEqual({
      status: 2,
      stdout: "",
      stderr: notAnObject('"text"'),
    });
    expect(run(["replan", "x.json"], { "x.json": "null" })).toEqual({
      status: 2,
      stdout: "",
      stderr: "error: x.json: not a stored plan (no schemaVersion)\n",
    });
  });
});

describe("runCli check-booking", () => {
  const check = (file: string, ...args: string[]) => run(["check-booking", file, "--today", "2026-11-24", ...args]);

  it("exits 0 for an allowed booking", () => {
    expect(check(example("moderate-rolling"), "--on", "2026-11-27")).toEqual({
      status: 0,
      stderr: "",
      stdout:
        "Booking session 1 on 2026-11-27: allowed\n  no reasons against it\nEligibility on 2026-11-27: eligible\n",
    });
  });

  it("exits 0 for an allowed booking with warnings", () => {
    const result = check(example("severe-boxcar-missed-session"), "--on", "2026-11-25", "--time", "14:30");
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(result.stdout.split("\n")).toEqual([
      "Booking session 3 on 2026-11-25 at 14:30: allowed-with-warnings",
      "  [warns] After the session's window, which closed on 2026-10-06 (50 days late).",
      "      sources: ARTICLE-2021, HARRIS-2015",
      "  [warns] 92 days since the last session: re-grade the scars before treating.",
      "      sources: PLANNER-DECISION",
      "Eligibility on 2026-11-25: eligible",
      "",
    ]);
  });

  it("exits 1 for a blocked booking, the blocking reasons first", () => {
    const closed = check(example("moderate-rolling"), "--on", "2026-12-24");
    expect(closed).toMatchObject({ status: 1, stderr: "" });
    expect(closed.stdout.split("\n")).toEqual([
      "Booking session 1 on 2026-12-24: blocked",
      "  [blocks] The clinic is closed that day.",
      "      sources: PLANNER-DECISION",
      "  [warns] After the session's window, which closed on 2026-12-11 (13 days late).",
      "      sources: ARTICLE-2021, HARRIS-2015",
      "Eligibility on 2026-12-24: eligible",
      "",
    ]);
    expect(check(example("moderate-rolling"), "--on", "2026-11-20").stdout).toContain(
      "  [blocks] The day is before today (2026-11-24).\n",
    );
    const rosacea = check(example("active-rosacea"), "--on", "2026-12-01");
    expect(rosacea.status).toBe(1);
    expect(rosacea.stdout).toContain("[blocks] Treatment is deferred.");
    expect(rosacea.stdout).toContain("Eligibility on 2026-12-01: deferred\n");
  });

  it("checks maintenance with --visit maintenance", () => {
    const early = check(example("rejuvenation-maintenance-due"), "--on", "2026-11-24", "--visit", "maintenance");
    expect(early).toMatchObject({ status: 0, stderr: "" });
    expect(early.stdout.split("\n")[0]).toBe("Booking maintenance on 2026-11-24: allowed");
    const session = check(example("rejuvenation-maintenance-due"), "--on", "2026-11-24", "--visit", "session");
    expect(session.status).toBe(1);
    expect(session.stdout).toContain("[blocks] Every session of the course is done: book maintenance instead.");
  });

  it("prints the check as JSON with --format json, valid against bookingCheckSchema", () => {
    const result = check(example("moderate-rolling"), "--on", "2026-12-24", "--format", "json");
    expect(result.status).toBe(1);
    const answer = bookingCheckSchema.parse(JSON.parse(result.stdout));
    expect(answer).toMatchObject({ status: "blocked", visit: "session", session: 1, on: "2026-12-24" });
    expect(answer.reasons.map((r) => [r.code, r.effect])).toEqual([
      ["clinic-closed", "blocks"],
      ["late", "warns"],
    ]);
    expect(answer.reasons.every((r) => typeof r.message === "string")).toBe(true);
  });

  it("checks a booking against a stored plan, re-planned for --today", () => {
    const stored = run(["plan", example("moderate-rolling"), "--format", "json"]).stdout;
    const files = { "stored.json": stored };
    expect(run(["check-booking", "stored.json", "--today", "2026-11-24", "--on", "2026-11-27"], files)).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^Booking session 1 on 2026-11-27: allowed\n/),
    });
    // two months on, the first session is late
    const later = run(["check-booking", "stored.json", "--today", "2027-01-20", "--on", "2027-01-21"], files);
    expect(later.status).toBe(0);
    expect(later.stdout.split("\n")[0]).toBe("Booking session 1 on 2027-01-21: allowed-with-warnings");
    expect(later.stdout).toContain("(41 days late)");
    // and from standard input
    expect(run(["check-booking", "-", "--today", "2026-11-24", "--on", "2026-11-29"], { "-": stored }).status).toBe(1);
    // a clinic protocol applies to a stored plan too: a 2-week minimum interval
    const fast = { ...defineProtocol({ interval: { minWeeks: 2 } }) };
    const done = run(["plan", "c.json", "--format", "json"], {
      "c.json": JSON.stringify({ patient: { goal: "rejuvenation", fitzpatrick: "II" }, completed: ["2026-11-10"] }),
    }).stdout;
    const args = ["check-booking", "s.json", "--today", "2026-11-24", "--on", "2026-11-25"];
    expect(run(args, { "s.json": done }).status).toBe(1);
    expect(run([...args, "--protocol", "f.json"], { "s.json": done, "f.json": JSON.stringify(fast) }).status).toBe(0);
  });

  it.each<[string[], string]>([
    [[], "error: check-booking needs --on YYYY-MM-DD\n"],
    [["--on", "2026-02-30"], 'error: --on: expected a real calendar date YYYY-MM-DD, got "2026-02-30"\n'],
    [
      ["--on", "2026-11-27", "--visit", "touch-up"],
      'error: --visit: expected session or maintenance, got "touch-up"\n',
    ],
    [
      ["--on", "2026-11-27", "--time", "9:30"],
      'error: command line: 1 problem\n  --time: expected a local time of day HH:MM (00:00 to 23:59) (got "9:30") [invalid-format]\n',
    ],
  ])("bad input %j exits 2 with nothing on stdout", (args, stderr) => {
    expect(check(example("moderate-rolling"), ...args)).toEqual({ status: 2, stdout: "", stderr });
  });

  it("reports a bad case file for check-booking as for plan, exit 2", () => {
    const bad = JSON.stringify({ patient: { goal: "x", fitzpatrick: "II" } });
    expect(run(["check-booking", "case.json", "--on", "2026-11-27"], { "case.json": bad })).toEqual({
      status: 2,
      stdout: "",
      stderr:
        'error: case.json: 1 problem\n  caseFile.patient.goal: expected one of "scar-revision", "rejuvenation" (got "x") [invalid-value]\n',
    });
  });
});

describe("runCli --area: one course per treatment area", () => {
  /** Striae on the abdomen (their own range, 1-3), deep boxcar scars on the cheeks (severe), a rolling scar of no area. */
  const twoAreas = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      patient: {
        id: "two-areas",
        goal: "scar-revision",
        fitzpatrick: "III",
        scars: [
          { type: "striae", severity: "severe", area: "Abdomen" },
          { type: "boxcar", depth: "deep", goodmanGrade: 4, area: "cheeks" },
          { type: "rolling", goodmanGrade: 3 },
        ],
      },
      ...extra,
    });
  const planJson = (files: Record<string, string>, ...args: string[]) => {
    const result = run(["plan", "case.json", "--format", "json", ...args], files);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    return treatmentPlanSchema.parse(JSON.parse(result.stdout));
  };

  it("plans every scar without an area; the case file's area; --area over it, compared without case", () => {
    const all = planJson({ "case.json": twoAreas() });
    expect(all.inputs.area).toBeUndefined();
    expect([all.estimate.basis, all.estimate.typical]).toEqual(["severe", 6]);
    const abdomen = planJson({ "case.json": twoAreas({ area: "abdomen" }) });
    expect(abdomen.inputs.area).toBe("abdomen");
    expect(abdomen.estimate).toEqual({
      min: 1,
      typical: 2,
      max: 3,
      basis: "scar-type",
      scarType: "striae",
      sources: ["ALSTER-LI-2020-STRIAE"],
    });
    expect(abdomen.sessions).toHaveLength(2);
    // Only the area's scars are assessed: no adjunct note for the cheeks' boxcar or the rolling scar.
    expect(abdomen.eligibility.findings).toEqual([]);
    const cheeks = planJson({ "case.json": twoAreas({ area: "abdomen" }) }, "--area", " CHEEKS ");
    expect(cheeks.inputs.area).toBe(" CHEEKS ");
    expect([cheeks.estimate.basis, cheeks.estimate.typical]).toEqual(["severe", 6]);
    expect(
      cheeks.eligibility.findings.map((f) => [f.kind, f.code, "index" in f ? f.index : undefined, f.reason]),
    ).toEqual([["scar", "boxcar", 1, "adjunct"]]);
    // An area with no scar in it: scar revision with no scar, sent to review.
    const back = planJson({ "case.json": twoAreas() }, "--area", "back");
    expect(back.eligibility.status).toBe("needs-review");
    expect(back.eligibility.findings.map((f) => [f.kind, f.code, f.reason])).toEqual([
      ["patient", "scars", "no-scars"],
    ]);
  });

  it("the text names the area's estimate; the same text as the API with that area", () => {
    const text = run(["plan", "case.json", "--area", "abdomen"], { "case.json": twoAreas() });
    expect(text).toMatchObject({ status: 0, stderr: "" });
    expect(text.stdout).toContain("\nEstimate: 2 sessions (range 1-3, scar-type); sources: ALSTER-LI-2020-STRIAE\n");
    expect(text.stdout).toBe(run(["plan", "case.json"], { "case.json": twoAreas({ area: "abdomen" }) }).stdout);
  });

  it("a bad --area is bad input naming the flag, a bad case file area names its path; exit 2", () => {
    expect(run(["plan", "case.json", "--area", ""], { "case.json": twoAreas() })).toEqual({
      status: 2,
      stdout: "",
      stderr: 'error: case.json: 1 problem\n  --area: expected an area name, not blank (got "") [invalid-format]\n',
    });
    expect(run(["plan", "case.json"], { "case.json": twoAreas({ area: "x".repeat(101) }) })).toEqual({
      status: 2,
      stdout: "",
      stderr: `error: case.json: 1 problem\n  caseFile.area: expected at most 100 characters (got "${"x".repeat(99)}…") [too-long]\n`,
    });
    expect(run(["plan", "case.json", "--area"], { "case.json": twoAreas() })).toMatchObject({ status: 2, stdout: "" });
    expect(USAGE).toContain("--area <name>");
  });

  it("check-booking on a case file checks the course of that area", () => {
    const files = { "case.json": twoAreas({ area: "abdomen", completed: ["2026-09-01", "2026-10-06"] }) };
    const args = ["check-booking", "case.json", "--today", "2026-11-24", "--on", "2026-11-25"];
    // The abdomen's two striae sessions are done: the next visit is maintenance, too early.
    const abdomen = run(args, files);
    expect(abdomen.status).toBe(1);
    expect(abdomen.stdout.split("\n")[0]).toBe("Booking maintenance on 2026-11-25: blocked");
    // The cheeks' course (6 sessions) goes on: session 3, late.
    const cheeks = run([...args, "--area", "cheeks"], files);
    expect(cheeks.status).toBe(0);
    expect(cheeks.stdout.split("\n")[0]).toBe("Booking session 3 on 2026-11-25: allowed-with-warnings");
  });

  it("replan keeps the stored plan's area", () => {
    const stored = run(["plan", "case.json", "--format", "json"], { "case.json": twoAreas({ area: "abdomen" }) });
    const later = run(["replan", "stored.json", "--today", "2027-01-05", "--format", "json"], {
      "stored.json": stored.stdout,
    });
    expect(later.status).toBe(0);
    const plan = treatmentPlanSchema.parse(JSON.parse(later.stdout));
    expect([plan.inputs.area, plan.estimate.basis]).toEqual(["abdomen", "scar-type"]);
  });

  // `replan` and `check-booking` on a stored plan honour --area.
  it("replan --area re-plans a stored plan for that area", () => {
    const stored = run(["plan", "case.json", "--format", "json"], { "case.json": twoAreas({ area: "abdomen" }) });
    const cheeks = run(["replan", "stored.json", "--area", "cheeks", "--format", "json"], {
      "stored.json": stored.stdout,
    });
    expect(cheeks.status).toBe(0);
    const plan = treatmentPlanSchema.parse(JSON.parse(cheeks.stdout));
    expect([plan.inputs.area, plan.estimate.basis]).toEqual(["cheeks", "severe"]);
  });
});

// Tests dist/, which mutation testing does not rebuild: skipped in Stryker's sandbox.
describe.skipIf(process.env.MNP_MUTATION_RUN === "1")("the built binary", () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  });

  it("runs on an example and exits 0", { timeout: SLOW }, () => {
    const result = spawnSync(process.execPath, [BIN, "plan", example("moderate-rolling"), "--today", "2026-11-24"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    // 2026-12-25 is closed in the example: session 2 moves to the next open day.
    expect(result.stdout).toMatch(/2 {2}upcoming +2026-12-25 +2026-12-26 +2027-01-08/);
  });

  it("is executable through its shebang and reports bad input with status 2", { timeout: SLOW }, () => {
    const dir = mkdtempSync(join(tmpdir(), "mnp-cli-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ patient: { goal: "x", fitzpatrick: "II" } }));
    const result = spawnSync(BIN, ["plan", file, "--today", "2026-11-24"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `error: ${file}: 1 problem\n  caseFile.patient.goal: expected one of "scar-revision", "rejuvenation" (got "x") [invalid-value]\n`,
    );
  });

  it("prints the package version", { timeout: SLOW }, () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" }).stdout).toBe(`${version}\n`);
  });

  it("plans from standard input, re-plans the stored plan from standard input, and checks a booking", {
    timeout: SLOW,
  }, () => {
    const node = (args: string[], input?: string) =>
      spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input, timeout: SLOW });
    const stored = node(
      ["plan", "-", "--today", "2026-11-24", "--format", "json"],
      readFileSync(example("severe-boxcar-missed-session"), "utf8"),
    );
    expect({ status: stored.status, stderr: stored.stderr }).toEqual({ status: 0, stderr: "" });
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(treatmentPlanSchema.parse(JSON.parse(stored.stdout)).madeBy).toEqual({
      name: "microneedling-planner",
      version,
    });
    const later = node(["replan", "-", "--today", "2027-01-20"], stored.stdout);
    expect(later.status).toBe(0);
    expect(later.stdout).toMatch(/\n {2}3 {2}overdue +2027-01-20 /);
    const dir = mkdtempSync(join(tmpdir(), "mnp-cli-"));
    const file = join(dir, "stored.json");
    writeFileSync(file, stored.stdout);
    const blocked = node(["check-booking", file, "--today", "2026-11-24", "--on", "2026-11-20"]);
    expect({ status: blocked.status, stderr: blocked.stderr }).toEqual({ status: 1, stderr: "" });
    expect(blocked.stdout).toContain("[blocks] The day is before today (2026-11-24).");
    const allowed = node(["check-booking", file, "--today", "2026-11-24", "--on", "2026-11-25"]);
    expect(allowed.status).toBe(0);
    const usage = node(["plan", file]);
    expect({ status: usage.status, stdout: usage.stdout }).toEqual({ status: 2, stdout: "" });
    expect(usage.stderr).toBe(`error: ${file}: a stored plan: use "replan"\n`);
    const noCalendar = node(["plan", example("moderate-rolling"), "--ics", join(dir, "x.ics")]);
    expect(noCalendar.status).toBe(2);
    expect(noCalendar.stderr).toBe("error: --ics needs --calendar-id <id>: a pseudonym for this patient's calendar\n");
    expect(existsSync(join(dir, "x.ics"))).toBe(false);
    // --svg reaches the built binary.
    const svg = node(["plan", example("moderate-rolling"), "--today", "2026-11-24", "--svg", join(dir, "plan.svg")]);
    expect({ status: svg.status, stderr: svg.stderr }).toEqual({ status: 0, stderr: "" });
    expect(readFileSync(join(dir, "plan.svg"), "utf8")).toContain(
      '<title id="mnp-timeline-title">Microneedling plan on 2026-11-24</title>',
    );
    // --area reaches the built binary: the cheeks' moderate rolling scar alone.
    const cheeks = node([
      "plan",
      example("severe-boxcar-missed-session"),
      "--today",
      "2026-11-24",
      "--area",
      "cheeks",
      "--format",
      "json",
    ]);
    expect({ status: cheeks.status, stderr: cheeks.stderr }).toEqual({ status: 0, stderr: "" });
    const area = treatmentPlanSchema.parse(JSON.parse(cheeks.stdout));
    expect([area.inputs.area, area.estimate.basis]).toEqual(["cheeks", "moderate"]);
  });
});
