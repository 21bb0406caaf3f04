import { describe, expect, it } from 'vitest';
import type { DatasetData } from '../../../src/engine/types';
import { datasetParam, sameOriginManifestUrl } from '../../../src/state/url-params';
import {
  DEFAULT_URL_CHOICES,
  parseUrlState,
  serialiseUrlState,
  type UrlChoices,
} from '../../../src/state/url-state';
import { makeDataset } from '../engine/make-dataset';
import { loadDemoDataset } from '../../setup/demo-dataset';

// A small city: two indicators, three years, two levels; ids with a comma and a slash test encoding.
const data: DatasetData = Object.freeze(
  makeDataset({
    years: [2020, 2021, 2022],
    levels: [
      {
        id: 'sozialraum',
        areas: [
          { id: '0101', parent: '01' },
          { id: '0102', parent: '01' },
          { id: '0201', parent: '02' },
          { id: 'a,b/c', parent: '02' },
        ],
      },
      { id: 'bezirk', areas: [{ id: '01' }, { id: '02' }] },
    ],
    variables: { einwohner: { '0101': 100, '0102': 200, '0201': 300, 'a,b/c': 400 }, sgb2: { '0101': 10 } },
    indicators: [
      { id: 'quote', label: 'Quote', type: 'rate', numerator: 'sgb2', denominator: 'einwohner' },
      { id: 'einwohner', label: 'Einwohner', type: 'count', variable: 'einwohner' },
    ],
  }),
);

/** The dataset's defaults: first indicator, first level, newest year. */
const base: UrlChoices = { ...DEFAULT_URL_CHOICES, indicatorId: 'quote', levelId: 'sozialraum', year: 2022 };

describe('serialiseUrlState', () => {
  it.each<[string, Partial<UrlChoices>, string]>([
    ['all defaults give an empty query', {}, ''],
    ['indicator', { indicatorId: 'einwohner' }, '?i=einwohner'],
    ['year', { year: 2020 }, '?y=2020'],
    ['level', { levelId: 'bezirk' }, '?l=bezirk'],
    ['view', { view: 'table' }, '?v=table'],
    ['language', { locale: 'en' }, '?lang=en'],
    ['labels', { showLabels: true }, '?lbl=1'],
    ['palette', { palette: 'Blues' }, '?p=Blues'],
    [
      'classification with manual breaks',
      { classification: { method: 'manual', classes: 3, scope: 'all-years', breaks: [12.5, 20] } },
      '?c=manual&k=3&s=all-years&b=12.5;20',
    ],
    [
      'breaks are only written for manual',
      { classification: { method: 'quantile', classes: null, scope: null, breaks: [1, 2] } },
      '?c=quantile',
    ],
    [
      'selection and comparison, ids encoded',
      { selectedId: '0101', comparisonIds: ['a,b/c', '0201'] },
      '?a=0101&cmp=a%2Cb%2Fc,0201',
    ],
    ['comparison without a selection is dropped', { comparisonIds: ['0201'] }, ''],
    [
      'camera rounded to 5/5/2 decimals',
      { camera: { center: [10.1234567, 53.987654321], zoom: 11.456 } },
      '?m=10.12346,53.98765,11.46',
    ],
    ['a dataset source', { dataset: 'data/berlin/manifest.json' }, '?dataset=data/berlin/manifest.json'],
    [
      'every key in the fixed order',
      {
        locale: 'en',
        camera: { center: [10, 53], zoom: 9 },
        selectedId: '0101',
        palette: 'Reds',
        classification: { method: 'std-dev', classes: 6, scope: 'per-year', breaks: null },
        view: 'table',
        year: 2021,
        levelId: 'sozialraum',
        indicatorId: 'einwohner',
        dataset: 'x/manifest.json',
        showLabels: true,
      },
      '?dataset=x/manifest.json&i=einwohner&y=2021&v=table&c=std-dev&k=6&s=per-year&p=Reds&a=0101&m=10,53,9&lbl=1&lang=en',
    ],
  ])('%s', (_name, change, expected) => {
    expect(serialiseUrlState({ ...base, ...change }, data)).toBe(expected);
  });
});

describe('parseUrlState round trip', () => {
  it.each<[string, Partial<UrlChoices>]>([
    ['defaults', {}],
    ['indicator, year and level', { indicatorId: 'einwohner', year: 2020, levelId: 'bezirk' }],
    [
      'classification',
      { classification: { method: 'natural-breaks', classes: 7, scope: 'all-years', breaks: null } },
    ],
    [
      'manual breaks with negatives and decimals',
      { classification: { method: 'manual', classes: 4, scope: null, breaks: [-1.5, 0, 2.25] } },
    ],
    ['selection with awkward ids', { selectedId: 'a,b/c', comparisonIds: ['0101', '0102'] }],
    ['camera', { camera: { center: [-3.5, 40.25], zoom: 4.5 } }],
    ['view, labels, language, palette', { view: 'table', showLabels: true, locale: 'en', palette: 'PuOr' }],
    ['dataset', { dataset: 'data/some dataset/manifest.json' }],
    ['diverging centre at the city value', { divergingCentre: 'city' }],
  ])('%s', (_name, change) => {
    const choices = { ...base, ...change };
    const search = serialiseUrlState(choices, data);
    const parsed = parseUrlState(search, data);
    expect(parsed.notes).toEqual([]);
    expect(parsed.choices).toEqual(choices);
    expect(serialiseUrlState(parsed.choices, data)).toBe(search);
  });
});

describe('parseUrlState invalid parameters', () => {
  it.each<[string, string, Partial<UrlChoices>, Record<string, string>]>([
    ['unknown indicator', '?i=nope', {}, { name: 'i', value: 'nope', fallback: 'quote' }],
    ['unknown level', '?l=land', {}, { name: 'l', value: 'land', fallback: 'sozialraum' }],
    ['year outside the series', '?y=1999', {}, { name: 'y', value: '1999', fallback: '2022' }],
    ['year not a number', '?y=zwanzig', {}, { name: 'y', value: 'zwanzig', fallback: '2022' }],
    ['unknown view', '?v=globe', {}, { name: 'v', value: 'globe', fallback: 'map' }],
    ['unknown language', '?lang=fr', {}, { name: 'lang', value: 'fr', fallback: 'de' }],
    ['unknown method', '?c=kmeans', {}, { name: 'c', value: 'kmeans' }],
    ['too many classes', '?k=12', {}, { name: 'k', value: '12' }],
    ['too few classes', '?k=2', {}, { name: 'k', value: '2' }],
    ['classes not an integer', '?k=4.5', {}, { name: 'k', value: '4.5' }],
    ['unknown scope', '?s=forever', {}, { name: 's', value: 'forever' }],
    [
      'breaks without manual',
      '?c=quantile&b=1;2',
      { classification: { method: 'quantile', classes: null, scope: null, breaks: null } },
      { name: 'b', value: '1;2' },
    ],
    [
      'breaks not ascending',
      '?c=manual&b=5;2',
      { classification: { method: 'manual', classes: null, scope: null, breaks: null } },
      { name: 'b', value: '5;2' },
    ],
    [
      'breaks unparsable',
      '?c=manual&b=1;zwei',
      { classification: { method: 'manual', classes: null, scope: null, breaks: null } },
      { name: 'b', value: '1;zwei' },
    ],
    [
      'breaks that do not fit the class count',
      '?c=manual&k=5&b=1;2',
      { classification: { method: 'manual', classes: 5, scope: null, breaks: null } },
      { name: 'b', value: '1;2' },
    ],
    ['unknown palette', '?p=Rainbow', {}, { name: 'p', value: 'Rainbow' }],
    ['unknown area', '?a=9999', {}, { name: 'a', value: '9999' }],
    ['area of another level', '?l=bezirk&a=0101', { levelId: 'bezirk' }, { name: 'a', value: '0101' }],
    ['comparison without selection', '?cmp=0101', {}, { name: 'cmp', value: '0101' }],
    [
      'unknown comparison area',
      '?a=0101&cmp=0102,zz',
      { selectedId: '0101', comparisonIds: ['0102'] },
      { name: 'cmp', value: 'zz' },
    ],
    ['camera with two numbers', '?m=10,53', {}, { name: 'm', value: '10,53' }],
    ['camera latitude out of range', '?m=10,95,5', {}, { name: 'm', value: '10,95,5' }],
    ['camera zoom out of range', '?m=10,53,30', {}, { name: 'm', value: '10,53,30' }],
    ['labels not 0/1', '?lbl=yes', {}, { name: 'lbl', value: 'yes', fallback: '0' }],
    ['broken percent-encoding', '?i=%E0%A4%A', {}, { name: 'i', value: '%E0%A4%A' }],
    ['empty dataset', '?dataset=', {}, { name: 'dataset', value: '' }],
  ])('%s gives a note and the default', (_name, search, expected, note) => {
    const parsed = parseUrlState(search, data);
    expect(parsed.choices).toEqual({ ...base, ...expected });
    expect(parsed.notes).toEqual([{ key: 'invalid-parameter', params: note }]);
  });

  it('cuts a very long value in the note', () => {
    const parsed = parseUrlState(`?i=${'x'.repeat(500)}`, data);
    expect(parsed.notes[0]?.params.value).toHaveLength(81);
  });

  it('ignores keys it does not know (e.g. added by an embedding page)', () => {
    expect(parseUrlState('?utm_source=rat&y=2021', data)).toEqual({
      choices: { ...base, year: 2021 },
      notes: [],
    });
  });

  it('reads a German decimal comma in breaks', () => {
    expect(parseUrlState('?c=manual&b=12,5;20', data).choices.classification.breaks).toEqual([12.5, 20]);
  });
});

describe('parseUrlState before the dataset has loaded', () => {
  it('keeps dataset-dependent parameters as written, checks the rest', () => {
    const parsed = parseUrlState('?i=nope&y=1999&l=land&a=x&cmp=y&v=globe&k=3', null);
    expect(parsed.choices).toMatchObject({
      indicatorId: 'nope',
      year: 1999,
      levelId: 'land',
      selectedId: 'x',
      comparisonIds: ['y'],
      view: 'map',
      classification: { method: null, classes: 3, scope: null, breaks: null },
    });
    expect(parsed.notes.map((note) => note.params.name)).toEqual(['v']);
  });
});

describe('datasetParam and sameOriginManifestUrl', () => {
  it.each<[string, string | null]>([
    ['', null],
    ['?i=x', null],
    ['?dataset=data/berlin/manifest.json', 'data/berlin/manifest.json'],
    ['?dataset=data%2Fa%20b.json', 'data/a b.json'],
    ['?dataset=', null],
  ])('datasetParam(%j)', (search, expected) => {
    expect(datasetParam(search)).toBe(expected);
  });

  const page = 'http://127.0.0.1:4173/app/index.html?i=x';
  it.each<[string, string | null]>([
    ['data/berlin/manifest.json', 'http://127.0.0.1:4173/app/data/berlin/manifest.json'],
    ['/data/x.json', 'http://127.0.0.1:4173/data/x.json'],
    ['../x.json', 'http://127.0.0.1:4173/x.json'],
    ['http://127.0.0.1:4173/x.json', 'http://127.0.0.1:4173/x.json'],
    ['https://evil.example/manifest.json', null],
    ['//evil.example/manifest.json', null],
    ['http://127.0.0.1:9999/x.json', null],
    ['data:application/json,{}', null],
    ['javascript:alert(1)', null],
  ])('sameOriginManifestUrl(%j)', (source, expected) => {
    expect(sameOriginManifestUrl(source, page)).toBe(expected);
  });
});

describe('analysis views in the URL', () => {
  const analysisChoices: UrlChoices = {
    ...base,
    view: 'scatter',
    analysis: {
      scatterX: 'einwohner',
      scatterY: 'quote',
      scatterColour: 'parent',
      changeFrom: 2020,
      changeTo: 2021,
      tableFilter: { text: 'Straße 1', parentId: '02', flag: 'yes' },
    },
  };

  it('writes view, scatter axes and colour, change years and table filters', () => {
    expect(serialiseUrlState(analysisChoices, data)).toBe(
      '?v=scatter&sx=einwohner&sy=quote&sc=parent&cf=2020&ct=2021&q=Stra%C3%9Fe%201&qd=02&qf=yes',
    );
  });

  it.each(['ranking', 'scatter', 'profile', 'change'] as const)(
    'reads back view %s and the choices',
    (view) => {
      const choices = { ...analysisChoices, view };
      expect(parseUrlState(serialiseUrlState(choices, data), data)).toEqual({ choices, notes: [] });
    },
  );

  it('writes the table sort only when it is not by name, A to Z, and reads it back', () => {
    const sorted = (column: string, direction: 'ascending' | 'descending') =>
      serialiseUrlState({ ...base, view: 'table', sort: { column, direction } }, data);
    expect(sorted('name', 'ascending')).toBe('?v=table');
    expect(sorted('name', 'descending')).toBe('?v=table&ts=-name');
    expect(sorted('parent', 'ascending')).toBe('?v=table&ts=parent');
    expect(sorted('quote', 'descending')).toBe('?v=table&ts=-quote');
    for (const query of ['?v=table&ts=-quote', '?v=table&ts=parent', '?v=table&ts=-name', '?v=table&ts=flag'])
      expect(serialiseUrlState(parseUrlState(query, data).choices, data)).toBe(query);
    expect(parseUrlState('?ts=-quote', data).choices.sort).toEqual({
      column: 'quote',
      direction: 'descending',
    });
  });

  it.each(['nope', '-', '', '--quote'])('drops an unusable ts=%s with a note, sorting by name', (value) => {
    const parsed = parseUrlState(`?ts=${value}`, data);
    expect(parsed.notes.map((note) => note.params.name)).toEqual(['ts']);
    expect(parsed.choices.sort).toEqual(DEFAULT_URL_CHOICES.sort);
  });

  it.each([
    ['sx', 'nope'],
    ['cf', '1999'],
    ['ct', 'x'],
    ['qd', '0101'],
    ['sc', 'rainbow'],
    ['v', 'pie'],
  ])('drops an unusable %s=%s with a note', (key, value) => {
    const parsed = parseUrlState(`?${key}=${value}`, data);
    expect(parsed.notes.map((note) => note.params.name)).toEqual([key]);
    expect(parsed.choices.analysis).toEqual(DEFAULT_URL_CHOICES.analysis);
  });

  it('drops a category as a scatter axis with a note (the Gesamtindex of the demo)', async () => {
    const demo = await loadDemoDataset();
    const parsed = parseUrlState('?v=scatter&sx=gesamtindex&sy=status_index', demo.data);
    expect(parsed.notes.map((note) => note.params.name)).toEqual(['sx']);
    expect(parsed.choices.analysis.scatterX).toBeNull();
    expect(parsed.choices.analysis.scatterY).toBe('status_index');
  });
});
