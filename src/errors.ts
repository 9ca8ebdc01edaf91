/**
 * The library's one error class.
 *
 * @module
 */

/**
 * Stable machine-readable error codes.
 *
 * - `INVALID_INPUT`: a value given to a function or parse helper does not have the documented shape.
 * - `INVALID_PROTOCOL`: protocol settings are malformed or inconsistent (for example min interval above max).
 *
 * @category Errors
 */
export type PlannerErrorCode = "INVALID_INPUT" | "INVALID_PROTOCOL";

/**
 * One problem found in an input: where it is, what was there, and what was expected.
 *
 * @category Errors
 */
export interface PlannerIssue {
  /** Dotted path to the offending value, for example `patient.factors[1].until`. */
  readonly path: string;
  /** The offending value as received. */
  readonly value: unknown;
  /** What was expected, in English. */
  readonly message: string;
}

/**
 * Thrown by every function of the library when its input is malformed. It always
 * names the path and the value of each problem; `code` is stable across versions.
 *
 * @example
 * ```ts
 * import { PlannerError, assessEligibility } from "microneedling-planner";
 * let caught: unknown;
 * try {
 *   assessEligibility({ goal: "scar-revision", fitzpatrick: "III", scars: [] }, { on: "2026-02-30" });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof PlannerError && caught.code;
 * //=> "INVALID_INPUT"
 * caught instanceof PlannerError && caught.issues[0]?.path;
 * //=> "options.on"
 * ```
 * @category Errors
 */
export class PlannerError extends Error {
  /** Stable error code. */
  readonly code: PlannerErrorCode;
  /** Every problem found, at least one. */
  readonly issues: readonly PlannerIssue[];

  /**
   * @param code - stable error code
   * @param issues - the problems found (at least one)
   */
  constructor(code: PlannerErrorCode, issues: readonly PlannerIssue[]) {
    super(formatIssues(issues));
    this.name = "PlannerError";
    this.code = code;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}

function formatIssues(issues: readonly PlannerIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}, got ${describeValue(issue.value)}`).join("; ");
}

/**
 * Renders a received value for an error message: short, never throwing.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (type === "string")
    return JSON.stringify((value as string).length > 60 ? `${(value as string).slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `an array of ${String(value.length)}`;
  if (type === "bigint") return `${String(value)}n`;
  if (type === "object" && value !== null) return "an object";
  // undefined, null, numbers and booleans as written; "a function", "a symbol"
  return type === "function" || type === "symbol" ? `a ${type}` : String(value);
}
