/**
 * Thresholds (Schwellenwerte) of one indicator: absolute, relative to the city or the parent area
 * (ratio or difference), or on the z-score. Each area and year either meets the threshold, does not,
 * or cannot be judged (its value, the reference or the z-score is missing). DESIGN.md, engine
 * semantics 5.
 */
import type { Polarity, ThresholdDirection, ThresholdSpec } from '../manifest/schema';
import { hasValue, type Cells } from './types';
import { zScoresInto } from './z-scores';

/** Threshold met (area is conspicuous on this indicator). */
export const MET = 1;
/** Threshold not met. */
export const NOT_MET = 0;
/** Cannot be judged: value, reference or z-score missing. */
export const UNJUDGED = -1;

/**
 * The direction of a threshold: its own `direction`, else `above` for higher-is-worse and `below`
 * for higher-is-better indicators; null for a neutral indicator without one (a manifest error,
 * reported by the loader).
 *
 * @example
 * thresholdDirection({ type: 'absolute', value: 20 }, 'higher-is-worse'); // 'above'
 */
export function thresholdDirection(spec: ThresholdSpec, polarity: Polarity): ThresholdDirection | null {
  if (spec.direction) return spec.direction;
  if (polarity === 'higher-is-worse') return 'above';
  if (polarity === 'higher-is-better') return 'below';
  return null;
}

/**
 * The limit an area's value (or, for `z-score`, its z-score) is compared with. Every threshold value
 * says how much worse than usual: `above` compares value ≥ limit, `below` value ≤ limit, and
 *
 * | type                  | above              | below              |
 * |-----------------------|--------------------|--------------------|
 * | absolute              | value              | value              |
 * | relative, ratio       | factor × reference | reference ÷ factor |
 * | relative, difference  | reference + amount | reference − amount |
 * | z-score               | value              | −value             |
 *
 * NaN when the reference is needed and missing (or the ratio factor is 0 for `below`).
 *
 * @example
 * thresholdLimit({ type: 'relative', reference: 'city', mode: 'ratio', value: 1.5 }, 'above', 15.1); // 22.65
 * thresholdLimit({ type: 'relative', reference: 'city', mode: 'ratio', value: 1.5 }, 'below', 60); // 40
 */
export function thresholdLimit(
  spec: ThresholdSpec,
  direction: ThresholdDirection,
  reference: number,
): number {
  const up = direction === 'above';
  switch (spec.type) {
    case 'absolute':
      return spec.value;
    case 'z-score':
      return up ? spec.value : -spec.value;
    case 'relative':
      if (spec.mode === 'difference') return up ? reference + spec.value : reference - spec.value;
      if (up) return spec.value * reference;
      return spec.value === 0 ? Number.NaN : reference / spec.value;
  }
}

/** MET, NOT_MET or UNJUDGED for a compared number (value or z-score) and a limit (NaN = unknown). */
export function judge(direction: ThresholdDirection, compared: number, limit: number): number {
  if (Number.isNaN(compared) || Number.isNaN(limit)) return UNJUDGED;
  return (direction === 'above' ? compared >= limit : compared <= limit) ? MET : NOT_MET;
}

/** What a threshold needs from the indicator at one level. */
export interface ThresholdInput {
  /** The indicator's cells at this level (year-major). */
  readonly cells: Cells;
  readonly areaCount: number;
  readonly yearCount: number;
  /** The next coarser level's cells and each area's parent index (-1 none); null at the coarsest level. */
  readonly parent: { readonly cells: Cells; readonly areaCount: number; readonly index: Int32Array } | null;
  /** The city's cells (index = year). */
  readonly city: Cells;
  /** z-scores at this level (year-major, NaN without value); needed only for `z-score` thresholds. */
  readonly zScores: Float64Array | null;
}

/** The result of one threshold for every area and year of a level. */
export interface ThresholdCells {
  /** MET, NOT_MET or UNJUDGED per cell (year-major). */
  readonly state: Int8Array;
  /** The limit per cell (NaN where the reference is missing). */
  readonly limit: Float64Array;
}

/** The reference value of one cell: city or parent value; NaN when missing. */
export function referenceOf(spec: ThresholdSpec, input: ThresholdInput, year: number, area: number): number {
  if (spec.type !== 'relative') return Number.NaN;
  if (spec.reference === 'city') {
    return hasValue(input.city.status[year] as number) ? (input.city.values[year] as number) : Number.NaN;
  }
  const parent = input.parent;
  if (parent === null) return Number.NaN;
  const parentArea = parent.index[area] as number;
  if (parentArea < 0) return Number.NaN;
  const cell = year * parent.areaCount + parentArea;
  return hasValue(parent.cells.status[cell] as number) ? (parent.cells.values[cell] as number) : Number.NaN;
}

/**
 * Evaluates a threshold for every area and year of one level. The comparison is inclusive (at or
 * above / at or below the limit), as planners phrase it ("ab 20 %", "mindestens das 1,5-Fache").
 *
 * @example
 * // value 24.3, city 15.1, threshold 1.5 × city, above → limit 22.65, state MET
 */
export function evaluateThreshold(
  spec: ThresholdSpec,
  direction: ThresholdDirection,
  input: ThresholdInput,
): ThresholdCells {
  const { cells, areaCount, yearCount } = input;
  const state = new Int8Array(areaCount * yearCount).fill(UNJUDGED);
  const limit = new Float64Array(areaCount * yearCount).fill(Number.NaN);
  const z = spec.type === 'z-score' ? input.zScores : null;
  if (spec.type === 'z-score' && z === null)
    throw new Error('evaluateThreshold requires z-scores for a z-score threshold');
  for (let year = 0; year < yearCount; year++) {
    const constant =
      spec.type === 'relative' && spec.reference === 'parent'
        ? null
        : thresholdLimit(spec, direction, referenceOf(spec, input, year, 0));
    for (let area = 0; area < areaCount; area++) {
      const cell = year * areaCount + area;
      const cellLimit = constant ?? thresholdLimit(spec, direction, referenceOf(spec, input, year, area));
      limit[cell] = cellLimit;
      if (!hasValue(cells.status[cell] as number)) continue;
      const compared = z !== null ? (z[cell] as number) : (cells.values[cell] as number);
      state[cell] = judge(direction, compared, cellLimit);
    }
  }
  return { state, limit };
}

/**
 * z-scores of one level, every year (as deriveAll computes them: over the areas with a value,
 * unweighted mean, population or sample SD).
 */
export function levelZScores(
  cells: Cells,
  areaCount: number,
  yearCount: number,
  sd: 'population' | 'sample',
): Float64Array {
  const z = new Float64Array(areaCount * yearCount);
  for (let year = 0; year < yearCount; year++) {
    zScoresInto(z, year * areaCount, cells.values, cells.status, year * areaCount, areaCount, { sd });
  }
  return z;
}
