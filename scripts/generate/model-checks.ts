/**
 * Generates src/validation/generated.ts: the plain-data form (src/validation/node.ts) of every
 * zod schema the root entry checks input with. The zod schemas stay the one definition; this
 * translation refuses any schema feature it cannot represent exactly, and
 * tests/differential.test.ts proves that zod and the generated checks agree.
 */
import * as z from "zod";
import { bookingCheckSchema } from "../../src/schemas/booking.js";
import { eligibilitySchema } from "../../src/schemas/eligibility.js";
import { INPUT_YEARS, RESULT_YEARS } from "../../src/schemas/iso-date.js";
import {
  assessEligibilityOptionsSchema,
  checkBookingOptionsSchema,
  courseSchema,
  estimateSessionsOptionsSchema,
  maintenanceHistorySchema,
  planMaintenanceOptionsSchema,
  planRemindersOptionsSchema,
  planSessionsOptionsSchema,
  planTreatmentOptionsSchema,
  replanOptionsSchema,
  toCdsCardsOptionsSchema,
  toFhirCarePlanOptionsSchema,
  toFhirPlanDefinitionOptionsSchema,
  toICalendarOptionsSchema,
  toSvgTimelineOptionsSchema,
} from "../../src/schemas/options.js";
import { patientSchema } from "../../src/schemas/patient.js";
import { availabilitySchema, caseFileSchema, treatmentPlanSchema } from "../../src/schemas/plan.js";
import { protocolOverridesSchema, protocolSchema } from "../../src/schemas/protocol.js";
import { refinementRegistry } from "../../src/schemas/refined.js";
import {
  compareGoodmanScoresOptionsSchema,
  goodmanScoreInputSchema,
  goodmanScoresSchema,
} from "../../src/schemas/scales.js";
import type { Node } from "../../src/validation/node.js";

/** Every schema the root entry checks, by the name of its generated node. */
export const CHECKED_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  PATIENT: patientSchema,
  CASE_FILE: caseFileSchema,
  AVAILABILITY: availabilitySchema,
  PROTOCOL: protocolSchema,
  PROTOCOL_OVERRIDES: protocolOverridesSchema,
  TREATMENT_PLAN: treatmentPlanSchema,
  COURSE: courseSchema,
  MAINTENANCE_HISTORY: maintenanceHistorySchema,
  ASSESS_ELIGIBILITY_OPTIONS: assessEligibilityOptionsSchema,
  ESTIMATE_SESSIONS_OPTIONS: estimateSessionsOptionsSchema,
  PLAN_SESSIONS_OPTIONS: planSessionsOptionsSchema,
  PLAN_MAINTENANCE_OPTIONS: planMaintenanceOptionsSchema,
  PLAN_TREATMENT_OPTIONS: planTreatmentOptionsSchema,
  PLAN_REMINDERS_OPTIONS: planRemindersOptionsSchema,
  REPLAN_OPTIONS: replanOptionsSchema,
  CHECK_BOOKING_OPTIONS: checkBookingOptionsSchema,
  GOODMAN_SCORE_INPUT: goodmanScoreInputSchema,
  GOODMAN_SCORES: goodmanScoresSchema,
  COMPARE_GOODMAN_SCORES_OPTIONS: compareGoodmanScoresOptionsSchema,
  TO_ICALENDAR_OPTIONS: toICalendarOptionsSchema,
  TO_FHIR_CARE_PLAN_OPTIONS: toFhirCarePlanOptionsSchema,
  ELIGIBILITY: eligibilitySchema,
  BOOKING_CHECK: bookingCheckSchema,
  TO_CDS_CARDS_OPTIONS: toCdsCardsOptionsSchema,
  TO_FHIR_PLAN_DEFINITION_OPTIONS: toFhirPlanDefinitionOptionsSchema,
  TO_SVG_TIMELINE_OPTIONS: toSvgTimelineOptionsSchema,
};

// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions are untyped here
type Def = any;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function fail(what: string): never {
  throw new Error(`generate model checks: ${what}`);
}

/** The checks of a schema, as their definitions. */
function checksOf(def: Def): Def[] {
  return ((def.checks ?? []) as { _zod: { def: Def } }[]).map((check) => check._zod.def);
}

/** The custom message of a check or schema, if any. */
function messageOf(def: Def): string | undefined {
  if (typeof def.error !== "function") return undefined;
  const message: unknown = def.error({});
  return typeof message === "string" ? message : fail(`a message that is not a string: ${String(message)}`);
}

function lengths(checks: Def[], node: { min?: number; max?: number }): void {
  for (const check of checks) {
    if (check.check === "min_length") node.min = check.minimum;
    else if (check.check === "max_length") node.max = check.maximum;
    else if (check.check === "length_equals") fail("exact lengths are not supported");
  }
}

/** The values a discriminated union's option takes for `key`. */
function tagsOf(schema: z.ZodType, key: string): (string | number)[] {
  const def = defOf(schema);
  if (def.type === "object") {
    const tag = defOf(def.shape[key] as z.ZodType);
    if (tag.type === "literal") return [...tag.values];
    if (tag.type === "enum") return Object.values(tag.entries);
    return fail(`discriminator ${key} is neither a literal nor an enum`);
  }
  if (def.type === "union") return (def.options as z.ZodType[]).flatMap((option) => tagsOf(option, key));
  return fail(`a discriminated union option of type ${String(def.type)}`);
}

function nodeOf(schema: z.ZodType): Node {
  const def = defOf(schema);
  const checks = checksOf(def);
  const refinement = refinementRegistry.get(schema)?.refinement;
  const custom = checks.filter((check) => check.check === "custom");
  if (custom.length > (refinement === undefined ? 0 : 1)) fail(`an unnamed refinement on a ${String(def.type)}`);

  switch (def.type) {
    case "optional":
      return { k: "optional", item: nodeOf(def.innerType) };
    case "string": {
      if (def.format === "date") {
        const years = checks.find((check) => check.format === "regex")?.pattern?.source;
        if (years === INPUT_YEARS.source) return { k: "date", maxYear: 2999 };
        if (years === RESULT_YEARS.source) return { k: "date", maxYear: 9999 };
        return fail("a date without a known year range");
      }
      const node: { k: "string"; min?: number; max?: number; pattern?: RegExp; message?: string } = { k: "string" };
      lengths(checks, node);
      const patterns = [def.format === undefined ? undefined : def, ...checks.filter((c) => c.format === "regex")];
      const formats = patterns.filter((p) => p !== undefined && p.pattern instanceof RegExp);
      if (def.format !== undefined && formats.length === 0)
        fail(`string format ${String(def.format)} without a pattern`);
      if (formats.length > 1) fail("a string with more than one pattern");
      if (formats[0] !== undefined) {
        node.pattern = formats[0].pattern;
        node.message = messageOf(formats[0]) ?? fail("a pattern without a message");
      }
      for (const check of checks) {
        if (!["min_length", "max_length", "string_format"].includes(check.check)) fail(`string check ${check.check}`);
      }
      return node;
    }
    case "number": {
      const node: { k: "int" | "number"; min?: number; max?: number } = {
        k: def.format === "safeint" ? "int" : def.format === undefined ? "number" : fail(`number format ${def.format}`),
      };
      for (const check of checks) {
        if (check.check === "greater_than" && check.inclusive) node.min = check.value;
        else if (check.check === "less_than" && check.inclusive) node.max = check.value;
        else fail(`number check ${String(check.check)}`);
      }
      // z.int() is a safe integer: its implicit bounds are explicit here.
      if (node.k === "int") {
        node.min ??= Number.MIN_SAFE_INTEGER;
        node.max ??= Number.MAX_SAFE_INTEGER;
      }
      return node as Node;
    }
    case "boolean":
      return { k: "boolean" };
    case "enum":
      return { k: "enum", values: Object.values(def.entries) };
    case "literal":
      return { k: "enum", values: [...def.values] };
    case "array": {
      const node: { k: "array"; item: Node; min?: number; max?: number } = { k: "array", item: nodeOf(def.element) };
      lengths(checks, node);
      return refinement === undefined ? node : { ...node, refine: refinement };
    }
    case "object": {
      if (defOf(def.catchall ?? z.unknown()).type !== "never") fail("an object that is not strict");
      const fields: Record<string, Node> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) fields[key] = nodeOf(field);
      return refinement === undefined ? { k: "object", fields } : { k: "object", fields, refine: refinement };
    }
    case "union": {
      if (typeof def.discriminator !== "string")
        return { k: "union", options: (def.options as z.ZodType[]).map(nodeOf) };
      const options: Record<string, Node> = {};
      for (const option of def.options as z.ZodType[]) {
        const node = nodeOf(option);
        for (const tag of tagsOf(option, def.discriminator)) {
          if (typeof tag !== "string") fail("a discriminator value that is not a string");
          options[tag] = node;
        }
      }
      return { k: "discriminated", key: def.discriminator, options };
    }
    case "record":
      if (defOf(def.keyType).type !== "string" || checksOf(defOf(def.keyType)).length > 0)
        fail("a record key that is not a plain string");
      return { k: "record", item: nodeOf(def.valueType) };
    case "custom":
      return refinement === undefined
        ? fail("a custom schema without a named refinement")
        : { k: "custom", refine: refinement };
    default:
      return fail(`schema type ${String(def.type)}`);
  }
}

/** A node as source text, naming shared nodes by their constant. */
function emit(node: Node, names: ReadonlyMap<string, string>, top = false): string {
  const key = JSON.stringify(node, replacer);
  const name = names.get(key);
  if (name !== undefined && !top) return name;
  const parts: string[] = [];
  for (const [field, value] of Object.entries(node)) {
    let text: string;
    if (value instanceof RegExp) text = String(value);
    else if (field === "item") text = emit(value as Node, names);
    else if (field === "options" && Array.isArray(value))
      text = `[${value.map((o: Node) => emit(o, names)).join(", ")}]`;
    else if (field === "fields" || field === "options") {
      const entries = Object.entries(value as Record<string, Node>).map(
        ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${emit(v, names)}`,
      );
      text = `{ ${entries.join(", ")} }`;
    } else text = JSON.stringify(value);
    parts.push(`${field}: ${text}`);
  }
  return `{ ${parts.join(", ")} }`;
}

function replacer(_key: string, value: unknown): unknown {
  return value instanceof RegExp ? `/${value.source}/${value.flags}` : value;
}

/** The children of a node (each distinct one once). */
function children(node: Node): Node[] {
  if (node.k === "optional" || node.k === "array" || node.k === "record") return [node.item];
  if (node.k === "object") return Object.values(node.fields);
  if (node.k === "discriminated") return [...new Set(Object.values(node.options))];
  if (node.k === "union") return [...node.options];
  return [];
}
/** The text of src/validation/generated.ts. */
export function generateModelChecks(): string {
  const roots = Object.entries(CHECKED_SCHEMAS).map(([name, schema]) => [name, nodeOf(schema)] as const);
  // Nodes referenced more than once (a second reference does not count what is inside) become
  // constants, declared in dependency order (post-order of first visits).
  const uses = new Map<string, { node: Node; count: number }>();
  const count = (node: Node): void => {
    const key = JSON.stringify(node, replacer);
    const entry = uses.get(key);
    if (entry !== undefined) {
      entry.count += 1;
      return;
    }
    for (const child of children(node)) count(child);
    uses.set(key, { node, count: 1 });
  };
  for (const [, root] of roots) count(root);
  const names = new Map<string, string>();
  const lines: string[] = [];
  let next = 0;
  for (const [key, { node, count }] of uses) {
    if (count < 2 || (key.length < 40 && node.k !== "object")) continue;
    const name = `n${String(next++)}`;
    lines.push(`const ${name}: Node = ${emit(node, names, true)};`);
    names.set(key, name);
  }
  for (const [name, root] of roots) {
    lines.push(`/** @internal */\nexport const ${name}: Node = ${emit(root, names)};`);
  }
  return [
    "// GENERATED by `npm run generate` from the zod schemas in src/schemas/: do not edit, edit the schemas.",
    "// tests/generated.test.ts fails when this file and the schemas drift apart.",
    "/**",
    " * The root entry's input checks, as data (see node.ts and validate.ts).",
    " *",
    " * @module",
    " * @internal",
    " */",
    'import type { Node } from "./node.js";',
    "",
    ...lines,
    "",
  ].join("\n");
}
