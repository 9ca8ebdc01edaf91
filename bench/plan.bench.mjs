// npm run bench: operations per second of the main functions on the built package, and the
// ratio to a floor measured in the same run: hand-written date-fns code that computes only the
// same session dates. Targets: planTreatment within 3x of the floor, parse + plan within 6x.
// replan and checkBooking on a stored plan (with a booking), a plan for one treatment area and the
// Goodman & Baron quantitative score are measured without a target.
import { UTCDate } from "@date-fns/utc";
import { addWeeks } from "date-fns";
import { Bench } from "tinybench";
import {
  assessEligibility,
  checkBooking,
  goodmanQuantitativeScore,
  planSessions,
  planTreatment,
  replan,
} from "../dist/index.js";
import { parseCaseFile, parseTreatmentPlan } from "../dist/schemas.js";

const TODAY = "2026-11-24";
const caseFile = {
  patient: {
    id: "bench",
    goal: "scar-revision",
    fitzpatrick: "IV",
    birthDate: "1990-04-02",
    scars: [
      { type: "boxcar", depth: "deep", severity: "severe", goodmanGrade: 4, area: "cheeks" },
      { type: "rolling", severity: "moderate", area: "cheeks" },
      { type: "striae", severity: "moderate", area: "abdomen" },
    ],
    factors: [{ code: "herpes-simplex", status: "history" }],
  },
  startOn: "2026-07-28",
  completed: ["2026-07-28", "2026-08-25"],
};
const json = JSON.stringify(caseFile);
const { patient, completed, startOn } = caseFile;
const course = { sessionCount: 6, startOn, completed };

// The floor: the same six session dates (two done, one overdue re-planned from today, three
// following it), written directly with date-fns, with none of the library's checks, flags,
// eligibility, messages or maintenance.
const iso = (d) =>
  `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
const parse = (s) => new UTCDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
function floor() {
  const today = parse(TODAY);
  const out = [];
  let previous = parse(completed[1]);
  out.push({ earliest: startOn, latest: iso(addWeeks(parse(startOn), 2)) });
  out.push({ earliest: iso(addWeeks(parse(completed[0]), 4)), latest: iso(addWeeks(parse(completed[0]), 6)) });
  const closes = addWeeks(previous, 6);
  previous = closes < today ? today : addWeeks(previous, 4);
  out.push({ earliest: iso(previous), latest: iso(addWeeks(previous, 2)) });
  for (let i = 3; i < 6; i++) {
    previous = addWeeks(previous, 4);
    out.push({ earliest: iso(previous), latest: iso(addWeeks(previous, 2)) });
  }
  return out;
}

// The floor and the library must agree on the dates, or the comparison means nothing.
const planned = planTreatment(patient, { today: TODAY, startOn, completed });
const expected = floor().map((w) => `${w.earliest}..${w.latest}`);
const actual = planned.sessions.map((w) => `${w.earliest}..${w.latest}`);
if (JSON.stringify(expected) !== JSON.stringify(actual)) {
  console.error("floor and planTreatment disagree:", expected, actual);
  process.exit(1);
}

// A stored plan with the overdue session booked, as JSON: what replan and checkBooking read.
const booked = [{ session: 3, on: "2026-12-03", time: "10:30" }];
const storedJson = JSON.stringify(planTreatment(patient, { today: TODAY, startOn, completed, booked }));
const stored = parseTreatmentPlan(JSON.parse(storedJson));
if (replan(stored, { today: "2026-12-01" }).sessions[2]?.status !== "booked") {
  console.error("replan: session 3 should stay booked");
  process.exit(1);
}

// One area of two: the abdomen's striae (their own range: 2 sessions).
if (planTreatment(patient, { today: TODAY, area: "abdomen" }).sessions.length !== 2) {
  console.error("planTreatment with an area: expected the striae's 2 sessions");
  process.exit(1);
}
const lesions = { "shallow-broad-atrophic": 12, "punched-out-deep-normal-base": 4, papular: 25 };
if (goodmanQuantitativeScore({ lesions, hypertrophicAreaCm2: 7.5 }).score !== 25) {
  console.error("goodmanQuantitativeScore: expected 25");
  process.exit(1);
}

const time = Number(process.env.BENCH_TIME_MS ?? 1500);
const bench = new Bench({ time, warmupTime: 300 });
bench
  .add("floor: date-fns session dates only", () => floor())
  .add("assessEligibility (typed)", () => assessEligibility(patient, { today: TODAY }))
  .add("planSessions (typed)", () => planSessions(course, { today: TODAY }))
  .add("planTreatment (typed)", () => planTreatment(patient, { today: TODAY, startOn, completed }))
  .add("planTreatment (one area)", () => planTreatment(patient, { today: TODAY, startOn, completed, area: "cheeks" }))
  .add("parse JSON + planTreatment", () => {
    const c = parseCaseFile(JSON.parse(json));
    return planTreatment(c.patient, { today: TODAY, startOn: c.startOn, completed: c.completed });
  })
  .add("replan (stored plan, a later today)", () => replan(stored, { today: "2026-12-01" }))
  .add("parse JSON + replan", () => replan(parseTreatmentPlan(JSON.parse(storedJson)), { today: "2026-12-01" }))
  .add("checkBooking (the plan's today)", () => checkBooking(stored, { on: "2026-12-03", time: "10:30" }))
  .add("checkBooking (another today)", () => checkBooking(stored, { on: "2026-12-22", today: "2026-12-01" }))
  .add("goodmanQuantitativeScore", () => goodmanQuantitativeScore({ lesions, hypertrophicAreaCm2: 7.5 }));
await bench.run();

const hz = (name) => bench.tasks.find((t) => t.name === name)?.result?.throughput?.mean ?? bench.tasks.find((t) => t.name === name)?.result?.hz;
const floorHz = hz("floor: date-fns session dates only");
const targets = { "planTreatment (typed)": 3, "parse JSON + planTreatment": 6 };
console.log(`\nNode ${process.version}, ${time} ms per task\n`);
console.log(`${"task".padEnd(38)} ${"ops/s".padStart(10)} ${"x floor".padStart(8)}  target`);
let missed = 0;
for (const task of bench.tasks) {
  const ops = hz(task.name);
  const ratio = floorHz / ops;
  const target = targets[task.name];
  const verdict = target === undefined ? "" : ratio <= target ? `<= ${target}x  ok` : `<= ${target}x  MISSED`;
  if (target !== undefined && ratio > target) missed++;
  console.log(`${task.name.padEnd(38)} ${Math.round(ops).toLocaleString("en").padStart(10)} ${ratio.toFixed(2).padStart(8)}  ${verdict}`);
}
process.exitCode = missed > 0 ? 1 : 0;
