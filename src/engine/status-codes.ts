/**
 * Numeric status codes as constants, so the hot loops compare small integers instead of looking
 * states up by name. The values follow CELL_STATUSES in ./types (the stored order).
 */
import { statusCode } from './types';

/** Code of `unknown`: the fallback reason when children disagree or there are none. */
export const UNKNOWN = statusCode('unknown');
/** Code of `no-row`: a variable the input does not have at all. */
export const NO_ROW = statusCode('no-row');
/** Code of `suppressed`: a count below the minimum (Geheimhaltung). */
export const SUPPRESSED = statusCode('suppressed');
/** Code of `excluded`: an area below the minimum population, or marked invalid in the data. */
export const EXCLUDED = statusCode('excluded');
/** Code of `zero-denominator`. */
export const ZERO_DENOMINATOR = statusCode('zero-denominator');
/** Code of `no-base`: the base period of a change or trend lies outside the series. */
export const NO_BASE = statusCode('no-base');
/** Code of `not-aggregable`: a given share that cannot be summed up to a parent. */
export const NOT_AGGREGABLE = statusCode('not-aggregable');
/** Code of `not-meaningful`: e.g. a composite index for the whole city. */
export const NOT_MEANINGFUL = statusCode('not-meaningful');
