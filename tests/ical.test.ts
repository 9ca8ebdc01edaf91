import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../src/ical.js";
import { type Messages, PlannerError, type TreatmentPlan } from "../src/index.js";
import { frozen } from "./fixtures.js";
import { expectedEvents, OPTIONS, PLANS, severePlan } from "./ical-plans.js";
import { fc, prop } from "./prop.js";

/** Rules no validator enforces. Returns the problems found. */
function checkRules(ics: string): string[] {
  const problems: string[] = [];
  if (!ics.endsWith("\r\n")) problems.push("does not end with CRLF");
  if (/[^\r]\n|\r(?!\n)/.test(ics)) problems.push("bare LF or CR");
  const physical = ics.slice(0, -2).split("\r\n");
  physical.forEach((line, i) => {
    if (new TextEncoder().encode(line).length > 75) problems.push(`line ${String(i + 1)} over 75 octets`);
  });
  const lines = ics.replace(/\r\n /g, "").slice(0, -2).split("\r\n");
  if (lines.some((line) => line.includes("TZID"))) problems.push("TZID present");
  const stack: string[] = [];
  let event: Record<string, string> = {};
  let alarm: Record<string, string> = {};
  const uids = new Set<string>();
  for (const line of lines) {
    const [name = "", value = ""] = [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)];
    if (name === "BEGIN") {
      stack.push(value);
      if (value === "VEVENT") event = {};
      if (value === "VALARM") alarm = {};
      continue;
    }
    if (name === "END") {
      if (stack.pop() !== value) problems.push(`unbalanced END:${value}`);
      if (value === "VALARM" && (!alarm.ACTION || !alarm.TRIGGER || !alarm.DESCRIPTION))
        problems.push("alarm without ACTION, TRIGGER or DESCRIPTION");
      if (value === "VEVENT") {
        const start = event["DTSTART;VALUE=DATE"];
        const end = event["DTEND;VALUE=DATE"];
        if (!start || !end) problems.push(`event ${String(event.UID)}: DTSTART and DTEND must both be DATE values`);
        else if (!(end > start)) problems.push(`event ${String(event.UID)}: DTEND not after DTSTART`);
        if (!/^\d{8}T\d{6}Z$/.test(event.DTSTAMP ?? "")) problems.push("DTSTAMP not UTC");
        if (uids.has(event.UID ?? "")) problems.push(`duplicate UID ${String(event.UID)}`);
        uids.add(event.UID ?? "");
      }
      continue;
    }
    if (stack.at(-1) === "VALARM") alarm[name] = value;
    else if (stack.at(-1) === "VEVENT") event[name] = value;
  }
  if (stack.length > 0) problems.push("unclosed component");
  return problems;
}

// Each export runs inside `it`: Stryker activates a mutant only once the tests start.
describe.each(Object.entries(PLANS))("%s", (_name, plan) => {
  it("passes the in-repo rule checker", () => {
    expect(checkRules(toICalendar(plan, OPTIONS))).toEqual([]);
  });

  it("round-trips through ical.js (Mozilla) with the plan's dates", () => {
    const ics = toICalendar(plan, OPTIONS);
    const calendar = ICAL.Component.fromString(ics);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
      const e = new ICAL.Event(vevent);
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.isDate).toBe(true);
      return [e.uid, e.startDate.toString(), e.endDate.toString()];
    });
    expect(events).toEqual(expectedEvents(plan));
    for (const vevent of calendar.getAllSubcomponents("vevent")) {
      for (const valarm of vevent.getAllSubcomponents("valarm")) {
        expect(valarm.getFirstPropertyValue("action")).toBe("DISPLAY");
        expect(String(valarm.getFirstPropertyValue("description"))).toMatch(/\S/);
      }
    }
  });
});
describe("toICalendar", () => {
  it("writes the alarm at the reminder lead before the due date", () => {
    const ics = toICalendar(PLANS["severe with a missed session"] as TreatmentPlan, { ...OPTIONS, leadDays: 3 });
    expect(ics).toContain("TRIGGER:-P3D");
    const lines = ics.split("\r\n");
    // four pending sessions due on their first day, then maintenance: due 31 days after its window opens
    expect(lines.filter((l) => l.startsWith("TRIGGER:"))).toEqual([
      "TRIGGER:-P3D",
      "TRIGGER:-P3D",
      "TRIGGER:-P3D",
      "TRIGGER:-P3D",
      "TRIGGER:P28D",
    ]);
  });

  it("counts the alarm from DTSTART when due is later in the window", () => {
    // session 4 opens on 2026-12-22 (Tue); with a 0-day lead the alarm is on its due day
    const plan = severePlan();
    const ics = toICalendar(plan, { ...OPTIONS, leadDays: 0 });
    expect(ics).toContain("TRIGGER:PT0S");
    const shifted = { ...plan, sessions: plan.sessions.map((s) => (s.number === 4 ? { ...s, due: "2026-12-24" } : s)) };
    expect(toICalendar(shifted, { ...OPTIONS, leadDays: 0 })).toContain("TRIGGER:P2D");
  });

  it("keeps UIDs stable when the course is re-planned, so events update instead of duplicating", () => {
    const before = toICalendar(severePlan("2026-11-24"), OPTIONS);
    const after = toICalendar(severePlan("2026-12-10", ["2026-07-28", "2026-08-25", "2026-11-26"]), OPTIONS);
    const uids = (ics: string) => ics.split("\r\n").filter((l) => l.startsWith("UID:"));
    expect(uids(after)).toEqual(uids(before));
    expect(new Set(uids(after)).size).toBe(uids(after).length);
    expect(after).not.toBe(before);
  });

  it("escapes TEXT values and uses the PRODID given", () => {
    const ics = toICalendar(PLANS["rejuvenation, maintenance due"] as TreatmentPlan, {
      ...OPTIONS,
      prodId: "-//Clinic, Inc.//Planner; v1//EN",
    });
    expect(ics).toContain("PRODID:-//Clinic\\, Inc.//Planner\\; v1//EN\r\n");
    expect(ics).toContain("UID:rejuv%3B%201%2C2-maintenance@clinic.example");
    expect(ics).toContain("DTSTAMP:20261124T093005Z");
  });

  it("uses the message layer for alarm descriptions", () => {
    const messages: Messages = { finding: () => "", reminder: (r) => `Erinnerung ${r.kind}; ${r.dueOn}` };
    const ics = toICalendar(PLANS["rejuvenation, maintenance due"] as TreatmentPlan, { ...OPTIONS, messages });
    expect(ics).toContain("DESCRIPTION:Erinnerung maintenance-due\\; 2026-09-29");
  });

  prop([fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 })], { numRuns: 200 })(
    "folds any text at 75 octets without splitting characters, and unfolds to the original",
    (prodId) => {
      const ics = toICalendar(PLANS["contraindicated, nothing planned"] as TreatmentPlan, { ...OPTIONS, prodId });
      expect(checkRules(ics)).toEqual([]);
      const calendar = ICAL.Component.fromString(ics);
      expect(calendar.getFirstPropertyValue("prodid")).toBe(prodId);
    },
  );

  it("never mutates the plan", () => {
    const plan = frozen(severePlan());
    const copy = structuredClone(plan);
    toICalendar(plan, OPTIONS);
    expect(plan).toEqual(copy);
  });

  it.each([
    [{ dtstamp: "2026-11-24T09:00:00Z" }, "options.uidDomain"],
    [{ ...OPTIONS, uidDomain: "clinic example" }, "options.uidDomain"],
    [{ ...OPTIONS, dtstamp: "2026-11-24" }, "options.dtstamp"],
    [{ ...OPTIONS, dtstamp: "2026-11-24T25:00:00Z" }, "options.dtstamp"],
    [{ ...OPTIONS, dtstamp: "2026-02-30T10:00:00Z" }, "options.dtstamp"],
    [{ ...OPTIONS, dtstamp: "2026-11-24T09:00:00+01:00" }, "options.dtstamp"],
    [{ ...OPTIONS, leadDays: -1 }, "options.leadDays"],
  ])("rejects options %o at %s", (options, path) => {
    const error = (() => {
      try {
        toICalendar(PLANS["severe with a missed session"] as TreatmentPlan, options as never);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).issues[0]?.path).toBe(path);
  });

  it("rejects a malformed plan with the path", () => {
    const plan = severePlan();
    const broken = { ...plan, sessions: [{ ...plan.sessions[0], earliest: "2026-02-30" }] } as unknown as TreatmentPlan;
    expect(() => toICalendar(broken, OPTIONS)).toThrow("plan.sessions[0].earliest");
    expect(() => toICalendar(null as never, OPTIONS)).toThrow(PlannerError);
  });
});
