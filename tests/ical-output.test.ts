/**
 * The exact iCalendar text of `toICalendar`: golden files for representative plans, and targeted
 * checks of option validation, TEXT escaping, line folding, UIDs and alarms.
 *
 * Every export runs inside `it`, never in a `describe` body: Stryker activates a mutant only
 * once the tests start, so output computed while collecting would be the unmutated one.
 */
import { describe, expect, it } from "vitest";
import { toICalendar } from "../src/ical.js";
import { type Messages, PlannerError, type TreatmentPlan } from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { CASES, OPTIONS, PLANS, severePlan } from "./ical-plans.js";
import { caught, MESSAGE_LAYER } from "./planning-helpers.js";

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The content lines, unfolded, without the final CRLF. */
const contentLines = (ics: string) => ics.slice(0, -2).replaceAll("\r\n ", "").split("\r\n");

/** The physical lines (folded as written), without the final CRLF. */
const physicalLines = (ics: string) => ics.slice(0, -2).split("\r\n");

/** Every line break of `ics` is CRLF, and it ends with one. */
function expectCrlfOnly(ics: string): void {
  expect(ics.endsWith("\r\n")).toBe(true);
  expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
}

/** The content lines of the VEVENT whose UID is `uid`, BEGIN and END included. */
function eventLines(ics: string, uid: string): string[] {
  const lines = contentLines(ics);
  const start = lines.indexOf(`UID:${uid}`) - 1;
  return lines.slice(start, lines.indexOf("END:VEVENT", start) + 1);
}

const plan = (name: string) => PLANS[name] as TreatmentPlan;

/** A message layer whose reminder text is `reminder`. */
const layer = (reminder: Messages["reminder"]): Messages => ({
  ...englishMessages,
  finding: () => "",
  reminder,
  bookingReason: () => "",
});

/** The plan with another reminder lead in its protocol (the plan is the only source of it now). */
const withLead = (p: TreatmentPlan, reminderLeadDays: number): TreatmentPlan => ({
  ...p,
  protocol: { ...p.protocol, reminderLeadDays },
});

const PRODID = "PRODID:-//microneedling-planner//microneedling-planner 0.0.0//EN";

describe("toICalendar golden output", () => {
  // CRLF is shown as LF in the golden files, so that no Git line-ending setting can change them;
  // each test checks first that the real output uses CRLF only.
  it.each(Object.keys(CASES))("%s", async (name) => {
    const { plan: p, options } = CASES[name] as (typeof CASES)[string];
    const ics = toICalendar(p, options);
    expectCrlfOnly(ics);
    await expect(ics.replaceAll("\r\n", "\n")).toMatchFileSnapshot(`__snapshots__/ical/${slug(name)}.ics.snap`);
  });
});

describe("toICalendar calendar header", () => {
  it("names the library version that made the plan in PRODID, and the protocol after CALSCALE", () => {
    const lines = contentLines(toICalendar(plan("severe with a missed session"), OPTIONS));
    expect(lines.slice(0, 6)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      PRODID,
      "CALSCALE:GREGORIAN",
      "X-MICRONEEDLING-PROTOCOL:article-2021@1",
      "BEGIN:VEVENT",
    ]);
  });

  it("reads the version from the plan, not from the library exporting it", () => {
    const stored = {
      ...plan("severe with a missed session"),
      madeBy: { name: "microneedling-planner", version: "1.4.2" },
    };
    expect(contentLines(toICalendar(stored as TreatmentPlan, OPTIONS))[2]).toBe(
      "PRODID:-//microneedling-planner//microneedling-planner 1.4.2//EN",
    );
  });

  it("names a custom protocol by its id and version", () => {
    const ics = toICalendar(plan("custom protocol exports the custom numbers"), OPTIONS);
    expect(contentLines(ics)[4]).toMatch(/^X-MICRONEEDLING-PROTOCOL:article-2021@1\+custom\.[0-9a-f]{8}$/);
    const clinic = plan("severe with a missed session");
    const named = { ...clinic, protocol: { ...clinic.protocol, id: "clinic-a_b.c", version: "2026.1+x" } };
    expect(contentLines(toICalendar(named, OPTIONS))[4]).toBe("X-MICRONEEDLING-PROTOCOL:clinic-a_b.c@2026.1+x");
  });
});

describe("toICalendar events", () => {
  it("writes a done session as a confirmed one-day event without an alarm", () => {
    const ics = toICalendar(plan("severe with a missed session"), OPTIONS);
    expect(eventLines(ics, "c-7f3a-session-1@clinic.example")).toEqual([
      "BEGIN:VEVENT",
      "UID:c-7f3a-session-1@clinic.example",
      "DTSTAMP:20261124T093005Z",
      "DTSTART;VALUE=DATE:20260728",
      "DTEND;VALUE=DATE:20260729",
      "SUMMARY:Microneedling session 1 of 6",
      "DESCRIPTION:Done on 2026-07-28.",
      "STATUS:CONFIRMED",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    ]);
  });

  it("writes an overdue session with its re-planned window and an overdue alarm that fires today", () => {
    const ics = toICalendar(plan("severe with a missed session"), OPTIONS);
    // due today: a 7-day lead would fire a week ago, so the alarm fires on its start (today)
    expect(eventLines(ics, "c-7f3a-session-3@clinic.example")).toEqual([
      "BEGIN:VEVENT",
      "UID:c-7f3a-session-3@clinic.example",
      "DTSTAMP:20261124T093005Z",
      "DTSTART;VALUE=DATE:20261124",
      "DTEND;VALUE=DATE:20261209",
      "SUMMARY:Microneedling session 3 of 6",
      "DESCRIPTION:Book between 2026-11-24 and 2026-12-08\\; due 2026-11-24. Overdue: re-planned from today.",
      "STATUS:TENTATIVE",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:PT0S",
      "DESCRIPTION:Session 3 is overdue: book it for 2026-11-24 or later.",
      "END:VALARM",
      "END:VEVENT",
    ]);
  });

  it("writes a session booked for a day as a confirmed all-day event on that day", () => {
    const ics = toICalendar(plan("booked sessions, one all day and one at a time"), OPTIONS);
    expect(eventLines(ics, "c-7f3a-session-3@clinic.example")).toEqual([
      "BEGIN:VEVENT",
      "UID:c-7f3a-session-3@clinic.example",
      "DTSTAMP:20261124T093005Z",
      "DTSTART;VALUE=DATE:20261229",
      "DTEND;VALUE=DATE:20261230",
      "SUMMARY:Microneedling session 3 of 4",
      "DESCRIPTION:Booked for 2026-12-29.",
      "STATUS:CONFIRMED",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-P7D",
      "DESCRIPTION:Microneedling session 3 on 2026-12-29.",
      "END:VALARM",
      "END:VEVENT",
    ]);
  });

  it("writes a session booked at a time as a floating local DATE-TIME with no DTEND and no time zone", () => {
    const ics = toICalendar(plan("booked sessions, one all day and one at a time"), OPTIONS);
    // booked two days ahead: the 7-day lead is clamped to today, two days before the start
    expect(eventLines(ics, "c-7f3a-session-2@clinic.example")).toEqual([
      "BEGIN:VEVENT",
      "UID:c-7f3a-session-2@clinic.example",
      "DTSTAMP:20261124T093005Z",
      "DTSTART:20261126T103000",
      "SUMMARY:Microneedling session 2 of 4",
      "DESCRIPTION:Booked for 2026-11-26 at 10:30.",
      "STATUS:CONFIRMED",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-P2D",
      "DESCRIPTION:Microneedling session 2 on 2026-11-26 at 10:30.",
      "END:VALARM",
      "END:VEVENT",
    ]);
    expect(ics).not.toMatch(/TZID|DTSTART:[^\r]*Z\r/);
  });

  it("names the reminder kind for the alarm: overdue, booking, appointment or maintenance", () => {
    const reminders: unknown[] = [];
    const messages = layer((r) => {
      reminders.push({ ...r });
      return r.kind;
    });
    toICalendar(plan("severe with a missed session"), { ...OPTIONS, messages });
    toICalendar(plan("booked sessions, one all day and one at a time"), { ...OPTIONS, messages });
    // session reminders carry the session; the maintenance reminder has no session key at all;
    // an appointment has a time only when one was booked
    expect(reminders).toStrictEqual([
      { kind: "session-overdue", remindOn: "2026-11-24", dueOn: "2026-11-24", session: 3 },
      { kind: "book-session", remindOn: "2026-12-22", dueOn: "2026-12-22", session: 4 },
      { kind: "book-session", remindOn: "2027-01-19", dueOn: "2027-01-19", session: 5 },
      { kind: "book-session", remindOn: "2027-02-16", dueOn: "2027-02-16", session: 6 },
      { kind: "maintenance-due", remindOn: "2028-02-16", dueOn: "2028-02-16" },
      { kind: "appointment", remindOn: "2026-11-26", dueOn: "2026-11-26", session: 2, time: "10:30" },
      { kind: "appointment", remindOn: "2026-12-29", dueOn: "2026-12-29", session: 3 },
      { kind: "book-session", remindOn: "2027-01-26", dueOn: "2027-01-26", session: 4 },
      { kind: "maintenance-due", remindOn: "2028-01-26", dueOn: "2028-01-26" },
    ]);
  });

  it("writes a calendar without events for a plan with nothing scheduled", () => {
    const ics = toICalendar(plan("contraindicated, nothing planned"), OPTIONS);
    expect(ics).toBe(
      `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${PRODID}\r\nCALSCALE:GREGORIAN\r\nX-MICRONEEDLING-PROTOCOL:article-2021@1\r\nEND:VCALENDAR\r\n`,
    );
  });

  it("writes only the maintenance event when every session is done", () => {
    const lines = contentLines(toICalendar(plan("rejuvenation, maintenance due"), OPTIONS));
    expect(lines.filter((l) => l.startsWith("STATUS:"))).toEqual([
      "STATUS:CONFIRMED",
      "STATUS:CONFIRMED",
      "STATUS:CONFIRMED",
      "STATUS:CONFIRMED",
      "STATUS:TENTATIVE",
    ]);
    expect(lines.filter((l) => l.startsWith("SUMMARY:"))).toEqual([
      "SUMMARY:Microneedling session 1 of 4",
      "SUMMARY:Microneedling session 2 of 4",
      "SUMMARY:Microneedling session 3 of 4",
      "SUMMARY:Microneedling session 4 of 4",
      "SUMMARY:Microneedling maintenance",
    ]);
    expect(lines.filter((l) => l.startsWith("BEGIN:VALARM"))).toHaveLength(1);
  });

  it("starts every UID with the calendar id, whether or not the patient has an id", () => {
    for (const name of ["deferred, starts after the washout", "severe with a missed session"]) {
      const uids = contentLines(toICalendar(plan(name), { ...OPTIONS, calendarId: "x_1.Y-2" })).filter((l) =>
        l.startsWith("UID:"),
      );
      expect(uids).toHaveLength(plan(name).sessions.length + 1);
      for (const uid of uids) expect(uid).toMatch(/^UID:x_1\.Y-2-(session-\d+|maintenance)@clinic\.example$/);
    }
  });

  it("uses the calendar id even when usePatientId is set too", () => {
    const uids = contentLines(
      toICalendar(plan("severe with a missed session"), { ...OPTIONS, usePatientId: true }),
    ).filter((l) => l.startsWith("UID:"));
    expect(uids[0]).toBe("UID:c-7f3a-session-1@clinic.example");
  });

  it("with usePatientId, percent-encodes every UID character but letters, digits, dot, underscore and dash, as UTF-8 bytes", () => {
    const base = plan("rejuvenation, maintenance due");
    const options = { uidDomain: "clinic.example", dtstamp: OPTIONS.dtstamp, usePatientId: true };
    const withId = (id: string): TreatmentPlan => ({
      ...base,
      inputs: { ...base.inputs, patient: { ...base.inputs.patient, id } },
    });
    const uids = contentLines(toICalendar(withId("Zoë O'Neil/1\t_a.b-c~€"), options)).filter((l) =>
      l.startsWith("UID:"),
    );
    expect(uids.at(-1)).toBe("UID:Zo%C3%AB%20O%27Neil%2F1%09_a.b-c%7E%E2%82%AC-maintenance@clinic.example");
    // a lone surrogate is encoded as U+FFFD instead of throwing
    expect(toICalendar(withId("a\uD800b"), options)).toContain("UID:a%EF%BF%BDb-maintenance@clinic.example\r\n");
  });

  it("writes DTSTAMP in basic format, dropping fractional seconds", () => {
    const ics = toICalendar(plan("rejuvenation, maintenance due"), { ...OPTIONS, dtstamp: "2027-01-02T03:04:05.678Z" });
    expect(contentLines(ics).filter((l) => l.startsWith("DTSTAMP:"))).toEqual(
      Array(5).fill("DTSTAMP:20270102T030405Z"),
    );
  });
});

describe("toICalendar alarms", () => {
  const triggers = (ics: string) => contentLines(ics).filter((l) => l.startsWith("TRIGGER:"));

  it("fires the protocol's default 7 days before the due date", () => {
    expect(triggers(toICalendar(plan("deferred, starts after the washout"), OPTIONS))).toEqual([
      "TRIGGER:-P7D",
      "TRIGGER:-P7D",
      "TRIGGER:-P7D",
      "TRIGGER:-P7D",
      "TRIGGER:P23D",
    ]);
  });

  it("takes the lead from the plan's protocol: a custom lead gives custom triggers", () => {
    // sessions and maintenance due on their first day: 2 days before it
    expect(triggers(toICalendar(plan("custom protocol exports the custom numbers"), OPTIONS))).toEqual([
      "TRIGGER:-P2D",
      "TRIGGER:-P2D",
      "TRIGGER:-P2D",
    ]);
    // the same plan with another lead in its protocol
    expect(triggers(toICalendar(withLead(plan("custom protocol exports the custom numbers"), 5), OPTIONS))).toEqual([
      "TRIGGER:-P5D",
      "TRIGGER:-P5D",
      "TRIGGER:-P5D",
    ]);
  });

  it("counts the trigger from DTSTART: negative before it, PT0S on it, positive after it", () => {
    const base = severePlan();
    const shift = (due: string, lead: number) =>
      withLead(
        {
          ...base,
          maintenance: undefined,
          sessions: base.sessions.filter((s) => s.number === 4).map((s) => ({ ...s, due })),
        },
        lead,
      );
    // session 4 opens on 2026-12-22; the plan's today is 2026-11-24
    expect(triggers(toICalendar(shift("2026-12-22", 1), OPTIONS))).toEqual(["TRIGGER:-P1D"]);
    expect(triggers(toICalendar(shift("2026-12-23", 1), OPTIONS))).toEqual(["TRIGGER:PT0S"]);
    expect(triggers(toICalendar(shift("2026-12-24", 1), OPTIONS))).toEqual(["TRIGGER:P1D"]);
    expect(triggers(toICalendar(shift("2026-12-22", 28), OPTIONS))).toEqual(["TRIGGER:-P28D"]);
    expect(triggers(toICalendar(shift("2027-01-02", 0), OPTIONS))).toEqual(["TRIGGER:P11D"]);
  });

  it("never fires before the plan's today: a lead reaching past it fires today", () => {
    const base = severePlan();
    const session4 = (lead: number) =>
      withLead({ ...base, maintenance: undefined, sessions: base.sessions.filter((s) => s.number === 4) }, lead);
    // session 4 is due 2026-12-22, 28 days after today (2026-11-24)
    expect(triggers(toICalendar(session4(27), OPTIONS))).toEqual(["TRIGGER:-P27D"]);
    expect(triggers(toICalendar(session4(28), OPTIONS))).toEqual(["TRIGGER:-P28D"]);
    expect(triggers(toICalendar(session4(29), OPTIONS))).toEqual(["TRIGGER:-P28D"]);
    expect(triggers(toICalendar(session4(90), OPTIONS))).toEqual(["TRIGGER:-P28D"]);
    // a maintenance window open since before today: its alarm fires today, after DTSTART
    expect(triggers(toICalendar(plan("rejuvenation, maintenance due"), OPTIONS))).toEqual(["TRIGGER:P56D"]);
  });

  it("describes alarms with the English reminder text by default", () => {
    const lines = contentLines(toICalendar(plan("deferred, starts after the washout"), OPTIONS));
    expect(lines.filter((_, i) => lines[i - 1]?.startsWith("TRIGGER:"))).toEqual([
      "DESCRIPTION:Book session 1\\, due 2027-02-28.",
      "DESCRIPTION:Book session 2\\, due 2027-03-28.",
      "DESCRIPTION:Book session 3\\, due 2027-04-25.",
      "DESCRIPTION:Book session 4\\, due 2027-05-23.",
      "DESCRIPTION:Book the maintenance session\\, due 2028-05-23.",
    ]);
  });
});

describe("toICalendar TEXT escaping", () => {
  it("escapes backslash, semicolon and comma, and writes every line break as \\n", () => {
    // Free text reaches the calendar through a message layer (the library version cannot hold these).
    const messages = layer(() => "a\\b;c,d\ne\r\nf\rg");
    const ics = toICalendar(plan("rejuvenation, maintenance due"), { ...OPTIONS, messages });
    expectCrlfOnly(ics);
    const lines = contentLines(ics);
    expect(lines.filter((_, i) => lines[i - 1]?.startsWith("TRIGGER:"))).toEqual([
      "DESCRIPTION:a\\\\b\\;c\\,d\\ne\\nf\\ng",
    ]);
  });

  it.each([
    [";x", "\\;x"],
    ["\r", "\\n"],
    ["\n\n", "\\n\\n"],
    ["\r\r\n", "\\n\\n"],
    ["\n\r", "\\n\\n"],
    ["a,,b", "a\\,\\,b"],
    ["\\\\", "\\\\\\\\"],
    ["plain text", "plain text"],
    ["x\r\ny,", "x\\ny\\,"],
  ])("escapes %j as %j (leading, trailing and repeated characters)", (text, escaped) => {
    const ics = toICalendar(plan("rejuvenation, maintenance due"), { ...OPTIONS, messages: layer(() => text) });
    const lines = contentLines(ics);
    expect(lines.filter((_, i) => lines[i - 1]?.startsWith("TRIGGER:"))).toEqual([`DESCRIPTION:${escaped}`]);
  });

  it("writes the library and protocol versions as they are: none of their characters needs escaping", () => {
    const base = plan("contraindicated, nothing planned");
    const odd: TreatmentPlan = {
      ...base,
      madeBy: { name: "microneedling-planner", version: "1.2.0-rc.1+build.5" },
      protocol: { ...base.protocol, id: "clinic_a-2.0+x", version: "2027.1+local_3" },
    };
    expect(contentLines(toICalendar(odd, OPTIONS)).slice(2, 5)).toEqual([
      "PRODID:-//microneedling-planner//microneedling-planner 1.2.0-rc.1+build.5//EN",
      "CALSCALE:GREGORIAN",
      "X-MICRONEEDLING-PROTOCOL:clinic_a-2.0+x@2027.1+local_3",
    ]);
  });

  it("escapes alarm descriptions from the message layer", () => {
    const messages = layer(() => "line 1\nline 2; a, b \\ c");
    const ics = toICalendar(plan("rejuvenation, maintenance due"), { ...OPTIONS, messages });
    expect(ics).toContain("\r\nDESCRIPTION:line 1\\nline 2\\; a\\, b \\\\ c\r\nEND:VALARM\r\n");
  });
});

describe("toICalendar line folding", () => {
  /** The physical lines of the alarm description `text` (the plan has one alarm). */
  const folded = (text: string) => {
    const ics = toICalendar(plan("rejuvenation, maintenance due"), { ...OPTIONS, messages: layer(() => text) });
    const lines = physicalLines(ics);
    return lines.slice(lines.findIndex((l) => l.startsWith("TRIGGER:")) + 1, lines.indexOf("END:VALARM"));
  };
  const a = (n: number) => "a".repeat(n);

  it("leaves a line of exactly 75 octets whole", () => {
    // "DESCRIPTION:" is 12 octets
    expect(folded(a(63))).toEqual([`DESCRIPTION:${a(63)}`]);
  });

  it("folds a 76-octet line after 75 octets", () => {
    expect(folded(a(64))).toEqual([`DESCRIPTION:${a(63)}`, " a"]);
  });

  it("fills continuation lines to 74 octets after the leading space", () => {
    expect(folded(a(63 + 74 + 74))).toEqual([`DESCRIPTION:${a(63)}`, ` ${a(74)}`, ` ${a(74)}`]);
    expect(folded(a(63 + 74 + 74 + 1))).toEqual([`DESCRIPTION:${a(63)}`, ` ${a(74)}`, ` ${a(74)}`, " a"]);
  });

  it("never splits a multi-byte character", () => {
    // "€" is 3 octets: after 73 octets it does not fit, after 72 it does
    expect(folded(`${a(61)}€b`)).toEqual([`DESCRIPTION:${a(61)}`, " €b"]);
    expect(folded(`${a(60)}€b`)).toEqual([`DESCRIPTION:${a(60)}€`, " b"]);
    // "😀" is 4 octets (a surrogate pair in UTF-16) and stays whole on a continuation line too
    expect(folded(`${a(63)}${a(71)}😀x`)).toEqual([`DESCRIPTION:${a(63)}`, ` ${a(71)}`, " 😀x"]);
    expect(folded(`${a(63)}${a(70)}😀x`)).toEqual([`DESCRIPTION:${a(63)}`, ` ${a(70)}😀`, " x"]);
  });

  it("folds PRODID, the protocol line and UID lines as well, and unfolds to the original line", () => {
    // "PRODID:-//microneedling-planner//microneedling-planner " is 55 octets, "//EN" 4 more
    const base = plan("rejuvenation, maintenance due");
    const made = (version: string, id = "article-2021", protocolVersion = "1"): TreatmentPlan => ({
      ...base,
      madeBy: { name: "microneedling-planner", version },
      protocol: { ...base.protocol, id, version: protocolVersion },
    });
    // 75 octets exactly: left whole
    expect(physicalLines(toICalendar(made(a(16)), OPTIONS))[2]).toBe(
      `PRODID:-//microneedling-planner//microneedling-planner ${a(16)}//EN`,
    );
    // 76 octets: folded after 75
    expect(physicalLines(toICalendar(made(a(17)), OPTIONS)).slice(2, 4)).toEqual([
      `PRODID:-//microneedling-planner//microneedling-planner ${a(17)}//E`,
      " N",
    ]);
    // the longest version (100 characters) and protocol line ("X-MICRONEEDLING-PROTOCOL:" is 25
    // octets; the id and version 100 characters each: 226 octets); a 64-character calendar id
    const version = `1.2.3-${a(94)}`;
    const id = "i".repeat(100);
    const protocolVersion = "v".repeat(100);
    const calendarId = "k".repeat(64);
    const longest = toICalendar(made(version, id, protocolVersion), { ...OPTIONS, calendarId });
    expectCrlfOnly(longest);
    for (const line of physicalLines(longest)) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(physicalLines(longest).slice(2, 10)).toEqual([
      `PRODID:-//microneedling-planner//microneedling-planner 1.2.3-${a(14)}`,
      ` ${a(74)}`,
      ` ${a(6)}//EN`,
      "CALSCALE:GREGORIAN",
      `X-MICRONEEDLING-PROTOCOL:${"i".repeat(50)}`,
      ` ${"i".repeat(50)}@${"v".repeat(23)}`,
      ` ${"v".repeat(74)}`,
      ` ${"v".repeat(3)}`,
    ]);
    expect(contentLines(longest).slice(2, 5)).toEqual([
      `PRODID:-//microneedling-planner//microneedling-planner ${version}//EN`,
      "CALSCALE:GREGORIAN",
      `X-MICRONEEDLING-PROTOCOL:${id}@${protocolVersion}`,
    ]);
    // "UID:" + 64 + "-maintenance@clinic.example": 95 octets, folded after 75
    expect(contentLines(longest)).toContain(`UID:${calendarId}-maintenance@clinic.example`);
    expect(physicalLines(longest)).toContain(`UID:${calendarId}-mainte`);
  });
});

describe("toICalendar option validation", () => {
  const rejuvenation = () => plan("rejuvenation, maintenance due");
  const issues = (options: unknown, p: TreatmentPlan = rejuvenation()) => {
    const error = caught(() => toICalendar(p, options as never));
    expect(error.code).toBe("INVALID_INPUT");
    return error.issues;
  };
  const INSTANT = "expected a UTC instant YYYY-MM-DDTHH:MM:SSZ";
  const DOMAIN = "expected a domain name such as clinic.example";
  const CALENDAR_ID = "expected 1 to 64 letters, digits, '.', '_' or '-' (a pseudonym, not a record number)";
  const CALENDAR_ID_REQUIRED =
    "required: a pseudonym for this patient's calendar (UIDs must differ between patients), or usePatientId: true";
  /** An issue's bounded preview of a string: cut to 100 characters. */
  const preview = (text: string) => (text.length > 100 ? `${text.slice(0, 99)}…` : text);

  // z.iso.datetime(): UTC "Z", any number of fraction digits (dropped), years 0000-9999.
  it.each([
    ["2026-11-24T09:00:00Z", "DTSTAMP:20261124T090000Z"],
    ["2026-11-24T00:00:00.1Z", "DTSTAMP:20261124T000000Z"],
    ["2026-11-24T23:59:59.999Z", "DTSTAMP:20261124T235959Z"],
    ["2026-11-24T09:00:00.1234Z", "DTSTAMP:20261124T090000Z"],
    ["2026-11-24T09:00:00.123456789Z", "DTSTAMP:20261124T090000Z"],
    ["2028-02-29T12:00:00Z", "DTSTAMP:20280229T120000Z"],
    ["1970-01-01T00:00:00Z", "DTSTAMP:19700101T000000Z"],
    ["0050-01-01T09:00:00Z", "DTSTAMP:00500101T090000Z"],
  ])("accepts the DTSTAMP %s", (dtstamp, line) => {
    expect(
      contentLines(toICalendar(rejuvenation(), { ...OPTIONS, dtstamp })).filter((l) => l.startsWith("DTSTAMP:")),
    ).toEqual(Array(5).fill(line));
  });

  it.each([
    "2026-11-24",
    "2026-11-24T09:00:00",
    "2026-11-24T09:00:00+01:00",
    "2026-11-24 09:00:00Z",
    "2026-11-24T09:00Z",
    "x2026-11-24T09:00:00Z",
    "2026-11-24T09:00:00Zx",
    "2026-13-01T09:00:00Z", // month 13
    "2026-00-10T09:00:00Z", // month 0
    "2026-11-31T09:00:00Z", // 31 November
    "2027-02-29T09:00:00Z", // not a leap year
    "2026-11-24T24:00:00Z",
    "2026-11-24T09:60:00Z",
    "2026-11-24T09:00:60Z",
    "",
  ])("rejects the DTSTAMP %o", (dtstamp) => {
    expect(issues({ ...OPTIONS, dtstamp })).toEqual([
      { code: "invalid-format", path: ["options", "dtstamp"], message: INSTANT, value: dtstamp },
    ]);
  });

  it("rejects a DTSTAMP that is not a string, even one that prints as an instant", () => {
    const lookalike = { toString: () => "2026-11-24T09:00:00Z" };
    expect(issues({ ...OPTIONS, dtstamp: lookalike })).toEqual([
      {
        code: "invalid-type",
        path: ["options", "dtstamp"],
        message: "expected a string",
        value: { toString: "[function]" },
      },
    ]);
    expect(issues({ ...OPTIONS, dtstamp: 1_790_000_000_000 })).toEqual([
      { code: "invalid-type", path: ["options", "dtstamp"], message: "expected a string", value: 1_790_000_000_000 },
    ]);
  });

  it.each(["x", "clinic.example", "a-b.c-d.example", "1.2.3.4", `${"a".repeat(253)}`])(
    "accepts the UID domain %s",
    (uidDomain) => {
      const ics = toICalendar(rejuvenation(), { ...OPTIONS, uidDomain });
      expect(contentLines(ics)).toContain(`UID:c-7f3a-maintenance@${uidDomain}`);
    },
  );

  it.each(["", "-clinic.example", "clinic.example-", "clinic example", "clinic_example", "a".repeat(254), "ü.example"])(
    "rejects the UID domain %o",
    (uidDomain) => {
      expect(issues({ ...OPTIONS, uidDomain })).toEqual([
        { code: "invalid-format", path: ["options", "uidDomain"], message: DOMAIN, value: preview(uidDomain) },
      ]);
    },
  );

  it("rejects a missing or non-string UID domain", () => {
    const { uidDomain: _uidDomain, ...rest } = OPTIONS;
    expect(issues(rest)).toEqual([{ code: "required", path: ["options", "uidDomain"], message: "required" }]);
    expect(issues({ ...OPTIONS, uidDomain: undefined })).toEqual([
      { code: "required", path: ["options", "uidDomain"], message: "required" },
    ]);
    expect(issues({ ...OPTIONS, uidDomain: 42 })).toEqual([
      { code: "invalid-type", path: ["options", "uidDomain"], message: "expected a string", value: 42 },
    ]);
  });

  it.each(["a", "A.b_c-9", "k".repeat(64), "..", "-"])("accepts the calendar id %o", (calendarId) => {
    expect(contentLines(toICalendar(rejuvenation(), { ...OPTIONS, calendarId }))).toContain(
      `UID:${calendarId}-maintenance@clinic.example`,
    );
  });

  it.each(["", "k".repeat(65), "a b", "a/b", "a@b", "a:b", "zoë", "a;b", "a\nb", "a%20b"])(
    "rejects the calendar id %o",
    (calendarId) => {
      expect(issues({ ...OPTIONS, calendarId })).toEqual([
        { code: "invalid-format", path: ["options", "calendarId"], message: CALENDAR_ID, value: preview(calendarId) },
      ]);
    },
  );

  it("requires a calendar id unless usePatientId is true", () => {
    const { calendarId: _calendarId, ...anonymous } = OPTIONS;
    const required = [{ code: "required", path: ["options", "calendarId"], message: CALENDAR_ID_REQUIRED }];
    expect(issues(anonymous)).toEqual(required);
    expect(issues({ ...anonymous, calendarId: undefined })).toEqual(required);
    expect(issues({ ...anonymous, usePatientId: false })).toEqual(required);
    // even for a plan whose patient has an id: the id is used only when asked for
    expect(plan("severe with a missed session").inputs.patient.id).toBe("severe-boxcar");
    expect(issues(anonymous, plan("severe with a missed session"))).toEqual(required);
    expect(caught(() => toICalendar(rejuvenation(), anonymous as never)).message).toBe(
      `options.calendarId: ${CALENDAR_ID_REQUIRED}`,
    );
    expect(issues({ ...anonymous, usePatientId: "yes" })).toEqual([
      {
        code: "invalid-type",
        path: ["options", "usePatientId"],
        message: "expected true or false",
        value: "yes",
      },
    ]);
  });

  it("with usePatientId, requires the patient's id in the plan", () => {
    const { calendarId: _calendarId, ...anonymous } = OPTIONS;
    const noId = plan("deferred, starts after the washout");
    expect(noId.inputs.patient.id).toBeUndefined();
    const error = caught(() => toICalendar(noId, { ...anonymous, usePatientId: true }));
    expect(error).toBeInstanceOf(PlannerError);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([
      {
        code: "required",
        path: ["plan", "inputs", "patient", "id"],
        message: "required by usePatientId: true (or give options.calendarId, a pseudonym)",
      },
    ]);
    // a calendar id makes the patient's id unnecessary
    expect(toICalendar(noId, { ...OPTIONS, usePatientId: true })).toContain("UID:c-7f3a-session-1@clinic.example");
  });

  it("checks the message layer", () => {
    expect(issues({ ...OPTIONS, messages: { finding: () => "", reminder: () => "" } })).toEqual([
      {
        code: "invalid-type",
        path: ["options", "messages"],
        message: MESSAGE_LAYER,
        value: { finding: "[function]", reminder: "[function]" },
      },
    ]);
  });

  it("rejects unknown options, the removed prodId and leadDays among them", () => {
    const unknown = (key: string, value: unknown) => ({
      code: "unknown-key",
      path: ["options", key],
      message: "unknown key; expected one of uidDomain, dtstamp, calendarId, usePatientId, messages",
      value,
    });
    expect(issues({ ...OPTIONS, lead: 3 })).toEqual([unknown("lead", 3)]);
    expect(issues({ ...OPTIONS, prodId: "-//Clinic//EN" })).toEqual([unknown("prodId", "-//Clinic//EN")]);
    expect(issues({ ...OPTIONS, leadDays: 3 })).toEqual([unknown("leadDays", 3)]);
  });

  it("reports every bad option at once, after the plan's issues", () => {
    const error = caught(() =>
      toICalendar(rejuvenation(), { uidDomain: "a b", dtstamp: "now", leadDays: -1 } as never),
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid-format", ["options", "uidDomain"]],
      ["invalid-format", ["options", "dtstamp"]],
      ["unknown-key", ["options", "leadDays"]],
      ["required", ["options", "calendarId"]],
    ]);
    expect(error).toBeInstanceOf(PlannerError);
    const bad = caught(() =>
      toICalendar({ ...rejuvenation(), today: "2026-02-30" }, { uidDomain: "a b", calendarId: "c" } as never),
    );
    expect(bad.issues).toEqual([
      {
        code: "invalid-date",
        path: ["plan", "today"],
        message: "expected a real calendar date YYYY-MM-DD from 1900 to 9999",
        value: "2026-02-30",
      },
      { code: "invalid-format", path: ["options", "uidDomain"], message: DOMAIN, value: "a b" },
      { code: "required", path: ["options", "dtstamp"], message: "required" },
    ]);
    expect(bad.message).toBe(
      "plan.today: expected a real calendar date YYYY-MM-DD from 1900 to 9999; options.uidDomain: expected a domain name such as clinic.example; options.dtstamp: required",
    );
  });
});
