import { resolveProtocol } from "../_lib/check-protocol.js";
import { arrayOf, assertValid, oneOf, optional, record, shape } from "../_lib/guards.js";
import { GOODMAN_GRADE_SEVERITY } from "../catalogues/severity.js";
import type { SourceId } from "../catalogues/sources.js";
import { PlannerError } from "../errors.js";
import type { SessionEstimate } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { Scar } from "../models/scar.js";
import {
  GOODMAN_GRADES,
  SCAR_TYPES,
  SEVERITIES,
  type Severity,
  TREATMENT_GOALS,
  type TreatmentGoal,
} from "../models/values.js";

/**
 * What {@link estimateSessions} needs: the goal and the scars (a {@link Patient} will do).
 *
 * @category Planning
 */
export interface EstimateInput {
  /** The treatment goal. */
  readonly goal: TreatmentGoal;
  /** The scars to treat; only their severity and Goodman grade are used. */
  readonly scars?: readonly Pick<Scar, "severity" | "goodmanGrade">[] | undefined;
}

/**
 * Options of {@link estimateSessions}.
 *
 * @category Planning
 */
export interface EstimateOptions {
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

const checkInput = shape({
  goal: oneOf(TREATMENT_GOALS),
  scars: optional(
    arrayOf(
      shape({
        type: optional(oneOf(SCAR_TYPES)),
        severity: optional(oneOf(SEVERITIES)),
        goodmanGrade: optional(oneOf(GOODMAN_GRADES)),
      }),
      50,
    ),
  ),
});

/**
 * Estimates how many sessions a course takes.
 *
 * Rejuvenation uses the protocol's rejuvenation range (default 3-6, typical 4). For scar
 * revision the most severe scar decides (default mild 1-3, moderate 3-5, severe 4-7); a scar
 * counts as the more severe of its label and its Goodman grade, and macular (grade 1) scars do
 * not count. With no graded scar, the estimate spans every severity (`unknown-severity`).
 * Estimates never fall as severity rises (the protocol guarantees it).
 *
 * @param input - the goal and scars (a `Patient` will do)
 * @param options - optionally, a protocol
 * @returns `{ min, typical, max, basis, sources }`; plan `typical` sessions
 * @throws {@link PlannerError} `INVALID_INPUT` for a malformed input, `INVALID_PROTOCOL` for a bad protocol
 *
 * @example
 * ```ts
 * import { estimateSessions } from "microneedling-planner";
 * estimateSessions({ goal: "scar-revision", scars: [{ severity: "moderate" }, { goodmanGrade: 4 }] });
 * //=> { min: 4, typical: 6, max: 7, basis: "severe", sources: ["ARTICLE-2021", "MINUTILLI-2024", "TIRMIZI-2021"] }
 * estimateSessions({ goal: "rejuvenation" }).typical;
 * //=> 4
 * ```
 * @category Planning
 */
export function estimateSessions(input: EstimateInput, options: EstimateOptions = {}): SessionEstimate {
  assertValid(checkInput, input, "input");
  assertValid(record, options, "options");
  return estimateOf(input, resolveProtocol((options as EstimateOptions).protocol));
}

/** {@link estimateSessions} on checked input. @internal */
export function estimateOf(input: EstimateInput, protocol: Protocol): SessionEstimate {
  const { sessions } = protocol;
  let basis: SessionEstimate["basis"];
  let range: { min: number; typical: number; max: number };
  if (input.goal === "rejuvenation") {
    basis = "rejuvenation";
    range = sessions.rejuvenation;
  } else {
    // The worst severity given or implied by a Goodman grade (grade 1, macular, implies none).
    // Stryker disable next-line ArrayDeclaration: a non-scar entry has no severity or grade, so it ranks like no scar
    const ranks = (input.scars ?? []).flatMap((scar) =>
      [scar.severity, scar.goodmanGrade && GOODMAN_GRADE_SEVERITY[scar.goodmanGrade]].map((severity) =>
        SEVERITIES.indexOf(severity as Severity),
      ),
    );
    const worst = SEVERITIES[Math.max(-1, ...ranks)];
    if (worst === undefined) {
      basis = "unknown-severity";
      range = { min: sessions.mild.min, typical: sessions.moderate.typical, max: sessions.severe.max };
    } else {
      basis = worst;
      range = sessions[worst];
    }
  }
  return { min: range.min, typical: range.typical, max: range.max, basis, sources: [...BASIS_SOURCES[basis]] };
}
