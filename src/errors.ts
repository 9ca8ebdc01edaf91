/**
 * The library's one error class, its codes, and the issue codes of bad input.
 *
 * @module
 */

/**
 * Every error code, as a runtime list.
 *
 * - `INVALID_INPUT`: a value given to a function or parse helper does not have the documented shape.
 * - `INVALID_PROTOCOL`: protocol settings given to `defineProtocol` or `parseProtocol` are
 *   malformed or inconsistent (for example min interval above max).
 *
 * @example
 * ```ts
 * import { PLANNER_ERROR_CODES } from "microneedling-planner";
 * PLANNER_ERROR_CODES;
 * //=> ["INVALID_INPUT", "INVALID_PROTOCOL"]
 * ```
 * @category Errors
 */
export const PLANNER_ERROR_CODES = Object.freeze(["INVALID_INPUT", "INVALID_PROTOCOL"] as const);

/** An error code, one of {@link PLANNER_ERROR_CODES}. @category Errors */
export type PlannerErrorCode = (typeof PLANNER_ERROR_CODES)[number];

/**
 * Every issue code, as a runtime list: what a form or a service can switch on.
 *
 * - `required`: a required key is missing (or `undefined`).
 * - `unknown-key`: a key the model does not have (a typo such as `scar` for `scars`).
 * - `invalid-type`: the wrong kind of value (a string where a number goes, a fraction where an integer goes).
 * - `invalid-value`: not one of the allowed values (an unknown scar type or Fitzpatrick type).
 * - `invalid-date`: not a real calendar date `YYYY-MM-DD` in range.
 * - `invalid-format`: a string of the wrong form (a FHIR reference, a domain name, a time).
 * - `out-of-range`: a number below its minimum or above its maximum.
 * - `too-short`, `too-long`: a string or an array outside its length limits.
 * - `inconsistent`: a value that contradicts another (a protocol's min interval above its max).
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from "microneedling-planner";
 * ISSUE_CODES.includes("unknown-key");
 * //=> true
 * ```
 * @category Errors
 */
export const ISSUE_CODES = Object.freeze([
  "required",
  "unknown-key",
  "invalid-type",
  "invalid-value",
  "invalid-date",
  "invalid-format",
  "out-of-range",
  "too-short",
  "too-long",
  "inconsistent",
] as const);

/** An issue code, one of {@link ISSUE_CODES}. @category Errors */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * Where an issue is: the argument's name, then keys and array indexes, as in zod
 * (`["patient", "scars", 0, "type"]`).
 *
 * @category Errors
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input: a stable code, where it is, what was expected, and a bounded
 * preview of what was there.
 *
 * @category Errors
 */
export interface PlannerIssue {
  /** What is wrong, stable across versions. */
  readonly code: IssueCode;
  /** Where: the argument's name, then keys and indexes. */
  readonly path: IssuePath;
  /** What was expected, in English. */
  readonly message: string;
  /**
   * A bounded, JSON-safe preview of the value found (absent when there was none): strings are
   * cut to 100 characters, arrays and objects to their first items, one level deep. Free text may
   * hold patient data: log and return it accordingly.
   */
  readonly value?: unknown;
}

/** At most this many issues are kept in an error. @internal */
export const MAX_ISSUES = 50;

/** The serialised issues of an error stay within about this many characters. @internal */
export const MAX_ISSUES_SIZE = 12_000;

const BRAND = Symbol.for("microneedling-planner.PlannerError");

/**
 * True for a {@link PlannerError}, from this copy of the package or another (an ESM and a CJS
 * copy loaded side by side); `instanceof PlannerError` uses the same test.
 *
 * @param value - anything caught
 * @returns whether it is a planner error
 *
 * @example
 * ```ts
 * import { isPlannerError, planTreatment } from "microneedling-planner";
 * let caught: unknown;
 * try {
 *   planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "2026-13-01" });
 * } catch (error) {
 *   caught = error;
 * }
 * isPlannerError(caught) && caught.issues.map((issue) => [issue.code, issue.path]);
 * //=> [["invalid-date", ["options", "today"]]]
 * ```
 * @category Errors
 */
export function isPlannerError(value: unknown): value is PlannerError {
  // Stryker disable next-line ConditionalExpression: a shortcut; null[BRAND] throws, and the catch below returns false too
  if (value === null) return false;
  try {
    return typeof value === "object" && (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false; // a proxy whose traps throw
  }
}

/**
 * Thrown by every function of the library when its input is malformed. `code` and each issue's
 * `code` and `path` are stable across versions; `message`s are English. The error is safe to
 * serialise whatever the input: `JSON.stringify(error)` gives `{ name, code, message, issues }`,
 * and a structured clone (`postMessage`, `structuredClone`), which keeps only an error's
 * message and cause, finds `{ code, issues }` in `cause`.
 *
 * @example
 * ```ts
 * import { PlannerError, assessEligibility } from "microneedling-planner";
 * let caught: unknown;
 * try {
 *   assessEligibility({ goal: "scar-revision", fitzpatrick: "III", scar: [] }, { today: "2026-11-24" });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof PlannerError && caught.code;
 * //=> "INVALID_INPUT"
 * caught instanceof PlannerError && caught.issues[0];
 * //=> { code: "unknown-key", path: ["patient", "scar"], message: "unknown key; expected one of id, goal, fitzpatrick, birthDate, scars, factors", value: [] }
 * ```
 * @category Errors
 */
export class PlannerError extends Error {
  /** Stable error code. */
  readonly code: PlannerErrorCode;
  /**
   * The problems found, argument by argument, in the order of the model's fields: at least one, at
   * most 50 and about 12,000 characters of JSON (the message says how many more there were).
   */
  readonly issues: readonly PlannerIssue[];

  /**
   * @param code - stable error code
   * @param issues - the problems found (at least one); values are bounded to a preview
   */
  constructor(code: PlannerErrorCode, issues: readonly PlannerIssue[]) {
    const kept = Object.freeze(keepIssues(issues));
    super(describeIssues(kept, issues.length), { cause: Object.freeze({ code, issues: kept }) });
    this.name = "PlannerError";
    this.code = code;
    this.issues = kept;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** Recognises planner errors from every copy of the package (see {@link isPlannerError}). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isPlannerError(value);
  }

  /** The JSON form: `{ name, code, message, issues }`. */
  toJSON(): { name: string; code: PlannerErrorCode; message: string; issues: readonly PlannerIssue[] } {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues };
  }
}

/** The first issues, at most {@link MAX_ISSUES} and about {@link MAX_ISSUES_SIZE} characters of JSON. */
function keepIssues(issues: readonly PlannerIssue[]): PlannerIssue[] {
  const kept: PlannerIssue[] = [];
  let size = 0;
  for (const issue of issues.slice(0, MAX_ISSUES)) {
    const bounded = boundIssue(issue);
    size += JSON.stringify(bounded).length;
    if (kept.length > 0 && size > MAX_ISSUES_SIZE) break;
    kept.push(bounded);
  }
  return kept;
}

function boundIssue(issue: PlannerIssue): PlannerIssue {
  const bounded: { -readonly [K in keyof PlannerIssue]: PlannerIssue[K] } = {
    code: issue.code,
    path: Object.freeze(issue.path.map((key) => (typeof key === "number" ? key : cut(String(key), 60)))),
    message: cut(String(issue.message), 300),
  };
  if ("value" in issue && issue.value !== undefined) bounded.value = previewValue(issue.value);
  return Object.freeze(bounded);
}

function describeIssues(issues: readonly PlannerIssue[], total: number): string {
  const shown = issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (total > shown.length) shown.push(`and ${String(total - shown.length)} more`);
  return shown.join("; ");
}

/**
 * Formats a path like `patient.scars[0].type`.
 * @internal
 */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${String(key)}]` : out === "" ? key : `.${key}`;
  return out;
}

/** Cuts a string to `max` characters, ending in an ellipsis, without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

const ITEMS = 3;

/**
 * A bounded, JSON-safe preview of a value: strings cut to 100 characters (20 inside an array or
 * object), arrays and objects to their first 3 items, one level deep, with a note of what was
 * left out. Never throws, whatever the value (getters, proxies, cycles, deep nesting).
 *
 * @internal
 */
export function previewValue(value: unknown): unknown {
  try {
    return preview(value, 0);
  } catch {
    return "[unreadable value]";
  }
}

function preview(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case "string":
      return cut(value, depth === 0 ? 100 : 20);
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "boolean":
      return value;
    case "bigint":
      return cut(`${String(value)}n`, 40);
    case "undefined":
      return null;
    case "symbol":
    case "function":
      return `[${typeof value}]`;
  }
  // An object, or null.
  if (value === null) return null;
  if (Array.isArray(value)) {
    if (depth > 0) return `[array of ${String(value.length)}]`;
    const items = value.slice(0, ITEMS).map((item) => preview(item, depth + 1));
    if (value.length > ITEMS) items.push(`… ${String(value.length - ITEMS)} more`);
    return items;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return Object.prototype.toString.call(value);
  if (depth > 0) return "[object]";
  const keys = Object.keys(value as object);
  const out: Record<string, unknown> = {};
  for (const key of keys.slice(0, ITEMS)) {
    // defineProperty: a key such as "__proto__" stays a plain key.
    Object.defineProperty(out, cut(key, 40), {
      value: preview((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (keys.length > ITEMS) out["…"] = `${String(keys.length - ITEMS)} more`;
  return out;
}
