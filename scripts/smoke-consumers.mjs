// Packaging as a consumer sees it: packs the built package (npm pack), extracts it into a
// throw-away node_modules, links its dependencies (and TypeScript) from this repository's
// node_modules (no registry install: fast and offline), then checks every way of using it:
// a Node ESM consumer, a Node CJS consumer, type checks (nodenext ESM + CJS, bundler), a browser
// bundle (esbuild) run in Node, and the CLI through its bin link.
// Prints "ok  <check>" or "FAIL <check>" per check and a closing "smoke: N passed, N failed".
//
// Usage: npm run build && node scripts/smoke-consumers.mjs [--keep]   (--keep leaves the temp dir)
// Child processes get 5 minutes each: a limit that holds on a busy 2-core machine, not a speed test.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { build } from "esbuild";

const ROOT = join(import.meta.dirname, "..");
const NAME = "microneedling-planner";
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const KEEP = process.argv.includes("--keep");
const started = performance.now();

for (const required of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/cli.js", "dist/json-schema"]) {
  if (!existsSync(join(ROOT, required))) {
    console.error(`smoke: ${required} is missing: run npm run build first`);
    process.exit(1);
  }
}

const tmp = mkdtempSync(join(tmpdir(), "mnp-smoke-"));
const consumer = join(tmp, "consumer");
const pkgDir = join(consumer, "node_modules", NAME);
const cleanup = () => {
  if (KEEP) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
};
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

/** Runs a command; returns { status, stdout, stderr }. */
function run(command, args, cwd = consumer) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 300_000 });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  return result;
}

/** Runs a command without blocking; resolves to { status, stdout, stderr }. */
function runAsync(command, args, cwd = consumer) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, timeout: 300_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    const t0 = performance.now();
    child.on("close", (status) => resolve({ status, stdout, stderr, ms: performance.now() - t0 }));
  });
}

/** The last lines of a child's output, indented, for a failure message. */
function tail(text, lines = 25) {
  return text
    .trim()
    .split("\n")
    .slice(-lines)
    .map((line) => `      ${line}`)
    .join("\n");
}

function expectExit0(result, what) {
  if (result.status !== 0) {
    throw new Error(`${what} exited with ${String(result.status)}\n${tail(`${result.stdout}\n${result.stderr}`)}`);
  }
}

const results = [];
const notes = [];
async function check(name, fn) {
  const t0 = performance.now();
  try {
    // A check that waited on work started earlier returns that work's own duration.
    const ms = (await fn()) ?? performance.now() - t0;
    results.push({ name, ok: true });
    console.log(`ok  ${name} (${String(Math.round(ms))} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Lines a child consumer prints as "note: ..." are passed on. */
function collectNotes(stdout, from) {
  for (const line of stdout.split("\n")) if (line.startsWith("note: ")) notes.push(`${from}: ${line.slice(6)}`);
}

// ---------------------------------------------------------------------------------------------
// Consumer sources. A patient the documentation plans (README / planTreatment example).

const PATIENT = {
  goal: "scar-revision",
  fitzpatrick: "III",
  scars: [{ type: "rolling", severity: "moderate", area: "cheeks" }],
};
const TODAY = "2026-11-24";

// Shared body of the ESM and CJS consumers; `lib`, `schemas`, `ical`, `fhir`, `cdsHooks`, `svg`, `messages`, `messagesEs`, `jsonSchemaViaRequire`
// are bound by each file's own loading code.
const CONSUMER_BODY = `
function check(condition, message) {
  if (!condition) {
    console.error("consumer check failed: " + message);
    process.exit(1);
  }
}
const expectedExports = {
  lib: ["planTreatment", "estimateSessions", "planSessions", "planMaintenance", "assessEligibility", "planReminders",
    "replan", "checkBooking", "defineProtocol", "defaultProtocol", "PlannerError", "isPlannerError", "ISSUE_CODES",
    "PLANNER_ERROR_CODES", "SCAR_TYPES", "TREATMENT_GOALS", "FACTOR_CATALOGUE", "SESSION_STATUSES", "REMINDER_KINDS",
    "goodmanQuantitativeScore", "compareGoodmanScores", "GOODMAN_LESION_TYPES", "ACNE_SCAR_TYPES", "ADJUNCT_THERAPIES"],
  schemas: ["patientSchema", "caseFileSchema", "treatmentPlanSchema", "parsePatient", "safeParsePatient", "parseCaseFile",
    "safeParseCaseFile", "parseProtocol", "safeParseProtocol", "parseTreatmentPlan", "safeParseTreatmentPlan",
    "bookingSchema", "planInputsSchema", "bookingReasonSchema", "bookingCheckSchema", "goodmanScoreInputSchema",
    "goodmanScoreSchema"],
  ical: ["toICalendar"],
  fhir: ["toFhirCarePlan", "toFhirPlanDefinition"],
  cdsHooks: ["toEligibilityCards", "toBookingCheckCards", "cdsHooksDiscovery", "CDS_OVERRIDE_REASON_SYSTEM"],
  svg: ["toSvgTimeline"],
  messages: ["englishMessages"],
  messagesEs: ["spanishMessages"],
};
const entries = { lib, schemas, ical, fhir, cdsHooks, svg, messages, messagesEs };
for (const [entry, names] of Object.entries(expectedExports)) {
  for (const name of names) check(entries[entry][name] !== undefined, entry + " entry does not export " + name);
}
check(!("default" in lib) || lib.default === undefined || typeof lib.default === "object", "unexpected default export");

const patient = schemas.parsePatient(JSON.parse(${JSON.stringify(JSON.stringify(PATIENT))}));
check(patient.goal === "scar-revision", "parsePatient lost the goal");
const version = require("${NAME}/package.json").version;
const booked = [{ session: 2, on: "2026-11-26", time: "10:30" }];
const plan = lib.planTreatment(patient, { today: "${TODAY}", completed: ["2026-10-27"], booked, messages: messages.englishMessages });
check(plan.eligibility.status === "eligible", "eligibility: expected eligible, got " + plan.eligibility.status);
check(plan.sessions.length === plan.estimate.typical, "expected estimate.typical sessions, got " + plan.sessions.length);
check(plan.sessions[0].status === "done" && plan.sessions[0].due === "2026-10-27", "session 1 should be done on 2026-10-27");
check(plan.sessions[1].status === "booked" && plan.sessions[1].bookedOn === "2026-11-26" && plan.sessions[1].time === "10:30", "session 2 should be booked on 2026-11-26 at 10:30");
check(plan.sessions.slice(1).every((s) => s.due >= "${TODAY}"), "a pending session is due before today");
check(plan.maintenance !== undefined && plan.reminders.length > 0, "no maintenance window or no reminders");
check(plan.reminders[0].kind === "appointment" && plan.reminders[0].time === "10:30", "the first reminder is not the appointment");
check(plan.reminders.every((r) => typeof r.message === "string" && r.message.length > 0), "englishMessages wrote no reminder text");
check(schemas.treatmentPlanSchema.safeParse(plan).success, "the plan does not satisfy treatmentPlanSchema");
// A durable record: who made it (the packed version, defined at build time), the protocol and the inputs.
check(plan.schemaVersion === 1 && plan.madeBy.name === "${NAME}" && plan.madeBy.version === version, "plan.madeBy is not this package at version " + version);
check(plan.protocol.id === "article-2021" && plan.protocol.version === "1", "plan.protocol is not the default protocol");
check(JSON.stringify(plan.inputs.booked) === JSON.stringify(booked) && plan.inputs.horizonDays === 90, "plan.inputs does not hold what it was given");
check(!("patientId" in plan) && !("goal" in plan) && !("protocolVersion" in plan), "the plan still has the old top-level keys");

// Stored as JSON, re-planned later: the same plan for its own today; the missed booking later.
const stored = schemas.parseTreatmentPlan(JSON.parse(JSON.stringify(plan)));
const { isDeepStrictEqual } = require("node:util");
check(isDeepStrictEqual(lib.replan(stored, { today: "${TODAY}", messages: messages.englishMessages }), JSON.parse(JSON.stringify(plan))), "replan for the plan's own today changed it");
const later = lib.replan(stored, { today: "2027-01-20" });
check(later.today === "2027-01-20" && later.sessions[1].status === "overdue", "replan: session 2 should be overdue on 2027-01-20");
check(later.sessions[1].flags.map((f) => f.code).join() === "missed-booking,late,reassess", "replan: expected missed-booking, late, reassess on session 2");
check(isDeepStrictEqual(lib.planReminders(stored, { today: "2027-01-20" }), later.reminders), "planReminders does not re-plan like replan");

// checkBooking: allowed, and blocked with coded reasons.
const allowed = lib.checkBooking(stored, { on: "2026-11-26", time: "10:30", messages: messages.englishMessages });
check(allowed.status === "allowed" && allowed.session === 2 && allowed.reasons.length === 0, "checkBooking: 2026-11-26 should be allowed for session 2");
const blocked = lib.checkBooking(stored, { on: "2026-11-23", messages: messages.englishMessages });
check(blocked.status === "blocked" && blocked.reasons.map((r) => r.code).join() === "in-past,too-soon", "checkBooking: 2026-11-23 should be blocked (in-past, too-soon)");
check(blocked.reasons.every((r) => typeof r.message === "string" && r.message.length > 0), "checkBooking: englishMessages wrote no reason text");
check(schemas.bookingCheckSchema.safeParse(blocked).success, "the booking check does not satisfy bookingCheckSchema");

const ics = ical.toICalendar(plan, { uidDomain: "clinic.example", dtstamp: "${TODAY}T09:00:00Z", calendarId: "c-smoke" });
check(ics.startsWith("BEGIN:VCALENDAR\\r\\n") && ics.trimEnd().endsWith("END:VCALENDAR"), "toICalendar: not a VCALENDAR");
check(ics.includes("BEGIN:VEVENT") && !/[^\\r]\\n/.test(ics), "toICalendar: no VEVENT or bare LF line endings");
check(ics.includes("\\r\\nUID:c-smoke-session-2@clinic.example\\r\\n") && ics.includes("\\r\\nDTSTART:20261126T103000\\r\\n"), "toICalendar: no timed event for the booked session");
check(ics.includes("\\r\\nPRODID:-//${NAME}//${NAME} " + version + "//EN\\r\\n") && ics.includes("\\r\\nX-MICRONEEDLING-PROTOCOL:article-2021@1\\r\\n"), "toICalendar: PRODID or protocol line missing");
let noCalendar;
try {
  ical.toICalendar(plan, { uidDomain: "clinic.example", dtstamp: "${TODAY}T09:00:00Z" });
} catch (error) {
  noCalendar = error;
}
check(lib.isPlannerError(noCalendar) && noCalendar.issues[0].path.join(".") === "options.calendarId", "toICalendar without calendarId: expected a required issue");

const carePlan = fhir.toFhirCarePlan(plan, { patient: "Patient/p-1" });
check(carePlan.resourceType === "CarePlan" && carePlan.intent === "plan", "toFhirCarePlan: not a CarePlan");
check(carePlan.subject.reference === "Patient/p-1", "toFhirCarePlan: wrong subject");
check(carePlan.activity.length >= plan.sessions.length, "toFhirCarePlan: fewer activities than sessions");
check(carePlan.activity[1].detail.status === "scheduled", "toFhirCarePlan: the booked session is not scheduled");
check(carePlan.instantiatesUri[0] === "urn:${NAME}:protocol:article-2021:1" && carePlan.meta.source === "urn:${NAME}:library:" + version, "toFhirCarePlan: no protocol or library version");
const definition = fhir.toFhirPlanDefinition(lib.defaultProtocol).entry[0].resource;
check(carePlan.instantiatesCanonical[0] === definition.url + "|" + definition.version, "toFhirCarePlan: instantiatesCanonical is not the PlanDefinition's url|version");

// CDS Hooks: one card per result, by status.
const [bookingCard] = cdsHooks.toBookingCheckCards(blocked).cards;
check(bookingCard.indicator === "critical" && bookingCard.summary.length < 140 && !("overrideReasons" in bookingCard), "toBookingCheckCards: a blocked booking is not a critical card without overrides");
check(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(bookingCard.uuid), "toBookingCheckCards: no name-based UUID");
check(cdsHooks.toEligibilityCards(plan.eligibility).cards[0].indicator === "info", "toEligibilityCards: an eligible patient is not an info card");
check(cdsHooks.cdsHooksDiscovery().services.map((s) => s.hook).join() === "order-select,appointment-book", "cdsHooksDiscovery: wrong hooks");

const timeline = svg.toSvgTimeline(plan);
check(timeline.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="mnp-timeline-title mnp-timeline-desc"') && timeline.endsWith("</svg>\\n"), "toSvgTimeline: not an accessible svg");
check(timeline.includes('<title id="mnp-timeline-title">Microneedling plan on ${TODAY}</title>') && !timeline.includes("p-1") && !/<script|href/.test(timeline), "toSvgTimeline: wrong title, a patient id, a script or a link");

let caught;
try {
  schemas.parsePatient({ goal: "whitening", fitzpatrick: "VII" });
} catch (error) {
  caught = error;
}
check(caught !== undefined, "parsePatient accepted a bad patient");
check(caught instanceof lib.PlannerError, "an error thrown by the ./schemas entry is not an instance of the root entry's PlannerError (dual-package hazard)");
check(caught.code === "INVALID_INPUT" && caught.issues.length === 2, "parsePatient: expected INVALID_INPUT with 2 issues");
check(caught.issues.some((issue) => issue.code === "invalid-value" && issue.path.join(".") === "patient.goal" && issue.value === "whitening"), "parsePatient: no issue for patient.goal");
check(JSON.parse(JSON.stringify(caught)).issues.length === 2, "JSON.stringify(PlannerError) lost the issues");
let typo;
try {
  lib.planTreatment({ goal: "scar-revision", fitzpatrick: "III", scar: [] }, { today: "${TODAY}" });
} catch (error) {
  typo = error;
}
check(lib.isPlannerError(typo) && typo.issues[0].code === "unknown-key" && typo.issues[0].path.at(-1) === "scar", "the scar typo is not an unknown-key issue");
const safe = schemas.safeParsePatient({ goal: "rejuvenation" });
check(!safe.success && safe.error instanceof lib.PlannerError, "safeParsePatient: expected a PlannerError");
let thrown;
try {
  lib.planTreatment(patient, { today: "2026-02-30" });
} catch (error) {
  thrown = error;
}
check(thrown instanceof lib.PlannerError && thrown.issues[0].path.join(".") === "options.today", "planTreatment: bad today not rejected");

// Issue 12: the Goodman & Baron quantitative score through the packed package (root entry), its
// schemas (./schemas), the comparison, and a plan for one treatment area.
const score = lib.goodmanQuantitativeScore({
  lesions: { "shallow-broad-atrophic": 12, "punched-out-deep-normal-base": 4 },
  hypertrophicAreaCm2: 2.5,
});
check(score.score === 13 && score.maximum === 84 && score.weightsVerified === false, "goodmanQuantitativeScore: expected 13 of 84, got " + JSON.stringify(score));
check(JSON.stringify(score.points) === JSON.stringify({ "shallow-broad-atrophic": 4, "punched-out-deep-normal-base": 3, "hypertrophic-area": 6 }), "goodmanQuantitativeScore: wrong points " + JSON.stringify(score.points));
check(schemas.goodmanScoreSchema.safeParse(score).success && schemas.goodmanScoreInputSchema.safeParse({ hypertrophicAreaCm2: 2.5 }).success, "the Goodman score schemas reject the score or its input");
let badScore;
try {
  lib.goodmanQuantitativeScore({ hypertrophicAreaCm2: -0.5 });
} catch (error) {
  badScore = error;
}
check(badScore instanceof lib.PlannerError && badScore.issues[0].code === "out-of-range" && badScore.issues[0].path.join(".") === "input.hypertrophicAreaCm2", "goodmanQuantitativeScore: a negative area is not out-of-range");
const change = lib.compareGoodmanScores({ before: 18, after: 12 });
check(change.change === -6 && change.direction === "improved" && lib.compareGoodmanScores({ before: 18, after: 15 }).direction === "no-change", "compareGoodmanScores: wrong direction");
const areas = { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "striae", area: "abdomen" }, { type: "boxcar", goodmanGrade: 4, area: "cheeks" }] };
const abdomen = lib.planTreatment(areas, { today: "${TODAY}", area: "Abdomen" });
check(abdomen.inputs.area === "Abdomen" && abdomen.estimate.basis === "scar-type" && abdomen.estimate.scarType === "striae" && abdomen.sessions.length === 2, "planTreatment with an area: expected the striae's 2 sessions");
check(lib.REMINDER_KINDS.includes("pre-care") && lib.REMINDER_KINDS.includes("photo") && !("PROTOCOL_SOURCES" in lib), "REMINDER_KINDS lacks the care and photo kinds, or PROTOCOL_SOURCES is still exported");

check(jsonSchemaViaRequire.$id === "urn:microneedling-planner:json-schema:patient", "patient.schema.json: wrong $id");
check(jsonSchemaViaRequire.$schema === "https://json-schema.org/draft/2020-12/schema", "patient.schema.json: not draft 2020-12");
`;

const ESM_CONSUMER = `import { createRequire } from "node:module";
import * as lib from "${NAME}";
import * as schemas from "${NAME}/schemas";
import * as ical from "${NAME}/ical";
import * as fhir from "${NAME}/fhir";
import * as cdsHooks from "${NAME}/cds-hooks";
import * as svg from "${NAME}/svg";
import { PROTOCOL_SETTING_CATALOGUE, REMINDER_CATALOGUE, SOURCE_CATALOGUE, SOURCE_IDS } from "${NAME}/sources";
import * as messages from "${NAME}/messages";
import * as messagesEs from "${NAME}/messages/es";
import patientJsonSchema from "${NAME}/json-schema/patient.schema.json" with { type: "json" };
import pkg from "${NAME}/package.json" with { type: "json" };

const require = createRequire(import.meta.url);
const jsonSchemaViaRequire = require("${NAME}/json-schema/patient.schema.json");
${CONSUMER_BODY}
check(JSON.stringify(patientJsonSchema) === JSON.stringify(jsonSchemaViaRequire), "import with { type: json } and require() disagree");
check(typeof pkg.version === "string", "./package.json is not importable");
check(SOURCE_CATALOGUE["ARTICLE-2021"].kind === "article", "./sources has no citations");
check(SOURCE_IDS.every((id) => SOURCE_CATALOGUE[id].id === id), "./sources: SOURCE_IDS and SOURCE_CATALOGUE disagree");
check(PROTOCOL_SETTING_CATALOGUE.fillerToxinWaitDays.evidence === "P" && REMINDER_CATALOGUE.photo.sources.length > 0, "./sources: no PROTOCOL_SETTING_CATALOGUE or REMINDER_CATALOGUE");
// Across formats the classes differ (one copy per format), but instanceof holds across them (a Symbol.for brand).
const cjsRoot = require("${NAME}");
let cjsError;
try {
  cjsRoot.planTreatment({ goal: "rejuvenation" }, { today: "${TODAY}" });
} catch (error) {
  cjsError = error;
}
check(cjsError instanceof lib.PlannerError && lib.isPlannerError(cjsError), "an error from the CJS build is not instanceof the ESM build's PlannerError");
check(caught instanceof cjsRoot.PlannerError, "an error from the ESM build is not instanceof the CJS build's PlannerError");
console.log("esm consumer ok");
`;

const CJS_CONSUMER = `"use strict";
const { sep } = require("node:path");
const zodLoaded = () => Object.keys(require.cache).some((file) => file.includes(sep + "node_modules" + sep + "zod" + sep));
const lib = require("${NAME}");
const zodAfterRoot = zodLoaded();
const ical = require("${NAME}/ical");
const fhir = require("${NAME}/fhir");
const cdsHooks = require("${NAME}/cds-hooks");
const svg = require("${NAME}/svg");
const { SOURCE_IDS, SOURCE_CATALOGUE, PROTOCOL_SETTING_CATALOGUE } = require("${NAME}/sources");
const messages = require("${NAME}/messages");
const messagesEs = require("${NAME}/messages/es");
const zodAfterInterop = zodLoaded();
const schemas = require("${NAME}/schemas");
const jsonSchemaViaRequire = require("${NAME}/json-schema/patient.schema.json");
${CONSUMER_BODY}
check(!zodAfterRoot, "require('${NAME}') loaded zod: the root entry should not");
check(!zodAfterInterop, "require('${NAME}/ical'), '/fhir', '/cds-hooks', '/svg', '/sources', '/messages' or '/messages/es' loaded zod");
check(SOURCE_CATALOGUE["ARTICLE-2021"].kind === "article", "./sources has no citations");
check(SOURCE_IDS.every((id) => SOURCE_CATALOGUE[id].id === id), "./sources: SOURCE_IDS and SOURCE_CATALOGUE disagree");
check(PROTOCOL_SETTING_CATALOGUE["sessions.mild"].sources.includes("PLANNER-DECISION"), "./sources: the mild range is not a PLANNER-DECISION");
check(zodLoaded(), "require('${NAME}/schemas') did not load zod: the zod check above is vacuous");
check(require("${NAME}").PlannerError === lib.PlannerError, "require() of the root entry twice gave two classes");
console.log("cjs consumer ok");
`;

// Types: every public type a consumer is likely to name, plus one line that must not compile.
const typesBody = (imports) => `${imports}

type IsAny<T> = 0 extends 1 & T ? true : false;
const planIsTyped: IsAny<TreatmentPlan> = false;
const patientIsTyped: IsAny<Patient> = false;

const patient = { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] } as const;
const readonlyPatient: DeepReadonly<Patient> = patient;
const messages: Messages = {
  ...englishMessages,
  finding: (finding) => englishMessages.finding(finding),
  reminder: (reminder) => \`\${reminder.kind} on \${reminder.dueOn}\`,
  bookingReason: (reason) => reason.code,
  svgTitle: (summary) => \`Plan on \${summary.today}\`,
  svgDescription: (summary) => englishMessages.svgDescription(summary),
  svgLabel: (label: SvgLabel) => label.kind,
};
const today: IsoDate = "${TODAY}";
const booking: Booking = { session: 2, on: "2026-11-26", time: "10:30" };
const plan: TreatmentPlan = planTreatment(readonlyPatient, { today, messages, completed: ["2026-10-27"], booked: [booking] });
const inputs: PlanInputs = plan.inputs;
const replanOptions: ReplanOptions = { today: "2027-01-20", booked: [booking] };
const later: TreatmentPlan = replan(plan, replanOptions);
const checkOptions: CheckBookingOptions = { on: "2026-11-26", visit: "session", time: "10:30" };
const answer: BookingCheck = checkBooking(later, checkOptions);
const reasons: readonly BookingReason[] = answer.reasons;
// @ts-expect-error a visit is "session" or "maintenance"
checkBooking(plan, { on: today, visit: "consultation" });
const status: EligibilityStatus = plan.eligibility.status;
const windows: readonly SessionWindow[] = plan.sessions;
const estimate: SessionEstimate = estimateSessions({ goal: "rejuvenation", fitzpatrick: "II" });
const icalOptions: ToICalendarOptions = { uidDomain: "clinic.example", dtstamp: "${TODAY}T09:00:00Z", calendarId: "c-1" };
const ics: string = toICalendar(plan, icalOptions);
const fhirOptions: ToFhirCarePlanOptions = { patient: "Patient/p-1" };
const carePlan: FhirCarePlan = toFhirCarePlan(plan, fhirOptions);
const svgOptions: ToSvgTimelineOptions = { idPrefix: "plan-1", messages };
const timeline: string = toSvgTimeline(plan, svgOptions);
// @ts-expect-error the id prefix is a string
toSvgTimeline(plan, { idPrefix: 1 });
const resourceType: "CarePlan" = carePlan.resourceType;
const parsed: Patient = parsePatient(JSON.parse("{}") as unknown);
const result: SafeParseResult<Patient> = safeParsePatient(parsed);
if (!result.success) {
  const error: PlannerError = result.error;
  const code: PlannerErrorCode = error.code;
  const issues: readonly PlannerIssue[] = error.issues;
  void [code, issues];
}
const goals: readonly TreatmentGoal[] = TREATMENT_GOALS;
const inferred: Patient = patientSchema.parse({});
const scoreInput: GoodmanScoreInput = { lesions: { papular: 4 }, hypertrophicAreaCm2: 2.5 };
const score: GoodmanScore = goodmanQuantitativeScore(scoreInput);
const change: GoodmanScoreChange = compareGoodmanScores({ before: score.score, after: 0 }, { threshold: 4 });
// @ts-expect-error a lesion type of the quantitative score, not a scar type
goodmanQuantitativeScore({ lesions: { rolling: 3 } });
// @ts-expect-error Goodman grades belong to acne scars only
planTreatment({ goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "striae", goodmanGrade: 2 }] }, { today });
// @ts-expect-error "whitening" is not a TreatmentGoal
planTreatment({ goal: "whitening", fitzpatrick: "III" }, { today });
// The Spanish layer is a complete Messages; a layer missing texts does not compile.
const spanish: Messages = spanishMessages;
const spanishIcs: string = toICalendar(plan, { ...icalOptions, messages: spanish });
// @ts-expect-error an incomplete layer: no formatDate, labels, ical, fhir or cli
const incomplete: Messages = { finding: () => "", reminder: () => "", bookingReason: () => "" };

export const used = [planIsTyped, patientIsTyped, status, windows, estimate, ics, resourceType, goals, inferred, PlannerError,
  inputs, reasons, change, spanishIcs, incomplete, timeline];
`;

const ESM_TYPE_IMPORTS = `import {
  type Booking,
  type BookingCheck,
  type BookingReason,
  type CheckBookingOptions,
  checkBooking,
  compareGoodmanScores,
  type DeepReadonly,
  type EligibilityStatus,
  estimateSessions,
  type GoodmanScore,
  type GoodmanScoreChange,
  type GoodmanScoreInput,
  goodmanQuantitativeScore,
  type IsoDate,
  type Messages,
  type Patient,
  type PlanInputs,
  PlannerError,
  type PlannerErrorCode,
  type PlannerIssue,
  planTreatment,
  type ReplanOptions,
  replan,
  type SessionEstimate,
  type SessionWindow,
  type SvgLabel,
  TREATMENT_GOALS,
  type TreatmentGoal,
  type TreatmentPlan,
} from "${NAME}";
import { type FhirCarePlan, type ToFhirCarePlanOptions, toFhirCarePlan } from "${NAME}/fhir";
import { type ToICalendarOptions, toICalendar } from "${NAME}/ical";
import { type ToSvgTimelineOptions, toSvgTimeline } from "${NAME}/svg";
import { englishMessages } from "${NAME}/messages";
import { spanishMessages } from "${NAME}/messages/es";
import { parsePatient, patientSchema, type SafeParseResult, safeParsePatient } from "${NAME}/schemas";`;

const CJS_TYPE_IMPORTS = `import lib = require("${NAME}");
import fhirEntry = require("${NAME}/fhir");
import icalEntry = require("${NAME}/ical");
import svgEntry = require("${NAME}/svg");
import messagesEntry = require("${NAME}/messages");
import messagesEsEntry = require("${NAME}/messages/es");
import schemasEntry = require("${NAME}/schemas");
type Booking = lib.Booking;
type BookingCheck = lib.BookingCheck;
type BookingReason = lib.BookingReason;
type CheckBookingOptions = lib.CheckBookingOptions;
type PlanInputs = lib.PlanInputs;
type ReplanOptions = lib.ReplanOptions;
type DeepReadonly<T> = lib.DeepReadonly<T>;
type EligibilityStatus = lib.EligibilityStatus;
type IsoDate = lib.IsoDate;
type Messages = lib.Messages;
type Patient = lib.Patient;
type PlannerErrorCode = lib.PlannerErrorCode;
type PlannerIssue = lib.PlannerIssue;
type SessionEstimate = lib.SessionEstimate;
type SessionWindow = lib.SessionWindow;
type SvgLabel = lib.SvgLabel;
type TreatmentGoal = lib.TreatmentGoal;
type TreatmentPlan = lib.TreatmentPlan;
type GoodmanScore = lib.GoodmanScore;
type GoodmanScoreChange = lib.GoodmanScoreChange;
type GoodmanScoreInput = lib.GoodmanScoreInput;
type FhirCarePlan = fhirEntry.FhirCarePlan;
type ToFhirCarePlanOptions = fhirEntry.ToFhirCarePlanOptions;
type ToICalendarOptions = icalEntry.ToICalendarOptions;
type ToSvgTimelineOptions = svgEntry.ToSvgTimelineOptions;
type SafeParseResult<T> = schemasEntry.SafeParseResult<T>;
const { checkBooking, compareGoodmanScores, estimateSessions, goodmanQuantitativeScore, PlannerError, planTreatment, replan, TREATMENT_GOALS } = lib;
const { englishMessages } = messagesEntry;
const { spanishMessages } = messagesEsEntry;
type PlannerError = lib.PlannerError;
const { toFhirCarePlan } = fhirEntry;
const { toICalendar } = icalEntry;
const { toSvgTimeline } = svgEntry;
const { parsePatient, patientSchema, safeParsePatient } = schemasEntry;`;

const JSON_IMPORT_TYPES = `import patientJsonSchema from "${NAME}/json-schema/patient.schema.json" with { type: "json" };
export const schemaId: string = patientJsonSchema.$id;
`;

const tsconfig = (compilerOptions, files) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: "es2022",
        // zod's declarations name URL: a consumer needs the DOM lib or @types/node.
        lib: ["es2022", "dom"],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        ...compilerOptions,
      },
      files,
    },
    null,
    2,
  );

const BROWSER_ENTRY = `import { planTreatment, PlannerError } from "${NAME}";
import { parsePatient } from "${NAME}/schemas";
import { toICalendar } from "${NAME}/ical";
import { toFhirCarePlan } from "${NAME}/fhir";

const plan = planTreatment(parsePatient(${JSON.stringify(PATIENT)}), { today: "${TODAY}" });
let error;
try {
  parsePatient({ goal: "whitening" });
} catch (caught) {
  error = caught;
}
export const result = {
  status: plan.eligibility.status,
  sessions: plan.sessions.length,
  ics: toICalendar(plan, { uidDomain: "clinic.example", dtstamp: "${TODAY}T09:00:00Z", calendarId: "c-1" }).slice(0, 15),
  fhir: toFhirCarePlan(plan, { patient: "Patient/p-1" }).resourceType,
  plannerError: error instanceof PlannerError && error.code,
};
`;

// A consumer with no zod installed: the root, ./ical, ./fhir, ./svg, ./messages and ./sources entries must
// run and type-check (skipLibCheck false) without it.
const NO_ZOD_TYPES = `import {
  isPlannerError,
  type Finding,
  type PlannerIssue,
  planTreatment,
  type SessionWindow,
  type TreatmentPlan,
} from "${NAME}";
import { toFhirCarePlan } from "${NAME}/fhir";
import { toICalendar } from "${NAME}/ical";
import { englishMessages } from "${NAME}/messages";
import { SOURCE_CATALOGUE } from "${NAME}/sources";
import { toSvgTimeline } from "${NAME}/svg";

type IsAny<T> = 0 extends 1 & T ? true : false;
const planIsTyped: IsAny<TreatmentPlan> = false;
const plan: TreatmentPlan = planTreatment(
  { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] },
  { today: "${TODAY}", messages: englishMessages },
);
function describe(session: SessionWindow): string {
  // A consumer's switch narrows: only a done session has doneOn.
  switch (session.status) {
    case "done":
      return session.doneOn;
    case "booked":
      return session.bookedOn;
    default:
      return session.due;
  }
}
function reason(finding: Finding): string {
  if (finding.kind === "factor" && finding.reason === "washout") return finding.params.until;
  return finding.reason;
}
let issues: readonly PlannerIssue[] = [];
try {
  planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "2026-02-30" });
} catch (error) {
  if (isPlannerError(error)) issues = error.issues;
}
export const used = [planIsTyped, plan.sessions.map(describe), plan.eligibility.findings.map(reason), issues,
  toICalendar(plan, { uidDomain: "clinic.example", dtstamp: "${TODAY}T09:00:00Z", calendarId: "c-1" }),
  toFhirCarePlan(plan, { patient: "Patient/p-1" }), SOURCE_CATALOGUE["ARTICLE-2021"].citation, toSvgTimeline(plan)];
`;

const NO_ZOD_RUN = `import { checkBooking, compareGoodmanScores, goodmanQuantitativeScore, planTreatment, replan } from "${NAME}";
import { toICalendar } from "${NAME}/ical";
import { toFhirCarePlan } from "${NAME}/fhir";
import { englishMessages } from "${NAME}/messages";
import { SOURCE_CATALOGUE } from "${NAME}/sources";
import { toSvgTimeline } from "${NAME}/svg";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const cjs = require("${NAME}");
const plan = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "${TODAY}", messages: englishMessages });
const plan2 = cjs.planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "${TODAY}" });
if (plan.sessions.length !== plan2.sessions.length || !toICalendar(plan, { uidDomain: "c.example", dtstamp: "${TODAY}T09:00:00Z", calendarId: "c-1" }).startsWith("BEGIN:VCALENDAR")) process.exit(1);
if (replan(plan2, { today: "2027-01-20" }).today !== "2027-01-20" || checkBooking(plan, { on: "2026-11-23" }).status !== "blocked") process.exit(1);
if (toFhirCarePlan(plan, { patient: "Patient/1" }).resourceType !== "CarePlan" || !SOURCE_CATALOGUE["ARTICLE-2021"]) process.exit(1);
if (!toSvgTimeline(plan).includes('<title id="mnp-timeline-title">')) process.exit(1);
// The quantitative score is in the root entry: it runs without zod.
if (goodmanQuantitativeScore({ lesions: { papular: 21 }, hypertrophicAreaCm2: 20.5 }).score !== 24) process.exit(1);
if (compareGoodmanScores({ before: 24, after: 20 }).direction !== "improved") process.exit(1);
let schemasFailed = false;
try {
  await import("${NAME}/schemas");
} catch {
  schemasFailed = true;
}
if (!schemasFailed) {
  console.error("./schemas loaded without zod: is zod bundled?");
  process.exit(1);
}
console.log("no-zod consumer ok");
`;

const CASE_FILE = {
  patient: { id: "smoke", ...PATIENT, birthDate: "1994-05-12" },
  startOn: TODAY,
  booked: [{ session: 2, on: "2026-12-22", time: "09:30" }],
  availability: { openWeekdays: ["tue", "wed", "thu", "fri"], closedDates: ["2026-12-24"] },
};

// ---------------------------------------------------------------------------------------------

let packed;
try {
  // 1. Pack and extract.
  const pack = run("npm", ["pack", "--pack-destination", tmp, "--json", "--ignore-scripts"], ROOT);
  expectExit0(pack, "npm pack");
  [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("[")));
  const tarball = join(tmp, packed.filename);
  mkdirSync(pkgDir, { recursive: true });
  expectExit0(run("tar", ["-xzf", tarball, "-C", pkgDir, "--strip-components=1"], tmp), "tar -xzf");
  console.log(
    `packed ${packed.filename}: ${String(packed.files.length)} files, ${String(packed.size)} B packed, ${String(packed.unpackedSize)} B unpacked`,
  );
  const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));

  // 2. Dependencies (and TypeScript) linked from this repository's node_modules.
  const links = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    "typescript",
  ];
  for (const dep of links) {
    const source = join(ROOT, "node_modules", dep);
    if (!existsSync(source)) throw new Error(`${dep} is not installed in ${ROOT}/node_modules: run npm ci`);
    const target = join(consumer, "node_modules", dep);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(source, target, "dir");
  }
  // npm creates bin links on install; extraction does not.
  mkdirSync(join(consumer, "node_modules/.bin"), { recursive: true });
  for (const [bin, file] of Object.entries(manifest.bin ?? {})) {
    const target = join(pkgDir, file);
    if ((statSync(target).mode & 0o111) === 0) {
      notes.push(`${file} is not executable in the tarball (npm install fixes the mode)`);
      chmodSync(target, 0o755);
    }
    symlinkSync(relative(join(consumer, "node_modules/.bin"), target), join(consumer, "node_modules/.bin", bin));
  }

  writeFileSync(join(consumer, "package.json"), `${JSON.stringify({ name: "smoke-consumer", private: true })}\n`);
  const files = {
    "esm-consumer.mjs": ESM_CONSUMER,
    "cjs-consumer.cjs": CJS_CONSUMER,
    "types-esm.mts": `${typesBody(ESM_TYPE_IMPORTS)}\n${JSON_IMPORT_TYPES}`,
    "types-cjs.cts": typesBody(CJS_TYPE_IMPORTS),
    "types-bundler.ts": `${typesBody(ESM_TYPE_IMPORTS)}\n${JSON_IMPORT_TYPES}`,
    "tsconfig.nodenext.json": tsconfig({ module: "nodenext", moduleResolution: "nodenext", resolveJsonModule: true }, [
      "types-esm.mts",
      "types-cjs.cts",
    ]),
    "tsconfig.bundler.json": tsconfig({ module: "esnext", moduleResolution: "bundler", resolveJsonModule: true }, [
      "types-bundler.ts",
    ]),
    // NestJS-style configs: CommonJS with the node10 resolution, which reads typesVersions, not exports.
    "types-node10.ts": typesBody(CJS_TYPE_IMPORTS),
    "tsconfig.node10.json": tsconfig({ module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "6.0" }, [
      "types-node10.ts",
    ]),
    "browser-entry.js": BROWSER_ENTRY,
    "case.json": `${JSON.stringify(CASE_FILE, null, 2)}\n`,
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(consumer, file), text);

  // 3. The checks.
  await check("node-esm", () => {
    const result = run(process.execPath, ["esm-consumer.mjs"]);
    expectExit0(result, "node esm-consumer.mjs");
    collectNotes(result.stdout, "node-esm");
  });

  await check("node-cjs", () => {
    const result = run(process.execPath, ["cjs-consumer.cjs"]);
    expectExit0(result, "node cjs-consumer.cjs");
    collectNotes(result.stdout, "node-cjs");
  });

  // The two type checks are the slow part: run them side by side.
  // The consumer without zod: a copy of the package (a symlink would resolve zod from here).
  const noZod = join(tmp, "consumer-no-zod");
  mkdirSync(join(noZod, "node_modules"), { recursive: true });
  cpSync(pkgDir, join(noZod, "node_modules", NAME), { recursive: true });
  for (const dep of links.filter((dep) => dep !== "zod")) {
    const target = join(noZod, "node_modules", dep);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(ROOT, "node_modules", dep), target, "dir");
  }
  writeFileSync(
    join(noZod, "package.json"),
    `${JSON.stringify({ name: "no-zod-consumer", private: true, type: "module" })}\n`,
  );
  writeFileSync(join(noZod, "types.ts"), NO_ZOD_TYPES);
  writeFileSync(join(noZod, "run.mjs"), NO_ZOD_RUN);
  writeFileSync(
    join(noZod, "tsconfig.json"),
    tsconfig({ module: "nodenext", moduleResolution: "nodenext" }, ["types.ts"]),
  );

  const typeChecks = [
    ["types-nodenext (.mts + .cts)", "tsconfig.nodenext.json", consumer],
    ["types-bundler", "tsconfig.bundler.json", consumer],
    ["types-node10 (typesVersions)", "tsconfig.node10.json", consumer],
    ["types without zod installed (skipLibCheck false)", "tsconfig.json", noZod],
  ];
  // Two at a time (a 2-core machine): each tsc takes a core.
  for (let i = 0; i < typeChecks.length; i += 2) {
    const pair = typeChecks
      .slice(i, i + 2)
      .map(([name, project, cwd]) => [
        name,
        runAsync(process.execPath, [TSC, "-p", project, "--pretty", "false"], cwd),
      ]);
    for (const [name, pending] of pair) {
      await check(name, async () => {
        const result = await pending;
        expectExit0(result, `tsc -p ${name}`);
        return result.ms;
      });
    }
  }

  await check("node without zod installed", () => {
    const result = run(process.execPath, ["run.mjs"], join(tmp, "consumer-no-zod"));
    expectExit0(result, "node run.mjs (no zod)");
  });

  await check("browser-bundle", async () => {
    const built = await build({
      absWorkingDir: consumer,
      entryPoints: ["browser-entry.js"],
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      write: false,
      metafile: true,
      logLevel: "silent",
    }).catch((error) => {
      throw new Error(`esbuild failed:\n${tail(error.errors?.map((e) => e.text).join("\n") ?? String(error))}`);
    });
    for (const warning of built.warnings) notes.push(`browser-bundle: esbuild warning: ${warning.text}`);
    const [output] = built.outputFiles;
    const code = output.text;
    const builtins = builtinModules.filter((m) => !m.startsWith("_")).join("|");
    const nodeImport = new RegExp(
      String.raw`(?:from\s*|import\s*\(\s*|require\s*\(\s*)["'](?:node:[\w/]+|(?:${builtins})(?:/[\w/]+)?)["']`,
    );
    const found = nodeImport.exec(code);
    if (found) throw new Error(`the browser bundle imports a Node built-in: ${found[0]}`);
    if (/\brequire\s*\(/.test(code)) throw new Error("the browser bundle calls require()");
    const externals = Object.values(built.metafile.outputs).flatMap((out) => out.imports.filter((i) => i.external));
    if (externals.length > 0) throw new Error(`external imports left: ${externals.map((i) => i.path).join(", ")}`);
    if (code.includes("process.env")) notes.push("browser-bundle: the bundle reads process.env");
    const file = join(consumer, "browser-bundle.mjs");
    writeFileSync(file, code);
    const { result } = await import(pathToFileURL(file).href);
    const expected = { status: "eligible", ics: "BEGIN:VCALENDAR", fhir: "CarePlan", plannerError: "INVALID_INPUT" };
    for (const [key, value] of Object.entries(expected)) {
      if (result[key] !== value)
        throw new Error(`bundle ran: ${key} is ${JSON.stringify(result[key])}, expected ${value}`);
    }
    if (!(result.sessions > 0)) throw new Error("bundle ran: no sessions planned");
    console.log(`    browser bundle: ${String(output.contents.length)} B minified (zod included)`);
  });

  const bin = join(consumer, "node_modules/.bin", NAME);
  await check("cli --version", () => {
    const result = run(bin, ["--version"]);
    expectExit0(result, `${NAME} --version`);
    if (result.stdout.trim() !== manifest.version) {
      throw new Error(
        `--version printed ${JSON.stringify(result.stdout.trim())}, package.json says ${manifest.version}`,
      );
    }
  });

  await check("cli plan", () => {
    const args = [
      "plan",
      "case.json",
      "--today",
      TODAY,
      "--format",
      "json",
      "--ics",
      "plan.ics",
      "--calendar-id",
      "c-smoke",
      "--fhir",
      "careplan.json",
      "--patient-ref",
      "Patient/smoke",
    ];
    const result = run(bin, args);
    expectExit0(result, `${NAME} plan case.json`);
    const plan = JSON.parse(result.stdout);
    if (plan.inputs?.patient?.id !== "smoke" || plan.sessions.length === 0) {
      throw new Error("plan: unexpected JSON on stdout");
    }
    if (plan.sessions[1]?.status !== "booked" || plan.madeBy?.version !== manifest.version) {
      throw new Error("plan: session 2 is not booked, or madeBy is not this version");
    }
    writeFileSync(join(consumer, "stored.json"), result.stdout);
    const ics = readFileSync(join(consumer, "plan.ics"), "utf8");
    if (!ics.startsWith("BEGIN:VCALENDAR") || !ics.includes("UID:c-smoke-session-1@")) throw new Error("no plan.ics");
    const carePlan = JSON.parse(readFileSync(join(consumer, "careplan.json"), "utf8"));
    if (carePlan.resourceType !== "CarePlan" || carePlan.subject.reference !== "Patient/smoke") {
      throw new Error("careplan.json is not the patient's CarePlan");
    }
    // --area plans the scars of one area (the case file's scar is on the cheeks).
    const cheeks = run(bin, ["plan", "case.json", "--today", TODAY, "--format", "json", "--area", "Cheeks"]);
    expectExit0(cheeks, `${NAME} plan case.json --area Cheeks`);
    const back = run(bin, ["plan", "case.json", "--today", TODAY, "--format", "json", "--area", "back"]);
    expectExit0(back, `${NAME} plan case.json --area back`);
    const [inCheeks, inBack] = [JSON.parse(cheeks.stdout), JSON.parse(back.stdout)];
    if (inCheeks.inputs.area !== "Cheeks" || inCheeks.estimate.basis !== "moderate") {
      throw new Error(`plan --area Cheeks: ${JSON.stringify(inCheeks.estimate)}`);
    }
    if (!inBack.eligibility.findings.some((finding) => finding.reason === "no-scars")) {
      throw new Error("plan --area back: no no-scars finding for an area without scars");
    }
    const text = run(bin, ["plan", "case.json", "--today", TODAY]);
    expectExit0(text, `${NAME} plan case.json (text)`);
    if (!text.stdout.startsWith("Patient smoke: scar-revision, planned on 2026-11-24 (protocol article-2021@1,")) {
      throw new Error(`plan (text): unexpected header ${JSON.stringify(text.stdout.split("\n")[0])}`);
    }
    for (const [usage, needed] of [
      [["plan", "case.json", "--ics", "x.ics"], "--calendar-id"],
      [["plan", "case.json", "--fhir", "x.json"], "--patient-ref"],
      [["plan", "stored.json"], "replan"],
      [["plan", "missing.json"], "missing.json"],
    ]) {
      const bad = run(bin, usage);
      if (bad.status !== 2 || !bad.stderr.includes(needed) || bad.stdout !== "") {
        throw new Error(
          `${usage.join(" ")}: expected exit 2 naming ${needed}, got ${String(bad.status)}: ${bad.stderr}`,
        );
      }
    }
  });

  await check("cli replan", () => {
    const result = run(bin, ["replan", "stored.json", "--today", "2027-01-20", "--format", "json"]);
    expectExit0(result, `${NAME} replan stored.json`);
    const plan = JSON.parse(result.stdout);
    if (plan.today !== "2027-01-20" || plan.inputs.patient.id !== "smoke") throw new Error("replan: not re-planned");
    // Session 1 was never done (overdue by now), and session 2's booking for 2026-12-22 was missed.
    const [first, second] = plan.sessions;
    const codes = second?.flags.map((flag) => flag.code) ?? [];
    if (first?.status !== "overdue" || second?.status === "booked" || !codes.includes("missed-booking")) {
      throw new Error(
        `replan: expected session 1 overdue, session 2's booking missed: ${JSON.stringify([first, second])}`,
      );
    }
    const same = run(bin, ["replan", "stored.json", "--today", TODAY, "--format", "json"]);
    expectExit0(same, `${NAME} replan stored.json --today ${TODAY}`);
    // The same plan (its inputs' keys may come in the schema's order: compared as data).
    if (!isDeepStrictEqual(JSON.parse(same.stdout), JSON.parse(readFileSync(join(consumer, "stored.json"), "utf8")))) {
      throw new Error("replan for the stored plan's own today changed it");
    }
    const bad = run(bin, ["replan", "case.json"]);
    if (bad.status !== 2) throw new Error(`replan case.json: expected exit 2, got ${String(bad.status)}`);
  });

  await check("cli check-booking", () => {
    const allowed = run(bin, ["check-booking", "case.json", "--today", TODAY, "--on", TODAY, "--format", "json"]);
    expectExit0(allowed, `${NAME} check-booking case.json --on ${TODAY}`);
    const answer = JSON.parse(allowed.stdout);
    if (answer.status !== "allowed" || answer.session !== 1) throw new Error(`check-booking: ${allowed.stdout}`);
    // A Sunday before today, the clinic closed: blocked, exit 1, reasons in the text.
    const blocked = run(bin, [
      "check-booking",
      "stored.json",
      "--today",
      TODAY,
      "--on",
      "2026-11-22",
      "--time",
      "10:00",
    ]);
    if (blocked.status !== 1 || !/blocked/i.test(blocked.stdout)) {
      throw new Error(
        `check-booking (blocked): expected exit 1, got ${String(blocked.status)}: ${blocked.stdout}${blocked.stderr}`,
      );
    }
    const maintenance = run(bin, [
      ...["check-booking", "stored.json", "--today", TODAY, "--on", "2028-04-20", "--visit", "maintenance"],
      ...["--format", "json"],
    ]);
    if (![0, 1].includes(maintenance.status) || JSON.parse(maintenance.stdout).visit !== "maintenance") {
      throw new Error(`check-booking --visit maintenance: ${String(maintenance.status)} ${maintenance.stderr}`);
    }
    const usage = run(bin, ["check-booking", "case.json"]);
    if (usage.status !== 2 || !usage.stderr.includes("--on")) {
      throw new Error(`check-booking without --on: expected exit 2, got ${String(usage.status)}`);
    }
  });
} catch (error) {
  results.push({ name: "setup", ok: false });
  console.log(`FAIL setup: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  cleanup();
}

for (const note of notes) console.log(`note: ${note}`);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(
  `smoke: ${String(passed)} passed, ${String(failed)} failed (${String(Math.round(performance.now() - started))} ms)`,
);
process.exit(failed > 0 ? 1 : 0);
