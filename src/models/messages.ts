/**
 * The message-layer contract: what a replacement for the English text implements.
 *
 * @module
 */
import type { BookingCheck, BookingReason } from "./booking.js";
import type { Eligibility, Finding } from "./eligibility.js";
import type { Reminder } from "./plan.js";
import type { DeepReadonly } from "./readonly.js";

/**
 * A message layer: turns coded results into text. Pass one (for example `englishMessages` from
 * `microneedling-planner/messages`) as the `messages` option and every finding and reminder
 * carries a `message`; without one, results carry only codes and parameters. Each function
 * receives the result without its `message`.
 *
 * @category Messages
 */
export interface Messages {
  /** The message of one eligibility finding. */
  finding(finding: DeepReadonly<Finding>): string;
  /** The message of one reminder. */
  reminder(reminder: DeepReadonly<Reminder>): string;
  /** The message of one reason of a booking check. */
  bookingReason(reason: DeepReadonly<BookingReason>): string;
  /**
   * The text of CDS Hooks cards and services (`microneedling-planner/cds-hooks`). Optional: a
   * layer without it gets the English text for those.
   */
  readonly cds?: CdsMessages | undefined;
}

// --- CDS Hooks (issue 15) ---

/**
 * Why a clinician may proceed despite a card: the `overrideReasons` codes of CDS Hooks cards
 * (this library's own code system, `urn:microneedling-planner:cds:override-reason`).
 *
 * @category Messages
 */
export type CdsOverrideReason = "clinician-reviewed" | "precautions-taken" | "schedule-exception";

/**
 * The services of the CDS Hooks discovery document, by id.
 *
 * @category Messages
 */
export type CdsServiceId = "microneedling-eligibility" | "microneedling-booking-check";

/**
 * The text of CDS Hooks cards and services. Summaries longer than 139 characters are cut (the
 * specification asks for fewer than 140).
 *
 * @category Messages
 */
export interface CdsMessages {
  /** The card summary of an eligibility result. */
  eligibilitySummary(eligibility: DeepReadonly<Eligibility>): string;
  /** The card summary of a booking check. */
  bookingSummary(check: DeepReadonly<BookingCheck>): string;
  /** The card source label, naming the protocol (`id@version`). */
  sourceLabel(protocol: { readonly id: string; readonly version: string }): string;
  /** A heading of the card detail. */
  heading(which: "reasons" | "sources"): string;
  /** The line of the detail shown when there is no reason to list. */
  noReasons(): string;
  /** The display of an override reason. */
  overrideReason(code: CdsOverrideReason): string;
  /** The title and description of a service in the discovery document. */
  service(id: CdsServiceId): { readonly title: string; readonly description: string };
}
