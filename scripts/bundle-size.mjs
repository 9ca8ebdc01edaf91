// Bundle budgets, measured on the BUILT package (dist/) as a browser app would bundle it:
// esbuild (bundle, minify, esm, platform browser, tree shaking) and gzip (zlib, level 9).
// - estimateSessions / planSessions / planTreatment alone, with their dependencies bundled:
//   no zod code may appear (checked with strings only zod's code contains).
// - the whole root entry, zod and date-fns external: at most 18 kB gzipped (docs/design.md says why).
// - ./schemas (with and without zod), ./ical, ./fhir, ./cds-hooks, ./svg, ./messages and ./messages/es:
//   reported, no budget.
// Prints a table and exits 1 when a budget or a no-zod check fails.
//
// Usage: npm run build && node scripts/bundle-size.mjs [--verbose]   (--verbose lists the biggest inputs)
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = join(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
const VERBOSE = process.argv.includes("--verbose");
const started = performance.now();

if (!existsSync(join(DIST, "index.js"))) {
  console.error("bundle-size: dist/index.js is missing: run npm run build first");
  process.exit(1);
}

const EXTERNAL_DEPS = ["zod", "date-fns", "@date-fns/utc", "date-fns/*"];
const KB = 1024;

// Strings that only zod's code contains and that survive minification (property names,
// constructor names, English error messages). Each is checked to occur in a bundle of zod, so
// the no-zod check can fail, and not to occur in the root entry, so it cannot fail spuriously.
const ZOD_MARKERS = ["_zod", "$ZodType", "$ZodError", "Invalid input"];

/** Bundles `contents` (an ES module) and returns sizes, text and metafile. */
async function measure(contents, { external = [] } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, sourcefile: "entry.js", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    treeShaking: true,
    write: false,
    metafile: true,
    external,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  return {
    text: output.text,
    min: output.contents.length,
    gzip: gzipSync(output.contents, { level: 9 }).length,
    metafile: result.metafile,
  };
}

const dist = (file) => JSON.stringify(join(DIST, file));
const only = (name) => `import { ${name} } from ${dist("index.js")};\nconsole.log(${name});\n`;
const all = (file) => `export * from ${dist(file)};\n`;

/** The inputs that take the most bytes in a bundle, as "path: bytes" lines. */
function biggestInputs(metafile, count = 8) {
  const inputs = Object.values(metafile.outputs).flatMap((output) => Object.entries(output.inputs));
  return inputs
    .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
    .slice(0, count)
    .map(
      ([path, { bytesInOutput }]) =>
        `      ${String(bytesInOutput).padStart(7)} B  ${relative(ROOT, join(ROOT, path))}`,
    );
}

const rows = [];
const problems = [];
const details = [];

// 1. The markers must be able to fail: each occurs in zod's bundle...
const zodBundle = await measure(`import * as z from "zod";\nconsole.log(z);\n`);
for (const marker of ZOD_MARKERS) {
  if (!zodBundle.text.includes(marker))
    problems.push(`zod marker ${JSON.stringify(marker)} is not in zod's own bundle`);
}
rows.push({ name: "zod alone (reference)", ...zodBundle, budget: undefined, ok: true });

// ...and none occurs in the root entry's own code.
const root = await measure(all("index.js"), { external: EXTERNAL_DEPS });
for (const marker of ZOD_MARKERS) {
  if (root.text.includes(marker)) problems.push(`zod marker ${JSON.stringify(marker)} occurs in the root entry itself`);
}

// 2. Single functions, dependencies bundled: no zod.
for (const name of ["estimateSessions", "planSessions", "planTreatment"]) {
  const measured = await measure(only(name));
  const found = ZOD_MARKERS.filter((marker) => measured.text.includes(marker));
  if (found.length > 0) problems.push(`${name} only: zod code in the bundle (${found.join(", ")})`);
  if (found.length > 0 || VERBOSE) details.push([`${name} only`, biggestInputs(measured.metafile)]);
  rows.push({ name: `${name} only`, ...measured, budget: "no zod", ok: found.length === 0 });
}

// 3. The whole root entry without its dependencies: at most 18 kB gzipped (12 kB until plans became durable records and the catalogue grew, docs/design.md section 6). It was 8 kB until the
// root entry checked every model with checks generated from the zod schemas (about 3 kB gzipped with
// their interpreter; docs/design.md has the figures and the alternatives measured). The English
// message layer (./messages) and the source ids and citations (./sources) live in their own entries
// for this reason. The src/ attribution below says where the bytes go when the budget is missed.
const ROOT_BUDGET = 18 * KB;
const rootZod = ZOD_MARKERS.filter((marker) => root.text.includes(marker));
const rootOk = root.gzip <= ROOT_BUDGET && rootZod.length === 0;
if (root.gzip > ROOT_BUDGET) {
  problems.push(`"." without zod/date-fns: ${String(root.gzip)} B gzipped, over the ${String(ROOT_BUDGET)} B budget`);
}
if (rootZod.length > 0) problems.push(`"." contains zod code: ${rootZod.join(", ")}`);
const rootNote = `"." without zod/date-fns: ${String(root.gzip)} B gzipped, budget ${String(ROOT_BUDGET)} B (${String(ROOT_BUDGET - root.gzip)} B left)`;
if (root.gzip > ROOT_BUDGET || VERBOSE) {
  details.push(['"." without zod/date-fns (dist chunks)', biggestInputs(root.metafile)]);
  // dist/ chunks say little; the same bundle made from src/ names the modules (attribution only).
  const fromSrc = await measure(`export * from ${JSON.stringify(join(ROOT, "src/index.ts"))};\n`, {
    external: EXTERNAL_DEPS,
  });
  details.push([
    `"." without zod/date-fns, bundled from src/ for attribution (${String(fromSrc.min)} B min, ${String(fromSrc.gzip)} B gzip)`,
    biggestInputs(fromSrc.metafile, 12),
  ]);
}
rows.push({ name: '"." (zod, date-fns external)', ...root, budget: ROOT_BUDGET, ok: rootOk });

// 4. Reported, no budget.
rows.push({ name: '"./schemas" (zod bundled)', ...(await measure(all("schemas.js"))), budget: undefined, ok: true });
rows.push({
  name: '"./schemas" (zod external)',
  ...(await measure(all("schemas.js"), { external: EXTERNAL_DEPS })),
  budget: undefined,
  ok: true,
});
rows.push({ name: '"./ical" (deps bundled)', ...(await measure(all("ical.js"))), budget: undefined, ok: true });
rows.push({ name: '"./fhir" (deps bundled)', ...(await measure(all("fhir.js"))), budget: undefined, ok: true });
rows.push({
  name: '"./cds-hooks" (deps bundled)',
  ...(await measure(all("cds-hooks.js"))),
  budget: undefined,
  ok: true,
});
rows.push({ name: '"./svg" (deps bundled)', ...(await measure(all("svg.js"))), budget: undefined, ok: true });
rows.push({ name: '"./messages" (English)', ...(await measure(all("messages.js"))), budget: undefined, ok: true });
rows.push({
  name: '"./messages/es" (Spanish)',
  ...(await measure(all("messages-es.js"))),
  budget: undefined,
  ok: true,
});

// ---------------------------------------------------------------------------------------------

const kB = (bytes) => `${(bytes / KB).toFixed(2)} kB`;
const budgetText = (budget) =>
  budget === undefined ? "-" : typeof budget === "number" ? `<= ${kB(budget)} gz` : budget;
const table = [
  ["bundle", "minified", "", "gzip", "", "budget", "result"],
  ...rows.map((row) => [
    row.name,
    `${String(row.min)} B`,
    kB(row.min),
    `${String(row.gzip)} B`,
    kB(row.gzip),
    budgetText(row.budget),
    row.budget === undefined ? "info" : row.ok ? "pass" : "FAIL",
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((line) => line[i].length)));
for (const line of table) {
  console.log(
    line.map((cell, i) => (i === 0 || i >= 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "),
  );
}
console.log(`zod markers: ${ZOD_MARKERS.map((marker) => JSON.stringify(marker)).join(", ")}`);
for (const [name, lines] of details) console.log(`biggest inputs of ${name}:\n${lines.join("\n")}`);
for (const problem of problems) console.log(`FAIL ${problem}`);
console.log(rootNote);
const failed = problems.length;
console.log(
  `bundle-size: ${failed === 0 ? "no zod where none belongs; budgets held" : `${String(failed)} problem${failed === 1 ? "" : "s"}`} (${String(Math.round(performance.now() - started))} ms)`,
);
process.exit(failed > 0 ? 1 : 0);
