/**
 * The command-line interface, as a function of its arguments and I/O so that it can be
 * tested in-process. `bin.ts` wires it to the real process.
 *
 * @module
 * @internal
 */
import { parseArgs } from "node:util";
import { isIsoDate } from "../_lib/iso-date.js";
import { formatPath, isPlannerError, previewValue } from "../errors.js";
import { toFhirCarePlan } from "../interop/fhir.js";
import { toICalendar } from "../interop/ical.js";
import { englishMessages } from "../messages/en.js";
import { planTreatment } from "../planning/plan-treatment.js";
import { parseCaseFile } from "../schemas/parse.js";
import { formatPlanText } from "./format-text.js";

/** What the CLI may touch. @internal */
export interface CliIo {
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
  /** The current instant, ISO 8601 UTC, used as the iCalendar DTSTAMP. */
  readonly now: () => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date in the user's zone, `YYYY-MM-DD`, used when `--today` is not given. */
  readonly today: () => string;
  readonly version: string;
}

/** @internal */
export const USAGE = `Usage: microneedling-planner plan <case.json> [--today YYYY-MM-DD] [--format text|json]
                                   [--ics <file.ics>] [--fhir <careplan.json>]

Plans microneedling for one patient: eligibility, session estimate, session windows,
maintenance and reminders. <case.json> holds { "patient": {...}, "completed": [...], ... }.

Options:
  --today YYYY-MM-DD   the date to plan for (default: today in the local time zone)
  --format text|json   readable text (default) or the plan as JSON
  --ics <file>         also write the plan as iCalendar (RFC 5545) to <file>
  --fhir <file>        also write the plan as a FHIR R4 CarePlan (JSON) to <file>
  --uid-domain <name>  domain for iCalendar UIDs (default: microneedling-planner.invalid)
  --patient-ref <ref>  FHIR Patient reference (default: Patient/<patient id>)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 planned, 2 bad usage or bad input (each problem on stderr, nothing on stdout).
`;

/** A bounded preview of a value, as JSON. */
const show = (value: unknown): string => JSON.stringify(previewValue(value)) ?? "undefined";

function fail(io: CliIo, lines: readonly string[]): number {
  io.stderr(`${lines.join("\n")}\n`);
  return 2;
}

/** Runs the CLI; returns the exit status. @internal */
export function runCli(argv: readonly string[], io: CliIo): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return fail(io, [`error: ${error instanceof Error ? error.message : String(error)}`, "", USAGE]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (command !== "plan" || file === undefined || extra.length > 0) {
    return fail(io, [command === undefined ? "error: no command" : `error: expected "plan <case.json>"`, "", USAGE]);
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    return fail(io, [`error: --format: expected text or json, got ${show(format)}`]);
  }
  const today = values.today ?? io.today();
  if (!isIsoDate(today)) {
    return fail(io, [`error: --today: expected a real calendar date YYYY-MM-DD, got ${show(today)}`]);
  }

  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return fail(io, [`error: ${file}: cannot read the file${typeof code === "string" ? ` (${code})` : ""}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(io, [`error: ${file}: invalid JSON: ${(error as SyntaxError).message}`]);
  }
  try {
    const caseFile = parseCaseFile(json);
    const plan = planTreatment(caseFile.patient, {
      today,
      startOn: caseFile.startOn,
      completed: caseFile.completed,
      lastMaintenanceOn: caseFile.lastMaintenanceOn,
      sessionCount: caseFile.sessionCount,
      availability: caseFile.availability,
      messages: englishMessages,
    });
    const patientRef = values["patient-ref"] ?? `Patient/${caseFile.patient.id ?? "unknown"}`;
    const outputs: Array<[string, string]> = [];
    if (values.ics !== undefined) {
      const dtstamp = `${io.now().slice(0, 19)}Z`;
      outputs.push([
        values.ics,
        toICalendar(plan, { uidDomain: values["uid-domain"] ?? "microneedling-planner.invalid", dtstamp }),
      ]);
    }
    if (values.fhir !== undefined) {
      outputs.push([values.fhir, `${JSON.stringify(toFhirCarePlan(plan, { patient: patientRef }), null, 2)}\n`]);
    }
    for (const [path, content] of outputs) {
      try {
        io.writeFile(path, content);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        return fail(io, [`error: ${path}: cannot write the file${typeof code === "string" ? ` (${code})` : ""}`]);
      }
    }
    io.stdout(format === "json" ? `${JSON.stringify(plan, null, 2)}\n` : formatPlanText(plan));
    return 0;
  } catch (error) {
    if (!isPlannerError(error)) throw error;
    return fail(io, [
      `error: ${file}: ${String(error.issues.length)} problem${error.issues.length === 1 ? "" : "s"}`,
      ...error.issues.map(
        (issue) =>
          `  ${formatPath(issue.path)}: ${issue.message}${"value" in issue ? ` (got ${show(issue.value)})` : ""} [${issue.code}]`,
      ),
    ]);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      today: { type: "string" },
      format: { type: "string" },
      ics: { type: "string" },
      fhir: { type: "string" },
      "uid-domain": { type: "string" },
      "patient-ref": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
