/**
 * Goodman & Baron grade to severity label: the library's documented mapping.
 *
 * @module
 */
import type { GoodmanGrade, Severity } from "../models/values.js";

/**
 * Severity label of each Goodman & Baron qualitative grade (GOODMAN-QUAL-2006). Grade 1 is
 * macular: a colour problem, not a contour scar, so it maps to no severity (`null`) and
 * eligibility asks for clinician review. Note that the SkinPen trial record (NCT02646917)
 * labels the scale "1 = mild to 4 = severe"; this library follows Goodman & Baron.
 *
 * @example
 * ```ts
 * import { GOODMAN_GRADE_SEVERITY } from "microneedling-planner";
 * GOODMAN_GRADE_SEVERITY[3];
 * //=> "moderate"
 * GOODMAN_GRADE_SEVERITY[1];
 * //=> null
 * ```
 * @category Catalogues
 */
export const GOODMAN_GRADE_SEVERITY: Readonly<Record<GoodmanGrade, Severity | null>> = Object.freeze({
  1: null,
  2: "mild",
  3: "moderate",
  4: "severe",
});
