/**
 * The zod-free structural check of a {@link Patient}, mirroring `patientSchema` (which
 * the tests cross-check) except that unknown factor codes pass: the eligibility rules
 * send them to clinician review instead of rejecting them.
 *
 * @module
 * @internal
 */
import {
  BOXCAR_DEPTHS,
  FACTOR_STATUSES,
  FITZPATRICK_TYPES,
  GOODMAN_GRADES,
  SCAR_TYPES,
  SEVERITIES,
  TREATMENT_GOALS,
} from "../models/values.js";
import { arrayOf, type Check, isoDate, oneOf, optional, shape, text } from "./guards.js";

const scar: Check = shape(
  {
    type: oneOf(SCAR_TYPES),
    severity: optional(oneOf(SEVERITIES)),
    goodmanGrade: optional(oneOf(GOODMAN_GRADES)),
    depth: optional(oneOf(BOXCAR_DEPTHS)),
    formedOn: optional(isoDate),
    area: optional(text(1, 100)),
  },
  (value, path, issues) => {
    if (value.depth !== undefined && value.type !== "boxcar") {
      issues.push({ path: `${path}.depth`, value: value.depth, message: "depth applies to boxcar scars only" });
    }
  },
);

const factor: Check = shape(
  {
    code: text(1, 100),
    status: optional(oneOf(FACTOR_STATUSES)),
    since: optional(isoDate),
    until: optional(isoDate),
    note: optional(text(1, 500)),
  },
  (value, path, issues) => {
    if (value.code === "other" && value.note === undefined) {
      issues.push({
        path: `${path}.note`,
        value: undefined,
        message: "an 'other' factor needs a note saying what it is",
      });
    }
  },
);

/** Checks the shape of a patient. @internal */
export const checkPatient: Check = shape({
  id: optional(text(1, 128)),
  goal: oneOf(TREATMENT_GOALS),
  fitzpatrick: oneOf(FITZPATRICK_TYPES),
  birthDate: optional(isoDate),
  scars: optional(arrayOf(scar, 50)),
  factors: optional(arrayOf(factor, 100)),
});
