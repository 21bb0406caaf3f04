/**
 * One pass over a column's cells: numbers into a Float64Array, missing reasons into a status
 * Uint8Array, and the evidence for the column's decimal separator. Ambiguous cells (`1.234`) keep
 * their thousands reading until {@link finaliseColumn} applies the decision.
 */
import { statusCode } from '../../engine/types';
import { issue, type Issue } from '../issue';
import type { MissingReason } from '../../manifest/schema';
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
  /** Lines of rows reported for their number of fields: their cells get no issue of their own. */
  readonly malformedLines?: ReadonlySet<number>;
  readonly file: string;
  readonly sentinels: MissingSentinels;
}

/** A column to scan: its field index and its header name. */
export interface ColumnRef {
  readonly index: number;
  readonly name: string;
}

/**
 * Scan several columns for every record of `source`. Row by row, all columns at once: each row's
 * fields are touched while in cache, which matters at half a million rows.
 */
export function scanColumns(source: ColumnSource, columns: readonly ColumnRef[]): ScannedColumn[] {
  const scanners = columns.map(({ index, name }) => new ColumnScanner(source, index, name));
  const { rows, rowOf } = source;
  for (let k = 0; k < rowOf.length; k++) {
    const row = rows[rowOf[k] as number] as readonly string[];
    for (const scanner of scanners) scanner.scan(row[scanner.index], k);
  }
  return scanners.map((scanner) => scanner.result());
}

/** The state of one column while its cells are scanned. */
class ColumnScanner {
  private readonly values: Float64Array;
  private readonly status: Uint8Array;
  private readonly ambiguous: number[] = [];
  private readonly ambiguousKinds: number[] = [];
  private readonly cap: IssueCap;
  private readonly byText: ReadonlyMap<string, MissingReason> | undefined;
  private readonly byNumber: ReadonlyMap<number, MissingReason> | undefined;
  private commaCount = 0;
  private pointCount = 0;
  private example = '';

  constructor(
    private readonly source: ColumnSource,
    readonly index: number,
    private readonly name: string,
  ) {
    this.cap = new IssueCap(MAX_CELL_ISSUES, source.malformedLines);
    this.values = new Float64Array(source.rowOf.length);
    this.status = new Uint8Array(source.rowOf.length);
    const { byText, byNumber } = source.sentinels;
    this.byText = byText.size > 0 ? byText : undefined;
    this.byNumber = byNumber.size > 0 ? byNumber : undefined;
  }

  scan(cell: string | undefined, k: number): void {
    const { values, status } = this;
    if (cell === undefined || cell.length === 0) {
      values[k] = NaN;
      status[k] = EMPTY;
      return;
    }
    if (this.byText !== undefined) {
      const reason = this.byText.get(cell.trim());
      if (reason !== undefined) {
        values[k] = NaN;
        status[k] = statusCode(reason);
        return;
      }
    }
    const kind = scanNumber(cell, values, k);
    if (kind === NUMBER_INVALID) {
      const reason = missingReasonOf(cell);
      if (reason !== undefined) status[k] = statusCode(reason);
      else {
        status[k] = INVALID;
        if (!this.cap.isFull) this.cap.add(nonNumeric(this.source, k, this.name, cell));
        else if (!this.cap.skips(this.source.lines[this.source.rowOf[k] as number])) this.cap.count();
      }
      return;
    }
    if (kind === NUMBER_COMMA) this.commaCount++;
    else if (kind === NUMBER_POINT) this.pointCount++;
    else if (kind === NUMBER_AMBIGUOUS_COMMA || kind === NUMBER_AMBIGUOUS_POINT) {
      if (this.ambiguous.length === 0) this.example = clip(cell.trim());
      this.ambiguous.push(k);
      this.ambiguousKinds.push(kind);
      return; // sentinels are matched once the value is settled
    }
    if (this.byNumber !== undefined) {
      const reason = this.byNumber.get(values[k] as number);
      if (reason !== undefined) {
        values[k] = NaN;
        status[k] = statusCode(reason);
      }
    }
  }

  result(): ScannedColumn {
    return {
      name: this.name,
      values: this.values,
      status: this.status,
      commaCount: this.commaCount,
      pointCount: this.pointCount,
      ambiguous: this.ambiguous,
      ambiguousKinds: this.ambiguousKinds,
      example: this.example,
      issues: this.cap.issues(),
    };
  }
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
