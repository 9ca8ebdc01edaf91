/**
 * Findings for reported patient factors, driven by the factor catalogue.
 *
 * @module
 * @internal
 */
import { daysBetween, plusMonths } from "../_lib/iso-date.js";
import { FACTORS } from "../catalogues/factors.js";
import type { FindingDraft } from "../messages/message-layer.js";
import type { FactorReport } from "../models/factor.js";
import type { IsoDate } from "../models/iso-date.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { FactorCode } from "../models/values.js";

/** The first date-or-status contradiction of a report, if any. @internal */
export function contradiction(report: DeepReadonly<FactorReport>, on: IsoDate): string | undefined {
  const { since, until } = report;
  const status = report.status ?? "active";
  if (since !== undefined && since > on) return "since-in-future";
  if (since !== undefined && until !== undefined && since > until) return "since-after-until";
  if (until !== undefined && status === "history" && until > on) return "history-ends-in-future";
  if (until !== undefined && status === "active" && until <= on) return "active-but-ended";
  return undefined;
}

/**
 * The finding for one reported factor.
 * @internal
 */
export function factorFinding(
  report: DeepReadonly<FactorReport>,
  index: number,
  on: IsoDate,
  protocol: Protocol,
): FindingDraft {
  const code = report.code as string;
  const base = { kind: "factor" as const, code, index };
  const status = report.status ?? "active";
  if (code === "other") {
    return {
      ...base,
      reason: "other",
      effect: "needs-review",
      // Stryker disable next-line StringLiteral: unreachable: the input checks require a note on an "other" factor
      params: { note: report.note ?? "" },
      sources: ["PLANNER-DECISION"],
    };
  }
  const entry = Object.hasOwn(FACTORS, code) ? FACTORS[code as FactorCode] : undefined;
  if (entry === undefined) {
    return { ...base, reason: "unknown-code", effect: "needs-review", params: {}, sources: ["PLANNER-DECISION"] };
  }
  const sources = [...entry.sources];
  const problem = contradiction(report, on);
  if (problem !== undefined) {
    return { ...base, reason: "contradictory", effect: "needs-review", params: { problem }, sources };
  }
  if (status === "history" && entry.washout !== undefined) {
    const months = protocol[entry.washout];
    if (report.until === undefined) {
      return { ...base, reason: "date-missing", effect: "needs-review", params: { months }, sources };
    }
    const end = plusMonths(report.until, months);
    const params = { lastDose: report.until, months, until: end };
    return end > on
      ? {
          ...base,
          reason: "washout",
          effect: "deferred",
          params: { ...params, daysLeft: daysBetween(on, end) },
          sources,
        }
      : { ...base, reason: "washout-complete", effect: "info", params, sources };
  }
  const effect = status === "active" ? entry.active : entry.history;
  const params = effect === "deferred" && report.until !== undefined ? { until: report.until } : {};
  return { ...base, reason: status, effect, params, sources };
}
