import { describe, expect, it } from 'vitest';
import { exclusionCauses } from '../../../src/engine/exclusion-cause';
import { makeDataset } from './make-dataset';

// Two years; a has 250 inhabitants, then 400; b 1,000; c 50 but marked as an outlier in 2021.
const data = makeDataset({
  years: [2020, 2021],
  levels: [
    {
      id: 'sozialraum',
      areas: [
        { id: 'a', parent: 'X' },
        { id: 'b', parent: 'X' },
        { id: 'c', parent: 'Y' },
      ],
    },
    { id: 'bezirk', areas: [{ id: 'X' }, { id: 'Y' }] },
  ],
  variables: { einwohner: { a: [250, 400], b: [1000, 1000], c: [50, 50] } },
  indicators: [{ id: 'einwohner', label: 'Einwohner', type: 'count', variable: 'einwohner' }],
  options: { minPopulation: 300, populationVariable: 'einwohner' },
});
const marks = new Uint8Array(6);
marks[1 * 3 + 2] = 1; // c in 2021

describe('exclusionCauses', () => {
  it('gives the population shortfall, or the data’s reason where the data marks the area', () => {
    const causeOf = exclusionCauses({
      ...data,
      exclusions: { reasons: [{ de: 'Ausreißer', en: 'outlier' }], marks },
    });
    const population = { kind: 'population', minimum: 300 };
    expect(causeOf(0, 0, 0)).toEqual(population); // a, 2020: 250
    expect(causeOf(0, 1, 0)).toBeNull(); // a, 2021: 400
    expect(causeOf(0, 0, 1)).toBeNull(); // b
    expect(causeOf(0, 0, 2)).toEqual(population); // c, 2020: 50, not marked
    expect(causeOf(0, 1, 2)).toEqual({ kind: 'marked', reason: { de: 'Ausreißer', en: 'outlier' } });
    // Parents by their own population: Y (c alone) has 50, X 1,250.
    expect(causeOf(1, 0, 1)).toEqual(population);
    expect(causeOf(1, 0, 0)).toBeNull();
    // Outside the level: nothing.
    expect(causeOf(0, 0, 3)).toBeNull();
    expect(causeOf(0, 0, -1)).toBeNull();
  });

  it('gives nothing without a minimum population', () => {
    const causeOf = exclusionCauses({
      ...data,
      manifest: { ...data.manifest, options: { ...data.manifest.options, minPopulation: 0 } },
    });
    expect(causeOf(0, 0, 0)).toBeNull();
  });
});
