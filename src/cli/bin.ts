#!/usr/bin/env node
/**
 * The `microneedling-planner` executable: wires {@link runCli} to the process.
 *
 * @module
 * @internal
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runCli } from "./run-cli.js";

declare const __VERSION__: string;

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path === "-" ? 0 : path, "utf8"),
  writeFile: (path, text) => {
    writeFileSync(path, text);
  },
  now: () => new Date().toISOString(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: localToday,
  version: __VERSION__,
});
