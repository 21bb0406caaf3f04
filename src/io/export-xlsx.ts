/**
 * The table as an Excel workbook: sheet "Daten" with title, source and date above the table (the
 * header row frozen and filterable) and sheet "Indikatoren" with what each indicator means. Numbers
 * are numbers with a number format of the indicator's decimals, so Excel and LibreOffice compute
 * with them; values are rounded to those decimals, as the CLI's CSV prints them.
 *
 * The workbook is written by exceljs, loaded only when a workbook is asked for (it is large).
 */
import type { Workbook } from 'exceljs';
import { localize, type Locale } from '../i18n/locale';
import type { Polarity } from '../manifest/schema';
import { formatDay, metaLabels, type ExportMeta } from './export-meta';
import { tableRecords, type ResolvedTable, type TableRecordCell } from './export-table';

/** Row of the table's header in sheet "Daten" (1-based; rows 1–3 metadata, row 4 empty). */
export const XLSX_HEADER_ROW = 5;

const sheetNames = {
  de: { data: 'Daten', indicators: 'Indikatoren' },
  en: { data: 'Data', indicators: 'Indicators' },
} as const;

const indicatorHeaders = {
  de: ['Kennung', 'Bezeichnung', 'Einheit', 'Nachkommastellen', 'Polarität', 'Beschreibung', 'Quelle'],
  en: ['id', 'label', 'unit', 'decimals', 'polarity', 'description', 'source'],
} as const;

/** What a polarity means, in words a reader of the sheet understands (not the manifest's keyword). */
const polarityText: Readonly<Record<Locale, Readonly<Record<Polarity, string>>>> = {
  de: {
    'higher-is-worse': 'höher ist schlechter',
    'higher-is-better': 'höher ist besser',
    neutral: 'neutral',
  },
  en: {
    'higher-is-worse': 'higher is worse',
    'higher-is-better': 'higher is better',
    neutral: 'neutral',
  },
};

/** A cell of a sheet: text, a number with its Excel number format, or empty. */
export type SheetCell = string | { readonly number: number; readonly format: string } | null;

/** One worksheet as plain rows. */
export interface SheetModel {
  readonly name: string;
  readonly rows: readonly (readonly SheetCell[])[];
  /** 1-based row of the column headers (bold, frozen, auto-filter), or null. */
  readonly headerRow: number | null;
  /** 1-based rows shown bold besides the header (the title). */
  readonly boldRows: readonly number[];
}

/** Excel's number format for fixed decimals: `0`, `0.0`, `0.00` (Excel shows the locale's comma). */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

function sheetCell(cell: TableRecordCell): SheetCell {
  if (cell === null) return null;
  if (cell.kind === 'text') return cell.text;
  // + 0 turns -0 into 0, as the CSV prints it.
  return { number: Number(cell.value.toFixed(cell.decimals)) + 0, format: numberFormat(cell.decimals) };
}

/** The workbook's sheets as plain data (pure, unit-tested without exceljs). */
export function tableWorkbookModel(resolved: ResolvedTable, meta: ExportMeta): readonly SheetModel[] {
  const { locale } = meta;
  const labels = metaLabels(locale);
  const records = tableRecords(resolved, locale);
  const data: SheetModel = {
    name: sheetNames[locale].data,
    rows: [
      [labels.title, meta.title],
      [labels.source, meta.source],
      [labels.date, formatDay(meta.date, locale)],
      [],
      records.columns.map((column) => column.label),
      ...records.rows.map((row) => row.map(sheetCell)),
    ],
    headerRow: XLSX_HEADER_ROW,
    boldRows: [1],
  };
  const indicators: SheetModel = {
    name: sheetNames[locale].indicators,
    rows: [
      [...indicatorHeaders[locale]],
      ...resolved.indicators.map((spec) => [
        spec.id,
        localize(spec.label, locale),
        localize(spec.unit, locale),
        { number: spec.decimals, format: '0' },
        polarityText[locale][spec.polarity],
        localize(spec.description, locale),
        localize(spec.source, locale) || meta.source,
      ]),
    ],
    headerRow: 1,
    boldRows: [],
  };
  return [data, indicators];
}

/** Loads exceljs (CommonJS in Node, a UMD bundle in the browser: either shape). */
async function loadExcelJs(): Promise<{ Workbook: new () => Workbook }> {
  const module = (await import('exceljs')) as unknown as {
    default?: { Workbook: new () => Workbook };
    Workbook?: new () => Workbook;
  };
  const library = module.default ?? (module as { Workbook: new () => Workbook });
  return library;
}

/** Writes sheets as an .xlsx file. */
export async function writeWorkbook(
  sheets: readonly SheetModel[],
  meta: ExportMeta,
): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'Quartiersmonitor';
  workbook.title = meta.title;
  workbook.description = meta.source;
  const [year, month, day] = meta.date.split('-').map(Number) as [number, number, number];
  workbook.created = new Date(Date.UTC(year, month - 1, day));
  workbook.modified = workbook.created;
  for (const model of sheets) {
    const sheet = workbook.addWorksheet(model.name, {
      views: model.headerRow ? [{ state: 'frozen', ySplit: model.headerRow }] : [],
    });
    const widths: number[] = [];
    model.rows.forEach((row, rowIndex) => {
      const excelRow = sheet.getRow(rowIndex + 1);
      row.forEach((cell, columnIndex) => {
        if (cell === null) return;
        const target = excelRow.getCell(columnIndex + 1);
        if (typeof cell === 'string') target.value = cell;
        else {
          target.value = cell.number;
          target.numFmt = cell.format;
        }
        // Long metadata texts (title, source) may overflow into empty cells; they set no width.
        if (rowIndex + 1 >= (model.headerRow ?? 1)) {
          const length = typeof cell === 'string' ? cell.length : String(cell.number).length + 1;
          widths[columnIndex] = Math.max(widths[columnIndex] ?? 8, Math.min(60, length + 2));
        }
      });
      if (rowIndex + 1 === model.headerRow || model.boldRows.includes(rowIndex + 1))
        excelRow.font = { bold: true };
    });
    widths.forEach((width, index) => {
      sheet.getColumn(index + 1).width = width;
    });
    if (model.headerRow) {
      const header = model.rows[model.headerRow - 1] ?? [];
      sheet.autoFilter = {
        from: { row: model.headerRow, column: 1 },
        to: { row: model.headerRow, column: Math.max(1, header.length) },
      };
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The table export as .xlsx bytes. */
export async function tableXlsxExport(
  resolved: ResolvedTable,
  meta: ExportMeta,
): Promise<Uint8Array<ArrayBuffer>> {
  return writeWorkbook(tableWorkbookModel(resolved, meta), meta);
}
