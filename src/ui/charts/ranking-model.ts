/**
 * The ranking chart's data: every area of a level with a value in one year, sorted from the highest
 * value to the lowest (rank 1 = highest, ties share a rank and are ordered by id), with the class each
 * area has on the map, its parent district, and the city and parent reference values. Areas without
 * a value are listed apart with their reason. Pure, so it is unit-tested.
 */
import { type CellStatus, type Cells, type LevelData } from '../../engine/types';
import { cellAt } from '../panels/detail-model';

export interface RankingBar {
  readonly areaIndex: number;
  readonly areaId: string;
  readonly name: string;
  readonly value: number;
  /** Competition rank: 1 = highest value, equal values share a rank ("1, 2, 2, 4"). */
  readonly rank: number;
  /** Class on the map, −1 when unclassified. */
  readonly classIndex: number;
  /** Index in the parent level, −1 when none. */
  readonly parentIndex: number;
}

export interface RankingMissing {
  readonly areaId: string;
  readonly name: string;
  readonly status: CellStatus;
}

export interface RankingReference {
  readonly parentIndex: number;
  readonly name: string;
  readonly value: number;
}

export interface RankingModel {
  readonly bars: readonly RankingBar[];
  readonly missing: readonly RankingMissing[];
  readonly cityValue: number | null;
  /** Parent district values (only those with a value), by parent index. */
  readonly parents: ReadonlyMap<number, RankingReference>;
  /** The value range of bars and references (0 included, so bars start at a common base). */
  readonly extent: readonly [number, number];
}

export interface RankingInput {
  readonly level: LevelData;
  readonly parentLevel: LevelData | null;
  /** The indicator's cells at the level, its parent level (or null) and the city (year-major). */
  readonly cells: Cells;
  readonly parentCells: Cells | null;
  readonly cityCells: Cells;
  readonly yearIndex: number;
  /** Map class per area of the level (−1 = none), or null for no classes. */
  readonly classes: Int8Array | null;
}

export function buildRanking(input: RankingInput): RankingModel {
  const { level, parentLevel, cells, parentCells, cityCells, yearIndex, classes } = input;
  const areaCount = level.areaIds.length;
  const offset = yearIndex * areaCount;
  const withValue: { areaIndex: number; value: number }[] = [];
  const missing: RankingMissing[] = [];
  for (let area = 0; area < areaCount; area++) {
    const cell = cellAt(cells, offset + area);
    const areaId = level.areaIds[area] as string;
    if (cell.value === null) missing.push({ areaId, name: level.names[area] ?? areaId, status: cell.status });
    else withValue.push({ areaIndex: area, value: cell.value });
  }
  // Areas are sorted by id already, and Array.prototype.sort is stable: ties stay in id order.
  withValue.sort((a, b) => b.value - a.value);
  let rank = 0;
  const bars = withValue.map((entry, position): RankingBar => {
    if (position === 0 || entry.value !== withValue[position - 1]!.value) rank = position + 1;
    const areaId = level.areaIds[entry.areaIndex] as string;
    return {
      areaIndex: entry.areaIndex,
      areaId,
      name: level.names[entry.areaIndex] ?? areaId,
      value: entry.value,
      rank,
      classIndex: classes ? (classes[entry.areaIndex] ?? -1) : -1,
      parentIndex: level.parentIndex?.[entry.areaIndex] ?? -1,
    };
  });
  const parents = new Map<number, RankingReference>();
  if (parentLevel && parentCells) {
    const parentCount = parentLevel.areaIds.length;
    for (let parent = 0; parent < parentCount; parent++) {
      const value = cellAt(parentCells, yearIndex * parentCount + parent).value;
      if (value !== null)
        parents.set(parent, {
          parentIndex: parent,
          name: parentLevel.names[parent] ?? (parentLevel.areaIds[parent] as string),
          value,
        });
    }
  }
  const cityValue = cellAt(cityCells, yearIndex).value;
  let min = 0;
  let max = 0;
  for (const value of [
    ...withValue.map((entry) => entry.value),
    ...[...parents.values()].map((parent) => parent.value),
    ...(cityValue === null ? [] : [cityValue]),
  ]) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { bars, missing, cityValue, parents, extent: [min, max] };
}
