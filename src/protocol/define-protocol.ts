import { type Check, integer, isRecord, oneOf, text } from "../_lib/guards.js";
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
  return buildProtocol(overrides, "protocol", false);
}

/**
 * Merges `settings` onto {@link defaultProtocol}, checks every setting and relation, and
 * freezes the result. `complete` requires every setting (a hand-made protocol passed to a
 * function); otherwise missing settings take their defaults and, without a `version`, the
 * result is versioned `<default version>+custom`. Issue paths start at `root`.
 * @internal
 */
export function buildProtocol(settings: unknown, root: string, complete: boolean): Protocol {
  const issues: PlannerIssue[] = [];
  const merge = (base: unknown, override: unknown, path: string): unknown => {
    if (override === undefined) {
      if (complete)
        issues.push({ path, value: override, message: "missing setting; build protocols with defineProtocol()" });
      return isRecord(base) ? { ...base } : base;
    }
    if (isRecord(base)) {
      if (!isRecord(override)) {
        issues.push({ path, value: override, message: "expected an object" });
        return base;
      }
      for (const key of Object.keys(override)) {
        if (!Object.hasOwn(base, key))
          issues.push({ path: `${path}.${key}`, value: override[key], message: "unknown setting" });
      }
      const result: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(base)) result[key] = merge(value, override[key], `${path}.${key}`);
      return result;
    }
    const before = issues.length;
    checkOf(path.slice(root.length + 1))(override, path, issues);
    // Stryker disable next-line ConditionalExpression: with a new issue the merge always throws, so what it returns is never used
    return issues.length === before ? override : base;
  };
  const merged = merge(defaultProtocol, settings, root) as { version: string };
  if (issues.length === 0) issues.push(...protocolRelationIssues(merged as Protocol, root));
  if (issues.length > 0) throw new PlannerError("INVALID_PROTOCOL", issues);
  if (!complete && !(isRecord(settings) && "version" in settings)) merged.version = `${defaultProtocol.version}+custom`;
  return deepFreeze(merged as Protocol);
}

/** The check of one setting, by its key (`sessions.mild.min`). */
function checkOf(key: string): Check {
  if (key === "version") return text(1, 100);
  if (key === "pihRiskFrom") return oneOf(FITZPATRICK_TYPES);
  const [low, high] = key.startsWith("sessions.")
    ? PROTOCOL_BOUNDS.sessionCount
    : key.startsWith("maintenance.")
      ? PROTOCOL_BOUNDS.maintenanceMonths
      : PROTOCOL_BOUNDS[key as keyof typeof PROTOCOL_BOUNDS];
  return integer(low, high);
}
