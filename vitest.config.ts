import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  // The library's version, as tsup defines it in the build (src/version.ts).
  define: { __LIBRARY_VERSION__: JSON.stringify(version) },
  test: {
    include: ["tests/**/*.test.ts"],
    // Limits that hold on a busy 2-core machine (the gate runs 7 time zones, with other jobs):
    // a timeout is not a speed test. Heavy setup (compiling the FHIR schema, spawning Python)
    // and long properties also set their own.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The executable only wires runCli to the process; it is tested by spawning the build.
      exclude: ["src/cli/bin.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
