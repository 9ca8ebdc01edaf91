import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toFhirCarePlan } from "../src/fhir.js";
import { toICalendar } from "../src/ical.js";
import {
  ACNE_SCAR_TYPES,
  type Availability,
  assessEligibility,
  BOXCAR_DEPTHS,
  type Booking,
  type BookingCheck,
  type BookingReason,
  type Course,
  checkBooking,
  type DeepReadonly,
  defaultProtocol,
  defineProtocol,
  ELIGIBILITY_STATUSES,
  type EligibilityStatus,
  estimateSessions,
  FACTOR_CATALOGUE,
  FACTOR_CODES,
  FACTOR_STATUSES,
  type FactorReport,
  FITZPATRICK_TYPES,
  GOODMAN_GRADES,
  OTHER_FACTOR_CODE,
  type Patient,
  type PlanSessionsOptions,
  type PlanTreatmentOptions,
  type PreCareReminder,
  type Protocol,
  planMaintenance,
  planReminders,
  planSessions,
  planTreatment,
  replan,
  SCAR_TYPES,
  type Scar,
  type ScarType,
  SEVERITIES,
  type SessionFlag,
  type SessionStatus,
  type SessionWindow,
  type Severity,
  TREATMENT_GOALS,
  type TreatmentPlan,
  WEEKDAYS,
} from "../src/index.js";
import { englishMessages } from "../src/messages.js";
import {
  bookingCheckSchema,
  parsePatient,
  parseTreatmentPlan,
  protocolSchema,
  safeParseTreatmentPlan,
  treatmentPlanSchema,
} from "../src/schemas.js";
import { SOURCE_IDS } from "../src/sources.js";
import { frozen } from "./fixtures.js";
import { addMonths, reachesPlannedZero } from "./planning-helpers.js";
/**
 * The library's invariants as fast-check properties, over patients, courses, clinic
 * availability and protocols generated from the exported value lists.
 */
import { fc, prop as property } from "./prop.js";

// ---------------------------------------------------------------------------------------------
// Independent date arithmetic (Date.UTC only, no library code)
// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2020, 0, 1);
const LAST_DAY = Date.UTC(2030, 11, 31);

const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const msOf = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const addDays = (iso: string, days: number): string => isoOf(msOf(iso) + days * MS_PER_DAY);
const dayDiff = (earlier: string, later: string): number => Math.round((msOf(later) - msOf(earlier)) / MS_PER_DAY);
const later = (a: string, b: string): string => (a >= b ? a : b);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const maxOf = (dates: readonly string[]): string | undefined =>
  dates.reduce<string | undefined>((a, b) => (a === undefined ? b : later(a, b)), undefined);

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Any date from 2020 to 2030, with month ends and 29 February over-represented. */
const anyDateArb: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: fc.integer({ min: 0, max: (LAST_DAY - FIRST_DAY) / MS_PER_DAY }), weight: 3 },
    {
      arbitrary: fc
        .record({ year: fc.integer({ min: 2020, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
        .map(({ year, month }) => (Date.UTC(year, month, 0) - FIRST_DAY) / MS_PER_DAY),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom("2020-02-29", "2024-02-29", "2028-02-29").map((iso) => dayDiff("2020-01-01", iso)),
      weight: 1,
    },
  )
  .map((offset) => addDays("2020-01-01", offset));

/** A date near `today` (within about a year either way), or any date of the range. */
const dateNear = (today: string): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.integer({ min: -400, max: 400 }).map((offset) => addDays(today, offset)), weight: 3 },
    { arbitrary: anyDateArb, weight: 1 },
  );

const noteArb = fc.string({ minLength: 1, maxLength: 40 });

const catalogued = (today: string): fc.Arbitrary<FactorReport> =>
  fc.record(
    {
      code: fc.constantFrom(...FACTOR_CODES),
      status: fc.constantFrom(...FACTOR_STATUSES),
      since: dateNear(today),
      until: dateNear(today),
      note: noteArb,
    },
    { requiredKeys: ["code"] },
  );

const otherFactor = (today: string): fc.Arbitrary<FactorReport> =>
  fc.record(
    {
      code: fc.constant(OTHER_FACTOR_CODE),
      status: fc.constantFrom(...FACTOR_STATUSES),
      since: dateNear(today),
      until: dateNear(today),
      note: noteArb,
    },
    { requiredKeys: ["code", "note"] },
  );

/** Catalogued factors, with the dates that matter most often: washouts and deferrals ending around today. */
const factorArb = (today: string): fc.Arbitrary<FactorReport> =>
  fc.oneof(
    { arbitrary: catalogued(today), weight: 6 },
    {
      arbitrary: fc
        .integer({ min: 0, max: 250 })
        .map((days): FactorReport => ({ code: "isotretinoin", status: "history", until: addDays(today, -days) })),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...FACTOR_CODES), fc.integer({ min: 1, max: 300 }))
        .map(([code, days]): FactorReport => ({ code, status: "active", until: addDays(today, days) })),
      weight: 2,
    },
    { arbitrary: otherFactor(today), weight: 1 },
  );

/** Icepick and rolling: acne scars without a depth. */
const ACNE_NOT_BOXCAR = ACNE_SCAR_TYPES.filter((type): type is "icepick" | "rolling" => type !== "boxcar");
/** Scars that are not acne scars: the Goodman & Baron scale does not apply to them. */
const NOT_ACNE = SCAR_TYPES.filter(
  (type): type is Exclude<ScarType, (typeof ACNE_SCAR_TYPES)[number]> =>
    !(ACNE_SCAR_TYPES as readonly string[]).includes(type),
);

const scarArb = (today: string): fc.Arbitrary<Scar> => {
  const fields = {
    severity: fc.constantFrom(...SEVERITIES),
    formedOn: dateNear(today),
    // An area is free text with something other than spaces.
    area: fc.string({ minLength: 1, maxLength: 30 }).filter((area) => /\S/.test(area)),
  };
  const goodmanGrade = fc.constantFrom(...GOODMAN_GRADES);
  return fc.oneof(
    fc.record(
      { type: fc.constant("boxcar" as const), depth: fc.constantFrom(...BOXCAR_DEPTHS), goodmanGrade, ...fields },
      { requiredKeys: ["type"] },
    ),
    fc.record({ type: fc.constantFrom(...ACNE_NOT_BOXCAR), goodmanGrade, ...fields }, { requiredKeys: ["type"] }),
    fc.record({ type: fc.constantFrom(...NOT_ACNE), ...fields }, { requiredKeys: ["type"] }),
  );
};

/** A schema-valid patient whose dates cluster around `today`. */
const patientArb = (today: string): fc.Arbitrary<Patient> =>
  fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 20 }),
      goal: fc.constantFrom(...TREATMENT_GOALS),
      fitzpatrick: fc.constantFrom(...FITZPATRICK_TYPES),
      birthDate: fc.oneof(
        anyDateArb,
        fc.integer({ min: 0, max: 60 * 365 }).map((d) => addDays("1950-01-01", d)),
      ),
      scars: fc.array(scarArb(today), { maxLength: 4 }),
      factors: fc.array(factorArb(today), { maxLength: 4 }),
    },
    { requiredKeys: ["goal", "fitzpatrick"] },
  );

/** A sorted triple of integers within bounds. */
const ascending = (low: number, high: number): fc.Arbitrary<{ a: number; b: number; c: number }> =>
  fc
    .tuple(
      fc.integer({ min: low, max: high }),
      fc.integer({ min: low, max: high }),
      fc.integer({ min: low, max: high }),
    )
    .map((values) => {
      const [a = low, b = low, c = low] = [...values].sort((x, y) => x - y);
      return { a, b, c };
    });

/** A consistent protocol: session counts rise with severity, intervals and windows are ordered. */
const protocolArb: fc.Arbitrary<Protocol> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9._+-]{1,30}$/),
    version: fc.stringMatching(/^[A-Za-z0-9._+-]{1,30}$/),
    grid: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 9, maxLength: 9 }),
    rejuvenation: ascending(1, 20),
    minWeeks: fc.integer({ min: 1, max: 26 }),
    extraWeeks: fc.integer({ min: 0, max: 26 }),
    extraReassess: fc.integer({ min: 0, max: 60 }),
    isotretinoinWashoutMonths: fc.integer({ min: 0, max: 24 }),
    resultCheckMonths: fc.integer({ min: 1, max: 24 }),
    extraFinalMonths: fc.integer({ min: 0, max: 23 }),
    sessionsByType: fc.record(
      { striae: ascending(1, 20), burn: ascending(1, 20), surgical: ascending(1, 20) },
      { requiredKeys: [] },
    ),
    scarRevision: ascending(1, 60),
    rejuvenationMaintenance: ascending(1, 60),
    reminderLeadDays: fc.integer({ min: 0, max: 90 }),
    deferralReviewDays: fc.integer({ min: 1, max: 365 }),
    labelMinimumAgeYears: fc.integer({ min: 0, max: 120 }),
    recentScarMonths: fc.integer({ min: 0, max: 120 }),
    burnMaturityMonths: fc.integer({ min: 0, max: 120 }),
    fillerToxinWaitDays: fc.integer({ min: 0, max: 90 }),
    resurfacingWaitDays: fc.integer({ min: 0, max: 180 }),
    retinoidStopDays: fc.integer({ min: 0, max: 30 }),
    antiviralLeadDays: fc.integer({ min: 0, max: 30 }),
    pihRiskFrom: fc.constantFrom(...FITZPATRICK_TYPES),
  })
  .map((r): Protocol => {
    // cell(s, k) = max of the grid over s' <= s, k' <= k: rises along severity and along min/typical/max.
    const cell = (s: number, k: number): number => {
      let best = 1;
      for (let i = 0; i <= s; i++) for (let j = 0; j <= k; j++) best = Math.max(best, r.grid[i * 3 + j] ?? 1);
      return best;
    };
    const range = (s: number) => ({ min: cell(s, 0), typical: cell(s, 1), max: cell(s, 2) });
    const maxWeeks = Math.min(52, r.minWeeks + r.extraWeeks);
    const window = (t: { a: number; b: number; c: number }) => ({
      earliestMonths: t.a,
      dueMonths: t.b,
      latestMonths: t.c,
    });
    const sessionsByType: Protocol["sessionsByType"] = {};
    for (const [type, t] of Object.entries(r.sessionsByType)) {
      sessionsByType[type as ScarType] = { min: t.a, typical: t.b, max: t.c };
    }
    return {
      id: r.id,
      version: r.version,
      sessions: {
        mild: range(0),
        moderate: range(1),
        severe: range(2),
        rejuvenation: { min: r.rejuvenation.a, typical: r.rejuvenation.b, max: r.rejuvenation.c },
      },
      sessionsByType,
      interval: { minWeeks: r.minWeeks, maxWeeks },
      reassessAfterWeeks: Math.min(104, maxWeeks + r.extraReassess),
      isotretinoinWashoutMonths: r.isotretinoinWashoutMonths,
      resultCheckMonths: r.resultCheckMonths,
      finalResultCheckMonths: Math.min(24, r.resultCheckMonths + r.extraFinalMonths),
      maintenance: {
        scarRevision: window(r.scarRevision),
        rejuvenation: window(r.rejuvenationMaintenance),
      },
      reminderLeadDays: r.reminderLeadDays,
      deferralReviewDays: r.deferralReviewDays,
      labelMinimumAgeYears: r.labelMinimumAgeYears,
      recentScarMonths: r.recentScarMonths,
      burnMaturityMonths: r.burnMaturityMonths,
      fillerToxinWaitDays: r.fillerToxinWaitDays,
      resurfacingWaitDays: r.resurfacingWaitDays,
      retinoidStopDays: r.retinoidStopDays,
      antiviralLeadDays: r.antiviralLeadDays,
      pihRiskFrom: r.pihRiskFrom,
    };
  });

const anyProtocolArb: fc.Arbitrary<Protocol> = fc.oneof(fc.constant(defaultProtocol), protocolArb);

const availabilityArb = (today: string): fc.Arbitrary<Availability> =>
  fc.record(
    {
      openWeekdays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
      closedDates: fc.array(dateNear(today), { maxLength: 30 }),
    },
    { requiredKeys: [] },
  );

/** Completed session dates: usually in order and in the past, sometimes any order. */
const completedArb = (today: string): fc.Arbitrary<string[]> =>
  fc.oneof(
    {
      arbitrary: fc
        .array(fc.integer({ min: 1, max: 500 }), { maxLength: 7 })
        .map((offsets) => offsets.map((days) => addDays(today, -days)).sort()),
      weight: 3,
    },
    { arbitrary: fc.array(dateNear(today), { maxLength: 7 }), weight: 1 },
  );

/** A local time of day, HH:MM. */
const timeArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hours, minutes]) => `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`);

/**
 * Appointments, at most one per session: for sessions done or not, within the estimate or beyond
 * it, on days past (missed) or ahead, on any weekday (open or not), with or without a time.
 */
const bookingsArb = (today: string): fc.Arbitrary<Booking[]> =>
  fc.uniqueArray(
    fc.record(
      {
        session: fc.integer({ min: 1, max: 10 }),
        on: fc.oneof(
          { arbitrary: fc.integer({ min: 0, max: 200 }).map((days) => addDays(today, days)), weight: 3 },
          { arbitrary: dateNear(today), weight: 1 },
        ),
        time: timeArb,
      },
      { requiredKeys: ["session", "on"] },
    ),
    { maxLength: 4, selector: (booking) => booking.session },
  );

interface Case {
  readonly today: string;
  readonly patient: Patient;
  readonly completed: string[];
  readonly booked: Booking[];
  readonly startOn: string | undefined;
  readonly lastMaintenanceOn: string | undefined;
  readonly sessionCount: number | undefined;
  readonly horizonDays: number | undefined;
  readonly availability: Availability | undefined;
  readonly protocol: Protocol;
}

const caseArb: fc.Arbitrary<Case> = anyDateArb
  .chain((today) =>
    fc.record({
      today: fc.constant(today),
      patient: patientArb(today),
      completed: completedArb(today),
      booked: bookingsArb(today),
      startOn: fc.option(dateNear(today), { nil: undefined }),
      lastMaintenanceOn: fc.option(dateNear(today), { nil: undefined }),
      sessionCount: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      horizonDays: fc.option(fc.integer({ min: 0, max: 3660 }), { nil: undefined }),
      availability: fc.option(availabilityArb(today), { nil: undefined }),
      protocol: anyProtocolArb,
    }),
  )
  .filter((c) => !reachesPlannedZero(c.patient, c));

const optionsOf = (c: Case): PlanTreatmentOptions => ({
  today: c.today,
  startOn: c.startOn,
  completed: c.completed,
  booked: c.booked,
  lastMaintenanceOn: c.lastMaintenanceOn,
  sessionCount: c.sessionCount,
  horizonDays: c.horizonDays,
  availability: c.availability,
  protocol: c.protocol,
});

/** A patient and a date to assess them on. */
const assessedArb = anyDateArb.chain((today) =>
  fc.record({ today: fc.constant(today), patient: patientArb(today), protocol: anyProtocolArb }),
);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const rank = (status: EligibilityStatus): number => ELIGIBILITY_STATUSES.indexOf(status);

/** The date a session was done: only a `done` session has one. */
const doneOf = (s: SessionWindow): string | undefined => (s.status === "done" ? s.doneOn : undefined);
/**
 * The day the next session counts from: the day a session was done; the day it is booked for, or
 * the day of the session it follows when booked before it (out-of-order); else its planned day.
 */
function countsFrom(s: SessionWindow): string {
  if (s.status === "done") return s.doneOn;
  if (s.status !== "booked") return s.due;
  const outOfOrder = s.flags.find(
    (f): f is Extract<SessionFlag, { code: "out-of-order" }> => f.code === "out-of-order",
  );
  return outOfOrder === undefined ? s.bookedOn : outOfOrder.params.previous;
}
/** The day a session was done or booked for: only a `done` or `booked` session has one. */
const dayOf = (s: SessionWindow): string | undefined =>
  s.status === "done" ? s.doneOn : s.status === "booked" ? s.bookedOn : undefined;

/** Open-day predicate of an availability, computed independently. */
function isOpenDay(availability: DeepReadonly<Availability> | undefined): (iso: string) => boolean {
  const open = new Set((availability?.openWeekdays ?? WEEKDAYS).map((day) => (WEEKDAYS.indexOf(day) + 1) % 7));
  const closed = new Set(availability?.closedDates ?? []);
  return (iso) => open.has(new Date(msOf(iso)).getUTCDay()) && !closed.has(iso);
}

const ICS_OPTIONS = { uidDomain: "clinic.example", dtstamp: "2026-11-24T09:30:05Z", calendarId: "c-prop" } as const;
const FHIR_PATIENT = "Patient/p-1";

/** The plan of a case, with extra options. */
function planOf(c: Case, extra: Partial<PlanTreatmentOptions> = {}): TreatmentPlan {
  return planTreatment(c.patient, { ...optionsOf(c), ...extra });
}

/** Restores the time zone when done, even on failure. */
function inTimeZone<T>(zone: string, run: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (before === undefined) Reflect.deleteProperty(process.env, "TZ");
    else process.env.TZ = before;
  }
}

/** The time-zone matrix, shared with scripts/test-tz.mjs. */
const ZONES = JSON.parse(readFileSync(new URL("./time-zones.json", import.meta.url), "utf8")) as readonly string[];

/** Offsets in minutes (Date#getTimezoneOffset) on 1 January 2026 at local midnight. */
const JANUARY_OFFSETS: Readonly<Record<(typeof ZONES)[number], number>> = {
  UTC: 0,
  "America/Sao_Paulo": 180,
  "Europe/London": 0,
  "Australia/Lord_Howe": -660,
  "Asia/Kolkata": -330,
  "Pacific/Chatham": -825,
  "Pacific/Kiritimati": -840,
};

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

/**
 * Every property here, with an explicit timeout: each runs its cases in well under a second
 * alone, but on a busy 2-core machine (the whole suite in parallel, coverage, mutation testing)
 * it may take many times that. A timeout is not a speed test: it only stops a hang.
 */
function prop<Ts extends [unknown, ...unknown[]]>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  parameters: fc.Parameters<Ts>,
  timeout = 60_000,
) {
  return property(arbitraries, parameters, { timeout });
}

describe("generators", () => {
  prop([protocolArb], { numRuns: 100 })(
    "generated protocols are accepted by protocolSchema and defineProtocol",
    (protocol) => {
      expect(protocolSchema.safeParse(protocol).success).toBe(true);
      // A complete protocol is taken as it is: a given sessionsByType replaces the default table.
      expect(defineProtocol(protocol)).toEqual(protocol);
    },
  );

  // defineProtocol takes a given sessionsByType table whole (it replaces the default one).
  it("defineProtocol takes a complete protocol as it is, sessionsByType included", () => {
    const severityOnly: Protocol = { ...defaultProtocol, id: "severity-only", version: "1", sessionsByType: {} };
    expect(defineProtocol(severityOnly)).toEqual(severityOnly);
  });
});

describe("eligibility", () => {
  const addedArb = anyDateArb.chain((today) =>
    fc.record({
      today: fc.constant(today),
      patient: patientArb(today),
      extra: fc.oneof(
        { arbitrary: factorArb(today), weight: 4 },
        {
          arbitrary: fc.string({ minLength: 1, maxLength: 20 }).map((code): FactorReport => ({ code })),
          weight: 1,
        },
      ),
      position: fc.nat(),
      protocol: anyProtocolArb,
    }),
  );

  prop([addedArb], { numRuns: 300 })(
    "status never improves when a factor is added",
    ({ today, patient, extra, position, protocol }) => {
      const before = assessEligibility(patient, { today, protocol });
      const factors = [...(patient.factors ?? [])];
      factors.splice(position % (factors.length + 1), 0, extra);
      const after = assessEligibility({ ...patient, factors }, { today, protocol });
      expect(rank(after.status)).toBeLessThanOrEqual(rank(before.status));
    },
  );

  prop([assessedArb], { numRuns: 300 })(
    "reassessOn: when deferred or contraindicated and every such finding ends (a deferral's until, a contraindication's resumeOn), the latest end, after today",
    ({ today, patient, protocol }) => {
      const result = assessEligibility(patient, { today, protocol });
      const deferrals = result.findings.filter((f) => f.effect === "deferred");
      if (result.status === "deferred") {
        expect(deferrals.length).toBeGreaterThan(0);
        for (const finding of deferrals) expect(finding.reason.length).toBeGreaterThan(0);
      }
      if (result.status !== "deferred" && result.status !== "contraindicated") {
        expect(result.reassessOn).toBeUndefined();
        return;
      }
      const ends = result.findings.flatMap((f) => {
        if (f.effect === "deferred") return ["until" in f.params ? f.params.until : undefined];
        if (f.effect === "contraindicated") return ["resumeOn" in f.params ? f.params.resumeOn : undefined];
        return [];
      });
      const computable = ends.every((end) => typeof end === "string");
      expect(result.reassessOn).toBe(computable ? maxOf(ends.map(String)) : undefined);
      if (result.reassessOn !== undefined) expect(result.reassessOn > today).toBe(true);
    },
  );

  /** Catalogued factors counted from their end (not from when a procedure was done). */
  const ENDING = FACTOR_CODES.filter((code) => FACTOR_CATALOGUE[code].wait === undefined);

  prop(
    [
      anyDateArb.chain((today) =>
        fc.tuple(fc.constant(today), fc.constantFrom(...ENDING), fc.integer({ min: 0, max: 400 }), fc.boolean()),
      ),
      anyProtocolArb,
    ],
    { numRuns: 300 },
  )(
    "an active report whose until has passed has ended: its history effect applies, a washout counting from it",
    ([today, code, daysAgo, explicitActive], protocol) => {
      const until = addDays(today, -daysAgo);
      const factor: FactorReport = explicitActive ? { code, status: "active", until } : { code, until };
      const result = assessEligibility(
        { goal: "rejuvenation", fitzpatrick: "I", factors: [factor] },
        { today, protocol },
      );
      const finding = result.findings.find((f) => f.kind === "factor");
      const entry = FACTOR_CATALOGUE[code];
      if (entry.washout === undefined) {
        expect(finding).toMatchObject({ reason: "ended", effect: entry.history, params: { until } });
      } else {
        const months = protocol[entry.washout];
        const end = addMonths(until, months);
        expect(finding).toMatchObject(
          end > today
            ? { reason: "washout", effect: "deferred", params: { lastDose: until, months, until: end } }
            : { reason: "washout-complete", effect: "info", params: { lastDose: until, months, until: end } },
        );
      }
      // Never read as contradictory data: the reassessment day is not a review.
      expect(finding?.reason).not.toBe("contradictory");
    },
  );

  prop([assessedArb], { numRuns: 300 })(
    "every finding cites known sources, has a message, and the worst finding decides the status",
    ({ today, patient, protocol }) => {
      const result = assessEligibility(patient, { today, protocol, messages: englishMessages });
      const known = new Set<string>(SOURCE_IDS);
      for (const finding of result.findings) {
        expect(finding.sources.length).toBeGreaterThan(0);
        for (const source of finding.sources) expect(known.has(source)).toBe(true);
        expect(finding.message?.trim().length).toBeGreaterThan(0);
      }
      const effectToStatus: Record<string, EligibilityStatus> = {
        contraindicated: "contraindicated",
        deferred: "deferred",
        "needs-review": "needs-review",
        precaution: "eligible-with-precautions",
        info: "eligible",
      };
      const worst = result.findings
        .map((f) => rank(effectToStatus[f.effect] ?? "eligible"))
        .reduce((a, b) => Math.min(a, b), rank("eligible"));
      expect(rank(result.status)).toBe(worst);
      expect(result.today).toBe(today);
      expect(result.protocolVersion).toBe(protocol.version);
    },
  );

  /** A factor that must send the patient to review: other, unknown code, or contradictory dates. */
  const suspectFactor = (today: string): fc.Arbitrary<{ factor: FactorReport; reason: string }> =>
    fc.oneof(
      otherFactor(today).map((factor) => ({ factor, reason: "other" })),
      fc
        .string({ minLength: 1, maxLength: 100 })
        .filter((code) => code !== OTHER_FACTOR_CODE && !(FACTOR_CODES as readonly string[]).includes(code))
        .map((code) => ({ factor: { code }, reason: "unknown-code" })),
      fc
        .record({
          code: fc.constantFrom(...FACTOR_CODES),
          kind: fc.constantFrom("since-in-future", "since-after-until", "history-ends-in-future"),
          a: fc.integer({ min: 1, max: 400 }),
          b: fc.integer({ min: 1, max: 400 }),
          explicitActive: fc.boolean(),
        })
        .map(({ code, kind, a, b, explicitActive }): { factor: FactorReport; reason: string } => {
          const active = explicitActive ? { status: "active" as const } : {};
          switch (kind) {
            case "since-in-future":
              return { factor: { code, since: addDays(today, a) }, reason: "contradictory" };
            case "since-after-until":
              return {
                factor: { code, ...active, since: addDays(today, -a), until: addDays(today, -a - b) },
                reason: "contradictory",
              };
            default:
              return { factor: { code, status: "history", until: addDays(today, a) }, reason: "contradictory" };
          }
        }),
    );

  prop(
    [
      anyDateArb.chain((today) => fc.tuple(fc.constant(today), patientArb(today), suspectFactor(today), fc.nat())),
      anyProtocolArb,
    ],
    { numRuns: 300 },
  )(
    "never eligible (at most needs-review) with an other, unknown or contradictory factor",
    ([today, patient, { factor, reason }, position], protocol) => {
      const factors = [...(patient.factors ?? [])];
      const index = position % (factors.length + 1);
      factors.splice(index, 0, factor);
      const result = assessEligibility({ ...patient, factors }, { today, protocol });
      expect(result.status).not.toBe("eligible");
      expect(rank(result.status)).toBeLessThanOrEqual(rank("needs-review"));
      const finding = result.findings.find((f) => f.kind === "factor" && f.index === index);
      expect(finding?.reason).toBe(reason);
      expect(finding?.effect).toBe("needs-review");
    },
  );
});

describe("session estimates", () => {
  /** A scar of any type, graded by a label, a Goodman grade (acne scars only), both or neither. */
  const gradedScar: fc.Arbitrary<Scar> = fc.oneof(
    fc.record(
      {
        type: fc.constant("boxcar" as const),
        depth: fc.constantFrom(...BOXCAR_DEPTHS),
        severity: fc.constantFrom(...SEVERITIES),
        goodmanGrade: fc.constantFrom(...GOODMAN_GRADES),
      },
      { requiredKeys: ["type"] },
    ),
    fc.record(
      {
        type: fc.constantFrom(...ACNE_NOT_BOXCAR),
        severity: fc.constantFrom(...SEVERITIES),
        goodmanGrade: fc.constantFrom(...GOODMAN_GRADES),
      },
      { requiredKeys: ["type"] },
    ),
    fc.record(
      { type: fc.constantFrom(...NOT_ACNE), severity: fc.constantFrom(...SEVERITIES) },
      { requiredKeys: ["type"] },
    ),
  );

  prop(
    [
      fc.array(gradedScar, { minLength: 1, maxLength: 5 }),
      fc.nat(),
      fc.constantFrom(...SEVERITIES),
      fc.constantFrom(...SEVERITIES),
      gradedScar,
      fc.constantFrom(...FITZPATRICK_TYPES),
      anyProtocolArb,
    ],
    { numRuns: 300 },
  )(
    "estimateSessions is monotone in severity: raising a scar's severity or adding a graded scar never lowers it",
    (scars, position, s1, s2, added, fitzpatrick, protocol) => {
      const [low, high] = SEVERITIES.indexOf(s1) <= SEVERITIES.indexOf(s2) ? [s1, s2] : [s2, s1];

      const index = position % scars.length;
      const withSeverity = (severity: Severity): Scar[] =>
        scars.map((scar, i) => (i === index ? { ...scar, severity } : scar));
      const estimate = (scarList: Scar[]) =>
        estimateSessions({ goal: "scar-revision", fitzpatrick, scars: scarList }, { protocol });
      const lower = estimate(withSeverity(low));
      const higher = estimate(withSeverity(high));
      const more = estimate([...withSeverity(low), added]);
      // Mixed scars take the worst range, by typical then max: never lower in that order.
      const rank = (e: { typical: number; max: number }) => e.typical * 100 + e.max;
      expect(rank(higher)).toBeGreaterThanOrEqual(rank(lower));
      expect(rank(more)).toBeGreaterThanOrEqual(rank(lower));
      // Without a type of its own range, the severity table rises in every count.
      const own = (list: readonly Scar[]) => list.some((scar) => protocol.sessionsByType[scar.type] !== undefined);
      if (!own([...scars, added])) {
        for (const key of ["min", "typical", "max"] as const) {
          expect(higher[key]).toBeGreaterThanOrEqual(lower[key]);
          expect(more[key]).toBeGreaterThanOrEqual(lower[key]);
        }
      }
      for (const estimate of [lower, higher, more]) {
        expect(estimate.min).toBeLessThanOrEqual(estimate.typical);
        expect(estimate.typical).toBeLessThanOrEqual(estimate.max);
        // A scar with a severity is graded: never macular-only or unknown.
        expect([...SEVERITIES, "scar-type"]).toContain(estimate.basis);
        expect(estimate.scarType === undefined).toBe(estimate.basis !== "scar-type");
        if (estimate.scarType !== undefined) expect(protocol.sessionsByType[estimate.scarType]).toBeDefined();
      }
    },
  );
});

describe("session windows", () => {
  const sessionInputArb: fc.Arbitrary<{
    readonly course: Course & { readonly completed: string[] };
    readonly options: PlanSessionsOptions & { readonly protocol: Protocol };
  }> = anyDateArb.chain((today) =>
    fc.record({
      course: fc.record({
        sessionCount: fc.integer({ min: 1, max: 12 }),
        startOn: dateNear(today),
        completed: completedArb(today),
      }),
      options: fc.record({
        today: fc.constant(today),
        notBefore: fc.option(dateNear(today), { nil: undefined }),
        protocol: anyProtocolArb,
        availability: fc.option(availabilityArb(today), { nil: undefined }),
      }),
    }),
  );

  prop([sessionInputArb], { numRuns: 300 })(
    "planSessions windows are ordered and each opens min and closes max weeks after the previous session",
    ({ course, options }) => {
      const windows = planSessions(course, options);
      const input = { ...course, ...options };
      const { completed, today, protocol } = input;
      const minDays = protocol.interval.minWeeks * 7;
      const maxDays = protocol.interval.maxWeeks * 7;
      const widthDays = maxDays - minDays;
      const isOpen = isOpenDay(input.availability);

      expect(windows.map((w) => w.number)).toEqual(
        Array.from({ length: Math.max(input.sessionCount, completed.length) }, (_, i) => i + 1),
      );
      const lastDone = maxOf(completed);
      let previous: SessionWindow | undefined;
      windows.forEach((w, i) => {
        const doneOn = completed[i];
        if (doneOn !== undefined) {
          // Done sessions keep their date; their window counts from the session listed before.
          const prior = completed[i - 1];
          expect(w.status).toBe("done");
          expect(doneOf(w)).toBe(doneOn);
          expect(w.earliest).toBe(prior === undefined ? input.startOn : addDays(prior, minDays));
          expect(w.latest).toBe(prior === undefined ? addDays(input.startOn, widthDays) : addDays(prior, maxDays));
          const seen = maxOf(completed.slice(0, i));
          const codes = w.flags.map((f) => f.code);
          expect(codes.includes("out-of-order")).toBe(seen !== undefined && doneOn < seen);
          expect(codes.includes("in-future")).toBe(doneOn > today);
          expect(codes.includes("beyond-estimate")).toBe(i + 1 > input.sessionCount);
        } else {
          expect(w).not.toHaveProperty("doneOn");
          expect(w.status).not.toBe("done");
          if (i === completed.length) {
            // The next session counts from the most recent completed date, not the last one listed.
            let earliest = lastDone === undefined ? input.startOn : addDays(lastDone, minDays);
            let latest = lastDone === undefined ? addDays(input.startOn, widthDays) : addDays(lastDone, maxDays);
            const deferred = input.notBefore !== undefined && earliest < input.notBefore;
            if (input.notBefore !== undefined && deferred) {
              earliest = input.notBefore;
              latest = later(latest, addDays(input.notBefore, widthDays));
            }
            expect(w.flags.some((f) => f.code === "deferred")).toBe(deferred);
            let status: SessionStatus = earliest <= today ? "due" : "upcoming";
            if (latest < today) {
              expect(w.flags.find((f) => f.code === "late")?.params).toEqual({
                daysLate: dayDiff(latest, today),
                windowClosedOn: latest,
              });
              earliest = today;
              latest = addDays(today, widthDays);
              status = "overdue";
            }
            expect([w.status, w.earliest, w.latest]).toEqual([status, earliest, latest]);
            if (lastDone !== undefined) expect(w.due > lastDone).toBe(true);
          } else {
            // Later sessions: min..max weeks after the previous session's due date.
            if (previous === undefined) throw new Error("a later session has no previous one");
            expect(w.status).toBe("upcoming");
            expect(dayDiff(previous.due, w.earliest)).toBe(minDays);
            expect(dayDiff(previous.due, w.latest)).toBe(maxDays);
            expect(w.due > previous.due).toBe(true);
          }
          // due: the first open day from max(earliest, today) in the window, never before today.
          expect(w.due >= today).toBe(true);
          expect(w.earliest <= w.due && w.due <= w.latest).toBe(true);
          const from = later(w.earliest, today);
          const noOpenDay = w.flags.some((f) => f.code === "no-open-day");
          if (noOpenDay) {
            expect(w.due).toBe(from);
            for (let d = from; d <= w.latest; d = addDays(d, 1)) expect(isOpen(d)).toBe(false);
          } else {
            expect(isOpen(w.due)).toBe(true);
            for (let d = from; d < w.due; d = addDays(d, 1)) expect(isOpen(d)).toBe(false);
          }
        }
        previous = w;
      });
    },
  );
});

describe("maintenance", () => {
  prop([anyDateArb, fc.option(anyDateArb, { nil: undefined }), fc.constantFrom(...TREATMENT_GOALS), anyProtocolArb], {
    numRuns: 300,
  })(
    "planMaintenance opens after the course end: after < earliest <= due <= latest",
    (courseEndedOn, lastMaintenanceOn, goal, protocol) => {
      const window = planMaintenance({ goal, courseEndedOn, lastMaintenanceOn }, { protocol });
      const after = lastMaintenanceOn === undefined ? courseEndedOn : later(courseEndedOn, lastMaintenanceOn);
      expect(window.after).toBe(after);
      expect(window.earliest > courseEndedOn).toBe(true);
      expect(window.earliest > after).toBe(true);
      expect(window.earliest <= window.due && window.due <= window.latest).toBe(true);
      expect(window.projected).toBe(false);
      for (const source of window.sources) expect(SOURCE_IDS).toContain(source);
    },
  );

  prop([caseArb], { numRuns: 200 })(
    "planTreatment's maintenance opens after the last session and never before a deferral ends",
    (c) => {
      const plan = planOf(c);
      const m = plan.maintenance;
      if (m === undefined) return;
      const sessionCount = c.sessionCount ?? plan.estimate.typical;
      // A session booked ahead (beyond the planned count too) keeps the course open.
      const finished = c.completed.length >= sessionCount && !plan.sessions.some((s) => s.status === "booked");
      expect(m.projected).toBe(!finished);
      const lastSessionOn = finished ? maxOf(c.completed) : plan.sessions.at(-1)?.due;
      if (lastSessionOn === undefined) throw new Error("maintenance without a last session");
      // It counts from the later of the course end and the last maintenance.
      expect(m.after).toBe(
        c.lastMaintenanceOn === undefined ? lastSessionOn : later(lastSessionOn, c.lastMaintenanceOn),
      );
      expect(m.earliest > lastSessionOn && m.earliest > m.after).toBe(true);
      expect(m.earliest <= m.due && m.due <= m.latest).toBe(true);
      // Contraindicated: maintenance only when the contraindication ends on a known day.
      if (plan.eligibility.status === "contraindicated") expect(plan.eligibility.reassessOn).toBeDefined();
      if (plan.eligibility.reassessOn !== undefined) expect(m.earliest >= plan.eligibility.reassessOn).toBe(true);
    },
  );
});

describe("whole plans", () => {
  // Eight plans and exports per case (UTC and each zone of the matrix): a longer timeout.
  prop(
    [caseArb, fc.integer({ min: 0, max: 400 }), fc.integer({ min: -30, max: 400 })],
    { numRuns: 100 },
    120_000,
  )(
    "the plan is identical in every time zone of the matrix, bookings, replan and checkBooking included",
    (c, days, on) => {
      const exported = () => {
        const plan = planOf(c);
        return {
          plan,
          ics: toICalendar(plan, ICS_OPTIONS),
          fhir: toFhirCarePlan(plan, { patient: FHIR_PATIENT }),
          replanned: replan(plan, { today: addDays(c.today, days) }),
          check: checkBooking(plan, { on: addDays(c.today, on), messages: englishMessages }),
          reminders: planReminders(plan, { today: addDays(c.today, days) }),
        };
      };
      const reference = inTimeZone("UTC", exported);
      const offsets = new Set<number>();
      for (const zone of ZONES) {
        inTimeZone(zone, () => {
          // Node applies a TZ change at run time: prove the zone really changed.
          const offset = new Date(2026, 0, 1).getTimezoneOffset();
          expect(offset, zone).toBe(JANUARY_OFFSETS[zone]);
          offsets.add(offset);
          expect(exported(), zone).toEqual(reference);
        });
      }
      expect(offsets.size).toBeGreaterThan(1);
    },
  );

  prop([caseArb], { numRuns: 150 })("inputs are deep-equal after every call (deep-frozen)", (c) => {
    const options = optionsOf(c);
    const patient = structuredClone(c.patient);
    const plan = planOf(c);
    const copies = structuredClone({ patient, options, plan });
    const frozenPatient = frozen(patient);
    const frozenOptions = frozen({ ...options, protocol: structuredClone(c.protocol) });
    const frozenPlan = frozen(structuredClone(plan));
    const protocol = frozenOptions.protocol;
    const month = addDays(c.today, 30);

    assessEligibility(frozenPatient, frozen({ today: c.today, protocol }));
    estimateSessions(frozenPatient, frozen({ protocol }));
    planSessions(
      frozen({
        sessionCount: c.sessionCount ?? 3,
        startOn: c.startOn ?? c.today,
        completed: frozenOptions.completed,
        booked: frozenOptions.booked,
      }),
      frozen({ today: c.today, notBefore: c.lastMaintenanceOn, availability: frozenOptions.availability, protocol }),
    );
    planMaintenance(
      frozen({ goal: c.patient.goal, courseEndedOn: c.today, lastMaintenanceOn: c.lastMaintenanceOn }),
      frozen({ protocol }),
    );
    planReminders(frozenPlan, frozen({ today: c.today, horizonDays: 400 }));
    planTreatment(frozenPatient, frozenOptions);
    replan(
      frozenPlan,
      frozen({
        today: month,
        patient: frozenPatient,
        completed: frozenOptions.completed,
        booked: frozenOptions.booked,
        availability: frozenOptions.availability,
        protocol,
      }),
    );
    checkBooking(frozenPlan, frozen({ on: month, messages: englishMessages }));
    checkBooking(frozenPlan, frozen({ on: month, today: addDays(c.today, 1), visit: "maintenance" as const }));
    toICalendar(frozenPlan, frozen({ ...ICS_OPTIONS }));
    toFhirCarePlan(frozenPlan, frozen({ patient: FHIR_PATIENT }));

    expect(frozenPatient).toEqual(copies.patient);
    expect(frozenOptions).toEqual({ ...copies.options, protocol: c.protocol });
    expect(frozenPlan).toEqual(copies.plan);
  });

  prop([caseArb], { numRuns: 200 })(
    "determinism and JSON round trip: same input gives the same plan; treatmentPlanSchema parses it back unchanged",
    (c) => {
      const first = planOf(c);
      const second = planTreatment(structuredClone(c.patient), structuredClone(optionsOf(c)));
      expect(second).toStrictEqual(first);
      expect(treatmentPlanSchema.parse(JSON.parse(JSON.stringify(first)))).toStrictEqual(first);
    },
  );

  prop([caseArb], { numRuns: 100 })(
    "a message layer only adds text: with englishMessages the plan is the plain plan plus a message on each finding and reminder",
    (c) => {
      const plain = planOf(c);
      const english = planTreatment(c.patient, { ...optionsOf(c), messages: englishMessages });
      expect(english).toStrictEqual({
        ...plain,
        eligibility: {
          ...plain.eligibility,
          findings: plain.eligibility.findings.map((f) => ({ ...f, message: englishMessages.finding(f) })),
        },
        reminders: plain.reminders.map((r) => ({ ...r, message: englishMessages.reminder(r) })),
      });
      for (const text of [...english.eligibility.findings, ...english.reminders].map((x) => x.message)) {
        expect(text?.trim().length).toBeGreaterThan(0);
      }
    },
  );

  prop([caseArb], { numRuns: 200 })("reminders are sorted, within the horizon, and never before today", (c) => {
    const plan = planOf(c);
    const horizonDays = c.horizonDays ?? 90;
    const horizon = addDays(c.today, horizonDays);
    const keys = plan.reminders.map((r) => `${r.remindOn} ${r.dueOn}`);
    expect(keys).toEqual([...keys].sort());
    for (const reminder of plan.reminders) {
      expect(reminder.remindOn >= c.today && reminder.remindOn <= horizon).toBe(true);
      // Reminded ahead of the due date; an overdue session or a maintenance window still open past
      // its due date is reminded of today. Photographs and aftercare are on the day itself.
      if (reminder.remindOn > reminder.dueOn) {
        expect(reminder.remindOn).toBe(c.today);
        expect(["session-overdue", "maintenance-due"]).toContain(reminder.kind);
      }
      if (reminder.kind === "photo" || reminder.kind === "post-care") expect(reminder.remindOn).toBe(reminder.dueOn);
      expect(reminder).not.toHaveProperty("message");
    }
    const pending = plan.sessions.filter((s) => s.status !== "done");
    // Nothing is planned for a patient who cannot be treated with no known end.
    const blocked = plan.eligibility.status === "contraindicated" || plan.eligibility.status === "deferred";
    if (blocked && plan.eligibility.reassessOn === undefined) expect(pending).toEqual([]);
    // Planned from the day treatment may resume, when known (a session booked before that day
    // moves those after it: see the report of issue 12 and tests/bookings.test.ts).
    const { reassessOn } = plan.eligibility;
    if (blocked && reassessOn !== undefined) {
      const bookedEarly = pending.some((s) => s.status === "booked" && s.bookedOn < reassessOn);
      pending.forEach((s, i) => {
        if (i === 0 || !bookedEarly) expect(s.earliest >= reassessOn).toBe(true);
      });
    }
    // One appointment reminder per booked session (within the horizon), lead days ahead, with its
    // time; sorted by date (a session booked out of order comes before the one it follows).
    const lead = c.protocol.reminderLeadDays;
    const appointments = plan.sessions
      .flatMap((s) => {
        if (s.status !== "booked") return [];
        const remindOn = later(c.today, addDays(s.bookedOn, -lead));
        if (remindOn > horizon) return [];
        const reminder = { kind: "appointment", remindOn, dueOn: s.bookedOn, session: s.number };
        return [s.time === undefined ? reminder : { ...reminder, time: s.time }];
      })
      .sort((a, b) => byText(a.remindOn, b.remindOn) || byText(a.dueOn, b.dueOn) || a.session - b.session);
    expect(plan.reminders.filter((r) => r.kind === "appointment")).toEqual(appointments);
    // A deferral with no end date is reviewed deferralReviewDays after today (when within the horizon).
    const review = addDays(c.today, c.protocol.deferralReviewDays);
    const reviewed =
      plan.eligibility.status === "deferred" &&
      plan.eligibility.reassessOn === undefined &&
      c.protocol.deferralReviewDays <= horizonDays;
    expect(plan.reminders.filter((r) => r.kind === "deferral-review")).toEqual(
      reviewed ? [{ kind: "deferral-review", remindOn: review, dueOn: review }] : [],
    );
    // planReminders re-plans the plan: for its own today it gives the plan's reminders.
    expect(planReminders(plan, { today: c.today })).toStrictEqual(plan.reminders);
    expect(planReminders(plan, { today: c.today, horizonDays })).toStrictEqual(plan.reminders);
  });

  prop([caseArb, fc.integer({ min: 0, max: 1000 }), fc.option(fc.integer({ min: 0, max: 3660 }), { nil: undefined })], {
    numRuns: 200,
  })(
    "planReminders on a later day: the re-planned plan's reminders, none before that day nor past its horizon",
    (c, days, horizonDays) => {
      const plan = planOf(c);
      const today = addDays(c.today, days);
      if (today > "2999-12-31") return;
      const reminders = planReminders(plan, { today, horizonDays });
      const horizon = addDays(today, horizonDays ?? c.horizonDays ?? 90);
      for (const reminder of reminders) expect(reminder.remindOn >= today && reminder.remindOn <= horizon).toBe(true);
      expect(reminders).toStrictEqual(replan(plan, { today, horizonDays }).reminders);
      const keys = reminders.map((r) => `${r.remindOn} ${r.dueOn}`);
      expect(keys).toEqual([...keys].sort());
    },
  );

  prop([caseArb], { numRuns: 150 })("the iCalendar export round-trips the plan through ical.js", (c) => {
    const plan = planOf(c);
    const calendar = ICAL.Component.fromString(toICalendar(plan, ICS_OPTIONS));
    expect(calendar.getFirstPropertyValue("prodid")).toBe(
      `-//microneedling-planner//microneedling-planner ${plan.madeBy.version}//EN`,
    );
    expect(calendar.getFirstPropertyValue("x-microneedling-protocol")).toBe(`${c.protocol.id}@${c.protocol.version}`);
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      const alarm = vevent.getFirstSubcomponent("valarm");
      const trigger = alarm?.getFirstPropertyValue("trigger") as ICAL.Duration | undefined;
      return {
        uid: event.uid,
        summary: event.summary,
        allDay: event.startDate.isDate && event.endDate.isDate,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        status: String(vevent.getFirstPropertyValue("status")),
        alarmDays: trigger === undefined ? undefined : trigger.toSeconds() / 86_400,
      };
    });
    // Each alarm fires the protocol's lead days before the day due, never before the plan's today,
    // counted from the event's start.
    const alarmDays = (start: string, due: string) =>
      dayDiff(start, later(plan.today, addDays(due, -c.protocol.reminderLeadDays)));
    const expected = plan.sessions.map((s) => {
      const fields = {
        uid: `c-prop-session-${String(s.number)}@clinic.example`,
        summary: `Microneedling session ${String(s.number)} of ${String(plan.sessions.length)}`,
      };
      switch (s.status) {
        case "done":
          return { ...fields, allDay: true, start: s.doneOn, end: addDays(s.doneOn, 1), status: "CONFIRMED" };
        case "booked": {
          // Booked with a time: a floating local date-time without DTEND (it ends as it starts).
          const start = s.time === undefined ? s.bookedOn : `${s.bookedOn}T${s.time}:00`;
          const end = s.time === undefined ? addDays(s.bookedOn, 1) : start;
          const alarm = alarmDays(s.bookedOn, s.bookedOn);
          return { ...fields, allDay: s.time === undefined, start, end, status: "CONFIRMED", alarmDays: alarm };
        }
        default:
          return {
            ...fields,
            allDay: true,
            start: s.earliest,
            end: addDays(s.latest, 1),
            status: "TENTATIVE",
            alarmDays: alarmDays(s.earliest, s.due),
          };
      }
    });
    const m = plan.maintenance;
    if (m !== undefined) {
      expected.push({
        uid: "c-prop-maintenance@clinic.example",
        summary: "Microneedling maintenance",
        allDay: true,
        start: m.earliest,
        end: addDays(m.latest, 1),
        status: "TENTATIVE",
        alarmDays: alarmDays(m.earliest, m.due),
      });
    }
    expect(events).toEqual(expected.map((event) => ({ alarmDays: undefined, ...event })));
  });

  prop([caseArb], { numRuns: 200 })(
    "the FHIR export has one activity per session and maintenance, with each window and the documented statuses",
    (c) => {
      const plan = planOf(c);
      const carePlan = toFhirCarePlan(plan, { patient: FHIR_PATIENT });
      const activityStatus: Record<SessionStatus, string> = {
        done: "completed",
        booked: "scheduled",
        due: "not-started",
        upcoming: "not-started",
        overdue: "not-started",
      };
      const planStatus: Record<EligibilityStatus, string> = {
        contraindicated: "revoked",
        deferred: "on-hold",
        "needs-review": "draft",
        "eligible-with-precautions": "active",
        eligible: "active",
      };
      expect(carePlan.meta).toEqual({ source: `urn:microneedling-planner:library:${plan.madeBy.version}` });
      expect(carePlan.instantiatesUri).toEqual([
        `urn:microneedling-planner:protocol:${c.protocol.id}:${c.protocol.version}`,
      ]);
      expect(carePlan.activity).toHaveLength(plan.sessions.length + (plan.maintenance === undefined ? 0 : 1));
      plan.sessions.forEach((session, i) => {
        const detail = carePlan.activity[i]?.detail;
        expect(detail?.scheduledPeriod).toEqual(
          session.status === "booked"
            ? { start: session.bookedOn, end: session.bookedOn }
            : { start: session.earliest, end: session.latest },
        );
        expect(detail?.status).toBe(activityStatus[session.status]);
        expect(detail?.statusReason !== undefined).toBe(session.status === "overdue");
      });
      if (plan.maintenance !== undefined) {
        const repeat = carePlan.activity.at(-1)?.detail.scheduledTiming?.repeat;
        expect(repeat?.boundsPeriod).toEqual({ start: plan.maintenance.earliest });
      }
      const finished = plan.sessions.length > 0 && plan.sessions.every((s) => s.status === "done");
      // Contraindicated until a known day (isotretinoin with a planned last dose): on hold.
      const onHold = plan.eligibility.status === "contraindicated" && plan.eligibility.reassessOn !== undefined;
      expect(carePlan.status).toBe(finished ? "completed" : onHold ? "on-hold" : planStatus[plan.eligibility.status]);
      expect(carePlan.created).toBe(c.today);
      expect(carePlan.subject).toEqual({ reference: FHIR_PATIENT });
      if (plan.sessions.length > 0) {
        // The period spans the windows and the days sessions were done or booked for: each starts
        // on that day (else its window's earliest) and ends on its window's latest, or that day when later.
        const starts = plan.sessions.map((s) => dayOf(s) ?? s.earliest);
        const ends = plan.sessions.map((s) => later(dayOf(s) ?? s.latest, s.latest));
        expect(carePlan.period).toEqual({ start: [...starts].sort()[0], end: maxOf(ends) });
      } else {
        expect(carePlan.period).toBeUndefined();
      }
    },
  );

  prop([anyDateArb.chain(patientArb)], { numRuns: 300 })(
    "parsePatient(JSON round trip) deep-equals every generated valid patient",
    (patient) => {
      // fc.record may build null-prototype objects: compare with a plain-prototype copy.
      expect(parsePatient(JSON.parse(JSON.stringify(patient)))).toStrictEqual(structuredClone(patient));
    },
  );
});

describe("care and photo reminders", () => {
  /** The pending sessions that get reminders, with their day: booked, or planned and not yet closed. */
  const sessionDays = (plan: TreatmentPlan): { number: number; day: string }[] =>
    plan.sessions.flatMap((s) => {
      if (s.status === "booked") return [{ number: s.number, day: s.bookedOn }];
      if (s.status === "done" || s.latest < plan.today) return [];
      return [{ number: s.number, day: s.due }];
    });

  /**
   * The care steps the patient's factors ask for on `today` (independent of src): stop topical
   * retinoids while taken (active, not ended); antiviral prophylaxis for any cold-sore report.
   */
  /** The care steps a patient's factors ask for: the step's lead days and the day it ends (if any). */
  const careSteps = (
    patient: Patient,
    today: string,
    protocol: Protocol,
  ): Map<PreCareReminder["step"], { lead: number; until: string | undefined }> => {
    const steps = new Map<PreCareReminder["step"], { lead: number; until: string | undefined }>();
    for (const factor of patient.factors ?? []) {
      const taking = (factor.status ?? "active") === "active" && (factor.until === undefined || factor.until > today);
      if (factor.code === "topical-retinoids" && taking) {
        // Reported twice: the step lasts as long as the longest report (no end wins).
        const known = steps.get("stop-retinoids");
        const until =
          known === undefined
            ? factor.until
            : known.until === undefined || factor.until === undefined
              ? undefined
              : [known.until, factor.until].sort()[1];
        steps.set("stop-retinoids", { lead: protocol.retinoidStopDays, until });
      }
      if (factor.code === "herpes-simplex") {
        steps.set("antiviral-prophylaxis", { lead: protocol.antiviralLeadDays, until: undefined });
      }
    }
    return steps;
  };

  prop([caseArb, fc.integer({ min: 0, max: 500 }), fc.option(fc.integer({ min: 0, max: 3660 }), { nil: undefined })], {
    numRuns: 200,
  })(
    "no reminder of any kind falls before today or past the horizon, on the plan's day or a later one",
    (c, days, horizonDays) => {
      const plan = planOf(c);
      const today = addDays(c.today, days);
      for (const [day, reminders, horizon] of [
        [c.today, plan.reminders, c.horizonDays ?? 90],
        [today, planReminders(plan, { today, horizonDays }), horizonDays ?? c.horizonDays ?? 90],
      ] as const) {
        for (const reminder of reminders) {
          expect(reminder.remindOn >= day, reminder.kind).toBe(true);
          expect(reminder.remindOn <= addDays(day, horizon), reminder.kind).toBe(true);
          // Only a maintenance window still open past its due day is reminded after that day.
          if (reminder.remindOn > reminder.dueOn)
            expect([reminder.kind, reminder.remindOn]).toEqual(["maintenance-due", day]);
        }
      }
    },
  );

  prop([caseArb], { numRuns: 200 })(
    "every pending session day within the horizon has exactly one photo and one post-care reminder; result checks have their photo",
    (c) => {
      const plan = planOf(c);
      const horizon = addDays(c.today, c.horizonDays ?? 90);
      const within = sessionDays(plan).filter(({ day }) => day <= horizon);
      const photos = plan.reminders.filter((r) => r.kind === "photo");
      const sessionPhotos = photos.filter((r) => r.checkpoint !== "result-check");
      expect(sessionPhotos).toEqual(
        within
          .map(({ number, day }) => ({
            kind: "photo",
            remindOn: day,
            dueOn: day,
            checkpoint: number === 1 ? "baseline" : "session",
            session: number,
          }))
          .sort((a, b) => byText(a.dueOn, b.dueOn) || a.session - b.session),
      );
      const postCare = plan.reminders.filter((r) => r.kind === "post-care");
      expect(postCare).toEqual(
        within
          .map(({ number, day }) => ({ kind: "post-care", remindOn: day, dueOn: day, session: number }))
          .sort((a, b) => byText(a.dueOn, b.dueOn) || a.session - b.session),
      );
      // One photo per result check day still ahead within the horizon, on its day, with no session
      // (a final check on the first one's day is one visit).
      const checks = [...new Set([plan.resultCheckOn, plan.finalResultCheckOn])].filter(
        (on): on is string => on !== undefined && on >= c.today && on <= horizon,
      );
      expect(photos.filter((r) => r.checkpoint === "result-check")).toEqual(
        checks.map((on) => ({ kind: "photo", remindOn: on, dueOn: on, checkpoint: "result-check" })),
      );
      // The final check is never before the first one, finalResultCheckMonths after the last session.
      if (plan.resultCheckOn !== undefined && plan.finalResultCheckOn !== undefined) {
        expect(plan.finalResultCheckOn >= plan.resultCheckOn).toBe(true);
      }
      expect(plan.finalResultCheckOn === undefined).toBe(plan.resultCheckOn === undefined);
    },
  );

  prop([caseArb], { numRuns: 200 })(
    "pre-care reminders only when a factor asks for them: one per step and pending session, its lead before the session's day",
    (c) => {
      const plan = planOf(c);
      const horizon = addDays(c.today, c.horizonDays ?? 90);
      const steps = careSteps(c.patient, c.today, c.protocol);
      const preCare = plan.reminders.filter((r): r is PreCareReminder => r.kind === "pre-care");
      if (steps.size === 0) expect(preCare).toEqual([]);
      // No care step before a session whose care would start on or after the day the factor ends.
      const expected = sessionDays(plan).flatMap(({ number, day }) =>
        [...steps]
          .filter(([, { lead, until }]) => until === undefined || addDays(day, -lead) < until)
          .map(([step, { lead }]) => ({
            kind: "pre-care" as const,
            remindOn: later(c.today, addDays(day, -lead)),
            dueOn: day,
            session: number,
            step,
          })),
      );
      const key = (r: PreCareReminder) => `${r.remindOn} ${r.dueOn} ${String(r.session).padStart(3, "0")} ${r.step}`;
      expect(preCare.map(key).sort()).toEqual(
        expected
          .filter((r) => r.remindOn <= horizon)
          .map(key)
          .sort(),
      );
    },
  );
});

describe("plans as durable records", () => {
  prop([caseArb, fc.boolean()], { numRuns: 200 })(
    "every plan is accepted by treatmentPlanSchema and round-trips through JSON and parseTreatmentPlan",
    (c, english) => {
      const plan = planOf(c, english ? { messages: englishMessages } : {});
      expect(treatmentPlanSchema.safeParse(plan).success).toBe(true);
      const stored = JSON.parse(JSON.stringify(plan)) as TreatmentPlan;
      expect(stored).toStrictEqual(plan);
      expect(parseTreatmentPlan(stored)).toStrictEqual(plan);
      expect(safeParseTreatmentPlan(stored)).toStrictEqual({ success: true, data: plan });
      // The stored plan, made again for its own today, is the plan.
      expect(replan(stored, { today: plan.today })).toStrictEqual(
        english ? planTreatment(c.patient, optionsOf(c)) : plan,
      );
    },
  );

  prop([caseArb], { numRuns: 200 })(
    "the plan records its maker, its whole protocol and its inputs, copied (nothing shared with the caller)",
    (c) => {
      const options = optionsOf(c);
      const plan = planOf(c);
      expect([plan.schemaVersion, plan.madeBy, plan.today]).toEqual([
        1,
        { name: "microneedling-planner", version: "0.0.0" },
        c.today,
      ]);
      expect(plan.protocol).toStrictEqual(structuredClone(c.protocol));
      expect(plan.eligibility.protocolVersion).toBe(c.protocol.version);
      const given = {
        startOn: c.startOn,
        lastMaintenanceOn: c.lastMaintenanceOn,
        sessionCount: c.sessionCount,
        availability: c.availability,
      };
      const expected: Record<string, unknown> = {
        patient: c.patient,
        completed: c.completed,
        booked: c.booked,
        horizonDays: c.horizonDays ?? 90,
      };
      for (const [key, value] of Object.entries(given)) if (value !== undefined) expected[key] = value;
      // Plain-prototype copies, without keys given as undefined.
      expect(plan.inputs).toStrictEqual(JSON.parse(JSON.stringify(expected)));
      // No object or array of the inputs is one of the caller's.
      const callers = new Set<unknown>();
      const collect = (value: unknown): void => {
        if (typeof value !== "object" || value === null || callers.has(value)) return;
        callers.add(value);
        for (const child of Object.values(value)) collect(child);
      };
      collect(c.patient);
      collect(options);
      const shared: string[] = [];
      const walk = (value: unknown, path: string): void => {
        if (typeof value !== "object" || value === null) return;
        if (callers.has(value)) shared.push(path);
        for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
      };
      walk(plan.inputs, "inputs");
      expect(shared).toEqual([]);
    },
  );

  /** What replan may be given instead of the stored inputs: any of them, or none. */
  const changesArb = (today: string) =>
    fc.record(
      {
        today: dateNear(today),
        patient: patientArb(today),
        startOn: dateNear(today),
        completed: completedArb(today),
        booked: bookingsArb(today),
        lastMaintenanceOn: dateNear(today),
        sessionCount: fc.integer({ min: 1, max: 12 }),
        horizonDays: fc.integer({ min: 0, max: 3660 }),
        protocol: anyProtocolArb,
        availability: availabilityArb(today),
      },
      { requiredKeys: ["today"] },
    );

  prop([caseArb.chain((c) => fc.tuple(fc.constant(c), changesArb(c.today)))], { numRuns: 200 })(
    "replan on a stored plan is planTreatment on the stored inputs with the given ones replacing them",
    ([c, changes]) => {
      const stored = JSON.parse(JSON.stringify(planOf(c))) as TreatmentPlan;
      const { patient = c.patient, ...options } = changes;
      const expected = planTreatment(patient, { ...optionsOf(c), ...options });
      expect(replan(stored, changes)).toStrictEqual(expected);
      // Only today given: the stored plan's inputs and protocol, for that day.
      expect(replan(stored, { today: changes.today })).toStrictEqual(
        planTreatment(c.patient, { ...optionsOf(c), today: changes.today }),
      );
    },
  );
});

describe("bookings", () => {
  const bookedCourseArb = anyDateArb.chain((today) =>
    fc.record({
      today: fc.constant(today),
      sessionCount: fc.integer({ min: 1, max: 8 }),
      startOn: dateNear(today),
      completed: completedArb(today),
      booked: bookingsArb(today),
      availability: fc.option(availabilityArb(today), { nil: undefined }),
      protocol: anyProtocolArb,
    }),
  );

  prop([bookedCourseArb], { numRuns: 300 })(
    "a booking for today or later books its session; one before today is a missed booking; done sessions ignore theirs",
    ({ today, sessionCount, startOn, completed, booked, availability, protocol }) => {
      const windows = planSessions({ sessionCount, startOn, completed, booked }, { today, availability, protocol });
      const pendingBookings = booked.filter((b) => b.session > completed.length);
      const count = Math.max(sessionCount, completed.length, ...pendingBookings.map((b) => b.session));
      expect(windows.map((w) => w.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      const isOpen = isOpenDay(availability);
      const minDays = protocol.interval.minWeeks * 7;
      windows.forEach((w, i) => {
        const booking = booked.find((b) => b.session === w.number);
        const codes = w.flags.map((f) => f.code);
        // Every session beyond the planned count is flagged (done, booked or pending), last.
        expect(w.flags.filter((f) => f.code === "beyond-estimate")).toEqual(
          w.number > sessionCount ? [{ code: "beyond-estimate", params: { planned: sessionCount } }] : [],
        );
        if (w.number > sessionCount) expect(codes.at(-1)).toBe("beyond-estimate");
        if (i < completed.length) {
          expect(w.status).toBe("done");
          expect(codes).not.toContain("missed-booking");
          return;
        }
        if (booking !== undefined && booking.on >= today) {
          expect(w).toMatchObject({ status: "booked", bookedOn: booking.on, due: booking.on });
          expect(w.status === "booked" ? w.time : undefined).toBe(booking.time);
          expect(codes.includes("closed-day")).toBe(!isOpen(booking.on));
          expect(codes).not.toContain("missed-booking");
          // Booked before the session it follows (the last one done, for the next session; else the
          // one before): out-of-order with that day; too-soon only for 0 <= days < minimum.
          const before = windows[i - 1];
          const anchor =
            i === completed.length ? maxOf(completed) : before === undefined ? undefined : countsFrom(before);
          expect(w.flags.filter((f) => f.code === "out-of-order")).toEqual(
            anchor !== undefined && booking.on < anchor ? [{ code: "out-of-order", params: { previous: anchor } }] : [],
          );
          const days = anchor === undefined ? undefined : dayDiff(anchor, booking.on);
          expect(w.flags.filter((f) => f.code === "too-soon")).toEqual(
            days !== undefined && days >= 0 && days < minDays
              ? [{ code: "too-soon", params: { days, minimumDays: minDays } }]
              : [],
          );
        } else {
          expect(["due", "upcoming", "overdue"]).toContain(w.status);
          expect(codes.includes("closed-day")).toBe(false);
          expect(w.flags.filter((f) => f.code === "missed-booking")).toEqual(
            booking === undefined ? [] : [{ code: "missed-booking", params: { on: booking.on } }],
          );
          expect(w.due >= today).toBe(true);
        }
        // The next window counts from the day the session before it was booked for (or, booked out
        // of order, from the later day of the session that one follows).
        const previous = windows[i - 1];
        if (previous?.status === "booked" && i > completed.length) {
          expect(countsFrom(previous) >= previous.bookedOn).toBe(true);
          expect(w.earliest).toBe(addDays(countsFrom(previous), minDays));
        }
      });
    },
  );
});

describe("checkBooking", () => {
  const EFFECT: Readonly<Record<BookingReason["code"], "blocks" | "warns">> = {
    "in-past": "blocks",
    "clinic-closed": "blocks",
    "not-eligible": "blocks",
    "needs-review": "warns",
    "too-soon": "blocks",
    late: "warns",
    "beyond-estimate": "warns",
    reassess: "warns",
    "course-complete": "blocks",
    "course-unfinished": "warns",
    "no-maintenance": "blocks",
    "maintenance-too-early": "blocks",
    "maintenance-late": "warns",
  };
  /** Any day from 1900 to 2999, or one near the plan's today. */
  const dayArb = (today: string): fc.Arbitrary<string> =>
    fc.oneof(
      { arbitrary: fc.integer({ min: -60, max: 500 }).map((days) => addDays(today, days)), weight: 3 },
      {
        arbitrary: fc
          .integer({ min: 0, max: dayDiff("1900-01-01", "2999-12-31") })
          .map((d) => addDays("1900-01-01", d)),
        weight: 1,
      },
      { arbitrary: fc.constantFrom("1900-01-01", "2999-12-31"), weight: 1 },
    );
  const checkArb = caseArb.chain((c) =>
    fc.tuple(
      fc.constant(c),
      fc.record(
        {
          on: dayArb(c.today),
          visit: fc.constantFrom("session" as const, "maintenance" as const),
          time: timeArb,
          today: dayArb(c.today),
          messages: fc.constant(englishMessages),
        },
        { requiredKeys: ["on"] },
      ),
    ),
  );

  prop([checkArb], { numRuns: 300 })(
    "never throws on a valid plan and any day 1900-2999; its status matches its reasons, blocking ones first",
    ([c, options]) => {
      const plan = planOf(c);
      const check = checkBooking(plan, options);
      expect(bookingCheckSchema.safeParse(check).success).toBe(true);
      const effects = check.reasons.map((r) => r.effect);
      expect(check.status).toBe(
        effects.includes("blocks") ? "blocked" : effects.length > 0 ? "allowed-with-warnings" : "allowed",
      );
      expect(effects).toEqual([...effects].sort()); // "blocks" < "warns"
      for (const reason of check.reasons) {
        expect(reason.effect).toBe(EFFECT[reason.code]);
        expect(reason.sources.length).toBeGreaterThan(0);
        for (const source of reason.sources) expect(SOURCE_IDS).toContain(source);
        const { message, ...bare } = reason;
        expect(message === undefined ? undefined : message).toBe(
          options.messages === undefined ? undefined : englishMessages.bookingReason(bare as BookingReason),
        );
      }
      const codes = check.reasons.map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect([check.on, check.time]).toEqual([options.on, options.time]);

      // Another today re-plans first.
      const today = options.today ?? plan.today;
      const current = today === plan.today ? plan : replan(plan, { today });
      if (options.today !== undefined) {
        const { today: _today, ...rest } = options;
        expect(check).toStrictEqual(checkBooking(current, rest));
      }
      const reason = <C extends BookingReason["code"]>(code: C) =>
        check.reasons.find((r): r is Extract<BookingReason, { code: C }> => r.code === code);
      expect(reason("in-past")?.params).toEqual(options.on < today ? { today } : undefined);
      expect(codes.includes("clinic-closed")).toBe(!isOpenDay(c.availability)(options.on));

      // Eligibility is assessed on the day proposed.
      const eligibility = assessEligibility(c.patient, {
        today: options.on,
        protocol: c.protocol,
        messages: options.messages,
      });
      expect(check.eligibility).toStrictEqual(eligibility);
      const blocked = eligibility.status === "contraindicated" || eligibility.status === "deferred";
      expect(reason("not-eligible")?.params).toEqual(
        blocked ? JSON.parse(JSON.stringify({ status: eligibility.status, until: eligibility.reassessOn })) : undefined,
      );
      expect(codes.includes("needs-review")).toBe(eligibility.status === "needs-review");

      // The visit, and the session it would be.
      const pending = current.sessions.filter((s) => s.status !== "done");
      const visit =
        options.visit ?? (pending.length > 0 || current.maintenance === undefined ? "session" : "maintenance");
      expect(check.visit).toBe(visit);
      expect(check.session).toBe(visit === "session" ? pending[0]?.number : undefined);
      // The course is complete only when the sessions planned are done, not when none is planned
      // because the patient cannot be treated (contraindicated, deferred with no end).
      const complete = c.completed.length >= (c.sessionCount ?? current.estimate.typical);
      expect(codes.includes("course-complete")).toBe(visit === "session" && pending.length === 0 && complete);
      expect(codes.includes("no-maintenance")).toBe(visit === "maintenance" && current.maintenance === undefined);
      const lastDone = maxOf(c.completed);
      const minimumDays = c.protocol.interval.minWeeks * 7;
      const tooSoon =
        visit === "session" &&
        pending.length > 0 &&
        lastDone !== undefined &&
        dayDiff(lastDone, options.on) < minimumDays;
      expect(reason("too-soon")?.params).toEqual(
        tooSoon && lastDone !== undefined
          ? { earliest: addDays(lastDone, minimumDays), days: dayDiff(lastDone, options.on), minimumDays }
          : undefined,
      );
      const m = current.maintenance;
      const maintenance = visit === "maintenance" && m !== undefined;
      expect(reason("maintenance-too-early")?.params).toEqual(
        maintenance && options.on < m.earliest ? { earliest: m.earliest } : undefined,
      );
      expect(reason("maintenance-late")?.params).toEqual(
        maintenance && options.on > m.latest ? { latest: m.latest } : undefined,
      );
      expect(reason("course-unfinished")?.params).toEqual(
        maintenance && pending.length > 0 ? { sessionsLeft: pending.length } : undefined,
      );
      if (visit !== "session") for (const code of ["too-soon", "late", "reassess"]) expect(codes).not.toContain(code);
    },
  );

  prop([caseArb], { numRuns: 150 })(
    "a planned session's due day is never blocked by timing, and a booked session's day gives the booked session",
    (c) => {
      const plan = planOf(c);
      const next = plan.sessions.find((s) => s.status !== "done");
      if (next === undefined || next.status === "booked") return;
      const check: BookingCheck = checkBooking(plan, { on: next.due });
      expect([check.visit, check.session]).toEqual(["session", next.number]);
      // The due day is an open day of the window, on or after today and the minimum interval:
      // only eligibility may object (or a closed day, when the window has no open day).
      // An overdue session is late whenever it is booked.
      const allowed = [
        "not-eligible",
        "needs-review",
        ...(next.flags.some((f) => f.code === "no-open-day") ? ["clinic-closed"] : []),
        ...(next.status === "overdue" ? ["late", "reassess"] : []),
        // A long gap since the last session (whatever its cause) is flagged on the plan too.
        ...(next.flags.some((f) => f.code === "reassess") ? ["reassess"] : []),
      ];
      expect(check.reasons.filter((r) => !allowed.includes(r.code))).toEqual([]);
    },
  );
});
