/**
 * Findings for the scars to treat: the scar type's own effect, severity grading and age.
 *
 * @module
 * @internal
 */
import { plusMonths } from "../_lib/iso-date.js";
import { SCAR_TYPE_CATALOGUE } from "../catalogues/scar-types.js";
import { GOODMAN_GRADE_SEVERITY } from "../catalogues/severity.js";
import type { FindingDraft } from "../messages/message-layer.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { Scar } from "../models/scar.js";

/** Findings for one scar. `graded` is false when severity does not matter (rejuvenation). @internal */
export function scarFindings(
  scar: DeepReadonly<Scar>,
  index: number,
  on: IsoDate,
  protocol: Protocol,
  graded: boolean,
): FindingDraft[] {
  const entry = SCAR_TYPE_CATALOGUE[scar.type];
  const base = { kind: "scar" as const, code: scar.type, index };
  const findings: FindingDraft[] = [];
  if (entry.effect !== "info") {
    findings.push({ ...base, reason: "type", effect: entry.effect, params: {}, sources: [...entry.sources] });
  }
  const grading: readonly ["GOODMAN-QUAL-2006"] = ["GOODMAN-QUAL-2006"];
  if (scar.goodmanGrade === 1) {
    findings.push({
      ...base,
      reason: "macular",
      effect: "needs-review",
      params: { goodmanGrade: 1 },
      sources: [...grading],
    });
  } else if (graded && scar.severity === undefined && scar.goodmanGrade === undefined) {
    findings.push({ ...base, reason: "severity-missing", effect: "needs-review", params: {}, sources: [...grading] });
  } else if (
    scar.severity !== undefined &&
    scar.goodmanGrade !== undefined &&
    GOODMAN_GRADE_SEVERITY[scar.goodmanGrade] !== scar.severity
  ) {
    findings.push({
      ...base,
      reason: "severity-contradictory",
      effect: "needs-review",
      params: { severity: scar.severity, goodmanGrade: scar.goodmanGrade },
      sources: [...grading],
    });
  }
  if (scar.formedOn !== undefined) {
    if (scar.formedOn > on) {
      findings.push({
        ...base,
        reason: "contradictory",
        effect: "needs-review",
        params: { problem: "formed-in-future", formedOn: scar.formedOn },
        sources: ["PLANNER-DECISION"],
      });
    } else if (plusMonths(scar.formedOn, protocol.recentScarMonths) > on) {
      findings.push({
        ...base,
        reason: "recent",
        effect: "info",
        params: { formedOn: scar.formedOn, months: protocol.recentScarMonths },
        sources: ["FDA-DEN160029", "CLAYTOR-2022"],
      });
    }
  }
  return findings;
}
