/**
 * Zod-free check that a value is a complete, consistent {@link Protocol}.
 *
 * @module
 * @internal
 */
import { PlannerError } from "../errors.js";
import type { Protocol } from "../models/protocol.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { buildProtocol } from "../protocol/define-protocol.js";
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
  return buildProtocol(protocol, path, true);
}
