import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toFhirCarePlan } from "../src/fhir.js";
import { toICalendar } from "../src/ical.js";
import {
  ADJUNCT_THERAPIES,
  type Booking,
  defineProtocol,
  type IssueCode,
  type IssuePath,
  type Patient,
  PlannerError,
  planTreatment,
  type TreatmentPlan,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { safeParseTreatmentPlan, treatmentPlanSchema } from "../src/schemas.js";
import { frozen } from "./fixtures.js";
import { CASES, expectedEvents, OPTIONS, PLANS, severePlan } from "./ical-plans.js";
import { addDays, caught, dayDiff } from "./planning-helpers.js";
import { fc, MUTATION_RUN, prop } from "./prop.js";

/** A timeout for properties on a busy machine: not a speed test. */
const SLOW = 120_000;

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
  if (lines[4]?.startsWith("X-MICRONEEDLING-PROTOCOL:") !== true) problems.push("no protocol line after CALSCALE");
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
      if (value === "VALARM") {
        if (!alarm.ACTION || !alarm.TRIGGER || !alarm.DESCRIPTION)
          problems.push("alarm without ACTION, TRIGGER or DESCRIPTION");
        if (!/^(PT0S|-?P\d+D)$/.test(alarm.TRIGGER ?? "")) problems.push(`TRIGGER ${String(alarm.TRIGGER)}`);
      }
      if (value === "VEVENT") {
        const start = event["DTSTART;VALUE=DATE"];
        const end = event["DTEND;VALUE=DATE"];
        const timed = event.DTSTART;
        if (timed !== undefined) {
          // a booked time: a floating local DATE-TIME (no Z, no TZID), and no DTEND or DURATION
          if (!/^\d{8}T\d{4}00$/.test(timed)) problems.push(`event ${String(event.UID)}: DTSTART ${timed}`);
          if (start !== undefined || end !== undefined || "DURATION" in event)
            problems.push(`event ${String(event.UID)}: a timed event with a DATE or an end`);
        } else if (!start || !end)
          problems.push(`event ${String(event.UID)}: DTSTART and DTEND must both be DATE values`);
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

/** The events of a calendar, as ical.js reads them. */
function icalJsEvents(ics: string): Array<[string, string, string]> {
  const calendar = ICAL.Component.fromString(ics);
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const e = new ICAL.Event(vevent);
    // dates, or a floating local time: never a time zone
    expect(e.startDate.zone?.tzid).toBe("floating");
    expect(e.endDate.isDate).toBe(e.startDate.isDate);
    for (const valarm of vevent.getAllSubcomponents("valarm")) {
      expect(valarm.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(String(valarm.getFirstPropertyValue("description"))).toMatch(/\S/);
    }
    return [e.uid, e.startDate.toString(), e.endDate.toString()];
  });
}

/** The UIDs of a calendar's events, in order. */
const uidsOf = (ics: string) =>
  ics
    .replaceAll("\r\n ", "")
    .split("\r\n")
    .filter((l) => l.startsWith("UID:"));

// Each export runs inside `it`: Stryker activates a mutant only once the tests start.
describe.each(Object.entries(CASES))("%s", (_name, { plan, options }) => {
  it("passes the in-repo rule checker", () => {
    expect(checkRules(toICalendar(plan, options))).toEqual([]);
  });

  it("round-trips through ical.js (Mozilla) with the plan's dates", () => {
    expect(icalJsEvents(toICalendar(plan, options))).toEqual(expectedEvents(plan, options));
  });
});

describe("toICalendar", () => {
  it("keeps UIDs stable when the course is re-planned, so events update instead of duplicating", () => {
    const before = toICalendar(severePlan("2026-11-24"), OPTIONS);
    const after = toICalendar(severePlan("2026-12-10", ["2026-07-28", "2026-08-25", "2026-11-26"]), OPTIONS);
    expect(uidsOf(after)).toEqual(uidsOf(before));
    expect(new Set(uidsOf(after)).size).toBe(uidsOf(after).length);
    expect(after).not.toBe(before);
  });

  // Free text reaches the calendar through a message layer (alarm descriptions): any text, which
  // comes back unescaped, every line break as LF. Up to 100 graphemes (of up to several octets
  // each), with the characters TEXT escapes and every kind of line break over-represented.
  const textUnit = fc.oneof(
    { arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }), weight: 6 },
    { arbitrary: fc.constantFrom("\\", ";", ",", "\n", "\r\n", "\r"), weight: 1 },
  );
  prop(
    [fc.string({ unit: textUnit, minLength: 1, maxLength: 100, size: "max" })],
    { numRuns: 200 },
    { timeout: SLOW },
  )("folds any text at 75 octets without splitting characters, and unfolds to the original", (text) => {
    const base = PLANS["rejuvenation, maintenance due"] as TreatmentPlan;
    const messages = { ...englishMessages, finding: () => "", reminder: () => text, bookingReason: () => "" };
    const ics = toICalendar(base, { ...OPTIONS, messages });
    expect(checkRules(ics)).toEqual([]);
    const calendar = ICAL.Component.fromString(ics);
    const descriptions = calendar
      .getAllSubcomponents("vevent")
      .flatMap((vevent) => vevent.getAllSubcomponents("valarm"))
      .map((valarm) => valarm.getFirstPropertyValue("description"));
    expect(descriptions).toEqual([text.replace(/\r\n|\r/g, "\n")]);
  });

  // The library version (1-100 of [0-9A-Za-z.+-]) and the protocol's id and version (1-100 of
  // [A-Za-z0-9._+-]) make the two longest header lines: up to 159 and 226 octets.
  prop(
    [
      fc.stringMatching(/^[0-9A-Za-z.+-]{1,100}$/, { size: "max" }),
      fc.stringMatching(/^[A-Za-z0-9._+-]{1,100}$/, { size: "max" }),
      fc.stringMatching(/^[A-Za-z0-9._+-]{1,100}$/, { size: "max" }),
    ],
    { numRuns: 200 },
    { timeout: SLOW },
  )("folds PRODID and the protocol line at 75 octets, and unfolds to the originals", (version, id, protocolVersion) => {
    const base = PLANS["contraindicated, nothing planned"] as TreatmentPlan;
    const plan: TreatmentPlan = {
      ...base,
      madeBy: { name: "microneedling-planner", version },
      protocol: { ...base.protocol, id, version: protocolVersion },
    };
    const ics = toICalendar(plan, OPTIONS);
    expect(checkRules(ics)).toEqual([]);
    const calendar = ICAL.Component.fromString(ics);
    expect(calendar.getFirstPropertyValue("prodid")).toBe(
      `-//microneedling-planner//microneedling-planner ${version}//EN`,
    );
    expect(calendar.getFirstPropertyValue("x-microneedling-protocol")).toBe(`${id}@${protocolVersion}`);
  });

  it("never mutates the plan", () => {
    const plan = frozen(severePlan());
    const copy = structuredClone(plan);
    toICalendar(plan, OPTIONS);
    expect(plan).toEqual(copy);
  });

  it("exports a stored plan (JSON) exactly as the plan it was made from", () => {
    for (const { plan, options } of Object.values(CASES)) {
      expect(toICalendar(JSON.parse(JSON.stringify(plan)) as TreatmentPlan, options)).toBe(toICalendar(plan, options));
    }
  });

  it.each<[object, IssuePath, IssueCode]>([
    [{ dtstamp: "2026-11-24T09:00:00Z", calendarId: "c" }, ["options", "uidDomain"], "required"],
    [{ ...OPTIONS, uidDomain: "clinic example" }, ["options", "uidDomain"], "invalid-format"],
    [{ ...OPTIONS, dtstamp: "2026-11-24" }, ["options", "dtstamp"], "invalid-format"],
    [{ ...OPTIONS, dtstamp: "2026-11-24T25:00:00Z" }, ["options", "dtstamp"], "invalid-format"],
    [{ ...OPTIONS, dtstamp: "2026-02-30T10:00:00Z" }, ["options", "dtstamp"], "invalid-format"],
    [{ ...OPTIONS, dtstamp: "2026-11-24T09:00:00+01:00" }, ["options", "dtstamp"], "invalid-format"],
    [{ ...OPTIONS, calendarId: "patient 17" }, ["options", "calendarId"], "invalid-format"],
    [{ ...OPTIONS, calendarId: "c".repeat(65) }, ["options", "calendarId"], "invalid-format"],
    [{ uidDomain: "clinic.example", dtstamp: "2026-11-24T09:00:00Z" }, ["options", "calendarId"], "required"],
    [{ ...OPTIONS, usePatientId: 1 }, ["options", "usePatientId"], "invalid-type"],
    [{ ...OPTIONS, leadDays: 3 }, ["options", "leadDays"], "unknown-key"],
    [{ ...OPTIONS, prodId: "-//x//EN" }, ["options", "prodId"], "unknown-key"],
    [{ ...OPTIONS, uidDomian: "clinic.example" }, ["options", "uidDomian"], "unknown-key"],
  ])("rejects options %o at %j (%s)", (options, path, code) => {
    const error = caught(() => toICalendar(PLANS["severe with a missed session"] as TreatmentPlan, options as never));
    expect(error).toBeInstanceOf(PlannerError);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([[path, code]]);
  });

  it("rejects a malformed plan with the path", () => {
    const plan = severePlan();
    const broken = { ...plan, sessions: [{ ...plan.sessions[0], earliest: "2026-02-30" }] } as unknown as TreatmentPlan;
    expect(caught(() => toICalendar(broken, OPTIONS)).issues).toEqual([
      {
        code: "invalid-date",
        path: ["plan", "sessions", 0, "earliest"],
        message: "expected a real calendar date YYYY-MM-DD from 1900 to 9999",
        value: "2026-02-30",
      },
    ]);
    expect(caught(() => toICalendar(broken, OPTIONS)).message).toBe(
      "plan.sessions[0].earliest: expected a real calendar date YYYY-MM-DD from 1900 to 9999",
    );
    expect(caught(() => toICalendar(null as never, OPTIONS)).issues).toEqual([
      { code: "invalid-type", path: ["plan"], message: "expected an object", value: null },
    ]);
  });

  it("rejects a plan of the old shape (issue 10) with the keys it lacks and the ones it has too many", () => {
    const {
      schemaVersion: _schemaVersion,
      madeBy: _madeBy,
      inputs,
      protocol,
      ...rest
    } = PLANS["severe with a missed session"] as TreatmentPlan;
    const old = { ...rest, patientId: inputs.patient.id, goal: inputs.patient.goal, protocolVersion: protocol.version };
    const issues = caught(() => toICalendar(old as never, OPTIONS)).issues.map((issue) => [issue.code, issue.path]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["unknown-key", ["plan", "patientId"]],
        ["unknown-key", ["plan", "goal"]],
        ["unknown-key", ["plan", "protocolVersion"]],
        ["required", ["plan", "schemaVersion"]],
        ["required", ["plan", "madeBy"]],
        ["required", ["plan", "inputs"]],
        ["required", ["plan", "protocol"]],
      ]),
    );
    expect(issues).toHaveLength(7);
  });
});

describe("toICalendar identity and privacy", () => {
  const { calendarId: _calendarId, ...NO_IDENTITY } = OPTIONS;
  /** The VEVENT blocks of a calendar, as text. */
  const vevents = (ics: string) => ics.match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g) ?? [];

  it("two anonymous patients' calendars merge without a UID clash", () => {
    const first = PLANS["deferred, starts after the washout"] as TreatmentPlan;
    const second = planTreatment({ goal: "rejuvenation", fitzpatrick: "II" }, { today: "2026-11-24" });
    expect([first.inputs.patient.id, second.inputs.patient.id]).toEqual([undefined, undefined]);
    const a = toICalendar(first, { ...OPTIONS, calendarId: "a1" });
    const b = toICalendar(second, { ...OPTIONS, calendarId: "b2" });
    // both courses number their sessions from 1: only the calendar id tells them apart
    expect(uidsOf(a)).toContain("UID:a1-session-1@clinic.example");
    expect(uidsOf(b)).toContain("UID:b2-session-1@clinic.example");
    const merged = [...vevents(a), ...vevents(b)];
    expect(merged).toHaveLength(first.sessions.length + second.sessions.length + 2);
    const uids = uidsOf(merged.join(""));
    expect(uids).toHaveLength(merged.length);
    expect(new Set(uids).size).toBe(uids.length);
    // a subscriber merging both sees every event (ical.js, one calendar)
    const calendar = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//merge//EN\r\n${merged.join("")}END:VCALENDAR\r\n`;
    expect(checkRules(calendar).filter((p) => p !== "no protocol line after CALSCALE")).toEqual([]);
    expect(new Set(icalJsEvents(calendar).map(([uid]) => uid)).size).toBe(merged.length);
    // negative control: the same calendar id for both would clash
    const same = uidsOf([...vevents(a), ...vevents(toICalendar(second, { ...OPTIONS, calendarId: "a1" }))].join(""));
    expect(new Set(same).size).toBeLessThan(same.length);
  });

  it("writes no patient id anywhere unless usePatientId is set", () => {
    for (const { plan } of Object.values(CASES)) {
      const id = plan.inputs.patient.id;
      if (id === undefined) continue;
      const ics = toICalendar(plan, OPTIONS);
      expect(ics).not.toContain(id);
      expect(ics).not.toContain(encodeURIComponent(id));
      const own = toICalendar(plan, { ...NO_IDENTITY, usePatientId: true });
      expect(own.includes(id) || own.includes(encodeURIComponent(id).replace(/'/g, "%27"))).toBe(true);
    }
  });

  /** Patient ids that no text of the calendar could contain by chance. */
  const patientId = fc
    .string({ unit: fc.constantFrom(..."ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), minLength: 6, maxLength: 20 })
    .map((s) => `MRN-${s}`);

  prop(
    [patientId, fc.constantFrom(...Object.keys(CASES))],
    { numRuns: 100 },
    { timeout: SLOW },
  )("no patient id in the .ics, whatever it is, unless usePatientId is set", (id, name) => {
    const { plan, options } = CASES[name] as (typeof CASES)[string];
    const withId = { ...plan, inputs: { ...plan.inputs, patient: { ...plan.inputs.patient, id } } };
    const calendarId = options.calendarId ?? "c-1";
    expect(toICalendar(withId, { ...options, calendarId, usePatientId: undefined })).not.toContain(id);
    const own = toICalendar(withId, { ...NO_IDENTITY, usePatientId: true });
    // the id starts every UID, and is nowhere else
    expect(own.split(id).length - 1).toBe(uidsOf(own).length);
    for (const uid of uidsOf(own)) expect(uid.startsWith(`UID:${id}-`)).toBe(true);
  });

  it("missing calendarId is a `required` issue at options.calendarId", () => {
    const error = caught(() => toICalendar(PLANS["severe with a missed session"] as TreatmentPlan, NO_IDENTITY));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([["required", ["options", "calendarId"]]]);
  });

  it("usePatientId without a patient id is a `required` issue at plan.inputs.patient.id", () => {
    const anonymous = PLANS["deferred, starts after the washout"] as TreatmentPlan;
    const error = caught(() => toICalendar(anonymous, { ...NO_IDENTITY, usePatientId: true }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["required", ["plan", "inputs", "patient", "id"]],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Alarms never fire before the plan's today.

interface AlarmCase {
  readonly patient: Patient;
  readonly today: string;
  readonly completed: string[];
  readonly booked: Booking[];
  readonly lead: number;
  readonly openWeekdays: ("mon" | "tue" | "wed" | "thu" | "fri")[] | undefined;
}

const TODAY = "2026-11-24";
const alarmCase: fc.Arbitrary<AlarmCase> = fc
  .record({
    goal: fc.constantFrom("scar-revision", "rejuvenation"),
    severity: fc.constantFrom("mild", "moderate", "severe"),
    // the course starts up to a year before today: a late start leaves a session overdue
    startDaysAgo: fc.integer({ min: 0, max: 365 }),
    done: fc.integer({ min: 0, max: 3 }),
    gap: fc.integer({ min: 21, max: 60 }),
    lead: fc.integer({ min: 0, max: 90 }),
    // bookings for the next sessions, in order, from today on (gaps of 0-60 days: some too soon)
    bookings: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 60 }),
        time: fc.option(fc.constantFrom("08:00", "10:30", "17:45"), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    // then, sometimes, a missed booking (before today) for the session after them
    missedDaysAgo: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    openWeekdays: fc.option(fc.constantFrom<AlarmCase["openWeekdays"]>(["tue", "thu"], ["mon"]), { nil: undefined }),
    todayOffset: fc.integer({ min: -400, max: 400 }),
  })
  .map((r) => {
    const today = addDays(TODAY, r.todayOffset);
    const completed: string[] = [];
    for (let i = 0; i < r.done; i++) {
      const day = addDays(today, -r.startDaysAgo + i * r.gap);
      if (day <= today) completed.push(day);
    }
    // Bookings out of order give a plan its own schema rejects (see the report): kept in order here.
    let on = today;
    const booked: Booking[] = r.bookings.map((b, i) => {
      on = addDays(on, i === 0 ? Math.min(b.gap, 20) : b.gap);
      return { session: completed.length + 1 + i, on, ...(b.time !== undefined && { time: b.time }) };
    });
    if (r.missedDaysAgo !== undefined)
      booked.push({ session: completed.length + 1 + booked.length, on: addDays(today, -r.missedDaysAgo) });
    const patient: Patient =
      r.goal === "rejuvenation"
        ? { goal: "rejuvenation", fitzpatrick: "II" }
        : { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "rolling", severity: r.severity }] };
    return { patient, today, completed, booked, lead: r.lead, openWeekdays: r.openWeekdays };
  });

/** How often each kind of alarm came up, to check that the property is not vacuous. */
const alarmTally = { overdue: 0, booked: 0, timed: 0, maintenance: 0, clamped: 0, unclamped: 0 };

describe("toICalendar alarms never fire before the plan's today", () => {
  prop(
    [alarmCase],
    { numRuns: 300 },
    { timeout: SLOW },
  )("today <= DTSTART + TRIGGER for every pending, booked and maintenance event, and = max(today, due - lead)", (c) => {
    const protocol = defineProtocol({ reminderLeadDays: c.lead });
    const plan = planTreatment(c.patient, {
      today: c.today,
      completed: c.completed,
      booked: c.booked,
      protocol,
      ...(c.openWeekdays !== undefined && { availability: { openWeekdays: c.openWeekdays } }),
    });
    const lines = toICalendar(plan, OPTIONS).replaceAll("\r\n ", "").split("\r\n");
    /** Each event's UID, DTSTART day and the day its alarm fires (none for a done session). */
    const events: Array<{ uid: string; start: string; fires?: string }> = [];
    for (const line of lines) {
      if (line.startsWith("UID:")) events.push({ uid: line.slice(4), start: "" });
      const event = events.at(-1);
      if (event === undefined) continue;
      const start = /^DTSTART(?:;VALUE=DATE)?:(\d{4})(\d\d)(\d\d)/.exec(line);
      if (start) event.start = `${start[1]}-${start[2]}-${start[3]}`;
      const trigger = /^TRIGGER:(?:PT0S|(-?)P(\d+)D)$/.exec(line);
      if (trigger) {
        const days = trigger[2] === undefined ? 0 : Number(trigger[2]) * (trigger[1] === "-" ? -1 : 1);
        event.fires = addDays(event.start, days);
      }
      if (line.startsWith("TRIGGER:") && !trigger) throw new Error(`unexpected ${line}`);
    }
    const expected = [
      ...plan.sessions.map((s) => ({
        uid: `c-7f3a-session-${String(s.number)}@clinic.example`,
        due: s.status === "done" ? undefined : s.status === "booked" ? s.bookedOn : s.due,
        kind: s.status === "booked" ? (s.time === undefined ? "booked" : "timed") : s.status,
      })),
      ...(plan.maintenance
        ? [{ uid: "c-7f3a-maintenance@clinic.example", due: plan.maintenance.due, kind: "maintenance" }]
        : []),
    ];
    expect(events.map((e) => e.uid)).toEqual(expected.map((e) => e.uid));
    expected.forEach(({ due, kind }, i) => {
      const fires = events[i]?.fires;
      if (due === undefined) {
        expect(fires).toBeUndefined();
        return;
      }
      if (fires === undefined) throw new Error(`no alarm on ${String(events[i]?.uid)}`);
      expect(fires >= plan.today, `${kind} alarm fires on ${fires}, before ${plan.today}`).toBe(true);
      const unclamped = addDays(due, -c.lead);
      expect(fires).toBe(unclamped > plan.today ? unclamped : plan.today);
      alarmTally[unclamped < plan.today ? "clamped" : "unclamped"]++;
      if (kind === "overdue" || kind === "booked" || kind === "timed" || kind === "maintenance") alarmTally[kind]++;
      expect(dayDiff(plan.today, fires)).toBeGreaterThanOrEqual(0);
    });
  });

  // A check of the generator, not of the library: Stryker's runs (fewer, seeded runs) leave it out.
  it.skipIf(MUTATION_RUN)(
    "generated overdue, booked (all day and timed) and maintenance alarms, clamped and not",
    () => {
      for (const [kind, count] of Object.entries(alarmTally)) expect(count, kind).toBeGreaterThanOrEqual(20);
    },
  );
});

// ---------------------------------------------------------------------------------------------

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
  const booked = () => structuredClone(PLANS["booked sessions, one all day and one at a time"] as TreatmentPlan);
  const withPatientId = (id: unknown) => {
    const plan = base();
    (plan.inputs.patient as { id?: unknown }).id = id;
    return plan;
  };

  it.each(Object.keys(PLANS))("accepts %s, as JSON too", (name) => {
    const plan = PLANS[name] as TreatmentPlan;
    expect(agree(plan)).toBe("accepted");
    expect(agree(JSON.parse(JSON.stringify(plan)))).toBe("accepted");
  });

  it("rejects an empty patient id, in all four", () => {
    expect(agree(withPatientId(""))).toEqual([
      {
        code: "too-short",
        path: ["plan", "inputs", "patient", "id"],
        message: "expected 1 to 128 characters",
        value: "",
      },
    ]);
    // absent, or undefined, is fine; 128 characters too, 129 not
    expect(agree(withPatientId(undefined))).toBe("accepted");
    expect(agree(withPatientId("p".repeat(128)))).toBe("accepted");
    expect(agree(withPatientId("p".repeat(129)))).toEqual([
      {
        code: "too-long",
        path: ["plan", "inputs", "patient", "id"],
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
          'expected one of "late", "reassess", "no-open-day", "deferred", "out-of-order", "in-future", "too-soon", "beyond-estimate", "missed-booking", "closed-day"',
        value: "bogus",
      },
    ]);
  });

  const SESSION_KEYS = "number, earliest, due, latest, flags, status";
  const TOP_KEYS =
    "schemaVersion, madeBy, today, inputs, protocol, eligibility, estimate, sessions, resultCheckOn, finalResultCheckOn, maintenance, reminders";
  /** Issues, or a function of the unchanged plan giving them (for an item pushed at the end of an array). */
  type Expected = readonly unknown[] | ((plan: TreatmentPlan) => readonly unknown[]);
  it.each<[string, (plan: TreatmentPlan) => unknown, Expected]>([
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
      "a booked session without bookedOn",
      (plan) => Object.assign(plan.sessions[3] ?? {}, { status: "booked" }),
      [{ code: "required", path: ["plan", "sessions", 3, "bookedOn"], message: "required" }],
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
      (plan) => [
        {
          code: "unknown-key",
          path: ["plan", "reminders", plan.reminders.length, "session"],
          message: "unknown key; expected one of kind, remindOn, dueOn, message",
          value: 1,
        },
      ],
    ],
    [
      "a session reminder without its session",
      (plan) => plan.reminders.push({ kind: "book-session", remindOn: "2028-02-09", dueOn: "2028-02-16" } as never),
      (plan) => [
        { code: "required", path: ["plan", "reminders", plan.reminders.length, "session"], message: "required" },
      ],
    ],
    [
      "a result-check reminder without saying which check",
      (plan) => plan.reminders.push({ kind: "result-check", remindOn: "2028-02-09", dueOn: "2028-02-16" } as never),
      (plan) => [
        { code: "required", path: ["plan", "reminders", plan.reminders.length, "check"], message: "required" },
      ],
    ],
    [
      "a photo reminder at an unknown checkpoint",
      (plan) =>
        plan.reminders.push({
          kind: "photo",
          remindOn: "2028-02-09",
          dueOn: "2028-02-09",
          checkpoint: "selfie",
          session: 2,
        } as never),
      (plan) => [
        {
          code: "invalid-value",
          path: ["plan", "reminders", plan.reminders.length, "checkpoint"],
          message: 'expected one of "baseline", "session", "result-check"',
          value: "selfie",
        },
      ],
    ],
    [
      "a pre-care reminder with an unknown care step",
      (plan) =>
        plan.reminders.push({
          kind: "pre-care",
          remindOn: "2028-02-09",
          dueOn: "2028-02-16",
          session: 2,
          step: "fast",
        } as never),
      (plan) => [
        {
          code: "invalid-value",
          path: ["plan", "reminders", plan.reminders.length, "step"],
          message: 'expected one of "stop-retinoids", "antiviral-prophylaxis"',
          value: "fast",
        },
      ],
    ],
    [
      "an adjunct finding with an unknown therapy",
      (plan) =>
        plan.eligibility.findings.push({
          kind: "scar",
          code: "boxcar",
          index: 0,
          reason: "adjunct",
          effect: "info",
          params: { therapies: ["laser"] },
          sources: [],
        } as never),
      (plan) => [
        {
          code: "invalid-value",
          path: ["plan", "eligibility", "findings", plan.eligibility.findings.length, "params", "therapies", 0],
          message: `expected one of ${ADJUNCT_THERAPIES.map((t) => JSON.stringify(t)).join(", ")}`,
          value: "laser",
        },
      ],
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
      (plan) => [
        {
          code: "invalid-value",
          path: ["plan", "eligibility", "findings", plan.eligibility.findings.length, "reason"],
          message:
            'expected one of "active", "history", "ended", "waiting", "wait-complete", "washout", "washout-complete", "date-missing", "contradictory", "unknown-code", "other"',
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
          message: "expected an integer from 0 to 20",
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
          message: `unknown key; expected one of ${TOP_KEYS}`,
          value: "x",
        },
      ],
    ],
    [
      "an empty protocol version",
      (plan) => Object.assign(plan.protocol, { version: "" }),
      [
        {
          code: "too-short",
          path: ["plan", "protocol", "version"],
          message: "expected 1 to 100 characters",
          value: "",
        },
        {
          code: "invalid-format",
          path: ["plan", "protocol", "version"],
          message: "expected letters, digits, '.', '_', '+' or '-'",
          value: "",
        },
      ],
    ],
    [
      "a schema version of 2",
      (plan) => Object.assign(plan, { schemaVersion: 2 }),
      [{ code: "invalid-value", path: ["plan", "schemaVersion"], message: "expected one of 1", value: 2 }],
    ],
    [
      "a plan made by another library",
      (plan) => Object.assign(plan.madeBy, { name: "other-planner" }),
      [
        {
          code: "invalid-value",
          path: ["plan", "madeBy", "name"],
          message: 'expected one of "microneedling-planner"',
          value: "other-planner",
        },
      ],
    ],
  ])("rejects %s, in all four", (_name, change, issues) => {
    const plan = structuredClone(base());
    const expected = typeof issues === "function" ? issues(plan) : issues;
    change(plan);
    expect(agree(plan)).toEqual(expected);
  });

  it("rejects a protocol whose numbers contradict each other (the relations are checked too), in all four", () => {
    const plan = base();
    Object.assign(plan.protocol, { interval: { minWeeks: 8, maxWeeks: 6 } });
    expect(agree(plan)).toEqual([
      {
        code: "inconsistent",
        path: ["plan", "protocol", "interval", "maxWeeks"],
        message: "must be at least minWeeks (8)",
        value: 6,
      },
    ]);
  });

  it("rejects inputs with two bookings for one session, and a bad booked time, in all four", () => {
    const twice = booked();
    twice.inputs.booked.push({ session: 2, on: "2026-11-27" });
    expect(agree(twice)).toEqual([
      {
        code: "inconsistent",
        path: ["plan", "inputs", "booked", 2, "session"],
        message: "session 2 is booked more than once",
        value: 2,
      },
    ]);
    const late = booked();
    Object.assign(late.sessions[1] ?? {}, { time: "24:00" });
    expect(agree(late)).toEqual([
      {
        code: "invalid-format",
        path: ["plan", "sessions", 1, "time"],
        message: "expected a local time of day HH:MM (00:00 to 23:59)",
        value: "24:00",
      },
    ]);
  });

  // zod counts a string's length in code points (a surrogate pair is one), and so do the exports.
  it("counts a patient id's length in code points, as the schema does", () => {
    expect(treatmentPlanSchema.safeParse(withPatientId("😀".repeat(128))).success).toBe(true);
    expect(agree(withPatientId("😀".repeat(128)))).toBe("accepted");
    expect(treatmentPlanSchema.safeParse(withPatientId("😀".repeat(129))).success).toBe(false);
  });
});
