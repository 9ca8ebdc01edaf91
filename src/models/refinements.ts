/**
 * The rules of a model that a type and its bounds cannot say: relations between a protocol's
 * settings, the note an `other` factor needs, what a message layer is. Written once, zod-free:
 * the zod schemas run them as refinements and the root entry's generated checks call them by
 * name, so both report the same issues.
 *
 * @module
 * @internal
 */
import type { IssueCode, IssuePath } from "../errors.js";
import { SCAR_TYPES, SEVERITIES } from "./values.js";

/** Reports one issue, at a path relative to the refined value. @internal */
export type Report = (code: IssueCode, path: IssuePath, message: string, value?: unknown) => void;

/** A refinement: reports what is wrong with an otherwise well-formed value. @internal */
export type Refinement = (value: never, report: Report) => void;

interface RangeLike {
  readonly min: number;
  readonly typical: number;
  readonly max: number;
}
interface WindowLike {
  readonly earliestMonths: number;
  readonly dueMonths: number;
  readonly latestMonths: number;
}
interface ProtocolLike {
  readonly sessions: Readonly<Record<"mild" | "moderate" | "severe" | "rejuvenation", RangeLike>>;
  readonly sessionsByType: Readonly<Partial<Record<string, RangeLike>>>;
  readonly resultCheckMonths: number;
  readonly finalResultCheckMonths: number;
  readonly interval: { readonly minWeeks: number; readonly maxWeeks: number };
  readonly reassessAfterWeeks: number;
  readonly maintenance: Readonly<Record<"scarRevision" | "rejuvenation", WindowLike>>;
}

/** Each of `keys` at least the one before it, for example min <= typical <= max. */
function ascending(
  settings: Readonly<Record<string, number>>,
  keys: readonly string[],
  at: readonly string[],
  report: Report,
): void {
  // Stryker disable next-line EqualityOperator: one more turn reads settings["undefined"], absent from a value with known keys only (the relations see no other); undefined < low is false
  for (let i = 1; i < keys.length; i++) {
    const lower = keys[i - 1] as string;
    const key = keys[i] as string;
    const [low, value] = [settings[lower] as number, settings[key] as number];
    if (value < low) report("inconsistent", [...at, key], `must be at least ${lower} (${String(low)})`, value);
  }
}

const COUNTS = ["min", "typical", "max"] as const;

/**
 * The relations between a protocol's settings: min <= typical <= max, estimates never fall as
 * severity rises, min interval <= max interval <= reassessment threshold, maintenance
 * earliest <= due <= latest.
 */
function protocolRelations(protocol: ProtocolLike, report: Report): void {
  // Known keys only: an unknown key (reported on its own) does not reach the relations.
  for (const name of [...SEVERITIES, "rejuvenation"] as const) {
    ascending(protocol.sessions[name] as unknown as Record<string, number>, COUNTS, ["sessions", name], report);
  }
  for (const type of SCAR_TYPES) {
    const range = protocol.sessionsByType[type];
    if (range !== undefined)
      ascending(range as unknown as Record<string, number>, COUNTS, ["sessionsByType", type], report);
  }
  for (let i = 1; i < SEVERITIES.length; i++) {
    const lowerName = SEVERITIES[i - 1] as "mild";
    const name = SEVERITIES[i] as "mild";
    const [lower, higher] = [protocol.sessions[lowerName], protocol.sessions[name]];
    for (const key of COUNTS) {
      if (higher[key] < lower[key]) {
        report(
          "inconsistent",
          ["sessions", name, key],
          `must not be below ${lowerName}.${key} (${String(lower[key])}): estimates may not fall as severity rises`,
          higher[key],
        );
      }
    }
  }
  const { minWeeks, maxWeeks } = protocol.interval;
  if (maxWeeks < minWeeks) {
    report("inconsistent", ["interval", "maxWeeks"], `must be at least minWeeks (${String(minWeeks)})`, maxWeeks);
  }
  if (protocol.reassessAfterWeeks < maxWeeks) {
    report(
      "inconsistent",
      ["reassessAfterWeeks"],
      `must be at least interval.maxWeeks (${String(maxWeeks)})`,
      protocol.reassessAfterWeeks,
    );
  }
  if (protocol.finalResultCheckMonths < protocol.resultCheckMonths) {
    report(
      "inconsistent",
      ["finalResultCheckMonths"],
      `must be at least resultCheckMonths (${String(protocol.resultCheckMonths)})`,
      protocol.finalResultCheckMonths,
    );
  }
  for (const name of ["scarRevision", "rejuvenation"] as const) {
    ascending(
      protocol.maintenance[name] as unknown as Record<string, number>,
      ["earliestMonths", "dueMonths", "latestMonths"],
      ["maintenance", name],
      report,
    );
  }
}

/** An `other` factor needs a note saying what it is. */
function otherFactorNote(factor: { readonly code: string; readonly note?: string | undefined }, report: Report): void {
  if (factor.code === "other" && factor.note === undefined) {
    report("required", ["note"], "an 'other' factor needs a note saying what it is");
  }
}

/** At most one booking per session (a later one replaces an earlier one in the caller's store, not here). */
function oneBookingPerSession(bookings: readonly { readonly session: number }[], report: Report): void {
  const seen = new Set<number>();
  for (let index = 0; index < bookings.length; index++) {
    const { session } = bookings[index] as { readonly session: number };
    if (seen.has(session)) {
      report("inconsistent", [index, "session"], `session ${String(session)} is booked more than once`, session);
    }
    seen.add(session);
  }
}

/**
 * iCalendar UIDs need an identity for the patient's calendar: a caller-chosen pseudonym
 * (`calendarId`), or the patient's own id when the caller opts in (`usePatientId: true`).
 */
function calendarIdentity(
  options: { readonly calendarId?: string | undefined; readonly usePatientId?: boolean | undefined },
  report: Report,
): void {
  if (options.calendarId === undefined && options.usePatientId !== true) {
    report(
      "required",
      ["calendarId"],
      "required: a pseudonym for this patient's calendar (UIDs must differ between patients), or usePatientId: true",
    );
  }
}

/** The message when a value is not a message layer. @internal */
export const MESSAGE_LAYER_EXPECTED =
  "expected a complete message layer: finding, reminder, bookingReason, formatDate, svgTitle, svgDescription and svgLabel functions and labels, ical, fhir, cli and cds texts (spread englishMessages and override)";

/** The functions every message layer has. */
const LAYER_FUNCTIONS = Object.freeze([
  "finding",
  "reminder",
  "bookingReason",
  // Every word replaceable (issue 13)
  "formatDate",
  // The SVG timeline (issue 13)
  "svgTitle",
  "svgDescription",
  "svgLabel",
]);

/** The blocks of texts every message layer has (their contents are the type checker's to check). */
const LAYER_BLOCKS = Object.freeze([
  // Every word replaceable (issue 13)
  "labels",
  "ical",
  "fhir",
  "cli",
  // CDS Hooks cards (issue 15)
  "cds",
] as const);

/** The functions each block of a message layer has (the exports call them; found by the fuzzer). */
const BLOCK_FUNCTIONS: Readonly<Record<(typeof LAYER_BLOCKS)[number], readonly string[]>> = Object.freeze({
  labels: ["sessionFlag"],
  ical: ["sessionSummary", "done", "booked", "window", "maintenance"],
  fhir: ["title", "description", "sessionCode", "session", "overdue", "maintenance"],
  cli: [
    "planHeading",
    "eligibility",
    "sources",
    "estimate",
    "resultCheck",
    "maintenance",
    "booking",
    "bookingEligibility",
  ],
  cds: ["eligibilitySummary", "bookingSummary", "sourceLabel", "heading", "noReasons", "overrideReason", "service"],
});

/** True for a message layer: an object (or class instance) with its functions and blocks. @internal */
export function isMessageLayer(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const layer = value as Record<string, unknown>;
  return (
    LAYER_FUNCTIONS.every((key) => typeof layer[key] === "function") &&
    LAYER_BLOCKS.every((key) => {
      const block = layer[key] as Record<string, unknown> | null;
      return (
        typeof block === "object" &&
        block !== null &&
        BLOCK_FUNCTIONS[key].every((name) => typeof block[name] === "function")
      );
    })
  );
}

/** A message layer, checked by what it does, not by its keys. */
function messageLayer(value: unknown, report: Report): void {
  if (!isMessageLayer(value)) report("invalid-type", [], MESSAGE_LAYER_EXPECTED, value);
}

/**
 * Every refinement, by the name the schemas and the generated checks use.
 * @internal
 */
export const REFINEMENTS = Object.freeze({
  protocolRelations,
  otherFactorNote,
  messageLayer,
  oneBookingPerSession,
  calendarIdentity,
});

/** The name of a refinement. @internal */
export type RefinementName = keyof typeof REFINEMENTS;
