/**
 * A protocol as a FHIR R4 PlanDefinition and ActivityDefinition, in a `collection` Bundle (plain
 * JSON, no FHIR library at run time).
 *
 * @module
 */
import { FACTOR_CATALOGUE } from "../catalogues/factors.js";
import { PROTOCOL_SETTING_CATALOGUE } from "../catalogues/protocol-settings.js";
import { SOURCE_CATALOGUE } from "../catalogues/source-catalogue.js";
import { englishMessages } from "../messages/en.js";
import type { Finding } from "../models/eligibility.js";
import type { Protocol, SessionRange } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { SourceId } from "../models/source-ids.js";
import type { Effect } from "../models/values.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { PROTOCOL, TO_FHIR_PLAN_DEFINITION_OPTIONS } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";
import { LIBRARY_VERSION } from "../version.js";
import { activityDefinitionUrl, fhirIdOf, planDefinitionUrl } from "./fhir-canonical.js";

/**
 * A FHIR R4 `Quantity` of months (UCUM `mo`).
 * @category Interop
 */
export interface FhirMonths {
  /** How many months. */
  readonly value: number;
  /** Always `mo`. */
  readonly unit: "mo";
  /** Always UCUM. */
  readonly system: "http://unitsofmeasure.org";
  /** Always `mo`. */
  readonly code: "mo";
}

/**
 * A FHIR R4 `Timing` with only `repeat`, as this library writes it.
 * @category Interop
 */
export interface FhirRepeatTiming {
  /** How often. */
  readonly repeat: {
    /** Repetitions (the typical session count). */
    readonly count?: number;
    /** Most repetitions (the most sessions), when above `count`. */
    readonly countMax?: number;
    /** Always 1 per period. */
    readonly frequency: 1;
    /** The shortest period. */
    readonly period: number;
    /** The longest period, when above `period`. */
    readonly periodMax?: number;
    /** Weeks between sessions, months between maintenance visits. */
    readonly periodUnit: "wk" | "mo";
  };
}

/**
 * A FHIR R4 `PlanDefinition.action.condition`: an applicability rule with a plain-text expression.
 * @category Interop
 */
export interface FhirPlanCondition {
  /** Always `applicability`. */
  readonly kind: "applicability";
  /** The rule, as text. */
  readonly expression: {
    /** What the rule says, readable. */
    readonly description: string;
    /** Always `text/plain`: no computable language is claimed. */
    readonly language: "text/plain";
    /** The rule in the library's own terms (its factor codes and protocol settings). */
    readonly expression: string;
  };
}

/**
 * A FHIR R4 `PlanDefinition.action` as this library writes it.
 * @category Interop
 */
export interface FhirPlanDefinitionAction {
  /** Unique within the PlanDefinition. */
  readonly id: string;
  /** Short title. */
  readonly title: string;
  /** What it does, with its numbers. */
  readonly description?: string;
  /** When it applies. */
  readonly condition?: readonly FhirPlanCondition[];
  /** Relative to another action (after the course ends). */
  readonly relatedAction?: readonly {
    readonly actionId: string;
    readonly relationship: "after-end";
    readonly offsetDuration?: FhirMonths;
    readonly offsetRange?: { readonly low: FhirMonths; readonly high: FhirMonths };
  }[];
  /** When: a repeat (sessions, maintenance). */
  readonly timingTiming?: FhirRepeatTiming;
  /** When: a delay (result checks, after the course). */
  readonly timingDuration?: FhirMonths;
  /** How many of the sub-actions to choose. */
  readonly selectionBehavior?: "exactly-one";
  /** The ActivityDefinition of a session: `<url>|<version>`. */
  readonly definitionCanonical?: string;
  /** Sub-actions. */
  readonly action?: readonly FhirPlanDefinitionAction[];
}

/**
 * A FHIR R4 `PlanDefinition` as this library writes it.
 * @category Interop
 */
export interface FhirPlanDefinition {
  /** Always `PlanDefinition`. */
  readonly resourceType: "PlanDefinition";
  /** The protocol id as a FHIR id. */
  readonly id: string;
  /** Which library version wrote it. */
  readonly meta: { readonly source: string };
  /** The canonical URL. */
  readonly url: string;
  /** The protocol's version. */
  readonly version: string;
  /** Machine name. */
  readonly name: string;
  /** Title, naming the protocol. */
  readonly title: string;
  /** Always the HL7 `clinical-protocol` type. */
  readonly type: {
    readonly coding: readonly [
      {
        readonly system: "http://terminology.hl7.org/CodeSystem/plan-definition-type";
        readonly code: "clinical-protocol";
        readonly display: "Clinical Protocol";
      },
    ];
  };
  /** Publication status (option `status`). */
  readonly status: "draft" | "active" | "retired" | "unknown";
  /** What it is. */
  readonly description: string;
  /** The sources of the settings it keeps from the default protocol. */
  readonly relatedArtifact?: readonly {
    readonly type: "citation";
    readonly label: string;
    readonly citation: string;
  }[];
  /** The course (one row of the session table applies), result checks, maintenance. */
  readonly action: readonly FhirPlanDefinitionAction[];
}

/**
 * A FHIR R4 `ActivityDefinition` of one session, as this library writes it.
 * @category Interop
 */
export interface FhirActivityDefinition {
  /** Always `ActivityDefinition`. */
  readonly resourceType: "ActivityDefinition";
  /** `<protocol FHIR id>-session`. */
  readonly id: string;
  /** Which library version wrote it. */
  readonly meta: { readonly source: string };
  /** The canonical URL. */
  readonly url: string;
  /** The protocol's version. */
  readonly version: string;
  /** Machine name. */
  readonly name: "MicroneedlingSession";
  /** Title. */
  readonly title: string;
  /** Publication status. */
  readonly status: FhirPlanDefinition["status"];
  /** What it is. */
  readonly description: string;
  /** Always `ServiceRequest`: what an `order-select` hook sees. */
  readonly kind: "ServiceRequest";
  /** Text only: no code is invented. */
  readonly code: { readonly text: string };
}

/**
 * The Bundle {@link toFhirPlanDefinition} returns.
 * @category Interop
 */
export interface FhirPlanDefinitionBundle {
  /** Always `Bundle`. */
  readonly resourceType: "Bundle";
  /** Always `collection`. */
  readonly type: "collection";
  /** The PlanDefinition, then the ActivityDefinition. */
  readonly entry: readonly [{ readonly resource: FhirPlanDefinition }, { readonly resource: FhirActivityDefinition }];
}

/**
 * Options of {@link toFhirPlanDefinition}.
 * @category Interop
 */
export interface ToFhirPlanDefinitionOptions {
  /**
   * Base of the canonical URLs (http(s), no trailing slash), for example
   * `https://clinic.example/fhir`: the PlanDefinition is then `<base>/PlanDefinition/<id>`.
   * Without it, `urn:microneedling-planner:plan-definition:<protocol id>`.
   */
  readonly canonicalBase?: string | undefined;
  /** Publication status; `active` when omitted. */
  readonly status?: "draft" | "active" | "retired" | "unknown" | undefined;
}

const months = (value: number): FhirMonths => ({ value, unit: "mo", system: "http://unitsofmeasure.org", code: "mo" });

const text = (expression: string, description: string): FhirPlanCondition => ({
  kind: "applicability",
  expression: { description, language: "text/plain", expression },
});

function sessionTiming(range: DeepReadonly<SessionRange>, protocol: DeepReadonly<Protocol>): FhirRepeatTiming {
  const { minWeeks, maxWeeks } = protocol.interval;
  return {
    repeat: {
      count: range.typical,
      ...(range.max > range.typical && { countMax: range.max }),
      frequency: 1,
      period: minWeeks,
      ...(maxWeeks > minWeeks && { periodMax: maxWeeks }),
      periodUnit: "wk",
    },
  };
}

function courseRow(
  id: string,
  title: string,
  condition: FhirPlanCondition,
  range: DeepReadonly<SessionRange>,
  protocol: DeepReadonly<Protocol>,
  activity: string,
): FhirPlanDefinitionAction {
  const { minWeeks, maxWeeks } = protocol.interval;
  return {
    id,
    title,
    description: `${String(range.min)}-${String(range.max)} sessions, typical ${String(range.typical)}, every ${String(minWeeks)}-${String(maxWeeks)} weeks.`,
    condition: [condition],
    timingTiming: sessionTiming(range, protocol),
    definitionCanonical: activity,
  };
}

const BLOCKING: readonly Effect[] = Object.freeze(["contraindicated", "deferred"]);

/** The eligibility rules that make the course inapplicable, from the factor catalogue and the protocol. */
function eligibilityConditions(protocol: DeepReadonly<Protocol>): FhirPlanCondition[] {
  const conditions: FhirPlanCondition[] = [];
  for (const entry of Object.values(FACTOR_CATALOGUE)) {
    if (entry.replacedBy !== undefined) continue;
    const label = englishMessages.finding({
      kind: "factor",
      code: entry.code,
      index: 0,
      reason: "active",
      effect: entry.active,
      params: {},
      sources: [...entry.sources],
    } as Finding);
    const cited = ` (${entry.sources.join(", ")})`;
    if (entry.washout !== undefined) {
      const n = protocol[entry.washout];
      conditions.push(
        text(
          `not factor '${entry.code}' active; and if history, at least ${String(n)} months since its last dose`,
          `${label.replace(/:.*$/, "")}: do not treat while taking it; after the last dose, wait ${String(n)} months${cited}.`,
        ),
      );
    } else if (entry.wait !== undefined) {
      const n = protocol[entry.wait];
      conditions.push(
        text(
          `at least ${String(n)} days since factor '${entry.code}'`,
          `${label.replace(/:.*$/, "")}: wait ${String(n)} days after it${cited}.`,
        ),
      );
    } else if (BLOCKING.includes(entry.active)) {
      const status = BLOCKING.includes(entry.history) ? "active or history" : "active";
      conditions.push(text(`not (factor '${entry.code}' ${status})`, `${label.replace(/\.$/, "")}${cited}.`));
    }
  }
  return conditions;
}

/** Source ids of every setting the protocol keeps from the default protocol, in catalogue order. */
function keptSources(protocol: DeepReadonly<Protocol>): SourceId[] {
  const at = (p: DeepReadonly<Protocol>, path: string): string =>
    JSON.stringify(path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], p));
  const ids: SourceId[] = [];
  for (const [path, entry] of Object.entries(PROTOCOL_SETTING_CATALOGUE)) {
    if (at(protocol, path) !== at(defaultProtocol, path)) continue;
    for (const id of entry.sources) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Exports a protocol as a FHIR R4 PlanDefinition and the ActivityDefinition of one session, in a
 * `collection` Bundle (plain JSON). A CarePlan made with the protocol (`toFhirCarePlan`, same
 * `canonicalBase`) names it in `instantiatesCanonical`.
 *
 * - `url` is `<canonicalBase>/PlanDefinition/<id>`, or `urn:microneedling-planner:plan-definition:<id>`
 *   without a base; `version` is the protocol's version; `type` is HL7's `clinical-protocol`.
 * - One `course` action whose `condition`s are the eligibility rules that make a course
 *   inapplicable (contraindications, deferrals, the isotretinoin washout and the waits after
 *   procedures, with the protocol's numbers), each an `applicability` condition with a
 *   `text/plain` expression and a readable description; no code is invented.
 * - Its sub-actions (`selectionBehavior` `exactly-one`) are the rows of the session table: mild,
 *   moderate, severe, rejuvenation and each scar type with its own range. Each has a
 *   `timingTiming.repeat` with `count` the typical number of sessions, `countMax` the most,
 *   `period`/`periodMax` the interval in weeks (`periodUnit` `wk`), and points at the session's
 *   ActivityDefinition.
 * - Result checks (`timingDuration`, and `relatedAction` `after-end` of the course) and
 *   maintenance per goal (`timingTiming` every `dueMonths` to `latestMonths` months, first
 *   `earliestMonths`-`latestMonths` months after the course).
 * - `relatedArtifact` cites (type `citation`, text from `SOURCE_CATALOGUE`) the sources of every
 *   setting the protocol keeps from the default protocol; a changed setting is the clinic's own.
 *
 * @param protocol - a protocol (`defaultProtocol`, or one from `defineProtocol`)
 * @param options - the base of the canonical URLs, and the publication status
 * @returns a Bundle: the PlanDefinition, then the ActivityDefinition
 * @throws `PlannerError` `INVALID_INPUT` for a malformed protocol or options
 *
 * @example
 * ```ts
 * import { defaultProtocol } from "microneedling-planner";
 * import { toFhirPlanDefinition } from "microneedling-planner/fhir";
 * const bundle = toFhirPlanDefinition(defaultProtocol, { canonicalBase: "https://clinic.example/fhir" });
 * const [{ resource: plan }, { resource: session }] = bundle.entry;
 * [plan.url, plan.version, session.url];
 * //=> ["https://clinic.example/fhir/PlanDefinition/article-2021", "1", "https://clinic.example/fhir/ActivityDefinition/article-2021-session"]
 * plan.action[0]?.action?.find((a) => a.id === "course-moderate")?.timingTiming;
 * //=> { repeat: { count: 4, countMax: 5, frequency: 1, period: 4, periodMax: 6, periodUnit: "wk" } }
 * ```
 * @category Interop
 */
export function toFhirPlanDefinition(
  protocol: DeepReadonly<Protocol>,
  options: ToFhirPlanDefinitionOptions = {},
): FhirPlanDefinitionBundle {
  assertValid(
    "INVALID_INPUT",
    [
      [PROTOCOL, protocol, "protocol"],
      [TO_FHIR_PLAN_DEFINITION_OPTIONS, options, "options"],
    ],
    defaultProtocol,
  );
  const status = options.status ?? "active";
  const named = `${protocol.id}@${protocol.version}`;
  const meta = { source: `urn:microneedling-planner:library:${LIBRARY_VERSION}` };
  const activityUrl = activityDefinitionUrl(protocol.id, options.canonicalBase);
  const activity = `${activityUrl}|${protocol.version}`;
  const severity = (level: "mild" | "moderate" | "severe") =>
    courseRow(
      `course-${level}`,
      `Course for ${level} scars`,
      text(
        `goal = 'scar-revision' and worst scar severity = '${level}'`,
        `Scar revision whose most severe scar is ${level} (the scar range with the most sessions decides).`,
      ),
      protocol.sessions[level],
      protocol,
      activity,
    );
  const rows = [severity("mild"), severity("moderate"), severity("severe")];
  for (const [type, range] of Object.entries(protocol.sessionsByType)) {
    if (range === undefined) continue;
    rows.push(
      courseRow(
        `course-${type}`,
        `Course for ${type} scars`,
        text(
          `goal = 'scar-revision' and the range with the most sessions is that of scar type '${type}'`,
          `Scar revision of ${type} scars, which have their own range whatever their severity (the scar range with the most sessions decides).`,
        ),
        range,
        protocol,
        activity,
      ),
    );
  }
  rows.push(
    courseRow(
      "course-rejuvenation",
      "Course for rejuvenation",
      text("goal = 'rejuvenation'", "Rejuvenation (no scar revision)."),
      protocol.sessions.rejuvenation,
      protocol,
      activity,
    ),
  );
  const after = (value: number) => [
    { actionId: "course", relationship: "after-end" as const, offsetDuration: months(value) },
  ];
  const maintenance = (goal: "scarRevision" | "rejuvenation"): FhirPlanDefinitionAction => {
    const m = protocol.maintenance[goal];
    const code = goal === "scarRevision" ? "scar-revision" : "rejuvenation";
    return {
      id: `maintenance-${code}`,
      title: `Maintenance after ${goal === "scarRevision" ? "scar revision" : "rejuvenation"}`,
      description: `A maintenance session every ${String(m.dueMonths)} months (window ${String(m.earliestMonths)}-${String(m.latestMonths)} months) after the course or the last maintenance.`,
      condition: [text(`goal = '${code}'`, `The course's goal is ${code}.`)],
      relatedAction: [
        {
          actionId: "course",
          relationship: "after-end",
          offsetRange: { low: months(m.earliestMonths), high: months(m.latestMonths) },
        },
      ],
      timingTiming: {
        repeat: {
          frequency: 1,
          period: m.dueMonths,
          ...(m.latestMonths > m.dueMonths && { periodMax: m.latestMonths }),
          periodUnit: "mo",
        },
      },
      definitionCanonical: activity,
    };
  };
  const planDefinition: FhirPlanDefinition = {
    resourceType: "PlanDefinition",
    id: fhirIdOf(protocol.id),
    meta,
    url: planDefinitionUrl(protocol.id, options.canonicalBase),
    version: protocol.version,
    name: "MicroneedlingCourse",
    title: `Microneedling course, protocol ${named}`,
    type: {
      coding: [
        {
          system: "http://terminology.hl7.org/CodeSystem/plan-definition-type",
          code: "clinical-protocol",
          display: "Clinical Protocol",
        },
      ],
    },
    status,
    description: `Microneedling of scars and rejuvenation, protocol ${named} (microneedling-planner): eligibility, sessions and interval, result checks and maintenance.`,
    ...((ids) =>
      ids.length > 0 && {
        relatedArtifact: ids.map((id) => ({
          type: "citation" as const,
          label: id,
          citation: SOURCE_CATALOGUE[id].citation,
        })),
      })(keptSources(protocol)),
    action: [
      {
        id: "course",
        title: "Microneedling course",
        description: `Sessions every ${String(protocol.interval.minWeeks)}-${String(protocol.interval.maxWeeks)} weeks; the row of the session table that applies gives their number.`,
        condition: eligibilityConditions(protocol),
        selectionBehavior: "exactly-one",
        action: rows,
      },
      {
        id: "result-check",
        title: "Result check",
        description: `Check the results ${String(protocol.resultCheckMonths)} months after the last session.`,
        relatedAction: after(protocol.resultCheckMonths),
        timingDuration: months(protocol.resultCheckMonths),
      },
      {
        id: "final-result-check",
        title: "Final result check",
        description: `Final check of the results ${String(protocol.finalResultCheckMonths)} months after the last session.`,
        relatedAction: after(protocol.finalResultCheckMonths),
        timingDuration: months(protocol.finalResultCheckMonths),
      },
      maintenance("scarRevision"),
      maintenance("rejuvenation"),
    ],
  };
  const activityDefinition: FhirActivityDefinition = {
    resourceType: "ActivityDefinition",
    id: `${fhirIdOf(protocol.id)}-session`,
    meta,
    url: activityUrl,
    version: protocol.version,
    name: "MicroneedlingSession",
    title: "Microneedling session",
    status,
    description: `One microneedling (collagen induction therapy) session of protocol ${named}.`,
    kind: "ServiceRequest",
    code: { text: "Microneedling session" },
  };
  return {
    resourceType: "Bundle",
    type: "collection",
    entry: [{ resource: planDefinition }, { resource: activityDefinition }],
  };
}
