/**
 * z-scores (standardised values) over the areas of one level and year, as the MSS computes them.
 */
import { PARTIAL } from './types';

/** Which standard deviation: population (divide by n, the MSS default) or sample (n − 1). */
export interface StandardDeviationOptions {
  readonly sd: 'population' | 'sample';
  /** Optional mask over the same cells: 1 = leave this area out (e.g. below the minimum population). */
  readonly excluded?: Uint8Array | null;
}

/** Mean, standard deviation and number of areas that went into them. */
export interface MeanAndStandardDeviation {
  readonly mean: number;
  readonly standardDeviation: number;
  readonly count: number;
}

/**
 * Unweighted mean and standard deviation of the cells offset … offset+count−1 that have a value
 * (status ok or partial) and are not excluded. Two passes (mean first) for numerical stability.
 * Mean and SD are NaN without values; the sample SD is NaN for a single value.
 *
 * @example
 * // values [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, population SD 2, sample SD 2.138
 */
export function meanAndStandardDeviation(
  values: Float64Array,
  status: Uint8Array,
  offset: number,
  count: number,
  options: StandardDeviationOptions,
): MeanAndStandardDeviation {
  const excluded = options.excluded ?? null;
  const end = offset + count;
  let sum = 0;
  let n = 0;
  if (excluded === null) {
    for (let cell = offset; cell < end; cell++) {
      if ((status[cell] as number) > PARTIAL) continue;
      sum += values[cell] as number;
      n++;
    }
  } else {
    for (let cell = offset; cell < end; cell++) {
      if ((status[cell] as number) > PARTIAL || excluded[cell] === 1) continue;
      sum += values[cell] as number;
      n++;
    }
  }
  const mean = n > 0 ? sum / n : Number.NaN;
  let squares = 0;
  if (excluded === null) {
    for (let cell = offset; cell < end; cell++) {
      if ((status[cell] as number) > PARTIAL) continue;
      const deviation = (values[cell] as number) - mean;
      squares += deviation * deviation;
    }
  } else {
    for (let cell = offset; cell < end; cell++) {
      if ((status[cell] as number) > PARTIAL || excluded[cell] === 1) continue;
      const deviation = (values[cell] as number) - mean;
      squares += deviation * deviation;
    }
  }
  const divisor = options.sd === 'sample' ? n - 1 : n;
  const standardDeviation = divisor > 0 ? Math.sqrt(squares / divisor) : Number.NaN;
  return { mean, standardDeviation, count: n };
}

/**
 * z = (x − mean) / SD for the cells offset … offset+count−1 (one level, one year), with mean and SD
 * over the areas that have a value and are not excluded. Areas without a value or excluded get NaN.
 * When all values are equal (SD 0) or there is one value, every z is 0: nobody deviates.
 *
 * Planners compare areas on one scale across indicators; the Berlin MSS uses population SD over
 * the valid Planungsräume, which reproduces its published z-values.
 *
 * @example
 * // values [2, 4, 4, 4, 5, 5, 7, 9] → z [−1.5, −0.5, −0.5, −0.5, 0, 0, 1, 2]
 */
export function zScores(
  values: Float64Array,
  status: Uint8Array,
  offset: number,
  count: number,
  options: StandardDeviationOptions,
): Float64Array {
  return zScoresInto(new Float64Array(count), 0, values, status, offset, count, options);
}

/**
 * zScores written into target[targetOffset … targetOffset+count−1] instead of a new array (NaN
 * where the cell has no value or is excluded), so hot loops need no array per level and year.
 * Returns target.
 *
 * @example
 * // z-scores of year 3 straight into a year-major array of the whole level
 * zScoresInto(z, 3 * areaCount, values, status, 3 * areaCount, areaCount, { sd: 'population' });
 */
export function zScoresInto(
  target: Float64Array,
  targetOffset: number,
  values: Float64Array,
  status: Uint8Array,
  offset: number,
  count: number,
  options: StandardDeviationOptions,
): Float64Array {
  const { mean, standardDeviation } = meanAndStandardDeviation(values, status, offset, count, options);
  const excluded = options.excluded ?? null;
  const scale = standardDeviation > 0 ? 1 / standardDeviation : 0;
  const shift = targetOffset - offset;
  const end = offset + count;
  if (excluded === null) {
    for (let cell = offset; cell < end; cell++) {
      target[cell + shift] =
        (status[cell] as number) > PARTIAL ? Number.NaN : ((values[cell] as number) - mean) * scale;
    }
  } else {
    for (let cell = offset; cell < end; cell++) {
      target[cell + shift] =
        (status[cell] as number) > PARTIAL || excluded[cell] === 1
          ? Number.NaN
          : ((values[cell] as number) - mean) * scale;
    }
  }
  return target;
}
