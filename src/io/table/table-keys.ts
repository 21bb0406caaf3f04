/**
 * The parts of reading a table that all layouts share: finding columns by header name, checking
 * variable ids against the manifest, and reading the area id and year of each row.
 */
import { issue } from '../issue';
import { IssueCap } from './issue-cap';
import { clip } from './number-column';
import { parseYear } from './parse-year';
import type { LayoutContext } from './table-columns';

/** Year and id problems reported one by one per table; the rest are counted. */
const MAX_KEY_ISSUES = 50;

/** The column index of a header name, or undefined after an `unknown-column` error. */
export function findColumn(context: LayoutContext, name: string): number | undefined {
  const index = context.csv.columnIndex.get(name.trim());
  if (index === undefined)
    context.issues.push(issue('unknown-column', 'error', { file: context.file }, { column: name }));
  return index;
}

/** False (after `unknown-reference` errors) when some ids are not variables of the manifest. */
export function checkVariables(context: LayoutContext, ids: Iterable<string>): boolean {
  let known = true;
  for (const ref of ids) {
    if (context.variables.has(ref)) continue;
    context.issues.push(
      issue('unknown-reference', 'error', { file: context.file }, { kind: 'variable', ref }),
    );
    known = false;
  }
  return known;
}

/** The rows that have an id (and a year, where the year comes from a column). */
export interface RowKeys {
  /** Row position of each kept row. */
  readonly rowOf: Int32Array;
  /** Normalised id per kept row. */
  readonly areaIds: string[];
  /** Year per kept row (the fixed year, or 0 when the layout has no year per row). */
  readonly years: Int32Array;
}

/**
 * Read id and year of every row. Rows without an id (`missing-id`) or with no valid year
 * (`invalid-year`) are skipped with a warning; `accept` may skip further rows silently.
 */
export function readRowKeys(
  context: LayoutContext,
  idColumn: number,
  year: { readonly column: number } | { readonly fixed: number },
  accept?: (row: readonly string[]) => boolean,
): RowKeys {
  const { rows, lines, header } = context.csv;
  const rowOf = new Int32Array(rows.length);
  const years = new Int32Array(rows.length);
  const areaIds: string[] = [];
  const yearCache = new Map<string, number>();
  const idIssues = new IssueCap(MAX_KEY_ISSUES, context.csv.malformedLines);
  const yearIssues = new IssueCap(MAX_KEY_ISSUES, context.csv.malformedLines);
  const yearName = 'column' in year ? (header[year.column] ?? '') : '';
  const idName = header[idColumn] ?? '';
  for (let position = 0; position < rows.length; position++) {
    const row = rows[position] as readonly string[];
    if (accept !== undefined && !accept(row)) continue;
    const rawId = (row[idColumn] ?? '').trim();
    if (rawId === '') {
      idIssues.add(
        issue(
          'missing-id',
          'warning',
          { file: context.file, line: lines[position], column: idName },
          {
            property: idName,
          },
        ),
      );
      continue;
    }
    let value: number;
    if ('column' in year) {
      const text = row[year.column] ?? '';
      value = yearCache.get(text) ?? parseYear(text);
      if (Number.isNaN(value)) {
        yearIssues.add(
          issue(
            'invalid-year',
            'warning',
            { file: context.file, line: lines[position], column: yearName },
            {
              value: clip(text.trim()),
            },
          ),
        );
        continue;
      }
      if (yearCache.size < 10000) yearCache.set(text, value);
    } else value = year.fixed;
    rowOf[areaIds.length] = position;
    years[areaIds.length] = value;
    areaIds.push(context.normaliseId(rawId));
  }
  context.issues.push(...idIssues.issues(), ...yearIssues.issues());
  return { rowOf: rowOf.slice(0, areaIds.length), areaIds, years: years.slice(0, areaIds.length) };
}
