/**
 * A manifest for the official Berlin MSS 2021 (542 Planungsräume), pointing at the files in
 * ../shared/data/real where they are: nothing is copied into the repository.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REAL_DATA_DIR } from '../../scripts/real-data-dir.mjs';
import type { ManifestInput } from '../../src/manifest/schema';

export const BERLIN_DIR = join(REAL_DATA_DIR, 'berlin-mss-2021');

/** Fails with a clear message when the real data is not where CI puts it. */
export function requireBerlinData(): string {
  if (!existsSync(join(BERLIN_DIR, 'mss_2021_index_indikatoren.csv')))
    throw new Error(
      `Berlin MSS 2021 data not found at ${BERLIN_DIR} (expected ../shared/data/real beside the repository)`,
    );
  return BERLIN_DIR;
}

const bezirke: Record<string, string> = {
  '01': 'Mitte',
  '02': 'Friedrichshain-Kreuzberg',
  '03': 'Pankow',
  '04': 'Charlottenburg-Wilmersdorf',
  '05': 'Spandau',
  '06': 'Steglitz-Zehlendorf',
  '07': 'Tempelhof-Schöneberg',
  '08': 'Neukölln',
  '09': 'Treptow-Köpenick',
  '10': 'Marzahn-Hellersdorf',
  '11': 'Lichtenberg',
  '12': 'Reinickendorf',
};

const share = (id: string, de: string) => ({ id, label: de, kind: 'share' as const, unit: '%' });

/** The manifest, with absolute paths into the shared folder. */
export function berlinManifest(dir = requireBerlinData()): ManifestInput {
  const file = (name: string) => join(dir, name);
  return {
    formatVersion: 1,
    id: 'berlin-mss-2021',
    title: {
      de: 'Monitoring Soziale Stadtentwicklung Berlin 2021',
      en: 'Berlin social urban development monitoring 2021',
    },
    source: 'Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin, MSS 2021 (Stand 31.12.2020)',
    city: { id: 'berlin', label: 'Berlin' },
    levels: [
      {
        id: 'planungsraum',
        label: 'Planungsraum',
        geometry: { file: file('lor_planungsraeume_2021.shp') },
        idProperty: 'PLR_ID',
        nameProperty: 'PLR_NAME',
        parent: { type: 'prefix', length: 6 },
      },
      {
        id: 'bezirksregion',
        label: 'Bezirksregion',
        geometry: { file: file('lor_bezirksregionen_2021.shp') },
        idProperty: 'BZR_ID',
        nameProperty: 'BZR_NAME',
        parent: { type: 'prefix', length: 2 },
      },
      { id: 'bezirk', label: 'Bezirk', names: bezirke },
    ],
    tables: [
      {
        id: 'mss_index_indikatoren',
        layout: 'long',
        file: file('mss_2021_index_indikatoren.csv'),
        delimiter: ',',
        decimal: '.',
        idColumn: 'PLR_ID',
        yearColumn: 'ZEIT',
        // Invalid areas (fewer than 300 inhabitants, or an outlier) carry -9999 in every value column.
        missingValues: [{ value: -9999, reason: 'excluded' }],
        columns: { einwohner: 'EW', s1: 'S1', s3: 'S3', s4: 'S4', d1: 'D1', d3: 'D3', d4: 'D4' },
      },
    ],
    variables: [
      { id: 'einwohner', label: 'Einwohner', kind: 'count' },
      share('s1', 'Arbeitslosigkeit (SGB II)'),
      share('s3', 'Transferbezug'),
      share('s4', 'Kinderarmut'),
      share('d1', 'Veränderung Arbeitslosigkeit'),
      share('d3', 'Veränderung Transferbezug'),
      share('d4', 'Veränderung Kinderarmut'),
    ],
    indicators: [
      { id: 'einwohner', type: 'count', variable: 'einwohner', label: 'Einwohner', decimals: 0 },
      {
        id: 's1',
        type: 'count',
        variable: 's1',
        label: 'S1 Arbeitslosigkeit',
        unit: '%',
        decimals: 2,
        polarity: 'higher-is-worse',
      },
      {
        id: 's3',
        type: 'count',
        variable: 's3',
        label: 'S3 Transferbezug',
        unit: '%',
        decimals: 2,
        polarity: 'higher-is-worse',
      },
      {
        id: 's4',
        type: 'count',
        variable: 's4',
        label: 'S4 Kinderarmut',
        unit: '%',
        decimals: 2,
        polarity: 'higher-is-worse',
      },
      {
        id: 'd1',
        type: 'count',
        variable: 'd1',
        label: 'D1 Veränderung Arbeitslosigkeit',
        unit: 'Prozentpunkte',
        decimals: 2,
        polarity: 'higher-is-worse',
      },
      {
        id: 'd3',
        type: 'count',
        variable: 'd3',
        label: 'D3 Veränderung Transferbezug',
        unit: 'Prozentpunkte',
        decimals: 2,
        polarity: 'higher-is-worse',
      },
      {
        id: 'd4',
        type: 'count',
        variable: 'd4',
        label: 'D4 Veränderung Kinderarmut',
        unit: 'Prozentpunkte',
        decimals: 2,
        polarity: 'higher-is-worse',
      },
    ],
    // Shares are given, not counts: small-count suppression does not apply to them.
    options: { minCount: 0, minPopulation: 0, sd: 'population' },
  };
}

/** Writes the manifest into a fresh temporary folder and returns its path. */
export function writeBerlinManifest(): string {
  const folder = mkdtempSync(join(tmpdir(), 'qm-berlin-'));
  const path = join(folder, 'manifest.json');
  writeFileSync(path, JSON.stringify(berlinManifest(), null, 2));
  return path;
}
