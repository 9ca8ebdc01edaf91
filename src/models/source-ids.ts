/**
 * The ids of every source the library cites. Literature ids are those of the bibliography in
 * the clinical evidence review; the source article is `ARTICLE-2021`. Citations are in
 * `SOURCE_CATALOGUE` (`microneedling-planner/sources`).
 *
 * @module
 */
/**
 * Every source id the library cites.
 *
 * @example
 * ```ts
 * import { SOURCE_IDS } from "microneedling-planner/sources";
 * SOURCE_IDS.includes("SPRING-2017");
 * //=> true
 * ```
 * @category Sources
 */
export const SOURCE_IDS = Object.freeze([
  "ARTICLE-2021",
  "PLANNER-DECISION",
  "JACOB-2001",
  "FABBROCINI-2010",
  "FABBROCINI-2009",
  "MINUTILLI-2024",
  "VONDALWIG-2020",
  "IOSIFIDIS-2019",
  "ALSTER-LI-2020",
  "CLAYTOR-2022",
  "AUST-2010-BURNS",
  "COHEN-ELBULUK-2016",
  "JUHASZ-COHEN-2020",
  "MOHAMED-ALI-2017",
  "STRIAE-NAFL-2018",
  "STRIAE-META-2024",
  "GOODMAN-QUAL-2006",
  "NCT02646917",
  "FITZPATRICK-1988",
  "HE-2014",
  "DOGRA-2014",
  "CHU-2021",
  "FDA-DEN160029",
  "NICKEL-COMMENTARY",
  "SPRING-2017",
  "ISO-INSERT",
  "WALDMAN-2017",
  "MAHADEVAPPA-2016",
  "MYSORE-2017",
  "CMAC-HSV-2021",
  "ONWUDIWE-2013",
  "MAGERUSAN-2024",
  "DERMAPEN4-IFU",
  "MOHAMED-2024-ROSACEA",
  "BRAY-2016",
  "HARRIS-2015",
  "ABLON-2018",
  "ALAM-2014",
  "TIRMIZI-2021",
  "WOUND-PHASES-2008",
  "GERONTOLOGY-1990",
  "GOODMAN-QUANT-2006",
  "CLARK-2018",
  "CONNOLLY-2017",
  "HESSION-GRABER-2015",
  "ALSTER-LI-2020-STRIAE",
  "AUST-2008",
  "PRACTICE-CONVENTION",
  "CLINICAL-REVIEW-2026",
] as const);

/** A source id, one of {@link SOURCE_IDS}. @category Sources */
export type SourceId = (typeof SOURCE_IDS)[number];
