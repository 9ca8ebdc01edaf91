import { deepFreeze } from "../_lib/deep-freeze.js";
import type { Protocol } from "../models/protocol.js";
import type { SourceId } from "../models/source-ids.js";

/**
 * The default protocol: the source article's numbers (ARTICLE-2021), completed from the
 * literature where the article is silent. Deeply frozen. See {@link PROTOCOL_SOURCES} for
 * where each number comes from.
 *
 * | setting | default | source |
 * |---|---|---|
 * | sessions, moderate | 3-5, typical 4 | ARTICLE-2021 A5 |
 * | sessions, severe | 4-7, typical 6 | ARTICLE-2021 A5 (3+1 .. 5+2), MINUTILLI-2024 |
 * | sessions, mild | 1-3, typical 2 | HARRIS-2015, ALSTER-LI-2020 (extrapolated) |
 * | sessions, rejuvenation | 3-6, typical 4 | ABLON-2018 |
 * | interval | 4-6 weeks | ARTICLE-2021 A6, HARRIS-2015 |
 * | reassess after a gap of | 12 weeks | PLANNER-DECISION (nothing published) |
 * | isotretinoin washout | 6 months | ISO-INSERT |
 * | result check | 3 months after the last session | VONDALWIG-2020, ABLON-2018 |
 * | maintenance, scars | 11-13 months, due at 12 | ARTICLE-2021 A8 |
 * | maintenance, rejuvenation | 3-6 months, due at 3 | ARTICLE-2021 A9 |
 * | review a deferral with no end | after 28 days | PLANNER-DECISION (nothing published) |
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
  interval: { minWeeks: 4, maxWeeks: 6 },
  reassessAfterWeeks: 12,
  isotretinoinWashoutMonths: 6,
  resultCheckMonths: 3,
  maintenance: {
    scarRevision: { earliestMonths: 11, dueMonths: 12, latestMonths: 13 },
    rejuvenation: { earliestMonths: 3, dueMonths: 3, latestMonths: 6 },
  },
  reminderLeadDays: 7,
  deferralReviewDays: 28,
  labelMinimumAgeYears: 22,
  recentScarMonths: 12,
  pihRiskFrom: "IV",
});

/**
 * Where each default protocol number comes from, by setting.
 *
 * @example
 * ```ts
 * import { PROTOCOL_SOURCES } from "microneedling-planner";
 * PROTOCOL_SOURCES.interval;
 * //=> ["ARTICLE-2021", "HARRIS-2015", "ALSTER-LI-2020"]
 * ```
 * @category Protocol
 */
export const PROTOCOL_SOURCES: Readonly<Record<Exclude<keyof Protocol, "id" | "version">, readonly SourceId[]>> =
  deepFreeze({
    sessions: ["ARTICLE-2021", "HARRIS-2015", "ALSTER-LI-2020", "MINUTILLI-2024", "ABLON-2018"],
    interval: ["ARTICLE-2021", "HARRIS-2015", "ALSTER-LI-2020"],
    reassessAfterWeeks: ["PLANNER-DECISION"],
    isotretinoinWashoutMonths: ["ISO-INSERT", "SPRING-2017", "WALDMAN-2017"],
    resultCheckMonths: ["VONDALWIG-2020", "ABLON-2018", "ALAM-2014"],
    maintenance: ["ARTICLE-2021", "PLANNER-DECISION"],
    reminderLeadDays: ["PLANNER-DECISION"],
    deferralReviewDays: ["PLANNER-DECISION"],
    labelMinimumAgeYears: ["FDA-DEN160029"],
    recentScarMonths: ["FDA-DEN160029", "CLAYTOR-2022"],
    pihRiskFrom: ["DOGRA-2014", "CHU-2021", "COHEN-ELBULUK-2016"],
  });
