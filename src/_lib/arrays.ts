/**
 * Array helpers for arrays that come from callers. Checked input may still be an array with an own
 * `constructor` or `Symbol.iterator` (zod accepts them, as the checks must): `map`, `filter` and
 * `for...of` would call those, so input arrays are read by index only.
 *
 * @module
 * @internal
 */

/** `items.map(fn)`, reading `items` by index. @internal */
export function mapItems<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let index = 0; index < items.length; index++) out.push(fn(items[index] as T, index));
  return out;
}

/**
 * A deep copy of checked plain data (objects, arrays, strings, numbers, booleans), reading arrays
 * by index and objects by their own enumerable keys: what a plan stores of its inputs, so that it
 * shares nothing with the caller's objects.
 * @internal
 */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return mapItems(value, copyData) as T;
  if (typeof value === "number") return (value === 0 ? 0 : value) as T; // -0 is 0, as in JSON
  // Stryker disable next-line ConditionalExpression: checked input holds no null (no schema accepts one)
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) copy[key] = copyData(item);
  }
  return copy as T;
}
