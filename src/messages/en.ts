/**
 * The English message layer. Results carry codes and parameters; this layer turns them
 * into text and can be replaced as a whole (pass your own {@link Messages}).
 *
 * @module
 */
import type { Finding } from "../models/eligibility.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { FactorCode, ScarType } from "../models/values.js";
import type { FindingDraft, Messages, ReminderDraft } from "./message-layer.js";

const FACTOR_LABELS: Readonly<Record<FactorCode | "other", string>> = Object.freeze({
  "skin-cancer-in-area": "Skin cancer in the treatment area",
  "bleeding-disorder": "Bleeding disorder",
  "stainless-steel-allergy": "Stainless-steel (nickel) allergy",
  "anaesthetic-allergy": "Topical anaesthetic allergy",
  isotretinoin: "Isotretinoin",
  "pregnant-or-nursing": "Pregnancy or breastfeeding",
  "wound-or-infection-in-area": "Open wound or skin infection in the area",
  "herpes-simplex": "Herpes simplex (cold sores)",
  "active-acne": "Active acne",
  eczema: "Eczema",
  psoriasis: "Psoriasis",
  rosacea: "Rosacea",
  "keloid-tendency": "Tendency to form keloids",
  anticoagulants: "Anticoagulant or antiplatelet medication",
  immunosuppression: "Immunosuppression",
  diabetes: "Diabetes",
  "collagen-vascular-disease": "Collagen vascular disease or scleroderma",
  "radiation-to-area": "Radiotherapy to the area",
  sunburn: "Sunburn or recent heavy tan",
  "suspicious-lesion-in-area": "Unassessed lesion or raised mole in the area",
  "gold-allergy": "Gold allergy",
  other: "Other condition",
});

const SCAR_LABELS: Readonly<Record<ScarType, string>> = Object.freeze({
  icepick: "Icepick",
  boxcar: "Boxcar",
  rolling: "Rolling",
  hypertrophic: "Hypertrophic",
  keloid: "Keloid",
  surgical: "Surgical",
  traumatic: "Traumatic",
  burn: "Burn",
  varicella: "Varicella",
  striae: "Striae",
});

/** Specific advice where an effect alone says too little, by `code/reason`. */
const ADVICE: Readonly<Record<string, string>> = Object.freeze({
  "isotretinoin/active":
    "contraindicated while taking it (device label); the 2017 consensus found no evidence-based need to wait after stopping",
  "herpes-simplex/history": "give antiviral prophylaxis (about one week) before treatment",
  "gold-allergy/active": "do not use gold-plated (insulated RF) needle tips",
  "gold-allergy/history": "do not use gold-plated (insulated RF) needle tips",
  "eczema/history": "quiescent eczema: check the skin before each session",
  "psoriasis/history": "needling can trigger new plaques (Koebner response)",
  "rosacea/history": "evidence is mixed; treat only without a flare",
  "icepick/type": "icepick scars respond poorly; consider punch excision or focal TCA (CROSS)",
  "hypertrophic/type": "use only as an adjunct (for example with silicone gel or steroid)",
  "keloid/type": "keloids are not a microneedling indication; refer to a specialist",
  "burn/type": "treat mature burn scars only",
});

const EFFECT_TEXT: Readonly<Record<Finding["effect"], string>> = Object.freeze({
  contraindicated: "do not treat",
  deferred: "defer treatment until it has resolved",
  "needs-review": "a clinician must review before treatment",
  precaution: "treat with precautions",
  info: "no effect on eligibility",
});

const CONTRADICTIONS: Readonly<Record<string, string>> = Object.freeze({
  "since-in-future": "it starts after the assessment date",
  "since-after-until": "it starts after it ends",
  "history-ends-in-future": "it is marked as history but ends after the assessment date",
  "active-but-ended": "it is marked as active but ended on or before the assessment date",
  "formed-in-future": "it formed after the assessment date",
  "born-in-future": "the birth date is after the assessment date",
});

function text(value: string | number | undefined): string {
  return value === undefined ? "" : String(value);
}

function subjectLabel(finding: DeepReadonly<FindingDraft>): string {
  if (finding.kind === "factor") {
    return FACTOR_LABELS[finding.code as FactorCode] ?? `Factor "${finding.code}"`;
  }
  if (finding.kind === "scar") return `${SCAR_LABELS[finding.code as ScarType] ?? finding.code} scar`;
  return finding.code === "fitzpatrick" ? `Fitzpatrick ${text(finding.params.fitzpatrick)}` : "Patient";
}

function englishFinding(finding: DeepReadonly<FindingDraft>): string {
  const label = subjectLabel(finding);
  const p = finding.params;
  switch (finding.reason) {
    case "washout":
      return `${label}: last dose ${text(p.lastDose)}; wait ${text(p.months)} months, until ${text(p.until)}.`;
    case "washout-complete":
      return `${label}: last dose ${text(p.lastDose)}, more than ${text(p.months)} months ago; no wait remains.`;
    case "date-missing":
      return `${label}: the date of the last dose is needed to compute the wait; a clinician must review.`;
    case "contradictory":
      return `${label}: ${CONTRADICTIONS[text(p.problem)] ?? text(p.problem)}; a clinician must review.`;
    case "unknown-code":
      return `${label} is not in the catalogue; a clinician must review.`;
    case "other":
      return `${label}: ${text(p.note)}; a clinician must review.`;
    case "macular":
      return "Goodman grade 1 (macular) is a colour problem, not a contour scar; a clinician must review.";
    case "severity-missing":
      return `${label}: no severity or Goodman grade given; a clinician must grade it.`;
    case "severity-contradictory":
      return `${label}: severity "${text(p.severity)}" does not match Goodman grade ${text(p.goodmanGrade)}; a clinician must review.`;
    case "recent":
      return `${label}: formed ${text(p.formedOn)}, less than ${text(p.months)} months ago; young scars were not evaluated for the device label, though early treatment of surgical scars helped.`;
    case "pih-risk":
      return `${label}: higher risk of post-inflammatory hyperpigmentation; use conservative depth and strict photoprotection.`;
    case "below-label-age":
      return `Age ${text(p.age)}: below the device label's population (${text(p.minimumAge)} and over); no effect on eligibility.`;
    case "no-scars":
      return "Scar revision was requested but no scar is listed; a clinician must review.";
    default: {
      const advice = ADVICE[`${finding.code}/${finding.reason}`];
      const until = p.until === undefined ? "" : ` (until ${text(p.until)})`;
      const effect =
        finding.effect === "deferred" && p.until !== undefined ? "defer treatment" : EFFECT_TEXT[finding.effect];
      const status = finding.reason === "history" ? " (history)" : "";
      return `${label}${status}: ${effect}${until}${advice === undefined ? "" : `; ${advice}`}.`;
    }
  }
}

function englishReminder(reminder: DeepReadonly<ReminderDraft>): string {
  const session = text(reminder.session);
  switch (reminder.kind) {
    case "book-session":
      return `Book session ${session}, due ${reminder.dueOn}.`;
    case "session-overdue":
      return `Session ${session} is overdue: book it for ${reminder.dueOn} or later.`;
    case "result-check":
      return `Check the results of the course on ${reminder.dueOn}.`;
    default:
      return `Book the maintenance session, due ${reminder.dueOn}.`;
  }
}

/**
 * The English message layer. Pass it as the `messages` option of `assessEligibility`,
 * `planTreatment` or `upcomingReminders` to get a `message` on every finding and reminder;
 * the iCalendar and FHIR exports use it by default.
 *
 * @example
 * ```ts
 * import { englishMessages } from "microneedling-planner/messages";
 * englishMessages.finding({
 *   kind: "factor", code: "rosacea", reason: "active", effect: "deferred", params: {}, sources: ["ARTICLE-2021"],
 * });
 * //=> "Rosacea: defer treatment until it has resolved."
 * englishMessages.reminder({ kind: "book-session", remindOn: "2026-12-15", dueOn: "2026-12-22", session: 2 });
 * //=> "Book session 2, due 2026-12-22."
 * ```
 * @category Messages
 */
export const englishMessages: Messages = Object.freeze({ finding: englishFinding, reminder: englishReminder });
