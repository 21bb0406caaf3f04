import { describe, expect, it } from 'vitest';
import { buildScatter, pearsonCorrelation } from '../../../../src/ui/charts/scatter-model';
import { chartDataset } from './chart-fixture';

describe('pearsonCorrelation', () => {
  it.each([
    // cov 11, var x 5, var y 26 (hand-computed): 11 / √130
    ['positive', [1, 2, 3, 4], [2, 4, 5, 9], 11 / Math.sqrt(130)],
    ['perfect', [1, 2, 3], [2, 4, 6], 1],
    ['perfectly negative', [1, 2, 3], [3, 2, 1], -1],
    ['uncorrelated', [1, 2, 3, 4], [1, 3, 3, 1], 0],
  ])('%s', (_name, xs, ys, expected) => {
    expect(pearsonCorrelation(Object.freeze(xs), Object.freeze(ys))).toBeCloseTo(expected, 12);
  });

  it.each([
    ['one pair', [1], [2]],
    ['no pairs', [], []],
    ['x constant', [2, 2, 2], [1, 2, 3]],
    ['y constant', [1, 2, 3], [5, 5, 5]],
  ])('is NaN for %s', (_name, xs, ys) => {
    expect(pearsonCorrelation(xs, ys)).toBeNaN();
  });
});

describe('buildScatter', () => {
  const derived = chartDataset();
  const level = derived.data.levels[0]!;
  const xCells = derived.indicators.get('einwohner')!.levels[0]!;
  const yCells = derived.indicators.get('quote')!.levels[0]!;

  it('pairs the two indicators per area, with r and the regression line', () => {
    // 2021: x 100, 200, 100; y 12, 15, 6 → cov 400, var x 20000/3, var y 42 (sums of squares)
    const model = buildScatter({ level, xCells, yCells, yearIndex: 1, classes: Int8Array.from([0, 1, 2]) });
    expect(model.points.map((point) => [point.areaId, point.x, point.y, point.classIndex])).toEqual([
      ['a', 100, 12, 0],
      ['b', 200, 15, 1],
      ['c', 100, 6, 2],
    ]);
    expect(model.r).toBeCloseTo(400 / Math.sqrt((20000 / 3) * 42), 12);
    expect(model.regression!.slope).toBeCloseTo(0.06, 12);
    expect(model.regression!.intercept).toBeCloseTo(3, 10);
    expect(model.xExtent).toEqual([100, 200]);
    expect(model.yExtent).toEqual([6, 15]);
    expect(model.missingCount).toBe(0);
  });

  it('leaves out areas missing either value, and counts them', () => {
    // 2022: a unknown
    const model = buildScatter({ level, xCells, yCells, yearIndex: 2, classes: null });
    expect(model.points.map((point) => point.areaId)).toEqual(['b', 'c']);
    expect(model.missingCount).toBe(1);
  });
});
