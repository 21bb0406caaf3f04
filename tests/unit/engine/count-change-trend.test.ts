import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../src/engine/derive';
import { baseYearIndices } from '../../../src/engine/change';
import { linearTrend } from '../../../src/engine/trend';
import { cellsOf } from './cells-of';
import { makeDataset, TWO_LEVELS } from './make-dataset';

// All expected values are worked by hand in the comments.
describe('count', () => {
  it('sums to parents, suppresses 1 and 2 at every level, shows 0', () => {
    const data = makeDataset({
      years: [2020],
      levels: TWO_LEVELS,
      variables: { arbeitslose: { a: 2, b: 5, c: 0 } },
      indicators: [{ id: 'alo', label: 'Arbeitslose', type: 'count', variable: 'arbeitslose' }],
    });
    const alo = deriveDataset(data).indicators.get('alo');
    expect(cellsOf(alo?.levels[0])).toEqual(['suppressed', 5, 0]); // 2 < 3 suppressed, 0 shown
    expect(cellsOf(alo?.levels[1])).toEqual([7, 0]); // X = 2 + 5, Y = 0
    expect(cellsOf(alo?.city)).toEqual([7]);
  });

  it('keeps given shares at the base level only', () => {
    const data = makeDataset({
      years: [2020],
      levels: TWO_LEVELS,
      variables: { anteil: { a: 1.5, b: 20, c: 2 } },
      shares: ['anteil'],
      indicators: [{ id: 'anteil', label: 'Anteil', type: 'count', variable: 'anteil' }],
    });
    const share = deriveDataset(data).indicators.get('anteil');
    expect(cellsOf(share?.levels[0])).toEqual([1.5, 20, 2]); // a share is never suppressed
    expect(cellsOf(share?.levels[1])).toEqual(['not-aggregable', 'not-aggregable']);
    expect(cellsOf(share?.city)).toEqual(['not-aggregable']);
  });

  it('treats an area without parent as part of the city only', () => {
    const data = makeDataset({
      years: [2020],
      levels: [
        { id: 'sr', areas: [{ id: 'a', parent: 'X' }, { id: 'b' }] },
        { id: 'bz', areas: [{ id: 'X' }] },
      ],
      variables: { ew: { a: 100, b: 50 } },
      indicators: [{ id: 'ew', label: 'EW', type: 'count', variable: 'ew' }],
    });
    const ew = deriveDataset(data).indicators.get('ew');
    expect(cellsOf(ew?.levels[1])).toEqual([100]);
    expect(cellsOf(ew?.city)).toEqual([150]);
  });
});

describe('change', () => {
  const years = [2016, 2018, 2019, 2020];
  const make = (mode: 'absolute' | 'relative', sgb2: Record<string, (number | string)[]>) =>
    deriveDataset(
      makeDataset({
        years,
        levels: TWO_LEVELS,
        variables: {
          sgb2,
          ew: { a: [100, 100, 100, 100], b: [200, 200, 200, 200], c: [100, 100, 100, 100] },
        },
        indicators: [
          // listed before the rate it refers to: derivation follows dependencies
          { id: 'delta', label: 'Δ', type: 'change', of: 'quote', periods: 2, mode },
          { id: 'quote', label: 'Q', type: 'rate', numerator: 'sgb2', denominator: 'ew' },
        ],
      }),
    ).indicators.get('delta');

  it.each([
    {
      mode: 'absolute' as const,
      // a: 10 % (2016) → 12 % (2018) → +2 pp; 2018 → 2020: 12 → 15 → +3 pp; 2019 has no 2017 → no-base
      // b: 20/200 = 10 % → 25/200 = 12.5 % → +2.5 pp; then 12.5 → missing
      // c: 0 → 5 → +5 pp (absolute allows a 0 base); 2020 suppressed numerator (1) propagates
      expected: [
        ['no-base', 'no-base', 'no-base'],
        [2, 2.5, 5],
        ['no-base', 'no-base', 'no-base'],
        [3, 'unknown', 'suppressed'],
      ],
    },
    {
      mode: 'relative' as const,
      // a: (12 − 10) / 10 = 20 %, (15 − 12) / 12 = 25 %; b: 2.5 / 10 = 25 %; c: base 0 → zero-denominator
      expected: [
        ['no-base', 'no-base', 'no-base'],
        [20, 25, 'zero-denominator'],
        ['no-base', 'no-base', 'no-base'],
        [25, 'unknown', 'suppressed'],
      ],
    },
  ])('$mode', ({ mode, expected }) => {
    const delta = make(mode, { a: [10, 12, 13, 15], b: [20, 25, 26, '.'], c: [0, 5, 4, 1] });
    expect(cellsOf(delta?.levels[0])).toEqual(expected.flat());
  });

  it.each([
    { years: [2016, 2018, 2019, 2020], periods: 2, expected: [-1, 0, -1, 1] },
    { years: [2019, 2020], periods: 1, expected: [-1, 0] },
    { years: [2020], periods: 1, expected: [-1] },
  ])('baseYearIndices($years, $periods)', ({ years: given, periods, expected }) => {
    expect([...baseYearIndices(Object.freeze(given), periods)]).toEqual(expected);
  });
});

describe('trend', () => {
  // numpy 2.4.6: np.polyfit([2016, 2017, 2018, 2019, 2020], [10, 11, 13, 12, 14], 1) = [0.9, −1804.2]
  it.each([
    { xs: [2016, 2017, 2018, 2019, 2020], ys: [10, 11, 13, 12, 14], slope: 0.9, intercept: -1804.2 },
    { xs: [0, 1, 2], ys: [5, 5, 5], slope: 0, intercept: 5 },
    { xs: [1, 2], ys: [1, 3], slope: 2, intercept: -1 },
    { xs: [3, 3], ys: [1, 2], slope: Number.NaN, intercept: Number.NaN },
  ])('linearTrend $xs $ys', ({ xs, ys, slope, intercept }) => {
    const line = linearTrend(Object.freeze(xs), Object.freeze(ys));
    if (Number.isNaN(slope)) {
      expect(line.slope).toBeNaN();
      expect(line.intercept).toBeNaN();
      return;
    }
    expect(line.slope).toBeCloseTo(slope, 9);
    expect(line.intercept).toBeCloseTo(intercept, 6);
  });

  it('needs 3 points in the window, skips missing years, marks them partial', () => {
    const derived = deriveDataset(
      makeDataset({
        years: [2016, 2017, 2018, 2019, 2020],
        levels: TWO_LEVELS,
        variables: {
          // per 100 of ew = 100, so the rate equals sgb2
          sgb2: { a: [10, 11, 13, 12, 14], b: [10, '.', 12, '.', 14], c: ['x', 'x', 'x', 'x', 5] },
          ew: { a: 100, b: 100, c: 100 },
        },
        indicators: [
          { id: 'q', label: 'Q', type: 'rate', numerator: 'sgb2', denominator: 'ew' },
          { id: 't', label: 'T', type: 'trend', of: 'q', periods: 4 },
        ],
      }),
    );
    const trend = derived.indicators.get('t');
    const y2018 = cellsOf(trend?.levels[0]).slice(6, 9);
    const y2020 = cellsOf(trend?.levels[0]).slice(12, 15);
    // 2018: a has 3 points (10, 11, 13) → slope 1.5; b only 2 (2017 unknown) → its reason; c → 'not-meaningful'
    expect(y2018).toEqual([1.5, 'unknown', 'not-meaningful']);
    // 2020: a 0.9 (polyfit above); b (2016, 10), (2018, 12), (2020, 14) → 1 per year, partial
    expect(y2020).toEqual([0.9, 1, 'not-meaningful']);
    expect(trend?.levels[0]?.status[13]).toBe(1); // partial
    // 2016/2017: fewer than 3 years in the series window → no-base
    expect(cellsOf(trend?.levels[0]).slice(0, 3)).toEqual(['no-base', 'no-base', 'no-base']);
  });
});
