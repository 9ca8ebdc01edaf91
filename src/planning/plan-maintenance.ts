import { laterOf, plusEachMonths } from "../_lib/iso-date.js";
import type { IsoDate } from "../models/iso-date.js";
import type { MaintenanceWindow } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import type { TreatmentGoal } from "../models/values.js";
import { defaultProtocol } from "../protocol/default-protocol.js";
import { MAINTENANCE_HISTORY, PLAN_MAINTENANCE_OPTIONS } from "../validation/generated.js";
import { assertValid } from "../validation/validate.js";

/**
 * What {@link planMaintenance} counts from: the goal, the course's end and the last maintenance.
 *
 * @category Planning
 */
export interface MaintenanceHistory {
  /** The treatment goal: it decides the maintenance period. */
  readonly goal: TreatmentGoal;
  /** The date of the course's last session. */
  readonly courseEndedOn: IsoDate;
  /** The last maintenance appointment, if any: the next one counts from it. */
  readonly lastMaintenanceOn?: IsoDate | undefined;
}

/**
 * Options of {@link planMaintenance}.
 *
 * @category Planning
 */
export interface PlanMaintenanceOptions {
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
}

/**
 * Plans the next maintenance appointment after a course (ARTICLE-2021 A7-A9): for scar
 * revision about once a year (default 11-13 months, due at 12), for rejuvenation every few
 * months (default 3-6, due at 3). It counts from the later of the course end and the last
 * maintenance. Month arithmetic is calendar-correct: 31 Jan + 1 month is 28/29 Feb, and
 * 29 Feb + 12 months is 28 Feb.
 *
 * @param history - the goal, the course end and optionally the last maintenance
 * @param options - optionally, a protocol
 * @returns `{ earliest, due, latest, after, projected: false, sources }`
 * @throws {@link PlannerError} `INVALID_INPUT` for malformed input
 *
 * @example
 * ```ts
 * import { planMaintenance } from "microneedling-planner";
 * planMaintenance({ goal: "scar-revision", courseEndedOn: "2024-02-29" });
 * //=> { earliest: "2025-01-29", due: "2025-02-28", latest: "2025-03-29", after: "2024-02-29", projected: false, sources: ["ARTICLE-2021"] }
 * planMaintenance({ goal: "rejuvenation", courseEndedOn: "2026-01-10", lastMaintenanceOn: "2026-05-31" }).due;
 * //=> "2026-08-31"
 * ```
 * @category Planning
 */
export function planMaintenance(history: MaintenanceHistory, options: PlanMaintenanceOptions = {}): MaintenanceWindow {
  assertValid(
    "INVALID_INPUT",
    [
      [MAINTENANCE_HISTORY, history, "history"],
      [PLAN_MAINTENANCE_OPTIONS, options, "options"],
    ],
    defaultProtocol,
  );
  return planMaintenanceUnchecked(history, options.protocol ?? defaultProtocol);
}

/** {@link planMaintenance} on checked input. @internal */
export function planMaintenanceUnchecked(history: MaintenanceHistory, protocol: Protocol): MaintenanceWindow {
  const window = protocol.maintenance[history.goal === "rejuvenation" ? "rejuvenation" : "scarRevision"];
  const after =
    history.lastMaintenanceOn === undefined
      ? history.courseEndedOn
      : laterOf(history.courseEndedOn, history.lastMaintenanceOn);
  const [earliest, due, latest] = plusEachMonths(after, [window.earliestMonths, window.dueMonths, window.latestMonths]);
  return { earliest, due, latest, after, projected: false, sources: ["ARTICLE-2021"] };
}
