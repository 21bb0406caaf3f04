/**
 * The decimal separator of a column with ambiguous cells (`1.234`, `1,234`), decided in a fixed
 * order: the manifest, the unambiguous cells of the column, those of the other columns of the file,
 * and last the delimiter (`;` and tab files come from German Excel, so decimal comma; `,` files use a
 * decimal point). Every decision not taken from the manifest is reported: never a silent guess.
 */
import { issue, type Issue } from '../issue';
import type { MissingSentinels } from '../missing-symbols';
import type { Delimiter } from './detect-delimiter';
import { finaliseColumn, type ScannedColumn } from './number-column';

/** How the decimal separator of a column was decided (the `basis` of `ambiguous-number-format`). */
export type DecimalBasis = 'manifest' | 'column' | 'file' | 'delimiter';

/** What the decision needs besides the columns. */
export interface DecimalContext {
  readonly file: string;
  /** Manifest `decimal`, if given. */
  readonly decimal?: ',' | '.';
  readonly delimiter: Delimiter;
  readonly sentinels: MissingSentinels;
}

/**
 * Decide and apply the decimal separator of every scanned column of one file; returns one
 * `ambiguous-number-format` warning per column whose ambiguous cells were read on a guess.
 */
export function decideDecimals(columns: readonly ScannedColumn[], context: DecimalContext): Issue[] {
  const issues: Issue[] = [];
  let fileComma = 0;
  let filePoint = 0;
  for (const column of columns) {
    fileComma += column.commaCount;
    filePoint += column.pointCount;
  }
  for (const column of columns) {
    if (column.ambiguous.length === 0) continue;
    const [decimal, basis] = decide(
      column,
      fileComma - column.commaCount,
      filePoint - column.pointCount,
      context,
    );
    finaliseColumn(column, decimal, context.sentinels);
    if (basis === 'manifest') continue;
    issues.push(
      issue(
        'ambiguous-number-format',
        'warning',
        { file: context.file, column: column.name },
        {
          count: column.ambiguous.length,
          example: column.example,
          assumed: decimal,
          basis,
        },
      ),
    );
  }
  return issues;
}

function decide(
  column: ScannedColumn,
  otherComma: number,
  otherPoint: number,
  context: DecimalContext,
): [',' | '.', DecimalBasis] {
  if (context.decimal !== undefined) return [context.decimal, 'manifest'];
  if (column.commaCount !== column.pointCount)
    return [column.commaCount > column.pointCount ? ',' : '.', 'column'];
  if (otherComma !== otherPoint) return [otherComma > otherPoint ? ',' : '.', 'file'];
  // "|" files are rare; they come from German database exports as often as not, so decimal comma.
  return [context.delimiter === ',' ? '.' : ',', 'delimiter'];
}
