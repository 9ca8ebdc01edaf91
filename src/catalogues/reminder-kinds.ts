/**
 * Why each kind of reminder exists: its sources and evidence level.
 *
 * @module
 */
import { deepFreeze } from "../_lib/deep-freeze.js";
import type { ReminderKind } from "../models/values.js";
import type { ProtocolSettingEntry } from "./protocol-settings.js";

/**
 * The sources and evidence level of every reminder kind.
 *
 * @example
 * ```ts
 * import { REMINDER_CATALOGUE } from "microneedling-planner/sources";
 * REMINDER_CATALOGUE.photo.sources;
 * //=> ["ALAM-2014", "GOODMAN-QUANT-2006"]
 * ```
 * @category Sources
 */
export const REMINDER_CATALOGUE: Readonly<Record<ReminderKind, ProtocolSettingEntry>> = deepFreeze({
  "book-session": { evidence: "C", sources: ["ARTICLE-2021", "HARRIS-2015"] },
  "session-overdue": { evidence: "I", sources: ["PLANNER-DECISION"] },
  appointment: { evidence: "I", sources: ["PLANNER-DECISION"] },
  "pre-care": { evidence: "C", sources: ["MINUTILLI-2024", "CMAC-HSV-2021", "PRACTICE-CONVENTION"] },
  photo: { evidence: "S", sources: ["ALAM-2014", "GOODMAN-QUANT-2006"] },
  "post-care": { evidence: "S", sources: ["MINUTILLI-2024", "CHU-2021"] },
  "result-check": { evidence: "S", sources: ["VONDALWIG-2020", "ALAM-2014", "MINUTILLI-2024"] },
  "maintenance-due": { evidence: "U", sources: ["ARTICLE-2021"] },
  "deferral-review": { evidence: "I", sources: ["PLANNER-DECISION"] },
} satisfies Record<ReminderKind, ProtocolSettingEntry>);
