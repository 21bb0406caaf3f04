/**
 * Puts the records of all tables into base-level cells (year-major typed arrays), and reports what does
 * not fit: rows for unknown areas, duplicate rows, areas without data, gaps in the series.
 */
import { statusCode, type AreaId, type Cells } from '../engine/types';
import type { VariableSpec } from '../manifest/schema';
import { issue, type Issue } from './issue';
import type { TableColumns } from './read-table';

/** One table's records with the file they came from. */
export interface TableInput {
  readonly file: string;
  readonly columns: TableColumns;
}

const NO_ROW = statusCode('no-row');
const INVALID = statusCode('invalid-number');
const MAX_PER_KIND = 50;

/** The sorted years that occur in any table. */
export function collectYears(tables: readonly TableInput[]): number[] {
  const years = new Set<number>();
  for (const { columns } of tables) for (const year of columns.years) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/** Fills base-level cells for every variable; unknown and duplicate rows are reported and left out. */
export function buildVariables(
  tables: readonly TableInput[],
  variables: readonly VariableSpec[],
  areaIds: readonly AreaId[],
  years: readonly number[],
): { cells: Map<string, Cells>; hasRow: Uint8Array; issues: Issue[] } {
  const areaCount = areaIds.length;
  const size = areaCount * years.length;
  const areaIndex = new Map<string, number>(areaIds.map((id, index) => [id, index]));
  const yearIndex = new Map(years.map((year, index) => [year, index]));
  const cells = new Map<string, { values: Float64Array; status: Uint8Array }>();
  for (const variable of variables)
    cells.set(variable.id, {
      values: new Float64Array(size).fill(Number.NaN),
      status: new Uint8Array(size).fill(NO_ROW),
    });
  const issues: Issue[] = [];
  const hasRow = new Uint8Array(size);
  const unknownIds = new Map<string, { file: string; line: number; rows: number }>();
  let duplicates = 0;
  for (const { file, columns } of tables) {
    const firstLine = new Int32Array(size);
    for (let record = 0; record < columns.rowCount; record++) {
      const id = columns.areaIds[record]!;
      const area = areaIndex.get(id);
      if (area === undefined) {
        const seen = unknownIds.get(id);
        if (seen) seen.rows++;
        else unknownIds.set(id, { file, line: columns.lines[record]!, rows: 1 });
        continue;
      }
      const year = columns.years[record]!;
      const cell = yearIndex.get(year)! * areaCount + area;
      if (firstLine[cell] !== 0) {
        if (duplicates++ < MAX_PER_KIND)
          issues.push(
            issue(
              'duplicate-row',
              'error',
              { file, line: columns.lines[record]!, areaId: id, year },
              { firstLine: firstLine[cell]! },
            ),
          );
        continue;
      }
      firstLine[cell] = columns.lines[record]!;
      hasRow[cell] = 1;
      for (const [variable, source] of columns.variables) {
        const target = cells.get(variable);
        if (!target) continue;
        target.values[cell] = source.values[record]!;
        target.status[cell] = source.status[record]!;
      }
    }
  }
  for (const [id, seen] of [...unknownIds].slice(0, MAX_PER_KIND))
    issues.push(
      issue(
        'unknown-id',
        'warning',
        { file: seen.file, line: seen.line, areaId: id },
        { id, rows: seen.rows },
      ),
    );
  if (unknownIds.size > MAX_PER_KIND)
    issues.push(
      issue(
        'unknown-id',
        'warning',
        { file: tables[0]?.file },
        { id: `… (+${unknownIds.size - MAX_PER_KIND})`, rows: unknownIds.size - MAX_PER_KIND },
      ),
    );
  return { cells, hasRow, issues };
}

/** Negative counts cannot be used: they are reported and set to 'invalid-number'. */
export function checkCounts(
  cells: Map<string, Cells>,
  variables: readonly VariableSpec[],
  areaIds: readonly AreaId[],
  years: readonly number[],
): Issue[] {
  const issues: Issue[] = [];
  for (const variable of variables) {
    if (variable.kind !== 'count') continue;
    const target = cells.get(variable.id);
    if (!target) continue;
    let reported = 0;
    for (let cell = 0; cell < target.values.length; cell++) {
      if (!(target.values[cell]! < 0)) continue;
      if (reported++ < MAX_PER_KIND)
        issues.push(
          issue(
            'negative-count',
            'warning',
            {
              areaId: areaIds[cell % areaIds.length],
              year: years[Math.floor(cell / areaIds.length)],
              column: variable.id,
            },
            { value: target.values[cell]! },
          ),
        );
      (target.values as Float64Array)[cell] = Number.NaN;
      (target.status as Uint8Array)[cell] = INVALID;
    }
  }
  return issues;
}

/** Gaps: a year missing between the first and last year, and areas without rows for some or all years. */
export function checkCoverage(
  hasRow: Uint8Array,
  areaIds: readonly AreaId[],
  years: readonly number[],
): Issue[] {
  const issues: Issue[] = [];
  const first = years[0];
  const last = years[years.length - 1];
  if (first !== undefined && last !== undefined) {
    const present = new Set(years);
    const missing: number[] = [];
    for (let year = first; year <= last; year++) if (!present.has(year)) missing.push(year);
    if (missing.length > 0) issues.push(issue('series-gap', 'warning', {}, { years: missing.join(', ') }));
  }
  let reported = 0;
  areaIds.forEach((areaId, area) => {
    const missing = years.filter((_, yearIndex) => hasRow[yearIndex * areaIds.length + area] === 0);
    if (missing.length === 0 || reported >= MAX_PER_KIND) return;
    reported++;
    if (missing.length === years.length)
      issues.push(issue('geometry-without-data', 'warning', { areaId }, {}));
    else issues.push(issue('series-gap', 'warning', { areaId }, { years: missing.join(', ') }));
  });
  return issues;
}
