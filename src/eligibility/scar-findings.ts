/**
 * Findings for the scars to treat: the scar type's own effect, severity grading, maturity, age and
 * adjunct therapies.
 *
 * @module
 * @internal
 */
import { plusMonths } from "../_lib/iso-date.js";
import { goodmanGradeOf } from "../_lib/scars.js";
import { SCAR_TYPE_CATALOGUE } from "../catalogues/scar-types.js";
import { GOODMAN_GRADE_SEVERITY } from "../catalogues/severity.js";
import type { Finding } from "../models/eligibility.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Scar } from "../models/patient.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";

/** Findings for one scar, added to `findings`. `graded` is false when severity does not matter (rejuvenation). @internal */
export function scarFindings(
  scar: DeepReadonly<Scar>,
  index: number,
  today: IsoDate,
  protocol: Protocol,
  graded: boolean,
  findings: Finding[],
): void {
  const entry = SCAR_TYPE_CATALOGUE[scar.type];
  const kind = "scar";
  const code = scar.type;
  if (entry.effect !== "info") {
    findings.push({ kind, code, index, reason: "type", effect: entry.effect, params: {}, sources: [...entry.sources] });
  }
  const { severity } = scar;
  const goodmanGrade = goodmanGradeOf(scar);
  const ownRange = protocol.sessionsByType[scar.type] !== undefined;
  if (goodmanGrade === 1) {
    const params = { goodmanGrade } as const;
    findings.push({
      kind,
      code,
      index,
      reason: "macular",
      effect: "needs-review",
      params,
      sources: ["GOODMAN-QUAL-2006"],
    });
  } else if (graded && !ownRange && severity === undefined && goodmanGrade === undefined) {
    const reason = "severity-missing";
    findings.push({ kind, code, index, reason, effect: "needs-review", params: {}, sources: ["GOODMAN-QUAL-2006"] });
  } else if (
    severity !== undefined &&
    goodmanGrade !== undefined &&
    GOODMAN_GRADE_SEVERITY[goodmanGrade] !== severity
  ) {
    findings.push({
      kind,
      code,
      index,
      reason: "severity-contradictory",
      effect: "needs-review",
      params: { severity, goodmanGrade },
      sources: ["GOODMAN-QUAL-2006"],
    });
  }
  const { formedOn } = scar;
  // Stryker disable next-line ConditionalExpression: the protocol has no "undefined" setting, so protocol[undefined] is undefined too
  const maturity = entry.maturity === undefined ? undefined : protocol[entry.maturity];
  // Stryker disable next-line ConditionalExpression: a comparison with undefined is false, so this check only narrows the type
  if (formedOn !== undefined && formedOn > today) {
    findings.push({
      kind,
      code,
      index,
      reason: "contradictory",
      effect: "needs-review",
      params: { problem: "formed-in-future", formedOn },
      sources: ["PLANNER-DECISION"],
    });
  } else if (maturity !== undefined && (formedOn === undefined || plusMonths(formedOn, maturity) > today)) {
    // Trials treated mature burn scars only (AUST-2010-BURNS): a younger one, or one of unknown age, is reviewed.
    findings.push({
      kind,
      code,
      index,
      reason: formedOn === undefined ? "maturity-unknown" : "immature",
      effect: "needs-review",
      params: formedOn === undefined ? { months: maturity } : { formedOn, months: maturity },
      sources: [...entry.sources],
    });
  } else if (formedOn !== undefined && plusMonths(formedOn, protocol.recentScarMonths) > today) {
    findings.push({
      kind,
      code,
      index,
      reason: "recent",
      effect: "info",
      params: { formedOn, months: protocol.recentScarMonths },
      sources: ["FDA-DEN160029", "CLAYTOR-2022"],
    });
  }
  // Stryker disable next-line ConditionalExpression: the input checks allow a depth on boxcar scars only
  const adjuncts = scar.type === "boxcar" && scar.depth === "deep" ? entry.deepAdjuncts : entry.adjuncts;
  // A macular scar (grade 1) is a colour change, not a depression: no adjunct for depth.
  if (adjuncts !== undefined && goodmanGrade !== 1) {
    findings.push({
      kind,
      code,
      index,
      reason: "adjunct",
      effect: "info",
      params: { therapies: [...adjuncts.therapies] },
      sources: [...adjuncts.sources],
    });
  }
}
