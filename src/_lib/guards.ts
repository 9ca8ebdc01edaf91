/**
 * Small zod-free checks for domain functions, so that a value that violates its type
 * becomes a {@link PlannerError} naming the path and value, never a raw TypeError.
 *
 * @module
 * @internal
 */
import { PlannerError, type PlannerIssue } from "../errors.js";
import { isIsoDate } from "./iso-date.js";

/** Collects problems under a path. @internal */
export type Check = (value: unknown, path: string, issues: PlannerIssue[]) => void;

/** True for a plain, non-array object. @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value from a fixed list. @internal */
export const oneOf =
  (values: readonly unknown[]): Check =>
  (value, path, issues) => {
    if (!values.includes(value)) {
      issues.push({ path, value, message: `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}` });
    }
  };

/** A real calendar date `YYYY-MM-DD`. @internal */
export const isoDate: Check = (value, path, issues) => {
  if (!isIsoDate(value)) {
    issues.push({ path, value, message: "expected a real calendar date YYYY-MM-DD from 1900 to 2999" });
  }
};

/** A real calendar date `YYYY-MM-DD` in a result: from 1900 to 9999. @internal */
export const resultDate: Check = (value, path, issues) => {
  if (!isIsoDate(value, 9999)) {
    issues.push({ path, value, message: "expected a real calendar date YYYY-MM-DD from 1900 to 9999" });
  }
};

/** A plain object (any properties). @internal */
export const record: Check = (value, path, issues) => {
  if (!isRecord(value)) issues.push({ path, value, message: "expected an object" });
};

/**
 * Parameters of a finding or session flag: an object of strings and numbers only, as their
 * schema says (messages and exports print them into text). @internal
 */
export const params: Check = (value, path, issues) => {
  if (!isRecord(value)) {
    issues.push({ path, value, message: "expected an object" });
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== "string" && typeof item !== "number") {
      issues.push({ path: `${path}.${key}`, value: item, message: "expected a string or a number" });
    }
  }
};

/** A string of bounded length. @internal */
export const text =
  (min: number, max: number): Check =>
  (value, path, issues) => {
    if (typeof value !== "string" || value.length < min || value.length > max) {
      issues.push({ path, value, message: `expected a string of ${String(min)} to ${String(max)} characters` });
    }
  };

/** An integer within bounds. @internal */
export const integer =
  (min: number, max: number): Check =>
  (value, path, issues) => {
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      issues.push({ path, value, message: `expected an integer from ${String(min)} to ${String(max)}` });
    }
  };

/** Undefined, or passes `check`. @internal */
export const optional =
  (check: Check): Check =>
  (value, path, issues) => {
    if (value !== undefined) check(value, path, issues);
  };

/** An array of at most `max` items, each passing `item`. @internal */
export const arrayOf =
  (item: Check, max: number): Check =>
  (value, path, issues) => {
    // An own `constructor` would hijack Array.prototype.map and friends (Symbol.species).
    if (!Array.isArray(value) || value.length > max || Object.hasOwn(value, "constructor")) {
      issues.push({ path, value, message: `expected an array of at most ${String(max)} items` });
      return;
    }
    for (let index = 0; index < value.length; index++) {
      item(value[index], `${path}[${String(index)}]`, issues);
    }
  };

/** An object whose listed own properties pass their checks (other properties are ignored). @internal */
export const shape = (
  fields: Readonly<Record<string, Check>>,
  refine?: (value: Readonly<Record<string, unknown>>, path: string, issues: PlannerIssue[]) => void,
): Check => {
  const entries = Object.entries(fields); // once per shape, not per call: this is on every hot path
  return (value, path, issues) => {
    if (!isRecord(value)) {
      issues.push({ path, value, message: "expected an object" });
      return;
    }
    for (const [key, check] of entries) {
      check(Object.hasOwn(value, key) ? value[key] : undefined, `${path}.${key}`, issues);
    }
    refine?.(value, path, issues);
  };
};

/** A function. @internal */
const fn: Check = (value, path, issues) => {
  if (typeof value !== "function") issues.push({ path, value, message: "expected a function" });
};

/** An optional message layer: an object with `finding` and `reminder` functions. @internal */
export const messageLayer: Check = optional(shape({ finding: fn, reminder: fn }));

/**
 * Runs `check` and throws `INVALID_INPUT` with every problem found.
 * @internal
 */
export function assertValid(check: Check, value: unknown, path: string): void {
  const issues: PlannerIssue[] = [];
  check(value, path, issues);
  if (issues.length > 0) throw new PlannerError("INVALID_INPUT", issues);
}
