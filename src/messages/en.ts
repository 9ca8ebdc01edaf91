/**
 * The English message layer. Results carry codes and parameters; this layer turns them
 * into text and can be replaced as a whole (pass your own {@link Messages}).
 *
 * @module
 */
import type { BookingCheck, BookingReason } from "../models/booking.js";
import type { Eligibility, Finding } from "../models/eligibility.js";
import type {
  CdsMessages,
  CdsOverrideReason,
  CdsServiceId,
  CliMessages,
  FhirMessages,
  ICalMessages,
  MessageLabels,
  Messages,
} from "../models/messages.js";
import type { Reminder, SessionFlag } from "../models/plan.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { SvgLabel, SvgLegendItem, SvgTimelineSummary } from "../models/svg.js";
import type { AdjunctTherapy, FactorCode, ScarType } from "../models/values.js";
import { formatIsoDate } from "./format-date.js";

const FACTOR_LABELS: Readonly<Record<FactorCode | "other", string>> = Object.freeze({
  "skin-cancer-in-area": "Skin cancer in the treatment area",
  "bleeding-disorder": "Bleeding disorder",
  "stainless-steel-allergy": "Stainless-steel (nickel) allergy",
  "anaesthetic-allergy": "Topical anaesthetic allergy",
  isotretinoin: "Isotretinoin",
  pregnant: "Pregnancy",
  nursing: "Breastfeeding",
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
  "wound-healing-deficiency": "Wound-healing deficiency",
  "contact-dermatitis-history": "History of contact dermatitis",
  "cardiac-abnormality": "Cardiac abnormality",
  "warts-or-molluscum-in-area": "Warts or molluscum in the area",
  "koebner-prone-condition": "Koebner-prone condition (vitiligo, lichen planus)",
  "recent-filler-or-toxin-in-area": "Filler or botulinum toxin in the area",
  "recent-resurfacing-in-area": "Laser, peel or dermabrasion in the area",
  "recent-surgery-in-area": "Recent surgery in the area",
  "topical-retinoids": "Topical retinoids",
  "tattoo-or-pmu-in-area": "Tattoo or permanent make-up in the area",
  "photosensitising-drugs": "Photosensitising medication",
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
    "contraindicated while taking it (device label); after the last dose this protocol waits the insert's conservative washout, which the 2017 consensus found little evidence for",
  "herpes-simplex/history": "give antiviral prophylaxis (about one week) before treatment",
  "gold-allergy/active": "do not use gold-plated (insulated RF) needle tips",
  "gold-allergy/history": "do not use gold-plated (insulated RF) needle tips",
  "eczema/history": "quiescent eczema: check the skin before each session",
  "psoriasis/history": "needling can trigger new plaques (Koebner response)",
  "rosacea/history": "evidence is mixed; treat only without a flare",
  "icepick/type": "icepick scars respond poorly to microneedling alone",
  "hypertrophic/type": "use only as an adjunct",
  "keloid/type": "keloids are not a microneedling indication",
  "burn/type": "treat mature burn scars only",
  "koebner-prone-condition/history": "needling can trigger new lesions (Koebner response)",
  "topical-retinoids/active": "stop them for a few days before each session",
  "photosensitising-drugs/active": "strict photoprotection after each session",
  "tattoo-or-pmu-in-area/active": "avoid needling over the pigment",
  "pregnant-or-nursing/active":
    "record pregnancy and breastfeeding as separate codes (pregnant, nursing), which end on different days",
});

const ADJUNCT_LABELS: Readonly<Record<AdjunctTherapy, string>> = Object.freeze({
  "tca-cross": "focal TCA (CROSS)",
  "punch-excision": "punch excision",
  "punch-elevation": "punch elevation",
  subcision: "subcision (for tethered scars)",
  silicone: "silicone gel",
  "intralesional-steroid": "intralesional steroid",
  referral: "referral to a specialist",
});

const EFFECT_TEXT: Readonly<Record<Finding["effect"], string>> = Object.freeze({
  contraindicated: "do not treat",
  deferred: "defer treatment until it has resolved",
  "needs-review": "a clinician must review before treatment",
  precaution: "treat with precautions",
  info: "no effect on eligibility",
});

const CONTRADICTIONS: Readonly<Record<Extract<Finding, { reason: "contradictory" }>["params"]["problem"], string>> =
  Object.freeze({
    "since-in-future": "it starts after the assessment date",
    "since-after-until": "it starts after it ends",
    "history-ends-in-future": "it is marked as history but ends after the assessment date",
    "formed-in-future": "it formed after the assessment date",
    "born-in-future": "the birth date is after the assessment date",
  });

function subjectLabel(finding: DeepReadonly<Finding>): string {
  switch (finding.kind) {
    case "factor":
      return Object.hasOwn(FACTOR_LABELS, finding.code)
        ? FACTOR_LABELS[finding.code as FactorCode]
        : `Factor "${finding.code}"`;
    case "scar":
      return `${SCAR_LABELS[finding.code]} scar`;
    default:
      return finding.code === "fitzpatrick" ? `Fitzpatrick ${finding.params.fitzpatrick}` : "Patient";
  }
}

function englishFinding(finding: DeepReadonly<Finding>): string {
  const label = subjectLabel(finding);
  switch (finding.reason) {
    case "washout": {
      const p = finding.params;
      return `${label}: last dose ${p.lastDose}; wait ${String(p.months)} months, until ${p.until}.`;
    }
    case "washout-complete": {
      const p = finding.params;
      return `${label}: last dose ${p.lastDose}, at least ${String(p.months)} months ago; no wait remains.`;
    }
    case "date-missing":
      return finding.params.days === undefined
        ? `${label}: the date of the last dose is needed to compute the wait; a clinician must review.`
        : `${label}: the date it was done is needed to compute the ${String(finding.params.days)}-day wait; a clinician must review.`;
    case "waiting": {
      const p = finding.params;
      return `${label}: done on ${p.procedureOn}; wait ${String(p.days)} days, until ${p.until}.`;
    }
    case "wait-complete": {
      const p = finding.params;
      return `${label}: done on ${p.procedureOn}, at least ${String(p.days)} days ago; no wait remains.`;
    }
    case "immature":
      return `${label}: formed ${finding.params.formedOn ?? ""}, less than ${String(finding.params.months)} months ago; trials treated mature scars only: a clinician must review.`;
    case "maturity-unknown":
      return `${label}: when it formed is not given; trials treated scars older than ${String(finding.params.months)} months only: a clinician must review.`;
    case "adjunct":
      return `${label}: consider combining with ${finding.params.therapies.map((therapy) => ADJUNCT_LABELS[therapy]).join(", ")}.`;
    case "macular-only":
      return "Every scar is macular (Goodman grade 1): a colour problem, not a contour scar; no microneedling course is planned.";
    case "contradictory":
      return `${label}: ${CONTRADICTIONS[finding.params.problem]}; a clinician must review.`;
    case "unknown-code":
      return `${label} is not in the catalogue; a clinician must review.`;
    case "other":
      return `${label}: ${finding.params.note}; a clinician must review.`;
    case "macular":
      return "Goodman grade 1 (macular) is a colour problem, not a contour scar; a clinician must review.";
    case "severity-missing":
      return `${label}: no severity or Goodman grade given; a clinician must grade it.`;
    case "severity-contradictory": {
      const p = finding.params;
      return `${label}: severity "${p.severity}" does not match Goodman grade ${String(p.goodmanGrade)}; a clinician must review.`;
    }
    case "recent": {
      const p = finding.params;
      return `${label}: formed ${p.formedOn}, less than ${String(p.months)} months ago; young scars were not evaluated for the device label, though early treatment of surgical scars helped.`;
    }
    case "pih-risk":
      return `${label}: higher risk of post-inflammatory hyperpigmentation; use conservative depth and strict photoprotection.`;
    case "below-label-age": {
      const p = finding.params;
      return `Age ${String(p.age)}: below the device label's population (${String(p.minimumAge)} and over); no effect on eligibility.`;
    }
    case "no-scars":
      return "Scar revision was requested but no scar is listed; a clinician must review.";
    case "ended": {
      // Counted as history from that day: an allergy's history still forbids treatment.
      const advice = ADVICE[`${finding.code}/history`];
      return `${label}: reported as ended on ${finding.params.until}, counted as history; ${EFFECT_TEXT[finding.effect]}${advice === undefined ? "" : `; ${advice}`}.`;
    }
    case "type":
    case "active":
    case "history": {
      const advice = ADVICE[`${finding.code}/${finding.reason}`];
      const until = "until" in finding.params ? finding.params.until : undefined;
      const resumeOn = "resumeOn" in finding.params ? finding.params.resumeOn : undefined;
      if (resumeOn !== undefined) {
        return `${label}: ${EFFECT_TEXT[finding.effect]} while taking it; last dose planned on ${until ?? ""}, treatment may resume on ${resumeOn}.`;
      }
      const effect =
        finding.effect === "deferred" && until !== undefined ? "defer treatment" : EFFECT_TEXT[finding.effect];
      const status = finding.reason === "history" ? " (history)" : "";
      return `${label}${status}: ${effect}${until === undefined ? "" : ` (until ${until})`}${advice === undefined ? "" : `; ${advice}`}.`;
    }
  }
}

function englishReminder(reminder: DeepReadonly<Reminder>): string {
  switch (reminder.kind) {
    case "book-session":
      return `Book session ${String(reminder.session)}, due ${reminder.dueOn}.`;
    case "session-overdue":
      return `Session ${String(reminder.session)} is overdue: book it for ${reminder.dueOn} or later.`;
    case "result-check":
      return reminder.check === "first"
        ? `Check the results of the course on ${reminder.dueOn}.`
        : `Final check of the results on ${reminder.dueOn}.`;
    case "pre-care":
      return reminder.step === "stop-retinoids"
        ? `Stop topical retinoids now, before session ${String(reminder.session)} on ${reminder.dueOn}.`
        : `Start antiviral prophylaxis now, before session ${String(reminder.session)} on ${reminder.dueOn}.`;
    case "post-care":
      return `Aftercare for session ${String(reminder.session)}: sun protection, no active products for 48 hours.`;
    case "photo":
      return reminder.checkpoint === "result-check"
        ? `Take standard photographs at the result check on ${reminder.dueOn}.`
        : `Take standard photographs before session ${String(reminder.session ?? "")}${reminder.checkpoint === "baseline" ? " (baseline)" : ""}.`;
    case "appointment":
      return `Microneedling session ${String(reminder.session)} on ${reminder.dueOn}${reminder.time === undefined ? "" : ` at ${reminder.time}`}.`;
    case "maintenance-due":
      return `Book the maintenance session, due ${reminder.dueOn}.`;
    case "deferral-review":
      return `Review the deferred treatment on ${reminder.dueOn}: has the condition resolved?`;
  }
}

function englishBookingReason(reason: DeepReadonly<BookingReason>): string {
  switch (reason.code) {
    case "in-past":
      return `The day is before today (${reason.params.today}).`;
    case "clinic-closed":
      return "The clinic is closed that day.";
    case "not-eligible":
      return reason.params.status === "contraindicated"
        ? `The patient cannot be treated: a contraindication applies${reason.params.until === undefined ? "" : `; reassess on ${reason.params.until}`}.`
        : `Treatment is deferred${reason.params.until === undefined ? "" : ` until ${reason.params.until}`}.`;
    case "needs-review":
      return "A clinician must review the patient before this session.";
    case "too-soon":
      return `Too soon: ${String(reason.params.days)} days after the last session; book on ${reason.params.earliest} or later.`;
    case "late":
      return `After the session's window, which closed on ${reason.params.windowClosedOn} (${String(reason.params.daysLate)} days late).`;
    case "reassess":
      return `${String(reason.params.daysSinceLastSession)} days since the last session: re-grade the scars before treating.`;
    case "course-complete":
      return "Every session of the course is done: book maintenance instead.";
    case "beyond-estimate":
      return `The estimate plans ${String(reason.params.planned)} session(s): book only if a clinician decides to treat.`;
    case "course-unfinished":
      return `The course still has ${String(reason.params.sessionsLeft)} session(s) ahead.`;
    case "no-maintenance":
      return "No maintenance is planned.";
    case "maintenance-too-early":
      return `Too early for maintenance: its window opens on ${reason.params.earliest}.`;
    case "maintenance-late":
      return `After the maintenance window, which closed on ${reason.params.latest}.`;
  }
}

// --- CDS Hooks cards and services (issue 15) ---

const CDS_ELIGIBILITY: Readonly<Record<Eligibility["status"], string>> = Object.freeze({
  eligible: "Microneedling: eligible",
  "eligible-with-precautions": "Microneedling: eligible, with precautions",
  "needs-review": "Microneedling: a clinician must review before treatment",
  deferred: "Microneedling: defer treatment",
  contraindicated: "Microneedling: contraindicated, do not treat",
});

const CDS_BOOKING: Readonly<Record<BookingCheck["status"], string>> = Object.freeze({
  allowed: "can be booked",
  "allowed-with-warnings": "can be booked, with warnings",
  blocked: "cannot be booked",
});

const CDS_OVERRIDES: Readonly<Record<CdsOverrideReason, string>> = Object.freeze({
  "clinician-reviewed": "A clinician reviewed the patient and accepts the risk",
  "precautions-taken": "The precautions listed are in place",
  "schedule-exception": "A clinician accepts the scheduling exception",
});

const CDS_SERVICES: Readonly<Record<CdsServiceId, { readonly title: string; readonly description: string }>> =
  Object.freeze({
    "microneedling-eligibility": Object.freeze({
      title: "Microneedling eligibility",
      description:
        "Checks a patient's eligibility for microneedling of scars against a cited protocol: contraindications, deferrals, precautions and findings a clinician must review.",
    }),
    "microneedling-booking-check": Object.freeze({
      title: "Microneedling booking check",
      description:
        "Checks a proposed microneedling session or maintenance visit against the patient's plan: eligibility on the day, the interval since the last session, the session window and the clinic's days.",
    }),
  });

const englishCds: CdsMessages = Object.freeze({
  eligibilitySummary(eligibility: DeepReadonly<Eligibility>): string {
    const until = eligibility.reassessOn === undefined ? "" : ` until ${eligibility.reassessOn}`;
    return `${CDS_ELIGIBILITY[eligibility.status]}${eligibility.status === "deferred" ? until : ""}.`;
  },
  bookingSummary(check: DeepReadonly<BookingCheck>): string {
    const visit =
      check.visit === "maintenance" ? "Maintenance visit" : `Microneedling session ${String(check.session ?? "")}`;
    return `${visit.trimEnd()} on ${check.on} ${CDS_BOOKING[check.status]}.`;
  },
  sourceLabel(protocol: { readonly id: string; readonly version: string }): string {
    return `microneedling-planner, protocol ${protocol.id}@${protocol.version}`;
  },
  heading(which: "reasons" | "sources"): string {
    return which === "reasons" ? "Reasons" : "Sources";
  },
  noReasons(): string {
    return "No contraindication, deferral, precaution or finding to review.";
  },
  overrideReason(code: CdsOverrideReason): string {
    return CDS_OVERRIDES[code];
  },
  service(id: CdsServiceId): { readonly title: string; readonly description: string } {
    return CDS_SERVICES[id];
  },
});

// ---------------------------------------------------------------------------------------------
// Every word replaceable (issue 13): labels, dates, the iCalendar and FHIR exports, the CLI.
// English names statuses, effects and kinds by their codes, so English output is what it always
// was. This block is the reference a translation follows, key by key.
// ---------------------------------------------------------------------------------------------

function englishSessionFlag(flag: DeepReadonly<SessionFlag>): string {
  switch (flag.code) {
    case "late":
      return `late ${String(flag.params.daysLate)}d (window closed ${flag.params.windowClosedOn})`;
    case "reassess":
      return `reassess: ${String(flag.params.daysSinceLastSession)}d since last session`;
    case "too-soon":
      return `too soon (${String(flag.params.days)}d < ${String(flag.params.minimumDays)}d)`;
    case "deferred":
      return `deferred until ${flag.params.until}`;
    case "missed-booking":
      return `missed booking on ${flag.params.on}`;
    case "closed-day":
      return `booked on a closed day (${flag.params.on})`;
    default:
      return flag.code;
  }
}

const ENGLISH_LABELS: MessageLabels = Object.freeze<MessageLabels>({
  eligibilityStatus: Object.freeze({
    contraindicated: "contraindicated",
    deferred: "deferred",
    "needs-review": "needs-review",
    "eligible-with-precautions": "eligible-with-precautions",
    eligible: "eligible",
  }),
  sessionStatus: Object.freeze({
    done: "done",
    booked: "booked",
    due: "due",
    upcoming: "upcoming",
    overdue: "overdue",
  }),
  effect: Object.freeze({
    contraindicated: "contraindicated",
    deferred: "deferred",
    "needs-review": "needs-review",
    precaution: "precaution",
    info: "info",
  }),
  bookingEffect: Object.freeze({ blocks: "blocks", warns: "warns" }),
  bookingStatus: Object.freeze({
    allowed: "allowed",
    "allowed-with-warnings": "allowed-with-warnings",
    blocked: "blocked",
  }),
  reminderKind: Object.freeze({
    "book-session": "book-session",
    "session-overdue": "session-overdue",
    "result-check": "result-check",
    "pre-care": "pre-care",
    "post-care": "post-care",
    photo: "photo",
    appointment: "appointment",
    "maintenance-due": "maintenance-due",
    "deferral-review": "deferral-review",
  }),
  goal: Object.freeze({ "scar-revision": "scar-revision", rejuvenation: "rejuvenation" }),
  estimateBasis: Object.freeze({
    mild: "mild",
    moderate: "moderate",
    severe: "severe",
    "scar-type": "scar-type",
    rejuvenation: "rejuvenation",
    "unknown-severity": "unknown-severity",
    "macular-only": "macular-only",
  }),
  factor: FACTOR_LABELS,
  scarType: SCAR_LABELS,
  sessionFlag: englishSessionFlag,
});

const ENGLISH_ICAL: ICalMessages = Object.freeze<ICalMessages>({
  sessionSummary: ({ session, total }: { session: number; total: number }) =>
    `Microneedling session ${String(session)} of ${String(total)}`,
  maintenanceSummary: "Microneedling maintenance",
  done: ({ doneOn }: { doneOn: string }) => `Done on ${doneOn}.`,
  booked: ({ bookedOn, time }: { bookedOn: string; time?: string | undefined }) =>
    `Booked for ${bookedOn}${time === undefined ? "" : ` at ${time}`}.`,
  window: (p: { earliest: string; due: string; latest: string; overdue: boolean }) =>
    `Book between ${p.earliest} and ${p.latest}; due ${p.due}.${p.overdue ? " Overdue: re-planned from today." : ""}`,
  maintenance: (p: { earliest: string; due: string; latest: string }) =>
    `Book between ${p.earliest} and ${p.latest}; due ${p.due}.`,
});

const ENGLISH_GOALS = Object.freeze({ "scar-revision": "scar revision", rejuvenation: "rejuvenation" });

const ENGLISH_FHIR: FhirMessages = Object.freeze<FhirMessages>({
  title: ({ goal }) => `Microneedling for ${ENGLISH_GOALS[goal]}`,
  description: ({ sessions, goal, status }) =>
    `${String(sessions)} microneedling session${sessions === 1 ? "" : "s"} for ${ENGLISH_GOALS[goal]}; eligibility: ${status}.`,
  sessionCode: ({ session, total }) => `Microneedling session ${String(session)} of ${String(total)}`,
  maintenanceCode: "Microneedling maintenance",
  session: (session) => {
    switch (session.status) {
      case "done":
        return `Done on ${session.doneOn}.`;
      case "booked":
        return `Booked for ${session.bookedOn}${session.time === undefined ? "" : ` at ${session.time}`}.`;
      default:
        return `Book between ${session.earliest} and ${session.latest}; due ${session.due}.`;
    }
  },
  overdue: ({ closedOn, earliest }) => `Window closed on ${closedOn} without the session; re-planned from ${earliest}.`,
  maintenance: ({ earliest, due, latest }) => `Next: book between ${earliest} and ${latest}; due ${due}.`,
});

const ENGLISH_CLI: CliMessages = Object.freeze<CliMessages>({
  planHeading: (p) =>
    `Patient ${p.patientId ?? "(no id)"}: ${p.goal}, planned on ${p.today} (protocol ${p.protocol}, microneedling-planner ${p.version})`,
  eligibility: ({ status, reassessOn }) =>
    `Eligibility: ${status}${reassessOn === undefined ? "" : `, reassess on ${reassessOn}`}`,
  sources: ({ sources }) => `sources: ${sources}`,
  noFindings: "no findings",
  estimate: (p) =>
    `Estimate: ${String(p.typical)} sessions (range ${String(p.min)}-${String(p.max)}, ${p.basis}); sources: ${p.sources}`,
  sessionsHeading: "Sessions",
  noSessions: "none planned",
  sessionColumns: Object.freeze(["#", "status", "earliest", "due", "latest", "done/booked", "flags"] as const),
  resultCheck: ({ on }) => `Result check: ${on}`,
  noMaintenance: "Maintenance: not planned",
  maintenance: (m) =>
    `Maintenance: due ${m.due} (window ${m.earliest} to ${m.latest}, after ${m.after}${m.projected ? ", projected" : ""})`,
  remindersHeading: "Reminders",
  noReminders: "none in the horizon",
  sourcesHeading: "Sources",
  booking: (p) =>
    `Booking ${p.visit === "session" ? `session ${String(p.session ?? "")}`.trim() : "maintenance"} on ${p.on}${p.time === undefined ? "" : ` at ${p.time}`}: ${p.status}`,
  noReasons: "no reasons against it",
  bookingEligibility: ({ on, status }) => `Eligibility on ${on}: ${status}`,
});

// --- The SVG timeline (toSvgTimeline, microneedling-planner/svg) -----------------------------

const MONTHS = Object.freeze(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);

const LEGEND: Readonly<Record<SvgLegendItem, string>> = Object.freeze({
  window: "Window open",
  upcoming: "Window opens later",
  due: "Due day",
  done: "Done",
  booked: "Booked",
  overdue: "Overdue",
  "result-check": "Result check",
  maintenance: "Maintenance",
  deferral: "Not treatable yet",
  today: "Today",
});

const ELIGIBILITY_TEXT: Readonly<Record<SvgTimelineSummary["eligibility"], string>> = Object.freeze({
  eligible: "eligible",
  "eligible-with-precautions": "eligible with precautions",
  "needs-review": "a clinician must review before treatment",
  deferred: "deferred",
  contraindicated: "contraindicated",
});

const sessions = (count: number): string => `${String(count)} session${count === 1 ? "" : "s"}`;

function englishSvgTitle(summary: DeepReadonly<SvgTimelineSummary>): string {
  const patient = summary.patientId === undefined ? "" : ` for ${summary.patientId}`;
  return `Microneedling plan${patient} on ${summary.today}`;
}

function englishSvgDescription(summary: DeepReadonly<SvgTimelineSummary>): string {
  const sentences: string[] = [];
  const reassess = summary.reassessOn === undefined ? "" : `; reassess on ${summary.reassessOn}`;
  sentences.push(`Eligibility on ${summary.today}: ${ELIGIBILITY_TEXT[summary.eligibility]}${reassess}.`);
  if (summary.total === 0) {
    sentences.push("No sessions planned.");
  } else {
    const overdue = summary.overdue === 0 ? "" : ` (${String(summary.overdue)} overdue)`;
    sentences.push(
      `${sessions(summary.total)}: ${String(summary.done)} done, ${String(summary.booked)} booked, ${String(summary.toBook)} to book${overdue}.`,
    );
  }
  const next = summary.next;
  if (next !== undefined) {
    const number = `Next: session ${String(next.number)}`;
    sentences.push(
      next.status === "booked"
        ? `${number}, booked for ${next.on}${next.time === undefined ? "" : ` at ${next.time}`}.`
        : `${number}, ${next.status === "overdue" ? "overdue, " : ""}due ${next.on}; book between ${next.earliest} and ${next.latest}.`,
    );
  }
  if (summary.resultCheckOn !== undefined) {
    const final = summary.finalResultCheckOn === undefined ? "" : ` and finally on ${summary.finalResultCheckOn}`;
    sentences.push(`Results checked on ${summary.resultCheckOn}${final}.`);
  }
  const m = summary.maintenance;
  if (m !== undefined) {
    sentences.push(
      `Maintenance due ${m.due}, between ${m.earliest} and ${m.latest}${m.projected ? " (projected: the course is not finished)" : ""}.`,
    );
  }
  sentences.push(`Protocol ${summary.protocol.id}, version ${summary.protocol.version}.`);
  return sentences.join(" ");
}

function englishSvgLabel(label: DeepReadonly<SvgLabel>): string {
  switch (label.kind) {
    case "session": {
      const deferred = label.deferredUntil === undefined ? "" : ` (deferred until ${label.deferredUntil})`;
      const time = label.time === undefined ? "" : ` at ${label.time}`;
      const what =
        label.status === "done"
          ? `done ${label.on}`
          : label.status === "booked"
            ? `booked ${label.on}${time}`
            : `${label.status === "due" ? "book now" : label.status}, due ${label.on}`;
      return `Session ${String(label.number)}: ${what}${deferred}`;
    }
    case "today":
      return `Today ${label.on}`;
    case "month":
      return `${MONTHS[Number(label.on.slice(5, 7)) - 1] ?? ""} ${label.on.slice(0, 4)}`;
    case "result-checks": {
      const parts = [
        label.first === undefined ? undefined : `first ${label.first}`,
        label.final === undefined ? undefined : `final ${label.final}`,
      ].filter((part) => part !== undefined);
      return `Result checks: ${parts.join(", ")}`;
    }
    case "maintenance":
      return `Maintenance: due ${label.due}${label.projected ? " (projected)" : ""}`;
    case "deferral":
      return `${label.status === "deferred" ? "Deferred" : "Contraindicated"}${label.until === undefined ? ": no end date, review" : `: reassess on ${label.until}`}`;
    case "no-sessions":
      return "No sessions planned";
    case "legend":
      return LEGEND[label.item];
  }
}

/**
 * The English message layer, and the reference implementation of {@link Messages}: a
 * translation implements the same members (src/messages/en.ts shows every key). Pass it as
 * the `messages` option of `assessEligibility`, `planTreatment` or `planReminders` to get a
 * `message` on every finding and reminder; the iCalendar, FHIR and SVG exports, the CDS Hooks cards and the CLI use it
 * by default. Its labels are the codes themselves.
 *
 * @example
 * ```ts
 * import { englishMessages } from "microneedling-planner/messages";
 * englishMessages.finding({
 *   kind: "factor", code: "rosacea", index: 0, reason: "active", effect: "deferred", params: {}, sources: ["ARTICLE-2021"],
 * });
 * //=> "Rosacea: defer treatment until it has resolved."
 * englishMessages.reminder({ kind: "book-session", remindOn: "2026-12-15", dueOn: "2026-12-22", session: 2 });
 * //=> "Book session 2, due 2026-12-22."
 * englishMessages.ical.sessionSummary({ session: 2, total: 5 });
 * //=> "Microneedling session 2 of 5"
 * englishMessages.formatDate("2026-12-22");
 * //=> "22 December 2026"
 * ```
 * @category Messages
 */
export const englishMessages: Messages = Object.freeze({
  finding: englishFinding,
  reminder: englishReminder,
  bookingReason: englishBookingReason,
  cds: englishCds,
  // --- Every word replaceable (issue 13) ---
  formatDate: (isoDate: string) => formatIsoDate("en-GB", isoDate),
  labels: ENGLISH_LABELS,
  ical: ENGLISH_ICAL,
  fhir: ENGLISH_FHIR,
  cli: ENGLISH_CLI,
  // The SVG timeline.
  svgTitle: englishSvgTitle,
  svgDescription: englishSvgDescription,
  svgLabel: englishSvgLabel,
});
