import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../src/engine';
import { statusOf } from '../../../src/engine/types';
import { loadDataset, readFromMemory } from '../../../src/io/load-dataset';

const ids = ['01', '02', '03', '04'];
const geojson = JSON.stringify({
  type: 'FeatureCollection',
  features: ids.map((id, index) => ({
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

const manifest = (exclusion: object, extraIndicators: object[] = []) =>
  JSON.stringify({
    formatVersion: 1,
    id: 'marks',
    title: 'Markierungen',
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
        exclusion,
      },
    ],
    variables: [
      { id: 'ew', label: 'Einwohner' },
      { id: 'alo', label: 'Arbeitslose' },
    ],
    indicators: [
      { id: 'quote', type: 'rate', label: 'Quote', numerator: 'alo', denominator: 'ew' },
      ...extraIndicators,
    ],
    options: { minCount: 0 },
  });

// 02 is an outlier in 2021 only; 04 is not counted ("nicht gewertet") in both years.
const csv = [
  'id;jahr;EW;ALO;KOM',
  '01;2020;1000;50;gültig',
  '02;2020;1000;60;gültig',
  '03;2020;1000;70;',
  '04;2020;1000;80; nicht gewertet ',
  '01;2021;1000;50;gültig',
  '02;2021;1000;900;Ausreißer',
  '03;2021;1000;70;gültig',
  '04;2021;1000;80;nicht gewertet',
].join('\n');

const files = (text: string) =>
  readFromMemory(
    new Map([
      ['areas.geojson', new TextEncoder().encode(geojson)],
      ['data.csv', new TextEncoder().encode(text)],
    ]),
  );

const marks = {
  column: 'KOM',
  values: [
    { value: 'Ausreißer', reason: { de: 'Ausreißer', en: 'outlier' } },
    { value: 'nicht gewertet', reason: 'nicht gewertet' },
  ],
};

describe('exclusion marks in a table', () => {
  it('marks the area in the row’s year with its reason, after trimming the cell', async () => {
    const result = await loadDataset(manifest(marks), files(csv));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const exclusions = result.value.data.exclusions!;
    expect(exclusions.reasons).toEqual([{ de: 'Ausreißer', en: 'outlier' }, 'nicht gewertet']);
    // year-major: 2020 → [01, 02, 03, 04], 2021 → [01, 02, 03, 04]
    expect([...exclusions.marks]).toEqual([0, 0, 0, 2, 0, 1, 0, 2]);
    const quote = deriveDataset(result.value.data).indicators.get('quote')!.levels[0]!;
    expect(Array.from(quote.status, statusOf)).toEqual([
      'ok',
      'ok',
      'ok',
      'excluded',
      'ok',
      'excluded',
      'ok',
      'excluded',
    ]);
  });

  it('leaves marked areas out of a composite index’s z-scores', async () => {
    const index = { id: 'idx', type: 'index', label: 'Index', members: [{ indicator: 'quote' }] };
    const result = await loadDataset(manifest(marks, [index]), files(csv));
    if (!result.ok) throw new Error('did not load');
    const values = deriveDataset(result.value.data).indicators.get('idx')!.levels[0]!.values;
    // 2021: quotes 5 %, 7 % over 01 and 03 → z = −1, +1 (the outlier's 90 % does not count)
    expect(values[4]).toBeCloseTo(-1, 12);
    expect(values[6]).toBeCloseTo(1, 12);
  });

  it('has no exclusions when no cell matches', async () => {
    const result = await loadDataset(
      manifest({ column: 'KOM', values: [{ value: 'weg', reason: 'weg' }] }),
      files(csv),
    );
    expect(result.ok && result.value.data.exclusions).toBeFalsy();
  });

  it('fails with a located error when the mark column is missing', async () => {
    const result = await loadDataset(manifest({ ...marks, column: 'Gültigkeit' }), files(csv));
    expect(result.ok).toBe(false);
    expect(result.issues.map((item) => [item.code, item.params])).toContainEqual([
      'unknown-column',
      { column: 'Gültigkeit' },
    ]);
  });
});

describe('matrix references', () => {
  const index = (id: string, classes?: object[]) => ({
    id,
    type: 'index',
    label: id,
    members: [{ indicator: 'quote' }],
    ...(classes ? { classes } : {}),
  });
  const two = [
    { upTo: 0, label: 'a' },
    { upTo: null, label: 'b' },
  ];

  it.each([
    ['an axis without classes', [index('s', two), index('d')], undefined, 'd must be an index with classes'],
    [
      'colours of the wrong shape',
      [index('s', two), index('d', two)],
      [['#000000', '#111111']],
      '2 rows of 2 colours expected (status × dynamics classes)',
    ],
  ])('reports %s', async (_, indices, colors, text) => {
    const matrix = {
      id: 'm',
      type: 'matrix',
      label: 'M',
      status: 's',
      dynamics: 'd',
      ...(colors ? { colors } : {}),
    };
    const result = await loadDataset(manifest(marks, [...indices, matrix]), files(csv));
    expect(result.ok).toBe(false);
    expect(result.issues.map((item) => item.params['message'])).toContain(text);
  });
});
