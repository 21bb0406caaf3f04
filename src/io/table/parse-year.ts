/**
 * Years as tables write them: `2020`, `2020.0` / `2020,0` (Excel number format), `31.12.2020`
 * (Stichtag), `2020-12-31` (ISO date) and `202012` (YYYYMM, as the Bundesagentur für Arbeit writes
 * reporting months). Only 1800–2200 counts as a year.
 */

/** First and last year accepted. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

const PATTERNS: readonly RegExp[] = [
  /^(\d{4})(?:[.,]0+)?$/, // 2020, 2020.0, 2020,00
  /^\d{1,2}\.\d{1,2}\.(\d{4})$/, // 31.12.2020
  /^(\d{4})-\d{2}-\d{2}$/, // 2020-12-31
  /^(\d{4})(?:0[1-9]|1[0-2])$/, // 202012
];

/**
 * The year in a cell, or NaN when it holds none.
 *
 * @example parseYear('31.12.2020') // → 2020
 */
export function parseYear(text: string): number {
  const trimmed = text.trim();
  if (trimmed.length > 10) return NaN;
  for (const pattern of PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match === null) continue;
    const year = Number(match[1]);
    return year >= MIN_YEAR && year <= MAX_YEAR ? year : NaN;
  }
  return NaN;
}
