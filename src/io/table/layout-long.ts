/**
 * Long tables: one row per area and year (or per area, when the manifest fixes the year), one
 * column per variable. Each row is one record.
 */
import type { TableSpec } from '../../manifest/schema';
import { issue } from '../issue';
import type { ScannedColumn } from './number-column';
import { readNumberColumns } from './read-number-columns';
import type { LayoutContext, TableColumns, VariableColumn } from './table-columns';
import { checkVariables, findColumn, readRowKeys } from './table-keys';

/** Read a long table; undefined when its columns do not fit the spec (the errors are in context.issues). */
export function readLong(
  context: LayoutContext,
  spec: Extract<TableSpec, { layout: 'long' }>,
): TableColumns | undefined {
  const variablesKnown = checkVariables(context, Object.keys(spec.columns));
  const idColumn = findColumn(context, spec.idColumn);
  let year: { column: number } | { fixed: number } | undefined;
  if (spec.yearColumn !== undefined) {
    const column = findColumn(context, spec.yearColumn);
    if (column !== undefined) year = { column };
  } else if (spec.year !== undefined) year = { fixed: spec.year };
  else {
    context.issues.push(
      issue(
        'manifest-schema',
        'error',
        { file: context.file },
        {
          message: `table "${spec.id}": yearColumn or year is required`,
        },
      ),
    );
  }
  const sources = Object.entries(spec.columns).map(([variable, name]) => ({
    variable,
    name,
    index: findColumn(context, name),
  }));
  if (!variablesKnown || idColumn === undefined || year === undefined) return undefined;
  if (sources.some((source) => source.index === undefined)) return undefined;

  const keys = readRowKeys(context, idColumn, year);
  const scanned = readNumberColumns(
    context,
    keys.rowOf,
    sources.map(({ name, index }) => ({ name, index: index as number })),
    spec.decimal,
  );
  const variables = new Map<string, VariableColumn>();
  sources.forEach(({ variable, name }, index) => {
    const column = scanned[index] as ScannedColumn;
    variables.set(variable, { column: name, values: column.values, status: column.status });
  });
  const lines = keys.rowOf.map((position) => context.csv.lines[position] ?? 0);
  return { rowCount: keys.areaIds.length, areaIds: keys.areaIds, years: keys.years, lines, variables };
}
