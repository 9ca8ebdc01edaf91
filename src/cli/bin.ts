/**
 * The `microneedling-planner` executable: wires {@link runCli} to the process.
 *
 * @module
 * @internal
 */
import { readFileSync } from "node:fs";
import { runCli } from "./run-cli.js";

declare const __VERSION__: string;

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: localToday,
  version: __VERSION__,
});
