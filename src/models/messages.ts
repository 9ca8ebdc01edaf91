/**
 * The message-layer contract: what a replacement for the English text implements.
 *
 * @module
 */
import type { BookingReason } from "./booking.js";
import type { Finding } from "./eligibility.js";
import type { Reminder } from "./plan.js";
import type { DeepReadonly } from "./readonly.js";
import type { SvgLabel, SvgTimelineSummary } from "./svg.js";

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

  // --- The SVG timeline (`microneedling-planner/svg`, `toSvgTimeline`) ---------------------
  /** The timeline's title (its accessible name, and its heading). */
  svgTitle(summary: DeepReadonly<SvgTimelineSummary>): string;
  /** The timeline's description for screen readers: the plan in words. */
  svgDescription(summary: DeepReadonly<SvgTimelineSummary>): string;
  /** A label the timeline writes: a row, the today line, an axis month, a legend item. */
  svgLabel(label: DeepReadonly<SvgLabel>): string;
}
