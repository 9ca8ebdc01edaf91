import * as z from "zod";

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
  .date({ error: "expected a real calendar date YYYY-MM-DD" })
  .regex(/^(?:19\d\d|2\d\d\d)-/, { error: "expected a year from 1900 to 2999" })
  .meta({ id: "IsoDate", description: "A calendar date YYYY-MM-DD (no time, no zone), years 1900-2999." });

/**
 * A calendar date as an ISO 8601 `YYYY-MM-DD` string, with no time and no zone.
 * Functions reject strings that are not real dates (see {@link isoDateSchema}).
 *
 * @category Models
 */
export type IsoDate = z.output<typeof isoDateSchema>;

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
  .date({ error: "expected a real calendar date YYYY-MM-DD" })
  .regex(/^(?:19\d\d|[2-9]\d\d\d)-/, { error: "expected a year from 1900 to 9999" })
  .meta({
    id: "ResultDate",
    description: "A calendar date YYYY-MM-DD (no time, no zone) in a result, years 1900-9999.",
  });
