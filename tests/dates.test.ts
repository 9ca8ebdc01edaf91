import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  daysBetween,
  isIsoDate,
  laterOf,
  plusDays,
  plusMonths,
  plusWeeks,
  weekday,
  yearsBetween,
} from "../src/_lib/iso-date.js";

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

  test.prop([
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
