#!/usr/bin/env node
/**
 * Writes the demo dataset: a fictional German city, "Neustadt an der Aue (fiktiv)", with
 * Sozialräume, Stadtbezirke, ten years of counts and a manifest (see data/README.md).
 *
 * Usage: node scripts/generate-demo.mjs [output folder]   (default: data/demo)
 *
 * Deterministic: one seeded generator and no clock, so the same command always writes the same
 * bytes (tests/unit/demo/demo-data.test.ts checks the committed files against a fresh run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCity } from './demo/city.mjs';
import { closeRing } from './demo/geometry.mjs';
import { generateData, toCsv } from './demo/data.mjs';
import { demoManifest } from './demo/manifest.mjs';
import { mulberry32, randomTools } from './demo/random.mjs';

/** The seed of everything; change it and every file changes. */
export const SEED = 4711;

/** Centre of the city: over the Bergen training area in the Lüneburg Heath, where no town stands. */
const ORIGIN = { lon: 9.87, lat: 52.84 };

/**
 * @param {string} outputFolder
 */
export function generateDemo(outputFolder) {
  // Separate streams, so that tuning the data never moves a boundary.
  const geometryRandom = randomTools(mulberry32(SEED));
  const dataRandom = randomTools(mulberry32(SEED + 1));
  const city = buildCity(geometryRandom, ORIGIN);
  const data = generateData(dataRandom, city.cells);

  mkdirSync(outputFolder, { recursive: true });
  writeFileSync(
    join(outputFolder, 'sozialraeume.geojson'),
    featureCollection(
      city.cells.map((cell) => ({
        type: 'Feature',
        properties: { sozialraum_id: cell.id, name: cell.name },
        geometry: { type: 'Polygon', coordinates: [closeRing(cell.ring, true)] },
      })),
    ),
  );
  writeFileSync(
    join(outputFolder, 'stadtbezirke.geojson'),
    featureCollection(
      city.districts.map((district) => ({
        type: 'Feature',
        properties: { bezirk_id: district.id, name: district.name },
        geometry: district.geometry,
      })),
    ),
  );
  writeFileSync(join(outputFolder, 'sozialraum_daten.csv'), toCsv(data.rows));
  writeFileSync(join(outputFolder, 'manifest.json'), JSON.stringify(demoManifest(), null, 2) + '\n');
  return { city, data };
}

/**
 * A FeatureCollection with one feature per line: small diffs, still easy to read.
 * @param {object[]} features
 */
function featureCollection(features) {
  return (
    '{"type":"FeatureCollection","features":[\n' +
    features.map((f) => JSON.stringify(f)).join(',\n') +
    '\n]}\n'
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outputFolder = process.argv[2] ? resolve(process.argv[2]) : join(repository, 'data', 'demo');
  const { city, data } = generateDemo(outputFolder);
  const markers = data.marked.reduce(
    (counts, m) => ({ ...counts, [m.symbol]: (counts[m.symbol] ?? 0) + 1 }),
    /** @type {Record<string, number>} */ ({}),
  );
  console.log(
    `demo: ${city.cells.length} Sozialräume in ${city.districts.length} Stadtbezirken, ${data.rows.length} rows, ` +
      `markers ${JSON.stringify(markers)}, gap ${data.gap.id}/${data.gap.year} → ${outputFolder}`,
  );
}
