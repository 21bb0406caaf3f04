/**
 * Invariants of the Handlungsbedarf rules on random small datasets: raising k never adds a flag,
 * and the order of the areas changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/engine/derive';
import { FLAGGED, evaluateHandlungsbedarf, resolveRules } from '../../src/engine/handlungsbedarf';
import type { ManifestInput } from '../../src/manifest/schema';
import { makeDataset } from '../unit/engine/make-dataset';
import { smallDataset, toDatasetInput, type SmallDataset } from './arbitraries';

/** The small dataset with thresholds on `quote` (worse) and `nenner` (better) and a 3-member rule. */
function withRule(small: SmallDataset, order?: readonly number[]) {
  const input = toDatasetInput(small, { order });
  const indicators = input.indicators.map((indicator) =>
    indicator.id === 'quote'
      ? {
          ...indicator,
          polarity: 'higher-is-worse' as const,
          thresholds: [
            { type: 'absolute' as const, value: 20 },
            { type: 'relative' as const, reference: 'parent' as const, mode: 'ratio' as const, value: 1.1 },
          ],
        }
      : indicator.id === 'nenner'
        ? {
            ...indicator,
            polarity: 'higher-is-better' as const,
            thresholds: [{ type: 'z-score' as const, value: 0.5 }],
          }
        : indicator,
  ) as ManifestInput['indicators'];
  return deriveDataset(
    makeDataset({
      ...input,
      indicators,
      handlungsbedarf: [
        {
          id: 'regel',
          label: 'Regel',
          atLeast: 1,
          members: [
            { indicator: 'quote', threshold: 0 },
            { indicator: 'quote', threshold: 1 },
            { indicator: 'nenner' },
          ],
        },
      ],
    }),
  );
}

describe('Handlungsbedarf properties', () => {
  it('raising k never adds a flag', () => {
    fc.assert(
      fc.property(smallDataset, (small) => {
        const derived = withRule(small);
        let previous: Int8Array | null = null;
        for (const atLeast of [1, 2, 3]) {
          const flags = evaluateHandlungsbedarf(
            derived,
            resolveRules(derived.data.manifest, { regel: { atLeast } }),
            0,
          ).rules[0]!.flag;
          if (previous !== null)
            flags.forEach((flag, cell) => {
              if (flag === FLAGGED) expect(previous![cell]).toBe(FLAGGED);
            });
          previous = flags;
        }
      }),
    );
  });

  it('area order does not matter', () => {
    fc.assert(
      fc.property(
        smallDataset.chain((small) =>
          fc.tuple(
            fc.constant(small),
            fc.shuffledSubarray(
              small.areas.map((_, index) => index),
              { minLength: small.areas.length, maxLength: small.areas.length },
            ),
          ),
        ),
        ([small, order]) => {
          const plain = withRule(small);
          const shuffled = withRule(small, order);
          for (let level = 0; level < 2; level++) {
            const a = evaluateHandlungsbedarf(plain, resolveRules(plain.data.manifest), level);
            const b = evaluateHandlungsbedarf(shuffled, resolveRules(shuffled.data.manifest), level);
            const idsA = plain.data.levels[level]!.areaIds;
            const idsB = shuffled.data.levels[level]!.areaIds;
            const byId = (flags: typeof a, ids: readonly string[]) =>
              new Map(
                ids.map((id, area) => [
                  id,
                  Array.from({ length: flags.yearCount }, (_, year) => [
                    flags.any[year * flags.areaCount + area],
                    flags.rules[0]!.met[year * flags.areaCount + area],
                  ]),
                ]),
              );
            expect(byId(b, idsB)).toEqual(byId(a, idsA));
          }
        },
      ),
    );
  });
});
