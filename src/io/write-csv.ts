/**
 * CSV text as spreadsheets read it. German: UTF-8 with BOM (so Excel detects the encoding), `;` and
 * decimal comma; English: `,` and decimal point. Text cells are protected against formula injection.
 */
import type { Locale } from '../i18n/locale';

export type CsvCell = string | number | null;

export interface CsvStyle {
  readonly delimiter: ';' | ',';
  readonly decimal: ',' | '.';
  readonly bom: boolean;
  readonly newline: '\r\n' | '\n';
}

/** The CSV style a locale implies: what Excel in that locale opens without an import dialog. */
export function csvStyle(locale: Locale): CsvStyle {
  return locale === 'de'
    ? { delimiter: ';', decimal: ',', bom: true, newline: '\r\n' }
    : { delimiter: ',', decimal: '.', bom: false, newline: '\n' };
}

/** Formats a number with fixed decimals and the style's decimal separator, without thousands separators. */
export function formatCsvNumber(value: number, decimals: number, style: CsvStyle): string {
  const text = value.toFixed(decimals);
  // -0.0 reads as a change where there is none.
  const clean = /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  return style.decimal === ',' ? clean.replace('.', ',') : clean;
}

/** Quotes a text cell when needed, and defuses cells a spreadsheet would run as a formula. */
export function escapeCsvText(text: string, style: CsvStyle): string {
  let safe = text;
  if (/^[=+\-@\t\r]/.test(safe)) safe = `'${safe}`;
  if (safe.includes(style.delimiter) || /["\r\n]/.test(safe)) safe = `"${safe.replaceAll('"', '""')}"`;
  return safe;
}

/** Writes rows; numbers must already be formatted as text where decimals matter (see formatCsvNumber). */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  style: CsvStyle,
): string {
  const line = (cells: readonly string[]) => cells.join(style.delimiter);
  const body = [line(header.map((cell) => escapeCsvText(cell, style))), ...rows.map(line)].join(
    style.newline,
  );
  return `${style.bom ? '\uFEFF' : ''}${body}${style.newline}`;
}
