import { deepFreeze } from "../_lib/deep-freeze.js";
import type { Protocol } from "../models/protocol.js";

/**
 * The default protocol: the source article's numbers (ARTICLE-2021), completed from the
 * literature where the article is silent, and marked `PLANNER-DECISION` where nothing is published.
 * Deeply frozen. `PROTOCOL_SETTING_CATALOGUE` (`microneedling-planner/sources`) gives each
 * setting's sources and evidence level; the clinical tables in `docs/` list them.
 *
 * | setting | default | source |
 * |---|---|---|
 * | sessions, moderate | 3-5, typical 4 | ARTICLE-2021 A5 |
 * | sessions, severe | 4-7, typical 6 | ARTICLE-2021 A5 (3+1 .. 5+2), MINUTILLI-2024 |
 * | sessions, mild | 1-3, typical 2 | PLANNER-DECISION (extrapolated; ALSTER-LI-2020's mean of 2.5 supports it loosely) |
 * | sessions, rejuvenation | 3-6, typical 4 | ABLON-2018 (4 sessions); the maximum of 6 is a PLANNER-DECISION |
 * | sessions, striae | 1-3, typical 2 | ALSTER-LI-2020-STRIAE |
 * | interval | 4-6 weeks | ARTICLE-2021 A6, HARRIS-2015; session 1's window (their difference) is a PLANNER-DECISION |
 * | reassess after a gap of | 12 weeks | PLANNER-DECISION (nothing published) |
 * | isotretinoin washout | 6 months | ISO-INSERT (the 2017 consensus allows less: SPRING-2017) |
 * | result checks | 3 and 6 months after the last session | VONDALWIG-2020, ABLON-2018; ALAM-2014 |
 * | maintenance, scars | 11-13 months, due at 12 | ARTICLE-2021 A8; the month either side is a PLANNER-DECISION |
 * | maintenance, rejuvenation | 3-6 months, due at 3 | ARTICLE-2021 A9 |
 * | review a deferral with no end | after 28 days | PLANNER-DECISION (nothing published) |
 * | burn scar maturity | 12 months | AUST-2010-BURNS |
 * | waits after filler or toxin, after resurfacing | 14 and 28 days | practice convention (P) |
 * | stop topical retinoids before a session | 5 days | practice convention (P) |
 * | antiviral prophylaxis before a session | 7 days | MINUTILLI-2024, CMAC-HSV-2021 |
 *
 * @example
 * ```ts
 * import { defaultProtocol } from "microneedling-planner";
 * defaultProtocol.interval;
 * //=> { minWeeks: 4, maxWeeks: 6 }
 * ```
 * @category Protocol
 */
export const defaultProtocol: Protocol = deepFreeze({
  id: "article-2021",
  version: "1",
  sessions: {
    mild: { min: 1, typical: 2, max: 3 },
    moderate: { min: 3, typical: 4, max: 5 },
    severe: { min: 4, typical: 6, max: 7 },
    rejuvenation: { min: 3, typical: 4, max: 6 },
  },
  sessionsByType: { striae: { min: 1, typical: 2, max: 3 } },
  interval: { minWeeks: 4, maxWeeks: 6 },
  reassessAfterWeeks: 12,
  isotretinoinWashoutMonths: 6,
  resultCheckMonths: 3,
  finalResultCheckMonths: 6,
  maintenance: {
    scarRevision: { earliestMonths: 11, dueMonths: 12, latestMonths: 13 },
    rejuvenation: { earliestMonths: 3, dueMonths: 3, latestMonths: 6 },
  },
  reminderLeadDays: 7,
  deferralReviewDays: 28,
  labelMinimumAgeYears: 22,
  recentScarMonths: 12,
  burnMaturityMonths: 12,
  fillerToxinWaitDays: 14,
  resurfacingWaitDays: 28,
  retinoidStopDays: 5,
  antiviralLeadDays: 7,
  pihRiskFrom: "IV",
});
