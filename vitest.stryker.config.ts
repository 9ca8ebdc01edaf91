import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as { version: string };

// The suites Stryker runs for each mutant: everything that tests src/ in-process. Left out:
// the external-validator and build-output suites (JSON Schema files, *-validators: FHIR and iCalendar,
// executed doc examples), which test dist/ or third-party tools and are slow per mutant, and the
// generated-files drift check.
export default defineConfig({
  // The library's version, as tsup defines it in the build (src/version.ts).
  define: { __LIBRARY_VERSION__: JSON.stringify(version) },
  test: {
    env: { MNP_MUTATION_RUN: "1" },
    isolate: false,
    // As in vitest.config.ts: instrumented code is several times slower, and a timeout is not a
    // speed test (Stryker's own per-mutant timeout catches endless loops).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    include: ["tests/**/*.test.ts"],
    exclude: [
      "tests/json-schema.test.ts",
      // Compares generated files byte for byte; Stryker's sandbox adds "// @ts-nocheck" to each.
      "tests/generated.test.ts",
      "tests/doc-examples.test.ts",
      "tests/properties.test.ts",
      "tests/fuzz*.test.ts",
      "tests/*-validators.test.ts",
      // The message layers' own suites (every output of every scenario, in Spanish and in a
      // pseudo-locale): src/messages/ is not mutated, and the wiring they exercise is also
      // covered by the export and CLI suites; they cost every surviving mutant two seconds.
      "tests/messages-es.test.ts",
      "tests/messages-pseudo.test.ts",
      "tests/.examples/**",
    ],
  },
});
