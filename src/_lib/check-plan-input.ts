/**
 * Zod-free checks of the planning inputs that are not patients.
 *
 * @module
 * @internal
 */
import { WEEKDAYS } from "../models/values.js";
import { arrayOf, type Check, isoDate, oneOf, optional, shape } from "./guards.js";

/** Checks an availability. @internal */
export const checkAvailability: Check = shape({
  openWeekdays: optional((value, path, issues) => {
    if (Array.isArray(value) && value.length === 0)
      issues.push({ path, value, message: "expected at least one open weekday" });
    else arrayOf(oneOf(WEEKDAYS), 7)(value, path, issues);
  }),
  closedDates: optional(arrayOf(isoDate, 1000)),
});

/** Checks a list of completed session dates. @internal */
export const checkCompleted: Check = arrayOf(isoDate, 50);
