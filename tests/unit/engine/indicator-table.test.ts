import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../src/engine/derive';
import { buildIndicatorTable } from '../../../src/engine/indicator-table';
import { makeDataset, TWO_LEVELS } from './make-dataset';

const derived = deriveDataset(
  makeDataset({
    years: [2019, 2020],
    levels: TWO_LEVELS,
    variables: {
      sgb2: { a: [10, 12], b: [30, 30], c: [10, 2] },
      einwohner: { a: [200, 200], b: [400, 400], c: [1000, 1000] },
    },
    indicators: [{ id: 'quote', label: 'Quote', type: 'rate', numerator: 'sgb2', denominator: 'einwohner' }],
  }),
);

// 2020 by hand: a 12/200 = 6, b 7.5, c 2 → suppressed; X = 42/600 = 7; Y suppressed; city 44/1600 = 2.75.
// Quantile 5 over (6, 7.5): bounds 6.3, 6.6, 6.9, 7.2, 7.5 → a class 1, b class 5.
describe('buildIndicatorTable', () => {
  it('builds one row per area and year with parent and city values', () => {
    const table = buildIndicatorTable(derived, { level: 0, years: [2020], indicators: ['quote'] });
    expect(table.years).toEqual([2020]);
    expect(table.rows.map((row) => [row.areaId, row.parentId, row.parentName, row.year])).toEqual([
      ['a', 'X', 'Nord', 2020],
      ['b', 'X', 'Nord', 2020],
      ['c', 'Y', 'Süd', 2020],
    ]);
    expect(table.rows.map((row) => row.cells.quote)).toEqual([
      {
        value: 6,
        status: 'ok',
        class: 1,
        parentValue: 7,
        cityValue: 2.75,
        classLabel: null,
        excludedBecause: null,
        excludedBelowPopulation: null,
      },
      {
        value: 7.5,
        status: 'ok',
        class: 5,
        parentValue: 7,
        cityValue: 2.75,
        classLabel: null,
        excludedBecause: null,
        excludedBelowPopulation: null,
      },
      {
        value: null,
        status: 'suppressed',
        class: null,
        parentValue: null,
        cityValue: 2.75,
        classLabel: null,
        excludedBecause: null,
        excludedBelowPopulation: null,
      },
    ]);
    table.breaks.quote?.[0]?.forEach((bound, index) =>
      expect(bound).toBeCloseTo([6.3, 6.6, 6.9, 7.2, 7.5][index] as number, 9),
    );
  });

  it('lists every year for "all" and has no parent at the coarsest level', () => {
    const table = buildIndicatorTable(derived, {
      level: 1,
      years: 'all',
      indicators: ['quote'],
      classification: { method: 'equal-interval', classes: 2 },
    });
    // 2019: X 40/600 = 6.667, Y 1; 2020: X 7, Y suppressed
    expect(table.rows.map((row) => [row.areaId, row.year, row.parentId, row.cells.quote?.class])).toEqual([
      ['X', 2019, null, 2],
      ['X', 2020, null, 1],
      ['Y', 2019, null, 1],
      ['Y', 2020, null, null],
    ]);
  });

  it.each([
    { options: { level: 5, years: [2020], indicators: ['quote'] }, message: 'unknown level index: 5' },
    { options: { level: 0, years: [1999], indicators: ['quote'] }, message: 'unknown year: 1999' },
    { options: { level: 0, years: [2020], indicators: ['nope'] }, message: 'unknown indicator: nope' },
  ])('throws $message', ({ options, message }) => {
    expect(() => buildIndicatorTable(derived, options)).toThrow(message);
  });
});
