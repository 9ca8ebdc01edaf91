/**
 * The Spanish message layer (neutral clinical Spanish, usted form). A complete
 * {@link Messages}: the type checker rejects it if any text is missing.
 *
 * Dates in patient-facing texts (reminders, calendar descriptions) are written out with
 * `formatDate` (`22 de diciembre de 2026`); clinical texts, FHIR and the CLI tables keep ISO
 * dates (`2026-12-22`), which read the same everywhere.
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
import type { AdjunctTherapy, FactorCode, ScarType, Severity } from "../models/values.js";
import { formatIsoDate } from "./format-date.js";

/** `22 de diciembre de 2026`. */
const longDate = (isoDate: string): string => formatIsoDate("es", isoDate);

const FACTOR_LABELS: Readonly<Record<FactorCode | "other", string>> = Object.freeze({
  "skin-cancer-in-area": "Cáncer de piel en la zona de tratamiento",
  "bleeding-disorder": "Trastorno de la coagulación",
  "stainless-steel-allergy": "Alergia al acero inoxidable (níquel)",
  "anaesthetic-allergy": "Alergia al anestésico tópico",
  isotretinoin: "Isotretinoína",
  pregnant: "Embarazo",
  nursing: "Lactancia materna",
  "pregnant-or-nursing": "Embarazo o lactancia materna",
  "wound-or-infection-in-area": "Herida abierta o infección cutánea en la zona",
  "herpes-simplex": "Herpes simple (herpes labial)",
  "active-acne": "Acné activo",
  eczema: "Eccema",
  psoriasis: "Psoriasis",
  rosacea: "Rosácea",
  "keloid-tendency": "Tendencia a formar queloides",
  anticoagulants: "Medicación anticoagulante o antiagregante",
  immunosuppression: "Inmunosupresión",
  diabetes: "Diabetes",
  "collagen-vascular-disease": "Colagenopatía vascular o esclerodermia",
  "radiation-to-area": "Radioterapia en la zona",
  sunburn: "Quemadura solar o bronceado intenso reciente",
  "suspicious-lesion-in-area": "Lesión no evaluada o lunar elevado en la zona",
  "gold-allergy": "Alergia al oro",
  "wound-healing-deficiency": "Alteración de la cicatrización",
  "contact-dermatitis-history": "Antecedentes de dermatitis de contacto",
  "cardiac-abnormality": "Anomalía cardíaca",
  "warts-or-molluscum-in-area": "Verrugas o molusco contagioso en la zona",
  "koebner-prone-condition": "Enfermedad con fenómeno de Koebner (vitíligo, liquen plano)",
  "recent-filler-or-toxin-in-area": "Relleno o toxina botulínica en la zona",
  "recent-resurfacing-in-area": "Láser, exfoliación química o dermoabrasión en la zona",
  "recent-surgery-in-area": "Cirugía reciente en la zona",
  "topical-retinoids": "Retinoides tópicos",
  "tattoo-or-pmu-in-area": "Tatuaje o maquillaje permanente en la zona",
  "photosensitising-drugs": "Medicación fotosensibilizante",
  other: "Otra afección",
});

/** Scar types as names (`labels.scarType`). */
const SCAR_LABELS: Readonly<Record<ScarType, string>> = Object.freeze({
  icepick: "En picahielo",
  boxcar: "En vagón",
  rolling: "Ondulada",
  hypertrophic: "Hipertrófica",
  keloid: "Queloide",
  surgical: "Quirúrgica",
  traumatic: "Traumática",
  burn: "Por quemadura",
  varicella: "Por varicela",
  striae: "Estrías",
});

/** Scar types as the subject of a finding. */
const SCAR_SUBJECTS: Readonly<Record<ScarType, string>> = Object.freeze({
  icepick: "Cicatriz en picahielo",
  boxcar: "Cicatriz en vagón",
  rolling: "Cicatriz ondulada",
  hypertrophic: "Cicatriz hipertrófica",
  keloid: "Queloide",
  surgical: "Cicatriz quirúrgica",
  traumatic: "Cicatriz traumática",
  burn: "Cicatriz por quemadura",
  varicella: "Cicatriz por varicela",
  striae: "Estrías",
});

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = Object.freeze({
  mild: "leve",
  moderate: "moderada",
  severe: "grave",
});

/** Specific advice where an effect alone says too little, by `code/reason`. */
const ADVICE: Readonly<Record<string, string>> = Object.freeze({
  "isotretinoin/active":
    "contraindicada mientras se toma (ficha técnica del dispositivo); tras la última dosis, este protocolo aplica el periodo de lavado conservador del prospecto, para el que el consenso de 2017 encontró poca evidencia",
  "herpes-simplex/history": "administre profilaxis antiviral (alrededor de una semana) antes del tratamiento",
  "gold-allergy/active": "no utilice puntas de aguja chapadas en oro (radiofrecuencia aislada)",
  "gold-allergy/history": "no utilice puntas de aguja chapadas en oro (radiofrecuencia aislada)",
  "eczema/history": "eccema inactivo: revise la piel antes de cada sesión",
  "psoriasis/history": "la punción puede desencadenar placas nuevas (fenómeno de Koebner)",
  "rosacea/history": "la evidencia es dispar; trate solo si no hay brote",
  "icepick/type": "las cicatrices en picahielo responden mal a la micropunción sola",
  "hypertrophic/type": "utilícela solo como tratamiento complementario",
  "keloid/type": "los queloides no son una indicación de micropunción",
  "burn/type": "trate solo cicatrices por quemadura maduras",
  "koebner-prone-condition/history": "la punción puede desencadenar lesiones nuevas (fenómeno de Koebner)",
  "topical-retinoids/active": "suspéndalos unos días antes de cada sesión",
  "photosensitising-drugs/active": "fotoprotección estricta después de cada sesión",
  "tattoo-or-pmu-in-area/active": "evite puncionar sobre el pigmento",
  "pregnant-or-nursing/active":
    "registre el embarazo y la lactancia con códigos separados (pregnant, nursing), que terminan en días distintos",
});

const ADJUNCT_LABELS: Readonly<Record<AdjunctTherapy, string>> = Object.freeze({
  "tca-cross": "ácido tricloroacético focal (técnica CROSS)",
  "punch-excision": "escisión con sacabocados",
  "punch-elevation": "elevación con sacabocados",
  subcision: "subcisión (para cicatrices adheridas)",
  silicone: "gel de silicona",
  "intralesional-steroid": "corticoide intralesional",
  referral: "derivación a un especialista",
});

const EFFECT_TEXT: Readonly<Record<Finding["effect"], string>> = Object.freeze({
  contraindicated: "no trate",
  deferred: "aplace el tratamiento hasta que se haya resuelto",
  "needs-review": "requiere revisión clínica antes del tratamiento",
  precaution: "trate con precauciones",
  info: "sin efecto sobre la aptitud para el tratamiento",
});

const CONTRADICTIONS: Readonly<Record<Extract<Finding, { reason: "contradictory" }>["params"]["problem"], string>> =
  Object.freeze({
    "since-in-future": "empieza después de la fecha de valoración",
    "since-after-until": "empieza después de terminar",
    "history-ends-in-future": "figura como antecedente pero termina después de la fecha de valoración",
    "formed-in-future": "se formó después de la fecha de valoración",
    "born-in-future": "la fecha de nacimiento es posterior a la fecha de valoración",
  });

const REVIEW = "requiere revisión clínica";

function subjectLabel(finding: DeepReadonly<Finding>): string {
  switch (finding.kind) {
    case "factor":
      return Object.hasOwn(FACTOR_LABELS, finding.code)
        ? FACTOR_LABELS[finding.code as FactorCode]
        : `Afección «${finding.code}»`;
    case "scar":
      return SCAR_SUBJECTS[finding.code];
    default:
      return finding.code === "fitzpatrick" ? `Fototipo ${finding.params.fitzpatrick}` : "Paciente";
  }
}

const sessions = (n: number): string => `${String(n)} ${n === 1 ? "sesión" : "sesiones"}`;

function spanishFinding(finding: DeepReadonly<Finding>): string {
  const label = subjectLabel(finding);
  switch (finding.reason) {
    case "washout": {
      const p = finding.params;
      return `${label}: última dosis el ${p.lastDose}; espere ${String(p.months)} meses, hasta el ${p.until}.`;
    }
    case "washout-complete": {
      const p = finding.params;
      return `${label}: última dosis el ${p.lastDose}, hace al menos ${String(p.months)} meses; no queda tiempo de espera.`;
    }
    case "date-missing":
      return finding.params.days === undefined
        ? `${label}: se necesita la fecha de la última dosis para calcular la espera; ${REVIEW}.`
        : `${label}: se necesita la fecha en que se realizó para calcular la espera de ${String(finding.params.days)} días; ${REVIEW}.`;
    case "waiting": {
      const p = finding.params;
      return `${label}: realizado el ${p.procedureOn}; espere ${String(p.days)} días, hasta el ${p.until}.`;
    }
    case "wait-complete": {
      const p = finding.params;
      return `${label}: realizado el ${p.procedureOn}, hace al menos ${String(p.days)} días; no queda tiempo de espera.`;
    }
    case "immature":
      return `${label}: formada el ${finding.params.formedOn ?? ""}, hace menos de ${String(finding.params.months)} meses; los ensayos trataron solo cicatrices maduras: ${REVIEW}.`;
    case "maturity-unknown":
      return `${label}: no consta cuándo se formó; los ensayos trataron solo cicatrices de más de ${String(finding.params.months)} meses: ${REVIEW}.`;
    case "adjunct":
      return `${label}: valore combinarla con ${finding.params.therapies.map((therapy) => ADJUNCT_LABELS[therapy]).join(", ")}.`;
    case "macular-only":
      return "Todas las cicatrices son maculares (grado 1 de Goodman): es un problema de color, no de relieve; no se planifica ningún tratamiento con micropunción.";
    case "contradictory":
      return `${label}: ${CONTRADICTIONS[finding.params.problem]}; ${REVIEW}.`;
    case "unknown-code":
      return `${label} no figura en el catálogo; ${REVIEW}.`;
    case "other":
      return `${label}: ${finding.params.note}; ${REVIEW}.`;
    case "macular":
      return `El grado 1 de Goodman (macular) es un problema de color, no de relieve; ${REVIEW}.`;
    case "severity-missing":
      return `${label}: no se indica la gravedad ni el grado de Goodman; un clínico debe graduarla.`;
    case "severity-contradictory": {
      const p = finding.params;
      return `${label}: la gravedad «${SEVERITY_LABELS[p.severity]}» no concuerda con el grado ${String(p.goodmanGrade)} de Goodman; ${REVIEW}.`;
    }
    case "recent": {
      const p = finding.params;
      return `${label}: formada el ${p.formedOn}, hace menos de ${String(p.months)} meses; las cicatrices recientes no se evaluaron para la ficha técnica del dispositivo, aunque el tratamiento precoz de las cicatrices quirúrgicas fue beneficioso.`;
    }
    case "pih-risk":
      return `${label}: mayor riesgo de hiperpigmentación postinflamatoria; utilice una profundidad conservadora y fotoprotección estricta.`;
    case "below-label-age": {
      const p = finding.params;
      return `Edad ${String(p.age)}: por debajo de la población de la ficha técnica del dispositivo (${String(p.minimumAge)} años o más); sin efecto sobre la aptitud para el tratamiento.`;
    }
    case "no-scars":
      return `Se solicitó revisión de cicatrices, pero no se indica ninguna cicatriz; ${REVIEW}.`;
    case "ended": {
      const advice = ADVICE[`${finding.code}/history`];
      return `${label}: comunicado como finalizado el ${finding.params.until}, se considera antecedente; ${EFFECT_TEXT[finding.effect]}${advice === undefined ? "" : `; ${advice}`}.`;
    }
    case "type":
    case "active":
    case "history": {
      const advice = ADVICE[`${finding.code}/${finding.reason}`];
      const until = "until" in finding.params ? finding.params.until : undefined;
      const resumeOn = "resumeOn" in finding.params ? finding.params.resumeOn : undefined;
      if (resumeOn !== undefined) {
        return `${label}: ${EFFECT_TEXT[finding.effect]} mientras se tome; última dosis prevista el ${until ?? ""}, el tratamiento puede reanudarse el ${resumeOn}.`;
      }
      const effect =
        finding.effect === "deferred" && until !== undefined ? "aplace el tratamiento" : EFFECT_TEXT[finding.effect];
      const status = finding.reason === "history" ? " (antecedente)" : "";
      return `${label}${status}: ${effect}${until === undefined ? "" : ` (hasta el ${until})`}${advice === undefined ? "" : `; ${advice}`}.`;
    }
  }
}

function spanishReminder(reminder: DeepReadonly<Reminder>): string {
  switch (reminder.kind) {
    case "book-session":
      return `Reserve la sesión ${String(reminder.session)}, prevista para el ${longDate(reminder.dueOn)}.`;
    case "session-overdue":
      return `La sesión ${String(reminder.session)} está atrasada: resérvela para el ${longDate(reminder.dueOn)} o más tarde.`;
    case "result-check":
      return reminder.check === "first"
        ? `Control de los resultados del tratamiento el ${longDate(reminder.dueOn)}.`
        : `Control final de los resultados el ${longDate(reminder.dueOn)}.`;
    case "pre-care":
      return reminder.step === "stop-retinoids"
        ? `Suspenda ahora los retinoides tópicos, antes de la sesión ${String(reminder.session)} del ${longDate(reminder.dueOn)}.`
        : `Empiece ahora la profilaxis antiviral, antes de la sesión ${String(reminder.session)} del ${longDate(reminder.dueOn)}.`;
    case "post-care":
      return `Cuidados tras la sesión ${String(reminder.session)}: protección solar y ningún producto activo durante 48 horas.`;
    case "photo":
      return reminder.checkpoint === "result-check"
        ? `Tome fotografías estandarizadas en el control de resultados del ${longDate(reminder.dueOn)}.`
        : `Tome fotografías estandarizadas antes de la sesión ${String(reminder.session ?? "")}${reminder.checkpoint === "baseline" ? " (fotografías iniciales)" : ""}.`;
    case "appointment":
      return `Sesión de micropunción ${String(reminder.session)} el ${longDate(reminder.dueOn)}${reminder.time === undefined ? "" : ` a las ${reminder.time}`}.`;
    case "maintenance-due":
      return `Reserve la sesión de mantenimiento, prevista para el ${longDate(reminder.dueOn)}.`;
    case "deferral-review":
      return `Revise el tratamiento aplazado el ${longDate(reminder.dueOn)}: ¿se ha resuelto la afección?`;
  }
}

function spanishBookingReason(reason: DeepReadonly<BookingReason>): string {
  switch (reason.code) {
    case "in-past":
      return `El día es anterior a hoy (${reason.params.today}).`;
    case "clinic-closed":
      return "La clínica está cerrada ese día.";
    case "not-eligible":
      return reason.params.status === "contraindicated"
        ? `No se puede tratar al paciente: existe una contraindicación${reason.params.until === undefined ? "" : `; vuelva a valorarlo el ${reason.params.until}`}.`
        : `El tratamiento está aplazado${reason.params.until === undefined ? "" : ` hasta el ${reason.params.until}`}.`;
    case "needs-review":
      return "Un clínico debe revisar al paciente antes de esta sesión.";
    case "too-soon":
      return `Demasiado pronto: ${String(reason.params.days)} días después de la última sesión; reserve el ${reason.params.earliest} o más tarde.`;
    case "late":
      return `Fuera de la ventana de la sesión, que se cerró el ${reason.params.windowClosedOn} (${String(reason.params.daysLate)} días de retraso).`;
    case "reassess":
      return `${String(reason.params.daysSinceLastSession)} días desde la última sesión: vuelva a graduar las cicatrices antes de tratar.`;
    case "course-complete":
      return "Todas las sesiones del tratamiento están hechas: reserve mantenimiento en su lugar.";
    case "beyond-estimate":
      return `La estimación prevé ${sessions(reason.params.planned)}: reserve solo si un clínico decide tratar.`;
    case "course-unfinished":
      return `Al tratamiento aún le quedan ${sessions(reason.params.sessionsLeft)}.`;
    case "no-maintenance":
      return "No hay mantenimiento previsto.";
    case "maintenance-too-early":
      return `Demasiado pronto para el mantenimiento: su ventana se abre el ${reason.params.earliest}.`;
    case "maintenance-late":
      return `Fuera de la ventana de mantenimiento, que se cerró el ${reason.params.latest}.`;
  }
}

function spanishSessionFlag(flag: DeepReadonly<SessionFlag>): string {
  switch (flag.code) {
    case "late":
      return `${String(flag.params.daysLate)} días de retraso (ventana cerrada el ${flag.params.windowClosedOn})`;
    case "reassess":
      return `revalorar: ${String(flag.params.daysSinceLastSession)} días desde la última sesión`;
    case "too-soon":
      return `demasiado pronto (${String(flag.params.days)} días < ${String(flag.params.minimumDays)} días)`;
    case "deferred":
      return `aplazada hasta el ${flag.params.until}`;
    case "missed-booking":
      return `cita perdida el ${flag.params.on}`;
    case "closed-day":
      return `reservada en un día de cierre (${flag.params.on})`;
    case "no-open-day":
      return "sin día de apertura en la ventana";
    case "out-of-order":
      return `fuera de orden (la anterior, el ${flag.params.previous})`;
    case "in-future":
      return "registrada en el futuro";
    case "beyond-estimate":
      return `más allá de la estimación (${sessions(flag.params.planned)})`;
  }
}

const GOALS = Object.freeze({ "scar-revision": "revisión de cicatrices", rejuvenation: "rejuvenecimiento" });

const ELIGIBILITY_STATUS = Object.freeze({
  contraindicated: "contraindicado",
  deferred: "aplazado",
  "needs-review": "requiere revisión",
  "eligible-with-precautions": "apto con precauciones",
  eligible: "apto",
});

const SPANISH_LABELS: MessageLabels = Object.freeze<MessageLabels>({
  eligibilityStatus: ELIGIBILITY_STATUS,
  sessionStatus: Object.freeze({
    done: "realizada",
    booked: "reservada",
    due: "pendiente",
    upcoming: "próxima",
    overdue: "atrasada",
  }),
  effect: Object.freeze({
    contraindicated: "contraindicado",
    deferred: "aplazado",
    "needs-review": "requiere revisión",
    precaution: "precaución",
    info: "información",
  }),
  bookingEffect: Object.freeze({ blocks: "impide", warns: "advierte" }),
  bookingStatus: Object.freeze({
    allowed: "permitida",
    "allowed-with-warnings": "permitida con advertencias",
    blocked: "no permitida",
  }),
  reminderKind: Object.freeze({
    "book-session": "reservar sesión",
    "session-overdue": "sesión atrasada",
    "result-check": "control de resultados",
    "pre-care": "preparación",
    "post-care": "cuidados posteriores",
    photo: "fotografías",
    appointment: "cita",
    "maintenance-due": "mantenimiento",
    "deferral-review": "revisión del aplazamiento",
  }),
  goal: GOALS,
  estimateBasis: Object.freeze({
    mild: "leve",
    moderate: "moderada",
    severe: "grave",
    "scar-type": "tipo de cicatriz",
    rejuvenation: "rejuvenecimiento",
    "unknown-severity": "gravedad desconocida",
    "macular-only": "solo maculares",
  }),
  factor: FACTOR_LABELS,
  scarType: SCAR_LABELS,
  sessionFlag: spanishSessionFlag,
});

const SPANISH_ICAL: ICalMessages = Object.freeze<ICalMessages>({
  sessionSummary: ({ session, total }) => `Sesión de micropunción ${String(session)} de ${String(total)}`,
  maintenanceSummary: "Mantenimiento de micropunción",
  done: ({ doneOn }) => `Realizada el ${longDate(doneOn)}.`,
  booked: ({ bookedOn, time }) =>
    `Reservada para el ${longDate(bookedOn)}${time === undefined ? "" : ` a las ${time}`}.`,
  window: (p) =>
    `Reserve entre el ${longDate(p.earliest)} y el ${longDate(p.latest)}; prevista para el ${longDate(p.due)}.${p.overdue ? " Atrasada: replanificada desde hoy." : ""}`,
  maintenance: (p) =>
    `Reserve entre el ${longDate(p.earliest)} y el ${longDate(p.latest)}; previsto para el ${longDate(p.due)}.`,
});

const SPANISH_FHIR: FhirMessages = Object.freeze<FhirMessages>({
  title: ({ goal }) => `Micropunción para ${GOALS[goal]}`,
  description: ({ sessions: count, goal, status }) =>
    `${sessions(count)} de micropunción para ${GOALS[goal]}; aptitud: ${ELIGIBILITY_STATUS[status]}.`,
  sessionCode: ({ session, total }) => `Sesión de micropunción ${String(session)} de ${String(total)}`,
  maintenanceCode: "Mantenimiento de micropunción",
  session: (session) => {
    switch (session.status) {
      case "done":
        return `Realizada el ${session.doneOn}.`;
      case "booked":
        return `Reservada para el ${session.bookedOn}${session.time === undefined ? "" : ` a las ${session.time}`}.`;
      default:
        return `Reserve entre el ${session.earliest} y el ${session.latest}; prevista para el ${session.due}.`;
    }
  },
  overdue: ({ closedOn, earliest }) =>
    `La ventana se cerró el ${closedOn} sin la sesión; replanificada desde el ${earliest}.`,
  maintenance: ({ earliest, due, latest }) =>
    `Próximo: reserve entre el ${earliest} y el ${latest}; previsto para el ${due}.`,
});

const SPANISH_CLI: CliMessages = Object.freeze<CliMessages>({
  planHeading: (p) =>
    `Paciente ${p.patientId ?? "(sin identificador)"}: ${p.goal}, planificado el ${p.today} (protocolo ${p.protocol}, microneedling-planner ${p.version})`,
  eligibility: ({ status, reassessOn }) =>
    `Aptitud: ${status}${reassessOn === undefined ? "" : `, revalorar el ${reassessOn}`}`,
  sources: ({ sources: ids }) => `fuentes: ${ids}`,
  noFindings: "sin hallazgos",
  estimate: (p) =>
    `Estimación: ${String(p.typical)} sesiones (intervalo ${String(p.min)}-${String(p.max)}, ${p.basis}); fuentes: ${p.sources}`,
  sessionsHeading: "Sesiones",
  noSessions: "ninguna planificada",
  sessionColumns: Object.freeze([
    "N.º",
    "estado",
    "desde",
    "prevista",
    "hasta",
    "realizada/reservada",
    "avisos",
  ] as const),
  resultCheck: ({ on }) => `Control de resultados: ${on}`,
  noMaintenance: "Mantenimiento: no previsto",
  maintenance: (m) =>
    `Mantenimiento: previsto el ${m.due} (ventana del ${m.earliest} al ${m.latest}, contado desde el ${m.after}${m.projected ? ", proyectado" : ""})`,
  remindersHeading: "Recordatorios",
  noReminders: "ninguno en el periodo considerado",
  sourcesHeading: "Fuentes",
  booking: (p) =>
    `Reserva de ${p.visit === "session" ? `la sesión ${String(p.session ?? "")}`.trim() : "mantenimiento"} el ${p.on}${p.time === undefined ? "" : ` a las ${p.time}`}: ${p.status}`,
  noReasons: "nada en contra",
  bookingEligibility: ({ on, status }) => `Aptitud el ${on}: ${status}`,
});

// ---------------------------------------------------------------------------------------------
// Tarjetas CDS Hooks y servicios (issue 15).
// ---------------------------------------------------------------------------------------------

const CDS_ELIGIBILITY: Readonly<Record<Eligibility["status"], string>> = Object.freeze({
  eligible: "Micropunción: apto",
  "eligible-with-precautions": "Micropunción: apto, con precauciones",
  "needs-review": "Micropunción: un profesional clínico debe revisar antes del tratamiento",
  deferred: "Micropunción: aplace el tratamiento",
  contraindicated: "Micropunción: contraindicada, no trate",
});

const CDS_BOOKING: Readonly<Record<BookingCheck["status"], string>> = Object.freeze({
  allowed: "se puede reservar",
  "allowed-with-warnings": "se puede reservar, con advertencias",
  blocked: "no se puede reservar",
});

const CDS_OVERRIDES: Readonly<Record<CdsOverrideReason, string>> = Object.freeze({
  "clinician-reviewed": "Un profesional clínico ha revisado al paciente y acepta el riesgo",
  "precautions-taken": "Las precauciones indicadas están en marcha",
  "schedule-exception": "Un profesional clínico acepta la excepción de calendario",
});

const CDS_SERVICES: Readonly<Record<CdsServiceId, { readonly title: string; readonly description: string }>> =
  Object.freeze({
    "microneedling-eligibility": Object.freeze({
      title: "Idoneidad para micropunción",
      description:
        "Comprueba la idoneidad de un paciente para la micropunción de cicatrices según un protocolo con fuentes: contraindicaciones, aplazamientos, precauciones y hallazgos que un profesional clínico debe revisar.",
    }),
    "microneedling-booking-check": Object.freeze({
      title: "Comprobación de citas de micropunción",
      description:
        "Comprueba una sesión de micropunción o una visita de mantenimiento propuesta frente al plan del paciente: idoneidad ese día, intervalo desde la última sesión, ventana de la sesión y días de apertura de la clínica.",
    }),
  });

const SPANISH_CDS: CdsMessages = Object.freeze({
  eligibilitySummary(eligibility: DeepReadonly<Eligibility>): string {
    const until = eligibility.reassessOn === undefined ? "" : ` hasta el ${eligibility.reassessOn}`;
    return `${CDS_ELIGIBILITY[eligibility.status]}${eligibility.status === "deferred" ? until : ""}.`;
  },
  bookingSummary(check: DeepReadonly<BookingCheck>): string {
    const visit =
      check.visit === "maintenance"
        ? "Visita de mantenimiento"
        : `Sesión de micropunción ${String(check.session ?? "")}`;
    return `${visit.trimEnd()} el ${check.on}: ${CDS_BOOKING[check.status]}.`;
  },
  sourceLabel(protocol: { readonly id: string; readonly version: string }): string {
    return `microneedling-planner, protocolo ${protocol.id}@${protocol.version}`;
  },
  heading(which: "reasons" | "sources"): string {
    return which === "reasons" ? "Motivos" : "Fuentes";
  },
  noReasons(): string {
    return "Ninguna contraindicación, aplazamiento, precaución ni hallazgo que revisar.";
  },
  overrideReason(code: CdsOverrideReason): string {
    return CDS_OVERRIDES[code];
  },
  service(id: CdsServiceId): { readonly title: string; readonly description: string } {
    return CDS_SERVICES[id];
  },
});

// ---------------------------------------------------------------------------------------------
// La línea de tiempo SVG (toSvgTimeline, microneedling-planner/svg).
// ---------------------------------------------------------------------------------------------

const SVG_MONTHS = Object.freeze(["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]);

const SVG_LEGEND: Readonly<Record<SvgLegendItem, string>> = Object.freeze({
  window: "Ventana abierta",
  upcoming: "La ventana se abre más tarde",
  due: "Día previsto",
  done: "Realizada",
  booked: "Reservada",
  overdue: "Atrasada",
  "result-check": "Control de resultados",
  maintenance: "Mantenimiento",
  deferral: "Aún no se puede tratar",
  today: "Hoy",
});

const SVG_ELIGIBILITY: Readonly<Record<SvgTimelineSummary["eligibility"], string>> = Object.freeze({
  eligible: "apto",
  "eligible-with-precautions": "apto con precauciones",
  "needs-review": "un profesional clínico debe revisar antes del tratamiento",
  deferred: "aplazado",
  contraindicated: "contraindicado",
});

const svgSessions = (count: number): string => `${String(count)} ${count === 1 ? "sesión" : "sesiones"}`;

function spanishSvgTitle(summary: DeepReadonly<SvgTimelineSummary>): string {
  const patient = summary.patientId === undefined ? "" : ` de ${summary.patientId}`;
  return `Plan de micropunción${patient} a ${summary.today}`;
}

function spanishSvgDescription(summary: DeepReadonly<SvgTimelineSummary>): string {
  const sentences: string[] = [];
  const reassess = summary.reassessOn === undefined ? "" : `; reevaluar el ${summary.reassessOn}`;
  sentences.push(`Idoneidad a ${summary.today}: ${SVG_ELIGIBILITY[summary.eligibility]}${reassess}.`);
  if (summary.total === 0) {
    sentences.push("Ninguna sesión planificada.");
  } else {
    const overdue = summary.overdue === 0 ? "" : ` (${String(summary.overdue)} atrasadas)`;
    sentences.push(
      `${svgSessions(summary.total)}: ${String(summary.done)} realizadas, ${String(summary.booked)} reservadas, ${String(summary.toBook)} por reservar${overdue}.`,
    );
  }
  const next = summary.next;
  if (next !== undefined) {
    const number = `Siguiente: sesión ${String(next.number)}`;
    sentences.push(
      next.status === "booked"
        ? `${number}, reservada para el ${next.on}${next.time === undefined ? "" : ` a las ${next.time}`}.`
        : `${number}, ${next.status === "overdue" ? "atrasada, " : ""}prevista el ${next.on}; reservar entre el ${next.earliest} y el ${next.latest}.`,
    );
  }
  if (summary.resultCheckOn !== undefined) {
    const final = summary.finalResultCheckOn === undefined ? "" : ` y por último el ${summary.finalResultCheckOn}`;
    sentences.push(`Control de resultados el ${summary.resultCheckOn}${final}.`);
  }
  const m = summary.maintenance;
  if (m !== undefined) {
    sentences.push(
      `Mantenimiento previsto el ${m.due}, entre el ${m.earliest} y el ${m.latest}${m.projected ? " (estimado: el tratamiento no ha terminado)" : ""}.`,
    );
  }
  sentences.push(`Protocolo ${summary.protocol.id}, versión ${summary.protocol.version}.`);
  return sentences.join(" ");
}

const SVG_SESSION_STATUS: Readonly<Record<"due" | "upcoming" | "overdue", string>> = Object.freeze({
  due: "reservar ya",
  upcoming: "próxima",
  overdue: "atrasada",
});

function spanishSvgLabel(label: DeepReadonly<SvgLabel>): string {
  switch (label.kind) {
    case "session": {
      const deferred = label.deferredUntil === undefined ? "" : ` (aplazada hasta el ${label.deferredUntil})`;
      const time = label.time === undefined ? "" : ` a las ${label.time}`;
      const what =
        label.status === "done"
          ? `realizada el ${label.on}`
          : label.status === "booked"
            ? `reservada el ${label.on}${time}`
            : `${SVG_SESSION_STATUS[label.status]}, prevista el ${label.on}`;
      return `Sesión ${String(label.number)}: ${what}${deferred}`;
    }
    case "today":
      return `Hoy ${label.on}`;
    case "month":
      return `${SVG_MONTHS[Number(label.on.slice(5, 7)) - 1] ?? ""} ${label.on.slice(0, 4)}`;
    case "result-checks": {
      const parts = [
        label.first === undefined ? undefined : `primero ${label.first}`,
        label.final === undefined ? undefined : `último ${label.final}`,
      ].filter((part) => part !== undefined);
      return `Controles de resultados: ${parts.join(", ")}`;
    }
    case "maintenance":
      return `Mantenimiento: previsto el ${label.due}${label.projected ? " (estimado)" : ""}`;
    case "deferral":
      return `${label.status === "deferred" ? "Aplazado" : "Contraindicado"}${label.until === undefined ? ": sin fecha de fin, revisar" : `: reevaluar el ${label.until}`}`;
    case "no-sessions":
      return "Ninguna sesión planificada";
    case "legend":
      return SVG_LEGEND[label.item];
  }
}

/**
 * The Spanish message layer: neutral clinical Spanish, usted form. It `satisfies Messages`,
 * so a text missing from it is a type error. Pass it as the `messages` option of
 * `assessEligibility`, `planTreatment`, `planReminders`, `replan` and `checkBooking`, and of
 * `toICalendar` and `toFhirCarePlan`; the CLI uses it with `--lang es`. Codes in results do
 * not change.
 *
 * @example
 * ```ts
 * import { spanishMessages } from "microneedling-planner/messages/es";
 * spanishMessages.reminder({ kind: "book-session", remindOn: "2026-12-15", dueOn: "2026-12-22", session: 2 });
 * //=> "Reserve la sesión 2, prevista para el 22 de diciembre de 2026."
 * spanishMessages.labels.eligibilityStatus["eligible-with-precautions"];
 * //=> "apto con precauciones"
 * spanishMessages.formatDate("2027-01-05");
 * //=> "5 de enero de 2027"
 * ```
 * @category Messages
 */
export const spanishMessages: Messages = Object.freeze({
  finding: spanishFinding,
  reminder: spanishReminder,
  bookingReason: spanishBookingReason,
  formatDate: longDate,
  labels: SPANISH_LABELS,
  ical: SPANISH_ICAL,
  fhir: SPANISH_FHIR,
  cli: SPANISH_CLI,
  cds: SPANISH_CDS,
  svgTitle: spanishSvgTitle,
  svgDescription: spanishSvgDescription,
  svgLabel: spanishSvgLabel,
} satisfies Messages);
