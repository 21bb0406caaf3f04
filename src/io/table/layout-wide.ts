/**
 * Wide tables: one row per area, one column per variable and year, named by a pattern such as
 * `EW_{year}` (`EW_2019`, `EW_2020`, …). Each row gives one record per year found in any pattern;
 * a variable without a column for a year gets status `no-row` there.
 */
import { statusCode } from '../../engine/types';
import type { TableSpec } from '../../manifest/schema';
import { issue } from '../issue';
import { readNumberColumns } from './read-number-columns';
import { parseYear } from './parse-year';
import type { LayoutContext, TableColumns, VariableColumn } from './table-columns';
import { checkVariables, findColumn, readRowKeys } from './table-keys';

const NO_ROW = statusCode('no-row');

/** The header columns that match a `{year}` pattern: year → column index (first match wins). */
export function matchYearColumns(header: readonly string[], pattern: string): Map<number, number> {
  const escaped = pattern
    .trim()
    .split('{year}')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const regex = new RegExp(`^${escaped.join('(.+?)')}$`);
  const found = new Map<number, number>();
  header.forEach((name, index) => {
    const match = regex.exec(name);
    const year = match?.[1] === undefined ? NaN : parseYear(match[1]);
    if (!Number.isNaN(year) && !found.has(year)) found.set(year, index);
  });
  return found;
}

/** Read a wide table; undefined when its columns do not fit the spec (the errors are in context.issues). */
export function readWide(
  context: LayoutContext,
  spec: Extract<TableSpec, { layout: 'wide' }>,
): TableColumns | undefined {
  const variablesKnown = checkVariables(context, Object.keys(spec.columns));
  const idColumn = findColumn(context, spec.idColumn);
  const patterns = Object.entries(spec.columns).map(([variable, pattern]) => {
    const byYear = matchYearColumns(context.csv.header, pattern);
    if (byYear.size === 0) {
      context.issues.push(issue('unknown-column', 'error', { file: context.file }, { column: pattern }));
    }
    return { variable, pattern, byYear };
  });
  if (!variablesKnown || idColumn === undefined || patterns.some(({ byYear }) => byYear.size === 0))
    return undefined;

  const years = [...new Set(patterns.flatMap(({ byYear }) => [...byYear.keys()]))].sort((a, b) => a - b);
  const keys = readRowKeys(context, idColumn, { fixed: 0 });
  // All (variable, year) columns in one row-wise pass, then back to pattern × year.
  const refs = patterns.flatMap(({ byYear }) =>
    years.flatMap((year) => {
      const index = byYear.get(year);
      return index === undefined ? [] : [{ index, name: context.csv.header[index] ?? '' }];
    }),
  );
  const scanned = readNumberColumns(context, keys.rowOf, refs, spec.decimal);
  let next = 0;
  const scannedByPattern = patterns.map(({ byYear }) =>
    years.map((year) => (byYear.has(year) ? scanned[next++] : undefined)),
  );

  const rowCount = keys.areaIds.length * years.length;
  const areaIds: string[] = new Array<string>(rowCount);
  const recordYears = new Int32Array(rowCount);
  const lines = new Int32Array(rowCount);
  keys.areaIds.forEach((id, row) => {
    const line = context.csv.lines[keys.rowOf[row] as number] ?? 0;
    years.forEach((year, yearIndex) => {
      const record = row * years.length + yearIndex;
      areaIds[record] = id;
      recordYears[record] = year;
      lines[record] = line;
    });
  });
  const variables = new Map<string, VariableColumn>();
  patterns.forEach(({ variable, pattern }, patternIndex) => {
    const values = new Float64Array(rowCount).fill(NaN);
    const status = new Uint8Array(rowCount).fill(NO_ROW);
    (scannedByPattern[patternIndex] ?? []).forEach((column, yearIndex) => {
      if (column === undefined) return;
      for (let row = 0; row < keys.areaIds.length; row++) {
        values[row * years.length + yearIndex] = column.values[row] as number;
        status[row * years.length + yearIndex] = column.status[row] as number;
      }
    });
    variables.set(variable, { column: pattern, values, status });
  });
  return { rowCount, areaIds, years: recordYears, lines, variables };
}
