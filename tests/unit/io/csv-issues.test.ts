import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../../src/i18n/issues';
import { issue } from '../../../src/io/issue';
import { readTableText } from '../../../src/io/read-table';
import type { TableSpec } from '../../../src/manifest/schema';

// Expected sentences written out by hand from the templates' fixed pattern: location, problem, value.
describe('sentences for the CSV loader issues', () => {
  it.each([
    [
      issue('csv-malformed', 'error', { file: 'a.csv', line: 3 }, { reason: 'unclosed-quote', message: 'x' }),
      'a.csv, Zeile 3: CSV fehlerhaft: Anführungszeichen wird nicht geschlossen, der Rest der Datei wäre ein einziges Feld',
      'a.csv, line 3: malformed CSV: quote is never closed, the rest of the file would be a single field',
    ],
    [
      issue(
        'csv-malformed',
        'warning',
        { file: 'a.csv', line: 1, column: 'wert' },
        { reason: 'duplicate-header', column: 'wert' },
      ),
      'a.csv, Zeile 1, Spalte wert: CSV fehlerhaft: Spaltenname „wert“ kommt mehrfach vor, es gilt die erste Spalte',
      'a.csv, line 1, column wert: malformed CSV: column name "wert" occurs more than once, the first column is used',
    ],
    [
      issue(
        'csv-malformed',
        'warning',
        { file: 'a.csv', line: 9 },
        { reason: 'field-count', expected: 3, found: 2, more: 4 },
      ),
      'a.csv, Zeile 9: CSV fehlerhaft: Zeile hat 2 statt 3 Felder (und 4 weitere)',
      'a.csv, line 9: malformed CSV: row has 2 fields instead of 3 (and 4 more)',
    ],
    [
      issue(
        'csv-malformed',
        'warning',
        { file: 'a.csv', line: 6 },
        { reason: 'field-count', expected: 13, found: 1 },
      ),
      'a.csv, Zeile 6: CSV fehlerhaft: Zeile hat 1 statt 13 Felder',
      'a.csv, line 6: malformed CSV: row has 1 field instead of 13',
    ],
    [
      issue(
        'non-numeric-cell',
        'warning',
        { file: 'a.csv', line: 14, column: 'Einwohner' },
        { value: 'k.B.', more: 7 },
      ),
      'a.csv, Zeile 14, Spalte Einwohner: „k.B.“ ist keine Zahl (und 7 weitere)',
      'a.csv, line 14, column Einwohner: "k.B." is not a number (and 7 more)',
    ],
  ])('%#', (item, german, english) => {
    expect(describeIssue(item, 'de')).toBe(german);
    expect(describeIssue(item, 'en')).toBe(english);
  });

  it('says how an ambiguous column was read', () => {
    const spec: TableSpec = {
      id: 't',
      layout: 'long',
      file: 'a.csv',
      idColumn: 'id',
      year: 2020,
      columns: { a: 'EW' },
    };
    const result = readTableText('id;EW\n1;1.234\n', spec, {
      file: 'a.csv',
      variables: new Set(['a']),
      normaliseId: (id) => id,
    });
    expect(result.issues.map((item) => describeIssue(item, 'de'))).toEqual([
      'a.csv, Spalte EW: 1 Werte wie „1.234“ sind mehrdeutig; gelesen mit Dezimalkomma (Annahme wegen Trennzeichen)',
    ]);
  });
});
