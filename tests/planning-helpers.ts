import { expect } from "vitest";
import {
  type IssuePath,
  type MaintenanceWindow,
  PlannerError,
  type PlannerErrorCode,
  type PlannerIssue,
  planTreatment,
  type SessionWindow,
  type TreatmentPlan,
} from "../src/index.js";
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

/** The message of an invalid input date (src/models/iso-date.ts), written out. */
export const INPUT_DATE = "expected a real calendar date YYYY-MM-DD from 1900 to 2999";
/** The message of an invalid date in a result, such as a plan (src/models/iso-date.ts), written out. */
export const RESULT_DATE = "expected a real calendar date YYYY-MM-DD from 1900 to 9999";

/** An issue path dotted as error messages show it: `course.completed[1]` (independent of src/errors.ts). */
export function dotted(path: IssuePath): string {
  return path.map((key, i) => (typeof key === "number" ? `[${String(key)}]` : i === 0 ? key : `.${key}`)).join("");
}

/**
 * Asserts a PlannerError exactly: its code, every issue (`value` absent where none is expected), and
 * its message (the first 5 issues as `dotted.path: message`, joined by `; `, then `and N more`).
 */
export function expectIssues(error: PlannerError, code: PlannerErrorCode, issues: readonly PlannerIssue[]): void {
  expect(error.code).toBe(code);
  expect(error.issues).toStrictEqual(issues);
  const shown = issues.slice(0, 5).map((issue) => `${dotted(issue.path)}: ${issue.message}`);
  if (issues.length > 5) shown.push(`and ${String(issues.length - 5)} more`);
  expect(error.message).toBe(shown.join("; "));
}

/** The parts of a plan that `planReminders` reads: the sessions, the result check and maintenance. */
export interface PlanParts {
  readonly sessions: readonly SessionWindow[];
  readonly resultCheckOn?: string | undefined;
  readonly maintenance?: MaintenanceWindow | undefined;
}

/** A real plan (planTreatment, eligible patient, made on 2026-11-24) whose other fields `planWith` keeps. */
const basePlan = (): TreatmentPlan =>
  planTreatment(
    { id: "reminders-1", goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "rolling", severity: "moderate" }] },
    { today: "2026-11-24" },
  );

/**
 * A whole, schema-valid `TreatmentPlan` around the given parts: the base plan's goal, today,
 * eligibility and estimate, with `sessions`, `resultCheckOn` and `maintenance` replaced (a part not
 * given is absent, not the base plan's) and no reminders (`planReminders` makes its own).
 */
export function planWith(parts: PlanParts): TreatmentPlan {
  const { resultCheckOn: _check, maintenance: _maintenance, ...rest } = basePlan();
  const plan: TreatmentPlan = { ...rest, sessions: structuredClone([...parts.sessions]), reminders: [] };
  if (parts.resultCheckOn !== undefined) plan.resultCheckOn = parts.resultCheckOn;
  if (parts.maintenance !== undefined) plan.maintenance = structuredClone(parts.maintenance);
  return plan;
}

/** A session window with the given status and dates (a done session was done on its due date). */
export function sessionWindow(
  number: number,
  status: SessionWindow["status"],
  due: string,
  latest = addDays(due, 14),
): SessionWindow {
  const fields = { number, earliest: due, due, latest, flags: [] };
  return status === "done" ? { ...fields, status, doneOn: due } : { ...fields, status };
}
