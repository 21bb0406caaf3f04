import { describe, expect, it } from 'vitest';
import { buildProfile, judge } from '../../../../src/ui/charts/profile-model';
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
