import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../../src/engine/derive';
import { statusCode, type CellStatus, type Cells } from '../../../../src/engine/types';
import {
  buildCityOverview,
  buildComparison,
  buildDetail,
  differenceTo,
  differenceUnit,
  isSigned,
  rankOf,
  type DetailQuery,
} from '../../../../src/ui/panels/detail-model';
import { makeDataset, TWO_LEVELS } from '../../engine/make-dataset';

/** One year of cells from numbers and missing reasons. */
function cells(values: readonly (number | CellStatus)[]): Cells {
  return {
    values: Float64Array.from(values, (value) => (typeof value === 'number' ? value : Number.NaN)),
    status: Uint8Array.from(values, (value) => (typeof value === 'number' ? 0 : statusCode(value))),
  };
}

describe('rankOf (1 = highest, ties share a rank, only areas with a value count)', () => {
  it.each([
    ['highest', [5, 9, 1], 1, { rank: 1, of: 3, tiedWith: 0 }],
    ['lowest', [5, 9, 1], 2, { rank: 3, of: 3, tiedWith: 0 }],
    ['middle', [5, 9, 1], 0, { rank: 2, of: 3, tiedWith: 0 }],
    ['tie for first', [9, 9, 1], 1, { rank: 1, of: 3, tiedWith: 1 }],
    ['below a tie skips a rank', [9, 9, 1], 2, { rank: 3, of: 3, tiedWith: 0 }],
    ['three-way tie', [4, 4, 4, 7], 2, { rank: 2, of: 4, tiedWith: 2 }],
    ['missing values do not count', [5, 'suppressed', 9, 'excluded', 1], 4, { rank: 3, of: 3, tiedWith: 0 }],
    ['one area', [3], 0, { rank: 1, of: 1, tiedWith: 0 }],
    ['negative values', [-1, -3, 0], 1, { rank: 3, of: 3, tiedWith: 0 }],
  ] as const)('%s', (_name, values, areaIndex, expected) => {
    expect(rankOf(cells(values), 0, values.length, areaIndex)).toEqual(expected);
  });

  it('counts a partial value (flagged, but there) like any other', () => {
    const year = cells([5, 7, 1]);
    year.status[1] = statusCode('partial');
    expect(rankOf(year, 0, 3, 2)).toEqual({ rank: 3, of: 3, tiedWith: 0 });
    expect(rankOf(year, 0, 3, 1)).toEqual({ rank: 1, of: 3, tiedWith: 0 });
  });

  it('is null for an area without a value', () => {
    expect(rankOf(cells([5, 'unknown', 1]), 0, 3, 1)).toBeNull();
  });

  it('ranks within the given year of year-major cells', () => {
    // Year 0: [1, 2]; year 1: [4, 3].
    const twoYears = cells([1, 2, 4, 3]);
    expect(rankOf(twoYears, 0, 2, 0)?.rank).toBe(2);
    expect(rankOf(twoYears, 1, 2, 0)?.rank).toBe(1);
  });
});

describe('differenceTo and differenceUnit', () => {
  it.each([
    ['above', 12, 10, 2],
    ['below', 6, 12, -6],
    ['equal', 3, 3, 0],
    ['area missing', null, 3, null],
    ['reference missing', 3, null, null],
  ] as const)('%s', (_name, value, reference, expected) => {
    expect(differenceTo(value, reference)).toBe(expected);
  });

  it.each([
    ['percent → percentage points', '%', 'Prozentpunkte'],
    ['percent with spaces', ' % ', 'Prozentpunkte'],
    ['count stays', 'Personen', 'Personen'],
    ['percentage points stay', 'Prozentpunkte', 'Prozentpunkte'],
    ['z-score stays', 'z-Wert', 'z-Wert'],
    ['no unit', '', ''],
  ])('%s', (_name, unit, expected) => {
    expect(differenceUnit(unit, 'Prozentpunkte')).toBe(expected);
  });
});

describe('buildDetail', () => {
  // Rates in % (sgb2 / einwohner × 100). 2021: a 12, b 15, c 6; Nord (a, b) 42/300 = 14; Süd 6;
  // city 48/400 = 12. 2022: a unknown ('.').
  const derived = deriveDataset(
    makeDataset({
      years: [2020, 2021, 2022],
      levels: TWO_LEVELS,
      variables: {
        einwohner: { a: [100, 100, 100], b: [200, 200, 200], c: [100, 100, 100] },
        sgb2: { a: [10, 12, '.'], b: [20, 30, 40], c: [5, 6, 7] },
      },
      indicators: [
        {
          id: 'quote',
          label: 'SGB-II-Quote',
          unit: '%',
          decimals: 1,
          type: 'rate',
          numerator: 'sgb2',
          denominator: 'einwohner',
        },
      ],
    }),
  );
  const query = (levelIndex: number, yearIndex: number): DetailQuery => ({
    levelIndex,
    yearIndex,
    indicatorId: 'quote',
    locale: 'de',
    cityFallbackLabel: 'Stadt gesamt',
  });

  it('gives value, rank, parent and city with differences', () => {
    const detail = buildDetail(derived, query(0, 1), 'a')!;
    expect(detail.name).toBe('Altstadt');
    expect(detail.year).toBe(2021);
    expect(detail.unit).toBe('%');
    expect(detail.cell).toEqual({ value: 12, status: 'ok' });
    expect(detail.rank).toEqual({ rank: 2, of: 3, tiedWith: 0 });
    expect(detail.parent?.name).toBe('Nord');
    expect(detail.parent?.levelLabel).toBe('bezirk');
    expect(detail.parent?.cell.value).toBeCloseTo(14, 10);
    expect(detail.parent?.difference).toBeCloseTo(-2, 10);
    expect(detail.city.name).toBe('Stadt gesamt');
    expect(detail.city.cell.value).toBeCloseTo(12, 10);
    expect(detail.city.difference).toBeCloseTo(0, 10);
  });

  it('gives the missing reason instead of a value, and no rank or differences', () => {
    const detail = buildDetail(derived, query(0, 2), 'a')!;
    expect(detail.cell).toEqual({ value: null, status: 'unknown' });
    expect(detail.rank).toBeNull();
    expect(detail.parent?.difference).toBeNull();
    expect(detail.city.difference).toBeNull();
  });

  it('keeps the series with gaps, and the city series', () => {
    const detail = buildDetail(derived, query(0, 1), 'a')!;
    expect(detail.trend.map((point) => point.value)).toEqual([10, 12, null]);
    expect(detail.trend[2]?.status).toBe('unknown');
    expect(detail.cityTrend.map((point) => point.year)).toEqual([2020, 2021, 2022]);
  });

  it('has no parent at the coarsest level', () => {
    const detail = buildDetail(derived, query(1, 1), 'Y')!;
    expect(detail.name).toBe('Süd');
    expect(detail.parent).toBeNull();
    expect(detail.rank).toEqual({ rank: 2, of: 2, tiedWith: 0 });
  });

  it('is null for an unknown area or indicator', () => {
    expect(buildDetail(derived, query(0, 1), 'zz')).toBeNull();
    expect(buildDetail(derived, { ...query(0, 1), indicatorId: 'nope' }, 'a')).toBeNull();
  });

  it('gives the city overview with the lowest and highest area', () => {
    const overview = buildCityOverview(derived, query(0, 2))!;
    expect(overview.areasWithValue).toBe(2);
    expect(overview.areaCount).toBe(3);
    expect(overview.lowest).toEqual({ areaId: 'c', name: 'Chausseeviertel', value: expect.closeTo(7, 10) });
    expect(overview.highest).toEqual({ areaId: 'b', name: 'Bahnhof', value: expect.closeTo(20, 10) });
  });

  it('lists comparison areas in the order given, skipping unknown ids', () => {
    const rows = buildComparison(derived, query(0, 1), ['c', 'zz', 'b']);
    expect(rows.map((row) => [row.areaId, row.cell.value, row.rank?.rank])).toEqual([
      ['c', 6, 3],
      ['b', 15, 1],
    ]);
  });
});

describe('isSigned', () => {
  it.each([
    ['change', true],
    ['trend', true],
    ['rate', false],
    ['count', false],
    ['index', false],
  ] as const)('%s', (type, expected) => {
    expect(isSigned(type)).toBe(expected);
  });
});
