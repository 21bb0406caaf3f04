import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateJointly } from '../../src/engine/aggregate';
import { aggregateToTargets } from '../../src/engine/aggregate-levels';
import { classifyCells } from '../../src/engine/classify-cells';
import { classifyValue, computeBreaks } from '../../src/engine/classify';
import { deriveDataset } from '../../src/engine/derive';
import { buildHierarchy } from '../../src/engine/hierarchy';
import { hasValue, type Cells } from '../../src/engine/types';
import { makeDataset } from '../unit/engine/make-dataset';
import { breakMethod, breakValues, smallDataset, toDatasetInput } from './arbitraries';

const close = (a: number, b: number) =>
  Number.isNaN(a) ? Number.isNaN(b) : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

describe('engine properties', () => {
  it('area order does not matter', () => {
    fc.assert(
      fc.property(
        smallDataset.chain((small) =>
          fc.tuple(
            fc.constant(small),
            fc.shuffledSubarray(
              small.areas.map((_, index) => index),
              { minLength: small.areas.length },
            ),
          ),
        ),
        ([small, order]) => {
          const sorted = deriveDataset(makeDataset(toDatasetInput(small)));
          const shuffled = deriveDataset(makeDataset(toDatasetInput(small, { order })));
          const areaCount = small.areas.length;
          for (const [id, indicator] of sorted.indicators) {
            const other = shuffled.indicators.get(id);
            const base = indicator.levels[0] as Cells;
            const otherBase = other?.levels[0] as Cells;
            for (let year = 0; year < small.years.length; year++) {
              order.forEach((original, position) => {
                const cell = year * areaCount + original;
                const otherCell = year * areaCount + position;
                expect(otherBase.status[otherCell]).toBe(base.status[cell]);
                expect(close(base.values[cell] as number, otherBase.values[otherCell] as number)).toBe(true);
              });
            }
            for (const [mine, theirs] of [
              [indicator.levels[1], other?.levels[1]],
              [indicator.city, other?.city],
            ] as const) {
              expect([...(theirs as Cells).status]).toEqual([...(mine as Cells).status]);
              (mine as Cells).values.forEach((value, cell) =>
                expect(close(value, (theirs as Cells).values[cell] as number)).toBe(true),
              );
            }
          }
        },
      ),
    );
  });

  it('a rate is unchanged when numerator and denominator scale by the same factor', () => {
    fc.assert(
      fc.property(smallDataset, fc.integer({ min: 1, max: 50 }), (small, scale) => {
        // minCount 0: scaling lifts numerators over the suppression limit, which is not a change of rate
        const plain = deriveDataset(makeDataset(toDatasetInput(small, { minCount: 0 }))).indicators.get(
          'quote',
        );
        const scaled = deriveDataset(
          makeDataset(toDatasetInput(small, { minCount: 0, scale })),
        ).indicators.get('quote');
        for (const [mine, theirs] of [
          ...(plain?.levels ?? []).map((cells, level) => [cells, scaled?.levels[level]]),
          [plain?.city, scaled?.city],
        ]) {
          expect([...(theirs as Cells).status]).toEqual([...(mine as Cells).status]);
          (mine as Cells).values.forEach((value, cell) =>
            expect(close(value, (theirs as Cells).values[cell] as number)).toBe(true),
          );
        }
      }),
    );
  });

  it('a parent rate is Σnumerators / Σdenominators over the children that have both', () => {
    fc.assert(
      fc.property(smallDataset, (small) => {
        const quote = deriveDataset(makeDataset(toDatasetInput(small, { minCount: 0 }))).indicators.get(
          'quote',
        );
        const districts = quote?.levels[1] as Cells;
        small.years.forEach((_, year) => {
          for (let district = 0; district < small.districts; district++) {
            let numerator = 0;
            let denominator = 0;
            let children = 0;
            for (const area of small.areas) {
              const top = area.numerator[year];
              const bottom = area.denominator[year];
              if (area.district !== district || typeof top !== 'number' || typeof bottom !== 'number')
                continue;
              numerator += top;
              denominator += bottom;
              children++;
            }
            const cell = year * small.districts + district;
            if (children > 0 && denominator > 0) {
              expect(close(districts.values[cell] as number, (numerator / denominator) * 100)).toBe(true);
            } else {
              expect(hasValue(districts.status[cell] as number)).toBe(false);
            }
          }
        });
      }),
    );
  });

  it('hierarchical aggregation equals direct aggregation for every target', () => {
    fc.assert(
      fc.property(smallDataset, (small) => {
        const data = makeDataset(toDatasetInput(small));
        const hierarchy = buildHierarchy(data.levels);
        const numerator = data.variables.get('zaehler') as Cells;
        const denominator = data.variables.get('nenner') as Cells;
        const fast = aggregateToTargets(numerator, denominator, hierarchy, small.years.length);
        fast.forEach((aggregated, target) => {
          const isCity = target === hierarchy.areaCounts.length;
          const direct = aggregateJointly(
            [numerator, denominator],
            isCity ? null : (hierarchy.baseToLevel[target] as Int32Array),
            isCity ? 1 : (hierarchy.areaCounts[target] as number),
            hierarchy.baseCount,
            small.years.length,
          );
          expect([...aggregated.status]).toEqual([...direct.status]);
          // sums only mean something where the state carries a value (the base level reuses the inputs)
          aggregated.sums.forEach((sum, operand) =>
            sum.forEach((value, cell) => {
              if (hasValue(aggregated.status[cell] as number))
                expect(value).toBe(direct.sums[operand]?.[cell]);
            }),
          );
        });
      }),
    );
  });
});

describe('classification properties', () => {
  it('breaks are sorted, at most k, end at the maximum; k exactly when values allow', () => {
    fc.assert(
      fc.property(breakValues, breakMethod, fc.integer({ min: 2, max: 9 }), (values, method, classes) => {
        const frozen = Object.freeze([...values]);
        const breaks = computeBreaks(frozen, { method, classes, breaks: [-10, 0, 10] });
        const maximum = Math.max(...values);
        for (let index = 1; index < breaks.length; index++) {
          expect(breaks[index] as number).toBeGreaterThan(breaks[index - 1] as number);
        }
        if (method !== 'std-dev' && method !== 'manual') {
          expect(breaks.length).toBeLessThanOrEqual(classes);
          expect(breaks[breaks.length - 1]).toBe(maximum);
        }
        const distinct = new Set(values).size;
        if ((method === 'equal-interval' || method === 'natural-breaks') && distinct >= classes) {
          expect(breaks).toHaveLength(classes);
        }
        expect(breaks[breaks.length - 1] as number).toBeGreaterThanOrEqual(maximum);
      }),
    );
  });

  it('classification is monotone in the value', () => {
    fc.assert(
      fc.property(
        breakValues,
        breakMethod,
        fc.double({ noNaN: true }),
        fc.double({ noNaN: true }),
        (values, method, a, b) => {
          const breaks = computeBreaks(values, { method, classes: 5, breaks: [-10, 0, 10] });
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(classifyValue(low, breaks)).toBeLessThanOrEqual(classifyValue(high, breaks));
        },
      ),
    );
  });

  it('every area gets exactly one class or a missing reason', () => {
    fc.assert(
      fc.property(
        smallDataset,
        breakMethod,
        fc.constantFrom('per-year', 'all-years'),
        (small, method, scope) => {
          const quote = deriveDataset(makeDataset(toDatasetInput(small))).indicators.get('quote');
          const cells = quote?.levels[0] as Cells;
          const areaCount = small.areas.length;
          const years = small.years.map((_, index) => index);
          const result = classifyCells(cells, areaCount, years, {
            method,
            classes: 4,
            scope,
            breaks: [5, 10, 20],
          });
          years.forEach((year) => {
            const classCount = (result.breaks[year] as number[]).length;
            let withValue = 0;
            for (let area = 0; area < areaCount; area++) {
              const index = result.classes[year * areaCount + area] as number;
              if (hasValue(cells.status[year * areaCount + area] as number)) {
                withValue++;
                expect(index).toBeGreaterThanOrEqual(0);
                expect(index).toBeLessThan(classCount);
              } else expect(index).toBe(-1);
            }
            expect((result.counts[year] as number[]).reduce((sum, count) => sum + count, 0)).toBe(withValue);
          });
        },
      ),
    );
  });
});
