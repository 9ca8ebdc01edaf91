/**
 * Clinic opening days.
 *
 * @module
 * @internal
 */
import type { Availability } from "../models/plan.js";
import type { DeepReadonly } from "../models/readonly.js";
import { WEEKDAYS } from "../models/values.js";
import { mapItems } from "./arrays.js";
import { daysBetween, type Iso, plusDays, weekday } from "./iso-date.js";

/** A predicate for open days, built once per plan. @internal */
export type IsOpen = (day: Iso) => boolean;

/** Builds the open-day predicate of an availability (every day when undefined). @internal */
export function openDays(availability: DeepReadonly<Availability> | undefined): IsOpen {
  if (availability === undefined) return () => true;
  // Stryker disable next-line ArrayDeclaration: a non-date entry in the closed set never matches a day
  const closed = new Set(mapItems(availability.closedDates ?? [], (day) => day));
  // WEEKDAYS is Monday-first; weekday() is Sunday = 0.
  const open = new Set(mapItems(availability.openWeekdays ?? WEEKDAYS, (day) => (WEEKDAYS.indexOf(day) + 1) % 7));
  return (day) => open.has(weekday(day)) && !closed.has(day);
}

/** The first open day from `from` to `to` inclusive, if any. @internal */
export function firstOpenDay(from: Iso, to: Iso, isOpen: IsOpen): Iso | undefined {
  const span = daysBetween(from, to);
  for (let offset = 0; offset <= span; offset++) {
    // Stryker disable next-line ConditionalExpression: a shortcut; plusDays(from, 0) is from
    const day = offset === 0 ? from : plusDays(from, offset);
    if (isOpen(day)) return day;
  }
  return undefined;
}
