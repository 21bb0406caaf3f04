/**
 * fast-check arbitraries for engine properties: small two-level datasets with integer counts,
 * numerators ≤ denominators and a few missing cells, as plain input for makeDataset.
 */
import fc from 'fast-check';
import type { TestCell, TestDatasetInput } from '../unit/engine/make-dataset';

/** A cell of a count: mostly a number in [0, max], sometimes missing with an official symbol. */
export function countCell(max: number): fc.Arbitrary<TestCell> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 1, arbitrary: fc.constantFrom('.', '*', '-', 'x') },
  );
}

/** Plain description of a small dataset: areas with a district, per year (numerator, denominator). */
export interface SmallDataset {
  readonly years: readonly number[];
  readonly districts: number;
  readonly areas: readonly {
    readonly district: number;
    readonly numerator: readonly TestCell[];
    readonly denominator: readonly TestCell[];
  }[];
}

export const smallDataset: fc.Arbitrary<SmallDataset> = fc
  .record({ yearCount: fc.integer({ min: 1, max: 4 }), districts: fc.integer({ min: 1, max: 4 }) })
  .chain(({ yearCount, districts }) =>
    fc.record({
      years: fc.constant(Array.from({ length: yearCount }, (_, index) => 2017 + index)),
      districts: fc.constant(districts),
      areas: fc.array(
        fc.record({
          district: fc.integer({ min: -1, max: districts - 1 }),
          denominator: fc.array(countCell(5000), { minLength: yearCount, maxLength: yearCount }),
          share: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
            minLength: yearCount,
            maxLength: yearCount,
          }),
          missing: fc.array(fc.boolean(), { minLength: yearCount, maxLength: yearCount }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    }),
  )
  .map(({ years, districts, areas }) => ({
    years,
    districts,
    areas: areas.map((area) => ({
      district: area.district,
      denominator: area.denominator,
      // numerator ≤ denominator, sometimes missing on its own
      numerator: area.denominator.map((cell, year) =>
        area.missing[year] && (area.share[year] ?? 0) < 0.1
          ? '.'
          : typeof cell === 'number'
            ? Math.floor(cell * (area.share[year] ?? 0))
            : Math.floor(5000 * (area.share[year] ?? 0)),
      ),
    })),
  }));

/** Area id of the i-th area: zero-padded so that sorting keeps the order. */
export function areaId(index: number): string {
  return `A${String(index).padStart(3, '0')}`;
}

/**
 * makeDataset input for a SmallDataset with a rate `quote` (numerator / denominator × 100), the
 * count `nenner`, a change and a composite index; `order` lists the areas in the wanted order.
 */
export function toDatasetInput(
  small: SmallDataset,
  options: { order?: readonly number[]; scale?: number; minCount?: number } = {},
): TestDatasetInput {
  const scale = options.scale ?? 1;
  const order = options.order ?? small.areas.map((_, index) => index);
  const scaled = (cell: TestCell): TestCell => (typeof cell === 'number' ? cell * scale : cell);
  const numerator: Record<string, TestCell[]> = {};
  const denominator: Record<string, TestCell[]> = {};
  small.areas.forEach((area, index) => {
    numerator[areaId(index)] = area.numerator.map(scaled);
    denominator[areaId(index)] = area.denominator.map(scaled);
  });
  return {
    years: small.years,
    keepAreaOrder: true,
    levels: [
      {
        id: 'sozialraum',
        areas: order.map((index) => {
          const district = small.areas[index]?.district ?? -1;
          return district < 0 ? { id: areaId(index) } : { id: areaId(index), parent: `D${district}` };
        }),
      },
      { id: 'bezirk', areas: Array.from({ length: small.districts }, (_, index) => ({ id: `D${index}` })) },
    ],
    variables: { zaehler: numerator, nenner: denominator },
    indicators: [
      { id: 'quote', label: 'Quote', type: 'rate', numerator: 'zaehler', denominator: 'nenner' },
      { id: 'nenner', label: 'Nenner', type: 'count', variable: 'nenner' },
      { id: 'delta', label: 'Δ', type: 'change', of: 'quote', periods: 1 },
      {
        id: 'index',
        label: 'Index',
        type: 'index',
        members: [{ indicator: 'quote' }, { indicator: 'nenner', polarity: 'higher-is-better' }],
      },
    ],
    options: { minCount: options.minCount ?? 3 },
  };
}

/** Values for breaks: finite doubles, possibly with ties. */
export const breakValues = fc.array(
  fc.oneof(
    fc.integer({ min: -50, max: 50 }),
    // Values with two decimals, as indicators are published. Arbitrary doubles include values such
    // as 1e-300 next to 0 whose squared gaps vanish in floating point: no least-squares method
    // (ckmeans) can then keep them in separate classes, so "k classes when k values differ" is
    // not a property of floating-point data.
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((hundredths) => hundredths / 100),
  ),
  { minLength: 1, maxLength: 80 },
);

export const breakMethod = fc.constantFrom(
  'quantile',
  'equal-interval',
  'natural-breaks',
  'std-dev',
  'manual',
) as fc.Arbitrary<'quantile' | 'equal-interval' | 'natural-breaks' | 'std-dev' | 'manual'>;
