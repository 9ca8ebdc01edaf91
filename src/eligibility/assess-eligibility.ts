import { checkPatient } from "../_lib/check-patient.js";
import { resolveProtocol } from "../_lib/check-protocol.js";
import { assertValid, isoDate, messageLayer, shape } from "../_lib/guards.js";
import { laterOf, yearsBetween } from "../_lib/iso-date.js";
import { PlannerError } from "../errors.js";
import type { FindingDraft, Messages } from "../messages/message-layer.js";
import type { Eligibility, Finding } from "../models/eligibility.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Patient } from "../models/patient.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import {
  EFFECTS,
  type Effect,
  ELIGIBILITY_STATUSES,
  type EligibilityStatus,
  FITZPATRICK_TYPES,
} from "../models/values.js";
import { factorFinding } from "./factor-findings.js";
import { scarFindings } from "./scar-findings.js";

/**
 * Options of {@link assessEligibility}.
 *
 * @category Eligibility
 */
export interface EligibilityOptions {
  /** The date to assess for ("today"): a real calendar date `YYYY-MM-DD`. */
  readonly on: IsoDate;
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
  /** Message layer that writes each finding's `message` (for example `englishMessages` from `microneedling-planner/messages`); findings carry no `message` when omitted. */
  readonly messages?: Messages | undefined;
}

const checkOptions = shape({ on: isoDate, messages: messageLayer });

/**
 * Assesses whether a patient can have microneedling on a date, and why.
 *
 * Every reported factor, every scar, the skin type and the age are checked against the
 * catalogues; each check that applies yields a coded, cited finding. The worst finding
 * decides: `contraindicated` > `deferred` > `needs-review` > `eligible-with-precautions` >
 * `eligible`. A factor that is unknown, `other`, or whose dates contradict each other always
 * leads to at least `needs-review`, never to `eligible`.
 *
 * `reassessOn` is given when the patient is deferred and every deferral has a computable end
 * (an isotretinoin washout, or an `until` date on an active temporary factor such as a
 * pregnancy); it is the latest of those ends.
 *
 * @param patient - the patient (parse unknown input with `parsePatient` from `microneedling-planner/schemas`)
 * @param options - the assessment date, and optionally a protocol and a message layer
 * @returns status, findings (most severe first), and `reassessOn` when computable
 * @throws {@link PlannerError} `INVALID_INPUT` when the patient or date is malformed,
 *   `INVALID_PROTOCOL` when the protocol is
 *
 * @example
 * ```ts
 * import { assessEligibility } from "microneedling-planner";
 * import { englishMessages } from "microneedling-planner/messages";
 * const result = assessEligibility(
 *   {
 *     goal: "scar-revision",
 *     fitzpatrick: "III",
 *     scars: [{ type: "rolling", goodmanGrade: 3 }],
 *     factors: [{ code: "isotretinoin", status: "history", until: "2026-08-24" }],
 *   },
 *   { on: "2026-11-24", messages: englishMessages },
 * );
 * result.status;
 * //=> "deferred"
 * result.reassessOn;
 * //=> "2027-02-24"
 * result.findings[0]?.message;
 * //=> "Isotretinoin: last dose 2026-08-24; wait 6 months, until 2027-02-24."
 * ```
 * @category Eligibility
 */
export function assessEligibility(patient: DeepReadonly<Patient>, options: EligibilityOptions): Eligibility {
  assertValid(checkOptions, options, "options");
  assertValid(checkPatient, patient, "patient");
  return eligibilityOf(patient, options.on, resolveProtocol(options.protocol), options.messages);
}

/** {@link assessEligibility} on checked input. @internal */
export function eligibilityOf(
  patient: DeepReadonly<Patient>,
  on: IsoDate,
  protocol: Protocol,
  messages: Messages | undefined,
): Eligibility {
  const drafts: FindingDraft[] = [];
  (patient.factors ?? []).forEach((report, index) => {
    drafts.push(factorFinding(report, index, on, protocol));
  });
  const graded = patient.goal === "scar-revision";
  const scars = patient.scars ?? [];
  scars.forEach((scar, index) => {
    drafts.push(...scarFindings(scar, index, on, protocol, graded));
  });
  drafts.push(...patientFindings(patient, on, protocol));

  const rank = (effect: Effect): number => EFFECTS.indexOf(effect);
  // Array.prototype.sort is stable: findings of equal effect keep the order they were made in.
  const ordered = drafts
    .sort((a, b) => rank(a.effect) - rank(b.effect))
    .map((draft): Finding => (messages === undefined ? draft : { ...draft, message: messages.finding(draft) }));

  const worst = ordered[0]?.effect ?? "info";
  // EFFECTS and ELIGIBILITY_STATUSES run in the same order, worst first: precaution -> eligible-with-precautions.
  const status = ELIGIBILITY_STATUSES[EFFECTS.indexOf(worst)] as EligibilityStatus;
  const result: Eligibility = { status, findings: ordered, on, protocolVersion: protocol.version };
  if (status === "deferred") {
    const ends = ordered.filter((f) => f.effect === "deferred").map((f) => f.params.until);
    if (ends.every((end): end is string => typeof end === "string")) {
      result.reassessOn = ends.reduce(laterOf);
    }
  }
  return result;
}

function patientFindings(patient: DeepReadonly<Patient>, on: IsoDate, protocol: Protocol): FindingDraft[] {
  const findings: FindingDraft[] = [];
  if (FITZPATRICK_TYPES.indexOf(patient.fitzpatrick) >= FITZPATRICK_TYPES.indexOf(protocol.pihRiskFrom)) {
    findings.push({
      kind: "patient",
      code: "fitzpatrick",
      reason: "pih-risk",
      effect: "precaution",
      params: { fitzpatrick: patient.fitzpatrick },
      sources: ["ARTICLE-2021", "DOGRA-2014", "CHU-2021", "COHEN-ELBULUK-2016"],
    });
  }
  if (patient.birthDate !== undefined) {
    if (patient.birthDate > on) {
      findings.push({
        kind: "patient",
        code: "birthDate",
        reason: "contradictory",
        effect: "needs-review",
        params: { problem: "born-in-future" },
        sources: ["PLANNER-DECISION"],
      });
    } else {
      const age = yearsBetween(patient.birthDate, on);
      if (age < protocol.labelMinimumAgeYears) {
        findings.push({
          kind: "patient",
          code: "birthDate",
          reason: "below-label-age",
          effect: "info",
          params: { age, minimumAge: protocol.labelMinimumAgeYears },
          sources: ["FDA-DEN160029"],
        });
      }
    }
  }
  if (patient.goal === "scar-revision" && (patient.scars ?? []).length === 0) {
    findings.push({
      kind: "patient",
      code: "scars",
      reason: "no-scars",
      effect: "needs-review",
      params: {},
      sources: ["ARTICLE-2021"],
    });
  }
  return findings;
}
