import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../../src/engine/types';
import { buildChange, sortChanges } from '../../../../src/ui/charts/change-model';
import { chartDataset } from './chart-fixture';

const derived = chartDataset();
const quote = derived.indicators.get('quote')!;
const change = (fromIndex: number, toIndex: number, withRelative = true) =>
  buildChange({
    indicatorId: 'quote',
    levelIndex: 0,
    level: derived.data.levels[0]!,
    cells: quote.levels[0]!,
    cityCells: quote.city,
    years: derived.data.years,
    fromIndex,
    toIndex,
    withRelative,
  });

describe('buildChange', () => {
  it('gives absolute (points) and relative (%) change per area and for the city', () => {
    const model = change(0, 1);
    expect([model.fromYear, model.toYear]).toEqual([2020, 2021]);
    // a 10 → 12, b 10 → 15, c 5 → 6; city 8.75 → 12
    expect(model.areas.map((area) => [area.areaId, area.absolute, area.relative])).toEqual([
      ['a', 2, 20],
      ['b', 5, 50],
      ['c', 1, 20],
    ]);
    expect(model.city.absolute).toBeCloseTo(3.25, 10);
    expect(model.city.relative).toBeCloseTo((3.25 / 8.75) * 100, 10);
    expect(Array.from(model.cells.values)).toEqual([2, 5, 1]);
  });

  it('gives no relative change for an indicator without one (an index, a change)', () => {
    const model = change(0, 1, false);
    expect(model.areas.map((area) => [area.absolute, area.relative])).toEqual([
      [2, null],
      [5, null],
      [1, null],
    ]);
    expect(model.city.relative).toBeNull();
    expect(model.withRelative).toBe(false);
  });

  it('carries the missing reason of the year without a value', () => {
    const [a] = change(1, 2).areas;
    expect(a!.absolute).toBeNull();
    expect(a!.status).toBe('unknown');
    expect(statusOf(change(1, 2).cells.status[0]!)).toBe('unknown');
    expect(change(2, 1).areas[0]!.status).toBe('unknown');
  });

  it('is negative backwards and 0 for the same year', () => {
    expect(change(1, 0).areas[1]!.absolute).toBe(-5);
    expect(change(1, 1).areas.map((area) => area.absolute)).toEqual([0, 0, 0]);
  });
});

describe('sortChanges', () => {
  it.each([
    ['absolute', ['b', 'a', 'c']],
    // a and c both +20 %: id order
    ['relative', ['b', 'a', 'c']],
    ['name', ['a', 'b', 'c']],
  ] as const)('by %s', (by, expected) => {
    expect(sortChanges(change(0, 1).areas, by, 'de').map((area) => area.areaId)).toEqual(expected);
  });

  it('puts areas without a change last', () => {
    expect(sortChanges(change(1, 2).areas, 'absolute', 'de').map((area) => area.areaId)).toEqual([
      'b',
      'c',
      'a',
    ]);
  });
});
