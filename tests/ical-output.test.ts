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
import { OPTIONS, PLANS, severePlan } from "./ical-plans.js";
import { caught } from "./planning-helpers.js";

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

const CASES: Record<string, () => string> = {
  ...Object.fromEntries(Object.entries(PLANS).map(([name, plan]) => [name, () => toICalendar(plan, OPTIONS)])),
  "severe, re-planned after a late session, 2-day lead, German alarms": () =>
    toICalendar(severePlan("2026-12-10", ["2026-07-28", "2026-08-25", "2026-11-26"]), {
      ...OPTIONS,
      dtstamp: "2026-12-10T23:59:59.999Z",
      leadDays: 2,
      prodId: "-//Klinik am Park//Planer 1.0//DE",
      messages: {
        finding: () => "",
        reminder: (r) => `Termin ${"session" in r ? String(r.session) : "Erhaltung"} buchen, fällig am ${r.dueOn}`,
      },
    }),
};

describe("toICalendar golden output", () => {
  // CRLF is shown as LF in the golden files, so that no Git line-ending setting can change them;
  // each test checks first that the real output uses CRLF only.
  it.each(Object.keys(CASES))("%s", async (name) => {
    const ics = (CASES[name] as () => string)();
    expectCrlfOnly(ics);
    await expect(ics.replaceAll("\r\n", "\n")).toMatchFileSnapshot(`__snapshots__/ical/${slug(name)}.ics.snap`);
  });
});

describe("toICalendar events", () => {
  it("writes a done session as a confirmed one-day event without an alarm", () => {
    const plan = PLANS["severe with a missed session"] as TreatmentPlan;
    const lines = contentLines(toICalendar(plan, OPTIONS));
    const first = lines.slice(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT") + 1);
    expect(first).toEqual([
      "BEGIN:VEVENT",
      "UID:severe-boxcar-session-1@clinic.example",
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

  it("writes an overdue session with its re-planned window and an overdue alarm", () => {
    const plan = PLANS["severe with a missed session"] as TreatmentPlan;
    const lines = contentLines(toICalendar(plan, OPTIONS));
    const start = lines.indexOf("UID:severe-boxcar-session-3@clinic.example") - 1;
    expect(lines.slice(start, start + 16)).toEqual([
      "BEGIN:VEVENT",
      "UID:severe-boxcar-session-3@clinic.example",
      "DTSTAMP:20261124T093005Z",
      "DTSTART;VALUE=DATE:20261124",
      "DTEND;VALUE=DATE:20261209",
      "SUMMARY:Microneedling session 3 of 6",
      "DESCRIPTION:Book between 2026-11-24 and 2026-12-08\\; due 2026-11-24. Overdue: re-planned from today.",
      "STATUS:TENTATIVE",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-P7D",
      "DESCRIPTION:Session 3 is overdue: book it for 2026-11-24 or later.",
      "END:VALARM",
      "END:VEVENT",
      "BEGIN:VEVENT",
    ]);
  });

  it("names the reminder kind for the alarm: overdue, booking or maintenance", () => {
    const reminders: unknown[] = [];
    const messages: Messages = {
      finding: () => "",
      reminder: (r) => {
        reminders.push({ ...r });
        return r.kind;
      },
    };
    toICalendar(PLANS["severe with a missed session"] as TreatmentPlan, { ...OPTIONS, messages });
    // session reminders carry the session; the maintenance reminder has no session key at all
    expect(reminders).toStrictEqual([
      { kind: "session-overdue", remindOn: "2026-11-24", dueOn: "2026-11-24", session: 3 },
      { kind: "book-session", remindOn: "2026-12-22", dueOn: "2026-12-22", session: 4 },
      { kind: "book-session", remindOn: "2027-01-19", dueOn: "2027-01-19", session: 5 },
      { kind: "book-session", remindOn: "2027-02-16", dueOn: "2027-02-16", session: 6 },
      { kind: "maintenance-due", remindOn: "2028-02-16", dueOn: "2028-02-16" },
    ]);
  });

  it("writes a calendar without events for a plan with nothing scheduled", () => {
    const ics = toICalendar(PLANS["contraindicated, nothing planned"] as TreatmentPlan, OPTIONS);
    expect(ics).toBe(
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//microneedling-planner//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n",
    );
  });

  it("writes only the maintenance event when every session is done", () => {
    const plan = PLANS["rejuvenation, maintenance due"] as TreatmentPlan;
    const lines = contentLines(toICalendar(plan, OPTIONS));
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

  it("names the patient 'patient' in UIDs when the plan has no patient id", () => {
    const lines = contentLines(toICalendar(PLANS["deferred, starts after the washout"] as TreatmentPlan, OPTIONS));
    expect(lines.filter((l) => l.startsWith("UID:"))).toEqual([
      "UID:patient-session-1@clinic.example",
      "UID:patient-session-2@clinic.example",
      "UID:patient-session-3@clinic.example",
      "UID:patient-session-4@clinic.example",
      "UID:patient-maintenance@clinic.example",
    ]);
  });

  it("percent-encodes every UID character but letters, digits, dot, underscore and dash, as UTF-8 bytes", () => {
    const plan = { ...(PLANS["rejuvenation, maintenance due"] as TreatmentPlan), patientId: "Zoë O'Neil/1\t_a.b-c~€" };
    const uids = contentLines(toICalendar(plan, OPTIONS)).filter((l) => l.startsWith("UID:"));
    expect(uids.at(-1)).toBe("UID:Zo%C3%AB%20O%27Neil%2F1%09_a.b-c%7E%E2%82%AC-maintenance@clinic.example");
    // a lone surrogate is encoded as U+FFFD instead of throwing
    const lone = toICalendar({ ...plan, patientId: "a\uD800b" }, OPTIONS);
    expect(lone).toContain("UID:a%EF%BF%BDb-maintenance@clinic.example\r\n");
  });

  it("writes DTSTAMP in basic format, dropping fractional seconds", () => {
    const ics = toICalendar(PLANS["rejuvenation, maintenance due"] as TreatmentPlan, {
      ...OPTIONS,
      dtstamp: "2027-01-02T03:04:05.678Z",
    });
    expect(contentLines(ics).filter((l) => l.startsWith("DTSTAMP:"))).toEqual(
      Array(5).fill("DTSTAMP:20270102T030405Z"),
    );
  });
});

describe("toICalendar alarms", () => {
  const triggers = (ics: string) => contentLines(ics).filter((l) => l.startsWith("TRIGGER:"));

  it("fires the default 7 days before the due date", () => {
    expect(triggers(toICalendar(PLANS["deferred, starts after the washout"] as TreatmentPlan, OPTIONS))).toEqual([
      "TRIGGER:-P7D",
      "TRIGGER:-P7D",
      "TRIGGER:-P7D",
      "TRIGGER:-P7D",
      "TRIGGER:P23D",
    ]);
  });

  it("counts the trigger from DTSTART: negative before it, PT0S on it, positive after it", () => {
    const plan = severePlan();
    const shift = (due: string) => ({
      ...plan,
      maintenance: undefined,
      sessions: plan.sessions.filter((s) => s.number === 4).map((s) => ({ ...s, due })),
    });
    // session 4 opens on 2026-12-22
    expect(triggers(toICalendar(shift("2026-12-22"), { ...OPTIONS, leadDays: 1 }))).toEqual(["TRIGGER:-P1D"]);
    expect(triggers(toICalendar(shift("2026-12-23"), { ...OPTIONS, leadDays: 1 }))).toEqual(["TRIGGER:PT0S"]);
    expect(triggers(toICalendar(shift("2026-12-24"), { ...OPTIONS, leadDays: 1 }))).toEqual(["TRIGGER:P1D"]);
    expect(triggers(toICalendar(shift("2026-12-22"), { ...OPTIONS, leadDays: 90 }))).toEqual(["TRIGGER:-P90D"]);
    expect(triggers(toICalendar(shift("2027-01-02"), { ...OPTIONS, leadDays: 0 }))).toEqual(["TRIGGER:P11D"]);
  });

  it("describes alarms with the English reminder text by default", () => {
    const lines = contentLines(toICalendar(PLANS["deferred, starts after the washout"] as TreatmentPlan, OPTIONS));
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
    const prodId = "a\\b;c,d\ne\r\nf\rg";
    const ics = toICalendar(PLANS["contraindicated, nothing planned"] as TreatmentPlan, { ...OPTIONS, prodId });
    expect(contentLines(ics)[2]).toBe("PRODID:a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("escapes alarm descriptions from the message layer", () => {
    const messages: Messages = { finding: () => "", reminder: () => "line 1\nline 2; a, b \\ c" };
    const ics = toICalendar(PLANS["rejuvenation, maintenance due"] as TreatmentPlan, { ...OPTIONS, messages });
    expect(ics).toContain("\r\nDESCRIPTION:line 1\\nline 2\\; a\\, b \\\\ c\r\nEND:VALARM\r\n");
  });
});

describe("toICalendar line folding", () => {
  /** The physical lines of the alarm description `text` (the plan has one alarm). */
  const folded = (text: string) => {
    const messages: Messages = { finding: () => "", reminder: () => text };
    const ics = toICalendar(PLANS["rejuvenation, maintenance due"] as TreatmentPlan, { ...OPTIONS, messages });
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

  it("folds PRODID and event lines as well, and unfolds to the original line", () => {
    const prodId = `${"Clinic ünd Praxis € ".repeat(9)}end`;
    const plan = { ...(PLANS["rejuvenation, maintenance due"] as TreatmentPlan), patientId: "p".repeat(80) };
    const ics = toICalendar(plan, { ...OPTIONS, prodId });
    expectCrlfOnly(ics);
    for (const line of physicalLines(ics)) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // 75 octets exactly, the last character being the 3-octet "€"
    expect(physicalLines(ics)[2]).toBe("PRODID:Clinic ünd Praxis € Clinic ünd Praxis € Clinic ünd Praxis €");
    // the fold lands before a space: the continuation line keeps it after its own leading space
    expect(physicalLines(ics)[3]).toBe("  Clinic ünd Praxis € Clinic ünd Praxis € Clinic ünd Praxis € Clin");
    expect(contentLines(ics)[2]).toBe(`PRODID:${prodId}`);
    expect(contentLines(ics)).toContain(`UID:${"p".repeat(80)}-maintenance@clinic.example`);
  });
});

describe("toICalendar option validation", () => {
  const plan = () => PLANS["rejuvenation, maintenance due"] as TreatmentPlan;
  const issues = (options: unknown) => {
    const error = caught(() => toICalendar(plan(), options as never));
    expect(error.code).toBe("INVALID_INPUT");
    return error.issues;
  };
  const INSTANT = "expected a UTC instant YYYY-MM-DDTHH:MM:SSZ";
  const DOMAIN = "expected a domain name such as clinic.example";
  const MESSAGE_LAYER = "expected a message layer: an object with finding and reminder functions";
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
    expect(contentLines(toICalendar(plan(), { ...OPTIONS, dtstamp })).filter((l) => l.startsWith("DTSTAMP:"))).toEqual(
      Array(5).fill(line),
    );
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
      const ics = toICalendar(plan(), { ...OPTIONS, uidDomain });
      expect(contentLines(ics)).toContain(`UID:rejuv%3B%201%2C2-maintenance@${uidDomain}`);
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
    expect(issues({ dtstamp: OPTIONS.dtstamp })).toEqual([
      { code: "required", path: ["options", "uidDomain"], message: "required" },
    ]);
    expect(issues({ ...OPTIONS, uidDomain: undefined })).toEqual([
      { code: "required", path: ["options", "uidDomain"], message: "required" },
    ]);
    expect(issues({ ...OPTIONS, uidDomain: 42 })).toEqual([
      { code: "invalid-type", path: ["options", "uidDomain"], message: "expected a string", value: 42 },
    ]);
  });

  it("checks PRODID length and alarm lead bounds", () => {
    expect(toICalendar(plan(), { ...OPTIONS, prodId: "x".repeat(200) })).toContain("PRODID:x");
    expect(issues({ ...OPTIONS, prodId: "" })).toEqual([
      { code: "too-short", path: ["options", "prodId"], message: "expected 1 to 200 characters", value: "" },
    ]);
    expect(issues({ ...OPTIONS, prodId: "x".repeat(201) })).toEqual([
      {
        code: "too-long",
        path: ["options", "prodId"],
        message: "expected 1 to 200 characters",
        value: preview("x".repeat(201)),
      },
    ]);
    expect(toICalendar(plan(), { ...OPTIONS, leadDays: 90 })).toContain("\r\nTRIGGER:-P90D\r\n");
    expect(toICalendar(plan(), { ...OPTIONS, leadDays: 0 })).toContain("\r\nTRIGGER:PT0S\r\n");
    for (const leadDays of [91, 365, -1]) {
      expect(issues({ ...OPTIONS, leadDays })).toEqual([
        {
          code: "out-of-range",
          path: ["options", "leadDays"],
          message: "expected an integer from 0 to 90",
          value: leadDays,
        },
      ]);
    }
    expect(issues({ ...OPTIONS, leadDays: 1.5 })).toEqual([
      { code: "invalid-type", path: ["options", "leadDays"], message: "expected an integer", value: 1.5 },
    ]);
  });

  it("checks the message layer", () => {
    expect(issues({ ...OPTIONS, messages: { finding: () => "" } })).toEqual([
      { code: "invalid-type", path: ["options", "messages"], message: MESSAGE_LAYER, value: { finding: "[function]" } },
    ]);
  });

  it("rejects unknown options", () => {
    expect(issues({ ...OPTIONS, lead: 3 })).toEqual([
      {
        code: "unknown-key",
        path: ["options", "lead"],
        message: "unknown key; expected one of uidDomain, dtstamp, prodId, leadDays, messages",
        value: 3,
      },
    ]);
  });

  it("reports every bad option at once, after the plan's issues", () => {
    const error = caught(() => toICalendar(plan(), { uidDomain: "a b", dtstamp: "now", leadDays: -1 } as never));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid-format", ["options", "uidDomain"]],
      ["invalid-format", ["options", "dtstamp"]],
      ["out-of-range", ["options", "leadDays"]],
    ]);
    expect(error).toBeInstanceOf(PlannerError);
    const bad = caught(() => toICalendar({ ...plan(), today: "2026-02-30" }, { uidDomain: "a b" } as never));
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
