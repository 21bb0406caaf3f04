/**
 * End-to-end check against official results: the Berlin MSS 2021 Status- and Dynamik-Index classes
 * of all 536 valid Planungsräume, recomputed by deriveDataset from the published indicator values.
 * Reads the data from ../shared/data/real (never copied into the repository); fails, with where it
 * looked, without it.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../src/engine/derive';
import { classifyIndex } from '../../../src/engine/index-classes';
import { requireBerlinData } from '../../real/berlin-mss-2021';
import { makeDataset, type TestCell } from './make-dataset';

const DIRECTORY = requireBerlinData();

function readCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(`${DIRECTORY}/${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

describe('MSS 2021 (official classes)', () => {
  it('reproduces every official Status and Dynamik class', () => {
    const indicators = readCsv('mss_2021_index_indikatoren.csv');
    const official = new Map(readCsv('mss_2021_indizes.csv').map((row) => [row.PLR_ID, row]));
    const columns = ['S1', 'S3', 'S4', 'D1', 'D3', 'D4'];
    const variables: Record<string, Record<string, TestCell>> = {};
    for (const column of columns) {
      // invalid PLRs carry the NoData sentinel -9999 (SOURCE.md): the io layer maps it to 'excluded'
      variables[column] = Object.fromEntries(
        indicators.map((row) => [
          row.PLR_ID as string,
          row[column] === '-9999' ? 'excluded' : Number(row[column]),
        ]),
      );
    }
    const member = (id: string) => ({ indicator: id });
    const data = makeDataset({
      years: [2020],
      levels: [{ id: 'plr', areas: indicators.map((row) => ({ id: row.PLR_ID as string })) }],
      variables,
      shares: columns,
      indicators: [
        ...columns.map((id) => ({
          id,
          label: id,
          type: 'count' as const,
          variable: id,
          polarity: 'higher-is-worse' as const,
        })),
        { id: 'status', label: 'Status', type: 'index', members: ['S1', 'S3', 'S4'].map(member) },
        { id: 'dynamik', label: 'Dynamik', type: 'index', members: ['D1', 'D3', 'D4'].map(member) },
      ],
    });
    const derived = deriveDataset(data);
    const status = derived.indicators.get('status')?.levels[0];
    const dynamik = derived.indicators.get('dynamik')?.levels[0];
    const statusClasses = [
      { upTo: -1, label: '1' },
      { upTo: 1, label: '2' },
      { upTo: 1.5, label: '3' },
      { upTo: null, label: '4' },
    ];
    const dynamikClasses = [
      { upTo: -1, label: '1' },
      { upTo: 1, label: '3' },
      { upTo: null, label: '5' },
    ];
    let compared = 0;
    const mismatches: string[] = [];
    data.levels[0]?.areaIds.forEach((id, area) => {
      const row = official.get(id);
      if (row === undefined || row.SI_N === '-9999') {
        expect(status?.status[area]).toBe(12); // excluded
        return;
      }
      compared++;
      const si = statusClasses[classifyIndex(status?.values[area] as number, statusClasses)]?.label;
      const di = dynamikClasses[classifyIndex(dynamik?.values[area] as number, dynamikClasses)]?.label;
      if (si !== row.SI_N || di !== row.DI_N) mismatches.push(`${id}: ${si}/${row.SI_N} ${di}/${row.DI_N}`);
    });
    expect(compared).toBe(536);
    expect(mismatches).toEqual([]);
  });
});
