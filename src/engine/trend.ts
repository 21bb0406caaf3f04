/**
 * Trend indicators: the least-squares slope per year of another indicator over a window of years.
 */
import type { IndicatorSpec } from '../manifest/schema';
import { targetAreaCount, targetCount, type DeriveContext } from './derive-context';
import { EXCLUDED, NO_BASE } from './status-codes';
import { OK, PARTIAL, type Cells, type DerivedIndicator } from './types';

type TrendSpec = Extract<IndicatorSpec, { type: 'trend' }>;

/** Fewer points than this give no trend: two points are a change, not a trend. */
export const MIN_TREND_POINTS = 3;

/**
 * Ordinary least-squares line through (xs[i], ys[i]): slope and intercept. NaN for fewer than 2
 * points or when all xs are equal.
 *
 * Planners use the slope as "change per year" that is less sensitive to one odd year than a
 * two-point change.
 *
 * @example
 * linearTrend([2016, 2017, 2018, 2019, 2020], [10, 11, 13, 12, 14]); // { slope: 0.9, intercept: -1804.2 }
 */
export function linearTrend(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
): { slope: number; intercept: number } {
  const count = Math.min(xs.length, ys.length);
  const x = Float64Array.from({ length: count }, (_, i) => xs[i] as number);
  const y = Float64Array.from({ length: count }, (_, i) => ys[i] as number);
  const slope = leastSquaresSlope(x, y, count);
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < count; i++) {
    meanX += x[i] as number;
    meanY += y[i] as number;
  }
  return { slope, intercept: meanY / count - slope * (meanX / count) };
}

/**
 * Derives a trend: the slope per year over the years t−periods … t (matched by value) that have a
 * value, at the same level. Needs at least 3 points; with fewer, `no-base` when the series itself
 * has fewer than 3 years in the window, else the missing reason of the latest missing year. An area
 * below the minimum population in year t is `excluded`; `partial` when a window year lacked a value
 * or a point was partial.
 *
 * @example
 * // rates 10, 11, 13, 12, 14 in 2016 … 2020, periods 4 → 0.9 per year in 2020
 */
export function deriveTrend(spec: TrendSpec, context: DeriveContext): DerivedIndicator {
  const source = context.derived.get(spec.of);
  if (source === undefined) throw new Error(`trend ${spec.id} refers to underived indicator ${spec.of}`);
  const years = context.data.years;
  const yearCount = context.yearCount;
  const sources = [...source.levels, source.city];
  const xs = new Float64Array(years.length);
  const ys = new Float64Array(years.length);
  // per year: the window (t, t−1, … back to t−periods) and, for a window without gaps, the
  // x deviations and their sum of squares exactly as leastSquares computes them
  const windowStart = new Int32Array(yearCount);
  const fullDx = new Float64Array(yearCount * yearCount);
  const fullVarianceX = new Float64Array(yearCount);
  for (let year = 0; year < yearCount; year++) {
    const first = (years[year] as number) - spec.periods;
    let past = year;
    while (past >= 0 && (years[past] as number) >= first) past--;
    windowStart[year] = past + 1;
    const count = year - past;
    let meanX = 0;
    for (let at = year; at > past; at--) meanX += years[at] as number;
    meanX /= count;
    let varianceX = 0;
    for (let at = year, i = 0; at > past; at--, i++) {
      const dx = (years[at] as number) - meanX;
      fullDx[year * yearCount + i] = dx;
      varianceX += dx * dx;
    }
    fullVarianceX[year] = varianceX;
  }
  const results: Cells[] = [];
  for (let target = 0; target < targetCount(context.hierarchy); target++) {
    const areaCount = targetAreaCount(context.hierarchy, target);
    const { values: from, status: fromStatus } = sources[target] as Cells;
    const excluded = context.excluded[target] ?? null;
    const values = new Float64Array(areaCount * yearCount).fill(Number.NaN);
    const status = new Uint8Array(values.length);
    for (let year = 0; year < yearCount; year++) {
      const stop = (windowStart[year] as number) - 1;
      const windowYears = year - stop;
      const dxOffset = year * yearCount;
      const varianceX = fullVarianceX[year] as number;
      for (let area = 0; area < areaCount; area++) {
        const cell = year * areaCount + area;
        if (excluded !== null && excluded[cell] === 1) {
          status[cell] = EXCLUDED;
          continue;
        }
        let points = 0;
        let latestMissing = -1;
        let isPartial = false;
        for (let past = year; past > stop; past--) {
          const code = fromStatus[past * areaCount + area] as number;
          if (code > PARTIAL) {
            if (latestMissing < 0) latestMissing = code;
            isPartial = true;
            continue;
          }
          if (code === PARTIAL) isPartial = true;
          xs[points] = years[past] as number;
          ys[points] = from[past * areaCount + area] as number;
          points++;
        }
        if (points >= MIN_TREND_POINTS) {
          values[cell] =
            points === windowYears
              ? slopeWithDeviations(fullDx, dxOffset, varianceX, ys, points)
              : leastSquaresSlope(xs, ys, points);
          status[cell] = isPartial ? PARTIAL : OK;
        } else {
          status[cell] = windowYears < MIN_TREND_POINTS || latestMissing < 0 ? NO_BASE : latestMissing;
        }
      }
    }
    results.push({ values, status });
  }
  return { spec, levels: results.slice(0, -1), city: results[results.length - 1] as Cells };
}

/** Least-squares slope over the first `count` points (no allocation: the trend loop reuses buffers). */
function leastSquaresSlope(xs: Float64Array, ys: Float64Array, count: number): number {
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < count; i++) {
    meanX += xs[i] as number;
    meanY += ys[i] as number;
  }
  meanX /= count;
  meanY /= count;
  let covariance = 0;
  let varianceX = 0;
  for (let i = 0; i < count; i++) {
    const dx = (xs[i] as number) - meanX;
    covariance += dx * ((ys[i] as number) - meanY);
    varianceX += dx * dx;
  }
  return count >= 2 && varianceX > 0 ? covariance / varianceX : Number.NaN;
}

/** leastSquaresSlope when the x deviations and their sum of squares are known (a window without gaps). */
function slopeWithDeviations(
  dxs: Float64Array,
  dxOffset: number,
  varianceX: number,
  ys: Float64Array,
  count: number,
): number {
  let meanY = 0;
  for (let i = 0; i < count; i++) meanY += ys[i] as number;
  meanY /= count;
  let covariance = 0;
  for (let i = 0; i < count; i++) covariance += (dxs[dxOffset + i] as number) * ((ys[i] as number) - meanY);
  return count >= 2 && varianceX > 0 ? covariance / varianceX : Number.NaN;
}
