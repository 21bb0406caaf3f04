/**
 * The Raumebenen as seen from the base level: for every level, which area each base area belongs
 * to. Parent values are sums over base areas (never over already rounded or suppressed child values),
 * so this one mapping is all the aggregation needs.
 */
import type { LevelData } from './types';

/** Where every base area sits in every level. */
export interface Hierarchy {
  /** Number of base areas (levels[0]). */
  readonly baseCount: number;
  /** Number of areas per level, same order as DatasetData.levels. */
  readonly areaCounts: readonly number[];
  /**
   * Per level: base area index → area index at that level, -1 where the parent chain breaks
   * (the base area still counts for the city). baseToLevel[0] is the identity.
   */
  readonly baseToLevel: readonly Int32Array[];
  /** Per level: the levels' own parentIndex (area → area in the next coarser level, -1 none; null for the coarsest). */
  readonly parentIndex: readonly (Int32Array | null)[];
}

/**
 * Builds the base → level mapping by composing each level's parentIndex.
 *
 * Planners see a district value that is the sum over its Sozialräume; a Sozialraum without a known
 * district (parentIndex -1) belongs to no district but still to the city.
 *
 * @example
 * // 3 base areas; base 0 and 1 lie in district 0, base 2 has no district:
 * buildHierarchy(levels).baseToLevel[1]; // Int32Array [0, 0, -1]
 */
export function buildHierarchy(levels: readonly LevelData[]): Hierarchy {
  const base = levels[0];
  if (base === undefined) throw new Error('buildHierarchy requires at least 1 level');
  const baseCount = base.areaIds.length;
  const identity = new Int32Array(baseCount);
  for (let area = 0; area < baseCount; area++) identity[area] = area;
  const baseToLevel: Int32Array[] = [identity];
  for (let level = 1; level < levels.length; level++) {
    const parentIndex = levels[level - 1]?.parentIndex;
    const previous = baseToLevel[level - 1] as Int32Array;
    const mapping = new Int32Array(baseCount).fill(-1);
    if (parentIndex) {
      for (let area = 0; area < baseCount; area++) {
        const child = previous[area] as number;
        if (child >= 0) mapping[area] = parentIndex[child] ?? -1;
      }
    }
    baseToLevel.push(mapping);
  }
  return {
    baseCount,
    areaCounts: levels.map((level) => level.areaIds.length),
    baseToLevel,
    parentIndex: levels.map((level, index) => (index + 1 < levels.length ? level.parentIndex : null)),
  };
}
