import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBeside } from '../../../src/cli/read-files';
import { statusOf } from '../../../src/engine/types';
import { loadDataset, readFromMemory, type EarlyGeometry } from '../../../src/io/load-dataset';
import { describeIssue } from '../../../src/i18n/issues';

const demoManifest = 'data/demo/manifest.json';

describe('loadDataset on the demo city', () => {
  it('loads both levels, all years and every variable, with only expected notes', async () => {
    const result = await loadDataset(readFileSync(demoManifest, 'utf8'), readBeside(demoManifest));
    expect(result.issues.filter((item) => item.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { data, geometry } = result.value;
    expect(data.levels.map((level) => level.id)).toEqual(['sozialraum', 'stadtbezirk']);
    expect(data.years[0]).toBe(2015);
    expect(data.years.at(-1)).toBe(2024);
    const [sozialraum, bezirk] = data.levels;
    expect(sozialraum!.areaIds.length).toBeGreaterThanOrEqual(80);
    expect([...sozialraum!.parentIndex!].every((parent) => parent >= 0)).toBe(true);
    // Every Sozialraum's key starts with its Bezirk's key (prefix rule, length 2).
    sozialraum!.areaIds.forEach((id, area) =>
      expect(id.startsWith(bezirk!.areaIds[sozialraum!.parentIndex![area]!]!)).toBe(true),
    );
    // Geometry in area order, feature id = area index (for MapLibre feature state).
    expect(geometry[0]!.features.map((feature) => feature.id)).toEqual(
      sozialraum!.areaIds.map((_, index) => index),
    );
    expect(geometry[0]!.features[3]!.properties!['sozialraum_id']).toBe(sozialraum!.areaIds[3]);
    // Official symbols in the CSV arrive as reasons, never as 0.
    const states = new Set<string>();
    for (const cells of data.variables.values()) for (const code of cells.status) states.add(statusOf(code));
    expect(states).toContain('anonymised');
    expect(states).toContain('unknown');
    expect(states).toContain('no-row');
  });
});

describe('early geometry', () => {
  it('hands over the geometry before any table is read, as the very objects the dataset carries', async () => {
    const events: string[] = [];
    const readFile = readBeside(demoManifest);
    let early: EarlyGeometry | null = null;
    const result = await loadDataset(
      readFileSync(demoManifest, 'utf8'),
      async (path) => {
        events.push(path);
        return readFile(path);
      },
      'manifest.json',
      () => {},
      (geometry) => {
        events.push('geometry ready');
        early = geometry;
      },
    );
    expect(events).toEqual([
      'sozialraeume.geojson',
      'stadtbezirke.geojson',
      'geometry ready',
      'sozialraum_daten.csv',
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok || early === null) return;
    expect((early as EarlyGeometry).levelIds).toEqual(['sozialraum', 'stadtbezirk']);
    expect((early as EarlyGeometry).geometry).toBe(result.value.geometry);
  });
});

describe('loadDataset on broken input', () => {
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: ['01', '02'].map((id, index) => ({
      type: 'Feature',
      properties: { key: id, name: `Gebiet ${id}` },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [10 + index, 50],
            [10.5 + index, 50],
            [10.5 + index, 50.5],
            [10 + index, 50.5],
            [10 + index, 50],
          ],
        ],
      },
    })),
  });
  const manifest = (table: object) =>
    JSON.stringify({
      formatVersion: 1,
      id: 'broken',
      title: 'Kaputt',
      levels: [
        {
          id: 'gebiet',
          label: 'Gebiet',
          geometry: { file: 'areas.geojson' },
          idProperty: 'key',
          nameProperty: 'name',
        },
      ],
      tables: [
        {
          id: 't',
          layout: 'long',
          file: 'data.csv',
          idColumn: 'id',
          yearColumn: 'jahr',
          columns: { ew: 'EW', alo: 'ALO' },
          ...table,
        },
      ],
      variables: [
        { id: 'ew', label: 'Einwohner' },
        { id: 'alo', label: 'Arbeitslose' },
      ],
      indicators: [{ id: 'quote', type: 'rate', label: 'Quote', numerator: 'alo', denominator: 'ew' }],
    });
  const files = (csv: string) =>
    readFromMemory(
      new Map([
        ['areas.geojson', new TextEncoder().encode(geojson)],
        ['data.csv', new TextEncoder().encode(csv)],
      ]),
    );

  it('reports unknown ids, duplicates, gaps, negative counts and numerators above denominators, located', async () => {
    const csv = 'id;jahr;EW;ALO\n01;2020;100;5\n01;2020;100;6\n99;2020;50;1\n01;2022;-4;2\n02;2020;10;12\n';
    const result = await loadDataset(manifest({}), files(csv));
    const found = result.issues.map((item) => [item.code, item.where.line ?? item.where.areaId ?? null]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['duplicate-row', 3],
        ['unknown-id', 4],
        ['negative-count', '01'],
        ['series-gap', null],
        ['numerator-exceeds-denominator', '02'],
      ]),
    );
    // The duplicate row is an error, but the rest of the data is usable: it loads, with the error listed.
    expect(result.issues.find((item) => item.code === 'duplicate-row')?.severity).toBe('error');
    expect(result.ok).toBe(true);
  });

  it('names the missing column and the missing file', async () => {
    const missingColumn = await loadDataset(manifest({}), files('id;jahr;EW\n01;2020;100\n'));
    expect(missingColumn.issues.map((item) => [item.code, item.params['column']])).toContainEqual([
      'unknown-column',
      'ALO',
    ]);
    const missingFile = await loadDataset(manifest({ file: 'nope.csv' }), files(''));
    expect(missingFile.issues.map((item) => [item.code, item.where.file])).toContainEqual([
      'file-not-found',
      'nope.csv',
    ]);
  });

  it('locates JSON and schema errors in the manifest', async () => {
    const json = await loadDataset('{\n  "formatVersion": 1,\n  "id": }', files(''));
    expect(json.issues[0]).toMatchObject({ code: 'manifest-json', where: { line: 3 } });
    expect(describeIssue(json.issues[0]!, 'de')).toContain(
      'Manifest ist kein gültiges JSON: unerwartetes Zeichen „}“',
    );
    // A web page where the manifest should be (a wrong path answered with the start page): said in
    // the reader's language, not in the JSON parser's English.
    const page = await loadDataset('<!doctype html>\n<html></html>', files(''));
    expect(describeIssue(page.issues[0]!, 'de')).toContain(
      'Manifest ist kein gültiges JSON: die Datei ist eine Webseite (HTML). Stimmt der Pfad zum Manifest?',
    );
    expect(describeIssue(page.issues[0]!, 'en')).toContain('the file is a web page (HTML)');
    expect(describeIssue(page.issues[0]!, 'de')).not.toContain('Unexpected token');
    const schema = await loadDataset(manifest({ layout: 'diagonal' }), files(''));
    expect(schema.issues[0]).toMatchObject({ code: 'manifest-schema', where: { path: 'tables[0].layout' } });
  });
});
