import { type CdsHooksResponse, cdsHooksDiscovery, toBookingCheckCards, toEligibilityCards } from "../src/cds-hooks.js";
import { formatBookingText, formatPlanText } from "../src/cli/format-text.js";
import { toFhirCarePlan } from "../src/fhir.js";
import { toICalendar } from "../src/ical.js";
import {
  checkBooking,
  FACTOR_CODES,
  type Messages,
  type Patient,
  planTreatment,
  replan,
  SCAR_TYPES,
  type TreatmentPlan,
} from "../src/index.js";
import { SOURCE_CATALOGUE, SOURCE_IDS } from "../src/sources.js";
import { toSvgTimeline } from "../src/svg.js";
import { bookedPlan, careStepsPlan, contraindicatedUntilPlan, customProtocolPlan } from "./export-plans.js";
import { PLANS as FHIR_PLANS } from "./fhir-plans.js";
import { PLANS as ICAL_PLANS } from "./ical-plans.js";

// Every text the library writes, for one message layer: the plan's findings and reminders, booking
// reasons, the iCalendar and FHIR exports and the CLI report, over plans chosen to reach every
// finding reason, reminder kind, booking reason, session status and flag that the suites know.

export const TODAY = "2026-11-24";

const rolling: Patient = { id: "p-1", goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling" }] };

/** Patients that reach the finding reasons: every factor active and as history, waits, scars. */
const PATIENTS: Record<string, Patient> = {
  "every factor active": { ...rolling, factors: FACTOR_CODES.map((code) => ({ code })) },
  "every factor as history": {
    ...rolling,
    factors: FACTOR_CODES.map((code) => ({ code, status: "history" as const, until: "2026-06-01" })),
  },
  "every factor ended": { ...rolling, factors: FACTOR_CODES.map((code) => ({ code, until: "2026-06-01" })) },
  "waits and washouts": {
    ...rolling,
    factors: [
      { code: "isotretinoin", status: "history", until: "2026-10-01" },
      { code: "recent-filler-or-toxin-in-area", since: "2026-11-20" },
      { code: "recent-resurfacing-in-area" },
      { code: "sunburn", since: "2027-01-01" },
      { code: "zq-77" },
      { code: "other", note: "hipotiroidismo" },
    ],
  },
  "waits complete": {
    ...rolling,
    factors: [
      { code: "isotretinoin", status: "history", until: "2025-01-01" },
      { code: "isotretinoin", status: "history" },
      { code: "recent-filler-or-toxin-in-area", since: "2025-11-20" },
      { code: "active-acne", since: "2026-10-01", until: "2026-09-01" },
    ],
  },
  "isotretinoin with a planned last dose": {
    ...rolling,
    factors: [{ code: "isotretinoin", until: "2027-01-15" }],
  },
  "every scar type, graded and dated": {
    id: "p-2",
    goal: "scar-revision",
    fitzpatrick: "V",
    birthDate: "2012-03-01",
    scars: SCAR_TYPES.map((type) => ({ type, severity: "moderate" as const, formedOn: "2020-01-01" })),
  },
  "young, undated and ungraded scars": {
    goal: "scar-revision",
    fitzpatrick: "VI",
    scars: [
      { type: "burn", formedOn: "2026-09-01", severity: "mild" },
      { type: "surgical", formedOn: "2026-10-01", severity: "mild" },
      { type: "traumatic" },
      { type: "burn", severity: "mild" },
      { type: "boxcar", severity: "mild", goodmanGrade: 4 },
      { type: "icepick", goodmanGrade: 1 },
      { type: "burn", formedOn: "2031-01-01" },
    ],
  },
  "macular scars only": {
    goal: "scar-revision",
    fitzpatrick: "II",
    scars: [{ type: "rolling", goodmanGrade: 1 }],
  },
  "scar revision without scars": { goal: "scar-revision", fitzpatrick: "II", scars: [] },
  "deferred for three weeks": { ...rolling, factors: [{ code: "active-acne", until: "2026-12-15" }] },
  "deferred with no end": { ...rolling, factors: [{ code: "active-acne" }] },
  "born in the future": { goal: "rejuvenation", fitzpatrick: "I", birthDate: "2027-01-01" },
};

/** Plans made without a message layer (their findings and reminders get one by re-planning). */
export function scenarioPlans(): Record<string, TreatmentPlan> {
  const plans: Record<string, TreatmentPlan> = {};
  for (const [name, patient] of Object.entries(PATIENTS)) plans[name] = planTreatment(patient, { today: TODAY });
  plans["too soon, missed, closed day, beyond the estimate"] = planTreatment(rolling, {
    today: TODAY,
    sessionCount: 2,
    completed: ["2026-10-01", "2026-10-08", "2026-11-01", "2026-11-10"],
    booked: [{ session: 5, on: "2026-11-18" }],
    availability: { openWeekdays: ["mon"], closedDates: ["2026-11-30"] },
  });
  plans["out of order, in the future"] = planTreatment(rolling, {
    today: TODAY,
    completed: ["2026-10-15", "2026-10-01", "2026-12-01"],
  });
  plans["no open day"] = planTreatment(rolling, {
    today: TODAY,
    availability: { openWeekdays: ["mon"], closedDates: ["2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21"] },
  });
  plans["booked on a closed day"] = planTreatment(rolling, {
    today: TODAY,
    completed: ["2026-10-27"],
    booked: [{ session: 2, on: "2026-11-26", time: "09:15" }],
    availability: { openWeekdays: ["mon"] },
  });
  plans["booked plan"] = bookedPlan();
  plans["care steps"] = careStepsPlan();
  plans["contraindicated until"] = contraindicatedUntilPlan();
  plans["custom protocol"] = customProtocolPlan();
  for (const [name, plan] of Object.entries(FHIR_PLANS)) plans[`fhir: ${name}`] = plan;
  for (const [name, plan] of Object.entries(ICAL_PLANS)) plans[`ical: ${name}`] = plan;
  return plans;
}

/** Days to propose to `checkBooking` for each plan, relative to its today. */
const BOOKING_DAYS = ["2026-11-20", "2026-11-24", "2026-11-26", "2026-11-30", "2027-01-05", "2027-06-01", "2028-06-01"];

/** The texts of one output, by where they are. */
export interface Output {
  readonly where: string;
  readonly text: string;
}

/** Unfolds and unescapes the human-text properties of an iCalendar file. */
export function icalTexts(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => /^(SUMMARY|DESCRIPTION):/.test(line))
    .map((line) =>
      line.slice(line.indexOf(":") + 1).replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c)),
    );
}

/** The human-text fields of a CarePlan. */
export function fhirTexts(carePlan: ReturnType<typeof toFhirCarePlan>): string[] {
  return [
    carePlan.title,
    carePlan.description,
    ...carePlan.activity.flatMap((a) => [
      a.detail.code.text,
      a.detail.description ?? "",
      a.detail.statusReason?.text ?? "",
    ]),
    ...(carePlan.note ?? []).map((n) => n.text),
  ].filter((text) => text !== "");
}

/** The CLI report without the cited sources' bibliographic references (kept as written). */
export function withoutCitations(report: string): string {
  return report
    .split("\n")
    .filter((line) => !SOURCE_IDS.some((id) => line === `  ${id}: ${SOURCE_CATALOGUE[id].citation}`))
    .join("\n");
}

/** Source ids (codes, written as they are in every language). */
const SOURCE_ID_PATTERN = new RegExp([...SOURCE_IDS].sort((a, b) => b.length - a.length).join("|"), "g");

/** The human-text fields of CDS Hooks cards, without source ids and their bibliographic references. */
export function cardTexts(response: CdsHooksResponse): string[] {
  return response.cards.flatMap((card) => [
    card.summary,
    card.source.label,
    (card.detail ?? "")
      .split("\n")
      .filter((line) => !SOURCE_IDS.some((id) => line.includes(SOURCE_CATALOGUE[id].citation.slice(0, 40))))
      .join("\n")
      .replaceAll(SOURCE_ID_PATTERN, ""),
    ...(card.overrideReasons ?? []).map((reason) => reason.display ?? ""),
  ]);
}

/** The human text of an SVG timeline: its title, description and every text element, unescaped. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<(title|desc|text)\b[^>]*>([^<]*)<\/\1>/g)].map(([, , text]) =>
    (text ?? "")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&quot;", '"')
      .replaceAll("&apos;", "'")
      .replaceAll("&amp;", "&"),
  );
}

/** Every text the library writes for these plans in the words of `messages`. */
export function outputs(messages: Messages): Output[] {
  const out: Output[] = [];
  for (const [name, made] of Object.entries(scenarioPlans())) {
    const plan = replan(made, { today: made.today, messages });
    for (const finding of plan.eligibility.findings)
      out.push({ where: `${name}: finding`, text: finding.message ?? "" });
    for (const reminder of plan.reminders) out.push({ where: `${name}: reminder`, text: reminder.message ?? "" });
    const ics = toICalendar(plan, {
      uidDomain: "clinic.example",
      dtstamp: "2026-11-24T09:00:00Z",
      calendarId: "c-1",
      messages,
    });
    for (const text of icalTexts(ics)) out.push({ where: `${name}: iCalendar`, text });
    const carePlan = toFhirCarePlan(plan, { patient: "Patient/1", messages });
    for (const text of fhirTexts(carePlan)) out.push({ where: `${name}: FHIR`, text });
    out.push({ where: `${name}: CLI plan`, text: withoutCitations(formatPlanText(plan, messages)) });
    for (const text of svgTexts(toSvgTimeline(plan, { messages }))) out.push({ where: `${name}: SVG`, text });
    const cards = toEligibilityCards(plan.eligibility, { protocol: plan.protocol, messages });
    for (const text of cardTexts(cards)) out.push({ where: `${name}: CDS eligibility card`, text });
    for (const on of BOOKING_DAYS) {
      for (const visit of ["session", "maintenance"] as const) {
        const check = checkBooking(plan, { on, visit, time: "10:00", messages });
        for (const reason of check.reasons) out.push({ where: `${name}: booking ${on}`, text: reason.message ?? "" });
        out.push({ where: `${name}: CLI booking ${on} ${visit}`, text: formatBookingText(check, messages) });
        const bookingCards = toBookingCheckCards(check, { protocol: plan.protocol, messages });
        for (const text of cardTexts(bookingCards)) out.push({ where: `${name}: CDS booking card ${on}`, text });
      }
    }
  }
  for (const service of cdsHooksDiscovery({ messages }).services) {
    out.push({ where: `CDS discovery ${service.id}`, text: `${service.title}\n${service.description}` });
  }
  return out;
}
