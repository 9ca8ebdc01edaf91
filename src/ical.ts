/**
 * `microneedling-planner/ical`: iCalendar (RFC 5545) export of treatment plans.
 *
 * @module
 */
export { type ToICalendarOptions, toICalendar } from "./interop/ical.js";
