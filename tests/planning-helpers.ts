import { PlannerError } from "../src/index.js";
import { fc } from "./prop.js";

/** Runs `run` and returns the PlannerError it throws (fails when it throws anything else or nothing). */
export function caught(run: () => unknown): PlannerError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlannerError) return error;
    throw error;
  }
  throw new Error("expected a PlannerError");
}

const MS_PER_DAY = 86_400_000;

function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `iso` plus `days` calendar days, computed independently of the library (Date.UTC normalises the day). */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = parts(iso);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Whole calendar days from `earlier` to `later`. */
export function dayDiff(earlier: string, later: string): number {
  const [y1, m1, d1] = parts(earlier);
  const [y2, m2, d2] = parts(later);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / MS_PER_DAY);
}

/** Day of week of an ISO date, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  const [year, month, day] = parts(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** ISO dates from 2019-01-01 over about twelve years, as an arbitrary. */
export const isoDateArb = (from = "2019-01-01", spanDays = 4400): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: spanDays }).map((offset) => addDays(from, offset));

/** `iso` plus `months` calendar months, clamped to the last day of the target month (independent reference). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = parts(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  // Day 0 of the next month is the last day of the target month.
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return format(targetYear, targetMonth, Math.min(day, lastDay));
}
