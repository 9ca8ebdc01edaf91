/**
 * Turns zod issues into {@link PlannerIssue}s: the issue code, path and value the root entry's
 * checks report for the same input (tests/differential.test.ts holds them to it). Parse helpers
 * report the root entry's issues, so that both paths word them alike; this mapping is their
 * fallback and the tests' reference.
 *
 * @module
 * @internal
 */
import type * as z from "zod";
import type { IssueCode, PlannerIssue } from "../errors.js";
import { INPUT_YEARS, RESULT_YEARS } from "./iso-date.js";

const DATE_PATTERNS = new Set([`/${INPUT_YEARS.source}/`, `/${RESULT_YEARS.source}/`]);

function field(input: unknown, key: PropertyKey): unknown {
  return typeof input === "object" && input !== null ? (input as Record<PropertyKey, unknown>)[key] : undefined;
}

function codeOf(issue: z.core.$ZodIssue): IssueCode {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "required" : "invalid-type";
    case "invalid_value":
      return issue.input === undefined ? "required" : "invalid-value";
    case "invalid_union":
      return "invalid-type";
    case "invalid_format":
      return issue.format === "date" || (issue.format === "regex" && DATE_PATTERNS.has(String(issue.pattern)))
        ? "invalid-date"
        : "invalid-format";
    case "too_big":
      return issue.origin === "string" || issue.origin === "array" ? "too-long" : "out-of-range";
    case "too_small":
      return issue.origin === "string" || issue.origin === "array" ? "too-short" : "out-of-range";
    case "custom":
      return ((issue.params as { code?: IssueCode } | undefined)?.code ?? "invalid-type") as IssueCode;
    default:
      return "invalid-type";
  }
}

/**
 * One planner issue per zod issue (one per key for unknown keys), paths starting at `root`;
 * one issue per code and path. Messages are zod's.
 * @internal
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], root: string): PlannerIssue[] {
  const out: PlannerIssue[] = [];
  const seen = new Set<string>();
  const push = (code: IssueCode, path: (string | number)[], message: string, value: unknown) => {
    const key = `${code} ${JSON.stringify(path)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(value === undefined ? { code, path, message } : { code, path, message, value });
  };
  for (const issue of issues) {
    const path = [root, ...issue.path.map((key) => (typeof key === "number" ? key : String(key)))];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) push("unknown-key", [...path, key], issue.message, field(issue.input, key));
    } else if (issue.code === "invalid_union" && typeof issue.discriminator === "string") {
      // zod's path already ends with the discriminator; its input is the object.
      const tag = field(issue.input, issue.discriminator);
      push(tag === undefined ? "required" : "invalid-value", path, issue.message, tag);
    } else {
      push(codeOf(issue), path, issue.message, issue.input);
    }
  }
  // zod also measures the length of a value of the wrong type (a string where an array goes):
  // the wrong type is the one issue there.
  const wrongType = new Set(
    out.filter((issue) => issue.code === "invalid-type").map((issue) => JSON.stringify(issue.path)),
  );
  return out.filter(
    (issue) => !(issue.code === "too-long" || issue.code === "too-short") || !wrongType.has(JSON.stringify(issue.path)),
  );
}
