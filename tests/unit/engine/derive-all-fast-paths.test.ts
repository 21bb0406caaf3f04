import { describe, expect, it } from 'vitest';
import { percentileOfSorted, quantileBreaks } from '../../../src/engine/breaks/quantile';
import { rankValues } from '../../../src/engine/breaks/select';
import { classifyCells } from '../../../src/engine/classify-cells';
import { defaultClassification } from '../../../src/engine/default-classification';
import { deriveAll } from '../../../src/engine/derive-all';
import { makeSyntheticDataset, seededRandom } from '../../../src/engine/synthetic';
import type { Cells, DatasetData } from '../../../src/engine/types';
import { zScores } from '../../../src/engine/z-scores';

// Large inputs take the bucket paths (rank selection from 2,048 values, class lookup from 64).
const random = seededRandom(11);
const inputs: Record<string, Float64Array> = {
  uniform: Float64Array.from({ length: 5000 }, () => random() * 30),
  ties: Float64Array.from({ length: 4000 }, () => Math.floor(random() * 7)),
  signed: Float64Array.from({ length: 3000 }, () => (random() - 0.5) * 1e-3),
  outlier: Float64Array.from({ length: 6000 }, (_, index) => (index === 17 ? 1e12 : random())),
  equal: new Float64Array(2500).fill(4.25),
};

describe('rankValues and quantileBreaks on large inputs', () => {
  it.each(Object.keys(inputs))('%s: the same order statistics and breaks as a full sort', (name) => {
    const values = inputs[name] as Float64Array;
    const sorted = Float64Array.from(values).sort();
    const ranks = [0, 1, 499, 500, Math.floor(values.length / 2), values.length - 2, values.length - 1];
    const out: number[] = [];
    rankValues(Float64Array.from(values), ranks, out);
    expect(out).toEqual(ranks.map((rank) => sorted[rank]));
    for (const classes of [4, 5, 7]) {
      const expected: number[] = [];
      for (let index = 1; index <= classes; index++) {
        const bound = percentileOfSorted(sorted, Math.min(100, (100 / classes) * index));
        if (expected.length === 0 || bound !== expected[expected.length - 1]) expected.push(bound);
      }
      expect(quantileBreaks(Float64Array.from(values), classes)).toEqual(expected);
    }
  });
});

function withClassifications(data: DatasetData): DatasetData {
  const specs = [
    { method: 'quantile', classes: 5, scope: 'all-years' },
    { method: 'equal-interval', classes: 4, scope: 'per-year' },
    { method: 'std-dev', classes: 5, scope: 'per-year' },
  ] as const;
  const indicators = data.manifest.indicators.map((spec, index) =>
    index >= 1 && index <= specs.length ? { ...spec, classification: specs[index - 1] } : spec,
  );
  return { ...data, manifest: { ...data.manifest, indicators } };
}

describe('deriveAll', () => {
  it('gives the z-scores of zScores and the classes of classifyCells, year by year', () => {
    const data = withClassifications(
      makeSyntheticDataset({ areas: 3000, years: 4, indicators: 10, seed: 5 }),
    );
    const all = deriveAll(data);
    const yearIndices = data.years.map((_, index) => index);
    for (const [id, indicator] of all.derived.indicators) {
      indicator.levels.forEach((cells: Cells, level) => {
        const areaCount = data.levels[level]?.areaIds.length ?? 0;
        const z = all.zScores.get(id)?.[level] as Float64Array;
        for (const year of yearIndices) {
          const expected = zScores(cells.values, cells.status, year * areaCount, areaCount, {
            sd: 'population',
          });
          expect(Array.from(z.subarray(year * areaCount, (year + 1) * areaCount))).toEqual(
            Array.from(expected),
          );
        }
        const classes = all.classes.get(id)?.[level];
        const expected = classifyCells(cells, areaCount, yearIndices, defaultClassification(indicator.spec));
        expect(classes?.scope).toBe(expected.scope);
        expect(classes?.breaks).toEqual(expected.breaks);
        expect(classes?.counts).toEqual(expected.counts);
        expect(Array.from(classes?.classes ?? [])).toEqual(Array.from(expected.classes));
      });
    }
  });
});
