/**
 * The CLI as an analyst runs it: validate and table on the demo, on German office files it has not
 * seen (Windows-1252, `;`, decimal comma, thousands dots, official symbols, UTM coordinates), and on
 * bad usage. Calls main() in-process with captured output.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const demo = 'data/demo/manifest.json';

describe('quartiersmonitor validate', () => {
  it('passes the demo with its one expected warning', async () => {
    const result = await run('validate', demo);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Lücke in der Zeitreihe');
    expect(result.out).toContain('0 Fehler, 1 Warnungen');
  });

  it('speaks English on request', async () => {
    const result = await run('validate', demo, '--locale', 'en');
    expect(result.out).toContain('0 errors, 1 warnings');
  });
});

describe('quartiersmonitor table', () => {
  it('writes the Stadtbezirke table as German Excel CSV (golden file)', async () => {
    const result = await run(
      'table',
      demo,
      '--level',
      'stadtbezirk',
      '--year',
      '2024',
      '--indicators',
      'sgb2_quote,kinderarmut,einwohner',
    );
    expect(result.code).toBe(0);
    expect(result.out.startsWith('\uFEFFSchlüssel;Name;Ebene;')).toBe(true);
    await expect(result.out.replace(/\r\n/g, '\n')).toMatchFileSnapshot(
      '../../golden/demo-stadtbezirk-2024.csv',
    );
  });

  it('writes the Handlungsbedarf flag and the thresholds met per Sozialraum (golden file)', async () => {
    const result = await run(
      'table',
      demo,
      '--level',
      'sozialraum',
      '--year',
      '2024',
      '--indicators',
      'sgb2_quote,kinderarmut,arbeitslosenanteil',
    );
    expect(result.code).toBe(0);
    const text = result.out.replace(/\r\n/g, '\n');
    const header = text.split('\n')[0]!.split(';');
    expect(header.slice(-3)).toEqual([
      'handlungsbedarf',
      'handlungsbedarf Schwellen erreicht',
      'handlungsbedarf Schwellen ohne Wert',
    ]);
    // 0404 Zechensiedlung: SGB-II-Quote 29,6 ≥ 1,5 × 10,3 and Kinderarmut 45,9 ≥ 30 (2 of 3 at least)
    const zeche = text
      .split('\n')
      .find((line) => line.startsWith('0404;'))!
      .split(';');
    expect(zeche.at(-3)).toBe('ja');
    // 0401 Auenpark is excluded (under 300 inhabitants): no threshold can be judged, so it stays open
    const auenpark = text
      .split('\n')
      .find((line) => line.startsWith('0401;'))!
      .split(';');
    expect(auenpark.slice(-3)).toEqual(['offen', '0', '3']);
    await expect(text).toMatchFileSnapshot('../../golden/demo-sozialraum-2024-handlungsbedarf.csv');
  });

  it('writes the rule, the flags and the yearly counts of flagged areas and inhabitants as JSON', async () => {
    const result = await run(
      'table',
      demo,
      '--year',
      '2024',
      '--indicators',
      'einwohner',
      '--format',
      'json',
    );
    const json = JSON.parse(result.out);
    expect(json.handlungsbedarf).toHaveLength(1);
    const [rule] = json.handlungsbedarf;
    expect(rule).toMatchObject({ id: 'handlungsbedarf', atLeast: 2, of: 3 });
    expect(rule.members[0]).toMatchObject({
      indicator: 'sgb2_quote',
      type: 'relative',
      value: 1.5,
      direction: 'above',
    });
    // the same 15 Sozialräume and 50,963 inhabitants as the golden CSV's "ja" rows
    expect(rule.years).toEqual([{ year: 2024, flagged: 15, undecided: 2, areas: 99, population: 50963 }]);
    const zeche = json.rows.find((row: { id: string }) => row.id === '0404');
    expect(zeche.handlungsbedarf.handlungsbedarf).toEqual({ flag: true, met: 3, unknown: 0 });
  });

  it('writes all years as English CSV and as JSON with the same numbers', async () => {
    const csv = await run('table', demo, '--year', 'all', '--indicators', 'sgb2_quote', '--locale', 'en');
    const lines = csv.out.trim().split('\n');
    expect(lines[0]).toBe(
      'id,name,level,parent_id,parent_name,year,sgb2_quote,sgb2_quote_reason,sgb2_quote_class,sgb2_quote_parent,sgb2_quote_city,' +
        'handlungsbedarf,handlungsbedarf_thresholds_met,handlungsbedarf_thresholds_unknown',
    );
    expect(lines).toHaveLength(1 + 99 * 10);
    const json = JSON.parse(
      (await run('table', demo, '--year', 'all', '--indicators', 'sgb2_quote', '--format', 'json')).out,
    );
    const row = json.rows.find(
      (candidate: { id: string; year: number }) => candidate.id === '0101' && candidate.year === 2024,
    );
    const csvRow = lines.find((line) => line.startsWith('0101,') && line.includes(',2024,'))!.split(',');
    expect(Number(csvRow[6])).toBeCloseTo(row.values.sgb2_quote.value, 1);
    expect(row.values.sgb2_quote.city).toBeCloseTo(Number(csvRow[10]), 1);
  });

  it('classifies with the requested method and writes 1-based classes', async () => {
    const result = await run(
      'table',
      demo,
      '--indicators',
      'sgb2_quote',
      '--classify',
      'equal-interval:4',
      '--format',
      'json',
    );
    const { rows, indicators } = JSON.parse(result.out);
    expect(indicators[0].breaks[0]).toHaveLength(4);
    const classes = new Set(
      rows.map((row: { values: { sgb2_quote: { class: number | null } } }) => row.values.sgb2_quote.class),
    );
    expect([...classes].filter((value) => value !== null).sort()).toEqual([1, 2, 3, 4]);
  });

  it('writes to --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qm-cli-')), 'tabelle.csv');
    expect((await run('table', demo, '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('sgb2_quote');
  });
});

describe('German office files the CLI has not seen', () => {
  // Windows-1252 text, `;`, decimal comma with thousands dot, official symbols, UTM 32N coordinates.
  const folder = mkdtempSync(join(tmpdir(), 'qm-german-'));
  const square = (x: number, y: number) => [
    [
      [x, y],
      [x + 800, y],
      [x + 800, y + 800],
      [x, y + 800],
      [x, y],
    ],
  ];
  writeFileSync(
    join(folder, 'bezirke.geojson'),
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { SCHLUESSEL: '010', NAME: 'Altstadt' },
          geometry: { type: 'Polygon', coordinates: square(565000, 5933000) },
        },
        {
          type: 'Feature',
          properties: { SCHLUESSEL: '020', NAME: 'Süderhöh' },
          geometry: { type: 'Polygon', coordinates: square(565800, 5933000) },
        },
        {
          type: 'Feature',
          properties: { SCHLUESSEL: '030', NAME: 'Großer Grund' },
          geometry: { type: 'Polygon', coordinates: square(566600, 5933000) },
        },
      ],
    }),
  );
  const csv = [
    'Gebiet;Jahr;Einwohner;Leistungsbezieher;Quote lt. Amt',
    '010;2023;1.234;123;9,97',
    '020;2023;2.500;*;x',
    '030;2023;.;12;k.A.',
    '010;2024;1.250;130;10,4',
    '020;2024;2.480;260;10,48',
    '030;2024;870;–;0,0',
  ].join('\r\n');
  const windows1252 = Uint8Array.from(
    [...csv].map((char) => (char.charCodeAt(0) === 0x2013 ? 0x96 : char.charCodeAt(0))),
  );
  writeFileSync(join(folder, 'daten.csv'), windows1252);
  writeFileSync(
    join(folder, 'manifest.json'),
    JSON.stringify({
      formatVersion: 1,
      id: 'unbekannt',
      title: 'Unbekannte Stadt',
      levels: [
        {
          id: 'bezirk',
          label: 'Bezirk',
          geometry: { file: 'bezirke.geojson' },
          idProperty: 'SCHLUESSEL',
          nameProperty: 'NAME',
        },
      ],
      tables: [
        {
          id: 'daten',
          layout: 'long',
          file: 'daten.csv',
          idColumn: 'Gebiet',
          yearColumn: 'Jahr',
          columns: { ew: 'Einwohner', lb: 'Leistungsbezieher' },
        },
      ],
      variables: [
        { id: 'ew', label: 'Einwohner' },
        { id: 'lb', label: 'Leistungsbezieher' },
      ],
      indicators: [
        { id: 'quote', type: 'rate', label: 'Quote', numerator: 'lb', denominator: 'ew', decimals: 2 },
      ],
      options: { minCount: 3 },
    }),
  );
  const manifest = join(folder, 'manifest.json');

  it('validates with notes on encoding, ambiguous thousands and the assumed CRS', async () => {
    const result = await run('validate', manifest);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Windows-1252');
    expect(result.out).toContain('EPSG:25832');
    expect(result.out).toContain('mehrdeutig');
  });

  it('computes the rates with thousands dots read right and symbols kept as reasons', async () => {
    const result = await run('table', manifest, '--year', 'all', '--format', 'json');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.out).rows as {
      id: string;
      name: string;
      year: number;
      values: { quote: { value: number | null; reason: string | null; city: number | null } };
    }[];
    const at = (id: string, year: number) => rows.find((row) => row.id === id && row.year === year)!;
    expect(at('010', 2023).values.quote.value).toBeCloseTo((123 / 1234) * 100, 6); // 1.234 = 1234 people
    expect(at('020', 2023).values.quote.reason).toBe('anonymised');
    expect(at('030', 2023).values.quote.reason).toBe('unknown');
    expect(at('030', 2024).values.quote.reason).toBe('none');
    expect(at('020', 2024).name).toBe('Süderhöh');
    // City 2024: Σ numerators / Σ denominators of the areas with both values (030 has none): partial.
    expect(at('010', 2024).values.quote.city).toBeCloseTo(((130 + 260) / (1250 + 2480)) * 100, 6);
  });
});

describe('bad usage', () => {
  it.each([
    [['frobnicate', demo], 'unbekannter Befehl'],
    [['table'], 'Manifest-Datei fehlt'],
    [['table', demo, '--year', 'zwanzig'], '--year'],
    [['table', demo, '--year', '1990'], 'nicht im Datensatz'],
    [['table', demo, '--level', 'quartier'], '--level quartier'],
    [['table', demo, '--indicators', 'glueck'], '--indicators glueck'],
    [['table', demo, '--classify', 'magic:5'], '--classify'],
    [['table', demo, '--format', 'xml'], '--format'],
    [['validate', demo, '--year', '2024'], 'gilt nur für'],
    [['validate', 'does/not/exist.json'], 'Manifest nicht gefunden'],
  ])('%j exits 2 and says why', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });

  it('prints the usage for --help and exits 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.out).toContain('quartiersmonitor table');
  });
});
