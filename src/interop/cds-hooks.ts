/**
 * CDS Hooks 2.0 cards from an eligibility result or a booking check, and the discovery document
 * of the services that return them: plain JSON, no server.
 *
 * @module
 */
import { nameUuid } from "../_lib/name-uuid.js";
import { SOURCE_CATALOGUE } from "../catalogues/source-catalogue.js";
import { PlannerError } from "../errors.js";
import { englishMessages } from "../messages/en.js";
import type { BookingCheck } from "../models/booking.js";
import type { Eligibility, Finding } from "../models/eligibility.js";
import type { CdsMessages, CdsOverrideReason, CdsServiceId, Messages } from "../models/messages.js";
import type { Protocol } from "../models/protocol.js";
import type { DeepReadonly } from "../models/readonly.js";
import type { SourceId } from "../models/source-ids.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { BOOKING_CHECK, ELIGIBILITY, TO_CDS_CARDS_OPTIONS } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";

/**
 * A CDS Hooks `Coding`: `system` and `code` required; `display` required for override reasons.
 * @category CDS Hooks
 */
export interface CdsCoding {
  /** The code system. */
  readonly system: string;
  /** The code. */
  readonly code: string;
  /** Its text. */
  readonly display: string;
}

/**
 * The `source` of a card: the protocol that made it.
 * @category CDS Hooks
 */
export interface CdsSource {
  /** Short label: the library and the protocol, `id@version`. */
  readonly label: string;
  /** An absolute URL about the protocol, when the caller gives one (`sourceUrl`). */
  readonly url?: string;
}

/**
 * A CDS Hooks card as this library writes it (no suggestions or links: information only).
 * @category CDS Hooks
 */
export interface CdsCard {
  /** A UUID named by the card's content (and `hookInstance`): the same input gives the same UUID. */
  readonly uuid: string;
  /** Fewer than 140 characters. */
  readonly summary: string;
  /** `info`, `warning` or `critical`, by status. */
  readonly indicator: "info" | "warning" | "critical";
  /** GitHub-flavoured Markdown: the reasons with their source ids, then the citations. */
  readonly detail: string;
  /** The protocol. */
  readonly source: CdsSource;
  /** Present where a clinician may proceed anyway: needs review, precautions, warnings. */
  readonly overrideReasons?: readonly CdsCoding[];
}

/**
 * The body of a CDS Hooks service response.
 * @category CDS Hooks
 */
export interface CdsHooksResponse {
  /** The cards: one per result. */
  readonly cards: readonly CdsCard[];
}

/**
 * Options of {@link toEligibilityCards} and {@link toBookingCheckCards}.
 * @category CDS Hooks
 */
export interface ToCdsCardsOptions {
  /** The protocol the result was made with (its version must match); `defaultProtocol` when omitted. */
  readonly protocol?: Protocol | undefined;
  /** An absolute http(s) URL about the protocol, for `source.url`. */
  readonly sourceUrl?: string | undefined;
  /** The request's `hookInstance`: mixed into each card's UUID so cards of different calls differ. */
  readonly hookInstance?: string | undefined;
  /** Message layer; English when omitted (and for its `cds` text when the layer has none). */
  readonly messages?: Messages | undefined;
}

/**
 * One service of a CDS Hooks discovery document.
 * @category CDS Hooks
 */
export interface CdsService {
  /** The hook it answers. */
  readonly hook: "order-select" | "appointment-book";
  /** Its id (the last part of its URL). */
  readonly id: CdsServiceId;
  /** Human-readable name. */
  readonly title: string;
  /** What it does. */
  readonly description: string;
  /** FHIR queries the client may run before calling, by key. */
  readonly prefetch: Readonly<Record<string, string>>;
}

/**
 * A CDS Hooks discovery document (the answer of `GET {base}/cds-services`).
 * @category CDS Hooks
 */
export interface CdsDiscovery {
  /** The services. */
  readonly services: readonly CdsService[];
}

/**
 * The code system of the cards' override reasons: this library's own codes (there is no
 * standard list), `clinician-reviewed`, `precautions-taken` and `schedule-exception`.
 *
 * @example
 * ```ts
 * import { CDS_OVERRIDE_REASON_SYSTEM } from "microneedling-planner/cds-hooks";
 * CDS_OVERRIDE_REASON_SYSTEM;
 * //=> "urn:microneedling-planner:cds:override-reason"
 * ```
 * @category CDS Hooks
 */
export const CDS_OVERRIDE_REASON_SYSTEM = "urn:microneedling-planner:cds:override-reason";

const SUMMARY_MAX = 139;

/** At most {@link SUMMARY_MAX} characters (the specification: fewer than 140), cut with an ellipsis. */
function summaryOf(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= SUMMARY_MAX ? line : `${line.slice(0, SUMMARY_MAX - 1).trimEnd()}…`;
}

/** Text for one Markdown list item: one line, Markdown's special characters escaped. */
function markdownText(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

interface Reason {
  readonly text: string;
  readonly sources: readonly SourceId[];
}

function detailOf(reasons: readonly Reason[], text: CdsMessages): string {
  const lines = [`**${text.heading("reasons")}**`, ""];
  if (reasons.length === 0) lines.push(`- ${markdownText(text.noReasons())}`);
  const cited: SourceId[] = [];
  for (const reason of reasons) {
    const ids = reason.sources.length === 0 ? "" : ` (${reason.sources.join(", ")})`;
    lines.push(`- ${markdownText(reason.text)}${ids}`);
    for (const id of reason.sources) if (!cited.includes(id)) cited.push(id);
  }
  if (cited.length > 0) {
    lines.push("", `**${text.heading("sources")}**`, "");
    for (const id of cited) lines.push(`- ${id}: ${markdownText(SOURCE_CATALOGUE[id].citation)}`);
  }
  return lines.join("\n");
}

function overrides(codes: readonly CdsOverrideReason[], text: CdsMessages): readonly CdsCoding[] {
  return codes.map((code) => ({ system: CDS_OVERRIDE_REASON_SYSTEM, code, display: text.overrideReason(code) }));
}

interface CardParts {
  readonly kind: CdsServiceId;
  readonly summary: string;
  readonly indicator: CdsCard["indicator"];
  readonly reasons: readonly Reason[];
  readonly overrides: readonly CdsOverrideReason[];
}

function card(parts: CardParts, protocol: DeepReadonly<Protocol>, options: ToCdsCardsOptions): CdsCard {
  const text = (options.messages ?? englishMessages).cds;
  const source: CdsSource = {
    label: text.sourceLabel({ id: protocol.id, version: protocol.version }),
    ...(options.sourceUrl !== undefined && { url: options.sourceUrl }),
  };
  const content = {
    summary: summaryOf(parts.summary),
    indicator: parts.indicator,
    detail: detailOf(parts.reasons, text),
    source,
    ...(parts.overrides.length > 0 && { overrideReasons: overrides(parts.overrides, text) }),
  };
  const name = JSON.stringify([parts.kind, options.hookInstance ?? "", content]);
  return { uuid: nameUuid(name), ...content };
}

/** The protocol, checked against the version the result names. */
function protocolOf(version: string, options: ToCdsCardsOptions, path: readonly (string | number)[]) {
  const protocol = options.protocol ?? defaultProtocol;
  if (protocol.version !== version) {
    throw new PlannerError("INVALID_INPUT", [
      {
        code: "inconsistent",
        path: ["options", "protocol", "version"],
        message: `must be the version the result was made with (${[...path].join(".")}: ${version})`,
        value: protocol.version,
      },
    ]);
  }
  return protocol;
}

const ELIGIBILITY_INDICATOR: Readonly<Record<Eligibility["status"], CdsCard["indicator"]>> = Object.freeze({
  eligible: "info",
  "eligible-with-precautions": "warning",
  "needs-review": "warning",
  deferred: "critical",
  contraindicated: "critical",
});

const ELIGIBILITY_OVERRIDES: Readonly<Record<Eligibility["status"], readonly CdsOverrideReason[]>> = Object.freeze({
  eligible: [],
  "eligible-with-precautions": ["precautions-taken", "clinician-reviewed"],
  "needs-review": ["clinician-reviewed"],
  deferred: [],
  contraindicated: [],
});

const BOOKING_INDICATOR: Readonly<Record<BookingCheck["status"], CdsCard["indicator"]>> = Object.freeze({
  allowed: "info",
  "allowed-with-warnings": "warning",
  blocked: "critical",
});

const BOOKING_OVERRIDES: Readonly<Record<BookingCheck["status"], readonly CdsOverrideReason[]>> = Object.freeze({
  allowed: [],
  "allowed-with-warnings": ["clinician-reviewed", "schedule-exception"],
  blocked: [],
});

function findingReason(finding: DeepReadonly<Finding>, messages: Messages): Reason {
  return { text: finding.message ?? messages.finding(finding), sources: finding.sources };
}

/**
 * The cards of a CDS Hooks response from an eligibility result (for the `order-select` hook, or
 * any hook that asks whether microneedling may be ordered). One card:
 *
 * - `indicator` by status: `info` eligible; `warning` eligible with precautions or needs review;
 *   `critical` deferred or contraindicated.
 * - `overrideReasons` only where a clinician may proceed: precautions (`precautions-taken`,
 *   `clinician-reviewed`) and needs review (`clinician-reviewed`); never for a deferral or a
 *   contraindication.
 * - `detail` (Markdown) lists every finding with its source ids, then the citations;
 *   `source.label` names the protocol `id@version`.
 * - `uuid` is named by the card's content and `hookInstance`: no clock, no randomness.
 *
 * @param eligibility - the result of `assessEligibility` (or a plan's `eligibility`)
 * @param options - the protocol it was made with, a source URL, the request's `hookInstance`, a message layer
 * @returns the response body `{ cards }`
 * @throws `PlannerError` `INVALID_INPUT` for a malformed result or options, or a protocol of another version
 *
 * @example
 * ```ts
 * import { assessEligibility } from "microneedling-planner";
 * import { toEligibilityCards } from "microneedling-planner/cds-hooks";
 * const eligibility = assessEligibility(
 *   { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }],
 *     factors: [{ code: "rosacea", status: "active" }] },
 *   { today: "2026-11-24" },
 * );
 * const [card] = toEligibilityCards(eligibility).cards;
 * [card?.summary, card?.indicator, card?.overrideReasons];
 * //=> ["Microneedling: defer treatment.", "critical", undefined]
 * card?.source;
 * //=> { label: "microneedling-planner, protocol article-2021@1" }
 * ```
 * @category CDS Hooks
 */
export function toEligibilityCards(
  eligibility: DeepReadonly<Eligibility>,
  options: ToCdsCardsOptions = {},
): CdsHooksResponse {
  assertValid("INVALID_INPUT", [
    [ELIGIBILITY, eligibility, "eligibility"],
    [TO_CDS_CARDS_OPTIONS, options, "options"],
  ]);
  const protocol = protocolOf(eligibility.protocolVersion, options, ["eligibility", "protocolVersion"]);
  const messages = options.messages ?? englishMessages;
  const text = messages.cds;
  const parts: CardParts = {
    kind: "microneedling-eligibility",
    summary: text.eligibilitySummary(eligibility),
    indicator: ELIGIBILITY_INDICATOR[eligibility.status],
    reasons: eligibility.findings.map((finding) => findingReason(finding, messages)),
    overrides: ELIGIBILITY_OVERRIDES[eligibility.status],
  };
  return { cards: [card(parts, protocol, options)] };
}

/**
 * The cards of a CDS Hooks response from a booking check (for the `appointment-book` hook). One
 * card:
 *
 * - `indicator` by status: `info` allowed, `warning` allowed with warnings, `critical` blocked.
 * - `overrideReasons` (`clinician-reviewed`, `schedule-exception`) only when allowed with
 *   warnings: a blocked booking cannot be overridden.
 * - `detail` lists the booking's reasons, then the eligibility findings of the day that are more
 *   than information, each with its source ids, then the citations.
 *
 * @param check - the result of `checkBooking`
 * @param options - the protocol the plan was made with, a source URL, the request's `hookInstance`, a message layer
 * @returns the response body `{ cards }`
 * @throws `PlannerError` `INVALID_INPUT` for a malformed check or options, or a protocol of another version
 *
 * @example
 * ```ts
 * import { checkBooking, planTreatment } from "microneedling-planner";
 * import { toBookingCheckCards } from "microneedling-planner/cds-hooks";
 * const plan = planTreatment(
 *   { goal: "scar-revision", fitzpatrick: "III", scars: [{ type: "rolling", severity: "moderate" }] },
 *   { today: "2026-11-24", completed: ["2026-11-10"] },
 * );
 * const check = checkBooking(plan, { on: "2026-11-26" });
 * const [card] = toBookingCheckCards(check).cards;
 * [check.status, card?.summary, card?.indicator];
 * //=> ["blocked", "Microneedling session 2 on 2026-11-26 cannot be booked.", "critical"]
 * ```
 * @category CDS Hooks
 */
export function toBookingCheckCards(
  check: DeepReadonly<BookingCheck>,
  options: ToCdsCardsOptions = {},
): CdsHooksResponse {
  assertValid("INVALID_INPUT", [
    [BOOKING_CHECK, check, "check"],
    [TO_CDS_CARDS_OPTIONS, options, "options"],
  ]);
  const protocol = protocolOf(check.eligibility.protocolVersion, options, ["check", "eligibility", "protocolVersion"]);
  const messages = options.messages ?? englishMessages;
  const text = messages.cds;
  const reasons: Reason[] = check.reasons.map((reason) => ({
    text: reason.message ?? messages.bookingReason(reason),
    sources: reason.sources,
  }));
  for (const finding of check.eligibility.findings) {
    if (finding.effect !== "info") reasons.push(findingReason(finding, messages));
  }
  const parts: CardParts = {
    kind: "microneedling-booking-check",
    summary: text.bookingSummary(check),
    indicator: BOOKING_INDICATOR[check.status],
    reasons,
    overrides: BOOKING_OVERRIDES[check.status],
  };
  return { cards: [card(parts, protocol, options)] };
}

/**
 * Options of {@link cdsHooksDiscovery}.
 * @category CDS Hooks
 */
export interface CdsHooksDiscoveryOptions {
  /** Message layer for titles and descriptions; English when omitted. */
  readonly messages?: Messages | undefined;
}

/**
 * The CDS Hooks discovery document of the two services a server built on this library offers:
 *
 * - `microneedling-eligibility` on `order-select` (answer with {@link toEligibilityCards});
 * - `microneedling-booking-check` on `appointment-book` (answer with {@link toBookingCheckCards}).
 *
 * Each asks the client to prefetch the `Patient` (`Patient/{{context.patientId}}`); the server
 * maps what it receives to this library's patient or stored plan (not done here).
 *
 * @param options - a message layer for titles and descriptions
 * @returns the document `{ services }`
 * @throws `PlannerError` `INVALID_INPUT` when `messages` is not a message layer
 *
 * @example
 * ```ts
 * import { cdsHooksDiscovery } from "microneedling-planner/cds-hooks";
 * cdsHooksDiscovery().services.map((s) => [s.hook, s.id]);
 * //=> [["order-select", "microneedling-eligibility"], ["appointment-book", "microneedling-booking-check"]]
 * ```
 * @category CDS Hooks
 */
export function cdsHooksDiscovery(options: CdsHooksDiscoveryOptions = {}): CdsDiscovery {
  assertValid("INVALID_INPUT", [[TO_CDS_CARDS_OPTIONS, options, "options"]]);
  const text = (options.messages ?? englishMessages).cds;
  const service = (hook: CdsService["hook"], id: CdsServiceId): CdsService => {
    const { title, description } = text.service(id);
    return { hook, id, title, description, prefetch: { patient: "Patient/{{context.patientId}}" } };
  };
  return {
    services: [
      service("order-select", "microneedling-eligibility"),
      service("appointment-book", "microneedling-booking-check"),
    ],
  };
}
