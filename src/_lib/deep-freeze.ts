/**
 * Deep freezing of lookup tables and protocols.
 *
 * @module
 * @internal
 */

/** Freezes an object and everything reachable from it; returns it. @internal */
export function deepFreeze<T>(value: T): T {
  // Stryker disable next-line ConditionalExpression: Object.isFrozen(null) is true, so null is left alone either way
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
