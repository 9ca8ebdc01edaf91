import { copyData } from "../_lib/arrays.js";
import { daysBetween, laterOf, plusDays, plusMonths } from "../_lib/iso-date.js";
import { FACTOR_CATALOGUE } from "../catalogues/factors.js";
import { assessEligibilityUnchecked } from "../eligibility/assess-eligibility.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Messages } from "../models/messages.js";
import type { Patient } from "../models/patient.js";
import type { Availability, Booking, PlanInputs, TreatmentPlan } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { FactorCode } from "../models/values.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { PATIENT, PLAN_TREATMENT_OPTIONS } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";
import { LIBRARY_VERSION } from "../version.js";
import { estimateSessionsUnchecked } from "./estimate-sessions.js";
import { planMaintenanceUnchecked } from "./plan-maintenance.js";
import { planSessionsUnchecked } from "./plan-sessions.js";
import { type CareStep, DEFAULT_HORIZON_DAYS, planRemindersUnchecked } from "./reminders.js";

/**
 * Options of {@link planTreatment}.
 *
 * @category Planning
 */
export interface PlanTreatmentOptions {
  /** The date to plan for. */
  readonly today: IsoDate;
  /** When the course starts; the first completed session, else `today`, when omitted. */
  readonly startOn?: IsoDate | undefined;
  /** Dates of the sessions done so far, in order (at most 50). */
  readonly completed?: readonly IsoDate[] | undefined;
  /** Appointments made, at most one per session: `{ session, on, time? }` (time a local `HH:MM`). */
  readonly booked?: readonly DeepReadonly<Booking>[] | undefined;
  /** The last maintenance appointment, if any. */
  readonly lastMaintenanceOn?: IsoDate | undefined;
  /** Sessions to plan (1-20); the estimate's `typical` when omitted. */
  readonly sessionCount?: number | undefined;
  /** Days of reminders to include (0-3660); 90 when omitted. */
  readonly horizonDays?: number | undefined;
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
  /** When the clinic is open; every day when omitted. */
  readonly availability?: DeepReadonly<Availability> | undefined;
  /**
   * Plan for the scars of this area only (compared without case): one course per area, as a
   * patient with abdominal striae and facial acne scars needs two. Every scar when omitted.
   */
  readonly area?: string | undefined;
  /** Message layer that writes the `message` of findings and reminders (for example `englishMessages` from `microneedling-planner/messages`); none when omitted. */
  readonly messages?: Messages | undefined;
}

/**
 * Plans a whole treatment: the function most users call first.
 *
 * 1. Eligibility on `today` ({@link assessEligibility}).
 * 2. The session estimate ({@link estimateSessions}); `typical` sessions are planned.
 * 3. The session windows ({@link planSessions}) from `startOn` (default: the first completed
 *    session, else today), the sessions done and the appointments booked. A deferred patient's
 *    pending sessions start no earlier than `reassessOn`; with no computable end, or when
 *    contraindicated, no session is planned (done ones are kept), and a deferral with no end gets
 *    a `deferral-review` reminder `deferralReviewDays` after today. For a patient who
 *    `needs-review`, the sessions are provisional until a clinician clears them.
 * 4. The result check (`resultCheckMonths` after the last session) and the next maintenance
 *    ({@link planMaintenance}), `projected` while the course is unfinished. Maintenance is
 *    treatment: none while contraindicated, and a deferral moves its window to open no earlier
 *    than `reassessOn`.
 * 5. Reminders from today over `horizonDays`: book a session, chase an overdue one, come to an
 *    appointment, check results, book maintenance.
 *
 * The plan is a durable record: it carries its inputs, the whole protocol and the library's
 * version, so that `replan` can make it again for another day and the exports need nothing else.
 *
 * @param patient - the patient (parse unknown input with `parsePatient`)
 * @param options - today, and optionally the course so far, protocol, availability and messages
 * @returns the plan
 * @throws {@link PlannerError} `INVALID_INPUT` for malformed input (a bad protocol option included)
 *
 * @example
 * ```ts
 * import { planTreatment } from "microneedling-planner";
 * const plan = planTreatment(
 *   { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] },
 *   { today: "2026-11-24", completed: ["2026-10-27"] },
 * );
 * plan.eligibility.status;
 * //=> "eligible"
 * plan.sessions.map((s) => `${String(s.number)} ${s.status} ${s.due}`);
 * //=> ["1 done 2026-10-27", "2 due 2026-11-24", "3 upcoming 2026-12-22", "4 upcoming 2027-01-19"]
 * plan.maintenance?.due;
 * //=> "2028-01-19"
 * plan.reminders[0];
 * //=> { kind: "book-session", remindOn: "2026-11-24", dueOn: "2026-11-24", session: 2 }
 * [plan.schemaVersion, plan.protocol.id, plan.inputs.completed];
 * //=> [1, "article-2021", ["2026-10-27"]]
 * ```
 * @category Planning
 */
export function planTreatment(patient: DeepReadonly<Patient>, options: PlanTreatmentOptions): TreatmentPlan {
  assertValid(
    "INVALID_INPUT",
    [
      [PATIENT, patient, "patient"],
      [PLAN_TREATMENT_OPTIONS, options, "options"],
    ],
    defaultProtocol,
  );
  // The options not given are undefined here; planTreatmentUnchecked leaves them out (inOrder).
  const inputs: PlanInputs = {
    patient: copyData(patient) as Patient,
    startOn: options.startOn,
    completed: copyData(options.completed ?? []) as IsoDate[],
    booked: copyData(options.booked ?? []) as Booking[],
    lastMaintenanceOn: options.lastMaintenanceOn,
    sessionCount: options.sessionCount,
    availability: copyData(options.availability) as Availability | undefined,
    area: options.area,
    horizonDays: copyData(options.horizonDays ?? DEFAULT_HORIZON_DAYS), // -0 is 0, as in JSON
  };
  return planTreatmentUnchecked(inputs, options.today, options.protocol ?? defaultProtocol, options.messages);
}

/**
 * The care steps the patient's factors ask for before each session: those whose factor is reported
 * (active and not ended, or, for cold sores, history too), each once, with the day an active
 * factor ends (no step needed for a session whose care would start on or after it).
 */
function preCareSteps(patient: DeepReadonly<Patient>, today: IsoDate): CareStep[] {
  const steps: CareStep[] = [];
  // Stryker disable next-line ArrayDeclaration: an entry that is not a report has no catalogued code and is skipped
  const factors = patient.factors ?? [];
  for (let index = 0; index < factors.length; index++) {
    const report = factors[index] as (typeof factors)[number];
    const entry = Object.hasOwn(FACTOR_CATALOGUE, report.code)
      ? FACTOR_CATALOGUE[report.code as FactorCode]
      : undefined;
    const preCare = entry?.preCare;
    if (preCare === undefined) continue;
    const active = (report.status ?? "active") === "active" && (report.until === undefined || report.until > today);
    if (preCare.when !== "any" && !active) continue;
    const until = preCare.when === "active" ? report.until : undefined;
    const known = steps.find((care) => care.step === preCare.step);
    if (known === undefined) steps.push({ step: preCare.step, until });
    // Reported twice: the step lasts as long as the longest report, for ever when one has no end.
    else if (known.until !== undefined) known.until = until && laterOf(known.until, until);
  }
  return steps;
}

/** The inputs with their keys in the schema's order, so that equal plans serialise to equal JSON. */
const INPUT_KEYS = [
  "patient",
  "startOn",
  "completed",
  "booked",
  "lastMaintenanceOn",
  "sessionCount",
  "availability",
  "area",
  "horizonDays",
] as const;
function inOrder(inputs: PlanInputs): PlanInputs {
  const out: Record<string, unknown> = {};
  for (const key of INPUT_KEYS) if (inputs[key] !== undefined) out[key] = inputs[key];
  return out as unknown as PlanInputs;
}

/**
 * {@link planTreatment} on checked inputs, which the plan keeps (`replan` calls it too).
 * @internal
 */
export function planTreatmentUnchecked(
  inputs: PlanInputs,
  today: IsoDate,
  protocol: Protocol,
  messages: Messages | undefined,
): TreatmentPlan {
  inputs = inOrder(inputs);
  const { patient, completed } = inputs;
  // Inputs are checked once, by the caller; the steps below are the unchecked cores of the public functions.
  const eligibility = assessEligibilityUnchecked(patient, today, protocol, messages, inputs.area);
  const estimate = estimateSessionsUnchecked(patient, protocol, inputs.area);
  const sessionCount = inputs.sessionCount ?? estimate.typical;
  const notBefore = eligibility.reassessOn; // set only while deferred or contraindicated, with an end

  // Sessions are planned unless treatment is blocked with no known end: a contraindication that
  // ends (isotretinoin with a planned last dose) or a deferral that ends plans from that day.
  const blocked = eligibility.status === "contraindicated" || eligibility.status === "deferred";
  const schedulable = !blocked || notBefore !== undefined;
  const allSessions = planSessionsUnchecked(
    { sessionCount, startOn: inputs.startOn ?? completed[0] ?? today, completed, booked: inputs.booked },
    { today, notBefore, availability: inputs.availability },
    protocol,
  );
  const sessions = schedulable ? allSessions : allSessions.filter((session) => session.status === "done");

  const finished =
    completed.length > 0 &&
    completed.length >= sessionCount &&
    !sessions.some((session) => session.status === "booked");
  const lastSessionOn = finished ? completed.reduce(laterOf) : sessions.at(-1)?.due;
  const checked = lastSessionOn !== undefined && (finished || schedulable);
  const resultCheckOn = checked ? plusMonths(lastSessionOn, protocol.resultCheckMonths) : undefined;
  const finalResultCheckOn = checked ? plusMonths(lastSessionOn, protocol.finalResultCheckMonths) : undefined;
  let maintenance: TreatmentPlan["maintenance"];
  if (lastSessionOn !== undefined && schedulable) {
    // Maintenance is treatment: none while contraindicated, and never before a deferral ends.
    const window = planMaintenanceUnchecked(
      { goal: patient.goal, courseEndedOn: lastSessionOn, lastMaintenanceOn: inputs.lastMaintenanceOn },
      protocol,
    );
    const shift = notBefore === undefined ? 0 : Math.max(0, daysBetween(window.earliest, notBefore));
    maintenance = {
      earliest: plusDays(window.earliest, shift),
      due: plusDays(window.due, shift),
      latest: plusDays(window.latest, shift),
      after: window.after,
      projected: !finished,
      sources: window.sources,
    };
  }
  // A deferral with no end date would otherwise leave the patient with nothing planned and no
  // reminder: review it after the protocol's deferralReviewDays (PLANNER-DECISION).
  const reviewDeferralOn =
    eligibility.status === "deferred" && notBefore === undefined
      ? plusDays(today, protocol.deferralReviewDays)
      : undefined;
  const reminders = planRemindersUnchecked(
    {
      sessions,
      resultCheckOn,
      finalResultCheckOn,
      maintenance,
      reviewDeferralOn,
      preCare: preCareSteps(patient, today),
    },
    today,
    inputs.horizonDays,
    protocol,
    messages,
  );
  const plan: TreatmentPlan = {
    schemaVersion: 1,
    madeBy: { name: "microneedling-planner", version: LIBRARY_VERSION },
    today,
    inputs,
    // The frozen default protocol is shared; any other is copied (a plan shares nothing with the caller).
    protocol: protocol === defaultProtocol ? protocol : copyData(protocol),
    eligibility,
    estimate,
    sessions,
    reminders,
  };
  if (resultCheckOn !== undefined) plan.resultCheckOn = resultCheckOn;
  if (finalResultCheckOn !== undefined) plan.finalResultCheckOn = finalResultCheckOn;
  if (maintenance !== undefined) plan.maintenance = maintenance;
  return plan;
}
