/**
 * The engine against the official Berlin MSS 2021: the z-values of S1, S3 and S4 that the Senate
 * published (Tabelle 3, mss_2021_index-indikatoren_z-werte_plr.csv, rounded to 2 decimals).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBeside } from '../../src/cli/read-files';
import { deriveDataset, zScores } from '../../src/engine';
import { statusOf, type DerivedDataset } from '../../src/engine/types';
import { parseCsv } from '../../src/io/csv-parse';
import { decodeText } from '../../src/io/decode-text';
import { loadDataset, type LoadedDataset } from '../../src/io/load-dataset';
import { BERLIN_DIR, writeBerlinManifest } from './berlin-mss-2021';

let loaded: LoadedDataset;
let derived: DerivedDataset;
let issueCodes: string[];

beforeAll(async () => {
  const manifestPath = writeBerlinManifest();
  const result = await loadDataset(readFileSync(manifestPath, 'utf8'), readBeside(manifestPath));
  issueCodes = result.issues.map((item) => item.code);
  if (!result.ok) throw new Error(`Berlin did not load: ${JSON.stringify(result.issues.slice(0, 5))}`);
  loaded = result.value;
  derived = deriveDataset(loaded.data);
});

function officialZValues(): Map<string, Record<'zS1' | 'zS3' | 'zS4', number>> {
  const file = 'mss_2021_index-indikatoren_z-werte_plr.csv';
  const text = decodeText(new Uint8Array(readFileSync(join(BERLIN_DIR, file))), { file }).text;
  const parsed = parseCsv(text, { file });
  if (!parsed.ok) throw new Error('official z-value table did not parse');
  const { header, rows } = parsed.value;
  const column = (name: string) => header.indexOf(name);
  const values = new Map<string, Record<'zS1' | 'zS3' | 'zS4', number>>();
  for (const row of rows) {
    const zS1 = row[column('zS1')] ?? '';
    if (zS1 === '') continue; // invalid areas have empty cells
    values.set(row[column('PLR-ID')]!, {
      zS1: Number(zS1),
      zS3: Number(row[column('zS3')]),
      zS4: Number(row[column('zS4')]),
    });
  }
  return values;
}

describe('Berlin MSS 2021, 542 Planungsräume', () => {
  it('joins all 542 areas to their geometry, with no unknown ids and no areas without data', () => {
    const base = loaded.data.levels[0]!;
    expect(base.areaIds).toHaveLength(542);
    expect(loaded.geometry[0]!.features).toHaveLength(542);
    expect(issueCodes).not.toContain('unknown-id');
    expect(issueCodes).not.toContain('geometry-without-data');
    expect(loaded.data.years).toEqual([2020]);
  });

  it('links Planungsräume to 143 Bezirksregionen and 12 Bezirke by key prefix', () => {
    const [plr, bzr, bezirk] = loaded.data.levels;
    expect(bzr!.areaIds).toHaveLength(143);
    expect(bezirk!.areaIds).toHaveLength(12);
    expect([...plr!.parentIndex!].filter((parent) => parent < 0)).toHaveLength(0);
    const index = plr!.areaIds.indexOf('01100101' as never);
    expect(bzr!.areaIds[plr!.parentIndex![index]!]).toBe('011001');
  });

  it('has 536 valid areas; the 6 invalid ones are excluded, not zero', () => {
    const s1 = derived.indicators.get('s1')!.levels[0]!;
    const states = Array.from(s1.status, statusOf);
    expect(states.filter((state) => state === 'ok')).toHaveLength(536);
    expect(states.filter((state) => state === 'excluded')).toHaveLength(6);
    const outlier = loaded.data.levels[0]!.areaIds.indexOf('10100205' as never);
    expect(states[outlier]).toBe('excluded');
  });

  it.each(['s1', 's3', 's4'] as const)('reproduces the official z-values of %s within 0.005', (indicator) => {
    const official = officialZValues();
    expect(official.size).toBe(536);
    const cells = derived.indicators.get(indicator)!.levels[0]!;
    const areaIds = loaded.data.levels[0]!.areaIds;
    const z = zScores(cells.values, cells.status, 0, areaIds.length, { sd: 'population' });
    const key = `z${indicator.toUpperCase()}` as 'zS1' | 'zS3' | 'zS4';
    let compared = 0;
    let worst = 0;
    areaIds.forEach((areaId, area) => {
      const expected = official.get(areaId);
      if (!expected) {
        expect(Number.isNaN(z[area]!)).toBe(true);
        return;
      }
      worst = Math.max(worst, Math.abs(z[area]! - expected[key]));
      compared++;
    });
    expect(compared).toBe(536);
    expect(worst).toBeLessThanOrEqual(0.005);
  });
});
