import { laterOf, yearsBetween } from "../_lib/iso-date.js";
import { goodmanGradeOf, inArea } from "../_lib/scars.js";
import type { Eligibility, Finding } from "../models/eligibility.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Messages } from "../models/messages.js";
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
import { defaultProtocol } from "../protocol/default-protocol.js";
import { ASSESS_ELIGIBILITY_OPTIONS, PATIENT } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";
import { factorFinding } from "./factor-findings.js";
import { scarFindings } from "./scar-findings.js";

/**
 * Options of {@link assessEligibility}.
 *
 * @category Eligibility
 */
export interface AssessEligibilityOptions {
  /** The date to assess for: a real calendar date `YYYY-MM-DD`. */
  readonly today: IsoDate;
  /** Assess for the scars of this area only (compared without case); every scar when omitted. */
  readonly area?: string | undefined;
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
  /** Message layer that writes each finding's `message` (for example `englishMessages` from `microneedling-planner/messages`); findings carry no `message` when omitted. */
  readonly messages?: Messages | undefined;
}

/**
 * Assesses whether a patient can have microneedling on a date, and why.
 *
 * Every reported factor, every scar, the skin type and the age are checked against the
 * catalogues; each check that applies yields a coded, cited finding. The worst finding
 * decides: `contraindicated` > `deferred` > `needs-review` > `eligible-with-precautions` >
 * `eligible`. A factor that is unknown, `other`, or whose dates contradict each other always
 * leads to at least `needs-review`, never to `eligible`.
 *
 * `reassessOn` is given when the patient is deferred or contraindicated and every deferral and
 * contraindication has a computable end (an isotretinoin washout, an `until` date on an active
 * temporary factor such as a pregnancy, or isotretinoin still taken with a planned last dose:
 * its `resumeOn`); it is the latest of those ends.
 *
 * @param patient - the patient (parse unknown input with `parsePatient` from `microneedling-planner/schemas`)
 * @param options - the date to assess for, and optionally a protocol and a message layer
 * @returns status, findings (most severe first), and `reassessOn` when computable
 * @throws {@link PlannerError} `INVALID_INPUT` when the patient or options are malformed
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
 *   { today: "2026-11-24", messages: englishMessages },
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
export function assessEligibility(patient: DeepReadonly<Patient>, options: AssessEligibilityOptions): Eligibility {
  assertValid(
    "INVALID_INPUT",
    [
      [PATIENT, patient, "patient"],
      [ASSESS_ELIGIBILITY_OPTIONS, options, "options"],
    ],
    defaultProtocol,
  );
  return assessEligibilityUnchecked(
    patient,
    options.today,
    options.protocol ?? defaultProtocol,
    options.messages,
    options.area,
  );
}

const rank = (effect: Effect): number => EFFECTS.indexOf(effect);

/** {@link assessEligibility} on checked input. @internal */
export function assessEligibilityUnchecked(
  patient: DeepReadonly<Patient>,
  today: IsoDate,
  protocol: Protocol,
  messages: Messages | undefined,
  area?: string | undefined,
): Eligibility {
  const findings: Finding[] = [];
  patient.factors?.forEach((report, index) => {
    findings.push(factorFinding(report, index, today, protocol));
  });
  const graded = patient.goal === "scar-revision";
  let scars = 0;
  let macular = 0;
  patient.scars?.forEach((scar, index) => {
    if (!inArea(scar, area)) return;
    scars += 1;
    if (goodmanGradeOf(scar) === 1) macular += 1;
    scarFindings(scar, index, today, protocol, graded, findings);
  });
  patientFindings(patient, today, protocol, findings, scars, macular);

  // Array.prototype.sort is stable: findings of equal effect keep the order they were made in.
  findings.sort((a, b) => rank(a.effect) - rank(b.effect));
  if (messages !== undefined) for (const finding of findings) finding.message = messages.finding(finding);

  const worst = findings[0]?.effect ?? "info";
  // EFFECTS and ELIGIBILITY_STATUSES run in the same order, worst first: precaution -> eligible-with-precautions.
  const status = ELIGIBILITY_STATUSES[EFFECTS.indexOf(worst)] as EligibilityStatus;
  const result: Eligibility = { status, findings, today, protocolVersion: protocol.version };
  if (status === "deferred" || status === "contraindicated") {
    // Every deferral and contraindication must end: a deferral at its `until`, a contraindication
    // with a washout at the day treatment may resume (`resumeOn`).
    let reassessOn: IsoDate | undefined = "";
    for (const finding of findings) {
      if (finding.effect !== "deferred" && finding.effect !== "contraindicated") continue;
      const params = finding.params as { readonly until?: IsoDate; readonly resumeOn?: IsoDate };
      const end = finding.effect === "deferred" ? params.until : params.resumeOn;
      // Stryker disable next-line ConditionalExpression: laterOf(reassessOn, undefined) is undefined too (date >= undefined is false)
      reassessOn = end === undefined || reassessOn === undefined ? undefined : laterOf(reassessOn, end);
    }
    if (reassessOn !== undefined) result.reassessOn = reassessOn;
  }
  return result;
}

function patientFindings(
  patient: DeepReadonly<Patient>,
  today: IsoDate,
  protocol: Protocol,
  findings: Finding[],
  scars: number,
  macular: number,
): void {
  const kind = "patient";
  if (FITZPATRICK_TYPES.indexOf(patient.fitzpatrick) >= FITZPATRICK_TYPES.indexOf(protocol.pihRiskFrom)) {
    findings.push({
      kind,
      code: "fitzpatrick",
      reason: "pih-risk",
      effect: "precaution",
      params: { fitzpatrick: patient.fitzpatrick },
      sources: ["ARTICLE-2021", "DOGRA-2014", "CHU-2021", "COHEN-ELBULUK-2016"],
    });
  }
  const { birthDate } = patient;
  if (birthDate !== undefined) {
    if (birthDate > today) {
      findings.push({
        kind,
        code: "birthDate",
        reason: "contradictory",
        effect: "needs-review",
        params: { problem: "born-in-future" },
        sources: ["PLANNER-DECISION"],
      });
    } else {
      const age = yearsBetween(birthDate, today);
      if (age < protocol.labelMinimumAgeYears) {
        findings.push({
          kind,
          code: "birthDate",
          reason: "below-label-age",
          effect: "info",
          params: { age, minimumAge: protocol.labelMinimumAgeYears },
          sources: ["FDA-DEN160029"],
        });
      }
    }
  }
  if (patient.goal === "scar-revision" && scars === 0) {
    findings.push({
      kind,
      code: "scars",
      reason: "no-scars",
      effect: "needs-review",
      params: {},
      sources: ["ARTICLE-2021"],
    });
  } else if (patient.goal === "scar-revision" && macular === scars) {
    // Macular marks are a colour problem, not a contour scar: no microneedling course (GOODMAN-QUAL-2006).
    findings.push({
      kind,
      code: "scars",
      reason: "macular-only",
      effect: "needs-review",
      params: {},
      sources: ["GOODMAN-QUAL-2006", "CLINICAL-REVIEW-2026"],
    });
  }
}
