import { describe, expect, it } from 'vitest';
import { classifyIndex, type IndexClasses } from '../../../src/engine/index-classes';
import { deriveDataset } from '../../../src/engine/derive';
import { meanAndStandardDeviation, zScores } from '../../../src/engine/z-scores';
import { cellsOf } from './cells-of';
import { makeDataset, TWO_LEVELS } from './make-dataset';

const OK = 0;
const MISSING = 2; // 'unknown'

// Reference: numpy 2.4.6 — x = [2, 4, 4, 4, 5, 5, 7, 9]: x.mean() = 5, x.std() = 2, x.std(ddof=1) = 2.13809
describe('meanAndStandardDeviation and zScores', () => {
  const values = Float64Array.of(2, 4, 4, 4, 5, 5, 7, 9, 100);
  const status = Uint8Array.of(OK, OK, OK, OK, OK, OK, OK, OK, MISSING);
  Object.freeze(values.buffer);

  it.each([
    {
      sd: 'population' as const,
      mean: 5,
      standardDeviation: 2,
      z: [-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2, Number.NaN],
    },
    {
      sd: 'sample' as const,
      mean: 5,
      standardDeviation: 2.138089935,
      z: [-1.40312152, -0.46770717, -0.46770717, -0.46770717, 0, 0, 0.93541435, 1.87082869, Number.NaN],
    },
  ])('$sd SD', ({ sd, mean, standardDeviation, z }) => {
    const stats = meanAndStandardDeviation(values, status, 0, 9, { sd });
    expect(stats.mean).toBeCloseTo(mean, 9);
    expect(stats.standardDeviation).toBeCloseTo(standardDeviation, 8);
    expect(stats.count).toBe(8);
    const scores = [...zScores(values, status, 0, 9, { sd })];
    scores.forEach((score, index) =>
      Number.isNaN(z[index]) ? expect(score).toBeNaN() : expect(score).toBeCloseTo(z[index] as number, 5),
    );
  });

  it.each([
    { name: 'one area', values: [7], status: [OK], z: [0] },
    { name: 'all equal', values: [3, 3], status: [OK, OK], z: [0, 0] },
    {
      name: 'all missing',
      values: [Number.NaN, Number.NaN],
      status: [MISSING, MISSING],
      z: [Number.NaN, Number.NaN],
    },
  ])('$name', ({ values: given, status: codes, z }) => {
    const scores = [
      ...zScores(Float64Array.from(given), Uint8Array.from(codes), 0, given.length, { sd: 'population' }),
    ];
    expect(scores).toEqual(z);
  });

  it('leaves excluded areas out of mean and SD', () => {
    // without 100 (excluded): as above, mean 5, SD 2
    const scores = zScores(Float64Array.of(2, 4, 4, 4, 5, 5, 7, 9, 100), new Uint8Array(9), 0, 9, {
      sd: 'population',
      excluded: Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 1),
    });
    expect(scores[0]).toBe(-1.5);
    expect(scores[8]).toBeNaN();
  });
});

describe('composite index', () => {
  const make = (method: 'sum-restandardise' | 'mean') =>
    deriveDataset(
      makeDataset({
        years: [2020],
        levels: TWO_LEVELS,
        variables: { a: { a: 1, b: 2, c: 3 }, b: { a: 3, b: 2, c: '.' }, one: { a: 1, b: 1, c: 1 } },
        indicators: [
          {
            id: 'idx',
            label: 'Index',
            type: 'index',
            method,
            members: [{ indicator: 'ra' }, { indicator: 'rb' }],
          },
          {
            id: 'ra',
            label: 'A',
            type: 'rate',
            numerator: 'a',
            denominator: 'one',
            per: 1,
            polarity: 'higher-is-worse',
          },
          {
            id: 'rb',
            label: 'B',
            type: 'rate',
            numerator: 'b',
            denominator: 'one',
            per: 1,
            polarity: 'higher-is-better',
          },
        ],
        options: { minCount: 0 },
      }),
    ).indicators.get('idx');

  // by hand: z(a) over (1, 2, 3) = (−1.224745, 0, 1.224745); z(b) over (3, 2) = (1, −1), flipped (−1, 1)
  // sums a: −2.224745, b: 1; c misses b. Re-standardised over two values → (−1, 1); mean → sums / 2
  it.each([
    { method: 'sum-restandardise' as const, expected: [-1, 1, 'unknown'] },
    { method: 'mean' as const, expected: [-1.112372436, 0.5, 'unknown'] },
  ])('$method', ({ method, expected }) => {
    const index = make(method);
    expect(cellsOf(index?.levels[0])).toEqual(expected);
    expect(cellsOf(index?.city)).toEqual(['not-meaningful']);
  });
});

describe('classifyIndex', () => {
  // MSS 2021 Status-Index classes (data/real/berlin-mss-2021/SOURCE.md "Verified facts")
  const status: readonly IndexClasses[number][] = Object.freeze([
    { upTo: -1, label: 'hoch' },
    { upTo: 1, label: 'mittel' },
    { upTo: 1.5, label: 'niedrig' },
    { upTo: null, label: 'sehr niedrig' },
  ]);
  it.each([
    { value: -1.005, expected: 0 }, // PLR 09501838, published hoch
    { value: -0.998, expected: 1 }, // PLR 01100415, published mittel
    { value: -1, expected: 0 },
    { value: 1.5, expected: 2 },
    { value: 2.4, expected: 3 },
    { value: Number.NaN, expected: -1 },
  ])('$value → $expected', ({ value, expected }) => {
    expect(classifyIndex(value, status)).toBe(expected);
  });

  it('gives −1 above a closed last class', () => {
    expect(classifyIndex(5, [{ upTo: 1, label: 'a' }])).toBe(-1);
  });
});
