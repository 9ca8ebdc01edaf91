/**
 * Where each default protocol setting comes from, and how strong the evidence is.
 *
 * @module
 */
import { deepFreeze } from "../_lib/deep-freeze.js";
import type { SourceId } from "../models/source-ids.js";
import type { EvidenceLevel } from "./factors.js";

/**
 * The provenance of one default protocol setting.
 *
 * @category Sources
 */
export interface ProtocolSettingEntry {
  /** The evidence level of the default (C, S, R, P, U or I; see `EvidenceLevel`). */
  readonly evidence: EvidenceLevel;
  /** Where it comes from. `PLANNER-DECISION` marks a default chosen where nothing is published. */
  readonly sources: readonly SourceId[];
}

/**
 * The provenance of every default protocol setting, by its path in the protocol (`sessions.mild`,
 * `interval.maxWeeks`, ...). Settings that only clinic practice supports are tagged `P`.
 *
 * @example
 * ```ts
 * import { PROTOCOL_SETTING_CATALOGUE } from "microneedling-planner/sources";
 * PROTOCOL_SETTING_CATALOGUE.fillerToxinWaitDays;
 * //=> { evidence: "P", sources: ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"] }
 * ```
 * @category Sources
 */
export const PROTOCOL_SETTING_CATALOGUE: Readonly<Record<string, ProtocolSettingEntry>> = deepFreeze({
  "sessions.mild": { evidence: "I", sources: ["PLANNER-DECISION", "HARRIS-2015", "ALSTER-LI-2020"] },
  "sessions.moderate": { evidence: "P", sources: ["ARTICLE-2021", "HARRIS-2015"] },
  "sessions.severe": { evidence: "P", sources: ["ARTICLE-2021", "MINUTILLI-2024", "TIRMIZI-2021"] },
  "sessions.rejuvenation": { evidence: "S", sources: ["ABLON-2018", "PLANNER-DECISION"] },
  "sessionsByType.striae": { evidence: "S", sources: ["ALSTER-LI-2020-STRIAE"] },
  "interval.minWeeks": { evidence: "C", sources: ["ARTICLE-2021", "HARRIS-2015", "ALSTER-LI-2020"] },
  "interval.maxWeeks": { evidence: "P", sources: ["ARTICLE-2021", "PLANNER-DECISION"] },
  reassessAfterWeeks: { evidence: "I", sources: ["PLANNER-DECISION"] },
  isotretinoinWashoutMonths: { evidence: "R", sources: ["ISO-INSERT", "SPRING-2017", "WALDMAN-2017"] },
  resultCheckMonths: { evidence: "C", sources: ["VONDALWIG-2020", "ABLON-2018"] },
  finalResultCheckMonths: { evidence: "S", sources: ["ALAM-2014", "MINUTILLI-2024"] },
  "maintenance.scarRevision": { evidence: "U", sources: ["ARTICLE-2021", "PLANNER-DECISION"] },
  "maintenance.rejuvenation": { evidence: "U", sources: ["ARTICLE-2021"] },
  reminderLeadDays: { evidence: "I", sources: ["PLANNER-DECISION"] },
  deferralReviewDays: { evidence: "I", sources: ["PLANNER-DECISION"] },
  labelMinimumAgeYears: { evidence: "R", sources: ["FDA-DEN160029"] },
  recentScarMonths: { evidence: "R", sources: ["FDA-DEN160029", "CLAYTOR-2022"] },
  burnMaturityMonths: { evidence: "S", sources: ["AUST-2010-BURNS"] },
  fillerToxinWaitDays: { evidence: "P", sources: ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"] },
  resurfacingWaitDays: { evidence: "P", sources: ["PRACTICE-CONVENTION", "CLINICAL-REVIEW-2026"] },
  retinoidStopDays: { evidence: "P", sources: ["PRACTICE-CONVENTION", "AUST-2008"] },
  antiviralLeadDays: { evidence: "C", sources: ["MINUTILLI-2024", "CMAC-HSV-2021", "ONWUDIWE-2013"] },
  pihRiskFrom: { evidence: "C", sources: ["DOGRA-2014", "CHU-2021", "COHEN-ELBULUK-2016"] },
} satisfies Record<string, ProtocolSettingEntry>);
