/**
 * Class breaks and class membership for choropleth maps, following mapclassify's conventions:
 * classes are (lower, upper] intervals given by their upper bounds, the first class also holds the
 * minimum.
 */
import type { ClassificationSpec } from '../manifest/schema';
import { equalIntervalBreaks } from './breaks/equal-interval';
import { manualBreaks } from './breaks/manual';
import { naturalBreaks } from './breaks/natural-breaks';
import { quantileBreaks } from './breaks/quantile';
import { standardDeviationBreaks } from './breaks/std-dev';

/** What computeBreaks needs: a method, the wanted number of classes and, for `manual`, the inner breaks. */
export type BreaksSpec = Pick<ClassificationSpec, 'method' | 'classes'> & {
  readonly breaks?: readonly number[];
};

/**
 * The class upper bounds, ascending, for the values (NaN already filtered out by the caller):
 * quantile, equal interval, natural breaks (Fisher-Jenks via ckmeans), standard deviation
 * (mean ± 1, 2 sample SD, 4–5 classes) or manual. Ties and few distinct values can give fewer
 * classes than asked; all values equal gives one class; no values gives [].
 *
 * Planners pick the method that fits the message (rank, value ranges, clusters, deviation from the
 * mean, fixed thresholds); the bounds match mapclassify, so maps agree with GeoDa / geopandas.
 *
 * @example
 * computeBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { method: 'quantile', classes: 4 }); // [3.25, 5.5, 7.75, 10]
 */
export function computeBreaks(values: readonly number[] | Float64Array, spec: BreaksSpec): number[] {
  return breaksOfValues(Float64Array.from(values), spec);
}

/** computeBreaks on a scratch buffer that it may reorder (saves a copy in hot loops). */
export function breaksOfValues(scratch: Float64Array, spec: BreaksSpec): number[] {
  switch (spec.method) {
    case 'quantile':
      return quantileBreaks(scratch, spec.classes);
    case 'equal-interval':
      return equalIntervalBreaks(scratch, spec.classes);
    case 'natural-breaks':
      return naturalBreaks(scratch, spec.classes);
    case 'std-dev':
      return standardDeviationBreaks(scratch);
    case 'manual':
      return manualBreaks(scratch, spec.breaks ?? []);
  }
}

/**
 * The 0-based class of a value: the first upper bound ≥ value ((lower, upper] intervals). Values
 * below the first bound go to class 0, above the last to the last class (as mapclassify
 * `find_bin`); NaN or no bounds give −1.
 *
 * @example
 * classifyValue(5.5, [3.25, 5.5, 7.75, 10]); // 1 (a value on a bound belongs to the lower class)
 * classifyValue(5.6, [3.25, 5.5, 7.75, 10]); // 2
 */
export function classifyValue(value: number, upperBounds: readonly number[]): number {
  const count = upperBounds.length;
  if (count === 0 || Number.isNaN(value)) return -1;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (value <= (upperBounds[middle] as number)) high = middle;
    else low = middle + 1;
  }
  return low;
}
