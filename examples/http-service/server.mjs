// @ts-check
// A JSON service around microneedling-planner, with node:http only (no framework).
//
//   POST /plan           { patient, today, ...planTreatment options }      -> the plan
//   POST /replan         { plan, today, ...replan options }                -> the plan, made again
//   POST /check-booking  { plan, on, visit?, time? }                       -> allowed / warnings / blocked
//   POST /ical           { plan, calendarId }                              -> text/calendar download
//
// CDS Hooks (https://cds-hooks.org), so an EHR can ask for decision support:
//   GET  /cds-services                                   -> the discovery document
//   POST /cds-services/microneedling-eligibility         -> cards (hook order-select)
//   POST /cds-services/microneedling-booking-check       -> cards (hook appointment-book)
// The CDS services look up the patient's stored plan by `context.patientId` (this example keeps
// the plans /plan made for patients with an `id` in memory; an app keeps them in its database)
// and re-plan it for the clinic's today.
//
// Bad input is a 400 with the library's coded issues as JSON; an unknown route a 404. Plans are
// plain JSON: store them as they are and send them back to /replan, /check-booking or /ical.
// Run: node server.mjs (PORT=8080 by default; HOST=127.0.0.1; CLINIC_TIME_ZONE=Europe/London).
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { checkBooking, isPlannerError, planTreatment, replan } from "microneedling-planner";
import { cdsHooksDiscovery, toBookingCheckCards, toEligibilityCards } from "microneedling-planner/cds-hooks";
import { toICalendar } from "microneedling-planner/ical";
import { englishMessages } from "microneedling-planner/messages";
import { parseTreatmentPlan } from "microneedling-planner/schemas";

/** @typedef {[status: number, headers: Record<string, string>, body: string]} Answer */
/** @typedef {Record<string, any>} Body A parsed JSON body; the library checks every field. */

/** Request bodies larger than this are refused (413): a plan is a few kilobytes. */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * Reads a JSON request body, or the reason it cannot be read.
 * @param {import("node:http").IncomingMessage} request
 * @returns {Promise<{ body: unknown, error?: undefined } | { error: [number, string, string] }>}
 */
async function readJson(request) {
  let size = 0;
  const chunks = [];
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { error: [413, "body-too-large", `at most ${MAX_BODY_BYTES} bytes`] };
    chunks.push(chunk);
  }
  try {
    return { body: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { error: [400, "invalid-json", "the request body is not JSON"] };
  }
}

/**
 * Splits `{ plan, ...options }`: the stored plan (checked whole) and the options for the call
 * (checked by the function they are passed to).
 * @param {Body} body
 * @returns {{ plan: import("microneedling-planner").TreatmentPlan, options: any }}
 */
function planAndOptions(body) {
  const { plan, ...options } = /** @type {any} */ (body ?? {});
  return { plan: parseTreatmentPlan(plan), options };
}

/**
 * The clinic's calendar date now, `YYYY-MM-DD`, in its own time zone (never the server's).
 * @param {string} timeZone an IANA time zone
 */
export function clinicToday(timeZone) {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
}

/**
 * The routes, keyed "METHOD /path": each takes the parsed body and returns the answer.
 * @param {{ today: () => string, plans: Map<string, import("microneedling-planner").TreatmentPlan> }} context
 * @returns {Record<string, (body: Body) => Answer>}
 */
const routesOf = ({ today, plans }) => ({
  "POST /plan": (body) => {
    // planTreatment checks the patient and every option: bad input is a PlannerError (a 400 below).
    const { patient, ...options } = /** @type {any} */ (body ?? {});
    const plan = planTreatment(patient, { ...options, messages: englishMessages });
    if (typeof patient?.id === "string") plans.set(patient.id, plan);
    return json(200, plan);
  },
  "POST /replan": (body) => {
    const { plan, options } = planAndOptions(body);
    return json(200, replan(plan, { ...options, messages: englishMessages }));
  },
  "POST /check-booking": (body) => {
    const { plan, options } = planAndOptions(body);
    return json(200, checkBooking(plan, { ...options, messages: englishMessages }));
  },
  "POST /ical": (body) => {
    const { plan, options } = planAndOptions(body);
    const ics = toICalendar(plan, {
      uidDomain: "clinic.example",
      dtstamp: `${plan.today}T00:00:00Z`,
      calendarId: options.calendarId,
    });
    return [
      200,
      { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="plan.ics"' },
      ics,
    ];
  },
  "GET /cds-services": () => json(200, cdsHooksDiscovery()),
  "POST /cds-services/microneedling-eligibility": (body) => {
    const stored = plans.get(String(body?.context?.patientId));
    // No plan for this patient: no advice (an empty list of cards).
    if (stored === undefined) return json(200, { cards: [] });
    const plan = replan(stored, { today: today() });
    return json(
      200,
      toEligibilityCards(plan.eligibility, { protocol: plan.protocol, hookInstance: body?.hookInstance }),
    );
  },
  "POST /cds-services/microneedling-booking-check": (body) => {
    const stored = plans.get(String(body?.context?.patientId));
    if (stored === undefined) return json(200, { cards: [] });
    // The proposed appointment's local date and time, as the EHR wrote them ("2026-11-26T10:30:00+01:00").
    const start = String(body?.context?.appointments?.entry?.[0]?.resource?.start ?? "");
    const time = start.slice(11, 16) || undefined;
    const check = checkBooking(replan(stored, { today: today() }), { on: start.slice(0, 10), time });
    return json(200, toBookingCheckCards(check, { protocol: stored.protocol, hookInstance: body?.hookInstance }));
  },
});

/**
 * A JSON answer.
 * @param {number} status
 * @param {unknown} value
 * @returns {Answer}
 */
function json(status, value) {
  return [status, { "content-type": "application/json; charset=utf-8" }, JSON.stringify(value)];
}

/**
 * An error answer: `{ error: { code, message, issues } }`.
 * @param {number} status
 * @param {string} code
 * @param {string} message
 * @param {readonly unknown[]} [issues]
 * @returns {Answer}
 */
function failure(status, code, message, issues = []) {
  return json(status, { error: { code, message, issues } });
}

/**
 * Answers one request. Library errors are the caller's bad input; anything else is a 500.
 * @param {import("node:http").IncomingMessage} request
 * @param {Record<string, (body: Body) => Answer>} routes
 * @returns {Promise<Answer>}
 */
async function handle(request, routes) {
  const key = `${request.method} ${request.url}`;
  const route = Object.hasOwn(routes, key) ? routes[key] : undefined;
  if (route === undefined) return failure(404, "not-found", `no route ${key}`);
  const read = request.method === "POST" ? await readJson(request) : { body: undefined };
  if (read.error) return failure(...read.error);
  try {
    return route(/** @type {Body} */ (read.body));
  } catch (error) {
    // A PlannerError carries a stable code and coded issues with bounded value previews.
    if (isPlannerError(error)) return failure(400, error.code, error.message, error.issues);
    return failure(500, "internal", "unexpected error");
  }
}

/**
 * The service, not yet listening: `service().listen(port)`.
 * @param {{ today?: () => string }} [options] the clinic's today (tests fix it)
 */
export function service({ today = () => clinicToday(process.env.CLINIC_TIME_ZONE ?? "Europe/London") } = {}) {
  const routes = routesOf({ today, plans: new Map() });
  return createServer((request, response) => {
    handle(request, routes).then(([status, headers, body]) => {
      response.writeHead(status, headers);
      response.end(body);
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? "127.0.0.1";
  service().listen(port, host, () => console.log(`listening on http://${host}:${port}`));
}
