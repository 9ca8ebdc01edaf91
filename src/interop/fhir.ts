/**
 * FHIR R4 CarePlan export of a treatment plan, as plain JSON (no FHIR library at run time).
 *
 * @module
 */
import { mapItems } from "../_lib/arrays.js";
import { englishMessages } from "../messages/en.js";
import type { Messages } from "../models/messages.js";
import type { SessionWindow, TreatmentPlan } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { EligibilityStatus, SessionStatus } from "../models/values.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { TO_FHIR_CARE_PLAN_OPTIONS, TREATMENT_PLAN } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";

/**
 * A FHIR R4 `Period` with date values.
 * @category Interop
 */
export interface FhirPeriod {
  /** Start date. */
  readonly start?: string;
  /** End date (inclusive). */
  readonly end?: string;
}

/**
 * A FHIR R4 `CarePlan.activity` as this library writes it.
 * @category Interop
 */
export interface FhirCarePlanActivity {
  /** The planned activity, inline. */
  readonly detail: {
    readonly kind: "Appointment";
    readonly code: { readonly text: string };
    readonly status: "not-started" | "scheduled" | "completed" | "cancelled";
    readonly statusReason?: { readonly text: string };
    readonly description?: string;
    readonly scheduledPeriod?: FhirPeriod;
    readonly scheduledTiming?: {
      readonly repeat: {
        readonly boundsPeriod: FhirPeriod;
        readonly frequency: 1;
        readonly period: number;
        readonly periodMax?: number;
        readonly periodUnit: "mo" | "a";
      };
    };
  };
}

/**
 * A FHIR R4 `CarePlan` resource as this library writes it.
 * @category Interop
 */
export interface FhirCarePlan {
  /** Always `CarePlan`. */
  readonly resourceType: "CarePlan";
  /** Plan status, from eligibility and progress. */
  readonly status: "draft" | "active" | "on-hold" | "revoked" | "completed";
  /** Always `plan`. */
  readonly intent: "plan";
  /** Human-readable title. */
  readonly title: string;
  /** Summary of the plan. */
  readonly description: string;
  /** The patient. */
  readonly subject: { readonly reference: string };
  /** The course: first session to the end of the last window. */
  readonly period?: FhirPeriod;
  /** The date the plan was made. */
  readonly created: string;
  /** The scar condition treated, when given. */
  readonly addresses?: readonly { readonly reference: string }[];
  /** One activity per session, then maintenance. */
  readonly activity: readonly FhirCarePlanActivity[];
  /** Eligibility findings as notes: each finding's `message`, else the message layer's text. */
  readonly note?: readonly { readonly text: string }[];
}

/**
 * Options of {@link toFhirCarePlan}.
 * @category Interop
 */
export interface ToFhirCarePlanOptions {
  /** Reference to the FHIR Patient, for example `Patient/123`. */
  readonly patient: string;
  /** Reference to the Condition treated, for example `Condition/acne-scars`. */
  readonly condition?: string | undefined;
  /** Protocol used for the plan (for the maintenance period); `defaultProtocol` when omitted. */
  readonly protocol?: Protocol | undefined;
  /** Message layer for findings that carry no `message`; `englishMessages` when omitted. */
  readonly messages?: Messages | undefined;
}

const PLAN_STATUS: Readonly<Record<EligibilityStatus, FhirCarePlan["status"]>> = Object.freeze({
  contraindicated: "revoked",
  deferred: "on-hold",
  "needs-review": "draft",
  "eligible-with-precautions": "active",
  eligible: "active",
});

const ACTIVITY_STATUS: Readonly<Record<SessionStatus, FhirCarePlanActivity["detail"]["status"]>> = Object.freeze({
  done: "completed",
  due: "scheduled",
  upcoming: "not-started",
  overdue: "cancelled",
});

function sessionActivity(session: DeepReadonly<SessionWindow>, total: number): FhirCarePlanActivity {
  const late = session.flags.find((flag) => flag.code === "late");
  const closedOn =
    late !== undefined && "windowClosedOn" in late.params ? late.params.windowClosedOn : session.earliest;
  return {
    detail: {
      kind: "Appointment",
      code: { text: `Microneedling session ${String(session.number)} of ${String(total)}` },
      status: ACTIVITY_STATUS[session.status],
      ...(session.status === "overdue" && {
        statusReason: {
          text: `Window closed on ${closedOn} without the session; re-planned from ${session.earliest}.`,
        },
      }),
      description:
        session.status === "done"
          ? `Done on ${session.doneOn}.`
          : `Book between ${session.earliest} and ${session.latest}; due ${session.due}.`,
      scheduledPeriod: { start: session.earliest, end: session.latest },
    },
  };
}

/**
 * Exports a plan as a FHIR R4 CarePlan resource (plain JSON).
 *
 * - `intent` is `plan`; `status` follows eligibility: `active` when eligible, `draft` while
 *   it needs review, `on-hold` when deferred, `revoked` when contraindicated, `completed`
 *   once every session is done.
 * - One activity per session (`detail.kind` Appointment) with `detail.status` `completed`
 *   (done), `scheduled` (due), `not-started` (upcoming) or `cancelled` (overdue, with a
 *   `statusReason`; it was re-planned) and `detail.scheduledPeriod` = the window.
 * - One maintenance activity with `scheduledTiming.repeat`: every year for scar revision,
 *   every `dueMonths` (up to `latestMonths`) months for rejuvenation, bounded from the next window.
 * - Codes are given as `code.text` only: no SNOMED code is invented.
 * - One `note` per eligibility finding: its `message`, or the text of `options.messages`
 *   (English by default) when the plan was made without a message layer.
 *
 * @param plan - a treatment plan (from `planTreatment`)
 * @param options - the Patient reference, and optionally the Condition, the protocol and a message layer
 * @returns the CarePlan resource
 * @throws `PlannerError` `INVALID_INPUT` for a malformed plan or reference
 *
 * @example
 * ```ts
 * import { planTreatment } from "microneedling-planner";
 * import { toFhirCarePlan } from "microneedling-planner/fhir";
 * const plan = planTreatment(
 *   { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] },
 *   { today: "2026-11-24", completed: ["2026-10-27"] },
 * );
 * const carePlan = toFhirCarePlan(plan, { patient: "Patient/123" });
 * [carePlan.status, carePlan.intent, carePlan.period];
 * //=> ["active", "plan", { start: "2026-10-27", end: "2027-02-02" }]
 * carePlan.activity.map((a) => a.detail.status);
 * //=> ["completed", "scheduled", "not-started", "not-started", "not-started"]
 * carePlan.activity.at(-1)?.detail.scheduledTiming?.repeat;
 * //=> { boundsPeriod: { start: "2027-12-19" }, frequency: 1, period: 1, periodUnit: "a" }
 * ```
 * @category Interop
 */
export function toFhirCarePlan(plan: DeepReadonly<TreatmentPlan>, options: ToFhirCarePlanOptions): FhirCarePlan {
  assertValid(
    "INVALID_INPUT",
    [
      [TREATMENT_PLAN, plan, "plan"],
      [TO_FHIR_CARE_PLAN_OPTIONS, options, "options"],
    ],
    defaultProtocol,
  );
  const protocol = options.protocol ?? defaultProtocol;
  const messages = options.messages ?? englishMessages;
  const { sessions } = plan;
  const finished = sessions.length > 0 && sessions.every((s) => s.status === "done");
  const status = finished ? "completed" : PLAN_STATUS[plan.eligibility.status];
  const starts = mapItems(sessions, (s) => (s.status === "done" ? s.doneOn : s.earliest)).sort();
  const ends = mapItems(sessions, (s) => (s.status === "done" && s.doneOn > s.latest ? s.doneOn : s.latest)).sort();
  const start = starts[0];
  const end = ends.at(-1);
  const activity = mapItems(sessions, (session) => sessionActivity(session, sessions.length));
  const m = plan.maintenance;
  if (m !== undefined) {
    const window = protocol.maintenance[plan.goal === "rejuvenation" ? "rejuvenation" : "scarRevision"];
    const yearly = plan.goal !== "rejuvenation" && window.dueMonths % 12 === 0;
    activity.push({
      detail: {
        kind: "Appointment",
        code: { text: "Microneedling maintenance" },
        status: "not-started",
        description: `Next: book between ${m.earliest} and ${m.latest}; due ${m.due}.`,
        scheduledTiming: {
          repeat: yearly
            ? { boundsPeriod: { start: m.earliest }, frequency: 1, period: window.dueMonths / 12, periodUnit: "a" }
            : {
                boundsPeriod: { start: m.earliest },
                frequency: 1,
                period: window.dueMonths,
                ...(window.latestMonths > window.dueMonths && { periodMax: window.latestMonths }),
                periodUnit: "mo",
              },
        },
      },
    });
  }
  const goal = plan.goal === "rejuvenation" ? "rejuvenation" : "scar revision";
  return {
    resourceType: "CarePlan",
    status,
    intent: "plan",
    title: `Microneedling for ${goal}`,
    description: `${String(sessions.length)} microneedling session${sessions.length === 1 ? "" : "s"} for ${goal}; eligibility: ${plan.eligibility.status}.`,
    subject: { reference: options.patient },
    ...(start !== undefined && end !== undefined && { period: { start, end } }),
    created: plan.today,
    ...(options.condition !== undefined && { addresses: [{ reference: options.condition }] }),
    activity,
    ...(plan.eligibility.findings.length > 0 && {
      note: mapItems(plan.eligibility.findings, (f) => ({ text: f.message ?? messages.finding(f) })),
    }),
  };
}
