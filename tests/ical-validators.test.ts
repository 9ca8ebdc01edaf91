// The iCalendar export checked by parsers this project did not write: node-ical, Python vobject
// and libical (tests/validators/ical_validate.py), for every golden case (tests/ical-plans.ts).
// Left out of mutation runs (vitest.stryker.config.ts): each case spawns Python; tests/ical.test.ts
// checks the content.
import { spawnSync } from "node:child_process";
import nodeIcal from "node-ical";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../src/ical.js";
import { CASES, expectedEvents } from "./ical-plans.js";

/** A timeout for spawning Python on a busy machine: not a speed test. */
const SLOW = 120_000;

const pad = (n: number) => String(n).padStart(2, "0");
/** node-ical gives a floating time in the process's zone: read it back with the local getters. */
const day = (d: Date) => `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const dateTime = (d: Date) => `${day(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

describe.each(Object.entries(CASES))("%s", (_name, { plan, options }) => {
  it("round-trips through node-ical with the plan's dates", () => {
    const ics = toICalendar(plan, options);
    const parsed = nodeIcal.sync.parseICS(ics);
    const events = Object.values(parsed)
      .filter((c): c is nodeIcal.VEvent => c?.type === "VEVENT")
      .map((e) => {
        if (e.start === undefined || e.end === undefined) throw new Error(`event ${e.uid} has no start or end`);
        // an all-day event is a date; a booked time is a floating date-time, with no zone
        expect(e.start.tz).toBeUndefined();
        const show = e.datetype === "date" ? day : dateTime;
        return [e.uid, show(e.start), show(e.end)];
      });
    expect(events).toEqual(expectedEvents(plan, options));
  });

  it("passes Python vobject validate() and libical's restriction check", { timeout: SLOW }, () => {
    const run = spawnSync("/usr/bin/python3", ["tests/validators/ical_validate.py"], {
      input: toICalendar(plan, options),
      encoding: "utf8",
      timeout: SLOW,
    });
    expect(run.error).toBeUndefined();
    expect(run.stderr, "install python3-vobject gir1.2-ical-3.0 python3-gi (scripts/setup-system.sh)").toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ vobject: [], libical: [] });
  });
});
