import { isRecord } from "../_lib/guards.js";
import { PlannerError, type PlannerIssue } from "../errors.js";
import type { Protocol } from "../models/protocol.js";
import { PROTOCOL_BOUNDS, protocolRelationIssues } from "../models/protocol-rules.js";
import { FITZPATRICK_TYPES } from "../models/values.js";
import { deepFreeze, defaultProtocol } from "./default-protocol.js";

/**
 * Protocol settings to change: any subset of {@link Protocol}, nested.
 *
 * @category Protocol
 */
export type ProtocolOverrides = {
  readonly [K in keyof Protocol]?: Protocol[K] extends object
    ? {
        readonly [L in keyof Protocol[K]]?: Protocol[K][L] extends object
          ? { readonly [M in keyof Protocol[K][L]]?: Protocol[K][L][M] }
          : Protocol[K][L];
      }
    : Protocol[K];
};

/**
 * Builds a protocol from {@link defaultProtocol} and the settings to change, checks it and
 * freezes it. Without a `version` of its own, the result is versioned
 * `<default version>+custom`, so plans show that the defaults were changed.
 *
 * @param overrides - the settings to change
 * @returns a complete, frozen protocol
 * @throws {@link PlannerError} `INVALID_PROTOCOL` naming each bad setting: unknown key, not an
 *   integer, out of bounds, or inconsistent with another setting (for example min interval above max)
 *
 * @example
 * ```ts
 * import { defineProtocol } from "microneedling-planner";
 * const strict = defineProtocol({ isotretinoinWashoutMonths: 12, interval: { maxWeeks: 8 } });
 * strict.interval;
 * //=> { minWeeks: 4, maxWeeks: 8 }
 * strict.version;
 * //=> "article-2021.1+custom"
 * defineProtocol({ interval: { minWeeks: 8 } });
 * // throws PlannerError: protocol.interval.maxWeeks: must be at least minWeeks (8), got 6
 * ```
 * @category Protocol
 */
export function defineProtocol(overrides: ProtocolOverrides = {}): Protocol {
  const issues: PlannerIssue[] = [];
  const merged = merge(defaultProtocol, overrides, "protocol", issues);
  if (issues.length === 0) issues.push(...protocolRelationIssues(merged as Protocol));
  if (issues.length > 0) throw new PlannerError("INVALID_PROTOCOL", issues);
  const result = merged as { version: string };
  if (!isRecord(overrides) || !("version" in overrides)) {
    result.version = `${defaultProtocol.version}+custom`;
  }
  return deepFreeze(result as Protocol);
}

function merge(base: unknown, override: unknown, path: string, issues: PlannerIssue[]): unknown {
  if (isRecord(base)) {
    if (override === undefined) return { ...base };
    if (!isRecord(override)) {
      issues.push({ path, value: override, message: "expected an object" });
      return base;
    }
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(override)) {
      if (!Object.hasOwn(base, key))
        issues.push({ path: `${path}.${key}`, value: override[key], message: "unknown setting" });
    }
    for (const [key, value] of Object.entries(base)) {
      result[key] = merge(value, override[key], `${path}.${key}`, issues);
    }
    return result;
  }
  if (override === undefined) return base;
  const problem = checkLeaf(path, override);
  if (problem !== undefined) {
    issues.push({ path, value: override, message: problem });
    return base;
  }
  return override;
}

function checkLeaf(path: string, value: unknown): string | undefined {
  if (path === "protocol.version") {
    return typeof value === "string" && value.length >= 1 && value.length <= 100
      ? undefined
      : "expected a string of 1 to 100 characters";
  }
  if (path === "protocol.pihRiskFrom") {
    return (FITZPATRICK_TYPES as readonly unknown[]).includes(value)
      ? undefined
      : `expected one of ${FITZPATRICK_TYPES.join(", ")}`;
  }
  const [low, high] = boundsOf(path);
  return Number.isInteger(value) && (value as number) >= low && (value as number) <= high
    ? undefined
    : `expected an integer from ${String(low)} to ${String(high)}`;
}

function boundsOf(path: string): readonly [number, number] {
  const key = path.slice("protocol.".length);
  if (key.startsWith("sessions.")) return PROTOCOL_BOUNDS.sessionCount;
  if (key.startsWith("maintenance.")) return PROTOCOL_BOUNDS.maintenanceMonths;
  return PROTOCOL_BOUNDS[key as keyof typeof PROTOCOL_BOUNDS];
}
