/**
 * Parse helpers: validate unknown input (for example parsed JSON) at the boundary.
 *
 * @module
 */
import type * as z from "zod";
import { PlannerError } from "../errors.js";
import type { Patient } from "../models/patient.js";
import { patientSchema } from "../models/patient.js";
import { type CaseFile, caseFileSchema } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import { protocolSchema } from "../models/protocol.js";
import { deepFreeze } from "../protocol/default-protocol.js";
import { fromZodIssues } from "./zod-issues.js";

/**
 * The result of a `safeParse*` helper: the data, or a `PlannerError` (from the root entry) naming every problem.
 *
 * @category Parsing
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: PlannerError };

function safeParseWith<T>(schema: z.ZodType<T>, input: unknown, root: string): SafeParseResult<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: new PlannerError("INVALID_INPUT", fromZodIssues(result.error.issues, root)) };
}

/**
 * Validates unknown input as a {@link Patient}, without throwing.
 *
 * @param input - anything, typically parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error.issues` names each path and value
 *
 * @example
 * ```ts
 * import { safeParsePatient } from "microneedling-planner/schemas";
 * const result = safeParsePatient({ goal: "scar-revision", fitzpatrick: "VII", scars: [] });
 * result.success ? null : result.error.issues[0];
 * //=> { path: "patient.fitzpatrick", value: "VII", message: "Invalid option: expected one of \"I\"|\"II\"|\"III\"|\"IV\"|\"V\"|\"VI\"" }
 * ```
 * @category Parsing
 */
export function safeParsePatient(input: unknown): SafeParseResult<Patient> {
  return safeParseWith(patientSchema, input, "patient");
}

/**
 * Validates unknown input as a {@link Patient}.
 *
 * @param input - anything, typically parsed JSON
 * @returns the patient
 * @throws `PlannerError` (from the root entry) `INVALID_INPUT` naming each path and value
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
  const result = safeParsePatient(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Validates unknown input as a complete {@link Protocol} (for example one stored as JSON)
 * and freezes it. To change a few settings, use `defineProtocol` instead.
 *
 * @param input - anything, typically parsed JSON
 * @returns the protocol, frozen
 * @throws `PlannerError` (from the root entry) `INVALID_PROTOCOL` naming each path and value
 *
 * @example
 * ```ts
 * import { defaultProtocol } from "microneedling-planner";
 * import { parseProtocol } from "microneedling-planner/schemas";
 * parseProtocol(JSON.parse(JSON.stringify(defaultProtocol))).version;
 * //=> "article-2021.1"
 * ```
 * @category Parsing
 */
export function parseProtocol(input: unknown): Protocol {
  const result = safeParseWith(protocolSchema, input, "protocol");
  if (!result.success) throw new PlannerError("INVALID_PROTOCOL", result.error.issues);
  return deepFreeze(result.data);
}

/**
 * Validates unknown input as a {@link CaseFile}: a patient and the course so far, as the CLI reads it.
 *
 * @param input - anything, typically parsed JSON
 * @returns the case file
 * @throws `PlannerError` (from the root entry) `INVALID_INPUT` naming each path and value
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
  const result = safeParseWith(caseFileSchema, input, "case");
  if (!result.success) throw result.error;
  return result.data;
}
