/**
 * The message-layer contract: what a replacement for the English text implements.
 *
 * @module
 */
import type { Finding } from "../models/eligibility.js";
import type { Reminder } from "../models/plan.js";
import type { DeepReadonly } from "../models/readonly.js";

/**
 * A finding before its message is written.
 *
 * @category Messages
 */
export type FindingDraft = Omit<Finding, "message">;

/**
 * A reminder before its message is written.
 *
 * @category Messages
 */
export type ReminderDraft = Omit<Reminder, "message">;

/**
 * A message layer: turns coded results into text. Pass one (for example `englishMessages`
 * from `microneedling-planner/messages`) as the `messages` option and every finding and
 * reminder carries a `message`; without one, results carry only codes and parameters.
 *
 * @category Messages
 */
export interface Messages {
  /** The message of one eligibility finding. */
  finding(finding: DeepReadonly<FindingDraft>): string;
  /** The message of one reminder. */
  reminder(reminder: DeepReadonly<ReminderDraft>): string;
}
