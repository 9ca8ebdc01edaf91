import { deepFreeze } from "../_lib/deep-freeze.js";
import type { Protocol } from "../models/protocol.js";
import { PROTOCOL, PROTOCOL_OVERRIDES } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";
import { defaultProtocol } from "./default-protocol.js";

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
 * `base` with every setting `overrides` gives (checked to have the protocol's shape). A table
 * keyed by scar type (`sessionsByType`) is replaced whole, so that a type can lose its own range.
 */
function merge(base: unknown, overrides: unknown, key?: string): unknown {
  if (overrides === undefined) return base;
  // Stryker disable next-line ConditionalExpression: the overrides are checked first, and no setting accepts null
  if (typeof overrides !== "object" || overrides === null) return overrides;
  // A copy of the caller's objects, never the objects themselves: the result is frozen.
  // Stryker disable next-line ConditionalExpression: the default protocol holds no null
  const from = typeof base === "object" && base !== null && key !== "sessionsByType" ? base : {};
  const result: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(from), ...Object.keys(overrides)])) {
    const value = merge((from as Record<string, unknown>)[key], (overrides as Record<string, unknown>)[key], key);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** FNV-1a (32 bits) of the protocol's numbers, as 8 hex digits: names a set of settings. */
function settingsHash(protocol: Protocol): string {
  const { id: _id, version: _version, ...settings } = protocol;
  const text = JSON.stringify(settings);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * Builds a protocol from {@link defaultProtocol} and the settings to change, checks it and
 * freezes it. Without a `version` of its own, the result is versioned
 * `<default version>+custom.<8 hex digits naming its settings>`, so that a plan shows that the
 * defaults were changed, and two plans made with the same settings show the same version.
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
 * [strict.id, strict.version];
 * //=> ["article-2021", "1+custom.571e2516"]
 * defineProtocol({ id: "clinic-a", version: "2026.1", reminderLeadDays: 2 }).version;
 * //=> "2026.1"
 * defineProtocol({ interval: { minWeeks: 8 } });
 * // throws PlannerError: protocol.interval.maxWeeks: must be at least minWeeks (8)
 * ```
 * @category Protocol
 */
export function defineProtocol(overrides: ProtocolOverrides = {}): Protocol {
  assertValid("INVALID_PROTOCOL", [[PROTOCOL_OVERRIDES, overrides, "protocol"]]);
  const protocol = merge(defaultProtocol, overrides) as { -readonly [K in keyof Protocol]: Protocol[K] };
  assertValid("INVALID_PROTOCOL", [[PROTOCOL, protocol, "protocol"]]);
  if (overrides.version === undefined) protocol.version = `${defaultProtocol.version}+custom.${settingsHash(protocol)}`;
  return deepFreeze(protocol);
}
