/**
 * The number columns of a table in any layout: one row-wise scan of the records' rows, then the
 * decimal decision for the ambiguous values. Cell and decision issues go to the layout's context.
 */
import { decideDecimals } from './decide-decimal';
import { scanColumns, type ColumnRef, type ScannedColumn } from './number-column';
import type { LayoutContext } from './table-columns';

/** Scans `columns` for every record (row positions in `rowOf`) and decides their decimal separator. */
export function readNumberColumns(
  context: LayoutContext,
  rowOf: Int32Array,
  columns: readonly ColumnRef[],
  decimal: ',' | '.' | undefined,
): ScannedColumn[] {
  const { csv, file, sentinels } = context;
  const scanned = scanColumns(
    { rows: csv.rows, lines: csv.lines, malformedLines: csv.malformedLines, rowOf, file, sentinels },
    columns,
  );
  context.issues.push(...scanned.flatMap((column) => column.issues));
  context.issues.push(...decideDecimals(scanned, { file, decimal, delimiter: csv.delimiter, sentinels }));
  return scanned;
}
