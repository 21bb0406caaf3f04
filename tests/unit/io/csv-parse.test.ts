import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvTable } from '../../../src/io/csv-parse';
import type { Issue } from '../../../src/io/issue';
import { detectDelimiter } from '../../../src/io/table/detect-delimiter';

function table(text: string, delimiter?: ';' | ',' | '\t' | '|'): CsvTable {
  const result = parseCsv(text, { file: 'x.csv', delimiter });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

// Expected rows and lines counted by hand in each input (line 1 = header, as a text editor numbers).
describe('detectDelimiter', () => {
  it.each([
    ['German Excel', 'Gebiet;Anteil;Anzahl\n01;1,5;2\n02;12,25;3\n', ';'],
    ['decimal commas do not make a comma file', 'a;b\n1,5;2,3\n4,25;5\n', ';'],
    ['English', 'id,share,count\n01,1.5,2\n02,2.5,3\n', ','],
    ['tab (Excel Unicode text)', 'id\tshare\n01\t1,5\n', '\t'],
    ['pipe', 'id|name|wert\n1|a|2\n', '|'],
    ['quoted delimiters do not count', 'id;name\n1;"a;b;c"\n2;x\n', ';'],
    ['comma inside a ; header still ;', 'id;"Einwohner, gesamt"\n1;5\n', ';'],
    ['one column', 'wert\n1,5\n2\n', ';'],
    ['empty text', '', ';'],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('parseCsv', () => {
  it.each([
    [
      'CRLF with trailing empty lines',
      'a;b\r\n1;2\r\n3;4\r\n\r\n\r\n',
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [2, 3],
    ],
    [
      'LF',
      'a;b\n1;2\n3;4',
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [2, 3],
    ],
    [
      'blank line in the middle keeps numbering',
      'a;b\n1;2\n\n3;4\n',
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [2, 4],
    ],
    [
      'Excel empty row',
      'a;b\n1;2\n;\n3;4\n',
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [2, 4],
    ],
    ['quoted delimiter', 'a;b\n"x;y";2\n', [['x;y', '2']], [2]],
    ['doubled quotes', 'a;b\n"sagt ""hallo""";2\n', [['sagt "hallo"', '2']], [2]],
    [
      'quoted newline moves later lines',
      'a;b\n"Zeile 1\nZeile 2";2\n3;4\n',
      [
        ['Zeile 1\nZeile 2', '2'],
        ['3', '4'],
      ],
      [2, 4],
    ],
    [
      'quoted CRLF newlines',
      'a;b\r\n"x\r\ny\r\nz";2\r\n3;4\r\n',
      [
        ['x\r\ny\r\nz', '2'],
        ['3', '4'],
      ],
      [2, 5],
    ],
    ['comma file with quoted commas', 'a,b\n"1,5",2\n', [['1,5', '2']], [2]],
    ['blank lines before the header', '\n\na;b\n1;2\n', [['1', '2']], [4]],
  ])('%s', (_name, text, rows, lines) => {
    const parsed = table(text);
    expect(parsed.rows).toEqual(rows);
    expect([...parsed.lines]).toEqual(lines);
  });

  it('trims header names and keeps them otherwise exact', () => {
    const parsed = table(' Gebiet ; Einwohner (gesamt) ;EW_2020\n1;2;3\n');
    expect(parsed.header).toEqual(['Gebiet', 'Einwohner (gesamt)', 'EW_2020']);
    expect(parsed.columnIndex.get('Einwohner (gesamt)')).toBe(1);
  });

  it('maps a repeated header name to its first column and warns', () => {
    const result = parseCsv('id;wert;wert;\n1;2;3;\n', { file: 'x.csv' });
    expect(result.ok && result.value.columnIndex.get('wert')).toBe(1);
    expect(result.ok && result.value.columnIndex.has('')).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'csv-malformed',
        severity: 'warning',
        where: { file: 'x.csv', line: 1, column: 'wert' },
        params: { reason: 'duplicate-header', column: 'wert' },
      },
    ]);
  });

  it('fails on an unclosed quote, located at the row where it opens', () => {
    const result = parseCsv('a;b\n1;2\n"x\ny;3\n4;5\n', { file: 'x.csv' });
    expect(result.ok).toBe(false);
    expect(
      result.issues.map((item: Issue) => [item.code, item.severity, item.where.line, item.params.reason]),
    ).toEqual([['csv-malformed', 'error', 3, 'unclosed-quote']]);
  });

  it('warns about rows with too few fields but not about empty trailing fields', () => {
    const result = parseCsv('a;b;c\n1;2;3;;\n4;5\n6;7;8\n', { file: 'x.csv' });
    expect(result.issues.map((item) => [item.where.line, item.params.reason, item.params.found])).toEqual([
      [3, 'field-count', 2],
    ]);
  });

  it('caps field-count warnings and counts the rest', () => {
    const text = `a;b;c\n${'1\n'.repeat(25)}`;
    const issues = parseCsv(text, { file: 'x.csv' }).issues;
    expect(issues).toHaveLength(10);
    expect(issues[9]?.params.more).toBe(15);
  });

  it('gives no rows for an empty text', () => {
    expect(table('').rows).toEqual([]);
    expect(table('\r\n\r\n').header).toEqual([]);
  });

  it('uses a given delimiter instead of guessing', () => {
    expect(table('a,b;c\n1,2;3\n', ',').rows).toEqual([['1', '2;3']]);
  });
});
