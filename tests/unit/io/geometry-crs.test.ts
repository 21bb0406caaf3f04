/**
 * CRS detection (.prj WKT, GeoJSON crs names, coordinate ranges) and reprojection to WGS84.
 *
 * Known points, each published in several systems by a surveying authority:
 * - Kölner Dom (centre): Gauß-Krüger zone 2 R 2567386 H 5645554 and ETRS89/UTM E 32356548 N 5645283,
 *   Stadt Köln, Amt für Liegenschaften, Vermessung und Kataster (press release on the switch to ETRS89,
 *   stadt-koeln.de, "Die Globalisierung erreicht auch das kommunale Liegenschaftskataster").
 * - Brandenburger Tor: WGS84 13.37785 E 52.51625 N, GK zone 3 3797184/5829367, zone 4 4593633/5821241,
 *   zone 5 5390015/5821581, ETRS89/UTM 33 389950/5819700 (rounded to 50 m), FIS-Broker help page
 *   "Koordinatensuche" (fbinter.stadt-berlin.de/fb/hilfe/oma_areaselection_coordinates.html).
 * Tolerances: the 7-parameter DHDN shift is good to ~1–3 m in Germany (BKG), the map-window values
 * of FIS-Broker are not survey points.
 * WKT texts are as ArcGIS (ESRI WKT) and GDAL (OGC WKT with AUTHORITY) write them; expected codes are
 * the EPSG registry's codes of those definitions.
 */
import { describe, expect, it } from 'vitest';
import { crsFromCoordinates, crsFromName, crsFromWkt, detectCrs, toWgs84 } from '../../../src/io/geometry';
import type { CrsCode } from '../../../src/manifest/schema';

const ESRI_GCS_ETRS89 =
  'GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const ESRI_GCS_WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const ESRI_GCS_DHDN =
  'GEOGCS["GCS_Deutsches_Hauptdreiecksnetz",DATUM["D_Deutsches_Hauptdreiecksnetz",SPHEROID["Bessel_1841",6377397.155,299.1528128]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const esriTm = (name: string, gcs: string, falseEasting: number, centralMeridian: number, scale: number) =>
  `PROJCS["${name}",${gcs},PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",${falseEasting.toFixed(1)}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${centralMeridian.toFixed(1)}],PARAMETER["Scale_Factor",${scale}],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
const GDAL_25832 =
  'PROJCS["ETRS89 / UTM zone 32N",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],TOWGS84[0,0,0,0,0,0,0],AUTHORITY["EPSG","6258"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4258"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",9],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","25832"]]';

describe('crsFromWkt', () => {
  it.each<[string, string, CrsCode | null]>([
    // The Berlin LOR .prj (ArcGIS), see ../shared/data/real/berlin-mss-2021
    [
      'ESRI ETRS89 UTM 33N',
      esriTm('ETRS_1989_UTM_Zone_33N', ESRI_GCS_ETRS89, 500000, 15, 0.9996),
      'EPSG:25833',
    ],
    [
      'ESRI ETRS89 UTM 32N',
      esriTm('ETRS_1989_UTM_Zone_32N', ESRI_GCS_ETRS89, 500000, 9, 0.9996),
      'EPSG:25832',
    ],
    ['GDAL ETRS89 UTM 32N', GDAL_25832, 'EPSG:25832'],
    ['ESRI WGS84 UTM 33N', esriTm('WGS_1984_UTM_Zone_33N', ESRI_GCS_WGS84, 500000, 15, 0.9996), 'EPSG:25833'],
    [
      'ESRI UTM zone 32 with prefix',
      esriTm('ETRS_1989_UTM_Zone_N32', ESRI_GCS_ETRS89, 32500000, 9, 0.9996),
      'EPSG:4647',
    ],
    [
      'ESRI UTM zone 33 with prefix',
      esriTm('ETRS_1989_UTM_Zone_N33', ESRI_GCS_ETRS89, 33500000, 15, 0.9996),
      'EPSG:5650',
    ],
    ['ESRI DHDN GK zone 2', esriTm('DHDN_3_Degree_Gauss_Zone_2', ESRI_GCS_DHDN, 2500000, 6, 1), 'EPSG:31466'],
    ['ESRI DHDN GK zone 3', esriTm('DHDN_3_Degree_Gauss_Zone_3', ESRI_GCS_DHDN, 3500000, 9, 1), 'EPSG:31467'],
    [
      'ESRI DHDN GK zone 4',
      esriTm('DHDN_3_Degree_Gauss_Zone_4', ESRI_GCS_DHDN, 4500000, 12, 1),
      'EPSG:31468',
    ],
    [
      'ESRI DHDN GK zone 5',
      esriTm('DHDN_3_Degree_Gauss_Zone_5', ESRI_GCS_DHDN, 5500000, 15, 1),
      'EPSG:31469',
    ],
    ['ESRI WGS84 geographic', ESRI_GCS_WGS84, 'EPSG:4326'],
    ['ESRI ETRS89 geographic', ESRI_GCS_ETRS89, 'EPSG:4258'],
    [
      'ESRI Web Mercator',
      `PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",${ESRI_GCS_WGS84},PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]`,
      'EPSG:3857',
    ],
    [
      'ETRS89 LAEA (not supported)',
      `PROJCS["ETRS_1989_LAEA",${ESRI_GCS_ETRS89},PROJECTION["Lambert_Azimuthal_Equal_Area"],PARAMETER["False_Easting",4321000.0],PARAMETER["False_Northing",3210000.0],PARAMETER["Central_Meridian",10.0],PARAMETER["Latitude_Of_Origin",52.0],UNIT["Meter",1.0]]`,
      null,
    ],
    ['UTM 31N (not supported)', esriTm('ETRS_1989_UTM_Zone_31N', ESRI_GCS_ETRS89, 500000, 3, 0.9996), null],
    ['not WKT', 'hello', null],
  ])('%s', (_name, wkt, expected) => {
    expect(crsFromWkt(wkt)).toBe(expected);
  });
});

describe('crsFromName', () => {
  it.each<[string, CrsCode | null]>([
    ['urn:ogc:def:crs:EPSG::25832', 'EPSG:25832'],
    ['EPSG:25833', 'EPSG:25833'],
    ['http://www.opengis.net/def/crs/EPSG/0/31467', 'EPSG:31467'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'],
    ['EPSG:3857', 'EPSG:3857'],
    ['EPSG:32632', 'EPSG:25832'],
    ['EPSG:3035', null],
    ['', null],
  ])('%s → %s', (name, expected) => {
    expect(crsFromName(name)).toBe(expected);
  });
});

describe('crsFromCoordinates', () => {
  it.each<[string, number, number, CrsCode | null, boolean]>([
    ['longitude/latitude', 13.4, 52.5, 'EPSG:4326', false],
    ['GK zone 2 (Kölner Dom)', 2567386, 5645554, 'EPSG:31466', false],
    ['GK zone 3', 3797184, 5829367, 'EPSG:31467', false],
    ['GK zone 4', 4593633, 5821241, 'EPSG:31468', false],
    ['GK zone 5', 5390015, 5821581, 'EPSG:31469', false],
    ['UTM 32 with zone prefix', 32356548, 5645283, 'EPSG:4647', false],
    ['UTM 33 with zone prefix', 33389950, 5819700, 'EPSG:5650', false],
    ['plain UTM (zone 32 or 33)', 389950, 5819700, 'EPSG:25832', true],
    ['Web Mercator (not guessed)', 1489000, 6894000, null, false],
    ['outside Germany', 500000, 4000000, null, false],
    ['not a number', Number.NaN, 5819700, null, false],
  ])('%s', (_name, x, y, crs, isAmbiguous) => {
    const guess = crsFromCoordinates(x, y);
    expect(guess && { crs: guess.crs, isAmbiguous: guess.isAmbiguous }).toEqual(crs && { crs, isAmbiguous });
  });
});

// Distance in metres between two lon/lat points (equirectangular; fine for metres).
function metresBetween([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const metresPerDegree = 111_320;
  const dx = (lon1! - lon2!) * metresPerDegree * Math.cos((lat1! * Math.PI) / 180);
  const dy = (lat1! - lat2!) * metresPerDegree;
  return Math.hypot(dx, dy);
}

describe('toWgs84', () => {
  const koelnerDom = toWgs84('EPSG:4647')(32356548, 5645283);
  it.each<[string, CrsCode, number, number, readonly [number, number], number]>([
    ['Kölner Dom, UTM 32 without prefix', 'EPSG:25832', 356548, 5645283, koelnerDom, 0.01],
    ['Kölner Dom, DHDN GK zone 2', 'EPSG:31466', 2567386, 5645554, koelnerDom, 3],
    ['Brandenburger Tor, DHDN GK zone 3', 'EPSG:31467', 3797184, 5829367, [13.37785, 52.51625], 5],
    ['Brandenburger Tor, DHDN GK zone 4', 'EPSG:31468', 4593633, 5821241, [13.37785, 52.51625], 5],
    ['Brandenburger Tor, DHDN GK zone 5', 'EPSG:31469', 5390015, 5821581, [13.37785, 52.51625], 5],
    ['Brandenburger Tor, ETRS89 UTM 33', 'EPSG:25833', 389950, 5819700, [13.37785, 52.51625], 50],
    [
      'Brandenburger Tor, ETRS89 UTM 33 with prefix',
      'EPSG:5650',
      33389950,
      5819700,
      [13.37785, 52.51625],
      50,
    ],
    // Spherical Mercator by hand: x = Rλ, y = R ln tan(π/4 + φ/2), R = 6378137 (EPSG method 1024).
    ['Brandenburger Tor, Web Mercator', 'EPSG:3857', 1489215.45, 6894013.78, [13.37785, 52.51625], 0.01],
    ['WGS84 is the identity', 'EPSG:4326', 13.37785, 52.51625, [13.37785, 52.51625], 0],
  ])('%s', (_name, crs, x, y, expected, toleranceMetres) => {
    expect(metresBetween(toWgs84(crs)(x, y), expected)).toBeLessThanOrEqual(toleranceMetres);
  });

  it('puts the Kölner Dom where Wikipedia has it (50.9413 N, 6.9583 E, ±30 m)', () => {
    expect(metresBetween(koelnerDom, [6.958281, 50.941278])).toBeLessThan(30);
  });
});

describe('detectCrs', () => {
  const base = {
    file: 'f',
    manifest: undefined,
    prj: null,
    geoJsonMember: undefined,
    isGeoJson: true,
    bbox: null,
  };
  const utm32Prj = esriTm('ETRS_1989_UTM_Zone_32N', ESRI_GCS_ETRS89, 500000, 9, 0.9996);
  const member = { type: 'name', properties: { name: 'EPSG:31467' } };
  it.each<[string, Partial<Parameters<typeof detectCrs>[0]>, CrsCode | null, string[]]>([
    [
      'the manifest wins over everything',
      { manifest: 'EPSG:25833', prj: utm32Prj, typicalPosition: [1, 2] },
      'EPSG:25833',
      [],
    ],
    [
      '.prj before the crs member',
      { prj: utm32Prj, geoJsonMember: member, typicalPosition: [1, 2] },
      'EPSG:25832',
      [],
    ],
    ['crs member before coordinates', { geoJsonMember: member, typicalPosition: [13, 52] }, 'EPSG:31467', []],
    ['GeoJSON lon/lat: RFC 7946 default, no note', { typicalPosition: [13, 52] }, 'EPSG:4326', []],
    [
      'shapefile lon/lat without .prj: assumed',
      { isGeoJson: false, typicalPosition: [13, 52] },
      'EPSG:4326',
      ['crs-assumed'],
    ],
    ['plain UTM: assumed zone 32', { typicalPosition: [389950, 5819700] }, 'EPSG:25832', ['crs-assumed']],
    [
      'unknown .prj falls back to coordinates',
      { prj: 'PROJCS["x"]', typicalPosition: [3797184, 5829367] },
      'EPSG:31467',
      ['crs-assumed'],
    ],
    [
      'nothing fits',
      { typicalPosition: [4321000, 3210000], bbox: [4321000, 3210000, 4322000, 3211000] },
      null,
      ['crs-unknown'],
    ],
  ])('%s', (_name, evidence, crs, codes) => {
    const result = detectCrs({ ...base, typicalPosition: null, ...evidence });
    expect(result.crs).toBe(crs);
    expect(result.issues.map((item) => item.code)).toEqual(codes);
  });

  it('says what the coordinates were when nothing fits', () => {
    const result = detectCrs({
      ...base,
      typicalPosition: [4321000, 3210000],
      bbox: [4321000, 3210000, 4322000, 3211000],
    });
    expect(result.issues[0]).toMatchObject({
      severity: 'error',
      params: { detail: 'x 4321000 … 4322000, y 3210000 … 3211000' },
    });
  });

  it('reports the assumption with crs and basis', () => {
    const result = detectCrs({ ...base, typicalPosition: [389950, 5819700] });
    expect(result.issues[0]).toMatchObject({
      severity: 'warning',
      where: { file: 'f' },
      params: { crs: 'EPSG:25832', basis: 'coordinates' },
    });
  });
});
