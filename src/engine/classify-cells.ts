/**
 * Classification of one indicator at one level over several years, per year or with one set of
 * breaks for the whole series.
 */
import type { ClassificationSpec } from '../manifest/schema';
import { breaksOfValues, type BreaksSpec } from './classify';
import { PARTIAL, type Cells } from './types';

/** A classification spec as classifyCells takes it: BreaksSpec plus the scope (default per-year). */
export type ClassifySpec = BreaksSpec & { readonly scope?: ClassificationSpec['scope'] };

/** Classes of every area in every listed year. */
export interface CellClasses {
  readonly scope: ClassificationSpec['scope'];
  /**
   * One array of class upper bounds per listed year (same order as yearIndices). With scope
   * `all-years` every entry is the same array: the breaks over the pooled values of all listed years.
   */
  readonly breaks: readonly (readonly number[])[];
  /** 0-based class per listed year and area (i · areaCount + area); −1 where the cell has no value. */
  readonly classes: Int8Array;
  /** Per listed year: how many areas fall in each class (length = that year's number of classes). */
  readonly counts: readonly (readonly number[])[];
}

/**
 * Classifies the cells of the listed years (indices into DatasetData.years). Only cells with a value
 * (ok or partial) take part in the breaks and get a class; suppressed, excluded and missing cells
 * get −1, so every area has exactly one class or a missing reason.
 *
 * Planners compare years honestly with `all-years` (a class means the same range in every year);
 * `per-year` shows the ranking within each year.
 *
 * @example
 * // 4 areas, one year: values [1, 2, 3, missing], quantile 2 classes → breaks [[2, 3]], classes [0, 0, 1, −1]
 */
export function classifyCells(
  cells: Cells,
  areaCount: number,
  yearIndices: readonly number[],
  spec: ClassifySpec,
): CellClasses {
  const scope = spec.scope ?? 'per-year';
  const scratch = new Float64Array(areaCount * (scope === 'all-years' ? yearIndices.length : 1));
  const breaks: number[][] = [];
  if (scope === 'all-years') {
    const pooled = breaksOfValues(collectValues(cells, areaCount, yearIndices, scratch), spec);
    for (let listed = 0; listed < yearIndices.length; listed++) breaks.push(pooled);
  } else {
    for (const year of yearIndices)
      breaks.push(breaksOfValues(collectValues(cells, areaCount, [year], scratch), spec));
  }
  const classes = new Int8Array(yearIndices.length * areaCount).fill(-1);
  const counts: number[][] = [];
  const { values, status } = cells;
  for (let listed = 0; listed < yearIndices.length; listed++) {
    const bounds = Float64Array.from(breaks[listed] as number[]);
    const last = bounds.length - 1;
    const yearCounts = new Array<number>(bounds.length).fill(0);
    const offset = (yearIndices[listed] as number) * areaCount;
    const classOffset = listed * areaCount;
    for (let area = 0; area < areaCount; area++) {
      if ((status[offset + area] as number) > PARTIAL || last < 0) continue;
      // linear scan: at most 9 bounds, cheaper than a binary search call per cell
      const value = values[offset + area] as number;
      let index = 0;
      while (index < last && value > (bounds[index] as number)) index++;
      classes[classOffset + area] = index;
      yearCounts[index] = (yearCounts[index] as number) + 1;
    }
    counts.push(yearCounts);
  }
  return { scope, breaks, classes, counts };
}

/** The cells with a value of the listed years, copied into (the start of) the scratch buffer. */
function collectValues(
  cells: Cells,
  areaCount: number,
  yearIndices: readonly number[],
  scratch: Float64Array,
): Float64Array {
  let count = 0;
  for (const year of yearIndices) {
    const offset = year * areaCount;
    for (let area = 0; area < areaCount; area++) {
      if ((cells.status[offset + area] as number) <= PARTIAL)
        scratch[count++] = cells.values[offset + area] as number;
    }
  }
  return scratch.subarray(0, count);
}
