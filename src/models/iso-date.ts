/**
 * Calendar dates: the type and its limits.
 *
 * @module
 */

/**
 * A calendar date as an ISO 8601 `YYYY-MM-DD` string, with no time and no zone. Inputs are
 * real dates from 1900-01-01 to 2999-12-31 (`2026-02-30` and `2026-2-3` are rejected; 2024-02-29
 * is accepted); dates in results may run to 9999 (a plan made near the input limit ends later).
 *
 * @category Models
 */
export type IsoDate = string;

/** Last year of an input date. @internal */
export const INPUT_MAX_YEAR = 2999;
/** Last year of a date in a result. @internal */
export const RESULT_MAX_YEAR = 9999;
/** First year of any date. @internal */
export const MIN_YEAR = 1900;

/** The message of an invalid input date. @internal */
export const INPUT_DATE_MESSAGE = "expected a real calendar date YYYY-MM-DD from 1900 to 2999";
/** The message of an invalid result date. @internal */
export const RESULT_DATE_MESSAGE = "expected a real calendar date YYYY-MM-DD from 1900 to 9999";
