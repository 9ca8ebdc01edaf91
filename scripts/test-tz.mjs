// Runs the whole vitest suite under the first time zone of the matrix (UTC, with coverage), then
// again under each other zone, and prints one closing line: "tests: N passed, N failed".
//
// Under the other zones it leaves out the suites whose verdict cannot depend on the host's zone:
// they run third-party validators (HL7 FHIR schema and FHIR.js, Python vobject and libical, ajv
// over the JSON Schema files) on outputs that the golden and property tests already pin byte for
// byte in every zone, or compare files and links. They are 40% of the suite's time; leaving them
// out after UTC takes about 3 minutes off the gate on 2 cores.
//
// Each zone runs with --no-isolate: a worker runs its test files one after another in one module
// graph instead of a fresh process per file (the library is pure; its modules hold no state a test
// could leave behind). That cuts a zone's CPU time by about 40% (Asia/Kolkata: 55 s to 34 s of
// user time); Stryker's runs (vitest.stryker.config.ts) have always run without isolation.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// The matrix, shared with tests/properties.test.ts.
const ZONES = JSON.parse(readFileSync(new URL("../tests/time-zones.json", import.meta.url), "utf8"));
const ZONE_INDEPENDENT = [
  "tests/json-schema.test.ts",
  "tests/fhir-validators.test.ts",
  "tests/ical-validators.test.ts",
  "tests/generated.test.ts",
  "tests/doc-links.test.ts",
];
const outDir = ".vitest-results";
mkdirSync(outDir, { recursive: true });
let passed = 0;
let failed = 0;
const failedZones = [];
for (const [i, zone] of ZONES.entries()) {
  const outputFile = join(outDir, `${zone.replace("/", "_")}.json`);
  const args = [
    "vitest",
    "run",
    "--no-isolate",
    "--reporter=dot",
    "--reporter=json",
    `--outputFile.json=${outputFile}`,
  ];
  if (i === 0) args.push("--coverage");
  else for (const file of ZONE_INDEPENDENT) args.push("--exclude", file);
  console.log(`\n== TZ=${zone} ==`);
  const run = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, TZ: zone } });
  let report;
  try {
    report = JSON.parse(readFileSync(outputFile, "utf8"));
  } catch {
    report = { numPassedTests: 0, numFailedTests: 1 };
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (run.status !== 0 || report.numFailedTests > 0 || report.numPassedTests === 0) failedZones.push(zone);
}
console.log(`\ntime zones: ${ZONES.join(", ")}`);
if (failedZones.length > 0) console.log(`failed under: ${failedZones.join(", ")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedZones.length > 0 ? 1 : 0);
