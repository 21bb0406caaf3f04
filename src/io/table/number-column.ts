/**
 * One pass over a column's cells: numbers into a Float64Array, missing reasons into a status
 * Uint8Array, and the evidence for the column's decimal separator. Ambiguous cells (`1.234`) keep
 * their thousands reading until {@link finaliseColumn} applies the decision.
 */
import { statusCode } from '../../engine/types';
import { issue, type Issue } from '../issue';
import { missingReasonOf, type MissingSentinels } from '../missing-symbols';
import {
  NUMBER_AMBIGUOUS_COMMA,
  NUMBER_AMBIGUOUS_POINT,
  NUMBER_COMMA,
  NUMBER_INVALID,
  NUMBER_POINT,
  scanNumber,
} from '../parse-number';
import { IssueCap } from './issue-cap';

/** Non-numeric cells reported one by one per column; the rest are counted. */
export const MAX_CELL_ISSUES = 50;
/** Offending text in an issue is cut to this length (a 1 MB cell must not become a 1 MB message). */
export const MAX_VALUE_LENGTH = 80;

const EMPTY = statusCode('empty');
const INVALID = statusCode('invalid-number');

/** A scanned numeric column, before ambiguous cells are settled. */
export interface ScannedColumn {
  /** Header of the source column. */
  readonly name: string;
  readonly values: Float64Array;
  readonly status: Uint8Array;
  /** Cells that are unambiguous and show a decimal comma, or a decimal point. */
  readonly commaCount: number;
  readonly pointCount: number;
  /** Positions of ambiguous cells (`1.234`, `1,234`) and the kind of each. */
  readonly ambiguous: readonly number[];
  readonly ambiguousKinds: readonly number[];
  /** The first ambiguous cell's text, for the issue. */
  readonly example: string;
  /** `non-numeric-cell` warnings, capped. */
  readonly issues: Issue[];
}

/** Where the cells are: rows of fields, the records' row positions and the file lines of rows. */
export interface ColumnSource {
  readonly rows: readonly (readonly string[])[];
  /** Row position of each record (cell k comes from rows[rowOf[k]]). */
  readonly rowOf: Int32Array;
  readonly lines: Int32Array;
  readonly file: string;
  readonly sentinels: MissingSentinels;
}

/** Scan column `column` (a field index) for every record of `source`. */
export function scanColumn(source: ColumnSource, column: number, name: string): ScannedColumn {
  const { rows, rowOf, sentinels } = source;
  const count = rowOf.length;
  const values = new Float64Array(count);
  const status = new Uint8Array(count);
  const ambiguous: number[] = [];
  const ambiguousKinds: number[] = [];
  const cap = new IssueCap(MAX_CELL_ISSUES);
  const byText = sentinels.byText.size > 0 ? sentinels.byText : undefined;
  const byNumber = sentinels.byNumber.size > 0 ? sentinels.byNumber : undefined;
  let commaCount = 0;
  let pointCount = 0;
  let example = '';
  for (let k = 0; k < count; k++) {
    const cell = (rows[rowOf[k] as number] as readonly string[])[column];
    if (cell === undefined || cell.length === 0) {
      values[k] = NaN;
      status[k] = EMPTY;
      continue;
    }
    if (byText !== undefined) {
      const reason = byText.get(cell.trim());
      if (reason !== undefined) {
        values[k] = NaN;
        status[k] = statusCode(reason);
        continue;
      }
    }
    const kind = scanNumber(cell, values, k);
    if (kind === NUMBER_INVALID) {
      const reason = missingReasonOf(cell);
      if (reason !== undefined) status[k] = statusCode(reason);
      else {
        status[k] = INVALID;
        if (cap.isFull) cap.count();
        else cap.add(nonNumeric(source, k, name, cell));
      }
      continue;
    }
    if (kind === NUMBER_COMMA) commaCount++;
    else if (kind === NUMBER_POINT) pointCount++;
    else if (kind === NUMBER_AMBIGUOUS_COMMA || kind === NUMBER_AMBIGUOUS_POINT) {
      if (ambiguous.length === 0) example = clip(cell.trim());
      ambiguous.push(k);
      ambiguousKinds.push(kind);
      continue; // sentinels are matched once the value is settled
    }
    if (byNumber !== undefined) {
      const reason = byNumber.get(values[k] as number);
      if (reason !== undefined) {
        values[k] = NaN;
        status[k] = statusCode(reason);
      }
    }
  }
  return {
    name,
    values,
    status,
    commaCount,
    pointCount,
    ambiguous,
    ambiguousKinds,
    example,
    issues: cap.issues(),
  };
}

/** Settle the ambiguous cells with the column's decimal separator, then match number sentinels. */
export function finaliseColumn(column: ScannedColumn, decimal: ',' | '.', sentinels: MissingSentinels): void {
  const decimalKind = decimal === ',' ? NUMBER_AMBIGUOUS_COMMA : NUMBER_AMBIGUOUS_POINT;
  const { values, status, ambiguous, ambiguousKinds } = column;
  for (let index = 0; index < ambiguous.length; index++) {
    const k = ambiguous[index] as number;
    if (ambiguousKinds[index] === decimalKind) values[k] = (values[k] as number) / 1000;
    const reason = sentinels.byNumber.get(values[k] as number);
    if (reason !== undefined) {
      values[k] = NaN;
      status[k] = statusCode(reason);
    }
  }
}

function nonNumeric(source: ColumnSource, k: number, column: string, cell: string): Issue {
  const line = source.lines[source.rowOf[k] as number];
  return issue(
    'non-numeric-cell',
    'warning',
    { file: source.file, line, column },
    { value: clip(cell.trim()) },
  );
}

/** Cut long text for an issue message. */
export function clip(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}
