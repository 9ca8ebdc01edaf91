import { UTCDate } from "@date-fns/utc";
import { addDays, addMonths, differenceInCalendarDays, differenceInYears, getDay } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  dayNumber,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  laterOf,
  plusDays,
  plusEachMonths,
  plusMonths,
  plusWeeks,
  weekday,
  yearsBetween,
} from "../src/_lib/iso-date.js";
import { fc, prop } from "./prop.js";

// The reference: date-fns on a UTCDate (the library's own code before it counted in integers).
const toDate = (iso: string): Date =>
  new UTCDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromDate = (date: Date): string =>
  `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;

describe("ISO date arithmetic", () => {
  it("is calendar-correct across month ends and leap years", () => {
    expect(plusMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(plusMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(plusMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(plusDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(plusDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(plusWeeks("2026-12-10", 4)).toBe("2027-01-07");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-01-01", "2024-01-01")).toBe(-366);
    expect(yearsBetween("2004-02-29", "2026-02-28")).toBe(21);
    expect(yearsBetween("2004-02-29", "2026-03-01")).toBe(22);
    expect(weekday("2026-11-24")).toBe(2);
    expect(laterOf("2026-01-01", "2025-12-31")).toBe("2026-01-01");
    expect(laterOf("2025-01-01", "2025-12-31")).toBe("2025-12-31");
  });

  it("crosses every DST transition of the host zone without drift", () => {
    // Days around common DST switches (northern and southern hemispheres, Lord Howe's 30-minute shift).
    for (const day of [
      "2026-03-08",
      "2026-03-29",
      "2026-04-05",
      "2026-10-04",
      "2026-10-25",
      "2026-11-01",
      "2025-11-02",
    ]) {
      expect(plusDays(day, 1)).toBe(plusDays(plusDays(day, -1), 2));
      expect(daysBetween(day, plusDays(day, 1))).toBe(1);
      expect(plusWeeks(day, 1)).toBe(plusDays(day, 7));
    }
  });

  prop([
    fc.date({ min: new Date("1900-01-01"), max: new Date("2999-12-31"), noInvalidDate: true }),
    fc.integer({ min: -3000, max: 3000 }),
  ])("adding n days moves n calendar days and keeps the weekday cycle", (date, n) => {
    const iso = date.toISOString().slice(0, 10);
    const later = plusDays(iso, n);
    expect(isIsoDate(iso)).toBe(true);
    expect(daysBetween(iso, later)).toBe(n);
    expect(weekday(later)).toBe((((weekday(iso) + n) % 7) + 7) % 7);
  });
});

describe("day-number arithmetic agrees with date-fns", () => {
  const isoDate = fc
    .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it("anchors: epoch, leap days, century rules", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(fromDayNumber(0)).toBe("1970-01-01");
    expect(fromDayNumber(-1)).toBe("1969-12-31");
    expect(plusDays("1900-02-28", 1)).toBe("1900-03-01");
    expect(plusDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(plusDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(daysBetween("1900-01-01", "2999-12-31")).toBe(401766);
  });

  prop([isoDate, fc.integer({ min: -40000, max: 40000 })], { numRuns: 2000 })(
    "plusDays, daysBetween and weekday equal date-fns on a UTCDate",
    (iso, n) => {
      const reference = addDays(toDate(iso), n);
      expect(plusDays(iso, n)).toBe(fromDate(reference));
      expect(daysBetween(iso, plusDays(iso, n))).toBe(differenceInCalendarDays(reference, toDate(iso)));
      expect(weekday(iso)).toBe(getDay(new UTCDate(toDate(iso))));
      expect(fromDayNumber(dayNumber(iso))).toBe(iso);
    },
  );

  prop([isoDate, fc.integer({ min: -1300, max: 1300 })], { numRuns: 3000 })(
    "plusMonths equals date-fns addMonths on a UTCDate (month ends clamp)",
    (iso, n) => {
      expect(plusMonths(iso, n)).toBe(fromDate(addMonths(toDate(iso), n)));
    },
  );

  // Month ends are where clamping happens: every last day (and the 29th-31st) of 1900-2999.
  const monthEnd = fc
    .record({ year: fc.integer({ min: 1900, max: 2999 }), month: fc.integer({ min: 1, max: 12 }), back: fc.nat(3) })
    .map(({ year, month, back }) => fromDate(new UTCDate(year, month, -back)));
  prop([monthEnd, fc.integer({ min: -60, max: 60 })], { numRuns: 3000 })(
    "plusMonths equals date-fns addMonths at month ends",
    (iso, n) => {
      expect(plusMonths(iso, n)).toBe(fromDate(addMonths(toDate(iso), n)));
      expect(plusEachMonths(iso, [n, 0, 1])).toEqual([plusMonths(iso, n), iso, plusMonths(iso, 1)]);
    },
  );

  it("months: anchors across years, centuries and leap days", () => {
    expect(plusMonths("2026-12-31", 2)).toBe("2027-02-28");
    expect(plusMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(plusMonths("2024-03-31", -13)).toBe("2023-02-28");
    expect(plusMonths("1900-01-31", 1)).toBe("1900-02-28");
    expect(plusMonths("2000-01-31", 1)).toBe("2000-02-29");
    expect(plusMonths("2999-12-31", 6)).toBe("3000-06-30");
    expect(plusMonths("1900-01-15", -1)).toBe("1899-12-15");
    expect(plusMonths("2026-05-09", 0)).toBe("2026-05-09");
    expect(plusMonths("2026-11-30", 12)).toBe("2027-11-30");
  });

  prop([isoDate, isoDate], { numRuns: 2000 })("yearsBetween equals date-fns differenceInYears", (a, b) => {
    const [earlier, later] = a <= b ? [a, b] : [b, a];
    expect(yearsBetween(earlier, later)).toBe(differenceInYears(toDate(later), toDate(earlier)));
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2000-02-29", true], // divisible by 400: leap
    ["2024-02-29", true],
    ["1900-02-29", false], // divisible by 100 only: not leap
    ["2100-02-29", false],
    ["2026-02-29", false],
    ["2026-01-31", true],
    ["2026-03-31", true],
    ["2026-04-30", true],
    ["2026-04-31", false],
    ["2026-06-31", false],
    ["2026-09-31", false],
    ["2026-11-31", false],
    ["2026-12-31", true],
    ["2026-00-10", false],
    ["2026-13-01", false],
    ["2026-01-00", false],
    ["2026-01-32", false],
    // shape: checked by character codes since issue 14 (no regular expression)
    ["2026/11/24", false],
    ["2026-11/24", false],
    ["2026/11-24", false],
    ["2026-1a-24", false],
    ["2026-11-2a", false],
    ["2026-11-2:", false],
    ["202a-11-24", false],
    ["a026-11-24", false],
    ["20a6-11-24", false],
    ["2026-a1-24", false],
    ["2026-11-a4", false],
    ["2026-11-24 ", false],
    ["2026-11-4", false],
    ["+026-11-24", false],
    ["2026--11-24", false],
    ["2026-11-/4", false],
    // "/" and ":" are the characters just below "0" and just above "9"
    ["202/-11-24", false],
    ["2026-1/-05", false],
    ["2026-1:-05", false],
    ["1899-12-31", false],
    ["1900-01-01", true],
    ["2999-12-31", true],
    ["3000-01-01", false],
  ])("%s -> %s", (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });

  it("accepts only strings, not values that print as a date", () => {
    expect(isIsoDate(["2026-11-24"])).toBe(false);
    expect(isIsoDate({ toString: () => "2026-11-24" })).toBe(false);
    expect(isIsoDate(new String("2026-11-24"))).toBe(false);
  });
});

describe("formatting", () => {
  it("pads years below 1000 to four digits", () => {
    expect(fromDayNumber(dayNumber("1970-01-01") - 719_468)).toBe("0000-03-01");
    expect(plusDays("1900-01-01", -365_000)).toBe("0900-08-31"); // Date.UTC(1900, 0, 1 - 365000)
  });
});
