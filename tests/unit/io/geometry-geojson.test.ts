/**
 * readGeometry on GeoJSON: CRS from the crs member and from coordinates, per-feature validation,
 * located JSON syntax errors. Fixtures in tests/fixtures/geometry (see its README); the expected
 * issues per feature are the problems each fixture feature was built with (listed in the README), the
 * expected line/column of syntax errors were counted by hand in the strings below.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeometry, type GeometrySpec } from '../../../src/io/geometry';
import type { Issue } from '../../../src/io/issue';

const fixtures = path.resolve(process.cwd(), 'tests/fixtures/geometry');

async function fromFixture(relativePath: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(path.join(fixtures, relativePath)));
  } catch {
    return null;
  }
}

const options = { readFile: fromFixture, normaliseId: (id: string) => id, levelId: 'sozialraum' };
const spec = (file: string, extra: Partial<GeometrySpec> = {}): GeometrySpec => ({
  file,
  idProperty: 'gebiet',
  nameProperty: 'name',
  ...extra,
});

function fromText(text: string) {
  const readFileFromText = async () => new TextEncoder().encode(text);
  return readGeometry(spec('inline.geojson', { idProperty: 'id' }), {
    ...options,
    readFile: readFileFromText,
  });
}

function centre(coordinates: number[][][]): [number, number] {
  const ring = coordinates[0]!;
  const xs = ring.map((position) => position[0]!);
  const ys = ring.map((position) => position[1]!);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

describe('readGeometry: GeoJSON in projected CRSs', () => {
  // Squares of 100 m around the Kölner Dom (Stadt Köln's published coordinates, see the README).
  it.each<[string, string, string[]]>([
    ['koeln-utm32-crs-member.geojson', 'EPSG:25832', []],
    ['koeln-utm32.geojson', 'EPSG:25832', ['crs-assumed']],
    ['koeln-utm32-zone-prefix.geojson', 'EPSG:4647', ['crs-assumed']],
    ['koeln-gauss-krueger-2.geojson', 'EPSG:31466', ['crs-assumed']],
  ])('%s is read as %s', async (file, crs, codes) => {
    const result = await readGeometry(spec(file), options);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.crs).toBe(crs);
    expect(result.issues.map((item) => item.code)).toEqual(codes);
    expect(result.value.ids).toEqual(['001', '002']);
    expect(result.value.names).toEqual(['Domumgebung', 'Rheinufer']);
    // 50.94130 N, 6.95813 E: the Dom from the city's UTM coordinates; GK agrees within ~2 m (1e-5°·70 km).
    const [longitude, latitude] = centre(
      (result.value.features[0]!.geometry as { coordinates: number[][][] }).coordinates,
    );
    expect(longitude).toBeCloseTo(6.95813, 4);
    expect(latitude).toBeCloseTo(50.9413, 4);
  });

  it('rounds to 7 decimals and gives a WGS84 bbox', async () => {
    const result = await readGeometry(spec('koeln-utm32.geojson'), options);
    if (!result.ok) throw new Error('not ok');
    const positions = result.value.features.flatMap((feature) =>
      (feature.geometry.coordinates as number[][][]).flat(),
    );
    expect(
      positions.every(([x, y]) => Math.round(x! * 1e7) / 1e7 === x && Math.round(y! * 1e7) / 1e7 === y),
    ).toBe(true);
    // 300 m × 100 m of UTM grid, turned by the grid convergence (< 2° here): 300–304 m × 100–111 m.
    const [west, south, east, north] = result.value.bbox;
    const widthMetres = (east - west) * 111_320 * Math.cos((50.9413 * Math.PI) / 180);
    const heightMetres = (north - south) * 111_200;
    expect(widthMetres).toBeGreaterThan(299);
    expect(widthMetres).toBeLessThan(304);
    expect(heightMetres).toBeGreaterThan(100);
    expect(heightMetres).toBeLessThan(111);
  });

  it('takes the manifest CRS over the crs member', async () => {
    const result = await readGeometry(spec('koeln-gauss-krueger-2.geojson', { crs: 'EPSG:31466' }), options);
    expect(result.ok && result.value.crs).toBe('EPSG:31466');
    expect(result.issues).toEqual([]);
  });
});

describe('readGeometry: problems per feature (problems.geojson, WGS84)', () => {
  const loaded = readGeometry(spec('problems.geojson', { idProperty: 'id' }), options);
  const issuesOf = async (feature: number) =>
    (await loaded).issues
      .filter((item) => item.where.feature === feature)
      .map((item: Issue) => [
        item.code,
        item.severity,
        item.params.reason ?? item.params.type ?? item.params.id ?? '',
      ]);

  it.each<[number, string, (string | number)[][]]>([
    [0, 'valid', []],
    [1, 'unclosed ring: closed, kept', [['invalid-geometry', 'warning', 'ring-not-closed']]],
    [2, 'bow tie: kept', [['invalid-geometry', 'warning', 'self-intersection']]],
    [3, 'no id: dropped', [['missing-id', 'error', '']]],
    [4, 'duplicate of feature 1: dropped', [['duplicate-id', 'error', 'A']]],
    [5, 'Point: dropped', [['unsupported-geometry', 'error', 'Point']]],
    [6, 'GeometryCollection: dropped', [['unsupported-geometry', 'error', 'GeometryCollection']]],
    [7, 'null geometry: dropped', [['empty-geometry', 'error', '']]],
    [8, 'text coordinate: dropped', [['invalid-geometry', 'error', 'non-finite']]],
    [9, 'three positions: dropped', [['invalid-geometry', 'error', 'too-few-points']]],
    [10, 'collinear: dropped', [['invalid-geometry', 'error', 'zero-area']]],
    [11, 'latitude 95: dropped', [['invalid-geometry', 'error', 'out-of-range']]],
    [12, 'one degenerate part of two: kept', [['invalid-geometry', 'warning', 'too-few-points']]],
    [13, 'degenerate hole: kept', [['invalid-geometry', 'warning', 'too-few-points']]],
    [14, 'numeric id, no name: kept', []],
  ])('feature %i (%s)', async (feature, _description, expected) => {
    expect(await issuesOf(feature)).toEqual(expected);
  });

  it('keeps the valid and repaired features in file order', async () => {
    const result = await loaded;
    if (!result.ok) throw new Error('not ok');
    expect(result.value.ids).toEqual(['A', 'B', 'C', 'L', 'M', '7']);
    expect(result.value.names).toEqual([
      'Gültig',
      'Ring offen',
      'Schleife',
      'Ein Teil entartet',
      'Loch entartet',
      '',
    ]);
    expect(result.value.features[1]!.geometry.coordinates[0]).toHaveLength(5);
    expect(result.value.features[3]!.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [7.24, 51.0],
            [7.25, 51.0],
            [7.25, 51.01],
            [7.24, 51.0],
          ],
        ],
      ],
    });
    expect(result.value.features[4]!.geometry.coordinates).toHaveLength(1);
    expect(result.value.features[0]!.properties).toEqual({ id: 'A', name: 'Gültig' });
  });

  it('locates each issue by file, feature and area id', async () => {
    const duplicate = (await loaded).issues.find((item) => item.code === 'duplicate-id');
    expect(duplicate).toEqual({
      code: 'duplicate-id',
      severity: 'error',
      where: { file: 'problems.geojson', feature: 4, areaId: 'A' },
      params: { id: 'A', first: 1 },
    });
  });
});

describe('readGeometry: GeoJSON shapes and syntax', () => {
  const square = '[[[7,51],[7.01,51],[7.01,51.01],[7,51]]]';
  it.each<[string, string, string[]]>([
    [
      'a bare Feature',
      `{"type":"Feature","properties":{"id":"X"},"geometry":{"type":"Polygon","coordinates":${square}}}`,
      ['X'],
    ],
    [
      'a Feature with a top-level id only',
      `{"type":"Feature","id":"Y","properties":{},"geometry":{"type":"Polygon","coordinates":${square}}}`,
      [],
    ],
    [
      'a byte order mark',
      `\uFEFF{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"Z"},"geometry":{"type":"MultiPolygon","coordinates":[${square}]}}]}`,
      ['Z'],
    ],
  ])('reads %s', async (_name, text, ids) => {
    const result = await fromText(text);
    expect(result.ok ? result.value.ids : []).toEqual(ids);
  });

  it('reads the top-level feature id when there is no id property', async () => {
    const readFileFromText = async () =>
      new TextEncoder().encode(
        `{"type":"Feature","id":42,"properties":null,"geometry":{"type":"Polygon","coordinates":${square}}}`,
      );
    const result = await readGeometry(
      spec('inline.geojson', { idProperty: undefined, nameProperty: undefined }),
      {
        ...options,
        readFile: readFileFromText,
      },
    );
    expect(result.ok && result.value.ids).toEqual(['42']);
    expect(result.ok && result.value.features[0]!.id).toBe(42);
  });

  it.each<[string, string, number, number, Record<string, string>]>([
    [
      'trailing comma',
      '{\n  "type": "FeatureCollection",\n  "features": [],\n}',
      4,
      1,
      { reason: 'unexpected-character', character: '}' },
    ],
    ['missing value', '{"type": }', 1, 10, { reason: 'unexpected-character', character: '}' }],
    ['cut off', '{"type": "FeatureCollection",\n "features": [', 2, 15, { reason: 'unexpected-end' }],
    ['single quotes', "{\n\t'type': 1}", 2, 2, { reason: 'unexpected-character', character: "'" }],
    ['text after the value', '{}\n{}', 2, 1, { reason: 'unexpected-character', character: '{' }],
  ])('locates a syntax error: %s', async (_name, text, line, column, params) => {
    const result = await fromText(text);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'geometry-json',
      where: { line, column: String(column) },
      params,
    });
  });

  it.each<[string, string, string, string]>([
    ['not an object', '[1, 2]', 'geometry-format', 'not-geojson'],
    ['an object of another kind', '{"name": "x"}', 'geometry-format', 'not-geojson'],
    ['an empty collection', '{"type":"FeatureCollection","features":[]}', 'geometry-format', 'no-features'],
    ['nothing valid', '{"type":"Feature","properties":{"id":"X"},"geometry":null}', 'empty-geometry', ''],
    [
      'unknown CRS',
      '{"type":"Feature","properties":{"id":"X"},"geometry":{"type":"Polygon","coordinates":[[[4321000,3210000],[4322000,3210000],[4322000,3211000],[4321000,3210000]]]}}',
      'crs-unknown',
      '',
    ],
  ])('fails on %s', async (_name, text, code, reason) => {
    const result = await fromText(text);
    expect(result.ok).toBe(false);
    expect(result.issues.find((item) => item.severity === 'error')).toMatchObject({
      code,
      params: reason ? { reason } : {},
    });
  });

  it('fails with file-not-found for a missing file', async () => {
    const result = await readGeometry(spec('nowhere.geojson'), options);
    expect(result).toEqual({
      ok: false,
      issues: [{ code: 'file-not-found', severity: 'error', where: { file: 'nowhere.geojson' }, params: {} }],
    });
  });
});
