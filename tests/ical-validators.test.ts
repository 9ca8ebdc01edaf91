// The iCalendar export checked by parsers this project did not write: node-ical, Python vobject
// and libical (tests/validators/ical_validate.py). Left out of mutation runs
// (vitest.stryker.config.ts): each case spawns Python; tests/ical.test.ts checks the content.
import { spawnSync } from "node:child_process";
import nodeIcal from "node-ical";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../src/ical.js";
import { expectedEvents, OPTIONS, PLANS } from "./ical-plans.js";

describe.each(Object.entries(PLANS))("%s", (_name, plan) => {
  const ics = toICalendar(plan, OPTIONS);

  it("round-trips through node-ical with the plan's dates", () => {
    const parsed = nodeIcal.sync.parseICS(ics);
    const events = Object.values(parsed)
      .filter((c): c is nodeIcal.VEvent => c?.type === "VEVENT")
      .map((e) => {
        const day = (d: Date) =>
          `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
        if (e.start === undefined || e.end === undefined) throw new Error(`event ${e.uid} has no start or end`);
        return [e.uid, day(e.start), day(e.end)];
      });
    expect(events).toEqual(expectedEvents(plan));
  });

  it("passes Python vobject validate() and libical's restriction check", () => {
    const run = spawnSync("/usr/bin/python3", ["tests/validators/ical_validate.py"], { input: ics, encoding: "utf8" });
    expect(run.stderr, "install python3-vobject gir1.2-ical-3.0 python3-gi (scripts/setup-system.sh)").toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ vobject: [], libical: [] });
  });
});
