import { goodmanGradeOf, inArea } from "../_lib/scars.js";
import { GOODMAN_GRADE_SEVERITY } from "../catalogues/severity.js";
import type { Patient } from "../models/patient.js";
import type { SessionEstimate } from "../models/plan.js";
import type { Protocol, SessionRange } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { SourceId } from "../models/source-ids.js";
import { type ScarType, SEVERITIES, type Severity } from "../models/values.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { ESTIMATE_SESSIONS_OPTIONS, PATIENT } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";

/**
 * Options of {@link estimateSessions}.
 *
 * @category Planning
 */
export interface EstimateSessionsOptions {
  /** Estimate for the scars of this area only (compared without case); every scar when omitted. */
  readonly area?: string | undefined;
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
}

const BASIS_SOURCES: Readonly<Record<Exclude<SessionEstimate["basis"], "scar-type">, readonly SourceId[]>> =
  Object.freeze({
    mild: Object.freeze(["PLANNER-DECISION", "HARRIS-2015", "ALSTER-LI-2020"] as const),
    moderate: Object.freeze(["ARTICLE-2021", "HARRIS-2015"] as const),
    severe: Object.freeze(["ARTICLE-2021", "MINUTILLI-2024", "TIRMIZI-2021"] as const),
    rejuvenation: Object.freeze(["ABLON-2018", "ARTICLE-2021"] as const),
    "unknown-severity": Object.freeze(["ARTICLE-2021", "PLANNER-DECISION"] as const),
    "macular-only": Object.freeze(["GOODMAN-QUAL-2006", "CLINICAL-REVIEW-2026"] as const),
  });

/** Sources of the scar types with their own session range in the default protocol. */
const TYPE_SOURCES: Readonly<Partial<Record<ScarType, readonly SourceId[]>>> = Object.freeze({
  striae: Object.freeze(["ALSTER-LI-2020-STRIAE"] as const),
});

/**
 * Estimates how many sessions a patient's course takes.
 *
 * Rejuvenation uses the protocol's rejuvenation range (default 3-6, typical 4). For scar
 * revision the worst scar decides (the one whose range has the highest typical count): a scar of
 * a type with its own range (`sessionsByType`, default striae 1-3) takes it, whatever its
 * severity; any other scar counts as the more severe of its label and its Goodman grade (default
 * mild 1-3, moderate 3-5, severe 4-7). Macular (grade 1) scars do not count; when every scar is
 * macular the estimate is 0 (`macular-only`: no microneedling course). With no graded scar, the
 * estimate spans every severity (`unknown-severity`). Estimates never fall as severity rises (the
 * protocol guarantees it). With an `area`, only that area's scars count.
 *
 * @param patient - the patient (only the goal and the scars are used)
 * @param options - optionally, an area and a protocol
 * @returns `{ min, typical, max, basis, scarType?, sources }`; plan `typical` sessions
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
 * estimateSessions({ goal: "scar-revision", fitzpatrick: "II", scars: [{ type: "striae", area: "abdomen" }] });
 * //=> { min: 1, typical: 2, max: 3, basis: "scar-type", scarType: "striae", sources: ["ALSTER-LI-2020-STRIAE"] }
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
  return estimateSessionsUnchecked(patient, options.protocol ?? defaultProtocol, options.area);
}

/** {@link estimateSessions} on checked input. @internal */
export function estimateSessionsUnchecked(
  patient: DeepReadonly<Patient>,
  protocol: Protocol,
  area?: string | undefined,
): SessionEstimate {
  const { sessions } = protocol;
  const of = (range: SessionRange, basis: Exclude<SessionEstimate["basis"], "scar-type">): SessionEstimate => ({
    min: range.min,
    typical: range.typical,
    max: range.max,
    basis,
    sources: [...BASIS_SOURCES[basis]],
  });
  if (patient.goal === "rejuvenation") return of(sessions.rejuvenation, "rejuvenation");
  let best: SessionEstimate | undefined;
  let counted = 0;
  let macular = 0;
  const scars = patient.scars ?? [];
  for (let index = 0; index < scars.length; index++) {
    const scar = scars[index] as (typeof scars)[number];
    if (!inArea(scar, area)) continue;
    counted += 1;
    const grade = goodmanGradeOf(scar);
    const own = protocol.sessionsByType[scar.type];
    let candidate: SessionEstimate | undefined;
    if (own !== undefined) {
      const sources = [...(TYPE_SOURCES[scar.type] ?? ["PLANNER-DECISION"])];
      candidate = {
        min: own.min,
        typical: own.typical,
        max: own.max,
        basis: "scar-type",
        scarType: scar.type,
        sources,
      };
    } else {
      // The worse of the label and the grade (grade 1, macular, implies none).
      const rank = Math.max(
        SEVERITIES.indexOf(scar.severity as Severity),
        // Stryker disable next-line ConditionalExpression: GOODMAN_GRADE_SEVERITY[undefined] is undefined, whose index is -1 too
        grade === undefined ? -1 : SEVERITIES.indexOf(GOODMAN_GRADE_SEVERITY[grade] as Severity),
      );
      const severity = SEVERITIES[rank];
      if (severity !== undefined) candidate = of(sessions[severity], severity);
      else if (grade === 1) macular += 1;
    }
    if (candidate !== undefined && (best === undefined || outranks(candidate, best))) best = candidate;
  }
  if (best !== undefined) return best;
  if (counted > 0 && macular === counted)
    return { min: 0, typical: 0, max: 0, basis: "macular-only", sources: [...BASIS_SOURCES["macular-only"]] };
  return {
    min: sessions.mild.min,
    typical: sessions.moderate.typical,
    max: sessions.severe.max,
    basis: "unknown-severity",
    sources: [...BASIS_SOURCES["unknown-severity"]],
  };
}

/** Bases in rising order of weight, to break a tie between equal ranges. */
const BASIS_RANK: readonly SessionEstimate["basis"][] = ["scar-type", "mild", "moderate", "severe"];

/**
 * The worse of two estimates: more typical sessions, then more at most, then more at least, then
 * the heavier basis (severe over a scar type's own range), then the scar type's name. A total
 * order, so the estimate never depends on the order the scars are listed in.
 */
function outranks(a: SessionEstimate, b: SessionEstimate): boolean {
  if (a.typical !== b.typical) {
    // Stryker disable next-line EqualityOperator: the typical counts differ here, so > and >= agree
    return a.typical > b.typical;
  }
  if (a.max !== b.max) {
    // Stryker disable next-line EqualityOperator: the maxima differ here, so > and >= agree
    return a.max > b.max;
  }
  if (a.min !== b.min) {
    // Stryker disable next-line EqualityOperator: the minima differ here, so > and >= agree
    return a.min > b.min;
  }
  if (a.basis !== b.basis) {
    // Stryker disable next-line EqualityOperator: the bases differ and each has its own rank, so > and >= agree
    return BASIS_RANK.indexOf(a.basis) > BASIS_RANK.indexOf(b.basis);
  }
  // Stryker disable next-line EqualityOperator: equal names here mean equal estimates (same range, basis, type and sources)
  return (a.scarType ?? "") > (b.scarType ?? "");
}
