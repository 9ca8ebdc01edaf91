/**
 * Parse helpers: validate unknown input (for example parsed JSON) at the boundary.
 *
 * @module
 */
import type * as z from "zod";
import { deepFreeze } from "../_lib/deep-freeze.js";
import { PlannerError, type PlannerErrorCode } from "../errors.js";
import type { Patient } from "../models/patient.js";
import type { CaseFile, TreatmentPlan } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import { CASE_FILE, PATIENT, PROTOCOL, TREATMENT_PLAN } from "../validation/generated.js";
import type { Node } from "../validation/node.js";
import { issuesOf } from "../validation/validate.js";
import { patientSchema } from "./patient.js";
import { caseFileSchema, treatmentPlanSchema } from "./plan.js";
import { protocolSchema } from "./protocol.js";
import { issuesFromZod } from "./zod-issues.js";

/**
 * The result of a `safeParse*` helper: the data, or a `PlannerError` (from the root entry)
 * naming every problem.
 *
 * @category Parsing
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: PlannerError };

/**
 * zod decides and copies; the issues are those the root entry reports for the same input, so
 * that both paths give the same codes, paths and words.
 */
function safeParseWith<T>(
  schema: z.ZodType,
  node: Node,
  input: unknown,
  root: string,
  code: PlannerErrorCode = "INVALID_INPUT",
): SafeParseResult<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data as T };
  const issues = issuesOf(node, input, root);
  return {
    success: false,
    error: new PlannerError(code, issues.length > 0 ? issues : issuesFromZod(result.error.issues, root)),
  };
}

function unwrap<T>(result: SafeParseResult<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Validates unknown input as a {@link Patient}, without throwing.
 *
 * @param input - anything, typically parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error.issues` names each problem
 *
 * @example
 * ```ts
 * import { safeParsePatient } from "microneedling-planner/schemas";
 * const result = safeParsePatient({ goal: "scar-revision", fitzpatrick: "VII", scars: [] });
 * result.success ? null : result.error.issues[0];
 * //=> { code: "invalid-value", path: ["patient", "fitzpatrick"], message: 'expected one of "I", "II", "III", "IV", "V", "VI"', value: "VII" }
 * ```
 * @category Parsing
 */
export function safeParsePatient(input: unknown): SafeParseResult<Patient> {
  return safeParseWith(patientSchema, PATIENT, input, "patient");
}

/**
 * Validates unknown input as a {@link Patient}.
 *
 * @param input - anything, typically parsed JSON
 * @returns the patient (a copy)
 * @throws `PlannerError` (from the root entry) `INVALID_INPUT` naming each problem
 *
 * @example
 * ```ts
 * import { parsePatient } from "microneedling-planner/schemas";
 * parsePatient(JSON.parse('{"goal":"rejuvenation","fitzpatrick":"II"}')).goal;
 * //=> "rejuvenation"
 * ```
 * @category Parsing
 */
export function parsePatient(input: unknown): Patient {
  return unwrap(safeParsePatient(input));
}

/**
 * Validates unknown input as a complete {@link Protocol} (for example one stored as JSON), without
 * throwing; the protocol is frozen.
 *
 * @param input - anything, typically parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (`INVALID_PROTOCOL`)
 *
 * @example
 * ```ts
 * import { defaultProtocol } from "microneedling-planner";
 * import { safeParseProtocol } from "microneedling-planner/schemas";
 * const result = safeParseProtocol({ ...defaultProtocol, interval: { minWeeks: 8, maxWeeks: 6 } });
 * result.success ? null : result.error.issues.map((issue) => [issue.code, issue.path]);
 * //=> [["inconsistent", ["protocol", "interval", "maxWeeks"]]]
 * ```
 * @category Parsing
 */
export function safeParseProtocol(input: unknown): SafeParseResult<Protocol> {
  const result = safeParseWith<Protocol>(protocolSchema, PROTOCOL, input, "protocol", "INVALID_PROTOCOL");
  return result.success ? { success: true, data: deepFreeze(result.data) } : result;
}

/**
 * Validates unknown input as a complete {@link Protocol} (for example one stored as JSON)
 * and freezes it. To change a few settings, use `defineProtocol` instead.
 *
 * @param input - anything, typically parsed JSON
 * @returns the protocol, frozen
 * @throws `PlannerError` (from the root entry) `INVALID_PROTOCOL` naming each problem
 *
 * @example
 * ```ts
 * import { defaultProtocol } from "microneedling-planner";
 * import { parseProtocol } from "microneedling-planner/schemas";
 * parseProtocol(JSON.parse(JSON.stringify(defaultProtocol))).version;
 * //=> "1"
 * ```
 * @category Parsing
 */
export function parseProtocol(input: unknown): Protocol {
  return unwrap(safeParseProtocol(input));
}

/**
 * Validates unknown input as a {@link CaseFile}, without throwing.
 *
 * @param input - anything, typically parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseCaseFile } from "microneedling-planner/schemas";
 * const result = safeParseCaseFile({ patient: { goal: "rejuvenation", fitzpatrick: "II", scar: [] } });
 * result.success ? null : result.error.issues.map((issue) => [issue.code, issue.path]);
 * //=> [["unknown-key", ["caseFile", "patient", "scar"]]]
 * ```
 * @category Parsing
 */
export function safeParseCaseFile(input: unknown): SafeParseResult<CaseFile> {
  return safeParseWith(caseFileSchema, CASE_FILE, input, "caseFile");
}

/**
 * Validates unknown input as a {@link CaseFile}: a patient and the course so far, as the CLI reads it.
 *
 * @param input - anything, typically parsed JSON
 * @returns the case file (a copy)
 * @throws `PlannerError` (from the root entry) `INVALID_INPUT` naming each problem
 *
 * @example
 * ```ts
 * import { parseCaseFile } from "microneedling-planner/schemas";
 * parseCaseFile({ patient: { goal: "rejuvenation", fitzpatrick: "II" }, completed: ["2026-10-01"] }).completed;
 * //=> ["2026-10-01"]
 * ```
 * @category Parsing
 */
export function parseCaseFile(input: unknown): CaseFile {
  return unwrap(safeParseCaseFile(input));
}

/**
 * Validates unknown input as a {@link TreatmentPlan} (for example one stored as JSON), without
 * throwing.
 *
 * @param input - anything, typically parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { planTreatment } from "microneedling-planner";
 * import { safeParseTreatmentPlan } from "microneedling-planner/schemas";
 * const stored = JSON.stringify(planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "2026-11-24" }));
 * safeParseTreatmentPlan(JSON.parse(stored)).success;
 * //=> true
 * ```
 * @category Parsing
 */
export function safeParseTreatmentPlan(input: unknown): SafeParseResult<TreatmentPlan> {
  return safeParseWith(treatmentPlanSchema, TREATMENT_PLAN, input, "plan");
}

/**
 * Validates unknown input as a {@link TreatmentPlan} (for example one stored as JSON).
 *
 * @param input - anything, typically parsed JSON
 * @returns the plan (a copy)
 * @throws `PlannerError` (from the root entry) `INVALID_INPUT` naming each problem
 *
 * @example
 * ```ts
 * import { planTreatment } from "microneedling-planner";
 * import { parseTreatmentPlan } from "microneedling-planner/schemas";
 * const stored = JSON.stringify(planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "2026-11-24" }));
 * parseTreatmentPlan(JSON.parse(stored)).today;
 * //=> "2026-11-24"
 * ```
 * @category Parsing
 */
export function parseTreatmentPlan(input: unknown): TreatmentPlan {
  return unwrap(safeParseTreatmentPlan(input));
}
