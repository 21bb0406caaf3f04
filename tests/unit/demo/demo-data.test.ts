/**
 * The committed demo dataset (data/demo) is exactly what the generator writes, follows the manifest
 * schema, and is internally consistent: every numerator within its denominator, areas grouped by the
 * key prefix, geometries valid GeoJSON polygons, and the official missing symbols present.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kinks } from '@turf/kinks';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifest as manifestSchema } from '../../../src/manifest/schema';

const repository = resolve(import.meta.dirname, '../../..');
const demo = join(repository, 'data/demo');
const files = ['manifest.json', 'sozialraeume.geojson', 'stadtbezirke.geojson', 'sozialraum_daten.csv'];

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(demo, name), 'utf8'));
const sozialraeume = readJson('sozialraeume.geojson') as FeatureCollection<Polygon>;
const stadtbezirke = readJson('stadtbezirke.geojson') as FeatureCollection<Polygon | MultiPolygon>;
const csvText = readFileSync(join(demo, 'sozialraum_daten.csv'), 'utf8');

const VARIABLE_IDS = [
  'einwohner',
  'einwohner_u15',
  'einwohner_15_64',
  'einwohner_65plus',
  'haushalte_mit_kindern',
  'alleinerziehende_haushalte',
  'arbeitslose',
  'sgb2_leistungsberechtigte',
  'sgb2_u15',
  'armutsgefaehrdete_personen',
  'grundsicherung_65plus',
] as const;
type VariableId = (typeof VARIABLE_IDS)[number];
interface Row {
  id: string;
  year: number;
  cells: Record<VariableId, string>;
}

/** Parses the demo CSV the plain way (no quoting in it), keeping cells as text. */
function parseCsv(text: string): { header: string[]; rows: Row[] } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');
  const header = (lines[0] ?? '').split(';');
  const rows = lines.slice(1).map((line) => {
    const parts = line.split(';');
    const cells = Object.fromEntries(VARIABLE_IDS.map((id, i) => [id, parts[i + 2] ?? ''])) as Record<
      VariableId,
      string
    >;
    return { id: parts[0] ?? '', year: Number(parts[1]), cells };
  });
  return { header, rows };
}

const { header, rows } = parseCsv(csvText);
const numberOf = (row: Row, id: VariableId): number | null =>
  /^\d+$/.test(row.cells[id]) ? Number(row.cells[id]) : null;

/** Signed area of a closed ring in degrees² (positive: counter-clockwise). */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

describe('generator', () => {
  let output = '';
  beforeAll(() => {
    output = mkdtempSync(join(tmpdir(), 'qm-demo-'));
  });
  afterAll(() => rmSync(output, { recursive: true, force: true }));

  it('writes byte-identical files to the committed ones', () => {
    const started = performance.now();
    execFileSync(process.execPath, [join(repository, 'scripts/generate-demo.mjs'), output]);
    // Fast enough to run in every test run (budget 2 s, with room for a slow machine).
    expect(performance.now() - started).toBeLessThan(4000);
    expect(readdirSync(output).sort()).toEqual([...files].sort());
    for (const name of files) {
      const fresh = readFileSync(join(output, name));
      const committed = readFileSync(join(demo, name));
      expect(fresh.equals(committed), `${name} differs from a fresh run of npm run demo`).toBe(true);
    }
  });
});

describe('manifest', () => {
  const parsed = manifestSchema.parse(readJson('manifest.json'));

  it('parses with the schema and says it is fictional', () => {
    expect(parsed.id).toBe('demo');
    expect(parsed.fictional).toBe(true);
    expect(JSON.stringify(parsed.title)).toMatch(/fiktiv/);
    expect(parsed.options).toEqual({
      minCount: 3,
      minPopulation: 300,
      populationVariable: 'einwohner',
      sd: 'population',
    });
    expect(parsed.defaults).toEqual({ indicator: 'sgb2_quote', year: 2024, level: 'sozialraum' });
  });

  it('refers only to variables, indicators, levels and columns that exist', () => {
    const variables = new Set(parsed.variables.map((v) => v.id));
    expect([...variables].sort()).toEqual([...VARIABLE_IDS].sort());
    const indicators = new Set(parsed.indicators.map((i) => i.id));
    expect(indicators.size).toBe(parsed.indicators.length);
    for (const indicator of parsed.indicators) {
      if (indicator.type === 'rate') {
        for (const operand of [indicator.numerator, indicator.denominator].flat())
          expect(variables).toContain(operand);
      } else if (indicator.type === 'count') {
        expect(variables).toContain(indicator.variable);
      } else if (indicator.type === 'change' || indicator.type === 'trend') {
        expect(indicators).toContain(indicator.of);
      } else if (indicator.type === 'index') {
        for (const member of indicator.members) expect(indicators).toContain(member.indicator);
      } else {
        expect(indicators).toContain(indicator.status);
        expect(indicators).toContain(indicator.dynamics);
      }
    }
    expect(indicators).toContain(parsed.defaults?.indicator);
    const table = parsed.tables[0];
    expect(table?.layout).toBe('long');
    if (table?.layout !== 'long') return;
    expect(header.slice(0, 2)).toEqual([table.idColumn, table.yearColumn]);
    expect(Object.keys(table.columns).sort()).toEqual([...VARIABLE_IDS].sort());
    expect(header.slice(2)).toEqual(VARIABLE_IDS.map((id) => table.columns[id]));
  });

  it('has the six rates, their 5-year changes, the population and its change', () => {
    const rates = [
      'armutsrisikoquote',
      'alleinerziehende_anteil',
      'arbeitslosenanteil',
      'sgb2_quote',
      'kinderarmut',
      'altersarmut',
    ];
    const byId = new Map(parsed.indicators.map((i) => [i.id, i]));
    for (const id of rates) {
      expect(byId.get(id)?.type).toBe('rate');
      expect(byId.get(`${id}_veraenderung_5j`)).toMatchObject({
        type: 'change',
        of: id,
        periods: 5,
        mode: 'absolute',
      });
    }
    expect(byId.get('einwohner')).toMatchObject({ type: 'count', variable: 'einwohner', decimals: 0 });
    expect(byId.get('einwohner_veraenderung_5j')).toMatchObject({
      type: 'change',
      of: 'einwohner',
      mode: 'relative',
    });
  });
});

describe('geometry', () => {
  const ids = sozialraeume.features.map((f) => String(f.properties?.sozialraum_id));
  const bezirkIds = stadtbezirke.features.map((f) => String(f.properties?.bezirk_id));

  it('has 80–120 Sozialräume in 8–12 Stadtbezirke, keyed by a 2-digit prefix', () => {
    expect(ids.length).toBeGreaterThanOrEqual(80);
    expect(ids.length).toBeLessThanOrEqual(120);
    expect(bezirkIds.length).toBeGreaterThanOrEqual(8);
    expect(bezirkIds.length).toBeLessThanOrEqual(12);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^\d{4}$/);
      expect(bezirkIds).toContain(id.slice(0, 2));
    }
    for (const bezirk of bezirkIds) expect(ids.some((id) => id.startsWith(bezirk))).toBe(true);
  });

  it('has unique names, some with umlauts or ß', () => {
    const names = sozialraeume.features.map((f) => String(f.properties?.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => /[äöüÄÖÜß]/.test(name)).length).toBeGreaterThan(5);
  });

  it('is valid RFC 7946: closed, counter-clockwise, 6 decimals, no self-intersections, in Germany', () => {
    const features: Feature<Polygon | MultiPolygon>[] = [...sozialraeume.features, ...stadtbezirke.features];
    for (const feature of features) {
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const polygon of polygons) {
        polygon.forEach((ring, i) => {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          expect(Math.sign(ringArea(ring))).toBe(i === 0 ? 1 : -1);
          for (const [lon = 0, lat = 0] of ring) {
            expect(Math.round(lon * 1e6) / 1e6).toBe(lon);
            expect(lon).toBeGreaterThan(5.8);
            expect(lon).toBeLessThan(15.1);
            expect(lat).toBeGreaterThan(47.2);
            expect(lat).toBeLessThan(55.1);
          }
        });
      }
      expect(kinks(feature).features, JSON.stringify(feature.properties)).toEqual([]);
    }
  });

  it('makes each Stadtbezirk one polygon whose area is the sum of its Sozialräume', () => {
    for (const bezirk of stadtbezirke.features) {
      expect(bezirk.geometry.type).toBe('Polygon');
      if (bezirk.geometry.type !== 'Polygon') continue;
      const area = ringArea(bezirk.geometry.coordinates[0] ?? []);
      const cells = sozialraeume.features.filter((f) =>
        String(f.properties?.sozialraum_id).startsWith(String(bezirk.properties?.bezirk_id)),
      );
      const sum = cells.reduce((total, f) => total + ringArea(f.geometry.coordinates[0] ?? []), 0);
      expect(Math.abs(area - sum) / sum).toBeLessThan(1e-6);
    }
  });

  it('has no slivers: every Sozialraum at least 0.2 km² and not extremely elongated', () => {
    const kmPerDegreeLon = 111.32 * Math.cos((52.84 * Math.PI) / 180);
    for (const feature of sozialraeume.features) {
      const ring = feature.geometry.coordinates[0] ?? [];
      const areaKm2 = ringArea(ring) * kmPerDegreeLon * 111.2;
      let perimeterKm = 0;
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1 = 0, y1 = 0] = ring[i] ?? [];
        const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
        perimeterKm += Math.hypot((x2 - x1) * kmPerDegreeLon, (y2 - y1) * 111.2);
      }
      expect(areaKm2).toBeGreaterThan(0.2);
      // Isoperimetric quotient: 1 for a circle, about 0.6 for a square-ish cell, near 0 for a sliver.
      expect((4 * Math.PI * areaKm2) / perimeterKm ** 2).toBeGreaterThan(0.3);
    }
  });

  it('spans a city of plausible size (about 25 × 18 km), not a rectangle', () => {
    const all = sozialraeume.features.flatMap((f) => f.geometry.coordinates[0] ?? []);
    const lons = all.map((p) => p[0] ?? 0);
    const lats = all.map((p) => p[1] ?? 0);
    const latMid = (Math.min(...lats) + Math.max(...lats)) / 2;
    const widthKm = (Math.max(...lons) - Math.min(...lons)) * 111.32 * Math.cos((latMid * Math.PI) / 180);
    const heightKm = (Math.max(...lats) - Math.min(...lats)) * 111.2;
    expect(widthKm).toBeGreaterThan(20);
    expect(widthKm).toBeLessThan(30);
    expect(heightKm).toBeGreaterThan(14);
    expect(heightKm).toBeLessThan(22);
    const totalKm2 =
      sozialraeume.features.reduce((s, f) => s + ringArea(f.geometry.coordinates[0] ?? []), 0) *
      111.32 *
      Math.cos((latMid * Math.PI) / 180) *
      111.2;
    expect(totalKm2 / (widthKm * heightKm)).toBeLessThan(0.85);
  });
});

describe('table', () => {
  it('is written as a German office suite writes it: BOM, ";" and CRLF', () => {
    expect(csvText.startsWith('\uFEFFSozialraum;Jahr;Einwohner;')).toBe(true);
    expect(csvText.split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(
      true,
    );
    expect(csvText.endsWith('\r\n')).toBe(true);
  });

  it('has every Sozialraum for 2015–2024, except exactly one missing row', () => {
    const ids = sozialraeume.features.map((f) => String(f.properties?.sozialraum_id));
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(ids));
    expect(new Set(rows.map((r) => r.year))).toEqual(
      new Set([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]),
    );
    expect(rows.length).toBe(ids.length * 10 - 1);
    expect(new Set(rows.map((r) => `${r.id}/${r.year}`)).size).toBe(rows.length);
  });

  it('writes only plain integers or official missing symbols', () => {
    const cells = rows.flatMap((r) => Object.values(r.cells));
    for (const cell of cells) expect(cell).toMatch(/^(\d+|\*|\.|-|\.\.\.)$/);
    const count = (symbol: string) => cells.filter((c) => c === symbol).length;
    expect(count('*')).toBeGreaterThan(0);
    expect(count('-')).toBeGreaterThan(0);
    expect([1, 2]).toContain(count('.'));
    expect(count('...')).toBe(1);
    const later = rows.find((r) => Object.values(r.cells).includes('...'));
    expect(later?.year).toBe(2024);
  });

  it('is internally consistent: parts sum up, numerators within denominators', () => {
    const pairs: [VariableId, VariableId][] = [
      ['sgb2_u15', 'einwohner_u15'],
      ['sgb2_u15', 'sgb2_leistungsberechtigte'],
      ['alleinerziehende_haushalte', 'haushalte_mit_kindern'],
      ['arbeitslose', 'einwohner_15_64'],
      ['armutsgefaehrdete_personen', 'einwohner'],
      ['grundsicherung_65plus', 'einwohner_65plus'],
    ];
    for (const row of rows) {
      const value = (id: VariableId) => numberOf(row, id);
      const [u15, w, o65, all] = [
        value('einwohner_u15'),
        value('einwohner_15_64'),
        value('einwohner_65plus'),
        value('einwohner'),
      ];
      expect(u15 !== null && w !== null && o65 !== null && all !== null).toBe(true);
      expect((u15 ?? 0) + (w ?? 0) + (o65 ?? 0)).toBe(all);
      const sgb2 = value('sgb2_leistungsberechtigte');
      if (sgb2 !== null) expect(sgb2).toBeLessThanOrEqual((u15 ?? 0) + (w ?? 0));
      for (const [numerator, denominator] of pairs) {
        const n = value(numerator);
        const d = value(denominator);
        if (n !== null && d !== null) expect(n, `${row.id}/${row.year} ${numerator}`).toBeLessThanOrEqual(d);
      }
    }
  });

  it('has plausible magnitudes, including two very small areas below the minimum population', () => {
    const latest = rows.filter((r) => r.year === 2024);
    const population = latest.map((r) => numberOf(r, 'einwohner') ?? 0);
    expect(population.filter((p) => p < 300).length).toBe(2);
    expect(Math.max(...population)).toBeLessThanOrEqual(15000);
    const ratesOf = (numerator: VariableId, denominators: VariableId[]) =>
      latest
        .filter((r) => (numberOf(r, 'einwohner') ?? 0) >= 300)
        .map((r) => {
          const n = numberOf(r, numerator);
          const d = denominators.reduce((s, id) => s + (numberOf(r, id) ?? NaN), 0);
          return n === null ? NaN : (100 * n) / d;
        })
        .filter(Number.isFinite);
    const sgb2 = ratesOf('sgb2_leistungsberechtigte', ['einwohner_u15', 'einwohner_15_64']);
    expect(Math.min(...sgb2)).toBeGreaterThan(1);
    expect(Math.max(...sgb2)).toBeLessThan(40);
    expect(Math.max(...sgb2) - Math.min(...sgb2)).toBeGreaterThan(15);
    const unemployment = ratesOf('arbeitslose', ['einwohner_15_64']);
    expect(Math.min(...unemployment)).toBeGreaterThan(1);
    expect(Math.max(...unemployment)).toBeLessThan(18);
  });
});
