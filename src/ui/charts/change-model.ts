/**
 * Bilanzierung: the change of one indicator between two chosen years, per area of a level and for
 * the city: absolute (in the indicator's unit; percentage points for a percentage) and relative (%
 * of the from-year value). A change needs both values; otherwise the missing reason of the year that
 * lacks one travels with it (the to-year's first). Pure, so it is unit-tested.
 */
import { statusCode, type CellStatus, type Cells, type LevelData } from '../../engine/types';
import { cellAt, type CellView } from '../panels/detail-model';

export interface AreaChange {
  readonly areaIndex: number;
  readonly areaId: string;
  readonly name: string;
  readonly from: CellView;
  readonly to: CellView;
  /** to − from; null when either is missing. */
  readonly absolute: number | null;
  /** (to − from) / |from| × 100; null when either is missing, from is 0, or the indicator has no
   * relative change (an index or a change itself, see indicator-scale.ts). */
  readonly relative: number | null;
  /** Why there is no change (ok when there is one). */
  readonly status: CellStatus;
}

export interface ChangeModel {
  readonly indicatorId: string;
  readonly levelIndex: number;
  readonly fromYear: number;
  readonly toYear: number;
  /** In the level's area order. */
  readonly areas: readonly AreaChange[];
  readonly city: Omit<AreaChange, 'areaIndex' | 'areaId' | 'name'>;
  /** The absolute changes as one year of cells, for the map's classification path. */
  readonly cells: Cells;
  /** Whether the indicator has a relative change at all (counts and rates). */
  readonly withRelative: boolean;
}

function changeOf(
  from: CellView,
  to: CellView,
  withRelative: boolean,
): Pick<AreaChange, 'absolute' | 'relative' | 'status'> {
  if (to.value === null) return { absolute: null, relative: null, status: to.status };
  if (from.value === null) return { absolute: null, relative: null, status: from.status };
  const absolute = to.value - from.value;
  return {
    absolute,
    relative: !withRelative || from.value === 0 ? null : (absolute / Math.abs(from.value)) * 100,
    status: from.status === 'partial' || to.status === 'partial' ? 'partial' : 'ok',
  };
}

export interface ChangeInput {
  readonly indicatorId: string;
  readonly levelIndex: number;
  readonly level: LevelData;
  readonly cells: Cells;
  readonly cityCells: Cells;
  readonly years: readonly number[];
  readonly fromIndex: number;
  readonly toIndex: number;
  /** hasRelativeChange of the indicator. */
  readonly withRelative: boolean;
}

export function buildChange(input: ChangeInput): ChangeModel {
  const { indicatorId, levelIndex, level, cells, cityCells, years, fromIndex, toIndex, withRelative } = input;
  const areaCount = level.areaIds.length;
  const values = new Float64Array(areaCount).fill(Number.NaN);
  const status = new Uint8Array(areaCount);
  const areas = level.areaIds.map((areaId, areaIndex): AreaChange => {
    const from = cellAt(cells, fromIndex * areaCount + areaIndex);
    const to = cellAt(cells, toIndex * areaCount + areaIndex);
    const change = changeOf(from, to, withRelative);
    status[areaIndex] = statusCode(change.status);
    if (change.absolute !== null) values[areaIndex] = change.absolute;
    return { areaIndex, areaId, name: level.names[areaIndex] ?? areaId, from, to, ...change };
  });
  const cityFrom = cellAt(cityCells, fromIndex);
  const cityTo = cellAt(cityCells, toIndex);
  return {
    indicatorId,
    levelIndex,
    fromYear: years[fromIndex] ?? 0,
    toYear: years[toIndex] ?? 0,
    areas,
    city: { from: cityFrom, to: cityTo, ...changeOf(cityFrom, cityTo, withRelative) },
    cells: { values, status },
    withRelative,
  };
}

export type ChangeSort = 'absolute' | 'relative' | 'name';

/** The areas for the list: largest change first (missing last, ties by id), or by name. */
export function sortChanges(areas: readonly AreaChange[], by: ChangeSort, locale: string): AreaChange[] {
  const collator = new Intl.Collator(locale === 'de' ? 'de-DE' : 'en-GB', { numeric: true });
  return [...areas].sort((a, b) => {
    if (by !== 'name') {
      const valueA = a[by];
      const valueB = b[by];
      if (valueA === null || valueB === null) {
        if (valueA !== valueB) return valueA === null ? 1 : -1;
      } else if (valueA !== valueB) return valueB - valueA;
    } else {
      const order = collator.compare(a.name, b.name);
      if (order !== 0) return order;
    }
    return a.areaId < b.areaId ? -1 : a.areaId > b.areaId ? 1 : 0;
  });
}
