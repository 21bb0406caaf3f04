/**
 * What the indicator table shows, as plain data: built from the engine's indicator table model,
 * labelled in the chosen language and sorted. Pure, so it is unit-tested without a browser.
 */
import { FLAGGED, UNDECIDED } from '../../engine/handlungsbedarf';
import { hasValue, statusOf, type CellStatus, type Cells, type DerivedDataset } from '../../engine/types';
import { fixedClassOf, fixedClassesOf, type FixedClasses } from '../../engine/fixed-classes';
import { localize, type Locale } from '../../i18n/locale';
import type { SortDirection } from '../../state/store';
import { foldForSearch } from '../panels/catalogue-model';

export interface TableCellView {
  readonly value: number | null;
  readonly status: CellStatus;
  /** For fixed classes (index classes, matrix cells): the class label. */
  readonly label?: string;
}

export interface TableColumnView {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly description: string;
  readonly decimals: number;
  /** A matrix: its values are categories, shown by label. */
  readonly isCategory: boolean;
}

export interface TableRowView {
  readonly areaId: string;
  readonly name: string;
  readonly parentName: string;
  /** Id of the parent area ('' when there is none). */
  readonly parentId: string;
  readonly cells: readonly TableCellView[];
  /** Handlungsbedarf flag of the shown year (FLAGGED 1, NOT_FLAGGED 0, UNDECIDED −1); null without rules. */
  readonly flag: number | null;
}

export interface TableView {
  readonly levelLabel: string;
  readonly year: number;
  readonly hasParent: boolean;
  readonly columns: readonly TableColumnView[];
  readonly rows: readonly TableRowView[];
  readonly cityLabel: string;
  readonly city: readonly TableCellView[];
  /** Rules behind the missing values, for the notes under the table. */
  readonly minCount: number;
  readonly minPopulation: number;
  readonly hasPartial: boolean;
}

export interface TableViewOptions {
  readonly levelIndex: number;
  readonly year: number;
  readonly locale: Locale;
  readonly sort: { readonly column: string; readonly direction: SortDirection };
  /** Per area of the level: the shown year's Handlungsbedarf flag; null when the dataset has no rules. */
  readonly flags?: Int8Array | null;
}

/** Sort key of a flag: flagged first, then undecided, then not flagged (sort column `flag`). */
function flagRank(flag: number | null): number {
  return flag === 1 ? 0 : flag === -1 ? 1 : 2;
}

/** Builds the sorted table view; missing values always sort last, whatever the direction. */
export function buildTableView(derived: DerivedDataset, options: TableViewOptions): TableView {
  const { data } = derived;
  const { levelIndex, locale, sort } = options;
  const level = data.levels[levelIndex]!;
  const parentLevel = data.levels[levelIndex + 1];
  const yearIndex = Math.max(0, data.years.indexOf(options.year));
  const areaCount = level.areaIds.length;
  const indicators = [...derived.indicators.values()];
  const fixedOf = new Map(
    indicators.map(({ spec }) => [spec.id, fixedClassesOf(spec, data.manifest.indicators)] as const),
  );
  const cellAt = (cells: Cells, index: number, fixed: FixedClasses | null = null): TableCellView => {
    const code = cells.status[index]!;
    const value = hasValue(code) ? cells.values[index]! : null;
    const classIndex = fixed && value !== null ? fixedClassOf(value, fixed) : -1;
    return classIndex >= 0
      ? { value, status: statusOf(code), label: localize(fixed!.labels[classIndex], locale) }
      : { value, status: statusOf(code) };
  };
  const columns = indicators.map(({ spec }) => ({
    id: spec.id,
    label: localize(spec.shortLabel ?? spec.label, locale),
    unit: localize(spec.unit, locale),
    description: localize(spec.description, locale),
    decimals: spec.decimals,
    isCategory: spec.type === 'matrix',
  }));
  const rows: TableRowView[] = level.areaIds.map((areaId, area) => {
    const parent = level.parentIndex?.[area] ?? -1;
    return {
      areaId,
      name: level.names[area] ?? areaId,
      parentName: parent >= 0 && parentLevel ? (parentLevel.names[parent] ?? '') : '',
      flag: options.flags ? (options.flags[area] ?? 0) : null,
      parentId: parent >= 0 && parentLevel ? (parentLevel.areaIds[parent] ?? '') : '',
      cells: indicators.map((indicator) =>
        cellAt(
          indicator.levels[levelIndex]!,
          yearIndex * areaCount + area,
          fixedOf.get(indicator.spec.id) ?? null,
        ),
      ),
    };
  });
  const collator = new Intl.Collator(locale === 'de' ? 'de-DE' : 'en-GB', { numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const column = columns.findIndex((candidate) => candidate.id === sort.column);
  rows.sort((a, b) => {
    if (column >= 0) {
      const valueA = a.cells[column]!.value;
      const valueB = b.cells[column]!.value;
      if (valueA === null || valueB === null) {
        if (valueA !== valueB) return valueA === null ? 1 : -1;
      } else if (valueA !== valueB) return sign * (valueA - valueB);
    } else if (sort.column === 'flag') {
      const order = flagRank(a.flag) - flagRank(b.flag);
      if (order !== 0) return sign * order;
    } else if (sort.column === 'parent') {
      const order = collator.compare(a.parentName, b.parentName);
      if (order !== 0) return sign * order;
    } else {
      const order = collator.compare(a.name, b.name);
      if (order !== 0) return sign * order;
    }
    return a.areaId < b.areaId ? -1 : a.areaId > b.areaId ? 1 : 0;
  });
  const city = indicators.map((indicator) => cellAt(indicator.city, yearIndex));
  return {
    levelLabel: localize(level.label, locale),
    year: data.years[yearIndex] ?? options.year,
    hasParent: parentLevel !== undefined,
    columns,
    rows,
    cityLabel:
      localize(data.manifest.city?.label, locale) || (locale === 'de' ? 'Stadt gesamt' : 'City total'),
    city,
    minCount: data.manifest.options.minCount,
    minPopulation: data.manifest.options.minPopulation,
    hasPartial: [...city, ...rows.flatMap((row) => row.cells)].some((cell) => cell.status === 'partial'),
  };
}

/**
 * What the table is filtered by: text in the area's name or id, one parent area (its id), and the
 * Handlungsbedarf flag (`yes` flagged, `open` undecided, `no` not flagged).
 */
export interface TableFilter {
  readonly text: string;
  readonly parentId: string | null;
  readonly flag?: 'yes' | 'open' | 'no' | null;
}

function flagWord(flag: number | null): 'yes' | 'open' | 'no' | null {
  if (flag === null) return null;
  return flag === FLAGGED ? 'yes' : flag === UNDECIDED ? 'open' : 'no';
}

/** Whether the filter leaves rows out at all (text, district or Handlungsbedarf chosen). */
export function filtersRows(filter: TableFilter): boolean {
  return foldForSearch(filter.text) !== '' || filter.parentId !== null || (filter.flag ?? null) !== null;
}

/** The rows that match the filter, in their order; the same array when nothing filters. */
export function filterTableRows(rows: readonly TableRowView[], filter: TableFilter): readonly TableRowView[] {
  if (!filtersRows(filter)) return rows;
  const text = foldForSearch(filter.text);
  const flag = filter.flag ?? null;
  return rows.filter(
    (row) =>
      (filter.parentId === null || row.parentId === filter.parentId) &&
      (flag === null || flagWord(row.flag) === flag) &&
      (text === '' || foldForSearch(row.name).includes(text) || foldForSearch(row.areaId).includes(text)),
  );
}
