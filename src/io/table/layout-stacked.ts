/**
 * Stacked tables: one row per area, year and variable (id; year; variable; value), as statistics
 * portals export them. Rows are grouped into records per (area, year) in order of first appearance;
 * a variable without a row for a record gets status `no-row`. Rows naming variables the manifest
 * does not map are other data and skipped silently.
 */
import { statusCode } from '../../engine/types';
import type { TableSpec } from '../../manifest/schema';
import { issue } from '../issue';
import { IssueCap } from './issue-cap';
import type { ScannedColumn } from './number-column';
import { readNumberColumns } from './read-number-columns';
import type { LayoutContext, TableColumns, VariableColumn } from './table-columns';
import { checkVariables, findColumn, readRowKeys } from './table-keys';

const NO_ROW = statusCode('no-row');
const MAX_DUPLICATE_ISSUES = 50;

/** Read a stacked table; undefined when its columns do not fit the spec (the errors are in context.issues). */
export function readStacked(
  context: LayoutContext,
  spec: Extract<TableSpec, { layout: 'stacked' }>,
): TableColumns | undefined {
  const named = spec.variableNames ?? {};
  const variablesKnown = checkVariables(context, Object.keys(named));
  const idColumn = findColumn(context, spec.idColumn);
  const yearColumn = findColumn(context, spec.yearColumn);
  const variableColumn = findColumn(context, spec.variableColumn);
  const valueColumn = findColumn(context, spec.valueColumn);
  if (!variablesKnown || idColumn === undefined || yearColumn === undefined) return undefined;
  if (variableColumn === undefined || valueColumn === undefined) return undefined;

  // Text in the variable column → variable id; named variables first, then ids as they are.
  const variableOf = new Map<string, string>();
  for (const [variable, text] of Object.entries(named)) variableOf.set(text.trim(), variable);
  for (const variable of context.variables) if (!variableOf.has(variable)) variableOf.set(variable, variable);
  const keys = readRowKeys(context, idColumn, { column: yearColumn }, (row) =>
    variableOf.has((row[variableColumn] ?? '').trim()),
  );
  const [scanned] = readNumberColumns(
    context,
    keys.rowOf,
    [{ index: valueColumn, name: spec.valueColumn }],
    spec.decimal,
  ) as [ScannedColumn];

  // Group rows into records; the variables are those named in the spec plus those found.
  const recordOf = new Map<string, number>();
  const areaIds: string[] = [];
  const years: number[] = [];
  const lines: number[] = [];
  const rowRecord = new Int32Array(keys.areaIds.length);
  const rowVariable: string[] = [];
  const variableIds = new Set(Object.keys(named));
  keys.areaIds.forEach((id, row) => {
    const year = keys.years[row] as number;
    const key = `${id}\u0000${year}`;
    let record = recordOf.get(key);
    if (record === undefined) {
      record = areaIds.length;
      recordOf.set(key, record);
      areaIds.push(id);
      years.push(year);
      lines.push(context.csv.lines[keys.rowOf[row] as number] ?? 0);
    }
    rowRecord[row] = record;
    const variable =
      variableOf.get((context.csv.rows[keys.rowOf[row] as number]?.[variableColumn] ?? '').trim()) ?? '';
    rowVariable.push(variable);
    variableIds.add(variable);
  });

  const rowCount = areaIds.length;
  const variables = new Map<string, VariableColumn>();
  for (const variable of variableIds) {
    variables.set(variable, {
      column: spec.valueColumn,
      values: new Float64Array(rowCount).fill(NaN),
      status: new Uint8Array(rowCount).fill(NO_ROW),
    });
  }
  const firstLine = new Map<string, number>();
  const duplicates = new IssueCap(MAX_DUPLICATE_ISSUES, context.csv.malformedLines);
  rowVariable.forEach((variable, row) => {
    const record = rowRecord[row] as number;
    const target = variables.get(variable) as VariableColumn;
    const line = context.csv.lines[keys.rowOf[row] as number] ?? 0;
    const key = `${record}\u0000${variable}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      const where = {
        file: context.file,
        line,
        areaId: areaIds[record],
        year: years[record],
        column: spec.valueColumn,
      };
      duplicates.add(issue('duplicate-row', 'warning', where, { firstLine: first, variable }));
      return;
    }
    firstLine.set(key, line);
    target.values[record] = scanned.values[row] as number;
    target.status[record] = scanned.status[row] as number;
  });
  context.issues.push(...duplicates.issues());
  return { rowCount, areaIds, years: Int32Array.from(years), lines: Int32Array.from(lines), variables };
}
