import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../src/engine/types';
import { readTable } from '../../../src/io/read-table';
import type { TableSpec } from '../../../src/manifest/schema';
import { requireBerlinData } from '../../real/berlin-mss-2021';

// Real files, read in place (never copied): ../shared/data/real/berlin-mss-2021 (see its SOURCE.md).
const DIR = requireBerlinData();
const read = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));

// Expected values copied from the first data line of each file as printed by `head`.
describe('readTable on the Berlin MSS 2021 files', () => {
  it('reads the indicator table (comma file, quoted ids, ZEIT as YYYYMM)', () => {
    const spec: TableSpec = {
      id: 'mss',
      layout: 'long',
      file: 'mss_2021_index_indikatoren.csv',
      idColumn: 'PLR_ID',
      yearColumn: 'ZEIT',
      columns: { einwohner: 'EW', s1: 'S1', s2: 'S2', d3: 'D3' },
    };
    const result = readTable(read(spec.file), spec, {
      file: spec.file,
      variables: new Set(['einwohner', 's1', 's2', 'd3']),
      normaliseId: (id) => id,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    const table = result.value;
    expect(table.rowCount).toBe(542);
    expect([table.areaIds[0], table.years[0], table.lines[0]]).toEqual(['01100101', 2020, 2]);
    const first = (variable: string) => {
      const column = table.variables.get(variable);
      return column?.status[0] === 0 ? column.values[0] : statusOf(column?.status[0] ?? 0);
    };
    expect(['einwohner', 's1', 's2', 'd3'].map(first)).toEqual([3419, 4.22594, 'empty', 0.38963]);
    // Seven S1 values such as 12.874 could be read as 12874; the column's other values decide.
    expect(
      result.issues.map((item) => [item.code, item.where.column, item.params.assumed, item.params.basis]),
    ).toEqual([
      ['ambiguous-number-format', 'S1', '.', 'column'],
      ['ambiguous-number-format', 'D3', '.', 'column'],
    ]);
    const s1 = table.variables.get('s1')?.values ?? new Float64Array();
    expect(s1.filter((value) => value > 100)).toEqual(new Float64Array());
  });

  it('reads the z-value table (";" file with decimal points, UTF-8 BOM)', () => {
    const spec: TableSpec = {
      id: 'z',
      layout: 'long',
      file: 'mss_2021_index-indikatoren_z-werte_plr.csv',
      idColumn: 'PLR-ID',
      year: 2020,
      columns: { einwohner: 'EW 31.12.2020', zS1: 'zS1', zD4: 'zD4' },
    };
    const result = readTable(read(spec.file), spec, {
      file: spec.file,
      variables: new Set(['einwohner', 'zS1', 'zD4']),
      normaliseId: (id) => id,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    const { variables } = result.value;
    expect(result.value.rowCount).toBe(542);
    expect([
      variables.get('einwohner')?.values[1],
      variables.get('zS1')?.values[1],
      variables.get('zD4')?.values[1],
    ]).toEqual([1791, -1.3, 1.57]);
  });
});
