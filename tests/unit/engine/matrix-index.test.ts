import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../src/engine/derive';
import { classifyFixed, fixedClassOf, fixedClassesOf } from '../../../src/engine/fixed-classes';
import type { ManifestInput } from '../../../src/manifest/schema';
import { cellsOf } from './cells-of';
import { makeDataset } from './make-dataset';

// a = 1 … 5 → population z = [−1.414, −0.707, 0, 0.707, 1.414]; b the other way round.
// Status classes (−1, 1, open): [0, 1, 1, 1, 2]; dynamics classes (−1, open): [1, 1, 1, 1, 0].
const indicators: ManifestInput['indicators'] = [
  { id: 'a', label: 'A', type: 'count', variable: 'a', polarity: 'higher-is-worse' },
  { id: 'b', label: 'B', type: 'count', variable: 'b', polarity: 'higher-is-worse' },
  {
    id: 'gesamt',
    label: 'Gesamtindex',
    type: 'matrix',
    status: 'status',
    dynamics: 'dynamik',
  },
  {
    id: 'status',
    label: 'Status',
    type: 'index',
    members: [{ indicator: 'a' }],
    classes: [
      { upTo: -1, label: 'hoch' },
      { upTo: 1, label: 'mittel' },
      { upTo: null, label: 'niedrig' },
    ],
  },
  {
    id: 'dynamik',
    label: 'Dynamik',
    type: 'index',
    members: [{ indicator: 'b' }],
    classes: [
      { upTo: -1, label: { de: 'positiv', en: 'positive' } },
      { upTo: null, label: { de: 'negativ', en: 'negative' } },
    ],
  },
];

const areas = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => ({ id }));

function make(b6: number | string = 'x') {
  return makeDataset({
    years: [2020],
    levels: [{ id: 'plr', areas }],
    variables: {
      a: { p1: 1, p2: 2, p3: 3, p4: 4, p5: 5, p6: 3 },
      b: { p1: 5, p2: 4, p3: 3, p4: 2, p5: 1, p6: b6 },
    },
    shares: ['a', 'b'],
    indicators,
    options: { minCount: 0 },
  });
}

describe('deriveMatrixIndex', () => {
  it('numbers the cells statusClass × columns + dynamicsClass; a missing dynamics value keeps its reason', () => {
    // p6 has a but no b: it joins the status z-scores (mean 3 stays, SD shrinks) but has no dynamics
    const derived = deriveDataset(make());
    expect(cellsOf(derived.indicators.get('gesamt')?.levels[0])).toEqual([1, 3, 3, 3, 4, 'not-meaningful']);
    expect(cellsOf(derived.indicators.get('gesamt')?.city)).toEqual(['not-meaningful']);
  });

  it('gives every area exactly one cell or a reason', () => {
    const derived = deriveDataset(make(3));
    const cells = derived.indicators.get('gesamt')!.levels[0]!;
    expect([...cells.values]).toEqual([1, 3, 3, 3, 4, 3]);
  });

  it('excludes areas the data marks, from the z-scores too', () => {
    const data = make(3);
    // p5 (a = 5, b = 1) marked as an outlier: z over p1 … p4, p6
    const marks = new Uint8Array(6);
    marks[4] = 1;
    const derived = deriveDataset({ ...data, exclusions: { reasons: ['Ausreißer'], marks } });
    const status = derived.indicators.get('status')!.levels[0]!;
    expect(cellsOf(derived.indicators.get('gesamt')?.levels[0]).at(4)).toBe('excluded');
    // a over p1 … p4, p6 = [1, 2, 3, 4, 3]: mean 2.6, population SD 1.0198
    expect(status.values[0]).toBeCloseTo((1 - 2.6) / Math.sqrt(1.04), 9);
    expect(cellsOf(derived.indicators.get('a')?.levels[0]).at(4)).toBe(5); // counts stay visible
  });
});

describe('fixedClassesOf and classifyFixed', () => {
  const specs = makeDataset({
    years: [2020],
    levels: [{ id: 'plr', areas }],
    variables: { a: {}, b: {} },
    indicators,
  }).manifest.indicators;

  it('labels index classes with their cut-offs, the last one open', () => {
    const fixed = fixedClassesOf(
      specs.find((spec) => spec.id === 'status')!,
      specs,
    )!;
    expect(fixed.labels).toEqual(['hoch', 'mittel', 'niedrig']);
    expect(fixed.bounds).toEqual([-1, 1, Number.POSITIVE_INFINITY]);
    expect([-1.005, -1, -0.998, 1, 1.0001, Number.NaN].map((value) => fixedClassOf(value, fixed))).toEqual([
      0, 0, 1, 1, 2, -1,
    ]);
  });

  it('labels matrix cells by status and dynamics class', () => {
    const fixed = fixedClassesOf(
      specs.find((spec) => spec.id === 'gesamt')!,
      specs,
    )!;
    expect(fixed.kind).toBe('matrix');
    expect(fixed.labels).toHaveLength(6);
    expect(fixed.labels[3]).toEqual({
      de: 'Status mittel, Dynamik negativ',
      en: 'status mittel, dynamics negative',
    });
    expect(fixed.matrix?.rows).toEqual(['hoch', 'mittel', 'niedrig']);
    expect([0, 5, 6, 2.5, -1].map((value) => fixedClassOf(value, fixed))).toEqual([0, 5, -1, -1, -1]);
  });

  it('has no fixed classes for an index without classes or any other indicator', () => {
    expect(
      fixedClassesOf(
        specs.find((spec) => spec.id === 'a')!,
        specs,
      ),
    ).toBeNull();
    expect(
      fixedClassesOf({ ...specs.find((spec) => spec.id === 'status')!, classes: undefined } as never, specs),
    ).toBeNull();
  });

  it('counts every class, empty ones included, and skips cells without a value', () => {
    const fixed = fixedClassesOf(
      specs.find((spec) => spec.id === 'status')!,
      specs,
    )!;
    const cells = Object.freeze({
      values: Float64Array.of(-2, 0, Number.NaN, 0.5),
      status: Uint8Array.of(0, 0, 12, 0),
    });
    const classified = classifyFixed(cells, 4, [0], fixed);
    expect([...classified.classes]).toEqual([0, 1, -1, 1]);
    expect(classified.counts).toEqual([[1, 2, 0]]);
  });
});
