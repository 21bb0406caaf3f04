import { describe, expect, it } from 'vitest';
import { statusCode, type CellStatus, type Cells } from '../../../../src/engine/types';
import {
  seriesOf,
  trendEnds,
  trendPath,
  trendSegments,
  valueExtent,
  type TrendPoint,
} from '../../../../src/ui/panels/trend-model';

function cells(values: readonly (number | CellStatus)[]): Cells {
  return {
    values: Float64Array.from(values, (value) => (typeof value === 'number' ? value : Number.NaN)),
    status: Uint8Array.from(values, (value) => (typeof value === 'number' ? 0 : statusCode(value))),
  };
}

const points = (values: readonly (number | null)[]): TrendPoint[] =>
  values.map((value, index) => ({ year: 2020 + index, value, status: value === null ? 'empty' : 'ok' }));

describe('seriesOf', () => {
  it('reads one area across year-major cells, missing years with their reason', () => {
    // Two areas, three years: area 1 is [2, suppressed, 6].
    const series = seriesOf(cells([1, 2, 3, 'suppressed', 5, 6]), [2020, 2021, 2022], 2, 1);
    expect(series).toEqual([
      { year: 2020, value: 2, status: 'ok' },
      { year: 2021, value: null, status: 'suppressed' },
      { year: 2022, value: 6, status: 'ok' },
    ]);
  });
});

describe('trendSegments', () => {
  it.each([
    ['no gaps', [1, 2, 3], [[2020, 2021, 2022]]],
    ['gap in the middle', [1, null, 3, 4], [[2020], [2022, 2023]]],
    ['leading and trailing gaps', [null, 2, 3, null], [[2021, 2022]]],
    ['all missing', [null, null], []],
    ['empty', [], []],
    ['zero is a value, not a gap', [0, 0], [[2020, 2021]]],
  ] as const)('%s', (_name, values, expectedYears) => {
    expect(trendSegments(points(values)).map((segment) => segment.map((point) => point.year))).toEqual(
      expectedYears,
    );
  });
});

describe('trendPath', () => {
  const x = (year: number) => (year - 2020) * 10;
  const y = (value: number) => 100 - value;

  it.each([
    ['one run', [1, 2], 'M0,99L10,98'],
    ['two runs: a gap is a new move', [1, 2, null, 4, 5], 'M0,99L10,98M30,96L40,95'],
    ['a lone point draws no line', [1, null, 3], ''],
    ['a single year draws no line', [1.2345], ''],
  ] as const)('%s', (_name, values, expected) => {
    expect(trendPath(trendSegments(points(values)), x, y)).toBe(expected);
  });

  it('rounds coordinates to tenths', () => {
    expect(
      trendPath(
        [
          [
            { year: 2020, value: 1.26 },
            { year: 2021, value: 2 },
          ],
        ],
        x,
        y,
      ),
    ).toBe('M0,98.7L10,98');
  });
});

describe('valueExtent and trendEnds', () => {
  it('spans several series and ignores gaps', () => {
    expect(valueExtent([points([3, null, 5]), points([-1, 2])])).toEqual([-1, 5]);
    expect(valueExtent([points([null]), points([])])).toBeNull();
  });

  it('finds the first and last year with a value', () => {
    expect(trendEnds(points([null, 2, 3, null]))).toEqual({
      first: { year: 2021, value: 2 },
      last: { year: 2022, value: 3 },
    });
    expect(trendEnds(points([null]))).toBeNull();
  });
});
