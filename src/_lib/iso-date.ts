/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings, independent of the host time zone.
 *
 * Days, weeks and weekdays use the proleptic Gregorian day number of a date (days since
 * 1970-01-01, H. Hinnant's `days_from_civil`): calendar arithmetic on whole days, no
 * milliseconds and no `Date`, about 20 times faster than a `UTCDate` round trip (it was the
 * planner's main cost). Months add to the calendar fields and clamp the day to the month's
 * last, the rule of date-fns `addMonths` (31 Jan + 1 month = 28/29 Feb), which stays the
 * reference: tests/dates.test.ts checks days, months, weekdays and ages against date-fns on
 * random dates from 1900 to 2999 (a `UTCDate` round trip was a fifth of `planTreatment`).
 *
 * @module
 * @internal
 */
/** A calendar date as an ISO 8601 `YYYY-MM-DD` string. @internal */
export type Iso = string;

/** First and last year an input date may have. @internal */
export const MIN_YEAR = 1900;
/** @internal */
export const MAX_YEAR = 2999;

/**
 * True when `value` is a real calendar date `YYYY-MM-DD` between 1900-01-01 and 2999-12-31.
 * @internal
 */
export function isIsoDate(value: unknown, maxYear: number = MAX_YEAR): value is Iso {
  // Character codes, not a regular expression: dates are checked on every input, many per plan.
  if (typeof value !== "string" || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false; // "-"
  // Stryker disable next-line EqualityOperator: charCodeAt(10) is NaN, which passes the digit check
  for (let i = 0; i < 10; i++) {
    const code = value.charCodeAt(i);
    if ((code < 48 || code > 57) && i !== 4 && i !== 7) return false;
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < MIN_YEAR || year > maxYear || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` of a year (0-9999), month and day. */
function format(year: number, month: number, day: number): Iso {
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${String(month)}-${day < 10 ? "0" : ""}${String(day)}`;
}

/** The decimal number written in `text` from `start` to `end` (ASCII digits, already checked). */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Day number of a date: days since 1970-01-01 (negative before). @internal */
export function dayNumber(iso: Iso): number {
  let year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number. @internal */
export function fromDayNumber(days: number): Iso {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** `iso` plus `days` calendar days. @internal */
export function plusDays(iso: Iso, days: number): Iso {
  // Stryker disable next-line ConditionalExpression: a shortcut; fromDayNumber(dayNumber(iso)) is iso for every valid date
  return days === 0 ? iso : fromDayNumber(dayNumber(iso) + days);
}

/** `iso` plus `weeks` weeks. @internal */
export function plusWeeks(iso: Iso, weeks: number): Iso {
  return plusDays(iso, weeks * 7);
}

/** `iso` plus `months` calendar months, clamped to the month's last day (date-fns `addMonths`). @internal */
export function plusMonths(iso: Iso, months: number): Iso {
  // Stryker disable next-line ConditionalExpression: a shortcut; adding 0 months gives iso for every valid date
  if (months === 0) return iso;
  const index = digits(iso, 0, 4) * 12 + digits(iso, 5, 7) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(digits(iso, 8, 10), daysInMonth(year, month)));
}

/** `iso` plus each of `months`. @internal */
export function plusEachMonths<const T extends readonly number[]>(iso: Iso, months: T): { [K in keyof T]: Iso } {
  return months.map((n) => plusMonths(iso, n)) as { [K in keyof T]: Iso };
}

/** Calendar days from `earlier` to `later` (negative when `later` is earlier). @internal */
export function daysBetween(earlier: Iso, later: Iso): number {
  return dayNumber(later) - dayNumber(earlier);
}

/** Whole years from `earlier` to `later`, as for an age (29 Feb birthdays count on 1 Mar). @internal */
export function yearsBetween(earlier: Iso, later: Iso): number {
  const years = digits(later, 0, 4) - digits(earlier, 0, 4);
  return later.slice(5) < earlier.slice(5) ? years - 1 : years;
}

/** Day of week, 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday). @internal */
export function weekday(iso: Iso): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/** The later of two dates. @internal */
export function laterOf(a: Iso, b: Iso): Iso {
  // Stryker disable next-line EqualityOperator: when a === b, returning a or b is the same string
  return a >= b ? a : b;
}
