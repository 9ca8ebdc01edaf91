import { GOODMAN_GRADE_SEVERITY } from "../catalogues/severity.js";
import type { Patient } from "../models/patient.js";
import type { SessionEstimate } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { SourceId } from "../models/source-ids.js";
import { SEVERITIES, type Severity } from "../models/values.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { ESTIMATE_SESSIONS_OPTIONS, PATIENT } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";

/**
 * Options of {@link estimateSessions}.
 *
 * @category Planning
 */
export interface EstimateSessionsOptions {
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
}

const BASIS_SOURCES: Readonly<Record<SessionEstimate["basis"], readonly SourceId[]>> = Object.freeze({
  mild: Object.freeze(["HARRIS-2015", "ALSTER-LI-2020"] as const),
  moderate: Object.freeze(["ARTICLE-2021", "HARRIS-2015"] as const),
  severe: Object.freeze(["ARTICLE-2021", "MINUTILLI-2024", "TIRMIZI-2021"] as const),
  rejuvenation: Object.freeze(["ABLON-2018", "ARTICLE-2021"] as const),
  "unknown-severity": Object.freeze(["ARTICLE-2021", "PLANNER-DECISION"] as const),
});

/**
 * Estimates how many sessions a patient's course takes.
 *
 * Rejuvenation uses the protocol's rejuvenation range (default 3-6, typical 4). For scar
 * revision the most severe scar decides (default mild 1-3, moderate 3-5, severe 4-7); a scar
 * counts as the more severe of its label and its Goodman grade, and macular (grade 1) scars do
 * not count. With no graded scar, the estimate spans every severity (`unknown-severity`).
 * Estimates never fall as severity rises (the protocol guarantees it).
 *
 * @param patient - the patient (only the goal and the scars' severity and grade are used)
 * @param options - optionally, a protocol
 * @returns `{ min, typical, max, basis, sources }`; plan `typical` sessions
 * @throws {@link PlannerError} `INVALID_INPUT` for a malformed patient or options
 *
 * @example
 * ```ts
 * import { estimateSessions } from "microneedling-planner";
 * estimateSessions({
 *   goal: "scar-revision",
 *   fitzpatrick: "III",
 *   scars: [{ type: "rolling", severity: "moderate" }, { type: "boxcar", goodmanGrade: 4 }],
 * });
 * //=> { min: 4, typical: 6, max: 7, basis: "severe", sources: ["ARTICLE-2021", "MINUTILLI-2024", "TIRMIZI-2021"] }
 * estimateSessions({ goal: "rejuvenation", fitzpatrick: "II" }).typical;
 * //=> 4
 * ```
 * @category Planning
 */
export function estimateSessions(
  patient: DeepReadonly<Patient>,
  options: EstimateSessionsOptions = {},
): SessionEstimate {
  assertValid(
    "INVALID_INPUT",
    [
      [PATIENT, patient, "patient"],
      [ESTIMATE_SESSIONS_OPTIONS, options, "options"],
    ],
    defaultProtocol,
  );
  return estimateSessionsUnchecked(patient, options.protocol ?? defaultProtocol);
}

/** {@link estimateSessions} on checked input. @internal */
export function estimateSessionsUnchecked(patient: DeepReadonly<Patient>, protocol: Protocol): SessionEstimate {
  const { sessions } = protocol;
  let basis: SessionEstimate["basis"];
  let range: { min: number; typical: number; max: number };
  if (patient.goal === "rejuvenation") {
    basis = "rejuvenation";
    range = sessions.rejuvenation;
  } else {
    // The worst severity given or implied by a Goodman grade (grade 1, macular, implies none).
    let worst = -1;
    const scars = patient.scars ?? [];
    for (let index = 0; index < scars.length; index++) {
      const scar = scars[index] as (typeof scars)[number];
      worst = Math.max(worst, SEVERITIES.indexOf(scar.severity as Severity));
      if (scar.goodmanGrade !== undefined) {
        worst = Math.max(worst, SEVERITIES.indexOf(GOODMAN_GRADE_SEVERITY[scar.goodmanGrade] as Severity));
      }
    }
    const severity = SEVERITIES[worst];
    if (severity === undefined) {
      basis = "unknown-severity";
      range = { min: sessions.mild.min, typical: sessions.moderate.typical, max: sessions.severe.max };
    } else {
      basis = severity;
      range = sessions[severity];
    }
  }
  return { min: range.min, typical: range.typical, max: range.max, basis, sources: [...BASIS_SOURCES[basis]] };
}
