import { describe, expect, it } from 'vitest';
import { classifyValue, computeBreaks, type BreaksSpec } from '../../../src/engine/classify';

/**
 * mapclassify's `calemp` example (California employment density, 58 counties). The values are
 * mapclassify/datasets/calemp/calempdensity.csv as copied into riatelab/statsbreaks
 * test/test-data.js @772faab9; their quintiles and StdMean bins reproduce mapclassify's published
 * ones exactly, which confirms the copy.
 */
const CALEMP = Object.freeze([
  329.92, 0.42, 5.9, 14.03, 2.78, 1.34, 181.27, 1.65, 10.03, 16.7, 1.32, 3.99, 3.16, 0.22, 8.7, 6.56, 3.27,
  0.33, 370.5, 4.51, 75.29, 0.99, 2.74, 8.68, 0.14, 0.92, 12.63, 28.7, 12.02, 722.85, 36.68, 0.74, 29.82,
  192.05, 3.38, 11.15, 110.74, 4111.45, 49.47, 10.33, 317.11, 20.47, 264.93, 66.26, 5.39, 0.13, 0.61, 50.65,
  40.48, 36.67, 13.09, 1.81, 0.2, 7.6, 2.51, 57.26, 24.32, 6.97,
]);

// Bins and counts published by mapclassify: pysal/mapclassify mapclassify/tests/test_mapclassify.py
// @732951aa (TestQuantiles, TestEqualInterval, TestStdMean, TestFisherJenks) and the doctests in
// mapclassify/classifiers.py @4d825672.
describe('computeBreaks on calemp (mapclassify reference)', () => {
  it.each([
    {
      name: 'Quantiles k=5',
      spec: { method: 'quantile', classes: 5 },
      bins: [1.464, 5.798, 13.278, 54.616, 4111.45],
      counts: [12, 11, 12, 11, 12],
    },
    {
      name: 'EqualInterval k=5',
      spec: { method: 'equal-interval', classes: 5 },
      bins: [822.394, 1644.658, 2466.922, 3289.186, 4111.45],
      counts: [57, 0, 0, 0, 1],
    },
    {
      name: 'FisherJenks k=5',
      spec: { method: 'natural-breaks', classes: 5 },
      bins: [75.29, 192.05, 370.5, 722.85, 4111.45],
      counts: [49, 3, 4, 1, 1],
    },
    {
      name: 'StdMean (sample SD, multiples −2, −1, 1, 2)',
      spec: { method: 'std-dev', classes: 5 },
      bins: [-967.36235382, -420.71712519, 672.57333208, 1219.21856072, 4111.45],
      counts: [0, 0, 56, 1, 1],
    },
    {
      // UserDefined-style: inner breaks + max; counts from numpy 2.4.6 np.digitize(calemp, bins, right=True)
      name: 'manual 1, 10, 100',
      spec: { method: 'manual', classes: 4, breaks: [1, 10, 100] },
      bins: [1, 10, 100, 4111.45],
      counts: [10, 19, 20, 9],
    },
  ] satisfies { name: string; spec: BreaksSpec; bins: number[]; counts: number[] }[])(
    '$name',
    ({ spec, bins, counts }) => {
      const breaks = computeBreaks(CALEMP, spec);
      expect(breaks).toHaveLength(bins.length);
      breaks.forEach((bound, index) => expect(bound).toBeCloseTo(bins[index] as number, 5));
      const counted = new Array<number>(breaks.length).fill(0);
      for (const value of CALEMP) {
        const index = classifyValue(value, breaks);
        counted[index] = (counted[index] ?? 0) + 1;
      }
      expect(counted).toEqual(counts);
    },
  );
});

// Expected values: numpy 2.4.6 `np.percentile` (linear) for quantiles, hand computation otherwise.
describe('computeBreaks edge cases', () => {
  it.each([
    { name: 'empty input', values: [], spec: { method: 'quantile', classes: 5 }, bins: [] },
    { name: 'all equal, quantile', values: [4, 4, 4], spec: { method: 'quantile', classes: 5 }, bins: [4] },
    {
      name: 'all equal, equal interval',
      values: [4, 4],
      spec: { method: 'equal-interval', classes: 5 },
      bins: [4],
    },
    {
      name: 'all equal, natural',
      values: [4, 4, 4],
      spec: { method: 'natural-breaks', classes: 3 },
      bins: [4],
    },
    { name: 'all equal, std-dev', values: [4, 4], spec: { method: 'std-dev', classes: 5 }, bins: [4] },
    { name: 'one value', values: [7], spec: { method: 'std-dev', classes: 5 }, bins: [7] },
    // np.percentile(arange(1, 11), [25, 50, 75, 100]) = [3.25, 5.5, 7.75, 10]
    {
      name: 'quartiles 1..10',
      values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      spec: { method: 'quantile', classes: 4 },
      bins: [3.25, 5.5, 7.75, 10],
    },
    // np.percentile([1,1,1,1,2], [25, 50, 75, 100]) = [1, 1, 1, 2] → collapsed to [1, 2]
    {
      name: 'ties collapse quantiles',
      values: [1, 1, 1, 1, 2],
      spec: { method: 'quantile', classes: 4 },
      bins: [1, 2],
    },
    // fewer distinct values than classes: each distinct value its own class (mapclassify NaturalBreaks)
    {
      name: 'few distinct, natural',
      values: [1, 1, 2, 5, 5],
      spec: { method: 'natural-breaks', classes: 5 },
      bins: [1, 2, 5],
    },
    {
      name: 'natural 3 clusters',
      values: [1, 2, 3, 10, 11, 12, 30],
      spec: { method: 'natural-breaks', classes: 3 },
      bins: [3, 12, 30],
    },
    // width (10 − 0) / 5 = 2
    {
      name: 'equal interval',
      values: [0, 1, 4, 10],
      spec: { method: 'equal-interval', classes: 5 },
      bins: [2, 4, 6, 8, 10],
    },
    // mean 5, sample SD sqrt(32 / 7) = 2.13809; max 9 < 5 + 2·2.138, so no max appended
    {
      name: 'std-dev without max appended',
      values: [2, 4, 4, 4, 5, 5, 7, 9],
      spec: { method: 'std-dev', classes: 5 },
      bins: [0.72382013, 2.86191006, 7.13808994, 9.27617987],
    },
    {
      name: 'manual unsorted with max below',
      values: [1, 7, 12],
      spec: { method: 'manual', classes: 4, breaks: [20, 5, 10] },
      bins: [5, 10, 20],
    },
    {
      name: 'manual without values',
      values: [],
      spec: { method: 'manual', classes: 3, breaks: [5, 10] },
      bins: [5, 10],
    },
  ] satisfies { name: string; values: number[]; spec: BreaksSpec; bins: number[] }[])(
    '$name',
    ({ values, spec, bins }) => {
      const breaks = computeBreaks(Object.freeze(values), spec);
      expect(breaks).toHaveLength(bins.length);
      breaks.forEach((bound, index) => expect(bound).toBeCloseTo(bins[index] as number, 6));
    },
  );
});

// mapclassify find_bin / bin1d convention: (lower, upper], below → 0, above → last.
describe('classifyValue', () => {
  const bounds = Object.freeze([3.25, 5.5, 7.75, 10]);
  it.each([
    { value: -100, expected: 0 },
    { value: 3.25, expected: 0 },
    { value: 3.26, expected: 1 },
    { value: 5.5, expected: 1 },
    { value: 5.6, expected: 2 },
    { value: 10, expected: 3 },
    { value: 11, expected: 3 },
    { value: Number.NaN, expected: -1 },
  ])('$value → $expected', ({ value, expected }) => {
    expect(classifyValue(value, bounds)).toBe(expected);
  });

  it('gives −1 without bounds', () => {
    expect(classifyValue(1, [])).toBe(-1);
  });
});

describe('natural breaks on values that floating point cannot tell apart', () => {
  it('never returns two equal upper bounds (seed -1856221100 of the breaks property)', () => {
    // ckmeans split the two zeros next to subnormal values into two clusters: bounds [-2, -1, 0, 0, 1, 2].
    const breaks = computeBreaks([0, -1, -5e-324, -1e-323, 0, -2, 2, 1], {
      method: 'natural-breaks',
      classes: 6,
    });
    expect(breaks).toEqual([-2, -1, 0, 1, 2]);
  });
});
