/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Every computation goes through date-fns on a `UTCDate`, so results never depend on the
 * host time zone and month arithmetic is calendar-correct (31 Jan + 1 month = 28/29 Feb).
 *
 * @module
 * @internal
 */
import { UTCDate } from "@date-fns/utc";
import { addDays, addMonths, addWeeks, differenceInCalendarDays, differenceInYears } from "date-fns";

/** A calendar date as an ISO 8601 `YYYY-MM-DD` string. @internal */
export type Iso = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** First and last year an input date may have. @internal */
export const MIN_YEAR = 1900;
/** @internal */
export const MAX_YEAR = 2999;

/**
 * True when `value` is a real calendar date `YYYY-MM-DD` between 1900-01-01 and 2999-12-31.
 * @internal
 */
export function isIsoDate(value: unknown): value is Iso {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses a date already checked with {@link isIsoDate}. @internal */
export function toDate(iso: Iso): UTCDate {
  return new UTCDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Formats a date back to `YYYY-MM-DD` (UTC calendar fields). @internal */
export function fromDate(date: Date): Iso {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/** `iso` plus `days` calendar days. @internal */
export function plusDays(iso: Iso, days: number): Iso {
  return fromDate(addDays(toDate(iso), days));
}

/** `iso` plus `weeks` weeks. @internal */
export function plusWeeks(iso: Iso, weeks: number): Iso {
  return fromDate(addWeeks(toDate(iso), weeks));
}

/** `iso` plus `months` calendar months, clamped to the month's last day. @internal */
export function plusMonths(iso: Iso, months: number): Iso {
  return fromDate(addMonths(toDate(iso), months));
}

/** Calendar days from `earlier` to `later` (negative when `later` is earlier). @internal */
export function daysBetween(earlier: Iso, later: Iso): number {
  return differenceInCalendarDays(toDate(later), toDate(earlier));
}

/** Whole years from `earlier` to `later`, as for an age. @internal */
export function yearsBetween(earlier: Iso, later: Iso): number {
  return differenceInYears(toDate(later), toDate(earlier));
}

/** Day of week, 0 = Sunday .. 6 = Saturday. @internal */
export function weekday(iso: Iso): number {
  return toDate(iso).getUTCDay();
}

/** The later of two dates. @internal */
export function laterOf(a: Iso, b: Iso): Iso {
  return a >= b ? a : b;
}
