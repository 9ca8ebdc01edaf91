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
