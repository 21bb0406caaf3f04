/**
 * The indicator table: one plain row per area and year with value, state, class and the parent and
 * city reference values of each chosen indicator. The CLI's `table` command and the app's table
 * both render this one model.
 */
import type { ClassifySpec } from './classify-cells';
import { classifyCells } from './classify-cells';
import { defaultClassification } from './default-classification';
import { exclusionCauses } from './exclusion-cause';
import { classifyFixed, fixedClassesOf } from './fixed-classes';
import type { LocalizedText } from '../manifest/schema';
import { hasValue, statusOf, type CellStatus, type Cells, type DerivedDataset } from './types';

/** What to tabulate. */
export interface IndicatorTableOptions {
  /** Index into DatasetData.levels. */
  readonly level: number;
  /** Years (values, not indices) or every year of the dataset. */
  readonly years: readonly number[] | 'all';
  /** Indicator ids, in column order. */
  readonly indicators: readonly string[];
  /** Overrides each indicator's classification (default: its own, else quantile 5 per year). */
  readonly classification?: Partial<ClassifySpec>;
}

/** One indicator in one row. */
export interface IndicatorTableCell {
  /**
   * null when the status is a missing reason. A matrix (Gesamtindex) gives its cell counted from 1,
   * as its class: the engine's cell numbers start at 0, which read as off by one beside the class.
   */
  readonly value: number | null;
  readonly status: CellStatus;
  /** 1-based class, null without a value. */
  readonly class: number | null;
  /** The class's label for fixed classes (index classes, matrix cells), else null. */
  readonly classLabel: LocalizedText | null;
  /** Why the data marks the area as excluded (manifest `exclusion`), when the cell is excluded for it. */
  readonly excludedBecause: LocalizedText | null;
  /** The minimum population (options.minPopulation) the area falls short of, when the cell is excluded for it. */
  readonly excludedBelowPopulation: number | null;
  /** The same indicator for the parent area (null at the coarsest level or without parent/value). */
  readonly parentValue: number | null;
  readonly cityValue: number | null;
}

/** One area in one year. */
export interface IndicatorTableRow {
  readonly areaId: string;
  readonly name: string;
  readonly levelId: string;
  readonly parentId: string | null;
  readonly parentName: string | null;
  readonly year: number;
  /** Indicator id → cell, for every requested indicator. */
  readonly cells: Readonly<Record<string, IndicatorTableCell>>;
}

/** Rows (area by area in level order, years ascending within an area) and the breaks used. */
export interface IndicatorTable {
  readonly rows: readonly IndicatorTableRow[];
  readonly years: readonly number[];
  /** Indicator id → class upper bounds per listed year (same order as `years`). */
  readonly breaks: Readonly<Record<string, readonly (readonly number[])[]>>;
}

/**
 * Builds the indicator table for one level. Throws for an unknown level, year or indicator: callers
 * (CLI, app) check user input first and report it as an issue.
 *
 * @example
 * buildIndicatorTable(derived, { level: 0, years: [2020], indicators: ['quote'] }).rows[0]?.cells.quote;
 * // { value: 6, status: 'ok', class: 1, parentValue: 7, cityValue: 3.25 }
 */
export function buildIndicatorTable(derived: DerivedDataset, options: IndicatorTableOptions): IndicatorTable {
  const { data } = derived;
  const level = data.levels[options.level];
  if (level === undefined) throw new Error(`unknown level index: ${options.level}`);
  const parentLevel = data.levels[options.level + 1];
  const years = options.years === 'all' ? [...data.years] : [...options.years];
  const yearIndices = years.map((year) => {
    const index = data.years.indexOf(year);
    if (index < 0) throw new Error(`unknown year: ${year}`);
    return index;
  });
  const areaCount = level.areaIds.length;
  const parentCount = parentLevel?.areaIds.length ?? 0;
  const columns = options.indicators.map((id) => {
    const indicator = derived.indicators.get(id);
    if (indicator === undefined) throw new Error(`unknown indicator: ${id}`);
    const cells = indicator.levels[options.level] as Cells;
    const fixed = fixedClassesOf(indicator.spec, data.manifest.indicators);
    const classified = fixed
      ? classifyFixed(cells, areaCount, yearIndices, fixed)
      : classifyCells(
          cells,
          areaCount,
          yearIndices,
          defaultClassification(indicator.spec, options.classification),
        );
    return {
      id,
      cells,
      shift: indicator.spec.type === 'matrix' ? 1 : 0,
      parent: indicator.levels[options.level + 1] ?? null,
      city: indicator.city,
      classified,
      labels: fixed?.labels ?? null,
    };
  });
  const causeOf = exclusionCauses(data);
  const valueOf = (cells: Cells, cell: number, shift: number): number | null =>
    hasValue(cells.status[cell] as number) ? (cells.values[cell] as number) + shift : null;
  const rows: IndicatorTableRow[] = [];
  for (let area = 0; area < areaCount; area++) {
    const parent = level.parentIndex?.[area] ?? -1;
    const hasParent = parentLevel !== undefined && parent >= 0;
    yearIndices.forEach((year, listed) => {
      const cell = year * areaCount + area;
      const cells: Record<string, IndicatorTableCell> = {};
      for (const column of columns) {
        const classIndex = column.classified.classes[listed * areaCount + area] as number;
        const status = statusOf(column.cells.status[cell] as number);
        const cause = status === 'excluded' ? causeOf(options.level, year, area) : null;
        cells[column.id] = {
          value: valueOf(column.cells, cell, column.shift),
          status,
          class: classIndex >= 0 ? classIndex + 1 : null,
          classLabel: classIndex >= 0 && column.labels ? (column.labels[classIndex] ?? null) : null,
          excludedBecause: cause?.kind === 'marked' ? cause.reason : null,
          excludedBelowPopulation: cause?.kind === 'population' ? cause.minimum : null,
          parentValue:
            hasParent && column.parent
              ? valueOf(column.parent, year * parentCount + parent, column.shift)
              : null,
          cityValue: valueOf(column.city, year, column.shift),
        };
      }
      rows.push({
        areaId: level.areaIds[area] as string,
        name: level.names[area] ?? (level.areaIds[area] as string),
        levelId: level.id,
        parentId: hasParent ? ((parentLevel.areaIds[parent] as string | undefined) ?? null) : null,
        parentName: hasParent ? (parentLevel.names[parent] ?? null) : null,
        year: data.years[year] as number,
        cells,
      });
    });
  }
  const breaks: Record<string, readonly (readonly number[])[]> = {};
  for (const column of columns) breaks[column.id] = column.classified.breaks;
  return { rows, years, breaks };
}
