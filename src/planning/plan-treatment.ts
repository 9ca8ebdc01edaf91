import { checkPatient } from "../_lib/check-patient.js";
import { checkAvailability, checkCompleted } from "../_lib/check-plan-input.js";
import { resolveProtocol } from "../_lib/check-protocol.js";
import { assertValid, integer, isoDate, messageLayer, optional, shape } from "../_lib/guards.js";
import { daysBetween, laterOf, plusDays, plusMonths } from "../_lib/iso-date.js";
import { eligibilityOf } from "../eligibility/assess-eligibility.js";
import { PlannerError } from "../errors.js";
import type { Messages } from "../messages/message-layer.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Patient } from "../models/patient.js";
import type { Availability, TreatmentPlan } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import { estimateOf } from "./estimate-sessions.js";
import { maintenanceOf } from "./plan-maintenance.js";
import { sessionsOf } from "./plan-sessions.js";
import { remindersOf } from "./upcoming-reminders.js";

/**
 * Options of {@link planTreatment}.
 *
 * @category Planning
 */
export interface TreatmentOptions {
  /** The date to plan for. */
  readonly today: IsoDate;
  /** When the course starts; the first completed session, else `today`, when omitted. */
  readonly startOn?: IsoDate | undefined;
  /** Dates of the sessions done so far, in order. */
  readonly completed?: readonly IsoDate[] | undefined;
  /** The last maintenance appointment, if any. */
  readonly lastMaintenanceOn?: IsoDate | undefined;
  /** Sessions to plan; the estimate's `typical` when omitted. */
  readonly sessionCount?: number | undefined;
  /** Days of reminders to include (default 90). */
  readonly horizonDays?: number | undefined;
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
  /** When the clinic is open; every day when omitted. */
  readonly availability?: DeepReadonly<Availability> | undefined;
  /** Message layer that writes the `message` of findings and reminders (for example `englishMessages` from `microneedling-planner/messages`); none when omitted. */
  readonly messages?: Messages | undefined;
}

const checkOptions = shape({
  today: isoDate,
  startOn: optional(isoDate),
  completed: optional(checkCompleted),
  lastMaintenanceOn: optional(isoDate),
  sessionCount: optional(integer(1, 20)),
  horizonDays: optional(integer(0, 3660)),
  availability: optional(checkAvailability),
  messages: messageLayer,
});

/**
 * Plans a whole treatment: the function most users call first.
 *
 * 1. Eligibility on `today` ({@link assessEligibility}).
 * 2. The session estimate ({@link estimateSessions}); `typical` sessions are planned.
 * 3. The session windows ({@link planSessions}) from `startOn` (default: the first completed
 *    session, else today) and the
 *    sessions done. A deferred patient's pending sessions start no earlier than `reassessOn`;
 *    with no computable end, or when contraindicated, no session is planned (done ones are kept).
 *    For a patient who `needs-review`, the sessions are provisional until a clinician clears them.
 * 4. The result check (`resultCheckMonths` after the last session) and the next maintenance
 *    ({@link planMaintenance}), `projected` while the course is unfinished. Maintenance is
 *    treatment: none while contraindicated, and a deferral moves its window to open no earlier
 *    than `reassessOn`.
 * 5. Reminders from today over `horizonDays` ({@link upcomingReminders}).
 *
 * @param patient - the patient (parse unknown input with `parsePatient`)
 * @param options - today, and optionally the course so far, protocol, availability and messages
 * @returns the plan
 * @throws {@link PlannerError} `INVALID_INPUT` for malformed input, `INVALID_PROTOCOL` for a bad protocol
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
 * ```
 * @category Planning
 */
export function planTreatment(patient: DeepReadonly<Patient>, options: TreatmentOptions): TreatmentPlan {
  assertValid(checkOptions, options, "options");
  assertValid(checkPatient, patient, "patient");
  const protocol = resolveProtocol(options.protocol);
  const { messages } = options;
  const { today } = options;
  // Inputs are checked once, here; the steps below are the unchecked cores of the public functions.
  const eligibility = eligibilityOf(patient, today, protocol, messages);
  const estimate = estimateOf(patient, protocol);
  const sessionCount = options.sessionCount ?? estimate.typical;
  const completed = options.completed ?? [];

  const schedulable =
    eligibility.status !== "contraindicated" &&
    (eligibility.status !== "deferred" || eligibility.reassessOn !== undefined);
  const allSessions = sessionsOf(
    {
      sessionCount,
      startOn: options.startOn ?? completed[0] ?? today,
      completed,
      today,
      notBefore: eligibility.reassessOn, // set only while deferred
      availability: options.availability,
    },
    protocol,
  );
  const sessions = schedulable ? allSessions : allSessions.filter((session) => session.status === "done");

  const finished = completed.length >= sessionCount;
  const last = sessions.at(-1);
  const lastSessionOn = finished ? completed.reduce(laterOf) : last?.due;

  const plan: TreatmentPlan = {
    goal: patient.goal,
    today,
    protocolVersion: protocol.version,
    eligibility,
    estimate,
    sessions,
    // Stryker disable next-line ArrayDeclaration: a placeholder, always replaced before the plan is returned
    reminders: [],
  };
  if (patient.id !== undefined) plan.patientId = patient.id;
  if (lastSessionOn !== undefined && (finished || schedulable)) {
    plan.resultCheckOn = plusMonths(lastSessionOn, protocol.resultCheckMonths);
  }
  if (lastSessionOn !== undefined && schedulable) {
    // Maintenance is treatment: none while contraindicated, and never before a deferral ends.
    const window = maintenanceOf(
      {
        courseEndedOn: lastSessionOn,
        goal: patient.goal,
        lastMaintenanceOn: options.lastMaintenanceOn,
        protocol,
      },
      protocol,
    );
    const notBefore = eligibility.reassessOn; // set only while deferred
    const shift = notBefore !== undefined && notBefore > window.earliest ? daysBetween(window.earliest, notBefore) : 0;
    plan.maintenance = {
      ...window,
      earliest: plusDays(window.earliest, shift),
      due: plusDays(window.due, shift),
      latest: plusDays(window.latest, shift),
      projected: !finished,
    };
  }
  plan.reminders = remindersOf(plan, today, options.horizonDays ?? 90, protocol.reminderLeadDays, messages);
  return plan;
}
