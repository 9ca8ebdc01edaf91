import fc from "fast-check";
import { it } from "vitest";

export { fc };

/**
 * A property test: `prop([arbitraries], parameters, { timeout })(name, predicate)` runs
 * `fc.assert` over `fc.property` inside `it`, with vitest's test options (a long property gives
 * an explicit `timeout`). It stands in for `test.prop` of @fast-check/vitest, whose import
 * alone took over a second per test file (it builds every modifier chain eagerly), which
 * Stryker paid again for every mutant.
 */
export function prop<Ts extends [unknown, ...unknown[]]>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  parameters?: fc.Parameters<Ts>,
  options: { readonly timeout?: number } = {},
  // biome-ignore lint/suspicious/noConfusingVoidType: fast-check's own predicate type
): (name: string, predicate: (...args: Ts) => boolean | void) => void {
  return (name, predicate) => {
    it(name, { ...options }, () => {
      fc.assert(fc.property(...arbitraries, predicate), parameters);
    });
  };
}
