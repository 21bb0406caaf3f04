/**
 * What every indicator derivation shares: the hierarchy, the options, the exclusion masks and the
 * indicators derived so far. "Targets" are the levels (0 … L−1) followed by the city (L).
 */
import type { Manifest } from '../manifest/schema';
import type { AggregatedSums } from './aggregate';
import { aggregateToTargets } from './aggregate-levels';
import type { Hierarchy } from './hierarchy';
import type { DatasetData, DerivedIndicator } from './types';
import { hasValue } from './types';

/** Everything a single indicator derivation reads. */
export interface DeriveContext {
  readonly data: DatasetData;
  readonly hierarchy: Hierarchy;
  readonly yearCount: number;
  readonly options: Manifest['options'];
  /** Per target (levels, then the city): 1 where the area is below the minimum population that year; null: nobody is excluded. */
  readonly excluded: readonly (Uint8Array | null)[];
  /** Indicators derived so far (dependencies come first). */
  readonly derived: ReadonlyMap<string, DerivedIndicator>;
}

/** Number of targets: every level plus the city. */
export function targetCount(hierarchy: Hierarchy): number {
  return hierarchy.areaCounts.length + 1;
}

/** Areas of a target (the city has one). */
export function targetAreaCount(hierarchy: Hierarchy, target: number): number {
  return target < hierarchy.areaCounts.length ? (hierarchy.areaCounts[target] as number) : 1;
}

/**
 * Exclusion masks per target: 1 where an area's population (Σ over its base areas that have one)
 * is below options.minPopulation, and at the base level also where the data marks the area
 * (manifest `exclusion`). A missing population excludes nothing: the cells keep
 * their own missing reason (a year without a row stays "no data", not "excluded"). Returns nulls when the rule is off
 * (minPopulation 0 or no populationVariable).
 *
 * Planners use this to keep rates of nearly empty areas (a few hundred inhabitants) off the map and
 * out of z-scores, as the MSS does with Planungsräume under 300 inhabitants.
 *
 * @example
 * // minPopulation 300, population [250, 1000] → mask [1, 0]
 */
export function exclusionMasks(
  data: DatasetData,
  hierarchy: Hierarchy,
  yearCount: number,
): (Uint8Array | null)[] {
  const { minPopulation, populationVariable } = data.manifest.options;
  const targets = targetCount(hierarchy);
  const population = populationVariable === undefined ? undefined : data.variables.get(populationVariable);
  const marks = data.exclusions?.marks ?? null;
  if (!(minPopulation > 0) || population === undefined) {
    const masks = new Array<Uint8Array | null>(targets).fill(null);
    // Areas the data marks are excluded at the base level only: their parents are still summed.
    if (marks !== null) masks[0] = Uint8Array.from(marks, (mark) => (mark > 0 ? 1 : 0));
    return masks;
  }
  const aggregated = aggregateToTargets(population, null, hierarchy, yearCount);
  const masks: Uint8Array[] = [];
  for (let target = 0; target < targets; target++) {
    const { sums, status } = aggregated[target] as AggregatedSums;
    const sum = sums[0] as Float64Array;
    const mask = new Uint8Array(status.length);
    for (let cell = 0; cell < mask.length; cell++) {
      mask[cell] = hasValue(status[cell] as number) && (sum[cell] as number) < minPopulation ? 1 : 0;
      if (target === 0 && marks !== null && (marks[cell] as number) > 0) mask[cell] = 1;
    }
    masks.push(mask);
  }
  return masks;
}
