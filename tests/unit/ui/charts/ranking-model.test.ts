import { describe, expect, it } from 'vitest';
import { buildRanking } from '../../../../src/ui/charts/ranking-model';
import { chartDataset } from './chart-fixture';

const derived = chartDataset();
const quote = derived.indicators.get('quote')!;
const input = (yearIndex: number, classes: Int8Array | null = null) => ({
  level: derived.data.levels[0]!,
  parentLevel: derived.data.levels[1]!,
  cells: quote.levels[0]!,
  parentCells: quote.levels[1]!,
  cityCells: quote.city,
  yearIndex,
  classes,
});

describe('buildRanking', () => {
  it('sorts from the highest value, with ranks, classes and parents', () => {
    const model = buildRanking(input(1, Int8Array.from([1, 2, 0])));
    expect(
      model.bars.map((bar) => [bar.areaId, bar.value, bar.rank, bar.classIndex, bar.parentIndex]),
    ).toEqual([
      ['b', 15, 1, 2, 0],
      ['a', 12, 2, 1, 0],
      ['c', 6, 3, 0, 1],
    ]);
    expect(model.cityValue).toBeCloseTo(12, 10);
    expect(model.parents.get(0)?.value).toBeCloseTo(14, 10);
    expect(model.parents.get(1)?.name).toBe('Süd');
    expect(model.extent).toEqual([0, 15]);
  });

  it('gives tied areas one rank, in id order, and skips the next rank', () => {
    // 2020: a 10, b 10, c 5
    expect(buildRanking(input(0)).bars.map((bar) => `${bar.areaId}${bar.rank}`)).toEqual(['a1', 'b1', 'c3']);
  });

  it('lists areas without a value apart with their reason', () => {
    const model = buildRanking(input(2));
    expect(model.bars.map((bar) => bar.areaId)).toEqual(['b', 'c']);
    expect(model.missing).toEqual([{ areaId: 'a', name: 'Altstadt', status: 'unknown' }]);
  });

  it('marks bars unclassified without classes', () => {
    expect(buildRanking(input(1)).bars.every((bar) => bar.classIndex === -1)).toBe(true);
  });
});
