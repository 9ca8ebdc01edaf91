/**
 * Zod-free check that a value is a complete, consistent {@link Protocol}.
 *
 * @module
 * @internal
 */
import { PlannerError } from "../errors.js";
import type { Protocol } from "../models/protocol.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { defineProtocol } from "../protocol/define-protocol.js";
import { isRecord } from "./guards.js";

/**
 * Returns `protocol` (or the default when undefined) after checking it is complete and
 * consistent; throws `INVALID_PROTOCOL` otherwise.
 * @internal
 */
export function resolveProtocol(protocol: Protocol | undefined, path = "options.protocol"): Protocol {
  if (protocol === undefined || protocol === defaultProtocol) return defaultProtocol;
  if (!isRecord(protocol)) {
    throw new PlannerError("INVALID_PROTOCOL", [{ path, value: protocol, message: "expected a protocol object" }]);
  }
  const missing = missingKeys(defaultProtocol, protocol, path);
  if (missing.length > 0) {
    throw new PlannerError(
      "INVALID_PROTOCOL",
      missing.map((missingPath) => ({
        path: missingPath,
        value: undefined,
        message: "missing setting; build protocols with defineProtocol()",
      })),
    );
  }
  // defineProtocol validates every leaf and relation; the version is kept as given.
  try {
    return defineProtocol(protocol);
  } catch (error) {
    if (!(error instanceof PlannerError)) throw error;
    throw new PlannerError(
      "INVALID_PROTOCOL",
      error.issues.map((issue) => ({ ...issue, path: `${path}${issue.path.slice("protocol".length)}` })),
    );
  }
}

function missingKeys(reference: unknown, value: unknown, path: string): string[] {
  if (!isRecord(reference)) return [];
  if (!isRecord(value)) return [path];
  return Object.keys(reference).flatMap((key) =>
    Object.hasOwn(value, key) ? missingKeys(reference[key], value[key], `${path}.${key}`) : [`${path}.${key}`],
  );
}
