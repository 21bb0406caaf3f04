#!/usr/bin/env node
/**
 * Builds a Quartiersmonitor dataset of the official Berlin "Monitoring Soziale Stadtentwicklung"
 * 2021 (542 Planungsräume) from the files in ../shared/data/real/berlin-mss-2021: copies the LOR
 * shapefiles and the MSS index indicator table into an output folder and writes a manifest.json
 * with the status index, the dynamics index and the Gesamtindex as the MSS defines them.
 *
 *   npm run berlin-mss -- [outdir] [--source <dir>]
 *
 * Without outdir a fresh temporary folder is used. The folder must lie outside the repository: the
 * data is not ours to publish (see docs/testing.md, "Real data"). Prints the folder; open it with
 * `node scripts/serve.mjs --data <outdir>` or `npx quartiersmonitor table <outdir>/manifest.json`.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REAL_DATA_DIR } from './real-data-dir.mjs';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SOURCE = resolve(REAL_DATA_DIR, 'berlin-mss-2021');

const SHAPEFILE_PARTS = ['shp', 'shx', 'dbf', 'prj', 'cpg'];
const FILES = [
  ...SHAPEFILE_PARTS.map((part) => `lor_planungsraeume_2021.${part}`),
  ...SHAPEFILE_PARTS.map((part) => `lor_bezirksregionen_2021.${part}`),
  'mss_2021_index_indikatoren.csv',
];

const BEZIRKE = {
  '01': 'Mitte',
  '02': 'Friedrichshain-Kreuzberg',
  '03': 'Pankow',
  '04': 'Charlottenburg-Wilmersdorf',
  '05': 'Spandau',
  '06': 'Steglitz-Zehlendorf',
  '07': 'Tempelhof-Schöneberg',
  '08': 'Neukölln',
  '09': 'Treptow-Köpenick',
  10: 'Marzahn-Hellersdorf',
  11: 'Lichtenberg',
  12: 'Reinickendorf',
};

const share = (id, de, en) => ({ id, label: { de, en }, kind: 'share', unit: '%' });

const shareIndicator = (id, de, en, unit) => ({
  id,
  type: 'count',
  variable: id,
  label: { de, en },
  topic: { de: 'MSS-Indikatoren', en: 'MSS indicators' },
  unit,
  decimals: 2,
  polarity: 'higher-is-worse',
  // The published shares are classified by the MSS per indicator around the mean: show them so.
  classification: { method: 'std-dev', classes: 5 },
});

const PERCENT = { de: '%', en: '%' };
const POINTS = { de: 'Prozentpunkte', en: 'percentage points' };
const Z = { de: 'z-Wert', en: 'z-score' };
const INDICES = { de: 'MSS-Indizes', en: 'MSS indices' };

/** The manifest of the Berlin MSS 2021 dataset; file paths relative to the output folder. */
export function berlinMssManifest() {
  return {
    formatVersion: 1,
    id: 'berlin-mss-2021',
    title: {
      de: 'Monitoring Soziale Stadtentwicklung Berlin 2021',
      en: 'Berlin social urban development monitoring 2021',
    },
    description: {
      de: 'Status- und Dynamik-Index und Gesamtindex der 542 Planungsräume (Stand 31.12.2020, Dynamik 2018–2020), berechnet wie im MSS 2021.',
      en: 'Status and dynamics index and overall index of the 542 planning areas (31.12.2020, dynamics 2018–2020), computed as in the MSS 2021.',
    },
    source: {
      de: 'Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin, MSS 2021 (FIS-Broker); LOR 2021',
      en: 'Berlin Senate Department for Urban Development, Building and Housing, MSS 2021 (FIS-Broker); LOR 2021',
    },
    city: { id: 'berlin', label: 'Berlin' },
    levels: [
      {
        id: 'planungsraum',
        label: { de: 'Planungsraum', en: 'Planning area' },
        geometry: { file: 'lor_planungsraeume_2021.shp', format: 'shapefile', crs: 'EPSG:25833' },
        idProperty: 'PLR_ID',
        nameProperty: 'PLR_NAME',
        parent: { type: 'prefix', length: 6 },
        ids: { padStart: 8 },
      },
      {
        id: 'bezirksregion',
        label: { de: 'Bezirksregion', en: 'District region' },
        geometry: { file: 'lor_bezirksregionen_2021.shp', format: 'shapefile', crs: 'EPSG:25833' },
        idProperty: 'BZR_ID',
        nameProperty: 'BZR_NAME',
        parent: { type: 'prefix', length: 2 },
        ids: { padStart: 6 },
      },
      { id: 'bezirk', label: { de: 'Bezirk', en: 'Borough' }, names: BEZIRKE },
    ],
    tables: [
      {
        id: 'mss_index_indikatoren',
        layout: 'long',
        file: 'mss_2021_index_indikatoren.csv',
        delimiter: ',',
        decimal: '.',
        encoding: 'utf-8',
        idColumn: 'PLR_ID',
        yearColumn: 'ZEIT',
        // The WFS export's NoData sentinel in every value column of an invalid area.
        missingValues: [{ value: -9999, reason: 'excluded' }],
        // KOM says why an area is not counted; the MSS leaves such areas out of the z-scores.
        exclusion: {
          column: 'KOM',
          values: [
            {
              value: 'ungültig (EW unter 300)',
              reason: { de: 'unter 300 Einwohner:innen', en: 'fewer than 300 inhabitants' },
            },
            { value: 'ungültig (Ausreißer)', reason: { de: 'Ausreißer', en: 'outlier' } },
          ],
        },
        columns: { einwohner: 'EW', s1: 'S1', s3: 'S3', s4: 'S4', d1: 'D1', d3: 'D3', d4: 'D4' },
      },
    ],
    variables: [
      { id: 'einwohner', label: { de: 'Einwohner:innen', en: 'Inhabitants' }, kind: 'count' },
      share('s1', 'Arbeitslosigkeit (SGB II)', 'Unemployment (SGB II)'),
      share('s3', 'Transferbezug', 'Transfer benefits'),
      share('s4', 'Kinderarmut', 'Child poverty'),
      share('d1', 'Veränderung Arbeitslosigkeit', 'Change in unemployment'),
      share('d3', 'Veränderung Transferbezug', 'Change in transfer benefits'),
      share('d4', 'Veränderung Kinderarmut', 'Change in child poverty'),
    ],
    indicators: [
      {
        id: 'gesamtindex',
        type: 'matrix',
        label: { de: 'Gesamtindex (Status × Dynamik)', en: 'Overall index (status × dynamics)' },
        shortLabel: { de: 'Gesamtindex', en: 'Overall index' },
        topic: INDICES,
        status: 'status_index',
        dynamics: 'dynamik_index',
        decimals: 0,
        polarity: 'higher-is-worse',
        description: {
          de: 'Die Klasse des Status-Index gekreuzt mit der Klasse des Dynamik-Index (4 × 3 Felder), wie der MSS-Gesamtindex.',
          en: 'The status index class crossed with the dynamics index class (4 × 3 cells), as the MSS overall index.',
        },
      },
      {
        id: 'status_index',
        type: 'index',
        label: { de: 'Status-Index', en: 'Status index' },
        topic: INDICES,
        unit: Z,
        decimals: 2,
        polarity: 'higher-is-worse',
        members: [{ indicator: 's1' }, { indicator: 's3' }, { indicator: 's4' }],
        method: 'sum-restandardise',
        sd: 'population',
        classes: [
          { upTo: -1, label: { de: 'hoch', en: 'high' } },
          { upTo: 1, label: { de: 'mittel', en: 'medium' } },
          { upTo: 1.5, label: { de: 'niedrig', en: 'low' } },
          { upTo: null, label: { de: 'sehr niedrig', en: 'very low' } },
        ],
        description: {
          de: 'z(zS1 + zS3 + zS4): Summe der z-Werte von Arbeitslosigkeit, Transferbezug und Kinderarmut über die gültigen Planungsräume, erneut standardisiert. Klassen bei −1, +1 und +1,5.',
          en: 'z(zS1 + zS3 + zS4): sum of the z-scores of unemployment, transfer benefits and child poverty over the valid planning areas, standardised again. Classes at −1, +1 and +1.5.',
        },
      },
      {
        id: 'dynamik_index',
        type: 'index',
        label: { de: 'Dynamik-Index', en: 'Dynamics index' },
        topic: INDICES,
        unit: Z,
        decimals: 2,
        polarity: 'higher-is-worse',
        members: [{ indicator: 'd1' }, { indicator: 'd3' }, { indicator: 'd4' }],
        method: 'sum-restandardise',
        sd: 'population',
        classes: [
          { upTo: -1, label: { de: 'positiv', en: 'positive' } },
          { upTo: 1, label: { de: 'stabil', en: 'stable' } },
          { upTo: null, label: { de: 'negativ', en: 'negative' } },
        ],
        description: {
          de: 'z(zD1 + zD3 + zD4): Summe der z-Werte der Veränderungen 2018–2020, erneut standardisiert. Klassen bei −1 und +1.',
          en: 'z(zD1 + zD3 + zD4): sum of the z-scores of the changes 2018–2020, standardised again. Classes at −1 and +1.',
        },
      },
      shareIndicator('s1', 'S1 Arbeitslosigkeit', 'S1 Unemployment', PERCENT),
      shareIndicator('s3', 'S3 Transferbezug', 'S3 Transfer benefits', PERCENT),
      shareIndicator('s4', 'S4 Kinderarmut', 'S4 Child poverty', PERCENT),
      shareIndicator('d1', 'D1 Veränderung Arbeitslosigkeit', 'D1 Change in unemployment', POINTS),
      shareIndicator('d3', 'D3 Veränderung Transferbezug', 'D3 Change in transfer benefits', POINTS),
      shareIndicator('d4', 'D4 Veränderung Kinderarmut', 'D4 Change in child poverty', POINTS),
      {
        id: 'einwohner',
        type: 'count',
        variable: 'einwohner',
        label: { de: 'Einwohner:innen', en: 'Inhabitants' },
        topic: { de: 'Bevölkerung', en: 'Population' },
        decimals: 0,
        classification: { method: 'quantile', classes: 5 },
      },
    ],
    // Shares are given, not counts: small-count suppression does not apply. Areas under 300
    // inhabitants are left out, as the MSS does (KOM marks them too).
    options: { minCount: 0, minPopulation: 300, populationVariable: 'einwohner', sd: 'population' },
    defaults: { indicator: 'gesamtindex', year: 2020, level: 'planungsraum' },
  };
}

/** True when `inner` is `outer` or lies inside it. */
function isInside(inner, outer) {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && !/^[A-Za-z]:/.test(path));
}

/**
 * Copies the Berlin files into `outDir` (created when missing) and writes manifest.json; returns
 * the manifest path. Throws when the source is incomplete or the folder lies inside the repository.
 */
export function buildBerlinMss(outDir, source = DEFAULT_SOURCE) {
  const missing = FILES.filter((file) => !existsSync(join(source, file)));
  if (missing.length > 0)
    throw new Error(
      `Berlin-MSS-Daten unvollständig / Berlin MSS data incomplete in ${source}: ${missing.join(', ')}`,
    );
  const inside = (path) => isInside(path, realpathSync(repository)) || isInside(path, repository);
  // checked before the folder is made, and again on its real path (a symlink may lead inside)
  if (inside(resolve(outDir)))
    throw new Error(`Zielordner liegt im Repository / output folder lies inside the repository: ${outDir}`);
  mkdirSync(outDir, { recursive: true });
  if (inside(realpathSync(outDir)))
    throw new Error(`Zielordner liegt im Repository / output folder lies inside the repository: ${outDir}`);
  for (const file of FILES) copyFileSync(join(source, file), join(outDir, file));
  const manifestPath = join(outDir, 'manifest.json');
  writeFileSync(manifestPath, `${JSON.stringify(berlinMssManifest(), null, 2)}\n`);
  return manifestPath;
}

function main(argv) {
  let outDir = null;
  let source = DEFAULT_SOURCE;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--source') source = resolve(argv[++index] ?? '');
    else if (argument === '--help' || argument === '-h') {
      process.stdout.write('npm run berlin-mss -- [outdir] [--source <dir>]\n');
      return 0;
    } else if (outDir === null) outDir = resolve(argument);
    else {
      process.stderr.write(`berlin-mss: unerwartetes Argument / unexpected argument: ${argument}\n`);
      return 2;
    }
  }
  const target = outDir ?? mkdtempSync(join(tmpdir(), 'qm-berlin-mss-'));
  try {
    const manifestPath = buildBerlinMss(target, source);
    process.stdout.write(
      `Berlin MSS 2021: ${manifestPath}\n` +
        `  App:  node scripts/serve.mjs --data ${target}   (→ ?dataset=data-extra/manifest.json)\n` +
        `  CLI:  npx quartiersmonitor table ${manifestPath} --indicators status_index,dynamik_index,gesamtindex\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`berlin-mss: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
