/**
 * A pseudo-locale proves that every word the library writes comes from the message layer: the
 * pseudo layer is the English one with every string it returns wrapped as `⟦...⟧` and its ASCII
 * letters replaced by accented look-alikes. Every human-text output made with it (findings,
 * reminders, booking reasons, iCalendar SUMMARY and DESCRIPTION, FHIR title, description and
 * texts, the CLI report) must then hold no run of ASCII letters: one would be English the layer
 * did not write.
 */
import { describe, expect, it } from "vitest";
import { formatBookingText, formatPlanText } from "../src/cli/format-text.js";
import {
  checkBooking,
  FINDING_REASONS,
  type Messages,
  REMINDER_KINDS,
  replan,
  SESSION_FLAGS,
  SESSION_STATUSES,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import { type Output, outputs, scenarioPlans } from "./message-outputs.js";

const LOWER = "áƀçđéƒĝĥíĵķĺɱñóþʠŕšŧúṽŵẋýž";
const UPPER = "ÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤɊŔŠŦÚṼŴẊÝŽ";

/** Replaces ASCII letters by accented look-alikes. */
const accent = (text: string): string =>
  text.replace(/[A-Za-z]/g, (c) => {
    const code = c.charCodeAt(0);
    return code >= 97 ? (LOWER[code - 97] as string) : (UPPER[code - 65] as string);
  });

/** Builds a layer from another mechanically: strings are pseudo-localised, functions' results too. */
function pseudoLayer<T>(value: T): T {
  if (typeof value === "string") return `⟦${accent(value)}⟧` as T;
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => pseudoLayer(fn(...args))) as T;
  }
  if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => pseudoLayer(item))) as T;
  if (typeof value === "object" && value !== null) {
    return Object.freeze(
      Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pseudoLayer(item as unknown)])),
    ) as T;
  }
  return value;
}

const pseudoMessages: Messages = pseudoLayer(englishMessages);

/**
 * Runs of ASCII letters a pseudo output may hold: none. (Codes, ids and dates that the layer
 * interpolates pass through it and are accented too; dates and numbers have no letters.)
 */
const ALLOWED = new Set<string>([]);

const asciiWords = (text: string): string[] => (text.match(/[A-Za-z]+/g) ?? []).filter((w) => !ALLOWED.has(w));

describe("the pseudo layer", () => {
  it("is built mechanically from the English one", () => {
    expect(pseudoMessages.labels.sessionStatus.done).toBe("⟦đóñé⟧");
    expect(pseudoMessages.cli.sessionColumns).toEqual([
      "⟦#⟧",
      "⟦šŧáŧúš⟧",
      "⟦éáŕĺíéšŧ⟧",
      "⟦đúé⟧",
      "⟦ĺáŧéšŧ⟧",
      "⟦đóñé/ƀóóķéđ⟧",
      "⟦ƒĺáĝš⟧",
    ]);
    expect(pseudoMessages.ical.sessionSummary({ session: 2, total: 5 })).toBe("⟦Ṁíçŕóñééđĺíñĝ šéššíóñ 2 óƒ 5⟧");
    expect(pseudoMessages.formatDate("2026-11-24")).toBe("⟦24 Ñóṽéɱƀéŕ 2026⟧");
  });
});

describe("no English outside the message layer", () => {
  let texts: Output[] = [];

  it("every output is made with the pseudo layer", { timeout: 60_000 }, () => {
    texts = outputs(pseudoMessages);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it("no output holds a run of ASCII letters", () => {
    const english = texts.flatMap(({ where, text }) => asciiWords(text).map((word) => `${where}: ${word}`));
    expect([...new Set(english)]).toEqual([]);
  });

  it("the check is not vacuous: the English layer's outputs fail it", { timeout: 60_000 }, () => {
    const english = outputs(englishMessages);
    expect(english.every(({ text }) => asciiWords(text).length > 0)).toBe(true);
  });

  it("no output is empty", () => {
    expect(texts.filter(({ text }) => text.trim() === "").map(({ where }) => where)).toEqual([]);
  });
});

describe("the scenarios reach every coded text", () => {
  it("every finding reason, reminder kind, session status and flag, and every booking reason", {
    timeout: 60_000,
  }, () => {
    const reasons = new Set<string>();
    const kinds = new Set<string>();
    const statuses = new Set<string>();
    const flags = new Set<string>();
    const booking = new Set<string>();
    for (const plan of Object.values(scenarioPlans())) {
      for (const finding of plan.eligibility.findings) reasons.add(finding.reason);
      for (const reminder of plan.reminders) kinds.add(reminder.kind);
      for (const session of plan.sessions) {
        statuses.add(session.status);
        for (const flag of session.flags) flags.add(flag.code);
      }
      for (const on of [
        "2026-11-20",
        "2026-11-24",
        "2026-11-26",
        "2026-11-30",
        "2027-01-05",
        "2027-06-01",
        "2028-06-01",
      ]) {
        for (const visit of ["session", "maintenance"] as const) {
          for (const reason of checkBooking(plan, { on, visit }).reasons) booking.add(reason.code);
        }
      }
    }
    expect([...reasons].sort()).toEqual([...FINDING_REASONS].sort());
    expect([...kinds].sort()).toEqual([...REMINDER_KINDS].sort());
    expect([...statuses].sort()).toEqual([...SESSION_STATUSES].sort());
    expect([...flags].sort()).toEqual([...SESSION_FLAGS].sort());
    expect([...booking].sort()).toEqual(
      [
        "beyond-estimate",
        "clinic-closed",
        "course-complete",
        "course-unfinished",
        "in-past",
        "late",
        "maintenance-late",
        "maintenance-too-early",
        "needs-review",
        "no-maintenance",
        "not-eligible",
        "reassess",
        "too-soon",
      ].sort(),
    );
  });
});

describe("the CLI report in the pseudo layer", () => {
  it("writes every heading, column and label through the layer", () => {
    const plan = replan(scenarioPlans()["booked plan"] as never, { today: "2026-11-24", messages: pseudoMessages });
    const text = formatPlanText(plan, pseudoMessages);
    expect(text.split("\n").slice(0, 3)).toEqual([
      "⟦Ƥáŧíéñŧ ŕóĺĺíñĝ-ƀóóķéđ: ⟦šçáŕ-ŕéṽíšíóñ⟧, þĺáññéđ óñ 2026-11-24 (þŕóŧóçóĺ áŕŧíçĺé-2021@1, ɱíçŕóñééđĺíñĝ-þĺáññéŕ 0.0.0)⟧",
      "",
      "⟦Éĺíĝíƀíĺíŧý: ⟦éĺíĝíƀĺé⟧⟧",
    ]);
    const check = checkBooking(plan, { on: "2026-11-23", messages: pseudoMessages });
    expect(formatBookingText(check, pseudoMessages).split("\n")[0]).toBe(
      "⟦Ɓóóķíñĝ šéššíóñ 2 óñ 2026-11-23: ⟦ƀĺóçķéđ⟧⟧",
    );
  });
});
