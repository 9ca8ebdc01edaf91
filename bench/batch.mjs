// One batch run, in its own process so that its peak RSS is its own: plans N generated patients
// (bench/cases.mjs) one after another and discards every plan. Prints one JSON line.
// Usage: node bench/batch.mjs typed|json [N]
import { PerformanceObserver } from "node:perf_hooks";
import { planTreatment } from "../dist/index.js";
import { parseCaseFile } from "../dist/schemas.js";
import { generatedCase, TODAY } from "./cases.mjs";

const mode = process.argv[2] ?? "typed";
const N = Number(process.argv[3] ?? 100_000);
let gcMs = 0;
let gcCount = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    gcCount += 1;
  }
});
observer.observe({ entryTypes: ["gc"] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0)); // lets the observer deliver

// Pass 1: generating the inputs alone (for JSON, the text too), to subtract from pass 2.
const input = mode === "json" ? (i) => JSON.stringify(generatedCase(i)) : generatedCase;
let sink = 0;
let started = performance.now();
for (let i = 0; i < N; i++) sink += input(i).length ?? 1;
const generateMs = performance.now() - started;
await settle();
const gcBefore = gcMs;
const countBefore = gcCount;

// Pass 2: the same inputs, planned; each plan is dropped at once.
const statuses = {};
// Wall time here (a batch job waits for the cores like any other); the bench parent runs nothing meanwhile.
started = performance.now();
for (let i = 0; i < N; i++) {
  const c = mode === "json" ? parseCaseFile(JSON.parse(input(i))) : input(i);
  const plan = planTreatment(c.patient, { today: TODAY, startOn: c.startOn, completed: c.completed });
  const status = plan.eligibility.status;
  statuses[status] = (statuses[status] ?? 0) + 1;
}
const totalMs = performance.now() - started;
await settle();
observer.disconnect();
const planMs = totalMs - generateMs;
console.log(
  JSON.stringify({
    mode,
    n: N,
    generateMs,
    totalMs,
    opsPerSecond: N / (planMs / 1000),
    usPerPlan: (planMs * 1000) / N,
    gcMs: gcMs - gcBefore,
    gcCount: gcCount - countBefore,
    gcShare: (gcMs - gcBefore) / totalMs,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
    statuses,
    sink: sink > 0,
  }),
);
