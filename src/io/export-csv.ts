/**
 * The table as the app exports it: the CLI's CSV (same columns, same numbers) under a short block of
 * metadata lines (title, source, date) and one empty line.
 *
 * Why lines above the header: a CSV has no other place for a title, and a planner who opens the
 * file in Excel or LibreOffice sees what it is and where it comes from. The block always has four
 * lines (three label;value lines and one empty line), so a script skips it with a fixed count
 * (pandas `skiprows=4`, LibreOffice's import dialog "Ab Zeile 5"); the CLI's `table` command writes
 * the bare table for scripts that want none.
 */
import type { Locale } from '../i18n/locale';
import { formatDay, metaLabels, type ExportMeta } from './export-meta';
import { tableToCsv, type ResolvedTable } from './export-table';
import { csvStyle, escapeCsvText } from './write-csv';

/** Lines before the table's header row (metadata and the empty line). */
export const CSV_META_LINES = 4;

/** The metadata block: title, source and export date, one `label;value` line each, then an empty line. */
export function csvMetaBlock(meta: ExportMeta, locale: Locale): string {
  const style = csvStyle(locale);
  const labels = metaLabels(locale);
  const line = (label: string, value: string) =>
    `${escapeCsvText(label, style)}${style.delimiter}${escapeCsvText(value, style)}`;
  return [
    line(labels.title, meta.title),
    line(labels.source, meta.source),
    line(labels.date, formatDay(meta.date, locale)),
    '',
    '',
  ].join(style.newline);
}

/** The CSV export: BOM (German), metadata block, then exactly the CLI's table. */
export function tableCsvExport(resolved: ResolvedTable, meta: ExportMeta): string {
  const { locale } = meta;
  const table = tableToCsv(resolved, locale);
  const body = table.startsWith('\uFEFF') ? table.slice(1) : table;
  return `${csvStyle(locale).bom ? '\uFEFF' : ''}${csvMetaBlock(meta, locale)}${body}`;
}
