/**
 * Missing values carry their reason: the symbols of German official statistics (Zeichenerklärung of
 * Destatis and the Statistische Landesämter), the common "no data" spellings of Excel, R and
 * offices, and the sentinels a table spec declares. A symbol is never read as 0.
 */
import type { MissingReason, TableSpec } from '../manifest/schema';
import { NUMBER_INVALID, parseNumber, scanNumber } from './parse-number';

/**
 * Official symbols, matched on the trimmed text (case-sensitive: `x` and `X` both mean "not
 * meaningful", but `.` is not `,`).
 */
const OFFICIAL = new Map<string, MissingReason>([
  ['.', 'unknown'], // Zahlenwert unbekannt oder geheim zu halten
  ['*', 'anonymised'],
  ['–', 'none'], // en dash: nichts vorhanden
  ['—', 'none'],
  ['-', 'none'],
  ['−', 'none'],
  ['x', 'not-meaningful'], // Tabellenfach gesperrt
  ['X', 'not-meaningful'],
  ['/', 'unreliable'], // Zahlenwert nicht sicher genug
  ['...', 'later'], // Angabe fällt später an
  ['…', 'later'],
]);

/**
 * "No data" spellings, matched case-insensitively after removing spaces: `k.A.`, `k. A.`, `kA`,
 * `n.v.`, `n.a.`, `N/A`, Excel's `#NV` / `#N/A`, R's `NA`, and `NaN`. `NA` is safe here: it is only
 * ever looked up in a numeric cell, never in an id or name column.
 */
const NOT_AVAILABLE = new Set([
  'k.a.',
  'k.a',
  'ka',
  'n.v.',
  'n.v',
  'nv',
  'n.a.',
  'n.a',
  'na',
  'n/a',
  '#nv',
  '#n/a',
  'nan',
]);

/**
 * The reason for a cell that is not a number, or undefined when it is no known symbol (then it is
 * an invalid number). Blank text (only spaces) is `empty`.
 *
 * @example missingReasonOf(' k. A. ') // → 'not-available'
 */
export function missingReasonOf(text: string): MissingReason | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'empty';
  const official = OFFICIAL.get(trimmed);
  if (official !== undefined) return official;
  if (trimmed.length > 6) return undefined;
  return NOT_AVAILABLE.has(trimmed.replace(/\s+/g, '').toLowerCase()) ? 'not-available' : undefined;
}

/** The sentinels declared by a table spec (`missingValues`), ready for lookups per cell. */
export interface MissingSentinels {
  /** Trimmed text → reason. */
  readonly byText: ReadonlyMap<string, MissingReason>;
  /** Parsed number → reason (`-9999` matches `-9999,0` and `-9.999` in a decimal-comma column). */
  readonly byNumber: ReadonlyMap<number, MissingReason>;
}

/**
 * Collect a spec's sentinels. A text sentinel that is a number is also matched on the number; an
 * ambiguous one (`-9.999`) is read with a decimal point there, as a manifest is written in JSON.
 */
export function missingSentinels(
  values: Pick<TableSpec, 'missingValues'>['missingValues'],
): MissingSentinels {
  const byText = new Map<string, MissingReason>();
  const byNumber = new Map<number, MissingReason>();
  const scratch = new Float64Array(1);
  for (const { value, reason } of values ?? []) {
    if (typeof value === 'number') {
      if (!byNumber.has(value)) byNumber.set(value, reason);
      continue;
    }
    const text = value.trim();
    if (!byText.has(text)) byText.set(text, reason);
    if (scanNumber(text, scratch, 0) !== NUMBER_INVALID) {
      const number = parseNumber(text, '.');
      if (!byNumber.has(number)) byNumber.set(number, reason);
    }
  }
  return { byText, byNumber };
}
