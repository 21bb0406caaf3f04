import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBeside } from '../../../src/cli/read-files';
import { deriveDataset } from '../../../src/engine';
import type { DerivedDataset } from '../../../src/engine/types';
import type { Locale } from '../../../src/i18n/locale';
import { CSV_META_LINES, tableCsvExport } from '../../../src/io/export-csv';
import { levelGeoJsonText, levelToGeoJson } from '../../../src/io/export-geojson';
import { allIndicatorsSubject, exportFileName, exportMeta, fileSlug } from '../../../src/io/export-meta';
import {
  resolveTableRequest,
  tableToCsv,
  tableToJson,
  type ResolvedTable,
} from '../../../src/io/export-table';
import { tableWorkbookModel, tableXlsxExport, XLSX_HEADER_ROW } from '../../../src/io/export-xlsx';
import { loadDataset, type LoadedDataset } from '../../../src/io/load-dataset';

const demoManifest = 'data/demo/manifest.json';
const DATE = '2026-11-25';
let loaded: LoadedDataset;
let derived: DerivedDataset;

beforeAll(async () => {
  const result = await loadDataset(readFileSync(demoManifest, 'utf8'), readBeside(demoManifest));
  if (!result.ok) throw new Error('demo did not load');
  loaded = result.value;
  derived = deriveDataset(loaded.data);
});

function table(level: string, year: number): ResolvedTable {
  const request = resolveTableRequest(derived, { level, year });
  if (!request.ok) throw new Error(request.message);
  return request.table;
}

function meta(level: string, year: number, locale: Locale) {
  const subject = locale === 'de' ? 'Indikatoren je Gebiet' : 'Indicators by area';
  return exportMeta(derived, { levelId: level, year, subject, date: DATE, locale });
}

describe('file names', () => {
  it('say dataset, level, year and subject in ASCII', () => {
    expect(fileSlug('Neustadt an der Aue (fiktiv)')).toBe('neustadt-an-der-aue');
    expect(fileSlug('Größere Übersicht: Süd')).toBe('groessere-uebersicht-sued');
    expect(
      exportFileName(derived, { levelId: 'sozialraum', year: 2024, subject: 'sgb2_quote', extension: 'csv' }),
    ).toBe('neustadt-an-der-aue_sozialraum_2024_sgb2_quote.csv');
    expect(
      exportFileName(derived, {
        levelId: 'stadtbezirk',
        year: 2020,
        subject: allIndicatorsSubject('de'),
        extension: 'xlsx',
      }),
    ).toBe('neustadt-an-der-aue_stadtbezirk_2020_alle-indikatoren.xlsx');
  });
});

describe('CSV export', () => {
  it('is the CLI table under title, source and date (golden file)', async () => {
    const resolved = table('sozialraum', 2024);
    const text = tableCsvExport(resolved, meta('sozialraum', 2024, 'de'));
    expect(
      text.startsWith(
        '\uFEFFTitel;Neustadt an der Aue (fiktiv): Indikatoren je Gebiet, Sozialraum, 2024\r\n',
      ),
    ).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[1]).toMatch(/^Quelle;Fiktiver Datensatz/);
    expect(lines[2]).toBe('Exportiert am;25.11.2026');
    expect(lines[3]).toBe('');
    // Below the metadata block: byte for byte what `quartiersmonitor table` writes.
    expect(lines.slice(CSV_META_LINES).join('\r\n')).toBe(tableToCsv(resolved, 'de').slice(1));
    await expect(text.replace(/\r\n/g, '\n')).toMatchFileSnapshot(
      '../../golden/demo-export-sozialraum-2024.csv',
    );
  });

  it('writes English with commas, decimal points and no BOM', () => {
    const resolved = table('stadtbezirk', 2024);
    const text = tableCsvExport(resolved, meta('stadtbezirk', 2024, 'en'));
    const lines = text.split('\n');
    // The title has a comma, so it is quoted.
    expect(lines[0]).toBe('Title,"Neustadt an der Aue (fictional): Indicators by area, District, 2024"');
    expect(lines[2]).toBe('Exported on,2026-11-25');
    expect(lines[CSV_META_LINES]).toMatch(/^id,name,level,parent_id,parent_name,year,/);
  });
});

describe('GeoJSON export', () => {
  it('carries every area with the CLI table values, title, source and date (golden file)', async () => {
    const resolved = table('stadtbezirk', 2024);
    const collection = levelToGeoJson(resolved, loaded.geometry[1]!, meta('stadtbezirk', 2024, 'de'));
    const text = levelGeoJsonText(collection);
    const parsed = JSON.parse(text) as typeof collection;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(collection)));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.title).toBe('Neustadt an der Aue (fiktiv): Indikatoren je Gebiet, Stadtbezirk, 2024');
    expect(parsed.date).toBe(DATE);
    expect(parsed.features).toHaveLength(10);
    // Values as the CLI's JSON gives them, rounded to the indicator's decimals.
    const cli = JSON.parse(tableToJson(resolved, 'de')) as {
      rows: { id: string; values: Record<string, { value: number | null; class: number | null }> }[];
    };
    for (const row of cli.rows) {
      const feature = parsed.features.find((candidate) => candidate.properties!.id === row.id)!;
      for (const spec of resolved.indicators) {
        const expected = row.values[spec.id]!.value;
        expect(feature.properties![spec.id]).toBe(
          expected === null ? null : Number(expected.toFixed(spec.decimals)) + 0,
        );
        expect(feature.properties![`${spec.id}_class`]).toBe(row.values[spec.id]!.class);
      }
    }
    // WGS84 longitudes and latitudes (the demo lies in Lower Saxony).
    const [lon, lat] = (parsed.features[0]!.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
    expect(lon).toBeGreaterThan(5);
    expect(lon).toBeLessThan(15);
    expect(lat).toBeGreaterThan(47);
    expect(lat).toBeLessThan(56);
    await expect(text).toMatchFileSnapshot('../../golden/demo-export-stadtbezirk-2024.geojson');
  });

  it('keeps the reason of a missing value next to the empty value', () => {
    const resolved = table('sozialraum', 2024);
    const collection = levelToGeoJson(resolved, loaded.geometry[0]!, meta('sozialraum', 2024, 'en'));
    const missing = collection.features.flatMap((feature) =>
      resolved.indicators
        .filter((spec) => feature.properties![spec.id] === null)
        .map((spec) => feature.properties![`${spec.id}_reason`]),
    );
    expect(missing.length).toBeGreaterThan(0);
    for (const reason of missing) expect(reason).toMatch(/\w/);
  });
});

describe('XLSX export', () => {
  it('writes numbers as numbers with the indicator decimals, under title, source and date', async () => {
    const resolved = table('sozialraum', 2024);
    const exportMetaDe = meta('sozialraum', 2024, 'de');
    const bytes = await tableXlsxExport(resolved, exportMetaDe);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Daten', 'Indikatoren']);
    const sheet = workbook.getWorksheet('Daten')!;
    expect(sheet.getCell('A1').value).toBe('Titel');
    expect(sheet.getCell('B1').value).toBe(exportMetaDe.title);
    expect(sheet.getCell('B3').value).toBe('25.11.2026');
    const header = sheet.getRow(XLSX_HEADER_ROW).values as unknown[];
    // Same rows and numbers as the CSV (German decimal comma there, numbers here).
    const csvLines = tableToCsv(resolved, 'de').slice(1).trim().split('\r\n');
    expect(header.slice(1)).toEqual(csvLines[0]!.split(';'));
    const quote = header.indexOf('sgb2_quote');
    expect(sheet.rowCount).toBe(XLSX_HEADER_ROW + resolved.table.rows.length);
    csvLines.slice(1).forEach((line, index) => {
      const csvCells = line.split(';');
      const cell = sheet.getRow(XLSX_HEADER_ROW + 1 + index).getCell(quote);
      const csvValue = csvCells[quote - 1]!;
      if (csvValue === '') expect(cell.value).toBeNull();
      else {
        expect(typeof cell.value).toBe('number');
        expect(cell.value).toBe(Number(csvValue.replace(',', '.')));
        expect(cell.numFmt).toBe('0.0');
      }
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: XLSX_HEADER_ROW });
  });

  it('lists each indicator with label, unit and decimals', () => {
    const resolved = table('stadtbezirk', 2024);
    const [, indicators] = tableWorkbookModel(resolved, meta('stadtbezirk', 2024, 'en'));
    expect(indicators!.name).toBe('Indicators');
    expect(indicators!.rows).toHaveLength(1 + resolved.indicators.length);
    expect(indicators!.rows[1]![0]).toBe(resolved.indicators[0]!.id);
  });

  it("says in words which direction of each indicator is worse, in the reader's language", () => {
    const resolved = table('stadtbezirk', 2024);
    const expected = {
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
    } as const;
    for (const locale of ['de', 'en'] as const) {
      const [, indicators] = tableWorkbookModel(resolved, meta('stadtbezirk', 2024, locale));
      const column = indicators!.rows[0]!.indexOf(locale === 'de' ? 'Polarität' : 'polarity');
      resolved.indicators.forEach((spec, index) => {
        expect(indicators!.rows[index + 1]![column]).toBe(expected[locale][spec.polarity]);
      });
    }
    // The demo has indicators of more than one polarity, so the test covers more than one text.
    expect(new Set(resolved.indicators.map((spec) => spec.polarity)).size).toBeGreaterThan(1);
  });
});
