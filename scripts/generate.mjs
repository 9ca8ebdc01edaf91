// npm run generate: writes the files generated from the library's own definitions
// (src/validation/generated.ts from the zod schemas; docs/clinical-tables.md and docs/errors.md
// from the catalogues and src/errors.ts). `--check` writes nothing and exits 1 when
// a committed file differs from what it would write (tests/generated.test.ts does the same).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = join(import.meta.dirname, "..");
const CHECK = process.argv.includes("--check");
// Inside node_modules, so that the bundle resolves zod and the other packages it leaves external.
const cache = join(ROOT, "node_modules/.cache");
mkdirSync(cache, { recursive: true });
const tmp = mkdtempSync(join(cache, "mnp-generate-"));
try {
  const out = join(tmp, "generators.mjs");
  await build({
    entryPoints: [join(ROOT, "scripts/generate/index.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile: out,
    logLevel: "silent",
  });
  const { generatedFiles } = await import(pathToFileURL(out).href);
  let stale = 0;
  for (const [path, text] of Object.entries(generatedFiles(ROOT))) {
    const file = join(ROOT, path);
    let current;
    try {
      current = readFileSync(file, "utf8");
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    if (CHECK) {
      console.log(`generate: ${path} is out of date (run npm run generate)`);
      stale += 1;
    } else {
      writeFileSync(file, text);
      console.log(`generate: wrote ${path}`);
    }
  }
  if (stale === 0) console.log(`generate: ${CHECK ? "every generated file is up to date" : "done"}`);
  process.exitCode = stale > 0 ? 1 : 0;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
