import * as z from "zod";
import { INPUT_DATE_MESSAGE, RESULT_DATE_MESSAGE } from "../models/iso-date.js";

/** Years 1900-2999, as the start of a date. @internal */
export const INPUT_YEARS = /^(?:19\d\d|2\d\d\d)-/;
/** Years 1900-9999, as the start of a date. @internal */
export const RESULT_YEARS = /^(?:19\d\d|[2-9]\d\d\d)-/;

/**
 * A real calendar date `YYYY-MM-DD` between 1900-01-01 and 2999-12-31.
 * `2026-02-30` and `2026-2-3` are rejected; 2024-02-29 is accepted.
 *
 * @example
 * ```ts
 * import { isoDateSchema } from "microneedling-planner/schemas";
 * isoDateSchema.safeParse("2026-02-30").success;
 * //=> false
 * ```
 * @category Schemas
 */
export const isoDateSchema = z.iso
  .date({ error: INPUT_DATE_MESSAGE })
  .regex(INPUT_YEARS, { error: INPUT_DATE_MESSAGE })
  .meta({ id: "IsoDate", description: "A calendar date YYYY-MM-DD (no time, no zone), years 1900-2999." });

/**
 * A calendar date `YYYY-MM-DD` in a result: a real date from 1900 on. Results may fall after
 * 2999 (a plan made near the input limit ends later), so they are not limited as inputs are.
 *
 * @example
 * ```ts
 * import { resultDateSchema } from "microneedling-planner/schemas";
 * resultDateSchema.safeParse("3000-01-14").success;
 * //=> true
 * ```
 * @category Schemas
 */
export const resultDateSchema = z.iso
  .date({ error: RESULT_DATE_MESSAGE })
  .regex(RESULT_YEARS, { error: RESULT_DATE_MESSAGE })
  .meta({
    id: "ResultDate",
    description: "A calendar date YYYY-MM-DD (no time, no zone) in a result, years 1900-9999.",
  });
