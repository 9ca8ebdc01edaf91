// The main job: runs the built CLI on every example case file, as a clinic would, on a fixed
// "today" so the output is reproducible. Usage: npm run demo [-- --format json]
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const examples = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort();
let status = 0;
for (const example of examples) {
  const args = [
    join(root, "dist/cli.js"),
    "plan",
    join("examples", example),
    "--today",
    "2026-11-24",
    ...process.argv.slice(2),
  ];
  console.log(
    `\n$ microneedling-planner plan examples/${example} --today 2026-11-24 ${process.argv.slice(2).join(" ")}`.trimEnd(),
  );
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (run.status !== 0) status = run.status ?? 1;
}
process.exit(status);
