import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusCode } from '../../../src/engine/types';
import { readTable, readTableText } from '../../../src/io/read-table';
import type { TableSpec } from '../../../src/manifest/schema';

const long: TableSpec = {
  id: 't',
  layout: 'long',
  file: 'x.csv',
  idColumn: 'id',
  yearColumn: 'jahr',
  columns: { a: 'a' },
};
const stacked: TableSpec = {
  id: 's',
  layout: 'stacked',
  file: 'x.csv',
  idColumn: 'id',
  yearColumn: 'jahr',
  variableColumn: 'v',
  valueColumn: 'a',
};
const wide: TableSpec = {
  id: 'w',
  layout: 'wide',
  file: 'x.csv',
  idColumn: 'id',
  columns: { a: 'a_{year}' },
};
const options = { file: 'x.csv', variables: new Set(['a']), normaliseId: (id: string) => id };

describe('readTable on hostile input', () => {
  it('keeps markup in an id as plain text', () => {
    const result = readTableText(
      'id;jahr;a\n"<script>alert(1)</script>";2020;<img src=x onerror=alert(1)>\n',
      long,
      options,
    );
    expect(result.ok && result.value.areaIds).toEqual(['<script>alert(1)</script>']);
    expect(result.issues[0]?.params.value).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads a 1 MB single line and clips the offending text in the issue', () => {
    const huge = 'x'.repeat(1 << 20);
    const result = readTableText(`id;jahr;a\n1;2020;${huge}\n2;2020;${'9'.repeat(1 << 20)}`, long, options);
    if (!result.ok) throw new Error('not ok');
    expect(String(result.issues[0]?.params.value).length).toBeLessThanOrEqual(81);
    // 10^1048575 is no finite number: an invalid cell, not Infinity
    expect(result.value.variables.get('a')?.status[1]).toBe(statusCode('invalid-number'));
  });

  it('reads a 1 MB header line without a newline', () => {
    const result = readTableText(';'.repeat(1 << 20), long, options);
    expect(result.ok).toBe(false);
  });

  // Any bytes: the result is a Result, never an exception (fast-check's seed is printed on failure).
  it.each([
    ['long', long],
    ['stacked', stacked],
    ['wide', wide],
  ])('never throws on random bytes (%s)', (_name, spec) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = readTable(bytes, spec, options);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random CSV-like text and keeps lines ascending', () => {
    const alphabet = fc.constantFrom(
      ...'id;jahr;a;v;a_2020;\n\r"",.-–x*/ 2020 1.234 k.A. 9e9 \u00a0%'.split(' '),
    );
    const text = fc
      .array(alphabet, { maxLength: 400 })
      .map((parts) => `id;jahr;a;v;a_2020\n${parts.join('')}`);
    fc.assert(
      fc.property(text, fc.constantFrom(long, stacked, wide), (csv, spec) => {
        const result = readTableText(csv, spec, options);
        if (!result.ok) return;
        const lines = [...result.value.lines];
        expect(lines).toEqual([...lines].sort((x, y) => x - y));
        expect(result.value.years.length).toBe(result.value.rowCount);
      }),
      { numRuns: 500 },
    );
  });
});
