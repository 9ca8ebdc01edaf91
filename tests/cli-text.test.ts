/**
 * The exact text of `microneedling-planner plan` (formatPlanText) and `check-booking`
 * (formatBookingText): golden files for every example case and for plans that show every flag and
 * branch, and targeted checks of the table layout, the message fallbacks and the source list.
 *
 * Every plan is rendered inside `it`, never in a `describe` body: Stryker activates a mutant only
 * once the tests start, so output computed while collecting would be the unmutated one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatBookingText, formatPlanText } from "../src/cli/format-text.js";
import { type CliIo, runCli } from "../src/cli/run-cli.js";
import { type BookingCheck, checkBooking, planTreatment, type TreatmentPlan } from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { makePatient } from "./fixtures.js";

const EXAMPLES = join(import.meta.dirname, "..", "examples");
const TODAY = "2026-11-24";

/**
 * Runs the CLI in-process (`plan <file>`, or `args` after the command) on `file` (a path, or a name
 * in `files`) and returns its stdout.
 */
function planText(
  file: string,
  files: Record<string, unknown> = {},
  today = TODAY,
  [command, ...args]: readonly string[] = ["plan"],
  expectedStatus = 0,
): string {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    readFile: (path) => (path in files ? JSON.stringify(files[path]) : readFileSync(path, "utf8")),
    writeFile: () => undefined,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    now: () => `${today}T09:00:00.000Z`,
    today: () => today,
    version: "0.0.0",
  };
  const status = runCli([command ?? "plan", file, ...args], io);
  expect({ status, stderr }).toEqual({ status: expectedStatus, stderr: "" });
  return stdout;
}

const slug = (name: string) =>
  name
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();

const EXAMPLE_FILES = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".json"))
  .sort();

const CASES: Record<string, unknown> = {
  "too soon, in the future, no open day, no patient id": {
    patient: { goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "rolling", severity: "moderate" }] },
    completed: ["2026-10-01", "2026-10-15", "2026-12-01"],
    availability: { openWeekdays: ["mon"], closedDates: ["2027-01-04", "2027-01-11"] },
  },
  "deferred rejuvenation": {
    patient: {
      id: "d",
      goal: "rejuvenation",
      fitzpatrick: "II",
      factors: [{ code: "isotretinoin", status: "history", until: "2026-10-01" }],
    },
  },
  "contraindicated, nothing planned": {
    patient: { id: "b", goal: "rejuvenation", fitzpatrick: "II", factors: [{ code: "bleeding-disorder" }] },
  },
  "unknown factor code and other factor, reviewed": {
    patient: {
      id: "u",
      goal: "scar-revision",
      fitzpatrick: "III",
      scars: [{ type: "rolling", severity: "mild" }],
      factors: [{ code: "lupus-flare" }, { code: "other", note: "recent chemical peel" }],
    },
  },
  "course finished, maintenance not projected": {
    patient: { id: "done", goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "mild" }] },
    completed: ["2026-06-02", "2026-06-30", "2026-07-28"],
    sessionCount: 3,
  },
  "bookings: missed, at a time on a closed day, too soon, beyond the estimate": {
    patient: {
      id: "booked",
      goal: "scar-revision",
      fitzpatrick: "II",
      scars: [{ type: "rolling", severity: "severe" }],
    },
    completed: ["2026-09-01", "2026-09-29"],
    booked: [
      { session: 3, on: "2026-11-10" },
      { session: 4, on: "2026-12-24", time: "09:15" },
      { session: 5, on: "2027-01-05" },
      { session: 7, on: "2027-03-02", time: "16:00" },
    ],
    availability: { openWeekdays: ["tue", "thu"], closedDates: ["2026-12-24"] },
  },
};

/** Issue 12: time-bounded rules, new factors, scar maturity and adjuncts, areas, care and photo checkpoints. */
const TWO_AREAS = {
  patient: {
    id: "two-areas",
    goal: "scar-revision",
    fitzpatrick: "III",
    scars: [
      { type: "striae", severity: "severe", area: "Abdomen" },
      { type: "boxcar", depth: "deep", goodmanGrade: 4, area: "cheeks" },
      { type: "rolling", goodmanGrade: 3 },
    ],
  },
  area: "abdomen",
};
Object.assign(CASES, {
  "isotretinoin still taken, last dose planned: contraindicated, planned from the day it may resume": {
    patient: {
      id: "iso-active",
      goal: "scar-revision",
      fitzpatrick: "II",
      scars: [{ type: "boxcar", depth: "shallow", goodmanGrade: 3 }],
      factors: [{ code: "isotretinoin", status: "active", until: "2026-12-31" }],
    },
  },
  "care steps, a wait, a wait complete, an ended factor and the old pregnancy code": {
    patient: {
      id: "care",
      goal: "scar-revision",
      fitzpatrick: "III",
      scars: [{ type: "boxcar", depth: "shallow", goodmanGrade: 2 }],
      factors: [
        { code: "topical-retinoids", status: "active" },
        { code: "herpes-simplex", status: "history" },
        { code: "recent-filler-or-toxin-in-area", status: "history", since: "2026-11-20" },
        { code: "recent-resurfacing-in-area", status: "history", since: "2026-09-01" },
        { code: "sunburn", status: "active", until: "2026-11-01" },
        { code: "pregnant-or-nursing", status: "active", until: "2026-11-30" },
      ],
    },
    completed: ["2026-10-06"],
  },
  "macular scars only: no course": {
    patient: {
      id: "macular",
      goal: "scar-revision",
      fitzpatrick: "IV",
      scars: [
        { type: "boxcar", goodmanGrade: 1 },
        { type: "icepick", goodmanGrade: 1 },
      ],
    },
  },
  "burn scars young and undated, keloid and hypertrophic adjuncts": {
    patient: {
      id: "burns",
      goal: "scar-revision",
      fitzpatrick: "II",
      scars: [
        { type: "burn", severity: "moderate", formedOn: "2026-06-01" },
        { type: "burn", severity: "mild" },
        { type: "keloid" },
        { type: "hypertrophic", severity: "mild", formedOn: "2020-01-01" },
      ],
    },
  },
  "first and final result checks, with their photographs": {
    patient: { id: "checks", goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "striae", severity: "mild" }] },
    completed: ["2026-08-04", "2026-09-01"],
  },
  "two areas: the case file plans the abdomen's striae": TWO_AREAS,
});

/** Plans with command-line flags, by name: the case and the arguments after the file. */
const FLAG_CASES: Record<string, [unknown, string[]]> = {
  "--area cheeks plans the cheeks, over the case file's area": [TWO_AREAS, ["--area", "cheeks"]],
  "--area with no scars in it: scar revision with no scar": [TWO_AREAS, ["--area", "back"]],
};

/** Booking checks (`check-booking`), by name: the case, the arguments, and the exit status. */
const BOOKING_CASES: Record<string, [unknown, string[], number]> = {
  "check-booking: closed day, review, late, reassess": [
    {
      patient: {
        id: "review",
        goal: "scar-revision",
        fitzpatrick: "III",
        scars: [{ type: "rolling", severity: "moderate" }],
        factors: [{ code: "diabetes" }],
      },
      completed: ["2026-09-01"],
      availability: { openWeekdays: ["tue", "thu"], closedDates: ["2026-11-26"] },
    },
    ["--on", "2026-11-26", "--time", "10:00"],
    1,
  ],
};

describe("plan text golden output", () => {
  it.each(EXAMPLE_FILES)("examples/%s", async (file) => {
    const text = planText(join(EXAMPLES, file));
    await expect(text).toMatchFileSnapshot(`__snapshots__/cli-text/${file.replace(/\.json$/, "")}.txt`);
  });

  it.each(Object.keys(CASES))("%s", async (name) => {
    const text = planText("case.json", { "case.json": CASES[name] });
    await expect(text).toMatchFileSnapshot(`__snapshots__/cli-text/${slug(name)}.txt`);
  });

  it.each(Object.keys(FLAG_CASES))("%s", async (name) => {
    const [caseFile, args] = FLAG_CASES[name] as [unknown, string[]];
    const text = planText("case.json", { "case.json": caseFile }, TODAY, ["plan", ...args]);
    await expect(text).toMatchFileSnapshot(`__snapshots__/cli-text/${slug(name)}.txt`);
  });

  it.each(Object.keys(BOOKING_CASES))("%s", async (name) => {
    const [caseFile, args, status] = BOOKING_CASES[name] as [unknown, string[], number];
    const text = planText("case.json", { "case.json": caseFile }, TODAY, ["check-booking", ...args], status);
    await expect(text).toMatchFileSnapshot(`__snapshots__/cli-text/${slug(name)}.txt`);
  });
});

describe("formatPlanText", () => {
  /** Shallow boxcar scars: no findings at all (a rolling scar gets an adjunct note). */
  const quiet = () => makePatient({ id: "p", scars: [{ type: "boxcar", depth: "shallow", goodmanGrade: 3 }] });
  const plan = (overrides: Partial<TreatmentPlan> = {}): TreatmentPlan => ({
    ...planTreatment(quiet(), { today: TODAY, messages: englishMessages }),
    ...overrides,
  });

  it("gives the same text for a plan made without a message layer, using the English messages", () => {
    const patient = makePatient({ id: "p", factors: [{ code: "diabetes" }] });
    const options = { today: TODAY, completed: ["2026-10-20"] };
    const bare = planTreatment(patient, options);
    expect(bare.eligibility.findings[0]?.message).toBeUndefined();
    expect(bare.reminders[0]?.message).toBeUndefined();
    const text = formatPlanText(bare);
    expect(text).toBe(formatPlanText(planTreatment(patient, { ...options, messages: englishMessages })));
    expect(text).toContain("\n  [needs-review] Diabetes: a clinician must review before treatment.\n");
    expect(text).toContain("\n  2026-11-24  book-session  Book session 2, due 2026-11-24.\n");
  });

  it("prefers each finding's and reminder's own message", () => {
    const base = planTreatment(makePatient({ id: "p", factors: [{ code: "diabetes" }] }), { today: TODAY });
    const text = formatPlanText({
      ...base,
      eligibility: {
        ...base.eligibility,
        findings: base.eligibility.findings.map((f) => ({ ...f, message: "Eigene Meldung" })),
      },
      reminders: base.reminders.map((r) => ({ ...r, message: "Eigene Erinnerung" })),
    });
    expect(text).toContain("\n  [needs-review] Eigene Meldung\n      sources: ");
    expect(text).toContain("  book-session  Eigene Erinnerung\n");
  });

  it("writes the heading, eligibility and estimate lines", () => {
    const text = formatPlanText(plan());
    expect(text.split("\n").slice(0, 6)).toEqual([
      "Patient p: scar-revision, planned on 2026-11-24 (protocol article-2021@1, microneedling-planner 0.0.0)",
      "",
      "Eligibility: eligible",
      "  no findings",
      "",
      "Estimate: 4 sessions (range 3-5, moderate); sources: ARTICLE-2021, HARRIS-2015",
    ]);
    const base = plan();
    const { id: _id, ...anonymous } = base.inputs.patient;
    expect(formatPlanText({ ...base, inputs: { ...base.inputs, patient: anonymous } })).toMatch(
      /^Patient \(no id\): scar-revision, planned/,
    );
    const reassess = plan({ eligibility: { ...base.eligibility, reassessOn: "2027-01-02" } });
    expect(formatPlanText(reassess).split("\n")[2]).toBe("Eligibility: eligible, reassess on 2027-01-02");
    // A rolling scar: an adjunct note (info), with its sources.
    const rolling = planTreatment(makePatient({ id: "p" }), { today: TODAY, messages: englishMessages });
    expect(formatPlanText(rolling).split("\n").slice(2, 7)).toEqual([
      "Eligibility: eligible",
      "  [info] Rolling scar: consider combining with subcision (for tethered scars).",
      "      sources: JACOB-2001, CONNOLLY-2017, HESSION-GRABER-2015",
      "",
      "Estimate: 4 sessions (range 3-5, moderate); sources: ARTICLE-2021, HARRIS-2015",
    ]);
  });

  it("names the plan's protocol and the library version that made it, not the running one", () => {
    const base = plan();
    const text = formatPlanText({
      ...base,
      madeBy: { name: "microneedling-planner", version: "1.4.2" },
      protocol: { ...base.protocol, id: "clinic-a", version: "2026.1+x" },
    });
    expect(text.split("\n")[0]).toBe(
      "Patient p: scar-revision, planned on 2026-11-24 (protocol clinic-a@2026.1+x, microneedling-planner 1.4.2)",
    );
  });

  it("aligns the session table on its widest cells and trims trailing spaces", () => {
    const base = plan();
    const text = formatPlanText({
      ...base,
      sessions: [
        {
          number: 9,
          status: "done",
          earliest: "2026-01-05",
          due: "2026-01-05",
          latest: "2026-01-19",
          doneOn: "2026-01-06",
          flags: [],
        },
        {
          number: 10,
          status: "upcoming",
          earliest: "2026-02-02",
          due: "2026-02-03",
          latest: "2026-02-16",
          flags: [
            { code: "reassess", params: { daysSinceLastSession: 120, thresholdWeeks: 12 } },
            { code: "in-future", params: {} },
          ],
        },
      ],
    });
    const table = text.slice(text.indexOf("Sessions\n") + 9, text.indexOf("\n\n", text.indexOf("Sessions\n")));
    expect(table.split("\n")).toEqual([
      "  #   status    earliest    due         latest      done/booked  flags",
      "  9   done      2026-01-05  2026-01-05  2026-01-19  2026-01-06",
      "  10  upcoming  2026-02-02  2026-02-03  2026-02-16               reassess: 120d since last session; in-future",
    ]);
  });

  it("writes a booked session's day, and its time when booked with one, under done/booked", () => {
    const base = plan();
    const booked = (n: number, bookedOn: string, time?: string) => ({
      number: n,
      status: "booked" as const,
      earliest: "2026-12-01",
      due: bookedOn,
      latest: "2026-12-15",
      bookedOn,
      ...(time !== undefined && { time }),
      flags: [],
    });
    const text = formatPlanText({ ...base, sessions: [booked(1, "2026-12-02"), booked(2, "2026-12-03", "08:05")] });
    const table = text.slice(text.indexOf("Sessions\n") + 9, text.indexOf("\n\n", text.indexOf("Sessions\n")));
    expect(table.split("\n")).toEqual([
      "  #  status  earliest    due         latest      done/booked       flags",
      "  1  booked  2026-12-01  2026-12-02  2026-12-15  2026-12-02",
      "  2  booked  2026-12-01  2026-12-03  2026-12-15  2026-12-03 08:05",
    ]);
  });

  it("writes each flag with its parameters, and other flags by code", () => {
    const flagLine = (flags: TreatmentPlan["sessions"][number]["flags"]) => {
      const text = formatPlanText({
        ...plan(),
        sessions: [
          { number: 1, status: "due", earliest: "2026-11-24", due: "2026-11-24", latest: "2026-12-08", flags },
        ],
      });
      return text.split("\n").find((l) => l.startsWith("  1  "));
    };
    // "done/booked" is 11 wide, empty here
    const row = `  1  due     2026-11-24  2026-11-24  2026-12-08  ${" ".repeat(11)}  `;
    expect(flagLine([{ code: "late", params: { daysLate: 3, windowClosedOn: "2026-11-21" } }])).toBe(
      `${row}late 3d (window closed 2026-11-21)`,
    );
    expect(flagLine([{ code: "too-soon", params: { days: 14, minimumDays: 28 } }])).toBe(`${row}too soon (14d < 28d)`);
    expect(flagLine([{ code: "deferred", params: { until: "2027-04-01" } }])).toBe(`${row}deferred until 2027-04-01`);
    expect(flagLine([{ code: "reassess", params: { daysSinceLastSession: 91, thresholdWeeks: 12 } }])).toBe(
      `${row}reassess: 91d since last session`,
    );
    expect(flagLine([{ code: "missed-booking", params: { on: "2026-11-10" } }])).toBe(
      `${row}missed booking on 2026-11-10`,
    );
    expect(flagLine([{ code: "closed-day", params: { on: "2026-12-24" } }])).toBe(
      `${row}booked on a closed day (2026-12-24)`,
    );
    expect(
      flagLine([
        { code: "no-open-day", params: {} },
        { code: "late", params: { daysLate: 0, windowClosedOn: "2026-11-23" } },
        { code: "in-future", params: {} },
        { code: "out-of-order", params: { previous: "2026-11-01" } },
        { code: "beyond-estimate", params: { planned: 4 } },
      ]),
    ).toBe(`${row}no-open-day; late 0d (window closed 2026-11-23); in-future; out-of-order; beyond-estimate`);
  });

  it("writes result check, maintenance and reminders, or says there are none", () => {
    const base = plan();
    const m = { earliest: "2028-01-01", due: "2028-02-01", latest: "2028-03-01", after: "2027-02-01", sources: [] };
    expect(
      formatPlanText({ ...base, resultCheckOn: "2027-05-01", maintenance: { ...m, projected: true }, reminders: [] }),
    ).toContain(
      "\n\nResult check: 2027-05-01\nMaintenance: due 2028-02-01 (window 2028-01-01 to 2028-03-01, after 2027-02-01, projected)\n\nReminders\n  none in the horizon\n\nSources\n",
    );
    expect(
      formatPlanText({ ...base, resultCheckOn: undefined, maintenance: { ...m, projected: false }, reminders: [] }),
    ).toContain(
      "\n\nMaintenance: due 2028-02-01 (window 2028-01-01 to 2028-03-01, after 2027-02-01)\n\nReminders\n  none in the horizon\n\nSources\n",
    );
    expect(formatPlanText({ ...base, resultCheckOn: undefined, maintenance: undefined, sessions: [] })).toContain(
      "\nSessions\n  none planned\n\nMaintenance: not planned\n\nReminders\n",
    );
  });

  it("aligns the reminder table", () => {
    const text = formatPlanText({
      ...plan(),
      reminders: [
        { kind: "session-overdue", remindOn: "2026-11-24", dueOn: "2026-11-24", session: 3, message: "Late." },
        { kind: "maintenance-due", remindOn: "2028-01-25", dueOn: "2028-02-01", message: "Maintenance." },
        { kind: "book-session", remindOn: "2026-12-15", dueOn: "2026-12-22", session: 4, message: "Book." },
        { kind: "appointment", remindOn: "2026-12-20", dueOn: "2026-12-22", session: 5, time: "10:30" },
        { kind: "deferral-review", remindOn: "2026-12-22", dueOn: "2026-12-22" },
      ],
    });
    expect(text).toContain(
      "\nReminders\n  2026-11-24  session-overdue  Late.\n  2028-01-25  maintenance-due  Maintenance.\n  2026-12-15  book-session     Book.\n  2026-12-20  appointment      Microneedling session 5 on 2026-12-22 at 10:30.\n  2026-12-22  deferral-review  Review the deferred treatment on 2026-12-22: has the condition resolved?\n\nSources\n",
    );
  });

  it("cites each source once, sorted, from the findings and the estimate", () => {
    const base = planTreatment(makePatient({ id: "p", factors: [{ code: "diabetes" }] }), { today: TODAY });
    const finding = base.eligibility.findings[0] as TreatmentPlan["eligibility"]["findings"][number];
    const text = formatPlanText({
      ...base,
      eligibility: {
        ...base.eligibility,
        findings: [
          { ...finding, sources: ["JACOB-2001", "ARTICLE-2021"] as never },
          { ...finding, sources: ["JACOB-2001"] as never },
        ],
      },
      estimate: { ...base.estimate, sources: ["PLANNER-DECISION", "ARTICLE-2021"] as never },
    });
    const sources = text.slice(text.indexOf("\nSources\n") + 9).split("\n");
    expect(sources.map((l) => l.slice(0, l.indexOf(":")))).toEqual([
      "  ARTICLE-2021",
      "  JACOB-2001",
      "  PLANNER-DECISION",
      "",
    ]);
    expect(text).toContain(
      "\n  [needs-review] Diabetes: a clinician must review before treatment.\n      sources: JACOB-2001, ARTICLE-2021\n  [needs-review] Diabetes: a clinician must review before treatment.\n      sources: JACOB-2001\n\n",
    );
    expect(text.endsWith(".\n") || text.endsWith(")\n")).toBe(true);
  });
});

describe("formatBookingText", () => {
  const base = () => planTreatment(makePatient({ id: "p" }), { today: TODAY, completed: ["2026-11-10"] });
  /** A check of `base()` with the English messages, then as given (without them). */
  const check = (options: Parameters<typeof checkBooking>[1]) => checkBooking(base(), options);

  it("writes the visit, day, time and answer, each reason with its sources, and eligibility on the day", () => {
    const answer = check({ on: "2026-11-24", time: "07:45", messages: englishMessages });
    expect(answer.status).toBe("blocked");
    expect(formatBookingText(answer)).toBe(
      [
        "Booking session 2 on 2026-11-24 at 07:45: blocked",
        "  [blocks] Too soon: 14 days after the last session; book on 2026-12-08 or later.",
        "      sources: ARTICLE-2021, HARRIS-2015",
        "Eligibility on 2026-11-24: eligible",
        "",
      ].join("\n"),
    );
  });

  it("says when nothing is against it, and leaves out a time not given", () => {
    expect(formatBookingText(check({ on: "2026-12-08" }))).toBe(
      "Booking session 2 on 2026-12-08: allowed\n  no reasons against it\nEligibility on 2026-12-08: eligible\n",
    );
  });

  it("uses each reason's own message, else the English text", () => {
    const bare = check({ on: "2026-11-24" });
    expect(bare.reasons[0]?.message).toBeUndefined();
    expect(formatBookingText(bare)).toBe(formatBookingText(check({ on: "2026-11-24", messages: englishMessages })));
    const own: BookingCheck = { ...bare, reasons: bare.reasons.map((r) => ({ ...r, message: "Zu früh." })) };
    expect(formatBookingText(own)).toContain("\n  [blocks] Zu früh.\n      sources: ARTICLE-2021, HARRIS-2015\n");
  });

  it("names maintenance, and a session visit without a session when the course is complete", () => {
    const done = planTreatment(makePatient({ id: "p" }), {
      today: TODAY,
      completed: ["2026-06-02", "2026-06-30", "2026-07-28", "2026-08-25"],
    });
    const maintenance = checkBooking(done, { on: "2027-08-01", visit: "maintenance" });
    expect(formatBookingText(maintenance).split("\n")[0]).toBe("Booking maintenance on 2027-08-01: allowed");
    const session = checkBooking(done, { on: "2026-12-01", visit: "session" });
    expect(session.session).toBeUndefined();
    expect(formatBookingText(session).split("\n").slice(0, 2)).toEqual([
      "Booking session on 2026-12-01: blocked",
      "  [blocks] Every session of the course is done: book maintenance instead.",
    ]);
  });
});
