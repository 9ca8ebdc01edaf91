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
import { toSvgTimeline } from "../interop/svg.js";
import { englishMessages } from "../messages/en.js";
import { spanishMessages } from "../messages/es.js";
import type { Messages } from "../models/messages.js";
import type { TreatmentPlan } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import { checkBooking } from "../planning/check-booking.js";
import { planTreatment } from "../planning/plan-treatment.js";
import { replan } from "../planning/replan.js";
import { parseCaseFile, parseProtocol, parseTreatmentPlan } from "../schemas/parse.js";
import { formatBookingText, formatPlanText } from "./format-text.js";

/** What the CLI may touch. @internal */
export interface CliIo {
  /** Reads a file; the path `-` is standard input. */
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
export const USAGE = `Usage: microneedling-planner plan <case.json | -> [options]
       microneedling-planner replan <plan.json | -> [options]
       microneedling-planner check-booking <case.json | plan.json | -> --on YYYY-MM-DD [options]

plan           plans one patient: eligibility, session estimate, session windows, maintenance
               and reminders. <case.json> holds { "patient": {...}, "completed": [...], ... }.
replan         re-plans a stored plan (the JSON that "plan --format json" prints) for --today.
check-booking  may the next session (or maintenance) be booked on --on? Reads a case file or a
               stored plan.
A file name "-" reads standard input.

Options:
  --today YYYY-MM-DD     the date to plan for (default: today in the local time zone)
  --format text|json     readable text (default) or JSON
  --protocol <file>      a clinic's protocol (JSON, complete; see protocolSchema)
  --area <name>          plan for the scars of one treatment area (default: the case file's area, else all)
  --ics <file>           also write the plan as iCalendar (RFC 5545) to <file>
  --calendar-id <id>     the patient's calendar pseudonym for iCalendar UIDs (required with --ics)
  --uid-domain <name>    domain for iCalendar UIDs (default: microneedling-planner.invalid)
  --fhir <file>          also write the plan as a FHIR R4 CarePlan (JSON) to <file>
  --patient-ref <ref>    FHIR Patient reference, such as Patient/123 (required with --fhir)
  --lang en|es           language of the text, the iCalendar, FHIR and SVG files (default: en)
  --svg <file>           also write the plan as an SVG timeline (no patient identifier) to <file>
  --on YYYY-MM-DD        check-booking: the day proposed
  --visit session|maintenance  check-booking: the visit (default: the next session)
  --time HH:MM           check-booking: the local time proposed
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 planned (check-booking: allowed, with or without warnings); 1 check-booking:
blocked; 2 bad usage or bad input (each problem on stderr, nothing on stdout).
`;

/** The message layers `--lang` chooses from. */
const LANGUAGES = Object.freeze({ en: englishMessages, es: spanishMessages });

/** A bounded preview of a value, as JSON. */
const show = (value: unknown): string => JSON.stringify(previewValue(value)) ?? "undefined";

class CliFailure extends Error {}

function failure(lines: readonly string[]): CliFailure {
  return new CliFailure(lines.join("\n"));
}

function readJson(io: CliIo, file: string): unknown {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw failure([`error: ${file}: cannot read the file${typeof code === "string" ? ` (${code})` : ""}`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw failure([`error: ${file}: invalid JSON: ${(error as SyntaxError).message}`]);
  }
}

/** The command-line flag of an option the CLI passes on, to name it in an error. */
const FLAGS: Readonly<Record<string, string>> = Object.freeze({
  "options.calendarId": "--calendar-id",
  "options.uidDomain": "--uid-domain",
  "options.patient": "--patient-ref",
  "options.on": "--on",
  "options.time": "--time",
  "options.visit": "--visit",
  "options.area": "--area",
});

/** Runs `fn`, turning a PlannerError into the CLI's report of its problems in `file` (or the command line). */
function reading<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!isPlannerError(error)) throw error;
    throw failure([
      `error: ${file}: ${String(error.issues.length)} problem${error.issues.length === 1 ? "" : "s"}`,
      ...error.issues.map((issue) => {
        const path = formatPath(issue.path);
        const got = "value" in issue ? ` (got ${show(issue.value)})` : "";
        return `  ${FLAGS[path] ?? path}: ${issue.message}${got} [${issue.code}]`;
      }),
    ]);
  }
}

function date(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) {
    throw failure([`error: --${name}: expected a real calendar date YYYY-MM-DD, got ${show(value)}`]);
  }
  return value;
}

function write(io: CliIo, path: string, content: string): void {
  try {
    io.writeFile(path, content);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw failure([`error: ${path}: cannot write the file${typeof code === "string" ? ` (${code})` : ""}`]);
  }
}

type Values = ReturnType<typeof parse>["values"];

/** Writes the --ics, --fhir and --svg files of a plan, in the words of `messages`. */
function writeExports(io: CliIo, plan: TreatmentPlan, values: Values, messages: Messages): void {
  if (values.ics !== undefined && values["calendar-id"] === undefined) {
    throw failure(["error: --ics needs --calendar-id <id>: a pseudonym for this patient's calendar"]);
  }
  if (values.fhir !== undefined && values["patient-ref"] === undefined) {
    throw failure(["error: --fhir needs --patient-ref <ref>, such as Patient/123"]);
  }
  const outputs: Array<[string, () => string]> = [];
  const ics = values.ics;
  const fhir = values.fhir;
  if (ics !== undefined) {
    outputs.push([
      ics,
      () =>
        toICalendar(plan, {
          uidDomain: values["uid-domain"] ?? "microneedling-planner.invalid",
          dtstamp: `${io.now().slice(0, 19)}Z`,
          calendarId: values["calendar-id"],
          messages,
        }),
    ]);
  }
  if (fhir !== undefined) {
    outputs.push([
      fhir,
      () =>
        `${JSON.stringify(toFhirCarePlan(plan, { patient: values["patient-ref"] as string, messages }), null, 2)}\n`,
    ]);
  }
  const svg = values.svg;
  if (svg !== undefined) outputs.push([svg, () => toSvgTimeline(plan, { messages })]);
  // Every output is made before any is written: a bad option writes nothing.
  const made = outputs.map(([path, make]) => [path, reading("command line", make)] as const);
  for (const [path, content] of made) write(io, path, content);
}

/** Runs the CLI; returns the exit status. @internal */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    io.stderr(`${error.message}\n`);
    return 2;
  }
}

function run(argv: readonly string[], io: CliIo): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw failure([`error: ${error instanceof Error ? error.message : String(error)}`, "", USAGE]);
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
  const commands: readonly (string | undefined)[] = ["plan", "replan", "check-booking"];
  if (!commands.includes(command) || file === undefined || extra.length > 0) {
    const what = command === undefined ? "no command" : `expected "plan", "replan" or "check-booking" and one file`;
    throw failure([`error: ${what}`, "", USAGE]);
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw failure([`error: --format: expected text or json, got ${show(format)}`]);
  }
  const lang = values.lang ?? "en";
  if (!Object.hasOwn(LANGUAGES, lang)) throw failure([`error: --lang: expected en or es, got ${show(lang)}`]);
  const messages = LANGUAGES[lang as keyof typeof LANGUAGES];
  const today = date("today", values.today) ?? io.today();
  if (!isIsoDate(today)) throw failure([`error: today: expected a real calendar date YYYY-MM-DD, got ${show(today)}`]);
  let protocol: Protocol | undefined;
  if (values.protocol !== undefined) {
    const protocolFile = values.protocol;
    const json = readJson(io, protocolFile);
    protocol = reading(protocolFile, () => parseProtocol(json));
  }
  const json = readJson(io, file);
  const isPlan = typeof json === "object" && json !== null && "schemaVersion" in json;

  if (command === "check-booking") {
    const on = date("on", values.on);
    if (on === undefined) throw failure(["error: check-booking needs --on YYYY-MM-DD"]);
    const visit = values.visit;
    if (visit !== undefined && visit !== "session" && visit !== "maintenance") {
      throw failure([`error: --visit: expected session or maintenance, got ${show(visit)}`]);
    }
    const plan = isPlan
      ? storedPlan(file, json, today, protocol, values.area, messages)
      : casePlan(file, json, today, protocol, values.area, messages);
    const check = reading("command line", () => checkBooking(plan, { on, visit, time: values.time, messages }));
    io.stdout(format === "json" ? `${JSON.stringify(check, null, 2)}\n` : formatBookingText(check, messages));
    return check.status === "blocked" ? 1 : 0;
  }
  if (command === "replan" && !isPlan) throw failure([`error: ${file}: not a stored plan (no schemaVersion)`]);
  if (command === "plan" && isPlan) throw failure([`error: ${file}: a stored plan: use "replan"`]);
  const plan =
    command === "replan"
      ? storedPlan(file, json, today, protocol, values.area, messages)
      : casePlan(file, json, today, protocol, values.area, messages);
  writeExports(io, plan, values, messages);
  io.stdout(format === "json" ? `${JSON.stringify(plan, null, 2)}\n` : formatPlanText(plan, messages));
  return 0;
}

function casePlan(
  file: string,
  json: unknown,
  today: string,
  protocol: Protocol | undefined,
  area: string | undefined,
  messages: Messages,
): TreatmentPlan {
  return reading(file, () => {
    const caseFile = parseCaseFile(json);
    return planTreatment(caseFile.patient, {
      today,
      startOn: caseFile.startOn,
      completed: caseFile.completed,
      booked: caseFile.booked,
      lastMaintenanceOn: caseFile.lastMaintenanceOn,
      sessionCount: caseFile.sessionCount,
      availability: caseFile.availability,
      area: area ?? caseFile.area,
      protocol,
      messages,
    });
  });
}

function storedPlan(
  file: string,
  json: unknown,
  today: string,
  protocol: Protocol | undefined,
  area: string | undefined,
  messages: Messages,
): TreatmentPlan {
  return reading(file, () => replan(parseTreatmentPlan(json), { today, protocol, area, messages }));
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      today: { type: "string" },
      format: { type: "string" },
      protocol: { type: "string" },
      ics: { type: "string" },
      "calendar-id": { type: "string" },
      fhir: { type: "string" },
      "uid-domain": { type: "string" },
      "patient-ref": { type: "string" },
      svg: { type: "string" },
      on: { type: "string" },
      visit: { type: "string" },
      time: { type: "string" },
      area: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
