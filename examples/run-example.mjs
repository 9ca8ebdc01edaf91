// The main job until the CLI lands: assess every example patient in examples/patients
// (or the files given) against the built library, and print the result.
// Usage: node examples/run-example.mjs [--today YYYY-MM-DD] [patient.json ...]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assessEligibility } from "../dist/index.js";
import { parsePatient } from "../dist/schemas.js";

const args = process.argv.slice(2);
const todayAt = args.indexOf("--today");
const today = todayAt >= 0 ? args.splice(todayAt, 2)[1] : new Date().toISOString().slice(0, 10);
const dir = join(import.meta.dirname, "patients");
const files =
  args.length > 0
    ? args
    : readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => join(dir, f));

let failures = 0;
for (const file of files) {
  try {
    const patient = parsePatient(JSON.parse(readFileSync(file, "utf8")));
    const result = assessEligibility(patient, { on: today });
    console.log(`\n${patient.id ?? file}  (${patient.goal}, Fitzpatrick ${patient.fitzpatrick})`);
    console.log(`  status: ${result.status}${result.reassessOn ? `, reassess on ${result.reassessOn}` : ""}`);
    for (const finding of result.findings) {
      console.log(`  - [${finding.effect}] ${finding.message}  (${finding.sources.join(", ")})`);
    }
  } catch (error) {
    failures++;
    console.error(`\n${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failures > 0 ? 2 : 0);
