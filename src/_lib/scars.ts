/**
 * Reading scars: their Goodman grade, and their treatment area (a plan can be made for the scars
 * of one area).
 *
 * @module
 * @internal
 */
import type { Scar } from "../models/patient.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { GoodmanGrade } from "../models/values.js";

/** A scar's Goodman grade: acne scars only carry one. @internal */
export function goodmanGradeOf(scar: DeepReadonly<Scar>): GoodmanGrade | undefined {
  return "goodmanGrade" in scar ? scar.goodmanGrade : undefined;
}

/** An area name compared without case or surrounding spaces. */
const key = (area: string): string => area.trim().toLowerCase();

/**
 * Whether a scar belongs to the area planned (every scar does when no area is given). A scar with
 * no area of its own belongs to no named area.
 * @internal
 */
export function inArea(scar: { readonly area?: string | undefined }, area: string | undefined): boolean {
  return area === undefined || (scar.area !== undefined && key(scar.area) === key(area));
}
