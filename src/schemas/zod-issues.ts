/**
 * Turns zod issues into {@link PlannerIssue}s that name the path and the value.
 *
 * @module
 * @internal
 */
import type * as z from "zod";
import type { PlannerIssue } from "../errors.js";

/** Formats a path like `patient.scars[0].type`. @internal */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${String(key)}]` : `${out}.${String(key)}`),
    root,
  );
}

function field(input: unknown, key: string): unknown {
  return typeof input === "object" && input !== null && Object.hasOwn(input, key)
    ? (input as Record<string, unknown>)[key]
    : undefined;
}

/** One planner issue per zod issue (one per key for unrecognized keys). @internal */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], root: string): PlannerIssue[] {
  return issues.flatMap((issue): PlannerIssue[] => {
    const path = formatPath(root, issue.path);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: `${path}.${key}`,
        value: field(issue.input, key),
        message: "unknown field",
      }));
    }
    if (issue.code === "invalid_union" && typeof issue.discriminator === "string") {
      return [{ path, value: field(issue.input, issue.discriminator), message: issue.message }];
    }
    return [{ path, value: issue.input, message: issue.message }];
  });
}
