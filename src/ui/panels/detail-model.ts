/**
 * What the detail panel shows for one area, as plain data: its value or missing reason, its rank among
 * the areas of its level, the parent district and city values with the differences, and its series
 * over all years. Pure, so it is unit-tested without a browser; formatting happens in the component.
 */
import { hasValue, statusOf, type CellStatus, type Cells, type DerivedDataset } from '../../engine/types';
import { localize, type Locale } from '../../i18n/locale';
import type { IndicatorSpec } from '../../manifest/schema';
import { seriesOf, type TrendPoint } from './trend-model';

/** A value, or null with the reason it is missing. */
export interface CellView {
  readonly value: number | null;
  readonly status: CellStatus;
}

/**
 * Rank among the areas of a level in one year. 1 = the highest value; equal values share a rank
 * (competition ranking "1, 2, 2, 4"); only areas with a value count.
 */
export interface RankInfo {
  readonly rank: number;
  /** Areas with a value. */
  readonly of: number;
  /** Other areas with exactly the same value. */
  readonly tiedWith: number;
}

/** A reference value (parent district or city) and the area's difference to it. */
export interface ReferenceView {
  readonly name: string;
  /** The reference's level ("Stadtbezirk"); empty for the city. */
  readonly levelLabel: string;
  readonly cell: CellView;
  /** Area value − reference value, in the indicator's unit (percentage points for %); null if either is missing. */
  readonly difference: number | null;
}

/** The detail panel's content for a selected area. */
export interface DetailView {
  readonly areaId: string;
  readonly areaIndex: number;
  readonly name: string;
  readonly levelLabel: string;
  readonly year: number;
  readonly indicatorLabel: string;
  readonly unit: string;
  readonly decimals: number;
  /** Changes and trends are read with their sign ("+1,2"). */
  readonly signed: boolean;
  readonly cell: CellView;
  readonly rank: RankInfo | null;
  readonly parent: ReferenceView | null;
  readonly city: ReferenceView;
  readonly trend: readonly TrendPoint[];
  readonly cityTrend: readonly TrendPoint[];
}

/** The city overview shown while no area is selected. */
export interface CityOverview {
  readonly name: string;
  readonly levelLabel: string;
  readonly year: number;
  readonly indicatorLabel: string;
  readonly unit: string;
  readonly decimals: number;
  readonly signed: boolean;
  readonly cell: CellView;
  readonly areaCount: number;
  readonly areasWithValue: number;
  readonly lowest: AreaValue | null;
  readonly highest: AreaValue | null;
  readonly cityTrend: readonly TrendPoint[];
}

export interface AreaValue {
  readonly areaId: string;
  readonly name: string;
  readonly value: number;
}

/** One area of the comparison set. */
export interface ComparisonRow {
  readonly areaId: string;
  readonly name: string;
  readonly cell: CellView;
  readonly rank: RankInfo | null;
}

/** Where in the derived data to look. */
export interface DetailQuery {
  readonly levelIndex: number;
  readonly yearIndex: number;
  readonly indicatorId: string;
  readonly locale: Locale;
  /** City label when the manifest has none ("Stadt gesamt"). */
  readonly cityFallbackLabel: string;
}

/** The cell of one area in one year of year-major cells. */
export function cellAt(cells: Cells, index: number): CellView {
  const code = cells.status[index] ?? 0;
  const value = cells.values[index] ?? Number.NaN;
  if (hasValue(code) && Number.isFinite(value)) return { value, status: statusOf(code) };
  return { value: null, status: hasValue(code) ? 'invalid-number' : statusOf(code) };
}

/** The rank of one area among `areaCount` areas of a year (see RankInfo); null when it has no value. */
export function rankOf(
  cells: Cells,
  yearIndex: number,
  areaCount: number,
  areaIndex: number,
): RankInfo | null {
  const offset = yearIndex * areaCount;
  const own = cellAt(cells, offset + areaIndex).value;
  if (own === null) return null;
  let higher = 0;
  let equal = 0;
  let of = 0;
  for (let area = 0; area < areaCount; area++) {
    const value = cellAt(cells, offset + area).value;
    if (value === null) continue;
    of++;
    if (value > own) higher++;
    else if (value === own && area !== areaIndex) equal++;
  }
  return { rank: higher + 1, of, tiedWith: equal };
}

/** Area − reference, or null when either is missing. */
export function differenceTo(value: number | null, reference: number | null): number | null {
  return value === null || reference === null ? null : value - reference;
}

/**
 * The unit of a difference: the difference of two percentages is in percentage points; any other unit
 * (counts, per mille, z-scores, points) stays as it is.
 */
export function differenceUnit(unit: string, percentagePoints: string): string {
  return unit.trim() === '%' ? percentagePoints : unit;
}

/** Whether values of this indicator type are changes, read with their sign. */
export function isSigned(type: IndicatorSpec['type']): boolean {
  return type === 'change' || type === 'trend';
}

function cityName(derived: DerivedDataset, query: DetailQuery): string {
  return localize(derived.data.manifest.city?.label, query.locale) || query.cityFallbackLabel;
}

/** The detail view of one area at the chosen level, or null if the indicator, level or area is unknown. */
export function buildDetail(derived: DerivedDataset, query: DetailQuery, areaId: string): DetailView | null {
  const { data } = derived;
  const indicator = derived.indicators.get(query.indicatorId);
  const level = data.levels[query.levelIndex];
  const cells = indicator?.levels[query.levelIndex];
  if (!indicator || !level || !cells) return null;
  const areaIndex = level.areaIds.indexOf(areaId as (typeof level.areaIds)[number]);
  if (areaIndex < 0) return null;
  const { yearIndex, locale } = query;
  const areaCount = level.areaIds.length;
  const cell = cellAt(cells, yearIndex * areaCount + areaIndex);

  let parent: ReferenceView | null = null;
  const parentLevel = data.levels[query.levelIndex + 1];
  const parentCells = indicator.levels[query.levelIndex + 1];
  const parentIndex = level.parentIndex?.[areaIndex] ?? -1;
  if (parentLevel && parentCells && parentIndex >= 0) {
    const parentCell = cellAt(parentCells, yearIndex * parentLevel.areaIds.length + parentIndex);
    parent = {
      name: parentLevel.names[parentIndex] ?? parentLevel.areaIds[parentIndex] ?? '',
      levelLabel: localize(parentLevel.label, locale),
      cell: parentCell,
      difference: differenceTo(cell.value, parentCell.value),
    };
  }
  const cityCell = cellAt(indicator.city, yearIndex);
  return {
    areaId,
    areaIndex,
    name: level.names[areaIndex] ?? areaId,
    levelLabel: localize(level.label, locale),
    year: data.years[yearIndex] ?? 0,
    indicatorLabel: localize(indicator.spec.label, locale),
    unit: localize(indicator.spec.unit, locale),
    decimals: indicator.spec.decimals,
    signed: isSigned(indicator.spec.type),
    cell,
    rank: rankOf(cells, yearIndex, areaCount, areaIndex),
    parent,
    city: {
      name: cityName(derived, query),
      levelLabel: '',
      cell: cityCell,
      difference: differenceTo(cell.value, cityCell.value),
    },
    trend: seriesOf(cells, data.years, areaCount, areaIndex),
    cityTrend: seriesOf(indicator.city, data.years, 1, 0),
  };
}

/** The city value, the lowest and highest area and the city's series, for the panel's empty state. */
export function buildCityOverview(derived: DerivedDataset, query: DetailQuery): CityOverview | null {
  const { data } = derived;
  const indicator = derived.indicators.get(query.indicatorId);
  const level = data.levels[query.levelIndex];
  const cells = indicator?.levels[query.levelIndex];
  if (!indicator || !level || !cells) return null;
  const areaCount = level.areaIds.length;
  const offset = query.yearIndex * areaCount;
  let lowest: AreaValue | null = null;
  let highest: AreaValue | null = null;
  let areasWithValue = 0;
  // Areas are sorted by id, so "first found wins" breaks ties deterministically.
  for (let area = 0; area < areaCount; area++) {
    const value = cellAt(cells, offset + area).value;
    if (value === null) continue;
    areasWithValue++;
    const entry = () => ({
      areaId: level.areaIds[area]!,
      name: level.names[area] ?? level.areaIds[area]!,
      value,
    });
    if (!lowest || value < lowest.value) lowest = entry();
    if (!highest || value > highest.value) highest = entry();
  }
  return {
    name: cityName(derived, query),
    levelLabel: localize(level.label, query.locale),
    year: data.years[query.yearIndex] ?? 0,
    indicatorLabel: localize(indicator.spec.label, query.locale),
    unit: localize(indicator.spec.unit, query.locale),
    decimals: indicator.spec.decimals,
    signed: isSigned(indicator.spec.type),
    cell: cellAt(indicator.city, query.yearIndex),
    areaCount,
    areasWithValue,
    lowest,
    highest,
    cityTrend: seriesOf(indicator.city, data.years, 1, 0),
  };
}

/** The comparison set's rows, in the order the areas were added; unknown ids are skipped. */
export function buildComparison(
  derived: DerivedDataset,
  query: DetailQuery,
  areaIds: readonly string[],
): ComparisonRow[] {
  const level = derived.data.levels[query.levelIndex];
  const cells = derived.indicators.get(query.indicatorId)?.levels[query.levelIndex];
  if (!level || !cells) return [];
  const areaCount = level.areaIds.length;
  return areaIds.flatMap((areaId) => {
    const areaIndex = level.areaIds.indexOf(areaId as (typeof level.areaIds)[number]);
    if (areaIndex < 0) return [];
    return [
      {
        areaId,
        name: level.names[areaIndex] ?? areaId,
        cell: cellAt(cells, query.yearIndex * areaCount + areaIndex),
        rank: rankOf(cells, query.yearIndex, areaCount, areaIndex),
      },
    ];
  });
}
