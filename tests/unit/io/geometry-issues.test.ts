/**
 * The German and English sentences for the geometry loader's issues (src/i18n/issues.ts), with the
 * params the loader really sends. Expected sentences written by hand from the wording agreed there.
 */
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../../src/i18n/issues';
import { issue, type Issue } from '../../../src/io/issue';

const where = { file: 'plr.geojson', feature: 4, areaId: '01100101' };

describe('describeIssue for geometry issues', () => {
  it.each<[Issue, string, string]>([
    [
      issue(
        'geometry-json',
        'error',
        { file: 'plr.geojson', line: 4, column: '1' },
        { reason: 'unexpected-character', character: '}', message: 'x' },
      ),
      'plr.geojson, Zeile 4, Spalte 1: Geometrie ist kein gültiges JSON: unerwartetes Zeichen „}“',
      'plr.geojson, line 4, column 1: geometry is not valid JSON: unexpected character "}"',
    ],
    [
      issue(
        'geometry-json',
        'error',
        { file: 'plr.geojson', line: 2, column: '15' },
        { reason: 'unexpected-end', message: 'x' },
      ),
      'plr.geojson, Zeile 2, Spalte 15: Geometrie ist kein gültiges JSON: Datei endet mitten im JSON (abgeschnitten?)',
      'plr.geojson, line 2, column 15: geometry is not valid JSON: file ends inside the JSON (cut off?)',
    ],
    [
      issue(
        'geometry-format',
        'error',
        { file: 'plr.zip' },
        { reason: 'zip-without-shapefile', message: '' },
      ),
      'plr.zip: Geometrie nicht lesbar: ZIP-Archiv enthält keine .shp-Datei',
      'plr.zip: geometry cannot be read: zip archive holds no .shp file',
    ],
    [
      issue(
        'geometry-format',
        'error',
        { file: 'plr.json' },
        { reason: 'not-geojson', message: 'type: "Topology"' },
      ),
      'plr.json: Geometrie nicht lesbar: kein GeoJSON (type: "Topology")',
      'plr.json: geometry cannot be read: not GeoJSON (type: "Topology")',
    ],
    [
      issue('duplicate-id', 'error', where, { id: '01100101', first: 1 }),
      'plr.geojson, Objekt 5, Gebiet 01100101: Gebietsschlüssel „01100101“ kommt doppelt vor (zuerst Objekt 1)',
      'plr.geojson, feature 5, area 01100101: area key "01100101" occurs twice (first at feature 1)',
    ],
    [
      issue('invalid-geometry', 'warning', where, { reason: 'self-intersection' }),
      'plr.geojson, Objekt 5, Gebiet 01100101: ungültige Geometrie: Umriss schneidet sich selbst',
      'plr.geojson, feature 5, area 01100101: invalid geometry: self intersection',
    ],
    [
      issue('crs-assumed', 'warning', { file: 'plr.shp' }, { crs: 'EPSG:25832', basis: 'coordinates' }),
      'plr.shp: Koordinatensystem EPSG:25832 angenommen (aus dem Koordinatenbereich geschlossen)',
      'plr.shp: coordinate system EPSG:25832 assumed (inferred from the coordinate range)',
    ],
    [
      issue(
        'crs-unknown',
        'error',
        { file: 'plr.shp' },
        { detail: 'x 4321000 … 4322000, y 3210000 … 3211000' },
      ),
      'plr.shp: Koordinatensystem nicht erkannt: x 4321000 … 4322000, y 3210000 … 3211000',
      'plr.shp: coordinate system not recognised: x 4321000 … 4322000, y 3210000 … 3211000',
    ],
  ])('sentence %#', (item, german, english) => {
    expect(describeIssue(item, 'de')).toBe(german);
    expect(describeIssue(item, 'en')).toBe(english);
  });

  it('has a wording for every geometry-format reason', () => {
    const reasons = [
      'not-geojson',
      'no-features',
      'unknown-format',
      'shapefile-damaged',
      'zip-unreadable',
      'zip-without-shapefile',
    ];
    for (const reason of reasons) {
      const item = issue('geometry-format', 'error', {}, { reason, message: 'MESSAGE' });
      expect(describeIssue(item, 'de')).not.toMatch(/: MESSAGE$/);
      expect(describeIssue(item, 'en')).not.toMatch(/: MESSAGE$/);
    }
  });
});
