import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const external = ["zod", "date-fns", "@date-fns/utc"];
const library = {
  index: "src/index.ts",
  schemas: "src/schemas.ts",
  ical: "src/ical.ts",
  fhir: "src/fhir.ts",
  "cds-hooks": "src/cds-hooks.ts",
  svg: "src/svg.ts",
  sources: "src/sources.ts",
  messages: "src/messages.ts",
  "messages-es": "src/messages-es.ts",
};
const common: Options = {
  // tsup 8.5 injects baseUrl, which TypeScript 6 deprecates (../shared/TOOLCHAIN.md, F1).
  dts: { entry: library, compilerOptions: { ignoreDeprecations: "6.0" } },
  splitting: true,
  define: { __VERSION__: JSON.stringify(version), __LIBRARY_VERSION__: JSON.stringify(version) },
  // No source maps: src/ is not in the tarball, the code is unminified ES2022 that reads like src/,
  // and maps were about half of the package (with embedded sources) or a fifth (without); see
  // docs/design.md, Performance.
  sourcemap: false,
  target: "es2022",
  treeshake: true,
  external,
};

export default defineConfig([
  // ESM: the library's entries and the CLI in one build, so that dist/cli.js imports the
  // library's chunks instead of repeating them. Its `#!/usr/bin/env node` line is the first line
  // of src/cli/bin.ts (esbuild keeps an entry's hashbang; a banner would go on every file).
  { ...common, entry: { ...library, cli: "src/cli/bin.ts" }, format: ["esm"], platform: "node", clean: true },
  { ...common, entry: library, format: ["cjs"] },
]);
