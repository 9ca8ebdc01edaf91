/**
 * Bounds and consistency rules of a protocol, shared by the zod schema and
 * `defineProtocol` so that both accept exactly the same settings. No zod here.
 *
 * @module
 * @internal
 */
import type { PlannerIssue } from "../errors.js";
import { SEVERITIES } from "./values.js";

/** Inclusive integer bounds of every numeric protocol setting, by dotted path. @internal */
export const PROTOCOL_BOUNDS = Object.freeze({
  sessionCount: [1, 20],
  "interval.minWeeks": [1, 26],
  "interval.maxWeeks": [1, 52],
  reassessAfterWeeks: [1, 104],
  isotretinoinWashoutMonths: [0, 24],
  resultCheckMonths: [1, 24],
  maintenanceMonths: [1, 60],
  reminderLeadDays: [0, 90],
  labelMinimumAgeYears: [0, 120],
  recentScarMonths: [0, 120],
} as const satisfies Record<string, readonly [number, number]>);

interface RangeLike {
  readonly min: number;
  readonly typical: number;
  readonly max: number;
}
interface WindowLike {
  readonly earliestMonths: number;
  readonly dueMonths: number;
  readonly latestMonths: number;
}
/** The parts of a protocol the relations look at. @internal */
export interface ProtocolShape {
  readonly sessions: Readonly<Record<"mild" | "moderate" | "severe" | "rejuvenation", RangeLike>>;
  readonly interval: { readonly minWeeks: number; readonly maxWeeks: number };
  readonly reassessAfterWeeks: number;
  readonly maintenance: Readonly<Record<"scarRevision" | "rejuvenation", WindowLike>>;
}

/**
 * Problems with the relations between settings of a structurally valid protocol
 * (each number already within its bounds). Empty when consistent.
 *
 * @internal
 */
export function protocolRelationIssues(protocol: ProtocolShape, root = "protocol"): PlannerIssue[] {
  const issues: PlannerIssue[] = [];
  const expect = (ok: boolean, path: string, value: unknown, message: string): void => {
    if (!ok) issues.push({ path: `${root}.${path}`, value, message });
  };
  /** Each named setting must be at least the one before it. */
  // Each setting in `keys` at least the one before it, for example min <= typical <= max.
  const ascending = (prefix: string, settings: object, keys: readonly string[]): void => {
    const values = settings as Readonly<Record<string, number>>;
    keys.forEach((key, i) => {
      const lower = keys[i - 1];
      if (lower === undefined) return;
      const [low, value] = [values[lower] as number, values[key] as number];
      expect(value >= low, `${prefix}.${key}`, value, `must be at least ${lower} (${String(low)})`);
    });
  };
  const counts = ["min", "typical", "max"] as const;
  for (const [name, range] of Object.entries(protocol.sessions)) ascending(`sessions.${name}`, range, counts);
  for (let i = 1; i < SEVERITIES.length; i++) {
    const lower = protocol.sessions[SEVERITIES[i - 1] as "mild"];
    const higher = protocol.sessions[SEVERITIES[i] as "mild"];
    for (const key of counts) {
      expect(
        higher[key] >= lower[key],
        `sessions.${String(SEVERITIES[i])}.${key}`,
        higher[key],
        `must not be below ${String(SEVERITIES[i - 1])}.${key} (${String(lower[key])}): estimates may not fall as severity rises`,
      );
    }
  }
  const { minWeeks, maxWeeks } = protocol.interval;
  expect(minWeeks <= maxWeeks, "interval.maxWeeks", maxWeeks, `must be at least minWeeks (${String(minWeeks)})`);
  expect(
    protocol.reassessAfterWeeks >= maxWeeks,
    "reassessAfterWeeks",
    protocol.reassessAfterWeeks,
    `must be at least interval.maxWeeks (${String(maxWeeks)})`,
  );
  for (const [name, window] of Object.entries(protocol.maintenance)) {
    ascending(`maintenance.${name}`, window, ["earliestMonths", "dueMonths", "latestMonths"]);
  }
  return issues;
}
