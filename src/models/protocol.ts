/**
 * The protocol: every clinical number the planner uses.
 *
 * @module
 */
import type { FitzpatrickType, ScarType } from "./values.js";

/**
 * Fewest, typical and most sessions of a course (1-20 each; min <= typical <= max).
 *
 * @category Models
 */
export interface SessionRange {
  /** Fewest sessions. */
  min: number;
  /** Typical number of sessions: the number planned. */
  typical: number;
  /** Most sessions. */
  max: number;
}

/**
 * Session ranges by severity and for rejuvenation; they never fall as severity rises.
 *
 * @category Models
 */
export interface ProtocolSessions {
  /** Mild scars. */
  mild: SessionRange;
  /** Moderate scars. */
  moderate: SessionRange;
  /** Severe scars. */
  severe: SessionRange;
  /** Rejuvenation. */
  rejuvenation: SessionRange;
}

/**
 * Session ranges of scar types that do not follow the severity table (striae: 1-3, typical 2):
 * a scar of such a type takes its type's range whatever its severity.
 *
 * @category Models
 */
export type ProtocolSessionsByType = { [K in ScarType]?: SessionRange | undefined };

/**
 * Weeks between sessions: the next window opens `minWeeks` (1-26) and closes `maxWeeks` (1-52)
 * after the previous session.
 *
 * @category Models
 */
export interface ProtocolInterval {
  /** Weeks after the previous session when the next window opens. */
  minWeeks: number;
  /** Weeks after the previous session when the next window closes. */
  maxWeeks: number;
}

/**
 * A maintenance window in months after the course or the last maintenance (1-60 each;
 * earliest <= due <= latest).
 *
 * @category Models
 */
export interface MaintenanceSchedule {
  /** When maintenance opens. */
  earliestMonths: number;
  /** When maintenance is due. */
  dueMonths: number;
  /** When maintenance closes. */
  latestMonths: number;
}

/**
 * Maintenance windows by goal.
 *
 * @category Models
 */
export interface ProtocolMaintenance {
  /** After a scar-revision course. */
  scarRevision: MaintenanceSchedule;
  /** After a rejuvenation course. */
  rejuvenation: MaintenanceSchedule;
}

/**
 * Every clinical number the planner uses, in one object. Start from `defaultProtocol` and change
 * settings with `defineProtocol`; relations are checked too (min <= typical <= max, estimates
 * never fall as severity rises, min interval <= max interval <= reassessment threshold,
 * maintenance earliest <= due <= latest).
 *
 * @category Models
 */
export interface Protocol {
  /** Names the protocol (1-100 characters: letters, digits, `.`, `_`, `+`, `-`); recorded in every plan. */
  id: string;
  /** Its version (1-100 characters, same letters); a protocol changed with `defineProtocol` and no version of its own gets one that names its settings. */
  version: string;
  /** Session ranges by severity and for rejuvenation. */
  sessions: ProtocolSessions;
  /**
   * Session ranges of scar types with their own (default: striae 1-3). In `defineProtocol`, a
   * table given replaces the default one whole (`{}` removes striae's own range).
   */
  sessionsByType: ProtocolSessionsByType;
  /** Weeks between sessions. */
  interval: ProtocolInterval;
  /** Weeks since the last session after which a late session also asks for the scars to be re-graded (1-104). */
  reassessAfterWeeks: number;
  /** Months after the last isotretinoin dose before treatment; 0 turns the wait off (0-24). */
  isotretinoinWashoutMonths: number;
  /** Months after the last session when results are first checked (1-24). */
  resultCheckMonths: number;
  /** Months after the last session of the final result check (1-24; at least `resultCheckMonths`). */
  finalResultCheckMonths: number;
  /** Maintenance windows. */
  maintenance: ProtocolMaintenance;
  /** Days before a due date when a reminder fires (0-90). */
  reminderLeadDays: number;
  /** Days after today when a deferral with no end date is reviewed (1-365). */
  deferralReviewDays: number;
  /** Age below which the patient is outside the labelled device population; information only (0-120). */
  labelMinimumAgeYears: number;
  /** Scars younger than this many months get an information note (0-120). */
  recentScarMonths: number;
  /** Burn scars younger than this many months are immature: clinician review (0-120). */
  burnMaturityMonths: number;
  /** Days after filler or botulinum toxin in the area before treatment (0-90; practice convention). */
  fillerToxinWaitDays: number;
  /** Days after a laser, peel or dermabrasion in the area before treatment (0-180; practice convention). */
  resurfacingWaitDays: number;
  /** Days before each session to stop topical retinoids (0-30; practice convention). */
  retinoidStopDays: number;
  /** Days before each session to start antiviral prophylaxis after cold sores (0-30). */
  antiviralLeadDays: number;
  /** Lowest Fitzpatrick type that gets the post-inflammatory hyperpigmentation precaution. */
  pihRiskFrom: FitzpatrickType;
}
