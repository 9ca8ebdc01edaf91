// Cold start: the wall time of a fresh `node` process that imports one entry of the built package,
// beside one that imports `date-fns/addMonths` alone and one that imports nothing, interleaved
// (round-robin, so that drift hits every case alike). Prints medians and the ratio to
// `date-fns/addMonths`; target: the root entry within 1.3x (whole-process medians).
// Usage: npm run build && node bench/import-time.mjs [rounds]
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const ROUNDS = Number(process.argv[2] ?? process.env.BENCH_IMPORT_ROUNDS ?? 21);
const dist = (file) => JSON.stringify(join(ROOT, "dist", file));
const CASES = [
  ["node, nothing imported", "0"],
  ["date-fns/addMonths alone", 'await import("date-fns/addMonths")'],
  [". (ESM)", `await import(${dist("index.js")})`],
  [". (CJS require)", `(await import("node:module")).createRequire(import.meta.url)(${dist("index.cjs")})`],
  ["./ical", `await import(${dist("ical.js")})`],
  ["./fhir", `await import(${dist("fhir.js")})`],
  ["./messages", `await import(${dist("messages.js")})`],
  ["./sources", `await import(${dist("sources.js")})`],
  ["./schemas (loads zod)", `await import(${dist("schemas.js")})`],
];

const times = new Map(CASES.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, code] of CASES) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT });
    if (run.status !== 0) throw new Error(`${name}: ${run.stderr}`);
    times.get(name).push(performance.now() - started);
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const floor = median(times.get("date-fns/addMonths alone"));
console.log(`\nCold start: a fresh node process per import, median of ${String(ROUNDS)} interleaved rounds`);
console.log(`${"entry".padEnd(28)} ${"median ms".padStart(10)} ${"x addMonths".padStart(12)}  target`);
let missed = false;
for (const [name] of CASES) {
  const ms = median(times.get(name));
  const ratio = ms / floor;
  const target = name === ". (ESM)" ? 1.3 : undefined;
  if (target !== undefined && ratio > target) missed = true;
  const verdict = target === undefined ? "" : `<= ${String(target)}x  ${ratio <= target ? "ok" : "MISSED"}`;
  console.log(`${name.padEnd(28)} ${ms.toFixed(1).padStart(10)} ${ratio.toFixed(2).padStart(12)}  ${verdict}`);
}
if (missed) process.exitCode = 1;
