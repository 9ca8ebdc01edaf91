// npm run bench: the library's cost on the built package, against floors measured in the same run.
//
// 1. Tasks, interleaved: every round runs every task once (BENCH_TIME_MS of CPU time each, in an order
//    that rotates per round), so that drift on a shared machine hits every task alike. Ratios are
//    taken within a round; the table prints each task's median and its spread over the rounds.
//    Floors (bench/floors.mjs): a competent integer day-number scheduler (the targets' reference)
//    and the former date-fns floor; both are checked to agree with the library first.
// 2. Growth: microseconds of planTreatment per completed session, factor, scar and closed date,
//    from plans of three sizes (two slopes: about equal when growth is linear).
// 3. Batch: 100,000 generated patients planned one after another, plans discarded, in child
//    processes (bench/batch.mjs): ops/s, GC share, peak RSS; typed input and JSON parse + plan.
// 4. Targets against results, and the packed tarball (npm pack --dry-run).
// Environment: BENCH_ROUNDS (7), BENCH_TIME_MS (150), BENCH_BATCH (100000), BENCH_STRICT=1 exits 1
// when a target is missed (the bench is not part of the gate).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import {
  assessEligibility,
  checkBooking,
  defaultProtocol,
  goodmanQuantitativeScore,
  planSessions,
  planTreatment,
  replan,
} from "../dist/index.js";
import { toFhirCarePlan } from "../dist/fhir.js";
import { toICalendar } from "../dist/ical.js";
import { parseCaseFile, parseTreatmentPlan } from "../dist/schemas.js";
import { caseFile, generatedCase, HARMLESS_CODES, isoOfDay, pastFactor, SCAR_TYPES_FOR_GROWTH, TODAY, TODAY_DAY } from "./cases.mjs";
import { competentFloor, dateFnsFloor } from "./floors.mjs";

const ROOT = join(import.meta.dirname, "..");
const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 7));
const TIME = Number(process.env.BENCH_TIME_MS ?? 150);
const BATCH = Number(process.env.BENCH_BATCH ?? 100_000);
const started = performance.now();
const { minWeeks, maxWeeks } = defaultProtocol.interval;
const json = JSON.stringify(caseFile);
const { patient, completed, startOn } = caseFile;
const course = { sessionCount: 6, startOn, completed };
const fail = (message) => {
  console.error(`bench: ${message}`);
  process.exit(1);
};

// ---- The floors agree with the library, or the comparison means nothing.
const show = (windows) => windows.map((w) => `${w.number ?? ""}:${w.earliest}..${w.due ?? ""}..${w.latest}:${w.status ?? ""}`);
const planned = planTreatment(patient, { today: TODAY, startOn, completed });
const competent = () => competentFloor(6, startOn, completed, TODAY, minWeeks, maxWeeks);
if (JSON.stringify(show(competent())) !== JSON.stringify(show(planned.sessions)))
  fail(`competent floor and planTreatment disagree:\n${show(competent())}\n${show(planned.sessions)}`);
const plain = (windows) => windows.map((w) => `${w.earliest}..${w.latest}`);
const dateFns = () => dateFnsFloor(startOn, completed, TODAY);
if (JSON.stringify(plain(dateFns())) !== JSON.stringify(plain(planned.sessions)))
  fail("date-fns floor and planTreatment disagree");
// The competent floor is general: it agrees with planSessions on 2,000 generated courses too.
for (let i = 0; i < 2000; i++) {
  const c = generatedCase(i);
  const sessionCount = 1 + (i % 8);
  const today = isoOfDay(TODAY_DAY + (i % 97) - 40);
  const library = planSessions({ sessionCount, startOn: c.startOn, completed: c.completed }, { today });
  const floor = competentFloor(sessionCount, c.startOn, c.completed, today, minWeeks, maxWeeks);
  if (JSON.stringify(show(floor)) !== JSON.stringify(show(library)))
    fail(`competent floor and planSessions disagree on generated case ${i}`);
}

// A stored plan with the overdue session booked, as JSON: what replan and checkBooking read.
const booked = [{ session: 3, on: "2026-12-03", time: "10:30" }];
const storedJson = JSON.stringify(planTreatment(patient, { today: TODAY, startOn, completed, booked }));
const stored = parseTreatmentPlan(JSON.parse(storedJson));
if (replan(stored, { today: "2026-12-01" }).sessions[2]?.status !== "booked") fail("replan: session 3 should stay booked");
if (planTreatment(patient, { today: TODAY, area: "abdomen" }).sessions.length !== 2)
  fail("planTreatment with an area: expected the striae's 2 sessions");
const lesions = { "shallow-broad-atrophic": 12, "punched-out-deep-normal-base": 4, papular: 25 };
if (goodmanQuantitativeScore({ lesions, hypertrophicAreaCm2: 7.5 }).score !== 25) fail("goodmanQuantitativeScore: expected 25");
const icalOptions = { uidDomain: "clinic.example", dtstamp: "2026-11-24T09:00:00Z", calendarId: "c-7f3a" };
const fhirOptions = { patient: "Patient/p-1", condition: "Condition/acne-scars" };

// ---- Timing: ns per call of fn, run for about `ms` of this process's CPU time (user + system,
// GC threads included): on a machine shared with other jobs, CPU time drifts far less than wall
// time, which also counts the time other processes hold the cores.
let sink = 0;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function nsPerOp(fn, ms) {
  let n = 0;
  let batch = 1;
  const begin = cpuMs();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) sink += fn() === undefined ? 0 : 1;
    n += batch;
    elapsed = cpuMs() - begin;
    if (elapsed < ms / 20) batch *= 2;
  }
  return (elapsed * 1e6) / n;
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Runs tasks (name -> fn) interleaved for ROUNDS rounds; returns name -> ns per round. */
function interleaved(tasks, ms) {
  const entries = Object.entries(tasks);
  const out = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (const [, fn] of entries) nsPerOp(fn, ms / 2); // warm up
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < entries.length; k++) {
      const [name, fn] = entries[(k + round) % entries.length];
      out[name].push(nsPerOp(fn, ms));
    }
  }
  return out;
}

// ---- 1. Tasks.
const FLOOR = "floor: competent (day numbers)";
const DATE_FNS = "floor: date-fns (former)";
const PLAN = "planTreatment (typed)";
const PARSE_PLAN = "parse JSON + planTreatment";
const options = { today: TODAY, startOn, completed };
const tasks = {
  [FLOOR]: competent,
  [DATE_FNS]: dateFns,
  "planSessions (typed)": () => planSessions(course, { today: TODAY }),
  "assessEligibility (typed)": () => assessEligibility(patient, { today: TODAY }),
  [PLAN]: () => planTreatment(patient, options),
  "planTreatment (one area)": () => planTreatment(patient, { today: TODAY, startOn, completed, area: "cheeks" }),
  [PARSE_PLAN]: () => {
    const c = parseCaseFile(JSON.parse(json));
    return planTreatment(c.patient, { today: TODAY, startOn: c.startOn, completed: c.completed });
  },
  "replan (stored plan, a later today)": () => replan(stored, { today: "2026-12-01" }),
  "parse JSON + replan": () => replan(parseTreatmentPlan(JSON.parse(storedJson)), { today: "2026-12-01" }),
  "checkBooking (the plan's today)": () => checkBooking(stored, { on: "2026-12-03", time: "10:30" }),
  "checkBooking (another today)": () => checkBooking(stored, { on: "2026-12-22", today: "2026-12-01" }),
  "toICalendar (one plan)": () => toICalendar(planned, icalOptions),
  "toFhirCarePlan (one plan)": () => toFhirCarePlan(planned, fhirOptions),
  goodmanQuantitativeScore: () => goodmanQuantitativeScore({ lesions, hypertrophicAreaCm2: 7.5 }),
};
const ns = interleaved(tasks, TIME);
const ratio = (name, reference) => ns[name].map((value, round) => value / ns[reference][round]);
const spread = (values) => `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)})`;

console.log(`\nNode ${process.version}, ${ROUNDS} rounds interleaved, ${TIME} ms of CPU time per task per round`);
console.log("median over rounds (min-max); ratios are taken within each round\n");
console.log(`${"task".padEnd(36)} ${"µs/op".padStart(8)} ${"ops/s".padStart(10)}  ${"x competent floor".padEnd(20)} x date-fns floor`);
for (const name of Object.keys(tasks)) {
  const us = median(ns[name]) / 1000;
  console.log(
    `${name.padEnd(36)} ${us.toFixed(2).padStart(8)} ${Math.round(1e6 / us).toLocaleString("en").padStart(10)}  ${spread(ratio(name, FLOOR)).padEnd(20)} ${spread(ratio(name, DATE_FNS))}`,
  );
}
const exportRatios = ["toICalendar (one plan)", "toFhirCarePlan (one plan)"].map((name) => [name, ratio(name, PLAN)]);
for (const [name, values] of exportRatios) console.log(`${name} / planTreatment (typed): ${spread(values)}`);

// ---- 2. Growth: planTreatment at three sizes of one input, the rest as in the bench case.
const startDay = TODAY_DAY - 50 * 35 - 10;
const growthCases = {
  "completed session": {
    sizes: [5, 25, 50],
    make: (n) => [patient, { today: TODAY, completed: Array.from({ length: n }, (_, i) => isoOfDay(startDay + 35 * i)) }],
  },
  factor: {
    sizes: [0, 50, 100],
    make: (n) => [{ ...patient, factors: Array.from({ length: n }, (_, i) => pastFactor(HARMLESS_CODES[i % HARMLESS_CODES.length])) }, options],
  },
  scar: {
    sizes: [1, 25, 50],
    make: (n) => [{ ...patient, scars: Array.from({ length: n }, (_, i) => ({ type: SCAR_TYPES_FOR_GROWTH[i % SCAR_TYPES_FOR_GROWTH.length], severity: "moderate", area: "cheeks" })) }, options],
  },
  "closed date": {
    sizes: [0, 500, 1000],
    make: (n) => [patient, { ...options, availability: { closedDates: Array.from({ length: n }, (_, i) => isoOfDay(TODAY_DAY + 400 + i)) } }],
  },
};
const growthTasks = {};
for (const [what, { sizes, make }] of Object.entries(growthCases)) {
  for (const size of sizes) {
    const [p, o] = make(size);
    planTreatment(p, o); // valid input, or the bench stops here
    growthTasks[`${what}:${size}`] = () => planTreatment(p, o);
  }
}
const growthNs = interleaved(growthTasks, TIME / 2);
console.log(`\nGrowth of planTreatment (µs per item: slope between the first two sizes, then the last two)\n`);
console.log(`${"per".padEnd(18)} ${"sizes".padEnd(12)} ${"µs at each size".padEnd(26)} slope 1  slope 2`);
const slopes = {};
for (const [what, { sizes }] of Object.entries(growthCases)) {
  const us = sizes.map((size) => median(growthNs[`${what}:${size}`]) / 1000);
  const s1 = (us[1] - us[0]) / (sizes[1] - sizes[0]);
  const s2 = (us[2] - us[1]) / (sizes[2] - sizes[1]);
  slopes[what] = [s1, s2];
  console.log(`${what.padEnd(18)} ${sizes.join("/").padEnd(12)} ${us.map((u) => u.toFixed(1)).join(" / ").padEnd(26)} ${s1.toFixed(3).padStart(7)}  ${s2.toFixed(3).padStart(7)}`);
}

// ---- 3. Batch, in child processes.
const batch = {};
for (const mode of ["typed", "json"]) {
  const run = spawnSync(process.execPath, [join(import.meta.dirname, "batch.mjs"), mode, String(BATCH)], { encoding: "utf8" });
  if (run.status !== 0) fail(`batch ${mode}: ${run.stderr}`);
  batch[mode] = JSON.parse(run.stdout.trim().split("\n").at(-1));
}
console.log(`\nBatch: ${BATCH.toLocaleString("en")} generated patients, plans discarded (one child process each)\n`);
console.log(`${"input".padEnd(22)} ${"plans/s".padStart(9)} ${"µs/plan".padStart(8)} ${"GC share".padStart(9)} ${"GC runs".padStart(8)} ${"peak RSS".padStart(9)}`);
for (const [mode, r] of Object.entries(batch)) {
  const label = mode === "typed" ? "typed" : "JSON parse + plan";
  console.log(`${label.padEnd(22)} ${Math.round(r.opsPerSecond).toLocaleString("en").padStart(9)} ${r.usPerPlan.toFixed(1).padStart(8)} ${`${(100 * r.gcShare).toFixed(1)}%`.padStart(9)} ${String(r.gcCount).padStart(8)} ${`${r.peakRssMB.toFixed(0)} MB`.padStart(9)}`);
}
console.log(`statuses: ${JSON.stringify(batch.typed.statuses)}`);

// ---- 4. Tarball and targets.
const pack = spawnSync("npm", ["pack", "--dry-run", "--json"], { cwd: ROOT, encoding: "utf8" });
const tarball = pack.status === 0 ? JSON.parse(pack.stdout)[0] : undefined;
const kB = (bytes) => bytes / 1000;
const targets = [
  ["planTreatment (typed) x competent floor", median(ratio(PLAN, FLOOR)), 3, "x"],
  ["parse JSON + planTreatment x competent floor", median(ratio(PARSE_PLAN, FLOOR)), 6, "x"],
  ["µs per factor (slope, larger of two)", Math.max(...slopes.factor), 2, "µs"],
  ["batch peak RSS, typed", batch.typed.peakRssMB, 200, "MB"],
  ["batch peak RSS, JSON", batch.json.peakRssMB, 200, "MB"],
  ["toICalendar x planTreatment", median(exportRatios[0][1]), 2, "x"],
  ["packed tarball", tarball === undefined ? Number.NaN : kB(tarball.size), 130, "kB"],
];
console.log(`\nTargets (Node ${process.version})\n`);
let missed = 0;
for (const [what, value, target, unit] of targets) {
  const ok = value <= target;
  if (!ok) missed++;
  console.log(`${what.padEnd(46)} ${value.toFixed(2).padStart(8)} ${unit.padEnd(3)} target <= ${String(target).padEnd(4)} ${ok ? "ok" : "MISSED"}`);
}
if (tarball !== undefined)
  console.log(`(tarball: ${kB(tarball.size).toFixed(1)} kB packed, ${kB(tarball.unpackedSize).toFixed(0)} kB unpacked, ${tarball.entryCount} files)`);
console.log(`\nbench: ${((performance.now() - started) / 1000).toFixed(0)} s, ${missed} target(s) missed${sink < 0 ? "" : ""}`);
process.exitCode = process.env.BENCH_STRICT === "1" && missed > 0 ? 1 : 0;
