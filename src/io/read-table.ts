/**
 * The CSV path: bytes of a table file (as German offices and Excel write them) to typed columns of
 * (area, year) records, with every input problem as a located Issue. Decoding, parsing, numbers and
 * missing symbols live in their own modules; this file only wires them to the three layouts.
 */
import type { TableSpec } from '../manifest/schema';
import { parseCsv } from './csv-parse';
import { decodeText } from './decode-text';
import { hasErrors, issue, type Issue, type Result } from './issue';
import { missingSentinels } from './missing-symbols';
import { readLong } from './table/layout-long';
import { readStacked } from './table/layout-stacked';
import { readWide } from './table/layout-wide';
import type { LayoutContext, ReadTableOptions, TableColumns } from './table/table-columns';

export type { ReadTableOptions, TableColumns, VariableColumn } from './table/table-columns';

/**
 * Read a table file: decode (UTF-8, else Windows-1252 with a warning), parse, and read the layout
 * the spec names. Fails with `empty-table`, `unknown-column`, `unknown-reference` or an unclosed
 * quote; cell problems are warnings and the cell gets a status. Never throws on any bytes.
 *
 * @example readTable(bytes, spec, { file: 'bevoelkerung.csv', variables, normaliseId: (id) => id })
 */
export function readTable(
  bytes: Uint8Array,
  spec: TableSpec,
  options: ReadTableOptions,
): Result<TableColumns> {
  const decoded = decodeText(bytes, { file: options.file, encoding: spec.encoding });
  return readTableText(decoded.text, spec, options, decoded.issues);
}

/** {@link readTable} on text that is already decoded (tests, pasted data, benchmarks). */
export function readTableText(
  text: string,
  spec: TableSpec,
  options: ReadTableOptions,
  earlierIssues: readonly Issue[] = [],
): Result<TableColumns> {
  const { file } = options;
  const parsed = parseCsv(text, { file, delimiter: spec.delimiter });
  const issues: Issue[] = [...earlierIssues, ...parsed.issues];
  if (!parsed.ok) return { ok: false, issues };
  const csv = parsed.value;
  if (csv.header.length === 0 || csv.rows.length === 0) {
    issues.push(issue('empty-table', 'error', { file }));
    return { ok: false, issues };
  }
  const context: LayoutContext = {
    csv,
    file,
    sentinels: missingSentinels(spec.missingValues),
    variables: options.variables,
    normaliseId: options.normaliseId,
    issues,
  };
  const value =
    spec.layout === 'long'
      ? readLong(context, spec)
      : spec.layout === 'wide'
        ? readWide(context, spec)
        : readStacked(context, spec);
  if (value !== undefined && value.rowCount === 0) issues.push(issue('empty-table', 'error', { file }));
  if (value === undefined || hasErrors(issues)) return { ok: false, issues };
  return { ok: true, value, issues };
}
