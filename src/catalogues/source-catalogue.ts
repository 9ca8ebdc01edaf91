/**
 * Citations of every source the library cites. Kept out of the root entry point (they are
 * most of its text): findings carry source ids, and this table turns them into citations.
 *
 * @module
 */
import type { SourceId } from "../models/source-ids.js";

/**
 * What kind of source it is, strongest evidence first.
 *
 * - `peer-reviewed`: a published study, review or guideline.
 * - `regulatory`: device labelling or a drug package insert.
 * - `trial-registry`: a registered trial record.
 * - `article`: the clinic article the default protocol restates.
 * - `planner`: a documented design decision of this library where nothing is published.
 *
 * @category Sources
 */
export type SourceKind = "peer-reviewed" | "regulatory" | "trial-registry" | "article" | "planner";

/**
 * A citable source.
 *
 * @category Sources
 */
export interface Source {
  /** Stable id, as cited by findings, catalogues and the protocol. */
  readonly id: SourceId;
  /** What kind of source it is. */
  readonly kind: SourceKind;
  /** The citation. */
  readonly citation: string;
}

/**
 * The citation of every source id, frozen.
 *
 * @example
 * ```ts
 * import { SOURCE_CATALOGUE } from "microneedling-planner/sources";
 * SOURCE_CATALOGUE["ARTICLE-2021"].kind;
 * //=> "article"
 * ```
 * @category Sources
 */
export const SOURCE_CATALOGUE: Readonly<Record<SourceId, Source>> = Object.freeze({
  "ARTICLE-2021": Object.freeze({
    id: "ARTICLE-2021",
    kind: "article",
    citation:
      '"Is Microneedling Permanent for Scars?" Clinic article, 26 Nov 2021. Its claims A1-A9 are the library\'s default protocol.',
  }),
  "PLANNER-DECISION": Object.freeze({
    id: "PLANNER-DECISION",
    kind: "planner",
    citation:
      "microneedling-planner design decision: nothing is published, so the library chooses a documented, overridable default (evidence label I).",
  }),
  "JACOB-2001": Object.freeze({
    id: "JACOB-2001",
    kind: "peer-reviewed",
    citation:
      "Jacob CI, Dover JS, Kaminer MS. Acne scarring: a classification system and review of treatment options. J Am Acad Dermatol 2001;45(1):109-17. PMID 11423843.",
  }),
  "FABBROCINI-2010": Object.freeze({
    id: "FABBROCINI-2010",
    kind: "peer-reviewed",
    citation:
      "Fabbrocini G, et al. Acne scars: pathogenesis, classification and treatment. Dermatol Res Pract 2010;2010:893080.",
  }),
  "FABBROCINI-2009": Object.freeze({
    id: "FABBROCINI-2009",
    kind: "peer-reviewed",
    citation:
      "Fabbrocini G, Fardella N, Monfrecola A, Proietti I, Innocenzi D. Acne scarring treatment using skin needling. Clin Exp Dermatol 2009;34(8):874-879. doi:10.1111/j.1365-2230.2009.03291.x",
  }),
  "MINUTILLI-2024": Object.freeze({
    id: "MINUTILLI-2024",
    kind: "peer-reviewed",
    citation:
      "Minutilli E. Microneedling for treatment of acne scars: considerations on the successful management of this aesthetic procedure. J Drugs Dermatol 2024;23(3):e79.",
  }),
  "VONDALWIG-2020": Object.freeze({
    id: "VONDALWIG-2020",
    kind: "peer-reviewed",
    citation:
      "von Dalwig-Nolda D, Ablon G. Safety and effectiveness of an automated microneedling device in improving acne scarring. J Clin Aesthet Dermatol 2020;13(8):17-22.",
  }),
  "IOSIFIDIS-2019": Object.freeze({
    id: "IOSIFIDIS-2019",
    kind: "peer-reviewed",
    citation:
      "Iosifidis C, Goutos I. Percutaneous collagen induction (microneedling) for the management of non-atrophic scars: literature review. Scars Burn Heal 2019;5:2059513119880301. PMID 31807320.",
  }),
  "ALSTER-LI-2020": Object.freeze({
    id: "ALSTER-LI-2020",
    kind: "peer-reviewed",
    citation:
      "Alster TS, Li MKY. Microneedling of scars: a large prospective study with long-term follow-up. Plast Reconstr Surg 2020;145(2):358-364. doi:10.1097/PRS.0000000000006462. PMID 31985622.",
  }),
  "CLAYTOR-2022": Object.freeze({
    id: "CLAYTOR-2022",
    kind: "peer-reviewed",
    citation:
      "Claytor RB, Sheck CG, Chopra V. Microneedling outcomes in early postsurgical scars. Plast Reconstr Surg 2022;150(3):557e-561e. doi:10.1097/PRS.0000000000009466",
  }),
  "AUST-2010-BURNS": Object.freeze({
    id: "AUST-2010-BURNS",
    kind: "peer-reviewed",
    citation:
      "Aust MC, et al. Percutaneous collagen induction therapy: an alternative treatment for burn scars. Burns 2010;36(6):836-43. doi:10.1016/j.burns.2009.11.014",
  }),
  "COHEN-ELBULUK-2016": Object.freeze({
    id: "COHEN-ELBULUK-2016",
    kind: "peer-reviewed",
    citation:
      "Cohen BE, Elbuluk N. Microneedling in skin of color: a review of uses and efficacy. J Am Acad Dermatol 2016;74(2):348-55. doi:10.1016/j.jaad.2015.09.024. PMID 26549251.",
  }),
  "JUHASZ-COHEN-2020": Object.freeze({
    id: "JUHASZ-COHEN-2020",
    kind: "peer-reviewed",
    citation:
      "Juhasz MLW, Cohen JL. Microneedling for the treatment of scars: an update for clinicians. Clin Cosmet Investig Dermatol 2020;13:997-1003. doi:10.2147/CCID.S267192. PMID 33376377.",
  }),
  "MOHAMED-ALI-2017": Object.freeze({
    id: "MOHAMED-ALI-2017",
    kind: "peer-reviewed",
    citation:
      "Mohamed Ali BM, El-Tatawy RA, Elfar NN, Mohammed Ali DA. A comparative clinical and histopathological study of microneedling versus microdermabrasion in the treatment of striae distensae. J Egypt Womens Dermatol Soc 2017;14(2):92-99.",
  }),
  "STRIAE-NAFL-2018": Object.freeze({
    id: "STRIAE-NAFL-2018",
    kind: "peer-reviewed",
    citation:
      "Efficacy of microneedling versus fractional non-ablative laser to treat striae alba: a randomized study. Am J Clin Dermatol (doi:10.1007/s40257-018-0415-0), NCT03390439.",
  }),
  "STRIAE-META-2024": Object.freeze({
    id: "STRIAE-META-2024",
    kind: "peer-reviewed",
    citation:
      "Microneedling therapy for striae distensae: systematic review and meta-analysis. Aesthetic Plast Surg 2024. doi:10.1007/s00266-024-03954-x",
  }),
  "GOODMAN-QUAL-2006": Object.freeze({
    id: "GOODMAN-QUAL-2006",
    kind: "peer-reviewed",
    citation:
      "Goodman GJ, Baron JA. Postacne scarring: a qualitative global scarring grading system. Dermatol Surg 2006;32(12):1458-66. PMID 17199653.",
  }),
  NCT02646917: Object.freeze({
    id: "NCT02646917",
    kind: "trial-registry",
    citation:
      "SkinPen efficacy on acne scars on the face and/or back (Bellus Medical). ClinicalTrials.gov NCT02646917; results posted 2021.",
  }),
  "FITZPATRICK-1988": Object.freeze({
    id: "FITZPATRICK-1988",
    kind: "peer-reviewed",
    citation:
      "Fitzpatrick TB. The validity and practicality of sun-reactive skin types I through VI. Arch Dermatol 1988;124(6):869-871.",
  }),
  "HE-2014": Object.freeze({
    id: "HE-2014",
    kind: "peer-reviewed",
    citation:
      "He SY, et al. Self-reported pigmentary phenotypes and race are significant but incomplete predictors of Fitzpatrick skin phototype. J Am Acad Dermatol 2014;71(4):731-737.",
  }),
  "DOGRA-2014": Object.freeze({
    id: "DOGRA-2014",
    kind: "peer-reviewed",
    citation:
      "Dogra S, Yadav S, Sarangal R. Microneedling for acne scars in Asian skin type: an effective low cost treatment modality. J Cosmet Dermatol 2014;13(3):180-7. PMID 25196684.",
  }),
  "CHU-2021": Object.freeze({
    id: "CHU-2021",
    kind: "peer-reviewed",
    citation:
      "Chu S, Foulad DP, Atanaskova Mesinkovska N. Safety profile for microneedling: a systematic review. Dermatol Surg 2021;47(9):1249-1254.",
  }),
  "FDA-DEN160029": Object.freeze({
    id: "FDA-DEN160029",
    kind: "regulatory",
    citation:
      "FDA De Novo DEN160029, SkinPen Precision System (2018-03-01), 21 CFR 878.4430, product code QAI; indication: facial acne scars, adults 22 and over.",
  }),
  "NICKEL-COMMENTARY": Object.freeze({
    id: "NICKEL-COMMENTARY",
    kind: "peer-reviewed",
    citation: '"Microneedling in the nickel-allergic patient" (commentary).',
  }),
  "SPRING-2017": Object.freeze({
    id: "SPRING-2017",
    kind: "peer-reviewed",
    citation:
      "Spring LK, Krakowski AC, Alam M, et al. Isotretinoin and timing of procedural interventions: a systematic review with consensus recommendations. JAMA Dermatol 2017;153(8):802-809. doi:10.1001/jamadermatol.2017.2077",
  }),
  "ISO-INSERT": Object.freeze({
    id: "ISO-INSERT",
    kind: "regulatory",
    citation:
      'Isotretinoin (Accutane) package insert, as quoted by Project LEAD: "What do you tell your patients about microneedling while on isotretinoin?"',
  }),
  "WALDMAN-2017": Object.freeze({
    id: "WALDMAN-2017",
    kind: "peer-reviewed",
    citation:
      "Waldman A, Bolotin D, Arndt KA, et al. ASDS Guidelines Task Force: consensus recommendations regarding the safety of lasers, dermabrasion, chemical peels, energy devices, and skin surgery during and after isotretinoin use. Dermatol Surg 2017;43(10):1249-1262. doi:10.1097/DSS.0000000000001166. PMID 28498204.",
  }),
  "MAHADEVAPPA-2016": Object.freeze({
    id: "MAHADEVAPPA-2016",
    kind: "peer-reviewed",
    citation:
      "Mahadevappa OH, Mysore V, et al. Surgical outcome in patients taking concomitant or recent intake of oral isotretinoin: a multicentric study—ISO-AIMS study. J Cutan Aesthet Surg 2016;9(2):106-112. doi:10.4103/0974-2077.184054",
  }),
  "MYSORE-2017": Object.freeze({
    id: "MYSORE-2017",
    kind: "peer-reviewed",
    citation:
      "Mysore V, Mahadevappa OH, Barua S, et al. Standard guidelines of care: performing procedures in patients on or recently administered with isotretinoin. J Cutan Aesthet Surg 2017;10(4):186-194. doi:10.4103/JCAS.JCAS_110_17",
  }),
  "CMAC-HSV-2021": Object.freeze({
    id: "CMAC-HSV-2021",
    kind: "peer-reviewed",
    citation:
      "Vaghela D, Davies E, Murray G, Convery C, Walker L. Guideline for the management of herpes simplex 1 and cosmetic interventions. J Clin Aesthet Dermatol 2021;14(6 Suppl 1):S11-S14.",
  }),
  "ONWUDIWE-2013": Object.freeze({
    id: "ONWUDIWE-2013",
    kind: "peer-reviewed",
    citation:
      "Onwudiwe OC, Marmur ES, Cohen JL. Are we too cavalier about antiviral prophylaxis? J Drugs Dermatol 2013;12(2):199-205.",
  }),
  "MAGERUSAN-2024": Object.freeze({
    id: "MAGERUSAN-2024",
    kind: "peer-reviewed",
    citation:
      "Măgerușan ȘE, Hancu G, Rusu A. Current understanding of microneedling procedures for acne skin: a narrative review. Cosmetics 2024;11(6):193. doi:10.3390/cosmetics11060193",
  }),
  "DERMAPEN4-IFU": Object.freeze({
    id: "DERMAPEN4-IFU",
    kind: "regulatory",
    citation: 'Dermapen 4 user manual, section 10 "Warnings & considerations".',
  }),
  "MOHAMED-2024-ROSACEA": Object.freeze({
    id: "MOHAMED-2024-ROSACEA",
    kind: "peer-reviewed",
    citation:
      "Mohamed RR, et al. Topical 10% tranexamic acid with and without microneedling in the treatment of erythematotelangiectatic rosacea: a split-face comparative study. J Clin Aesthet Dermatol 2024;17(2):47-51. PMID 38444423.",
  }),
  "BRAY-2016": Object.freeze({
    id: "BRAY-2016",
    kind: "peer-reviewed",
    citation:
      "Bray FN, Simmons BJ, Wolfson AH, Nouri K. Acute and chronic cutaneous reactions to ionizing radiation therapy. Dermatol Ther (Heidelb) 2016;6(2):185-206.",
  }),
  "HARRIS-2015": Object.freeze({
    id: "HARRIS-2015",
    kind: "peer-reviewed",
    citation:
      "Harris AG, Naidoo C, Murrell DF. Skin needling as a treatment for acne scarring: an up-to-date review of the literature. Int J Womens Dermatol 2015;1(2):77-81.",
  }),
  "ABLON-2018": Object.freeze({
    id: "ABLON-2018",
    kind: "peer-reviewed",
    citation:
      "Ablon G. Safety and effectiveness of an automated microneedling device in improving the signs of aging skin. J Clin Aesthet Dermatol 2018;11(8):29-34.",
  }),
  "ALAM-2014": Object.freeze({
    id: "ALAM-2014",
    kind: "peer-reviewed",
    citation:
      "Alam M, Han S, Pongprutthipan M, et al. Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial. JAMA Dermatol 2014;150(8):844-9. doi:10.1001/jamadermatol.2013.8687. PMID 24919799.",
  }),
  "TIRMIZI-2021": Object.freeze({
    id: "TIRMIZI-2021",
    kind: "peer-reviewed",
    citation:
      "Tirmizi SS, et al. Role of microneedling in atrophic post-acne scars: an experience from a tertiary care hospital. Cureus 2021;13(1):e12578. doi:10.7759/cureus.12578",
  }),
  "WOUND-PHASES-2008": Object.freeze({
    id: "WOUND-PHASES-2008",
    kind: "peer-reviewed",
    citation: "Antioxid Redox Signal 2008;10(11):1869-1882, Fig. 1 (phases of acute wound healing). PMC2638213.",
  }),
  "GERONTOLOGY-1990": Object.freeze({
    id: "GERONTOLOGY-1990",
    kind: "peer-reviewed",
    citation: "Skin thickness changes in normal aging skin. Gerontology 1990;36(1):28-35. doi:10.1159/000213172",
  }),
  "GOODMAN-QUANT-2006": Object.freeze({
    id: "GOODMAN-QUANT-2006",
    kind: "peer-reviewed",
    citation:
      "Goodman GJ, Baron JA. Postacne scarring - a quantitative global scarring grading system. J Cosmet Dermatol 2006;5(1):48-52. doi:10.1111/j.1473-2165.2006.00222.x. Raters agreed within 4 points in 19 of 21 photographs; the scoring table used here is as commonly reproduced, not checked against the paper.",
  }),
  "CLARK-2018": Object.freeze({
    id: "CLARK-2018",
    kind: "peer-reviewed",
    citation:
      "Clark AK, Saric S, Sivamani RK. Acne scars: how do we grade them? Am J Clin Dermatol 2018;19(2):139-144. No validated gold-standard scale, no severity bands for the quantitative score.",
  }),
  "CONNOLLY-2017": Object.freeze({
    id: "CONNOLLY-2017",
    kind: "peer-reviewed",
    citation:
      "Connolly D, et al. Acne scarring: pathogenesis, evaluation, and treatment options. J Clin Aesthet Dermatol 2017. Combination therapy for mixed acne scarring (as cited in the clinical evidence review, section 9.3; details unverified).",
  }),
  "HESSION-GRABER-2015": Object.freeze({
    id: "HESSION-GRABER-2015",
    kind: "peer-reviewed",
    citation:
      "Hession MT, Graber EM. Atrophic acne scarring: a review of treatment options. Dermatol Surg 2015. Combination approaches favoured (as cited in the clinical evidence review, section 9.3; details unverified).",
  }),
  "ALSTER-LI-2020-STRIAE": Object.freeze({
    id: "ALSTER-LI-2020-STRIAE",
    kind: "peer-reviewed",
    citation:
      "Alster TS, Li MKY. Microneedling treatment of striae distensae. Dermatol Surg 2020: 1-3 monthly sessions, mean 1.8 (as cited in the clinical evidence review, section 9.3; details unverified).",
  }),
  "AUST-2008": Object.freeze({
    id: "AUST-2008",
    kind: "peer-reviewed",
    citation:
      "Aust MC, Fernandes D, Kolokythas P, Kaplan HM, Vogt PM. Percutaneous collagen induction therapy: an alternative treatment for scars, wrinkles, and skin laxity. Plast Reconstr Surg 2008;121(4):1421-9. Patients were pre-treated with topical vitamin A.",
  }),
  "PRACTICE-CONVENTION": Object.freeze({
    id: "PRACTICE-CONVENTION",
    kind: "planner",
    citation:
      "Clinic practice convention (evidence label P): seen only on clinic, device-seller or consumer pages, not evidence. Every number it supports is a protocol setting to review.",
  }),
  "CLINICAL-REVIEW-2026": Object.freeze({
    id: "CLINICAL-REVIEW-2026",
    kind: "planner",
    citation:
      "microneedling-planner clinical evidence review, November 2026, section 9: gaps found against the device labels and the literature, with their evidence levels.",
  }),
});
