/**
 * Findings for the scars to treat: the scar type's own effect, severity grading and age.
 *
 * @module
 * @internal
 */
import { plusMonths } from "../_lib/iso-date.js";
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
  const { severity, goodmanGrade } = scar;
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
  } else if (graded && severity === undefined && goodmanGrade === undefined) {
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
  if (formedOn === undefined) return;
  if (formedOn > today) {
    findings.push({
      kind,
      code,
      index,
      reason: "contradictory",
      effect: "needs-review",
      params: { problem: "formed-in-future", formedOn },
      sources: ["PLANNER-DECISION"],
    });
  } else if (plusMonths(formedOn, protocol.recentScarMonths) > today) {
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
}
