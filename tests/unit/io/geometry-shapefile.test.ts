/**
 * readGeometry on ESRI shapefiles: .shp with .dbf/.prj/.cpg beside it, and zipped. The files are
 * written in memory by tests/fixtures/geometry/write-shapefile.ts; expected names are the ones written,
 * the expected CRS is the one the .prj or the coordinates stand for (EPSG registry), the Kölner Dom
 * point is Stadt Köln's (see geometry-crs.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readGeometry } from '../../../src/io/geometry';
import type { Result } from '../../../src/io/issue';
import type { GeometryLayer } from '../../../src/io/geometry';
import { writeDbf, writeShp, writeZip, type DbfField } from '../../fixtures/geometry/write-shapefile';

const PRJ_25832 =
  'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

// Clockwise squares (outer rings of shapefiles turn clockwise) around the Kölner Dom, in UTM 32N.
const square = (x: number, y: number) => [
  [
    [x - 50, y - 50],
    [x - 50, y + 50],
    [x + 50, y + 50],
    [x + 50, y - 50],
    [x - 50, y - 50],
  ],
];
const shp = writeShp([square(356548, 5645283), square(356748, 5645283), square(356948, 5645283)]);
const fields: DbfField[] = [
  { name: 'PLR_ID', type: 'N', length: 8 },
  { name: 'PLR_NAME', type: 'C', length: 40 },
];
const records = [
  [1100101, 'Schloßstraße'],
  [1100102, 'Großer Tiergarten'],
  [1100103, 'Märkisches Viertel'],
];
const names = records.map((record) => record[1]);

function load(
  files: Record<string, Uint8Array | string>,
  extra: { encoding?: 'utf-8' | 'windows-1252' } = {},
  file = 'plr.shp',
) {
  const readFile = async (relativePath: string) => {
    const content = files[relativePath];
    return content === undefined
      ? null
      : typeof content === 'string'
        ? new TextEncoder().encode(content)
        : content;
  };
  return readGeometry(
    { file, idProperty: 'PLR_ID', nameProperty: 'PLR_NAME', ...extra },
    { readFile, normaliseId: (id) => id.padStart(8, '0'), levelId: 'plr' },
  );
}

function layer(result: Result<GeometryLayer>): GeometryLayer {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('readGeometry: shapefile', () => {
  const utf8 = writeDbf(fields, records, 'utf-8');
  const latin = writeDbf(fields, records, 'windows-1252');

  it.each<[string, Record<string, Uint8Array | string>, { encoding?: 'utf-8' | 'windows-1252' }, string[]]>([
    ['UTF-8 with .cpg "UTF-8"', { 'plr.dbf': utf8, 'plr.cpg': 'UTF-8' }, {}, []],
    ['UTF-8 without .cpg', { 'plr.dbf': utf8 }, {}, []],
    ['Windows-1252 with .cpg "1252"', { 'plr.dbf': latin, 'plr.cpg': '1252' }, {}, []],
    ['Windows-1252 with .cpg "ANSI 1252"', { 'plr.dbf': latin, 'plr.cpg': 'ANSI 1252\r\n' }, {}, []],
    ['Windows-1252 as the manifest says', { 'plr.dbf': latin }, { encoding: 'windows-1252' }, []],
    ['Windows-1252 found by the UTF-8 check', { 'plr.dbf': latin }, {}, ['encoding-fallback']],
    ['upper-case sibling names', { 'plr.DBF': latin, 'plr.CPG': 'CP1252', 'plr.PRJ': PRJ_25832 }, {}, []],
  ])('reads names with umlauts and ß: %s', async (_name, siblings, extra, codes) => {
    const result = await load({ 'plr.shp': shp, 'plr.prj': PRJ_25832, ...siblings }, extra);
    expect(layer(result).names).toEqual(names);
    expect(result.issues.map((item) => item.code)).toEqual(codes);
  });

  it('pads numeric DBF ids, reprojects from the .prj and keeps the records as properties', async () => {
    const result = layer(await load({ 'plr.shp': shp, 'plr.dbf': utf8, 'plr.prj': PRJ_25832 }));
    expect(result.crs).toBe('EPSG:25832');
    expect(result.ids).toEqual(['01100101', '01100102', '01100103']);
    expect(result.features[0]!.properties).toEqual({ PLR_ID: 1100101, PLR_NAME: 'Schloßstraße' });
    // Dom: 6.95813 E, 50.94130 N is the first square's centre (opposite corners 0 and 2).
    const ring = (result.features[0]!.geometry.coordinates as number[][][])[0]!;
    expect((ring[0]![0]! + ring[2]![0]!) / 2).toBeCloseTo(6.95813, 5);
    expect((ring[0]![1]! + ring[2]![1]!) / 2).toBeCloseTo(50.9413, 5);
    expect(result.bbox[2]).toBeGreaterThan(6.963); // the row reaches 450 m east
  });

  it('assumes UTM 32 from the coordinates without a .prj', async () => {
    const result = await load({ 'plr.shp': shp, 'plr.dbf': utf8 });
    expect(layer(result).crs).toBe('EPSG:25832');
    expect(result.issues).toMatchObject([
      { code: 'crs-assumed', params: { crs: 'EPSG:25832', basis: 'coordinates' } },
    ]);
  });

  it.each<[string, Record<string, Uint8Array | string>, string, Record<string, string>]>([
    ['no .dbf', { 'plr.shp': shp }, 'file-not-found', {}],
    [
      'bytes that are no .shp',
      { 'plr.shp': 'hello', 'plr.dbf': utf8 },
      'geometry-format',
      { reason: 'shapefile-damaged' },
    ],
    [
      'a cut-off .dbf',
      { 'plr.shp': shp, 'plr.dbf': utf8.subarray(0, 40) },
      'geometry-format',
      { reason: 'shapefile-damaged' },
    ],
  ])('fails on %s', async (_name, files, code, params) => {
    const result = await load(files);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code, severity: 'error', params });
  });
});

describe('readGeometry: zipped shapefile', () => {
  const utf8 = writeDbf(fields, records, 'utf-8');
  const parts = (prefix: string, stored = false) => [
    { name: `${prefix}.shp`, data: shp, stored },
    { name: `${prefix}.dbf`, data: utf8, stored },
    { name: `${prefix}.prj`, data: new TextEncoder().encode(PRJ_25832), stored },
    { name: `${prefix}.cpg`, data: new TextEncoder().encode('UTF-8'), stored },
  ];

  it.each<[string, Uint8Array]>([
    ['deflated', writeZip(parts('plr'))],
    ['stored', writeZip(parts('plr', true))],
    [
      'in a folder, with macOS resource forks',
      writeZip([{ name: '__MACOSX/lor/._plr.shp', data: new Uint8Array(8) }, ...parts('lor/PLR')]),
    ],
  ])('reads a %s zip', async (_name, zip) => {
    const result = await load({ 'plr.zip': zip }, {}, 'plr.zip');
    expect(result.issues).toEqual([]);
    expect(layer(result).names).toEqual(names);
    expect(layer(result).crs).toBe('EPSG:25832');
  });

  it.each<[string, Uint8Array, Record<string, string>]>([
    [
      'a zip without a shapefile',
      writeZip([{ name: 'readme.txt', data: new Uint8Array(3) }]),
      { code: 'geometry-format', reason: 'zip-without-shapefile' },
    ],
    [
      'a damaged zip',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      { code: 'geometry-format', reason: 'zip-unreadable' },
    ],
    ['a zip without .dbf', writeZip(parts('plr').slice(0, 1)), { code: 'file-not-found' }],
  ])('fails on %s', async (_name, zip, expected) => {
    const result = await load({ 'plr.zip': zip }, {}, 'plr.zip');
    expect(result.ok).toBe(false);
    const { code, ...params } = expected;
    expect(result.issues[0]).toMatchObject({ code, params });
  });
});
