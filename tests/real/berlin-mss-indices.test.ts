/**
 * The proof for composite indices: the Berlin MSS 2021 dataset that `npm run berlin-mss` builds,
 * loaded through the same loadDataset the app and CLI use, reproduces the official status and
 * dynamics classes of all 536 valid Planungsräume (mss_2021_indizes.csv, SI_N / DI_N), and leaves
 * out the 6 invalid ones with the reason the data gives (KOM).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { readBeside } from '../../src/cli/read-files';
import { deriveDataset } from '../../src/engine';
import { fixedClassOf, fixedClassesOf } from '../../src/engine/fixed-classes';
import { buildIndicatorTable } from '../../src/engine/indicator-table';
import { statusOf, type DerivedDataset } from '../../src/engine/types';
import { parseCsv } from '../../src/io/csv-parse';
import { decodeText } from '../../src/io/decode-text';
import { loadDataset, type LoadedDataset } from '../../src/io/load-dataset';
import { BERLIN_DIR, requireBerlinData } from './berlin-mss-2021';

const repository = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

let manifestPath: string;
let loaded: LoadedDataset;
let derived: DerivedDataset;

beforeAll(async () => {
  requireBerlinData();
  const outDir = mkdtempSync(join(tmpdir(), 'qm-berlin-proof-'));
  // the documented command, as a planner runs it
  execFileSync(process.execPath, [join(repository, 'scripts/berlin-mss.mjs'), outDir]);
  manifestPath = join(outDir, 'manifest.json');
  const result = await loadDataset(readFileSync(manifestPath, 'utf8'), readBeside(manifestPath));
  if (!result.ok) throw new Error(`Berlin did not load: ${JSON.stringify(result.issues.slice(0, 5))}`);
  expect(result.issues.filter((item) => item.severity === 'error')).toEqual([]);
  loaded = result.value;
  derived = deriveDataset(loaded.data);
}, 60_000);

/** The official classes: PLR id → SI_N (1 hoch … 4 sehr niedrig), DI_N (1 positiv, 3 stabil, 5 negativ), KOM. */
function officialClasses(): Map<string, { status: number; dynamics: number; kom: string }> {
  const file = 'mss_2021_indizes.csv';
  const text = decodeText(new Uint8Array(readFileSync(join(BERLIN_DIR, file))), { file }).text;
  const parsed = parseCsv(text, { file });
  if (!parsed.ok) throw new Error('official index table did not parse');
  const { header, rows } = parsed.value;
  const at = (row: readonly string[], name: string) => row[header.indexOf(name)] ?? '';
  return new Map(
    rows.map((row) => [
      at(row, 'PLR_ID'),
      { status: Number(at(row, 'SI_N')), dynamics: Number(at(row, 'DI_N')), kom: at(row, 'KOM') },
    ]),
  );
}

/** Class index (0-based) of one indicator for every PLR, −1 without class. */
function classesOf(id: string): { areaId: string; classIndex: number; status: string }[] {
  const indicator = derived.indicators.get(id)!;
  const fixed = fixedClassesOf(indicator.spec, loaded.data.manifest.indicators)!;
  const cells = indicator.levels[0]!;
  return loaded.data.levels[0]!.areaIds.map((areaId, area) => ({
    areaId,
    status: statusOf(cells.status[area]!),
    classIndex: cells.status[area]! <= 1 ? fixedClassOf(cells.values[area]!, fixed) : -1,
  }));
}

// DI_N codes the dynamics classes 1, 3, 5
const DYNAMICS_CODES = [1, 3, 5];

describe('Berlin MSS 2021 indices, built by npm run berlin-mss', () => {
  it('reproduces the official status class of all 536 valid Planungsräume: 0 mismatches', () => {
    const official = officialClasses();
    const mismatches: string[] = [];
    let compared = 0;
    for (const { areaId, classIndex } of classesOf('status_index')) {
      const expected = official.get(areaId)!;
      if (expected.status < 0) continue;
      compared++;
      if (classIndex + 1 !== expected.status)
        mismatches.push(`${areaId}: ${classIndex + 1} ≠ ${expected.status}`);
    }
    expect(compared).toBe(536);
    expect(mismatches).toEqual([]);
  });

  it('reproduces the official dynamics class of all 536 valid Planungsräume: 0 mismatches', () => {
    const official = officialClasses();
    const mismatches: string[] = [];
    let compared = 0;
    for (const { areaId, classIndex } of classesOf('dynamik_index')) {
      const expected = official.get(areaId)!;
      if (expected.dynamics < 0) continue;
      compared++;
      if (DYNAMICS_CODES[classIndex] !== expected.dynamics)
        mismatches.push(`${areaId}: ${DYNAMICS_CODES[classIndex]} ≠ ${expected.dynamics}`);
    }
    expect(compared).toBe(536);
    expect(mismatches).toEqual([]);
  });

  it('puts the near-boundary cases on the right side of −1 (both read −1,00 when rounded)', () => {
    const status = new Map(classesOf('status_index').map((row) => [row.areaId, row.classIndex]));
    const values = derived.indicators.get('status_index')!.levels[0]!.values;
    const areaIds = loaded.data.levels[0]!.areaIds;
    const valueOf = (id: string) => values[areaIds.indexOf(id as never)]!;
    expect(valueOf('01100415').toFixed(2)).toBe('-1.00');
    expect(valueOf('09501838').toFixed(2)).toBe('-1.00');
    expect(status.get('01100415')).toBe(1); // mittel (unrounded −0.998)
    expect(status.get('09501838')).toBe(0); // hoch (unrounded −1.005)
  });

  it('gives the Gesamtindex cell of status × dynamics, with the official counts per cell', () => {
    const official = officialClasses();
    const matrix = classesOf('gesamtindex');
    const counts = new Map<string, number>();
    for (const { areaId, classIndex } of matrix) {
      const expected = official.get(areaId)!;
      if (expected.status < 0) {
        expect(classIndex).toBe(-1);
        continue;
      }
      const expectedCell = (expected.status - 1) * 3 + DYNAMICS_CODES.indexOf(expected.dynamics);
      expect(classIndex).toBe(expectedCell);
      counts.set(String(classIndex), (counts.get(String(classIndex)) ?? 0) + 1);
    }
    // SOURCE.md: status 75 / 366 / 46 / 49, dynamics 48 / 436 / 52
    const rowSum = (row: number) =>
      [0, 1, 2].reduce((sum, column) => sum + (counts.get(String(row * 3 + column)) ?? 0), 0);
    expect([0, 1, 2, 3].map(rowSum)).toEqual([75, 366, 46, 49]);
  });

  it('excludes the 6 invalid areas with the reason the data gives', () => {
    const official = officialClasses();
    const table = buildIndicatorTable(derived, {
      level: 0,
      years: [2020],
      indicators: ['status_index', 'dynamik_index', 'gesamtindex'],
    });
    const excluded = table.rows.filter((row) => row.cells.status_index!.status === 'excluded');
    expect(excluded.map((row) => row.areaId).sort()).toEqual(
      [...official]
        .filter(([, row]) => row.status < 0)
        .map(([id]) => id)
        .sort(),
    );
    expect(excluded).toHaveLength(6);
    for (const row of excluded) {
      const kom = official.get(row.areaId)!.kom;
      const expected = kom === 'ungültig (Ausreißer)' ? 'Ausreißer' : 'unter 300 Einwohner:innen';
      for (const id of ['status_index', 'dynamik_index', 'gesamtindex']) {
        expect(row.cells[id]!.status).toBe('excluded');
        expect(row.cells[id]!.excludedBecause).toEqual({ de: expected, en: expect.any(String) });
      }
    }
    expect(excluded.find((row) => row.areaId === '10100205')?.cells.status_index!.excludedBecause).toEqual({
      de: 'Ausreißer',
      en: 'outlier',
    });
  });

  it('writes index values, classes and class labels with the CLI table command', async () => {
    let out = '';
    const code = await main(
      [
        'table',
        manifestPath,
        '--indicators',
        'status_index,dynamik_index,gesamtindex',
        '--format',
        'json',
        '--locale',
        'de',
      ],
      { out: (text) => (out += text), err: () => {} },
    );
    expect(code).toBe(0);
    const document = JSON.parse(out) as {
      rows: {
        id: string;
        values: Record<
          string,
          { value: number | null; class: number | null; classLabel?: string; excludedBecause?: string }
        >;
      }[];
    };
    expect(document.rows).toHaveLength(542);
    const row = (id: string) => document.rows.find((candidate) => candidate.id === id)!;
    expect(row('01100415').values.status_index).toMatchObject({ class: 2, classLabel: 'mittel' });
    expect(row('01100415').values.status_index!.value).toBeCloseTo(-0.998, 3);
    expect(row('09501838').values.status_index).toMatchObject({ class: 1, classLabel: 'hoch' });
    expect(row('10100205').values.gesamtindex).toMatchObject({
      value: null,
      class: null,
      excludedBecause: 'Ausreißer',
    });
    // The Gesamtindex's value is its cell counted from 1, the same number as its class.
    for (const { values } of document.rows)
      if (values.gesamtindex!.value !== null)
        expect(values.gesamtindex!.value).toBe(values.gesamtindex!.class);
    const official = officialClasses();
    const first = row('01100101').values;
    expect(first.gesamtindex!.classLabel).toBe(
      `Status ${['hoch', 'mittel', 'niedrig', 'sehr niedrig'][official.get('01100101')!.status - 1]}, Dynamik ${
        ['positiv', 'stabil', 'negativ'][DYNAMICS_CODES.indexOf(official.get('01100101')!.dynamics)]
      }`,
    );

    let csv = '';
    expect(
      await main(['table', manifestPath, '--indicators', 'status_index,gesamtindex', '--locale', 'de'], {
        out: (text) => (csv += text),
        err: () => {},
      }),
    ).toBe(0);
    const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toContain('status_index Klassenname');
    expect(lines.find((line) => line.startsWith('10100205;'))).toContain('ausgeschlossen: Ausreißer');
    expect(lines.find((line) => line.startsWith('09501838;'))).toContain(';-1,00;;1;hoch;');
  });

  it('refuses to write the data into the repository', () => {
    const inside = join(repository, 'tests/output/berlin-mss-refused');
    const run = spawnSync(process.execPath, [join(repository, 'scripts/berlin-mss.mjs'), inside], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('output folder lies inside the repository');
    expect(existsSync(inside)).toBe(false);
  });
});
