// @ts-check
// A JSON service around microneedling-planner, with node:http only (no framework).
//
//   POST /plan           { patient, today, ...planTreatment options }      -> the plan
//   POST /replan         { plan, today, ...replan options }                -> the plan, made again
//   POST /check-booking  { plan, on, visit?, time? }                       -> allowed / warnings / blocked
//   POST /ical           { plan, calendarId }                              -> text/calendar download
//
// Bad input is a 400 with the library's coded issues as JSON; an unknown route a 404. Plans are
// plain JSON: store them as they are and send them back to /replan, /check-booking or /ical.
// Run: node server.mjs (PORT=8080 by default; HOST=127.0.0.1).
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { checkBooking, isPlannerError, planTreatment, replan } from "microneedling-planner";
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

/** The routes: each takes the parsed body and returns the answer. @type {Record<string, (body: Body) => Answer>} */
const routes = {
  "/plan": (body) => {
    // planTreatment checks the patient and every option: bad input is a PlannerError (a 400 below).
    const { patient, ...options } = /** @type {any} */ (body ?? {});
    return json(200, planTreatment(patient, { ...options, messages: englishMessages }));
  },
  "/replan": (body) => {
    const { plan, options } = planAndOptions(body);
    return json(200, replan(plan, { ...options, messages: englishMessages }));
  },
  "/check-booking": (body) => {
    const { plan, options } = planAndOptions(body);
    return json(200, checkBooking(plan, { ...options, messages: englishMessages }));
  },
  "/ical": (body) => {
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
};

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
 * @returns {Promise<Answer>}
 */
async function handle(request) {
  const path = request.url ?? "";
  const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
  if (route === undefined) return failure(404, "not-found", `no route ${request.method} ${request.url}`);
  if (request.method !== "POST") return failure(405, "method-not-allowed", "use POST");
  const read = await readJson(request);
  if (read.error) return failure(...read.error);
  try {
    return route(/** @type {Body} */ (read.body));
  } catch (error) {
    // A PlannerError carries a stable code and coded issues with bounded value previews.
    if (isPlannerError(error)) return failure(400, error.code, error.message, error.issues);
    return failure(500, "internal", "unexpected error");
  }
}

/** The service, not yet listening: `service().listen(port)`. */
export function service() {
  return createServer((request, response) => {
    handle(request).then(([status, headers, body]) => {
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
