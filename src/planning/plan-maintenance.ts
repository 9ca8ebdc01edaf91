import { resolveProtocol } from "../_lib/check-protocol.js";
import { assertValid, isoDate, oneOf, optional, shape } from "../_lib/guards.js";
import { laterOf, plusEachMonths } from "../_lib/iso-date.js";
import type { IsoDate } from "../models/iso-date.js";
import type { MaintenanceWindow } from "../models/plan.js";
import type { Protocol } from "../models/protocol.js";
import { TREATMENT_GOALS, type TreatmentGoal } from "../models/values.js";

/**
 * Input of {@link planMaintenance}.
 *
 * @category Planning
 */
export interface MaintenanceInput {
  /** The date of the course's last session. */
  readonly courseEndedOn: IsoDate;
  /** The treatment goal: it decides the maintenance period. */
  readonly goal: TreatmentGoal;
  /** The last maintenance appointment, if any: the next one counts from it. */
  readonly lastMaintenanceOn?: IsoDate | undefined;
  /** Protocol to use; {@link defaultProtocol} when omitted. */
  readonly protocol?: Protocol | undefined;
}

const checkInput = shape({
  courseEndedOn: isoDate,
  goal: oneOf(TREATMENT_GOALS),
  lastMaintenanceOn: optional(isoDate),
});

/**
 * Plans the next maintenance appointment after a course (ARTICLE-2021 A7-A9): for scar
 * revision about once a year (default 11-13 months, due at 12), for rejuvenation every few
 * months (default 3-6, due at 3). It counts from the later of the course end and the last
 * maintenance. Month arithmetic is calendar-correct: 31 Jan + 1 month is 28/29 Feb, and
 * 29 Feb + 12 months is 28 Feb.
 *
 * @param input - course end, goal, and optionally the last maintenance and a protocol
 * @returns `{ earliest, due, latest, after, projected: false, sources }`
 * @throws {@link PlannerError} `INVALID_INPUT` for malformed input, `INVALID_PROTOCOL` for a bad protocol
 *
 * @example
 * ```ts
 * import { planMaintenance } from "microneedling-planner";
 * planMaintenance({ courseEndedOn: "2024-02-29", goal: "scar-revision" });
 * //=> { earliest: "2025-01-29", due: "2025-02-28", latest: "2025-03-29", after: "2024-02-29", projected: false, sources: ["ARTICLE-2021"] }
 * planMaintenance({ courseEndedOn: "2026-01-10", goal: "rejuvenation", lastMaintenanceOn: "2026-05-31" }).due;
 * //=> "2026-08-31"
 * ```
 * @category Planning
 */
export function planMaintenance(input: MaintenanceInput): MaintenanceWindow {
  assertValid(checkInput, input, "input");
  return maintenanceOf(input, resolveProtocol(input.protocol, "input.protocol"));
}

/** {@link planMaintenance} on checked input. @internal */
export function maintenanceOf(input: MaintenanceInput, protocol: Protocol): MaintenanceWindow {
  const window = protocol.maintenance[input.goal === "rejuvenation" ? "rejuvenation" : "scarRevision"];
  const after =
    input.lastMaintenanceOn === undefined ? input.courseEndedOn : laterOf(input.courseEndedOn, input.lastMaintenanceOn);
  const [earliest, due, latest] = plusEachMonths(after, [window.earliestMonths, window.dueMonths, window.latestMonths]);
  return {
    earliest,
    due,
    latest,
    after,
    projected: false,
    sources: ["ARTICLE-2021"],
  };
}
