/**
 * Calendar dates for people to read, in a locale, without the host's time zone.
 *
 * @module
 * @internal
 */
import { PlannerError } from "../errors.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a calendar date `YYYY-MM-DD` with `Intl.DateTimeFormat` in `locale`: the formatter
 * reads the date's UTC noon in `timeZone: "UTC"`, so the day shown is the calendar day given,
 * whatever the host's zone. A formatter is made per call (no module state).
 *
 * @throws `PlannerError` `INVALID_INPUT` (`invalid-date`, path `["isoDate"]`) for anything else
 * @internal
 */
export function formatIsoDate(locale: string, isoDate: string): string {
  // Not _lib/iso-date.js: it brings date-fns into the message entries, which need none of it.
  const match = ISO_DATE.exec(isoDate);
  const noon = new Date(Date.UTC(2000, 0, 1, 12));
  if (match !== null) noon.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (match === null || match[1] === "0000" || noon.toISOString().slice(0, 10) !== isoDate) {
    throw new PlannerError("INVALID_INPUT", [
      { code: "invalid-date", path: ["isoDate"], message: "expected a calendar date YYYY-MM-DD", value: isoDate },
    ]);
  }
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    noon,
  );
}
