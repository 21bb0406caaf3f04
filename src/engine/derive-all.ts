/**
 * Everything the app shows for a dataset, in one call: derived indicators, z-scores and default
 * classes for every indicator, level and year. Used by benchmarks and by the worker that precomputes.
 */
import { breaksOfValues } from './classify';
import { classifyCells, type CellClasses, type ClassifySpec } from './classify-cells';
import { defaultClassification } from './default-classification';
import { deriveDataset } from './derive';
import { classifyFixed, fixedClassesOf } from './fixed-classes';
import { PARTIAL, type Cells, type DatasetData, type DerivedDataset } from './types';
import { zScoresInto } from './z-scores';

/** deriveDataset plus z-scores and default classes. */
export interface DerivedAll {
  readonly derived: DerivedDataset;
  /** Indicator id → per level: z-scores, year-major like the cells (NaN without value). */
  readonly zScores: ReadonlyMap<string, readonly Float64Array[]>;
  /** Indicator id → per level: the indicator's default classification over all years (fixed classes where the manifest sets them). */
  readonly classes: ReadonlyMap<string, readonly CellClasses[]>;
}

/**
 * Derives every indicator (deriveDataset), then z-scores per level and year (options.sd) and the
 * default classification (the indicator's own, else quantile 5 per year) of every indicator ×
 * level × year. Linear in areas × indicators × years apart from the sort inside quantile breaks.
 *
 * @example
 * const all = deriveAll(makeSyntheticDataset({ areas: 542, years: 10, indicators: 10, seed: 1 }));
 * all.classes.get('sgb2Quote')?.[0]?.breaks.length; // 10 (one set of breaks per year)
 */
export function deriveAll(data: DatasetData): DerivedAll {
  const derived = deriveDataset(data);
  const sd = data.manifest.options.sd;
  const yearIndices = data.years.map((_, index) => index);
  const scores = new Map<string, Float64Array[]>();
  const classes = new Map<string, CellClasses[]>();
  let scratch = new Float64Array(0);
  for (const [id, indicator] of derived.indicators) {
    const levelScores: Float64Array[] = [];
    const levelClasses: CellClasses[] = [];
    const spec = defaultClassification(indicator.spec);
    const fixed = fixedClassesOf(indicator.spec, data.manifest.indicators);
    for (let level = 0; level < indicator.levels.length; level++) {
      const cells = indicator.levels[level] as Cells;
      const areaCount = data.levels[level]?.areaIds.length ?? 0;
      const z = new Float64Array(cells.values.length);
      if (fixed) {
        for (const year of yearIndices) {
          zScoresInto(z, year * areaCount, cells.values, cells.status, year * areaCount, areaCount, { sd });
        }
        levelClasses.push(classifyFixed(cells, areaCount, yearIndices, fixed));
      } else if ((spec.scope ?? 'per-year') === 'per-year') {
        if (scratch.length < areaCount) scratch = new Float64Array(areaCount);
        levelClasses.push(
          scoreAndClassifyPerYear(cells, areaCount, yearIndices.length, sd, spec, z, scratch),
        );
      } else {
        for (const year of yearIndices) {
          zScoresInto(z, year * areaCount, cells.values, cells.status, year * areaCount, areaCount, { sd });
        }
        levelClasses.push(classifyCells(cells, areaCount, yearIndices, spec));
      }
      levelScores.push(z);
    }
    scores.set(id, levelScores);
    classes.set(id, levelClasses);
  }
  return { derived, zScores: scores, classes };
}

/** Buckets of the class lookup table (see classLookup). */
const LOOKUP_BUCKETS = 1024;

/**
 * z-scores (as zScores, without exclusion) and per-year classes (as classifyCells with scope
 * per-year) of every year in one sweep: the cells with a value are collected once per year and
 * serve both the mean / SD (same order of summation, so the same numbers) and the breaks.
 */
function scoreAndClassifyPerYear(
  cells: Cells,
  areaCount: number,
  yearCount: number,
  sd: 'population' | 'sample',
  spec: ClassifySpec,
  z: Float64Array,
  scratch: Float64Array,
): CellClasses {
  const { values, status } = cells;
  const breaks: number[][] = [];
  const counts: number[][] = [];
  const classes = new Int8Array(yearCount * areaCount).fill(-1);
  const lookup = new Int8Array(LOOKUP_BUCKETS);
  for (let year = 0; year < yearCount; year++) {
    const offset = year * areaCount;
    const end = offset + areaCount;
    let count = 0;
    let sum = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let cell = offset; cell < end; cell++) {
      if ((status[cell] as number) > PARTIAL) continue;
      const value = values[cell] as number;
      scratch[count++] = value;
      sum += value;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    const mean = count > 0 ? sum / count : Number.NaN;
    let squares = 0;
    for (let index = 0; index < count; index++) {
      const deviation = (scratch[index] as number) - mean;
      squares += deviation * deviation;
    }
    const divisor = sd === 'sample' ? count - 1 : count;
    const standardDeviation = divisor > 0 ? Math.sqrt(squares / divisor) : Number.NaN;
    const scale = standardDeviation > 0 ? 1 / standardDeviation : 0;
    // the breaks may reorder the scratch buffer: mean and SD are done with it
    const yearBreaks = breaksOfValues(scratch.subarray(0, count), spec);
    breaks.push(yearBreaks);
    const bounds = Float64Array.from(yearBreaks);
    const last = bounds.length - 1;
    const yearCounts = new Int32Array(Math.max(0, bounds.length));
    // (a NaN value makes the sum NaN: then the scan decides, as classifyCells does)
    const bucketScale = count >= 64 && !Number.isNaN(sum) ? classLookup(bounds, min, max, lookup) : 0;
    const top = LOOKUP_BUCKETS - 1;
    for (let cell = offset; cell < end; cell++) {
      if ((status[cell] as number) > PARTIAL) {
        z[cell] = Number.NaN;
        continue;
      }
      const value = values[cell] as number;
      z[cell] = (value - mean) * scale;
      if (last < 0) continue;
      let index = -1;
      if (bucketScale > 0) {
        const raw = (value - min) * bucketScale;
        index = lookup[raw < top ? raw | 0 : top] as number;
      }
      if (index < 0) {
        // linear scan: at most 9 bounds, cheaper than a binary search call per cell
        index = 0;
        while (index < last && value > (bounds[index] as number)) index++;
      }
      classes[cell] = index;
      yearCounts[index] = (yearCounts[index] as number) + 1;
    }
    counts.push(Array.from(yearCounts));
  }
  return { scope: 'per-year', breaks, classes, counts };
}

/**
 * Fills `lookup` with the class of each of LOOKUP_BUCKETS equal-width buckets between min and max
 * (−1 where a bound falls into the bucket, so its values need the scan) and returns the scale
 * (value − min) × scale → bucket; 0 when there is no usable table (bounds not ascending, or no
 * finite positive range). The bucket map is monotone, so a bucket below a bound's bucket holds
 * only values below the bound and one above only values above it: the same classes as the scan
 * without a branch per bound.
 */
function classLookup(bounds: Float64Array, min: number, max: number, lookup: Int8Array): number {
  const range = max - min;
  if (!(range > 0 && range < Number.POSITIVE_INFINITY)) return 0;
  for (let bound = 1; bound < bounds.length; bound++) {
    if (!((bounds[bound - 1] as number) <= (bounds[bound] as number))) return 0;
  }
  const scale = LOOKUP_BUCKETS / range;
  if (!(scale > 0 && scale < Number.POSITIVE_INFINITY)) return 0;
  const top = LOOKUP_BUCKETS - 1;
  const last = bounds.length - 1;
  let bound = 0;
  for (let bucket = 0; bucket < LOOKUP_BUCKETS; bucket++) {
    let boundBucket = -1;
    while (bound < last) {
      const raw = ((bounds[bound] as number) - min) * scale;
      boundBucket = raw > 0 ? (raw < top ? raw | 0 : top) : 0;
      if (boundBucket >= bucket) break;
      bound++;
    }
    lookup[bucket] = bound < last && boundBucket === bucket ? -1 : bound;
  }
  return scale;
}
