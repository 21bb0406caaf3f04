/**
 * The engine's main entry: every indicator of a dataset for every level and the city.
 */
import type { IndicatorSpec } from '../manifest/schema';
import { deriveChange } from './change';
import { deriveCompositeIndex } from './composite-index';
import { deriveCount } from './count';
import { deriveMatrixIndex } from './matrix-index';
import { exclusionMasks, type DeriveContext } from './derive-context';
import { dependencyOrder } from './dependency-order';
import { buildHierarchy } from './hierarchy';
import { deriveRate } from './rate';
import { deriveTrend } from './trend';
import type { DatasetData, DerivedDataset, DerivedIndicator } from './types';

/**
 * Derives every indicator of data.manifest.indicators (counts, rates, changes, trends, indices) for
 * every level and the whole city, year-major, with a status code per cell. Indicators are derived
 * in dependency order (a change may refer to an indicator listed after it); the result keeps the
 * manifest order. Options (minCount, minPopulation, populationVariable, sd) come from the manifest.
 *
 * Pure: the input is not changed, and the same input gives the same output everywhere. Planners get
 * one consistent set of numbers for map, table, charts and CLI.
 *
 * @example
 * const derived = deriveDataset(data);
 * derived.indicators.get('sgb2Quote')?.city.values[0]; // 7 (Σ 42 / Σ 600 × 100)
 */
export function deriveDataset(data: DatasetData): DerivedDataset {
  const hierarchy = buildHierarchy(data.levels);
  const yearCount = data.years.length;
  const derived = new Map<string, DerivedIndicator>();
  const context: DeriveContext = {
    data,
    hierarchy,
    yearCount,
    options: data.manifest.options,
    excluded: exclusionMasks(data, hierarchy, yearCount),
    derived,
  };
  for (const spec of dependencyOrder(data.manifest.indicators)) {
    derived.set(spec.id, deriveIndicator(spec, context));
  }
  const indicators = new Map<string, DerivedIndicator>();
  for (const spec of data.manifest.indicators)
    indicators.set(spec.id, derived.get(spec.id) as DerivedIndicator);
  return { data, indicators };
}

function deriveIndicator(spec: IndicatorSpec, context: DeriveContext): DerivedIndicator {
  switch (spec.type) {
    case 'count':
      return deriveCount(spec, context);
    case 'rate':
      return deriveRate(spec, context);
    case 'change':
      return deriveChange(spec, context);
    case 'trend':
      return deriveTrend(spec, context);
    case 'index':
      return deriveCompositeIndex(spec, context);
    case 'matrix':
      return deriveMatrixIndex(spec, context);
  }
}
