/**
 * Findings for reported patient factors, driven by the factor catalogue.
 *
 * @module
 * @internal
 */
import { daysBetween, plusDays, plusMonths } from "../_lib/iso-date.js";
import { FACTOR_CATALOGUE } from "../catalogues/factors.js";
import type { FactorContradictoryFinding, FactorFinding } from "../models/eligibility.js";
import type { IsoDate } from "../models/iso-date.js";
import type { FactorReport } from "../models/patient.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { FactorCode } from "../models/values.js";

/** The first date-or-status contradiction of a report, if any. @internal */
export function contradiction(
  report: DeepReadonly<FactorReport>,
  today: IsoDate,
): FactorContradictoryFinding["params"]["problem"] | undefined {
  const { since, until } = report;
  const status = report.status ?? "active";
  // Stryker disable next-line ConditionalExpression: a comparison with undefined is false, so this check only narrows the type
  if (since !== undefined && since > today) return "since-in-future";
  // Stryker disable next-line ConditionalExpression,LogicalOperator: comparisons with undefined are false, so these checks only narrow the types
  if (since !== undefined && until !== undefined && since > until) return "since-after-until";
  // Stryker disable next-line ConditionalExpression: a comparison with undefined is false, so this check only narrows the type
  if (until !== undefined && status === "history" && until > today) return "history-ends-in-future";
  return undefined;
}

/**
 * The finding for one reported factor. Findings are written out in full (no object spread): on
 * Node 20, a spread that adds properties costs microseconds per finding.
 *
 * - An `active` report whose `until` is on or before today has ended (CLINICAL-REVIEW-2026 9.1):
 *   its `history` effect applies (`ended`), and a washout runs from that day. The day the library
 *   itself gave as `reassessOn` thus never comes back as contradictory.
 * - A factor with a `wait` (a procedure) waits that many days after `since`, whatever its status.
 * - An `active` factor with a washout and a planned last dose (`until` after today) stays as it
 *   is (isotretinoin: contraindicated while taking it), with the day treatment may resume.
 * @internal
 */
export function factorFinding(
  report: DeepReadonly<FactorReport>,
  index: number,
  today: IsoDate,
  protocol: Protocol,
): FactorFinding {
  const { code } = report;
  const kind = "factor";
  if (code === "other") {
    // Stryker disable next-line StringLiteral: unreachable: the input checks require a note on an "other" factor
    const note = report.note ?? "";
    return {
      kind,
      code,
      index,
      reason: "other",
      effect: "needs-review",
      params: { note },
      sources: ["PLANNER-DECISION"],
    };
  }
  const entry = Object.hasOwn(FACTOR_CATALOGUE, code) ? FACTOR_CATALOGUE[code as FactorCode] : undefined;
  if (entry === undefined) {
    const reason = "unknown-code";
    return { kind, code, index, reason, effect: "needs-review", params: {}, sources: ["PLANNER-DECISION"] };
  }
  const sources = [...entry.sources];
  const problem = contradiction(report, today);
  if (problem !== undefined) {
    return { kind, code, index, reason: "contradictory", effect: "needs-review", params: { problem }, sources };
  }
  if (entry.wait !== undefined) {
    const days = protocol[entry.wait];
    const procedureOn = report.since;
    if (procedureOn === undefined) {
      return { kind, code, index, reason: "date-missing", effect: "needs-review", params: { days }, sources };
    }
    const until = plusDays(procedureOn, days);
    return until > today
      ? {
          kind,
          code,
          index,
          reason: "waiting",
          effect: "deferred",
          params: { procedureOn, days, until, daysLeft: daysBetween(today, until) },
          sources,
        }
      : { kind, code, index, reason: "wait-complete", effect: "info", params: { procedureOn, days, until }, sources };
  }
  const reported = report.status ?? "active";
  // Stryker disable next-line ConditionalExpression: a comparison with undefined is false, so this check only narrows the type
  const ended = reported === "active" && report.until !== undefined && report.until <= today;
  const status = ended ? "history" : reported;
  if (status === "history" && entry.washout !== undefined) {
    const months = protocol[entry.washout];
    const lastDose = report.until;
    if (lastDose === undefined) {
      return { kind, code, index, reason: "date-missing", effect: "needs-review", params: { months }, sources };
    }
    const until = plusMonths(lastDose, months);
    return until > today
      ? {
          kind,
          code,
          index,
          reason: "washout",
          effect: "deferred",
          params: { lastDose, months, until, daysLeft: daysBetween(today, until) },
          sources,
        }
      : { kind, code, index, reason: "washout-complete", effect: "info", params: { lastDose, months, until }, sources };
  }
  if (ended) {
    return {
      kind,
      code,
      index,
      reason: "ended",
      effect: entry.history,
      params: { until: report.until as IsoDate },
      sources,
    };
  }
  const effect = status === "active" ? entry.active : entry.history;
  const { until } = report;
  // A factor with a washout reported as history returned above: this one is active.
  if (entry.washout !== undefined && until !== undefined) {
    // Still taking it, with a planned last dose: treatment may resume after the washout.
    return {
      kind,
      code,
      index,
      reason: status,
      effect,
      params: { until, resumeOn: plusMonths(until, protocol[entry.washout]) },
      sources,
    };
  }
  const params = effect === "deferred" && until !== undefined ? { until } : {};
  return { kind, code, index, reason: status, effect, params, sources };
}
