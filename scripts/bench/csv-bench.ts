/**
 * CSV benchmark: our whole table path (decode, parse, German numbers, missing symbols, typed columns)
 * against bare papaparse (decode + Papa.parse with header rows) on the same 50 MB German CSV.
 */
import Papa from 'papaparse';
import { seededRandom } from '../../src/engine/synthetic';
import type { TableSpec } from '../../src/manifest/schema';
import { readTable } from '../../src/io/read-table';
import { compare, ms } from './measure';

const columns = [
  'Sozialraum',
  'Jahr',
  'Einwohner',
  'Einwohner unter 15',
  'Arbeitslose',
  'SGB-II-Quote',
  'Kinderarmut',
  'Alleinerziehende',
  'Fläche km²',
  'Dichte',
  'Bemerkung',
];

/** A German Excel-style CSV: `;`, decimal commas, CRLF, BOM, umlauts, quoted fields, missing symbols. */
export function makeGermanCsv(rows: number, seed = 7): Uint8Array {
  const random = seededRandom(seed);
  const decimal = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');
  const lines = [columns.join(';')];
  for (let row = 0; row < rows; row++) {
    const area = String(1 + (row % 50_000)).padStart(8, '0');
    const year = 2000 + Math.floor(row / 50_000);
    const symbol = row % 101 === 0 ? '.' : row % 97 === 0 ? '*' : null;
    lines.push(
      [
        area,
        year,
        Math.floor(300 + random() * 15_000),
        Math.floor(random() * 2_000),
        symbol ?? Math.floor(random() * 900),
        decimal(random() * 35, 1),
        decimal(random() * 55, 1),
        decimal(random() * 40, 2),
        decimal(random() * 12, 3),
        decimal(random() * 20_000, 1),
        row % 17 === 0 ? `"Hinweis; ""geschätzt"" für Straße ${row}"` : 'Größenänderung',
      ].join(';'),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

const variableColumns: Record<string, string> = {
  einwohner: 'Einwohner',
  einwohner_u15: 'Einwohner unter 15',
  arbeitslose: 'Arbeitslose',
  sgb2_quote: 'SGB-II-Quote',
  kinderarmut: 'Kinderarmut',
  alleinerziehende: 'Alleinerziehende',
  flaeche: 'Fläche km²',
  dichte: 'Dichte',
};

const spec: TableSpec = {
  id: 'bench',
  layout: 'long',
  file: 'bench.csv',
  idColumn: 'Sozialraum',
  yearColumn: 'Jahr',
  columns: variableColumns,
};

export interface CsvResult {
  readonly bytes: number;
  readonly rows: number;
  readonly oursMs: number;
  readonly papaMs: number;
  readonly ratio: number;
}

/** Runs both paths on the same bytes, interleaved. */
export function benchCsv(rows: number, runs: number): CsvResult {
  const bytes = makeGermanCsv(rows);
  const variables = new Set(Object.keys(variableColumns));
  let ourRows = 0;
  let papaRows = 0;
  const { candidate, baseline } = compare(
    () => {
      const result = readTable(bytes, spec, { file: 'bench.csv', variables, normaliseId: (id) => id });
      ourRows = result.ok ? result.value.rowCount : -1;
    },
    () => {
      const text = new TextDecoder().decode(bytes);
      papaRows = Papa.parse(text, { header: true, skipEmptyLines: true }).data.length;
    },
    runs,
  );
  if (ourRows !== rows || papaRows !== rows)
    throw new Error(`row counts differ: ours ${ourRows}, papaparse ${papaRows}, expected ${rows}`);
  const result = {
    bytes: bytes.length,
    rows,
    oursMs: candidate.median,
    papaMs: baseline.median,
    ratio: candidate.median / baseline.median,
  };
  console.log(
    `csv     ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, ${rows} rows × ${columns.length} columns   ours ${ms(result.oursMs)}  ` +
      `papaparse ${ms(result.papaMs)}  ratio ${result.ratio.toFixed(2)}× (budget 1.5×)`,
  );
  return result;
}
