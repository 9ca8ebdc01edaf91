/**
 * The Spanish message layer: complete (the type checker says so), free of English in every
 * output, with dates written out by `Intl` in every host time zone, and chosen in the CLI with
 * `--lang es`.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
import { describe, expect, expectTypeOf, it } from "vitest";
import { formatPlanText } from "../src/cli/format-text.js";
import { type CliIo, runCli } from "../src/cli/run-cli.js";
import { toICalendar } from "../src/ical.js";
import { isPlannerError, type Messages, planTreatment, replan } from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { spanishMessages } from "../src/messages-es.js";
import { SOURCE_IDS } from "../src/sources.js";
import { bookedPlan } from "./export-plans.js";
import { type Output, outputs } from "./message-outputs.js";

/** Source ids are codes: they are left out before the words are compared. */
const IDS = new RegExp([...SOURCE_IDS].sort((a, b) => b.length - a.length).join("|"), "g");

/** The words of a text, lower case, without its source ids. */
const words = (text: string): string[] =>
  text
    .replace(IDS, " ")
    .toLowerCase()
    .match(/\p{L}+/gu) ?? [];

/**
 * Words both the English and the Spanish outputs may hold, and why. Anything else the two
 * share is English left in the Spanish output.
 */
const SHARED = new Map<string, string>([
  ["no", "Spanish word"],
  ["a", "Spanish preposition"],
  ["diabetes", "same clinical term in both languages"],
  ["psoriasis", "same clinical term in both languages"],
  ["herpes", "same clinical term in both languages"],
  ["dermatitis", "same clinical term in both languages"],
  ["vascular", "Spanish word (colagenopatía vascular)"],
  ["antiviral", "Spanish word (profilaxis antiviral)"],
  ["focal", "Spanish word (ácido tricloroacético focal)"],
  ["gel", "Spanish word (gel de silicona)"],
  ["intralesional", "Spanish word (corticoide intralesional)"],
  ["macular", "Spanish word (grado 1 de Goodman, macular)"],
  ["final", "Spanish word (control final)"],
  ["goodman", "proper name of a scar grade"],
  ["koebner", "proper name of a phenomenon"],
  ["cross", "name of a technique (chemical reconstruction of skin scars)"],
  ["pregnant", "a factor code, quoted as a code"],
  ["nursing", "a factor code, quoted as a code"],
  ["zq", "an unknown factor code of the scenarios, quoted"],
  ["hipotiroidismo", "free text of the scenarios (a note)"],
  ["microneedling", "the package name"],
  ["planner", "the package name"],
  ["article", "the protocol id"],
  ["p", "patient id of the scenarios"],
  ["rolling", "patient id of the scenarios"],
  ["booked", "patient id of the scenarios"],
  ["severe", "patient id of the scenarios"],
  ["boxcar", "patient id of the scenarios"],
  ["custom", "patient id and protocol version of the scenarios"],
  ["rejuvenation", "patient id of the scenarios"],
  ["rejuv", "patient id of the scenarios"],
  ["care", "patient id of the scenarios"],
  ["steps", "patient id of the scenarios"],
  ["isotretinoin", "patient id of the scenarios"],
  ["active", "patient id of the scenarios"],
  ["c", "protocol version hash of the scenarios"],
  ["b", "protocol version hash of the scenarios"],
  ["plan", "the same word in Spanish (el plan del paciente)"],
  ["feb", "a month abbreviation of the SVG axis, the same in both languages"],
  ["mar", "a month abbreviation of the SVG axis, the same in both languages"],
  ["may", "a month abbreviation of the SVG axis, the same in both languages"],
  ["jun", "a month abbreviation of the SVG axis, the same in both languages"],
  ["jul", "a month abbreviation of the SVG axis, the same in both languages"],
  ["sep", "a month abbreviation of the SVG axis, the same in both languages"],
  ["oct", "a month abbreviation of the SVG axis, the same in both languages"],
  ["nov", "a month abbreviation of the SVG axis, the same in both languages"],
  ["ago", "agosto's abbreviation on the SVG axis (the English word is another)"],
  ["iv", "Fitzpatrick phototype IV (a code)"],
  ["v", "Fitzpatrick phototype V (a code)"],
  ["vi", "Fitzpatrick phototype VI (a code)"],
]);

describe("spanishMessages is a complete layer", () => {
  it("satisfies Messages", () => {
    expectTypeOf(spanishMessages).toExtend<Messages>();
    // A layer missing a text does not compile.
    // @ts-expect-error no formatDate, labels, ical, fhir or cli
    const incomplete: Messages = { finding: () => "", reminder: () => "", bookingReason: () => "" };
    expect(Object.keys(spanishMessages).sort()).toEqual(Object.keys(englishMessages).sort());
    expect(incomplete).toBeDefined();
  });

  it("names every code in Spanish", () => {
    const { labels } = spanishMessages;
    const tables = [
      labels.eligibilityStatus,
      labels.sessionStatus,
      labels.effect,
      labels.bookingEffect,
      labels.bookingStatus,
      labels.reminderKind,
      labels.goal,
      labels.estimateBasis,
    ];
    for (const table of tables) {
      for (const [code, name] of Object.entries(table)) expect(name, code).not.toBe(code);
    }
    expect(labels.sessionStatus).toEqual({
      done: "realizada",
      booked: "reservada",
      due: "pendiente",
      upcoming: "próxima",
      overdue: "atrasada",
    });
    expect(Object.keys(labels.factor)).toEqual(Object.keys(englishMessages.labels.factor));
    expect(Object.keys(labels.scarType)).toEqual(Object.keys(englishMessages.labels.scarType));
    expect(spanishMessages.cli.sessionColumns).toHaveLength(7);
  });
});

describe("no English in the Spanish output", () => {
  let english: Output[] = [];
  let spanish: Output[] = [];

  it("makes every output in both languages", { timeout: 60_000 }, () => {
    english = outputs(englishMessages);
    spanish = outputs(spanishMessages);
    expect(spanish.map(({ where }) => where)).toEqual(english.map(({ where }) => where));
  });

  it("shares no word with the English output but the allowed ones", () => {
    const vocabulary = new Set(english.flatMap(({ text }) => words(text)));
    const shared = new Map<string, string>();
    for (const { where, text } of spanish) {
      for (const word of words(text)) {
        if (vocabulary.has(word) && !SHARED.has(word) && !shared.has(word)) shared.set(word, where);
      }
    }
    expect([...shared]).toEqual([]);
  });

  it("every allowed word is needed", () => {
    const vocabulary = new Set(english.flatMap(({ text }) => words(text)));
    const used = new Set(spanish.flatMap(({ text }) => words(text)).filter((w) => vocabulary.has(w)));
    expect([...SHARED.keys()].filter((word) => !used.has(word))).toEqual([]);
  });

  it("differs from the English text everywhere", () => {
    const same = spanish.filter((output, index) => output.text === english[index]?.text);
    expect(same.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });
});

describe("formatDate", () => {
  const ZONES = [
    "UTC",
    "America/Sao_Paulo",
    "Europe/London",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
  ];
  const DATES = ["1900-01-01", "2026-01-01", "2026-03-29", "2026-10-04", "2026-12-31", "2999-12-31"];

  it("writes the calendar day given, in every host time zone", () => {
    const saved = process.env.TZ;
    const offsets = new Set<number>();
    const results = new Set<string>();
    try {
      for (const zone of ZONES) {
        process.env.TZ = zone;
        offsets.add(new Date(2026, 0, 1, 12).getTimezoneOffset());
        results.add(
          JSON.stringify(DATES.map((date) => [englishMessages.formatDate(date), spanishMessages.formatDate(date)])),
        );
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    // The zones did change (else the check would be vacuous), and the text did not. Node applies
    // TZ per process: in a worker thread (as Stryker runs the suite) the zone cannot change, and
    // the time-zone matrix (npm run test:tz) covers it instead.
    if (isMainThread) expect(offsets.size).toBeGreaterThan(5);
    expect([...results].map((r) => JSON.parse(r) as unknown)).toEqual([
      [
        ["1 January 1900", "1 de enero de 1900"],
        ["1 January 2026", "1 de enero de 2026"],
        ["29 March 2026", "29 de marzo de 2026"],
        ["4 October 2026", "4 de octubre de 2026"],
        ["31 December 2026", "31 de diciembre de 2026"],
        ["31 December 2999", "31 de diciembre de 2999"],
      ],
    ]);
  });

  it("rejects what is not a calendar date with a PlannerError", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "0000-01-01", "24/11/2026", "", "2026-1-5"]) {
      let caught: unknown;
      try {
        spanishMessages.formatDate(bad);
      } catch (error) {
        caught = error;
      }
      expect(isPlannerError(caught) && caught.issues[0]).toEqual({
        code: "invalid-date",
        path: ["isoDate"],
        message: "expected a calendar date YYYY-MM-DD",
        value: bad,
      });
    }
  });
});

describe("Spanish outputs", () => {
  const plan = () => replan(bookedPlan(), { today: "2026-11-24", messages: spanishMessages });

  it("the CLI report", async () => {
    await expect(formatPlanText(plan(), spanishMessages)).toMatchFileSnapshot(
      "__snapshots__/messages-es/booked-plan.txt",
    );
  });

  it("the iCalendar file", async () => {
    const ics = toICalendar(plan(), {
      uidDomain: "clinic.example",
      dtstamp: "2026-11-24T09:00:00Z",
      calendarId: "c-1",
      messages: spanishMessages,
    });
    await expect(ics).toMatchFileSnapshot("__snapshots__/messages-es/booked-plan.ics.snap");
  });
});

describe("the CLI's --lang", () => {
  const EXAMPLE = join(import.meta.dirname, "..", "examples", "moderate-rolling-booked.json");

  function cli(args: readonly string[]) {
    let stdout = "";
    let stderr = "";
    const written: Record<string, string> = {};
    const io: CliIo = {
      readFile: (path) => readFileSync(path, "utf8"),
      writeFile: (path, text) => {
        written[path] = text;
      },
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      now: () => "2026-11-24T09:00:00.000Z",
      today: () => "2026-11-24",
      version: "0.0.0",
    };
    const status = runCli(args, io);
    return { status, stdout, stderr, written };
  }

  it("es writes the report, the iCalendar and the FHIR files in Spanish", () => {
    const run = cli([
      "plan",
      EXAMPLE,
      "--lang",
      "es",
      "--ics",
      "plan.ics",
      "--calendar-id",
      "c-1",
      "--fhir",
      "plan.json",
      "--patient-ref",
      "Patient/1",
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("\nAptitud: apto\n");
    expect(run.stdout).toContain("\nSesiones\n");
    expect(run.written["plan.ics"]).toContain("SUMMARY:Sesión de micropunción 1 de ");
    const carePlan = JSON.parse(run.written["plan.json"] ?? "{}") as { title: string };
    expect(carePlan.title).toBe("Micropunción para revisión de cicatrices");
  });

  it("es answers check-booking in Spanish; en is the default", () => {
    const es = cli(["check-booking", EXAMPLE, "--on", "2026-11-23", "--lang", "es"]);
    expect(es.status).toBe(1);
    expect(es.stdout.split("\n")[0]).toMatch(/^Reserva de la sesión \d+ el 2026-11-23: no permitida$/);
    const en = cli(["check-booking", EXAMPLE, "--on", "2026-11-23"]);
    expect(en.stdout).toBe(cli(["check-booking", EXAMPLE, "--on", "2026-11-23", "--lang", "en"]).stdout);
    expect(en.stdout.split("\n")[0]).toMatch(/^Booking session \d+ on 2026-11-23: blocked$/);
  });

  it("rejects another language", () => {
    const run = cli(["plan", EXAMPLE, "--lang", "de"]);
    expect(run).toEqual({ status: 2, stdout: "", stderr: 'error: --lang: expected en or es, got "de"\n', written: {} });
  });
});

describe("the run-time check of a message layer", () => {
  const patient = { goal: "rejuvenation", fitzpatrick: "II" } as const;
  const issuesOf = (messages: unknown) => {
    try {
      planTreatment(patient, { today: "2026-11-24", messages: messages as Messages });
      return [];
    } catch (error) {
      return isPlannerError(error) ? error.issues.map((issue) => [issue.code, issue.path]) : [String(error)];
    }
  };

  it("accepts both complete layers, and a spread layer", () => {
    expect(issuesOf(englishMessages)).toEqual([]);
    expect(issuesOf(spanishMessages)).toEqual([]);
    expect(issuesOf({ ...englishMessages, reminder: () => "r" })).toEqual([]);
  });

  it("rejects a layer missing a function or a block, or with a null block", () => {
    const rejected = [["invalid-type", ["options", "messages"]]];
    const { formatDate: _f, ...noFormatDate } = englishMessages;
    expect(issuesOf(noFormatDate)).toEqual(rejected);
    expect(issuesOf({ ...englishMessages, formatDate: "2026-11-24" })).toEqual(rejected);
    for (const block of ["labels", "ical", "fhir", "cli"]) {
      expect(issuesOf({ ...englishMessages, [block]: undefined }), block).toEqual(rejected);
      expect(issuesOf({ ...englishMessages, [block]: null }), block).toEqual(rejected);
      expect(issuesOf({ ...englishMessages, [block]: "text" }), block).toEqual(rejected);
    }
    expect(
      issuesOf({ finding: englishMessages.finding, reminder: englishMessages.reminder, bookingReason: () => "" }),
    ).toEqual(rejected);
  });
});
