import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toFhirCarePlan } from "../src/fhir.js";
import { toICalendar } from "../src/ical.js";
import { type IssueCode, type IssuePath, type Messages, PlannerError, type TreatmentPlan } from "../src/index.js";
import { safeParseTreatmentPlan, treatmentPlanSchema } from "../src/schemas.js";
import { frozen } from "./fixtures.js";
import { expectedEvents, OPTIONS, PLANS, severePlan } from "./ical-plans.js";
import { caught } from "./planning-helpers.js";
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

  // PRODID is 1-200 characters; graphemes of several code units could make a longer string.
  prop([fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }).filter((text) => text.length <= 200)], {
    numRuns: 200,
  })("folds any text at 75 octets without splitting characters, and unfolds to the original", (prodId) => {
    const ics = toICalendar(PLANS["contraindicated, nothing planned"] as TreatmentPlan, { ...OPTIONS, prodId });
    expect(checkRules(ics)).toEqual([]);
    const calendar = ICAL.Component.fromString(ics);
    expect(calendar.getFirstPropertyValue("prodid")).toBe(prodId);
  });

  it("never mutates the plan", () => {
    const plan = frozen(severePlan());
    const copy = structuredClone(plan);
    toICalendar(plan, OPTIONS);
    expect(plan).toEqual(copy);
  });

  it.each<[object, IssuePath, IssueCode]>([
    [{ dtstamp: "2026-11-24T09:00:00Z" }, ["options", "uidDomain"], "required"],
    [{ ...OPTIONS, uidDomain: "clinic example" }, ["options", "uidDomain"], "invalid-format"],
    [{ ...OPTIONS, dtstamp: "2026-11-24" }, ["options", "dtstamp"], "invalid-format"],
    [{ ...OPTIONS, dtstamp: "2026-11-24T25:00:00Z" }, ["options", "dtstamp"], "invalid-format"],
    [{ ...OPTIONS, dtstamp: "2026-02-30T10:00:00Z" }, ["options", "dtstamp"], "invalid-format"],
    [{ ...OPTIONS, dtstamp: "2026-11-24T09:00:00+01:00" }, ["options", "dtstamp"], "invalid-format"],
    [{ ...OPTIONS, leadDays: -1 }, ["options", "leadDays"], "out-of-range"],
    [{ ...OPTIONS, leadDays: 91 }, ["options", "leadDays"], "out-of-range"],
    [{ ...OPTIONS, uidDomian: "clinic.example" }, ["options", "uidDomian"], "unknown-key"],
  ])("rejects options %o at %j (%s)", (options, path, code) => {
    const error = (() => {
      try {
        toICalendar(PLANS["severe with a missed session"] as TreatmentPlan, options as never);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe("INVALID_INPUT");
    expect((error as PlannerError).issues.map((issue) => [issue.path, issue.code])).toEqual([[path, code]]);
  });

  it("rejects a malformed plan with the path", () => {
    const plan = severePlan();
    const broken = { ...plan, sessions: [{ ...plan.sessions[0], earliest: "2026-02-30" }] } as unknown as TreatmentPlan;
    expect(() => toICalendar(broken, OPTIONS)).toThrow(
      new PlannerError("INVALID_INPUT", [
        {
          code: "invalid-date",
          path: ["plan", "sessions", 0, "earliest"],
          message: "expected a real calendar date YYYY-MM-DD from 1900 to 9999",
          value: "2026-02-30",
        },
      ]).message,
    );
    expect(caught(() => toICalendar(broken, OPTIONS)).message).toBe(
      "plan.sessions[0].earliest: expected a real calendar date YYYY-MM-DD from 1900 to 9999",
    );
    expect(() => toICalendar(null as never, OPTIONS)).toThrow(PlannerError);
    expect(caught(() => toICalendar(null as never, OPTIONS)).issues).toEqual([
      { code: "invalid-type", path: ["plan"], message: "expected an object", value: null },
    ]);
  });
});

/** The issues of a call, or "accepted". */
function verdict(run: () => unknown): readonly unknown[] | "accepted" {
  try {
    run();
    return "accepted";
  } catch (error) {
    if (error instanceof PlannerError) {
      expect(error.code).toBe("INVALID_INPUT");
      return error.issues;
    }
    throw error;
  }
}

describe("toICalendar and toFhirCarePlan accept exactly the plans treatmentPlanSchema accepts", () => {
  const FHIR = { patient: "Patient/1" } as const;
  /** What the schema, the parse helper and both exports make of a plan: the same verdict, the same issues. */
  function agree(plan: unknown): readonly unknown[] | "accepted" {
    const zod = treatmentPlanSchema.safeParse(plan);
    const parsed = safeParseTreatmentPlan(plan);
    const expected = parsed.success ? "accepted" : parsed.error.issues;
    expect(zod.success).toBe(parsed.success);
    expect(verdict(() => toICalendar(plan as TreatmentPlan, OPTIONS))).toEqual(expected);
    expect(verdict(() => toFhirCarePlan(plan as TreatmentPlan, FHIR))).toEqual(expected);
    return expected;
  }
  const base = () => structuredClone(PLANS["severe with a missed session"] as TreatmentPlan);

  it.each(Object.keys(PLANS))("accepts %s, as JSON too", (name) => {
    const plan = PLANS[name] as TreatmentPlan;
    expect(agree(plan)).toBe("accepted");
    expect(agree(JSON.parse(JSON.stringify(plan)))).toBe("accepted");
  });

  it("rejects an empty patient id, in all four", () => {
    expect(agree({ ...base(), patientId: "" })).toEqual([
      { code: "too-short", path: ["plan", "patientId"], message: "expected 1 to 128 characters", value: "" },
    ]);
    // absent, or undefined, is fine; 128 characters too, 129 not
    expect(agree({ ...base(), patientId: undefined })).toBe("accepted");
    expect(agree({ ...base(), patientId: "p".repeat(128) })).toBe("accepted");
    expect(agree({ ...base(), patientId: "p".repeat(129) })).toEqual([
      {
        code: "too-long",
        path: ["plan", "patientId"],
        message: "expected 1 to 128 characters",
        value: `${"p".repeat(99)}…`,
      },
    ]);
  });

  it("rejects an unknown session flag code, in all four", () => {
    const plan = base();
    plan.sessions[2]?.flags.push({ code: "bogus", params: {} } as never);
    expect(agree(plan)).toEqual([
      {
        code: "invalid-value",
        path: ["plan", "sessions", 2, "flags", 2, "code"],
        message:
          'expected one of "late", "reassess", "no-open-day", "deferred", "out-of-order", "in-future", "too-soon", "beyond-estimate"',
        value: "bogus",
      },
    ]);
  });

  const SESSION_KEYS = "number, earliest, due, latest, flags, status";
  it.each<[string, (plan: TreatmentPlan) => unknown, readonly unknown[]]>([
    [
      "a flag without its parameters",
      (plan) => plan.sessions[2]?.flags.splice(0, 1, { code: "late", params: {} } as never),
      [
        { code: "required", path: ["plan", "sessions", 2, "flags", 0, "params", "daysLate"], message: "required" },
        {
          code: "required",
          path: ["plan", "sessions", 2, "flags", 0, "params", "windowClosedOn"],
          message: "required",
        },
      ],
    ],
    [
      "a flag with a parameter of another flag",
      (plan) => plan.sessions[2]?.flags.push({ code: "in-future", params: { until: "2027-01-01" } } as never),
      [
        {
          code: "unknown-key",
          path: ["plan", "sessions", 2, "flags", 2, "params", "until"],
          // the wording for an object without keys is left open (see the migration report)
          message: expect.stringMatching(/^unknown key\b/),
          value: "2027-01-01",
        },
      ],
    ],
    [
      "doneOn on a pending session",
      (plan) => Object.assign(plan.sessions[3] ?? {}, { doneOn: "2026-11-24" }),
      [
        {
          code: "unknown-key",
          path: ["plan", "sessions", 3, "doneOn"],
          message: `unknown key; expected one of ${SESSION_KEYS}`,
          value: "2026-11-24",
        },
      ],
    ],
    [
      "a done session without doneOn",
      (plan) => Reflect.deleteProperty(plan.sessions[0] ?? {}, "doneOn"),
      [{ code: "required", path: ["plan", "sessions", 0, "doneOn"], message: "required" }],
    ],
    [
      "a session number of 101",
      (plan) => Object.assign(plan.sessions[0] ?? {}, { number: 101 }),
      [
        {
          code: "out-of-range",
          path: ["plan", "sessions", 0, "number"],
          message: "expected an integer from 1 to 100",
          value: 101,
        },
      ],
    ],
    [
      "a course reminder with a session",
      (plan) =>
        plan.reminders.push({
          kind: "maintenance-due",
          remindOn: "2028-02-09",
          dueOn: "2028-02-16",
          session: 1,
        } as never),
      [
        {
          code: "unknown-key",
          path: ["plan", "reminders", 4, "session"],
          message: "unknown key; expected one of kind, remindOn, dueOn, message",
          value: 1,
        },
      ],
    ],
    [
      "a session reminder without its session",
      (plan) => plan.reminders.push({ kind: "book-session", remindOn: "2028-02-09", dueOn: "2028-02-16" } as never),
      [{ code: "required", path: ["plan", "reminders", 4, "session"], message: "required" }],
    ],
    [
      "an unknown finding reason",
      (plan) =>
        plan.eligibility.findings.push({
          kind: "factor",
          code: "x",
          index: 0,
          reason: "bogus",
          effect: "info",
          params: {},
          sources: [],
        } as never),
      [
        {
          code: "invalid-value",
          path: ["plan", "eligibility", "findings", 0, "reason"],
          message:
            'expected one of "active", "history", "washout", "washout-complete", "date-missing", "contradictory", "unknown-code", "other"',
          value: "bogus",
        },
      ],
    ],
    [
      "a typical estimate of 21",
      (plan) => Object.assign(plan.estimate, { typical: 21 }),
      [
        {
          code: "out-of-range",
          path: ["plan", "estimate", "typical"],
          message: "expected an integer from 1 to 20",
          value: 21,
        },
      ],
    ],
    [
      "an unknown key",
      (plan) => Object.assign(plan, { notes: "x" }),
      [
        {
          code: "unknown-key",
          path: ["plan", "notes"],
          message:
            "unknown key; expected one of patientId, goal, today, protocolVersion, eligibility, estimate, sessions, resultCheckOn, maintenance, reminders",
          value: "x",
        },
      ],
    ],
    [
      "an empty protocol version",
      (plan) => Object.assign(plan, { protocolVersion: "" }),
      [{ code: "too-short", path: ["plan", "protocolVersion"], message: "expected 1 to 200 characters", value: "" }],
    ],
  ])("rejects %s, in all four", (_name, change, issues) => {
    const plan = base();
    change(plan);
    expect(agree(plan)).toEqual(issues);
  });

  // zod counts a string's length in code points (a surrogate pair is one), and so do the exports.
  it("counts a patient id's length in code points, as the schema does", () => {
    expect(treatmentPlanSchema.safeParse({ ...base(), patientId: "😀".repeat(128) }).success).toBe(true);
    expect(agree({ ...base(), patientId: "😀".repeat(128) })).toBe("accepted");
    expect(treatmentPlanSchema.safeParse({ ...base(), patientId: "😀".repeat(129) }).success).toBe(false);
  });
});
