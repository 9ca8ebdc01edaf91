/**
 * The plan as a picture: an accessible SVG timeline of a treatment plan.
 *
 * @module
 */
import { dayNumber, laterOf, plusDays, plusMonths } from "../_lib/iso-date.js";
import { englishMessages } from "../messages/en.js";
import type { Messages } from "../models/messages.js";
import type { SessionWindow, TreatmentPlan } from "../models/plan.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { SvgLabel, SvgLegendItem, SvgTimelineSummary } from "../models/svg.js";
import { TO_SVG_TIMELINE_OPTIONS, TREATMENT_PLAN } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";

/**
 * Options of {@link toSvgTimeline}.
 *
 * @category Interop
 */
export interface ToSvgTimelineOptions {
  /** Write the patient's own `id` in the title (an opt-in: the id leaves the library). */
  readonly usePatientId?: boolean | undefined;
  /**
   * Prefix of the element ids (`<prefix>-title`, `<prefix>-desc`, `<prefix>-hatch`): give each
   * timeline on one page its own (1-64 letters, digits, `_`, `-`, starting with a letter).
   * `mnp-timeline` when omitted.
   */
  readonly idPrefix?: string | undefined;
  /** Message layer for every text; `englishMessages` when omitted. */
  readonly messages?: Messages | undefined;
}

/** Width of the picture, and the plot's left and right edges, in pixels. */
const WIDTH = 720;
const LEFT = 16;
const RIGHT = 704;
/** Height of a row: a label line, then its bar. */
const ROW = 36;
/** Where the first row starts: below the heading, the today label and the month labels. */
const TOP = 66;
/** Width of a legend item, and items per legend line. */
const LEGEND_SLOT = 172;
const LEGEND_PER_LINE = 4;

/** The characters XML 1.0 allows (lone surrogates, most control characters, U+FFFE and U+FFFF are not). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content and attribute values, replacing what XML cannot hold by U+FFFD. */
function escapeXml(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
});

/** A coordinate, rounded to 2 decimals (the same string on every engine). */
const num = (value: number): string => String(Math.round(value * 100) / 100);

/** The first day of the month of `iso`. */
const monthOf = (iso: string): string => `${iso.slice(0, 8)}01`;

/** The summary the title and description are written from. */
function summarise(plan: DeepReadonly<TreatmentPlan>, usePatientId: boolean): SvgTimelineSummary {
  const sessions = plan.sessions;
  const count = (test: (session: DeepReadonly<SessionWindow>) => boolean) => sessions.filter(test).length;
  const next = sessions.find((session) => session.status !== "done");
  const m = plan.maintenance;
  const patientId = plan.inputs.patient.id;
  return {
    today: plan.today,
    ...(usePatientId && patientId !== undefined ? { patientId } : {}),
    protocol: { id: plan.protocol.id, version: plan.protocol.version },
    eligibility: plan.eligibility.status,
    ...(plan.eligibility.reassessOn === undefined ? {} : { reassessOn: plan.eligibility.reassessOn }),
    total: sessions.length,
    done: count((session) => session.status === "done"),
    booked: count((session) => session.status === "booked"),
    toBook: count((session) => session.status !== "done" && session.status !== "booked"),
    overdue: count((session) => session.status === "overdue"),
    ...(next === undefined
      ? {}
      : {
          next: {
            number: next.number,
            status: next.status,
            on: next.status === "booked" ? next.bookedOn : next.due,
            earliest: next.earliest,
            latest: next.latest,
            ...(next.status === "booked" && next.time !== undefined ? { time: next.time } : {}),
          },
        }),
    ...(plan.resultCheckOn === undefined ? {} : { resultCheckOn: plan.resultCheckOn }),
    ...(plan.finalResultCheckOn === undefined ? {} : { finalResultCheckOn: plan.finalResultCheckOn }),
    ...(m === undefined
      ? {}
      : { maintenance: { earliest: m.earliest, due: m.due, latest: m.latest, projected: m.projected } }),
  };
}

/** The day a session's marker stands on: done on, booked for, or due. */
function dayOf(session: DeepReadonly<SessionWindow>): string {
  return session.status === "done" ? session.doneOn : session.status === "booked" ? session.bookedOn : session.due;
}

/**
 * Draws a plan as an accessible SVG timeline, a string for a file, an `<img>` or inline HTML. It
 * reads the plan alone; no DOM is needed.
 *
 * - One row per session: its window (earliest to latest) as a bar, its due day as a tick, a
 *   done session as a filled circle on the day it was done, a booked one as a diamond on its
 *   day. The bar's outline says where it stands: solid and grey when its window is open (`due`),
 *   dashed when it opens later (`upcoming`), hatched with a heavy outline when `overdue`, a thin
 *   dashed outline around a done or booked session's window.
 * - Rows for a deferral (hatched, from today to `eligibility.reassessOn`, or to the end when no
 *   end is known), the result checks (squares, first and final) and maintenance (dotted).
 * - A dashed vertical line at today; month labels on the axis; a legend.
 * - Every row carries its text (status words and dates), so nothing depends on colour: it reads
 *   in greyscale and prints in black and white. Black on white, grey only for the grid.
 * - For screen readers: `role="img"`, `aria-labelledby` naming its `<title>` and `<desc>`; the
 *   description says the plan in words (the message layer's `svgDescription`).
 * - No script, no external resource, no web font (`font-family="sans-serif"`). Every text is
 *   XML-escaped. Positions come from calendar day numbers: the same plan gives the same bytes in
 *   every time zone.
 * - No patient identifier unless `usePatientId: true`.
 *
 * @param plan - a treatment plan (from `planTreatment` or `replan`)
 * @param options - `usePatientId`, the id prefix, and a message layer (`englishMessages` when omitted)
 * @returns the SVG document, one `<svg>` element ending with a newline
 * @throws `PlannerError` `INVALID_INPUT` for a malformed plan or options
 *
 * @example
 * ```ts
 * import { planTreatment } from "microneedling-planner";
 * import { toSvgTimeline } from "microneedling-planner/svg";
 * const plan = planTreatment(
 *   { id: "p-17", goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] },
 *   { today: "2026-11-24" },
 * );
 * const svg = toSvgTimeline(plan);
 * svg.slice(0, 50);
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" role="img"'
 * /<title id="mnp-timeline-title">(.*)<\/title>/.exec(svg)?.[1];
 * //=> "Microneedling plan on 2026-11-24"
 * svg.includes("p-17");
 * //=> false
 * ```
 * @category Interop
 */
export function toSvgTimeline(plan: DeepReadonly<TreatmentPlan>, options: ToSvgTimelineOptions = {}): string {
  assertValid("INVALID_INPUT", [
    [TREATMENT_PLAN, plan, "plan"],
    [TO_SVG_TIMELINE_OPTIONS, options, "options"],
  ]);
  const messages = options.messages ?? englishMessages;
  const prefix = options.idPrefix ?? "mnp-timeline";
  const label = (value: SvgLabel): string => escapeXml(messages.svgLabel(value));
  const summary = summarise(plan, options.usePatientId === true);
  const title = escapeXml(messages.svgTitle(summary));
  const description = escapeXml(messages.svgDescription(summary));
  const eligibility = plan.eligibility;
  const deferral = eligibility.status === "deferred" || eligibility.status === "contraindicated";

  // The span: from the first of the month of the earliest date to the first of the month after the last.
  const dates: string[] = [plan.today];
  for (const session of plan.sessions) dates.push(session.earliest, session.latest, dayOf(session));
  for (const day of [plan.resultCheckOn, plan.finalResultCheckOn, eligibility.reassessOn]) {
    if (day !== undefined) dates.push(day);
  }
  const m = plan.maintenance;
  if (m !== undefined) dates.push(m.earliest, m.latest);
  dates.sort();
  const first = monthOf(dates[0] as string);
  const end = plusMonths(monthOf(dates[dates.length - 1] as string), 1);
  const start = dayNumber(first);
  const scale = (RIGHT - LEFT) / (dayNumber(end) - start);
  /** The left edge of a day. */
  const x = (iso: string): number => LEFT + (dayNumber(iso) - start) * scale;
  /** The middle of a day. */
  const mid = (iso: string): number => x(iso) + scale / 2;

  const body: string[] = [];
  /** Every text but the heading: drawn last, each with a white halo, so that no line crosses a word. */
  const texts: string[] = [];
  const text = (tx: number, ty: number, content: string, attributes = "") => {
    texts.push(`<text x="${num(tx)}" y="${num(ty)}"${attributes}>${content}</text>`);
  };
  let y = TOP;
  /** A row's label line. */
  const rowLabel = (content: string) => {
    text(LEFT, y + 13, content);
  };
  /** A bar from `from` to `to` (inclusive) in the current row. */
  const bar = (from: string, to: string, attributes: string) => {
    body.push(
      `<rect x="${num(x(from))}" y="${num(y + 18)}" width="${num(x(to) - x(from) + scale)}" height="12" ${attributes}/>`,
    );
  };
  /** A vertical tick on a day, across the current row's bar. */
  const tick = (day: string) => {
    const at = num(mid(day));
    body.push(`<line x1="${at}" y1="${num(y + 15)}" x2="${at}" y2="${num(y + 33)}" stroke="#000" stroke-width="2"/>`);
  };
  const HATCH = `fill="url(#${prefix}-hatch)"`;

  if (deferral) {
    rowLabel(label({ kind: "deferral", status: eligibility.status, until: eligibility.reassessOn }));
    // Until the day before treatment may resume, or to the end of the picture when no end is known.
    const until = eligibility.reassessOn === undefined ? end : eligibility.reassessOn;
    bar(plan.today, laterOf(plan.today, plusDays(until, -1)), `${HATCH} stroke="#000"`);
    y += ROW;
  }
  if (plan.sessions.length === 0) {
    rowLabel(label({ kind: "no-sessions" }));
    y += ROW;
  }
  for (const session of plan.sessions) {
    const on = dayOf(session);
    const deferred = session.flags.find((flag) => flag.code === "deferred");
    rowLabel(
      label({
        kind: "session",
        number: session.number,
        status: session.status,
        on,
        time: session.status === "booked" ? session.time : undefined,
        deferredUntil: deferred?.params.until,
      }),
    );
    switch (session.status) {
      case "done":
      case "booked":
        bar(session.earliest, session.latest, 'fill="none" stroke="#595959" stroke-dasharray="2 2"');
        break;
      case "due":
        bar(session.earliest, session.latest, 'fill="#d9d9d9" stroke="#000"');
        tick(session.due);
        break;
      case "upcoming":
        bar(session.earliest, session.latest, 'fill="#fff" stroke="#000" stroke-dasharray="5 3"');
        tick(session.due);
        break;
      case "overdue":
        bar(session.earliest, session.latest, `${HATCH} stroke="#000" stroke-width="2.5"`);
        tick(session.due);
        break;
    }
    const cx = num(mid(on));
    const cy = num(y + 24);
    if (session.status === "done") {
      body.push(`<circle cx="${cx}" cy="${cy}" r="6" fill="#000"/>`);
    } else if (session.status === "booked") {
      body.push(diamond(mid(on), y + 24));
    }
    y += ROW;
  }
  if (plan.resultCheckOn !== undefined || plan.finalResultCheckOn !== undefined) {
    rowLabel(label({ kind: "result-checks", first: plan.resultCheckOn, final: plan.finalResultCheckOn }));
    for (const day of [plan.resultCheckOn, plan.finalResultCheckOn]) {
      if (day !== undefined) body.push(square(mid(day), y + 24));
    }
    y += ROW;
  }
  if (m !== undefined) {
    rowLabel(
      label({ kind: "maintenance", earliest: m.earliest, due: m.due, latest: m.latest, projected: m.projected }),
    );
    bar(m.earliest, m.latest, 'fill="#fff" stroke="#000" stroke-width="1.5" stroke-dasharray="1.5 2.5"');
    tick(m.due);
    y += ROW;
  }
  const bottom = y;

  // The axis: a grid line and a label per month (fewer labels over a long span).
  const grid: string[] = [];
  const months: string[] = [];
  for (let month = first; month < end; month = plusMonths(month, 1)) months.push(month);
  const step = Math.ceil(months.length / 12);
  months.forEach((month, index) => {
    if (index % step !== 0) return;
    const at = x(month);
    grid.push(
      `<line x1="${num(at)}" y1="${num(TOP - 20)}" x2="${num(at)}" y2="${num(bottom)}" stroke="#949494" stroke-width="0.5"/>`,
    );
    // No label where it would run off the right edge.
    if (at <= RIGHT - 56) text(at + 3, TOP - 8, label({ kind: "month", on: month }), ' font-size="11"');
  });

  // Today: a dashed line over every row, its label on the side with room.
  const today = mid(plan.today);
  const left = today > (LEFT + RIGHT) / 2;
  const todayLine = `<line x1="${num(today)}" y1="${num(TOP - 34)}" x2="${num(today)}" y2="${num(bottom)}" stroke="#000" stroke-width="2" stroke-dasharray="6 3"/>`;
  text(
    left ? today - 4 : today + 4,
    TOP - 24,
    label({ kind: "today", on: plan.today }),
    ` font-weight="bold"${left ? ' text-anchor="end"' : ""}`,
  );

  // The legend: the marks the picture uses, each with its words.
  const has = (status: SessionWindow["status"]) => plan.sessions.some((session) => session.status === status);
  const items: SvgLegendItem[] = [];
  if (has("due")) items.push("window");
  if (has("upcoming")) items.push("upcoming");
  if (has("due") || has("upcoming") || has("overdue") || m !== undefined) items.push("due");
  if (has("done")) items.push("done");
  if (has("booked")) items.push("booked");
  if (has("overdue")) items.push("overdue");
  if (summary.resultCheckOn !== undefined || summary.finalResultCheckOn !== undefined) items.push("result-check");
  if (m !== undefined) items.push("maintenance");
  if (deferral) items.push("deferral");
  items.push("today");
  const legend: string[] = [];
  items.forEach((item, index) => {
    const lx = LEFT + (index % LEGEND_PER_LINE) * LEGEND_SLOT;
    const ly = bottom + 16 + Math.floor(index / LEGEND_PER_LINE) * 20;
    legend.push(legendMark(item, lx, ly, prefix));
    text(lx + 26, ly + 4, label({ kind: "legend", item }));
  });
  const height = bottom + 16 + Math.ceil(items.length / LEGEND_PER_LINE) * 20;

  return `${[
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" width="${String(WIDTH)}" height="${num(height)}" viewBox="0 0 ${String(WIDTH)} ${num(height)}" font-family="sans-serif" font-size="12" fill="#000">`,
    `<title id="${prefix}-title">${title}</title>`,
    `<desc id="${prefix}-desc">${description}</desc>`,
    `<defs><pattern id="${prefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="2"/></pattern></defs>`,
    `<rect width="${String(WIDTH)}" height="${num(height)}" fill="#fff"/>`,
    `<text x="${num(LEFT)}" y="20" font-size="15" font-weight="bold">${title}</text>`,
    ...grid,
    ...body,
    todayLine,
    ...legend,
    '<g paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round">',
    ...texts,
    "</g>",
    "</svg>",
  ].join("\n")}\n`;
}

/** A booked session's diamond, centred on (cx, cy). */
function diamond(cx: number, cy: number): string {
  return `<path d="M${num(cx)} ${num(cy - 7)}L${num(cx + 7)} ${num(cy)}L${num(cx)} ${num(cy + 7)}L${num(cx - 7)} ${num(cy)}Z" fill="#fff" stroke="#000" stroke-width="2"/>`;
}

/** A result check's square, centred on (cx, cy). */
function square(cx: number, cy: number): string {
  return `<rect x="${num(cx - 5)}" y="${num(cy - 5)}" width="10" height="10" fill="#000"/>`;
}

/** The mark of a legend item, in a 20-pixel box from (x, y - 6). */
function legendMark(item: SvgLegendItem, x: number, y: number, prefix: string): string {
  const box = (attributes: string) => `<rect x="${num(x)}" y="${num(y - 5)}" width="20" height="10" ${attributes}/>`;
  switch (item) {
    case "window":
      return box('fill="#d9d9d9" stroke="#000"');
    case "upcoming":
      return box('fill="#fff" stroke="#000" stroke-dasharray="5 3"');
    case "due":
      return `<line x1="${num(x + 10)}" y1="${num(y - 8)}" x2="${num(x + 10)}" y2="${num(y + 8)}" stroke="#000" stroke-width="2"/>`;
    case "done":
      return `<circle cx="${num(x + 10)}" cy="${num(y)}" r="6" fill="#000"/>`;
    case "booked":
      return diamond(x + 10, y);
    case "overdue":
      return box(`fill="url(#${prefix}-hatch)" stroke="#000" stroke-width="2.5"`);
    case "result-check":
      return square(x + 10, y);
    case "maintenance":
      return box('fill="#fff" stroke="#000" stroke-width="1.5" stroke-dasharray="1.5 2.5"');
    case "deferral":
      return box(`fill="url(#${prefix}-hatch)" stroke="#000"`);
    case "today":
      return `<line x1="${num(x + 10)}" y1="${num(y - 8)}" x2="${num(x + 10)}" y2="${num(y + 8)}" stroke="#000" stroke-width="2" stroke-dasharray="6 3"/>`;
  }
}
