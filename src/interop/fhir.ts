/**
 * FHIR R4 CarePlan export of a treatment plan, as plain JSON (no FHIR library at run time).
 *
 * @module
 */
import { mapItems } from "../_lib/arrays.js";
import { englishMessages } from "../messages/en.js";
import type { Messages } from "../models/messages.js";
import type { SessionWindow, TreatmentPlan } from "../models/plan.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { EligibilityStatus, SessionStatus } from "../models/values.js";
import { TO_FHIR_CARE_PLAN_OPTIONS, TREATMENT_PLAN } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";
import { planDefinitionUrl } from "./fhir-canonical.js";

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
    readonly status: "not-started" | "scheduled" | "completed";
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
  /** Which library version made the plan. */
  readonly meta: { readonly source: string };
  /**
   * The PlanDefinition of the protocol the plan was made with (`toFhirPlanDefinition`, same
   * `canonicalBase`): `<url>|<version>`.
   */
  readonly instantiatesCanonical: readonly string[];
  /** The protocol the plan was made with: `urn:microneedling-planner:protocol:<id>:<version>`. */
  readonly instantiatesUri: readonly string[];
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
  /**
   * Base of the PlanDefinition's canonical URL, as given to `toFhirPlanDefinition`; without it
   * `urn:microneedling-planner:plan-definition:<protocol id>`.
   */
  readonly canonicalBase?: string | undefined;
  /**
   * Message layer for every text (title, description, `code.text`, notes of findings that carry
   * no `message`); `englishMessages` when omitted.
   */
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
  booked: "scheduled",
  due: "not-started",
  upcoming: "not-started",
  overdue: "not-started",
});

function sessionActivity(
  session: DeepReadonly<SessionWindow>,
  total: number,
  messages: Messages,
): FhirCarePlanActivity {
  const late = session.flags.find((flag) => flag.code === "late");
  const closedOn =
    late !== undefined && "windowClosedOn" in late.params ? late.params.windowClosedOn : session.earliest;
  return {
    detail: {
      kind: "Appointment",
      code: { text: messages.fhir.sessionCode({ session: session.number, total }) },
      status: ACTIVITY_STATUS[session.status],
      ...(session.status === "overdue" && {
        statusReason: {
          text: messages.fhir.overdue({ closedOn, earliest: session.earliest }),
        },
      }),
      description: messages.fhir.session(session),
      scheduledPeriod:
        session.status === "booked"
          ? { start: session.bookedOn, end: session.bookedOn }
          : { start: session.earliest, end: session.latest },
    },
  };
}

/**
 * Exports a plan as a FHIR R4 CarePlan resource (plain JSON). It reads the plan alone.
 *
 * - `instantiatesCanonical` points at the protocol's PlanDefinition (`toFhirPlanDefinition`,
 *   `<url>|<version>`), `instantiatesUri` names the protocol the plan was made with
 *   (`urn:microneedling-planner:protocol:<id>:<version>`) and `meta.source` the library version
 *   that made it; the maintenance timing is that protocol's.
 * - The patient appears only as the `subject` reference the caller gives.
 * - `intent` is `plan`; `status` follows eligibility: `active` when eligible, `draft` while
 *   it needs review, `on-hold` when deferred (or contraindicated until a known day),
 *   `revoked` when contraindicated, `completed` once every session is done.
 * - One activity per session (`detail.kind` Appointment) with `detail.status` `completed`
 *   (done), `scheduled` (booked: `scheduledPeriod` is the booked day) or `not-started` (due,
 *   upcoming, or overdue with a `statusReason`: it was re-planned; `scheduledPeriod` is the window).
 * - One maintenance activity with `scheduledTiming.repeat`: every year for scar revision,
 *   every `dueMonths` (up to `latestMonths`) months for rejuvenation, bounded from the next window.
 * - Codes are given as `code.text` only: no SNOMED code is invented.
 * - One `note` per eligibility finding: its `message`, or the text of `options.messages`
 *   (English by default) when the plan was made without a message layer.
 *
 * @param plan - a treatment plan (from `planTreatment` or `replan`)
 * @param options - the Patient reference, and optionally the Condition and a message layer
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
 * //=> ["completed", "not-started", "not-started", "not-started", "not-started"]
 * carePlan.instantiatesUri;
 * //=> ["urn:microneedling-planner:protocol:article-2021:1"]
 * carePlan.instantiatesCanonical;
 * //=> ["urn:microneedling-planner:plan-definition:article-2021|1"]
 * carePlan.activity.at(-1)?.detail.scheduledTiming?.repeat;
 * //=> { boundsPeriod: { start: "2027-12-19" }, frequency: 1, period: 1, periodUnit: "a" }
 * ```
 * @category Interop
 */
export function toFhirCarePlan(plan: DeepReadonly<TreatmentPlan>, options: ToFhirCarePlanOptions): FhirCarePlan {
  assertValid("INVALID_INPUT", [
    [TREATMENT_PLAN, plan, "plan"],
    [TO_FHIR_CARE_PLAN_OPTIONS, options, "options"],
  ]);
  const { protocol } = plan;
  const goalCode = plan.inputs.patient.goal;
  const messages = options.messages ?? englishMessages;
  const { sessions } = plan;
  const finished = sessions.length > 0 && sessions.every((s) => s.status === "done");
  // A contraindication that ends (a planned last dose of isotretinoin) puts the plan on hold.
  const status = finished
    ? "completed"
    : plan.eligibility.status === "contraindicated" && plan.eligibility.reassessOn !== undefined
      ? "on-hold"
      : PLAN_STATUS[plan.eligibility.status];
  // The period covers every session: from the day it was done or booked (else its window's start)
  // to the end of its window, or that day when later.
  const day = (s: (typeof sessions)[number]): string | undefined =>
    s.status === "done" ? s.doneOn : s.status === "booked" ? s.bookedOn : undefined;
  const starts = mapItems(sessions, (s) => day(s) ?? s.earliest).sort();
  const ends = mapItems(sessions, (s) => {
    const on = day(s);
    return on !== undefined && on > s.latest ? on : s.latest;
  }).sort();
  const start = starts[0];
  const end = ends.at(-1);
  const activity = mapItems(sessions, (session) => sessionActivity(session, sessions.length, messages));
  const m = plan.maintenance;
  if (m !== undefined) {
    const window = protocol.maintenance[goalCode === "rejuvenation" ? "rejuvenation" : "scarRevision"];
    const yearly = goalCode !== "rejuvenation" && window.dueMonths % 12 === 0;
    activity.push({
      detail: {
        kind: "Appointment",
        code: { text: messages.fhir.maintenanceCode },
        status: "not-started",
        description: messages.fhir.maintenance({ earliest: m.earliest, due: m.due, latest: m.latest }),
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
  return {
    resourceType: "CarePlan",
    meta: { source: `urn:microneedling-planner:library:${plan.madeBy.version}` },
    instantiatesCanonical: [`${planDefinitionUrl(protocol.id, options.canonicalBase)}|${protocol.version}`],
    instantiatesUri: [`urn:microneedling-planner:protocol:${protocol.id}:${protocol.version}`],
    status,
    intent: "plan",
    title: messages.fhir.title({ goal: goalCode }),
    description: messages.fhir.description({
      sessions: sessions.length,
      goal: goalCode,
      status: plan.eligibility.status,
    }),
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
