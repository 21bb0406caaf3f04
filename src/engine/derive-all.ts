/**
 * Everything the app shows for a dataset, in one call: derived indicators, z-scores and default
 * classes for every indicator, level and year. Used by benchmarks and by the worker that precomputes.
 */
import { classifyCells, type CellClasses } from './classify-cells';
import { defaultClassification } from './default-classification';
import { deriveDataset } from './derive';
import type { Cells, DatasetData, DerivedDataset } from './types';
import { zScores } from './z-scores';

/** deriveDataset plus z-scores and default classes. */
export interface DerivedAll {
  readonly derived: DerivedDataset;
  /** Indicator id → per level: z-scores, year-major like the cells (NaN without value). */
  readonly zScores: ReadonlyMap<string, readonly Float64Array[]>;
  /** Indicator id → per level: the indicator's default classification over all years. */
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
  for (const [id, indicator] of derived.indicators) {
    const levelScores: Float64Array[] = [];
    const levelClasses: CellClasses[] = [];
    indicator.levels.forEach((cells: Cells, level) => {
      const areaCount = data.levels[level]?.areaIds.length ?? 0;
      const z = new Float64Array(cells.values.length);
      for (const year of yearIndices) {
        z.set(zScores(cells.values, cells.status, year * areaCount, areaCount, { sd }), year * areaCount);
      }
      levelScores.push(z);
      levelClasses.push(classifyCells(cells, areaCount, yearIndices, defaultClassification(indicator.spec)));
    });
    scores.set(id, levelScores);
    classes.set(id, levelClasses);
  }
  return { derived, zScores: scores, classes };
}
