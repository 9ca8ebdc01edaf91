// Builds the docs playground (docs/playground/) with the BUILT package (dist/): bundles
// playground.src.js with esbuild, the package's entries resolved to dist/, and copies the page and
// its styles. Output: docs/api/playground/ (next to the typedoc site), or --out <dir>.
//
// Usage: npm run build && node scripts/build-playground.mjs [--out dir]
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const ROOT = join(import.meta.dirname, "..");
const SOURCE = join(ROOT, "docs/playground");
const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = resolve(values.out ?? join(ROOT, "docs/api/playground"));

if (!existsSync(join(ROOT, "dist/index.js"))) {
  console.error("build-playground: dist/ is missing: run npm run build first");
  process.exit(1);
}

/** `microneedling-planner` and its subpath entries, resolved to the built files in dist/. */
const builtPackage = {
  name: "built-package",
  setup(context) {
    context.onResolve({ filter: /^microneedling-planner(\/.*)?$/ }, (args) => {
      const entry = args.path === "microneedling-planner" ? "index" : args.path.slice("microneedling-planner/".length);
      return { path: join(ROOT, "dist", `${entry}.js`) };
    });
  },
};

mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(SOURCE, "playground.src.js")],
  outfile: join(out, "playground.js"),
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  plugins: [builtPackage],
  logLevel: "warning",
  // dist/ entries import some shared chunks bare; with "sideEffects": false a bundler drops them,
  // as it would in an app (they hold no side effects).
  logOverride: { "ignored-bare-import": "silent" },
});
for (const file of ["index.html", "playground.css"]) copyFileSync(join(SOURCE, file), join(out, file));
console.log(`build-playground: wrote ${out}`);
