import fc from "fast-check";
import { it } from "vitest";

export { fc };

/**
 * True in Stryker's runs (vitest.stryker.config.ts sets MNP_MUTATION_RUN). Stryker runs the tests
 * that cover a mutant until the first failure, so what a property costs there decides how long
 * mutation testing takes: a property runs a twentieth of its runs (at least 5), seeded so that a
 * mutant's verdict does not depend on the run, and stops at its first counterexample without
 * shrinking it (nobody reads it; shrinking took most of a killed mutant's time). The gate's own
 * `vitest run` (test:tz) and the browser suite (no `process` there) run every property in full,
 * unseeded, with shrinking.
 */
export const MUTATION_RUN = typeof process !== "undefined" && process.env.MNP_MUTATION_RUN === "1";

/** The parameters a property runs with: as given, or reduced, seeded and unshrunk in Stryker's runs. */
export function runParameters<P extends { numRuns?: number; seed?: number; endOnFailure?: boolean }>(
  parameters?: P,
): P | undefined {
  if (!MUTATION_RUN) return parameters;
  return {
    seed: 20261201,
    ...parameters,
    numRuns: Math.max(5, Math.ceil((parameters?.numRuns ?? 100) / 20)),
    endOnFailure: true,
  } as P;
}

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
      fc.assert(fc.property(...arbitraries, predicate), runParameters(parameters));
    });
  };
}
