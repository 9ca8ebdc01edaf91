/**
 * The message-layer contract: what a replacement for the English text implements.
 *
 * @module
 */
import type { BookingReason } from "./booking.js";
import type { Finding } from "./eligibility.js";
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
}
