/**
 * Checks a value against a generated {@link Node}: the root entry's input checks, zod-free.
 * Semantics follow zod's for the same schema (tests/differential.test.ts proves it): an object
 * reads its keys as zod does and reports every enumerable key it does not have; a missing or
 * `undefined` value where one is needed is `required`; an array longer than its maximum is one
 * issue and its items are not checked; a refinement runs unless a part of the value has the
 * wrong type or is an over-long array (unknown keys, bounds and formats do not stop it).
 *
 * @module
 * @internal
 */
import { isIsoDate } from "../_lib/iso-date.js";
import { type IssueCode, PlannerError, type PlannerErrorCode, type PlannerIssue } from "../errors.js";
import { INPUT_DATE_MESSAGE, INPUT_MAX_YEAR, RESULT_DATE_MESSAGE } from "../models/iso-date.js";
import { REFINEMENTS, type Refinement, type RefinementName } from "../models/refinements.js";
import type { Node } from "./node.js";

/** Collects issues with the path where they were found. */
class Collector {
  readonly issues: PlannerIssue[] = [];
  /** Issues so far that stop a refinement from running (as in zod: a wrong type, an over-long array). */
  aborting = 0;
  readonly path: (string | number)[];
  constructor(
    root: string,
    /** An object known to be valid (the frozen default protocol): not checked again. */
    readonly trusted?: object,
  ) {
    this.path = [root];
  }
  add(
    code: IssueCode,
    message: string,
    value?: unknown,
    below: readonly (string | number)[] = [],
    abort = false,
  ): void {
    const path = [...this.path, ...below];
    this.issues.push(value === undefined ? { code, path, message } : { code, path, message, value });
    if (abort) this.aborting += 1;
  }
  /** A value of the wrong kind: `required` when there is none. */
  wrong(value: unknown, code: IssueCode, message: string, below?: readonly (string | number)[]): void {
    if (value === undefined) this.add("required", "required", undefined, below, true);
    else this.add(code, message, value, below, true);
  }
}

const quote = (value: string | number): string => (typeof value === "string" ? JSON.stringify(value) : String(value));
/** "expected one of ...", naming at most 12 values (a long list, such as the source ids, is cut). */
const oneOf = (values: readonly (string | number)[]): string => {
  const named = values.slice(0, 12).map(quote).join(", ");
  return `expected one of ${named}${values.length > 12 ? `, ... (${String(values.length)} values)` : ""}`;
};

/** What a node expects, as the message of an `invalid-type` issue. */
function expected(node: Node): string {
  switch (node.k) {
    case "string":
      return "expected a string";
    case "date":
      return node.maxYear === INPUT_MAX_YEAR ? INPUT_DATE_MESSAGE : RESULT_DATE_MESSAGE;
    case "int":
      return "expected an integer";
    case "number":
      return "expected a number";
    case "boolean":
      return "expected true or false";
    case "enum":
      return oneOf(node.values);
    case "array":
      return "expected an array";
    case "optional":
      return expected(node.item);
    case "union":
      return `expected ${node.options.map((option) => expected(option).slice("expected ".length)).join(" or ")}`;
    default:
      return "expected an object";
  }
}

/** "1 to 20 items", "at least 1 item", "at most 50 items"; no unit when `word` is empty. */
function bounds(min: number | undefined, max: number | undefined, word: string): string {
  const unit = (n: number | undefined): string => (word === "" ? "" : ` ${word}${n === 1 ? "" : "s"}`);
  if (min !== undefined && max !== undefined) return `${String(min)} to ${String(max)}${unit(max)}`;
  return min !== undefined ? `at least ${String(min)}${unit(min)}` : `at most ${String(max)}${unit(max)}`;
}

/** Code points of a string (a surrogate pair is one), as zod and JSON Schema count a string's length. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * Checks a length: a string's in code points, an array's in items. False when too long (an
 * over-long array's items are not checked).
 */
function lengthOk(
  value: string | readonly unknown[],
  node: { readonly min?: number; readonly max?: number },
  unit: string,
  c: Collector,
): boolean {
  // A code point is one or two UTF-16 units: count them only when the units leave the answer open.
  const units = value.length;
  const open =
    typeof value === "string" &&
    ((node.max !== undefined && units > node.max) ||
      (node.min !== undefined && units >= node.min && units < node.min * 2));
  const length = open ? codePoints(value) : units;
  if (node.max !== undefined && length > node.max) {
    // An over-long array is not read further, and stops refinements above it (zod does the same).
    c.add("too-long", `expected ${bounds(node.min, node.max, unit)}`, value, [], Array.isArray(value));
    return false;
  }
  if (node.min !== undefined && length < node.min) {
    c.add("too-short", `expected ${bounds(node.min, node.max, unit)}`, value);
  }
  return true;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Runs a named refinement on `value`, reporting below the current path. */
function refine(name: RefinementName, value: unknown, c: Collector): void {
  (REFINEMENTS[name] as Refinement)(value as never, (code, path, message, found) => {
    c.add(code, message, found, path);
  });
}

function check(node: Node, value: unknown, c: Collector): void {
  switch (node.k) {
    case "optional":
      if (value !== undefined) check(node.item, value, c);
      return;
    case "string":
      if (typeof value !== "string") {
        c.wrong(value, "invalid-type", expected(node));
        return;
      }
      lengthOk(value, node, "character", c);
      if (node.pattern !== undefined && !node.pattern.test(value)) {
        c.add("invalid-format", node.message ?? `expected a string matching ${String(node.pattern)}`, value);
      }
      return;
    case "date":
      if (typeof value !== "string") {
        c.wrong(value, "invalid-type", expected(node));
        return;
      }
      if (!isIsoDate(value, node.maxYear)) c.add("invalid-date", expected(node), value);
      return;
    case "int":
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value) || (node.k === "int" && !Number.isInteger(value))) {
        c.wrong(value, "invalid-type", expected(node));
        return;
      }
      if ((node.min ?? value) > value || (node.max ?? value) < value) {
        const range = node.min !== undefined && node.max !== undefined ? "from " : "";
        const what = node.k === "int" ? "an integer" : "a number";
        c.add("out-of-range", `expected ${what} ${range}${bounds(node.min, node.max, "")}`, value);
      }
      return;
    case "boolean":
      if (typeof value !== "boolean") c.wrong(value, "invalid-type", expected(node));
      return;
    case "enum":
      if (!node.values.includes(value as string | number)) c.wrong(value, "invalid-value", expected(node));
      return;
    case "array": {
      if (!Array.isArray(value)) {
        c.wrong(value, "invalid-type", expected(node));
        return;
      }
      const before = c.aborting;
      if (!lengthOk(value, node, "item", c)) return;
      for (let index = 0; index < value.length; index++) {
        c.path.push(index);
        check(node.item, value[index], c);
        c.path.pop();
      }
      if (node.refine !== undefined && c.aborting === before) refine(node.refine, value, c);
      return;
    }
    case "record":
      if (!isObject(value)) {
        c.wrong(value, "invalid-type", expected(node));
        return;
      }
      for (const key of Object.keys(value)) {
        c.path.push(key);
        check(node.item, value[key], c);
        c.path.pop();
      }
      return;
    case "union":
      for (const option of node.options) {
        const trial = new Collector("");
        check(option, value, trial);
        if (trial.issues.length === 0) return;
      }
      c.wrong(value, "invalid-type", expected(node));
      return;
    case "discriminated": {
      if (!isObject(value)) {
        c.wrong(value, "invalid-type", expected(node));
        return;
      }
      const tag = value[node.key];
      const option = typeof tag === "string" && Object.hasOwn(node.options, tag) ? node.options[tag] : undefined;
      if (option === undefined) {
        c.wrong(tag, "invalid-value", oneOf(Object.keys(node.options)), [node.key]);
        return;
      }
      check(option, value, c);
      return;
    }
    case "object": {
      if (!isObject(value)) {
        c.wrong(value, "invalid-type", expected(node));
        return;
      }
      if (value === c.trusted) return;
      const before = c.aborting;
      const { fields } = node;
      for (const key in fields) {
        c.path.push(key);
        check(fields[key] as Node, value[key], c);
        c.path.pop();
      }
      for (const key in value) {
        if (!Object.hasOwn(fields, key)) {
          const known = Object.keys(fields);
          const expectedKeys = known.length === 0 ? "expected no keys" : `expected one of ${known.join(", ")}`;
          c.add("unknown-key", `unknown key; ${expectedKeys}`, value[key], [key]);
        }
      }
      if (node.refine !== undefined && c.aborting === before) {
        refine(node.refine, value, c);
      }
      return;
    }
    case "custom":
      if (value === undefined) {
        c.wrong(value, "invalid-type", "");
        return;
      }
      refine(node.refine, value, c);
      return;
  }
}

/**
 * Every issue of `value` against `node`, with paths starting at `root`. Empty when valid.
 * @internal
 */
export function issuesOf(node: Node, value: unknown, root: string, trusted?: object): PlannerIssue[] {
  const collector = new Collector(root, trusted);
  check(node, value, collector);
  return collector.issues;
}

/** An argument to check: its node, its value and its name. @internal */
export type Argument = readonly [node: Node, value: unknown, name: string];

/**
 * Checks each argument against its node and throws one {@link PlannerError} with every issue.
 * `trusted` is an object known to be valid, not checked again (the frozen default protocol).
 * @internal
 */
export function assertValid(code: PlannerErrorCode, args: readonly Argument[], trusted?: object): void {
  let issues: PlannerIssue[] | undefined;
  for (const [node, value, root] of args) {
    const found = issuesOf(node, value, root, trusted);
    if (found.length > 0) issues = issues === undefined ? found : [...issues, ...found];
  }
  if (issues !== undefined) throw new PlannerError(code, issues);
}
