import { describe, expect, it } from 'vitest';
import { buildProfile, judge } from '../../../../src/ui/charts/profile-model';
import { deriveDataset } from '../../../../src/engine/derive';
import type { ManifestInput } from '../../../../src/manifest/schema';
import { makeDataset, TWO_LEVELS } from '../../engine/make-dataset';
import { chartDataset } from './chart-fixture';

describe('judge', () => {
  it.each([
    ['higher is worse, above', 2, 'higher-is-worse', 'worse'],
    ['higher is worse, below', -2, 'higher-is-worse', 'better'],
    ['higher is better, above', 2, 'higher-is-better', 'better'],
    ['higher is better, below', -0.5, 'higher-is-better', 'worse'],
    ['equal', 0, 'higher-is-worse', 'same'],
    ['neutral is not judged', 3, 'neutral', null],
  ] as const)('%s', (_name, difference, polarity, expected) => {
    expect(judge(difference, polarity)).toBe(expected);
  });
});

describe('buildProfile', () => {
  const derived = chartDataset();
  const query = (areaIds: readonly string[], yearIndex = 1) => ({
    levelIndex: 0,
    yearIndex,
    areaIds,
    locale: 'de' as const,
  });

  it('compares each area with the city in SDs of the level, read through the polarity', () => {
    const model = buildProfile(derived, query(['b', 'a']))!;
    expect(model.areas.map((area) => area.areaId)).toEqual(['b', 'a']);
    const quote = model.rows.find((row) => row.indicatorId === 'quote')!;
    expect(quote.city.value).toBeCloseTo(12, 10);
    const [b, a] = quote.cells;
    // 2021: 12, 15, 6 → population SD √14; b 15 − city 12 = 3 → 3 / √14
    expect(b!.deviation).toBeCloseTo(3 / Math.sqrt(14), 10);
    expect(b!.judgement).toBe('worse');
    expect(b!.trend).toBe('up');
    expect(b!.trendJudgement).toBe('worse');
    expect(b!.rank?.rank).toBe(1);
    expect(a!.deviation).toBeCloseTo(0, 10);
    expect(a!.judgement).toBe('same');
    expect(model.maxDeviation).toBe(1);
  });

  it('does not compare a count with the city total, but ranks it and follows its trend', () => {
    const row = buildProfile(derived, query(['b']))!.rows.find(
      (candidate) => candidate.indicatorId === 'einwohner',
    )!;
    // einwohner 100, 200, 100; city 400 (the total)
    expect(row.city.value).toBe(400);
    expect(row.cells[0]!.deviation).toBeNull();
    expect(row.cells[0]!.judgement).toBeNull();
    expect(row.cells[0]!.rank?.rank).toBe(1);
    expect(row.cells[0]!.trend).toBe('flat');
  });

  it('has no deviation or trend without a value', () => {
    const cell = buildProfile(derived, query(['a'], 2))!.rows[0]!.cells[0]!;
    expect(cell.cell.status).toBe('unknown');
    expect(cell.deviation).toBeNull();
    expect(cell.trend).toBeNull();
  });

  it('takes at most four areas and none unknown', () => {
    expect(buildProfile(derived, query(['x']))).toBeNull();
    expect(buildProfile(derived, query(['a', 'b', 'c', 'a']))!.areas).toHaveLength(3);
  });
});

describe('buildProfile of indices and a status × dynamics matrix', () => {
  // quote 2021: a 12, b 15, c 6 (as the chart fixture); the indices have no city value
  const classes = [
    { upTo: 0, label: 'gut' },
    { upTo: null, label: 'schlecht' },
  ];
  const indicators = [
    {
      id: 'quote',
      label: 'SGB-II-Quote',
      unit: '%',
      decimals: 1,
      polarity: 'higher-is-worse',
      type: 'rate',
      numerator: 'sgb2',
      denominator: 'einwohner',
    },
    {
      id: 'status',
      label: 'Status',
      decimals: 2,
      polarity: 'higher-is-worse',
      type: 'index',
      members: [{ indicator: 'quote' }],
      classes,
    },
    {
      id: 'dynamik',
      label: 'Dynamik',
      decimals: 2,
      polarity: 'higher-is-worse',
      type: 'index',
      members: [{ indicator: 'quote' }],
      classes,
    },
    {
      id: 'gesamt',
      label: 'Gesamtindex',
      decimals: 0,
      type: 'matrix',
      status: 'status',
      dynamics: 'dynamik',
    },
  ] as unknown as ManifestInput['indicators'];
  const derived = deriveDataset(
    makeDataset({
      years: [2020, 2021],
      levels: TWO_LEVELS,
      variables: {
        einwohner: { a: [100, 100], b: [200, 200], c: [100, 100] },
        sgb2: { a: [10, 12], b: [20, 30], c: [5, 6] },
      },
      indicators,
    }),
  );
  const model = buildProfile(derived, { levelIndex: 0, yearIndex: 1, areaIds: ['b', 'c'], locale: 'de' })!;
  const row = (id: string) => model.rows.find((candidate) => candidate.indicatorId === id)!;

  it('compares an indicator without a city value with the mean of the areas', () => {
    const status = row('status');
    expect(status.city.value).toBeNull();
    expect(status.reference).toBe('mean');
    // z-scores of 12, 15, 6 (mean 11, SD √14) have mean 0 and SD 1: the deviation is b's z-score
    expect(status.referenceValue).toBeCloseTo(0, 10);
    expect(status.cells[0]!.deviation).toBeCloseTo(4 / Math.sqrt(14), 10);
    expect(status.cells[0]!.judgement).toBe('worse');
    expect(status.cells[1]!.judgement).toBe('better');
    expect(model.usesMean).toBe(true);
    expect(row('quote').reference).toBe('city');
  });

  it('shows a matrix as its class label, without rank, deviation or trend', () => {
    const gesamt = row('gesamt');
    expect(gesamt.category).toBe(true);
    expect(gesamt.reference).toBeNull();
    expect(gesamt.cells.map((cell) => cell.categoryLabel)).toEqual([
      'Status schlecht, Dynamik schlecht',
      'Status gut, Dynamik gut',
    ]);
    for (const cell of gesamt.cells) {
      expect(cell.rank).toBeNull();
      expect(cell.deviation).toBeNull();
      expect(cell.trend).toBeNull();
    }
  });

  it('keeps the city as the reference when every row has a city value', () => {
    const plain = buildProfile(chartDataset(), {
      levelIndex: 0,
      yearIndex: 1,
      areaIds: ['a'],
      locale: 'de',
    })!;
    expect(plain.usesMean).toBe(false);
    expect(plain.rows.find((candidate) => candidate.indicatorId === 'einwohner')!.reference).toBeNull();
  });
});
