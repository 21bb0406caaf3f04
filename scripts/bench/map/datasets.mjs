// Benchmark datasets for the map, built in memory at bench time and written only into a temp dir:
// Berlin's 542 Planungsräume (real geometry from ../shared/data/real, read in place and reprojected
// from EPSG:25833 by shpjs/proj4; values synthetic) and a synthetic grid of 20,000 irregular cells.
// Each becomes a Quartiersmonitor manifest + GeoJSON + CSV that the app opens with ?dataset=.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDbf, parseShp } from 'shpjs';
import { mulberry32 } from '../../demo/random.mjs';
import { REAL_DATA_DIR } from '../../real-data-dir.mjs';

export const BERLIN_DIR = path.join(REAL_DATA_DIR, 'berlin-mss-2021');
export const YEARS = [2020, 2021, 2022];

/** Deterministic pseudo-random numbers (the demo generator's mulberry32): same data in every run. */
const random = mulberry32;

/** Berlin's Planungsräume as a WGS84 FeatureCollection with `id` and `name` properties. */
export function berlinFeatures() {
  const base = path.join(BERLIN_DIR, 'lor_planungsraeume_2021');
  const geometries = parseShp(readFileSync(`${base}.shp`), readFileSync(`${base}.prj`, 'utf8'));
  const records = parseDbf(readFileSync(`${base}.dbf`), 'UTF-8');
  return geometries.map((geometry, index) => {
    const { bbox: _bbox, ...plain } = geometry;
    return {
      type: 'Feature',
      properties: { id: records[index].PLR_ID, name: records[index].PLR_NAME },
      geometry: plain,
    };
  });
}

/**
 * A grid of irregular quadrilaterals: jittered shared vertices, so cells tile without gaps, around
 * 10° E 53° N. 125 × 160 = 20,000 cells.
 */
export function gridFeatures(columns = 160, rows = 125) {
  const next = random(20_000);
  const width = 0.004;
  const height = 0.0025;
  const vertex = [];
  for (let row = 0; row <= rows; row++) {
    for (let column = 0; column <= columns; column++) {
      const inner = row > 0 && row < rows && column > 0 && column < columns;
      vertex.push([
        10 + column * width + (inner ? (next() - 0.5) * width * 0.6 : 0),
        53 + row * height + (inner ? (next() - 0.5) * height * 0.6 : 0),
      ]);
    }
  }
  const at = (row, column) => vertex[row * (columns + 1) + column];
  const features = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const id = `G${String(row).padStart(3, '0')}${String(column).padStart(3, '0')}`;
      const ring = [
        at(row, column),
        at(row, column + 1),
        at(row + 1, column + 1),
        at(row + 1, column),
        at(row, column),
      ];
      features.push({
        type: 'Feature',
        properties: { id, name: `Zelle ${row + 1}/${column + 1}` },
        geometry: {
          type: 'Polygon',
          coordinates: [ring.map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6])],
        },
      });
    }
  }
  return features;
}

/** Synthetic counts per area and year (long CSV, German format), with a spatial pattern and drift. */
function csvFor(features, seed) {
  const next = random(seed);
  const lines = ['Gebiet;Jahr;Einwohner;Arbeitslose'];
  for (const feature of features) {
    const population = 500 + Math.floor(next() * 4500);
    const level = 0.02 + next() * 0.12;
    for (const [offset, year] of YEARS.entries()) {
      const rate = Math.max(0.005, level + (next() - 0.5) * 0.03 + offset * 0.002);
      lines.push(`${feature.properties.id};${year};${population};${Math.round(population * rate)}`);
    }
  }
  return lines.join('\n') + '\n';
}

function manifestFor(id, title) {
  return {
    formatVersion: 1,
    id,
    title: { de: title, en: title },
    source: { de: 'Benchmark (synthetische Werte)', en: 'Benchmark (synthetic values)' },
    fictional: true,
    levels: [
      {
        id: 'gebiet',
        label: { de: 'Gebiet', en: 'Area' },
        geometry: { file: 'areas.geojson', format: 'geojson', crs: 'EPSG:4326' },
        idProperty: 'id',
        nameProperty: 'name',
      },
    ],
    tables: [
      {
        id: 'daten',
        layout: 'long',
        file: 'daten.csv',
        delimiter: ';',
        encoding: 'utf-8',
        idColumn: 'Gebiet',
        yearColumn: 'Jahr',
        columns: { einwohner: 'Einwohner', arbeitslose: 'Arbeitslose' },
      },
    ],
    variables: [
      { id: 'einwohner', label: { de: 'Einwohner', en: 'Inhabitants' }, kind: 'count' },
      { id: 'arbeitslose', label: { de: 'Arbeitslose', en: 'Unemployed' }, kind: 'count' },
    ],
    indicators: [
      {
        id: 'arbeitslosenquote',
        type: 'rate',
        label: { de: 'Arbeitslosenanteil', en: 'Unemployment share' },
        unit: { de: '%', en: '%' },
        decimals: 1,
        polarity: 'higher-is-worse',
        numerator: 'arbeitslose',
        denominator: 'einwohner',
        per: 100,
        classification: { method: 'quantile', classes: 5 },
      },
    ],
    defaults: { indicator: 'arbeitslosenquote', year: YEARS.at(-1) },
  };
}

/**
 * Writes a dataset folder (manifest.json, areas.geojson, daten.csv) into `dir` and returns the
 * number of areas.
 */
export function writeDataset(dir, id, title, features, seed) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifestFor(id, title), null, 1));
  writeFileSync(path.join(dir, 'areas.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  writeFileSync(path.join(dir, 'daten.csv'), csvFor(features, seed));
  return features.length;
}
