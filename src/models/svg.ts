/**
 * What the SVG timeline's message functions receive: a summary of the plan, and the coded
 * labels the picture writes.
 *
 * @module
 */
import type { IsoDate } from "./iso-date.js";
import type { EligibilityStatus, SessionStatus } from "./values.js";

/**
 * A plan in numbers, for the timeline's title and description (`svgTitle`, `svgDescription`
 * of {@link Messages}).
 *
 * @category Messages
 */
export interface SvgTimelineSummary {
  /** The plan's today. */
  today: IsoDate;
  /** The patient's id, only when the caller asked for it (`usePatientId: true`) and the patient has one. */
  patientId?: string | undefined;
  /** The protocol's id and version. */
  protocol: { id: string; version: string };
  /** Eligibility on today. */
  eligibility: EligibilityStatus;
  /** When a deferred or contraindicated patient can be reassessed, when known. */
  reassessOn?: IsoDate | undefined;
  /** Sessions in the plan. */
  total: number;
  /** Sessions done. */
  done: number;
  /** Sessions booked. */
  booked: number;
  /** Sessions still to book (due, upcoming or overdue). */
  toBook: number;
  /** Of those, overdue. */
  overdue: number;
  /** The first session not done, when there is one: its day is `bookedOn` when booked, else `due`. */
  next?:
    | {
        number: number;
        status: Exclude<SessionStatus, "done">;
        on: IsoDate;
        earliest: IsoDate;
        latest: IsoDate;
        time?: string | undefined;
      }
    | undefined;
  /** The first result check. */
  resultCheckOn?: IsoDate | undefined;
  /** The final result check. */
  finalResultCheckOn?: IsoDate | undefined;
  /** The next maintenance window. */
  maintenance?: { earliest: IsoDate; due: IsoDate; latest: IsoDate; projected: boolean } | undefined;
}

/**
 * A text the SVG timeline writes, coded (`svgLabel` of {@link Messages}); switching on `kind`
 * narrows the parameters.
 *
 * - `session`: a session's row: its status and day (done on, booked for, or due), with the booked
 *   time, and the end of a deferral that moved its window.
 * - `today`: the today line. `month`: an axis label (`on` is the first of the month).
 * - `result-checks`: the row of the first and final result checks. `maintenance`: its row.
 * - `deferral`: the row of a deferred or contraindicated patient, until `reassessOn` when known.
 * - `no-sessions`: nothing is planned. `legend`: an item of the legend.
 *
 * @category Messages
 */
export type SvgLabel =
  | {
      kind: "session";
      number: number;
      status: SessionStatus;
      on: IsoDate;
      time?: string | undefined;
      deferredUntil?: IsoDate | undefined;
    }
  | { kind: "today"; on: IsoDate }
  | { kind: "month"; on: IsoDate }
  | { kind: "result-checks"; first?: IsoDate | undefined; final?: IsoDate | undefined }
  | { kind: "maintenance"; earliest: IsoDate; due: IsoDate; latest: IsoDate; projected: boolean }
  | { kind: "deferral"; status: "deferred" | "contraindicated"; until?: IsoDate | undefined }
  | { kind: "no-sessions" }
  | { kind: "legend"; item: SvgLegendItem };

/**
 * An item of the timeline's legend: a session's window (open, or opening later), its due day, a
 * session done, booked or overdue, a result check, maintenance, a deferral, today.
 *
 * @category Messages
 */
export type SvgLegendItem =
  | "window"
  | "upcoming"
  | "due"
  | "done"
  | "booked"
  | "overdue"
  | "result-check"
  | "maintenance"
  | "deferral"
  | "today";
