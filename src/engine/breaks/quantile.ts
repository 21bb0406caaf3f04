/**
 * Quantile breaks (mapclassify `Quantiles`): each class holds about the same number of areas.
 */
import { rankValues } from './select';

/**
 * The value at percentile `percent` of ascending `sorted` values, interpolating linearly between
 * neighbours (numpy / scipy `scoreatpercentile` default: h = (n − 1) · p / 100).
 *
 * @example
 * percentileOfSorted([1, 2, 3, 4], 50); // 2.5
 */
export function percentileOfSorted(sorted: ArrayLike<number>, percent: number): number {
  const position = ((sorted.length - 1) * percent) / 100;
  const lower = Math.floor(position);
  const lowerValue = sorted[lower] as number;
  if (lower >= sorted.length - 1) return sorted[sorted.length - 1] as number;
  return lowerValue + (position - lower) * ((sorted[lower + 1] as number) - lowerValue);
}

/**
 * Upper bounds of k quantile classes: the percentiles 100·i/k (i = 1 … k) of the values, with
 * repeated bounds collapsed (then there are fewer than k classes, as in mapclassify).
 *
 * Planners use quantiles to show rank (the fifth of areas with the highest rate), whatever the
 * distribution; mapclassify `Quantiles` gives the same bounds (tests: calemp example).
 *
 * @param values values without NaN, in any order; they may be reordered in place (selection)
 * @example
 * quantileBreaks(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 4); // [3.25, 5.5, 7.75, 10]
 */
export function quantileBreaks(values: Float64Array, classes: number): number[] {
  const count = values.length;
  if (count === 0) return [];
  const step = 100 / classes;
  const positions: number[] = [];
  const ranks: number[] = [];
  for (let index = 1; index <= classes; index++) {
    const position = ((count - 1) * Math.min(100, step * index)) / 100;
    const lower = Math.min(Math.floor(position), count - 1);
    positions.push(position);
    // keep ranks strictly ascending (neighbouring positions share ranks when n is small)
    const last = ranks.length === 0 ? -1 : (ranks[ranks.length - 1] as number);
    if (lower > last) ranks.push(lower);
    if (position > lower && lower + 1 < count && lower + 1 > last) ranks.push(lower + 1);
  }
  const ranked: number[] = [];
  rankValues(values, ranks, ranked);
  const breaks: number[] = [];
  let at = 0;
  for (const position of positions) {
    const lower = Math.min(Math.floor(position), count - 1);
    while ((ranks[at] as number) < lower) at++;
    const lowerValue = ranked[at] as number;
    const fraction = position - lower;
    const bound =
      fraction > 0 && lower + 1 < count
        ? lowerValue + fraction * ((ranked[at + 1] as number) - lowerValue)
        : lowerValue;
    if (breaks.length === 0 || bound !== breaks[breaks.length - 1]) breaks.push(bound);
  }
  return breaks;
}
