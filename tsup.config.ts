import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", schemas: "src/schemas.ts" },
  format: ["esm", "cjs"],
  // tsup 8.5 injects baseUrl, which TypeScript 6 deprecates (../shared/TOOLCHAIN.md, F1).
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  splitting: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  external: ["zod", "date-fns", "@date-fns/utc"],
});
