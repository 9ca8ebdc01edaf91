// npm run check: the whole gate, step by step, in order; stops at the first failing step and
// prints how long each step took and the total. On a 2-core machine it takes about 42 minutes:
// mutation testing about 26 (the gate's scope, about 2,000 mutants; CONTRIBUTING.md), fuzz about
// 7, test:tz about 7, every other step together about 3 (docs/design.md, The gate's duration).
// CI allows 90 minutes for the whole run. Every step is an npm script of its own, so each can be
// run alone.
import { spawnSync } from "node:child_process";

const STEPS = [
  "setup:system",
  "lint",
  "typecheck",
  "generate:check",
  "build",
  "test:tz",
  "test:browser",
  "mutation",
  "fuzz",
  "smoke",
  "size",
  "docs",
  "publint",
  "attw",
];

const format = (ms) => {
  const seconds = Math.round(ms / 1000);
  return seconds < 60
    ? `${String(seconds)} s`
    : `${String(Math.floor(seconds / 60))} min ${String(seconds % 60).padStart(2, "0")} s`;
};

const started = performance.now();
const done = [];
let failed;
for (const step of STEPS) {
  console.log(`\n=== npm run ${step} ===`);
  const t0 = performance.now();
  const run = spawnSync("npm", ["run", step], { stdio: "inherit" });
  done.push([step, performance.now() - t0, run.status === 0]);
  if (run.status !== 0) {
    failed = step;
    break;
  }
}
console.log("\n=== gate ===");
for (const [step, ms, ok] of done) console.log(`${ok ? "ok  " : "FAIL"} ${step.padEnd(14)} ${format(ms).padStart(12)}`);
console.log(
  `gate: ${failed === undefined ? "passed" : `failed at ${failed}`} in ${format(performance.now() - started)}`,
);
process.exit(failed === undefined ? 0 : 1);
