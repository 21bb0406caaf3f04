import { describe, expect, it } from 'vitest';
import { classifyCells } from '../../../src/engine/classify-cells';
import type { Cells } from '../../../src/engine/types';

const U = 2; // 'unknown'
const S = 11; // 'suppressed'

// 4 areas × 2 years, year-major. Year 0: [1, 2, 3, unknown]; year 1: [10, 20, suppressed, 40].
const cells: Cells = {
  values: Float64Array.of(1, 2, 3, Number.NaN, 10, 20, Number.NaN, 40),
  status: Uint8Array.of(0, 0, 0, U, 0, 0, S, 0),
};

// Expected by hand with numpy's linear percentile: year 0 (1, 2, 3) → p50 = 2, p100 = 3;
// year 1 (10, 20, 40) → p50 = 20, p100 = 40; pooled (1, 2, 3, 10, 20, 40) → p50 = 6.5, p100 = 40.
describe('classifyCells', () => {
  it.each([
    {
      scope: 'per-year' as const,
      breaks: [
        [2, 3],
        [20, 40],
      ],
      classes: [0, 0, 1, -1, 0, 0, -1, 1],
      counts: [
        [2, 1],
        [2, 1],
      ],
    },
    {
      scope: 'all-years' as const,
      breaks: [
        [6.5, 40],
        [6.5, 40],
      ],
      classes: [0, 0, 0, -1, 1, 1, -1, 1],
      counts: [
        [3, 0],
        [0, 3],
      ],
    },
  ])('$scope', ({ scope, breaks, classes, counts }) => {
    const result = classifyCells(cells, 4, [0, 1], { method: 'quantile', classes: 2, scope });
    expect(result.breaks).toEqual(breaks);
    expect([...result.classes]).toEqual(classes);
    expect(result.counts).toEqual(counts);
  });

  it('classifies only the listed years, in the listed order', () => {
    const result = classifyCells(cells, 4, [1], { method: 'equal-interval', classes: 3 });
    // (40 − 10) / 3 = 10 → bounds 20, 30, 40
    expect(result.breaks).toEqual([[20, 30, 40]]);
    expect([...result.classes]).toEqual([0, 0, -1, 2]);
  });

  it('gives no class to anyone when a year has no values', () => {
    const empty: Cells = { values: Float64Array.of(Number.NaN, Number.NaN), status: Uint8Array.of(U, U) };
    const result = classifyCells(empty, 2, [0], { method: 'natural-breaks', classes: 3 });
    expect(result.breaks).toEqual([[]]);
    expect([...result.classes]).toEqual([-1, -1]);
  });
});
