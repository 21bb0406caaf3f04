import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../src/engine/types';
import type { Issue } from '../../../src/io/issue';
import { readTable, readTableText, type TableColumns } from '../../../src/io/read-table';
import type { TableSpec } from '../../../src/manifest/schema';

const FIXTURES = join(__dirname, '../../fixtures/csv');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const options = (variables: string[]) => ({
  file: 'x.csv',
  variables: new Set(variables),
  normaliseId: (id: string) => id,
});

/** Records as [id, year, line, value-or-status per variable], for readable expectations. */
function records(table: TableColumns): (string | number)[][] {
  return table.areaIds.map((id, record) => [
    id,
    table.years[record] as number,
    table.lines[record] as number,
    ...[...table.variables.values()].map(({ values, status }) =>
      status[record] === 0 ? (values[record] as number) : statusOf(status[record] as number),
    ),
  ]);
}

function read(bytes: Uint8Array, spec: TableSpec, variables: string[]) {
  const result = readTable(bytes, spec, options(variables));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { table: result.value, issues: result.issues };
}

const brief = (issues: readonly Issue[]) =>
  issues.map((item) => [item.code, item.where.line ?? item.where.column, item.params]);

// Expected records written by hand from the fixture files (see tests/fixtures/csv/README.md):
// line numbers counted in the file, numbers read as the German or English notation says.
describe('readTable layouts', () => {
  it('long: German Excel export with symbols, sentinels, quoted line break and odd years', () => {
    const spec: TableSpec = {
      id: 'bevoelkerung',
      layout: 'long',
      file: 'long-de.csv',
      idColumn: 'Gebiet',
      yearColumn: 'Jahr',
      missingValues: [{ value: '-9999', reason: 'unknown' }],
      columns: { einwohner: 'Einwohner', arbeitslose: 'Arbeitslose', anteil: 'Anteil' },
    };
    const { table, issues } = read(fixture('long-de.csv'), spec, ['einwohner', 'arbeitslose', 'anteil']);
    expect(records(table)).toEqual([
      ['01001', 2020, 2, 1234, 56, 12.5],
      ['01002', 2020, 3, 987, 'unknown', 3.25],
      ['01003', 2020, 4, 2345, 'anonymised', 'none'],
      ['01001', 2021, 6, 1250, 60, 'not-available'],
      ['01002', 2021, 7, 1002, 'unknown', 4],
    ]);
    expect(brief(issues)).toEqual([
      ['invalid-year', 8, { value: '20' }],
      ['ambiguous-number-format', 'Einwohner', { count: 4, example: '1.234', assumed: ',', basis: 'file' }],
    ]);
    expect(table.variables.get('einwohner')?.column).toBe('Einwohner');
  });

  it('wide: year columns from a pattern; a year without a column is no-row', () => {
    const spec: TableSpec = {
      id: 'wide',
      layout: 'wide',
      file: 'wide-de.csv',
      idColumn: 'Gebiet',
      columns: { einwohner: 'EW_{year}', arbeitslose: 'ALO_{year}' },
    };
    const { table, issues } = read(fixture('wide-de.csv'), spec, ['einwohner', 'arbeitslose']);
    expect(records(table)).toEqual([
      ['01', 2019, 2, 1000, 'no-row'],
      ['01', 2020, 2, 1100, 5],
      ['02', 2019, 3, 900, 'no-row'],
      ['02', 2020, 3, 'none', 7],
    ]);
    expect(brief(issues)).toEqual([
      [
        'ambiguous-number-format',
        'EW_2019',
        { count: 1, example: '1.000', assumed: ',', basis: 'delimiter' },
      ],
      [
        'ambiguous-number-format',
        'EW_2020',
        { count: 1, example: '1.100', assumed: ',', basis: 'delimiter' },
      ],
    ]);
    expect(table.variables.get('einwohner')?.column).toBe('EW_{year}');
  });

  it('stacked: rows grouped per area and year, unknown variables skipped, repeats reported', () => {
    const spec: TableSpec = {
      id: 'stacked',
      layout: 'stacked',
      file: 'stacked-en.csv',
      idColumn: 'id',
      yearColumn: 'year',
      variableColumn: 'indicator',
      valueColumn: 'value',
      variableNames: { einwohner: 'pop' },
    };
    const { table, issues } = read(fixture('stacked-en.csv'), spec, ['einwohner', 'unemp']);
    expect([...table.variables.keys()]).toEqual(['einwohner', 'unemp']);
    expect(records(table)).toEqual([
      ['1', 2020, 2, 1234, 12.5],
      ['2', 2020, 4, 980, 'no-row'],
      ['1', 2021, 5, 1300, 'no-row'],
      ['2', 2021, 6, 'no-row', 'not-available'],
    ]);
    expect(brief(issues)).toEqual([
      ['ambiguous-number-format', 'value', { count: 2, example: '1,234', assumed: '.', basis: 'column' }],
      ['duplicate-row', 8, { firstLine: 2, variable: 'einwohner' }],
    ]);
  });

  it('long with a fixed year and normalised ids', () => {
    const spec: TableSpec = {
      id: 't',
      layout: 'long',
      file: 'x.csv',
      idColumn: 'id',
      year: 2022,
      columns: { a: 'a' },
    };
    const result = readTableText('id;a\n 7 ;1\n12;2\n', spec, {
      ...options(['a']),
      normaliseId: (id) => id.padStart(3, '0'),
    });
    expect(result.ok && records(result.value)).toEqual([
      ['007', 2022, 2, 1],
      ['012', 2022, 3, 2],
    ]);
  });
});

describe('readTable decimal decision', () => {
  const spec = (decimal?: ',' | '.'): TableSpec => ({
    id: 't',
    layout: 'long',
    file: 'x.csv',
    idColumn: 'id',
    year: 2020,
    decimal,
    columns: { a: 'a', b: 'b' },
  });
  // Value of column a's first cell and the ambiguous-number-format params, worked out by the rule
  // manifest → column → rest of file → delimiter (DESIGN: never a silent guess).
  it.each([
    ['manifest comma, no warning', 'id;a;b\n1;1.234;1\n', ',', 1234, []],
    ['manifest point, no warning', 'id;a;b\n1;1.234;1\n', '.', 1.234, []],
    [
      'column evidence (decimal comma)',
      'id;a;b\n1;1.234;1\n2;0,5;1\n',
      undefined,
      1234,
      [{ assumed: ',', basis: 'column' }],
    ],
    [
      'column evidence (decimal point)',
      'id;a;b\n1;1.234;1\n2;0.5;1\n',
      undefined,
      1.234,
      [{ assumed: '.', basis: 'column' }],
    ],
    ['rest of the file', 'id;a;b\n1;1.234;2.5\n', undefined, 1.234, [{ assumed: '.', basis: 'file' }]],
    ['delimiter ;', 'id;a;b\n1;1.234;2\n', undefined, 1234, [{ assumed: ',', basis: 'delimiter' }]],
    ['delimiter ,', 'id,a,b\n1,"1,234",2\n', undefined, 1234, [{ assumed: '.', basis: 'delimiter' }]],
    ['delimiter tab', 'id\ta\tb\n1\t1,234\t2\n', undefined, 1.234, [{ assumed: ',', basis: 'delimiter' }]],
    ['no ambiguous values, no warning', 'id;a;b\n1;1.234,5;2\n', undefined, 1234.5, []],
  ])('%s', (_name, text, decimal, value, warnings) => {
    const result = readTableText(text, spec(decimal as ',' | '.' | undefined), options(['a', 'b']));
    if (!result.ok) throw new Error('not ok');
    expect(result.value.variables.get('a')?.values[0]).toBe(value);
    expect(result.issues.map(({ params }) => ({ assumed: params.assumed, basis: params.basis }))).toEqual(
      warnings,
    );
  });

  it('matches a numeric sentinel however the cell writes it', () => {
    const text = 'id;a;b\n1;-9999;1,5\n2;-9.999;1\n3;-9999,0;1\n4;-9 999;1\n5;9999;1\n';
    const sentinelSpec = { ...spec(), missingValues: [{ value: -9999, reason: 'excluded' as const }] };
    const result = readTableText(text, sentinelSpec, options(['a', 'b']));
    expect(result.ok && records(result.value).map((row) => row[3])).toEqual([
      'excluded',
      'excluded',
      'excluded',
      'excluded',
      9999,
    ]);
  });
});

describe('readTable problems', () => {
  const long: TableSpec = {
    id: 't',
    layout: 'long',
    file: 'x.csv',
    idColumn: 'id',
    yearColumn: 'jahr',
    columns: { a: 'a' },
  };

  it.each([
    [
      'missing value column',
      'id;jahr;b\n1;2020;2\n',
      long,
      ['a', 'b'],
      [['unknown-column', { column: 'a' }]],
    ],
    ['missing id column', 'gebiet;jahr;a\n1;2020;2\n', long, ['a'], [['unknown-column', { column: 'id' }]]],
    [
      'variable not in the manifest',
      'id;jahr;a\n1;2020;2\n',
      long,
      ['b'],
      [['unknown-reference', { kind: 'variable', ref: 'a' }]],
    ],
    [
      'wide pattern matches nothing',
      'id;EW2020\n1;2\n',
      { id: 't', layout: 'wide', file: 'x.csv', idColumn: 'id', columns: { a: 'EW_{year}' } },
      ['a'],
      [['unknown-column', { column: 'EW_{year}' }]],
    ],
    ['empty file', '', long, ['a'], [['empty-table', {}]]],
    ['header only', 'id;jahr;a\r\n\r\n', long, ['a'], [['empty-table', {}]]],
    [
      'no valid year at all',
      'id;jahr;a\n1;x;2\n',
      long,
      ['a'],
      [
        ['invalid-year', { value: 'x' }],
        ['empty-table', {}],
      ],
    ],
  ] as const)('%s', (_name, text, spec, variables, expected) => {
    const result = readTableText(text, spec as TableSpec, options([...variables]));
    expect(result.ok).toBe(false);
    expect(result.issues.map((item) => [item.code, item.params])).toEqual(expected);
  });

  it('skips rows with an invalid year and reads the other year forms', () => {
    const text =
      'id;jahr;a\n1;2020;1\n2;2020.0;2\n3;31.12.2019;3\n4;202112;4\n5;1799;5\n6;2201;6\n7;;7\n8; 2018 ;8\n';
    const result = readTableText(text, long, options(['a']));
    expect(result.ok && [...result.value.years]).toEqual([2020, 2020, 2019, 2021, 2018]);
    expect(brief(result.issues)).toEqual([
      ['invalid-year', 6, { value: '1799' }],
      ['invalid-year', 7, { value: '2201' }],
      ['invalid-year', 8, { value: '' }],
    ]);
  });

  it('reports non-numeric cells with their line (after a quoted line break) and caps them per column', () => {
    const text = `id;jahr;a\n"1\n";2020;abc\n${Array.from({ length: 60 }, (_, i) => `${i + 2};2020;zz${i}\n`).join('')}`;
    const result = readTableText(text, long, options(['a']));
    if (!result.ok) throw new Error('not ok');
    const cells = result.issues.filter((item) => item.code === 'non-numeric-cell');
    expect(cells).toHaveLength(50);
    expect(cells[0]).toEqual({
      code: 'non-numeric-cell',
      severity: 'warning',
      where: { file: 'x.csv', line: 2, column: 'a' },
      params: { value: 'abc' },
    });
    expect(cells[1]?.where.line).toBe(4);
    expect(cells[49]?.params).toEqual({ value: 'zz48', more: 11 });
    expect(statusOf(result.value.variables.get('a')?.status[60] ?? 0)).toBe('invalid-number');
  });

  it('reports a row of the wrong number of fields once, not again for its cells', () => {
    // Line 3 was written with commas: one field, so no year; line 4 lacks its value (and says so once).
    const text = 'id;jahr;a\n1;2020;1\n2,2020,2\n3;2020\n4;x;4\n';
    const result = readTableText(text, long, options(['a']));
    expect(result.ok && result.value.areaIds).toEqual(['1', '3']);
    expect(brief(result.issues)).toEqual([
      ['csv-malformed', 3, { reason: 'field-count', expected: 3, found: 1 }],
      ['csv-malformed', 4, { reason: 'field-count', expected: 3, found: 2 }],
      ['invalid-year', 5, { value: 'x' }],
    ]);
  });

  it('leaves a broken row out of the capped cell warnings, so the others and their count stay whole', () => {
    // Line 2 has a field too many (and a cell that is no number), then 55 rows with such a cell.
    const text = `id;jahr;a\n0;2020;zz;extra\n${Array.from({ length: 55 }, (_, i) => `${i + 1};2020;zz${i}\n`).join('')}`;
    const result = readTableText(text, long, options(['a']));
    if (!result.ok) throw new Error('not ok');
    const cells = result.issues.filter((item) => item.code === 'non-numeric-cell');
    expect(cells).toHaveLength(50);
    expect(cells[0]?.where.line).toBe(3);
    expect(cells[49]?.params).toEqual({ value: 'zz49', more: 5 });
    expect(result.issues.filter((item) => item.where.line === 2).map((item) => item.params.reason)).toEqual([
      'field-count',
    ]);
  });

  it('warns about rows without an id and skips them', () => {
    const result = readTableText('id;jahr;a\n;2020;1\n2;2020;2\n', long, options(['a']));
    expect(result.ok && result.value.areaIds).toEqual(['2']);
    expect(brief(result.issues)).toEqual([['missing-id', 2, { property: 'id' }]]);
  });

  it('reads a Windows-1252 file and says so', () => {
    const text = 'id;jahr;a\nMüllerstraße;2020;1,5\nÄußere Öde;2020;–\n';
    const bytes = Uint8Array.from([...text].map((char) => (char === '–' ? 0x96 : char.charCodeAt(0))));
    const result = readTable(bytes, long, options(['a']));
    expect(result.ok && records(result.value)).toEqual([
      ['Müllerstraße', 2020, 2, 1.5],
      ['Äußere Öde', 2020, 3, 'none'],
    ]);
    expect(result.issues.map((item) => item.code)).toEqual(['encoding-fallback']);
  });
});
