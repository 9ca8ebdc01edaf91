import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const external = ["zod", "date-fns", "@date-fns/utc"];

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      schemas: "src/schemas.ts",
      ical: "src/ical.ts",
      fhir: "src/fhir.ts",
      svg: "src/svg.ts",
      sources: "src/sources.ts",
      messages: "src/messages.ts",
    },
    format: ["esm", "cjs"],
    // tsup 8.5 injects baseUrl, which TypeScript 6 deprecates (../shared/TOOLCHAIN.md, F1).
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    splitting: true,
    define: { __LIBRARY_VERSION__: JSON.stringify(version) },
    sourcemap: true,
    clean: true,
    target: "es2022",
    treeshake: true,
    external,
  },
  {
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    define: { __VERSION__: JSON.stringify(version), __LIBRARY_VERSION__: JSON.stringify(version) },
    external,
  },
]);
