import { describe, expect, it } from 'vitest';
import { statusCode } from '../../../../src/engine/types';
import { MISSING_CLASS } from '../../../../src/ui/map/map-style';
import {
  changedAreas,
  sameColors,
  selectionStates,
  stateClassesOf,
} from '../../../../src/ui/map/paint-state';

describe('stateClassesOf', () => {
  it.each([
    { name: 'empty level', classes: [], status: [], expected: [] },
    {
      name: 'classes pass through, missing kinds by status',
      classes: [0, 4, -1, -1, -1, -1, -1],
      status: ['ok', 'partial', 'suppressed', 'anonymised', 'excluded', 'unknown', 'no-row'] as const,
      expected: [
        0,
        4,
        MISSING_CLASS.suppressed,
        MISSING_CLASS.suppressed,
        MISSING_CLASS.excluded,
        MISSING_CLASS['no-data'],
        MISSING_CLASS['no-data'],
      ],
    },
  ])('$name', ({ classes, status, expected }) => {
    const codes = Uint8Array.from(status.map((s) => statusCode(s)));
    expect([...stateClassesOf(Int8Array.from(classes), codes)]).toEqual(expected);
  });
});

describe('changedAreas', () => {
  it.each([
    { name: 'first paint: every area', previous: null, next: [0, 1, 2], expected: [0, 1, 2] },
    { name: 'nothing changed', previous: [0, 1, 2], next: [0, 1, 2], expected: [] },
    { name: 'only the changed ones', previous: [0, 1, 2, -1], next: [0, 2, 2, 1], expected: [1, 3] },
  ])('$name', ({ previous, next, expected }) => {
    expect(changedAreas(previous && Int8Array.from(previous), Int8Array.from(next))).toEqual(expected);
  });
});

describe('selectionStates', () => {
  it.each([
    { name: 'nothing', selected: -1, comparison: [], expected: [] },
    { name: 'selected only', selected: 4, comparison: [], expected: [[4, { sel: 1, position: 0 }]] },
    {
      name: 'selected first, then the comparison in its order; the selected area and unknown ids skipped',
      selected: 4,
      comparison: [7, 2, -1, 4],
      expected: [
        [4, { sel: 1, position: 0 }],
        [7, { sel: 2, position: 1 }],
        [2, { sel: 2, position: 2 }],
      ],
    },
    {
      name: 'a comparison without a selected area starts at the first colour',
      selected: -1,
      comparison: [3],
      expected: [[3, { sel: 2, position: 0 }]],
    },
  ])('$name', ({ selected, comparison, expected }) => {
    expect([...selectionStates(selected, comparison)]).toEqual(expected);
  });
});

describe('sameColors', () => {
  it.each([
    { name: 'nothing painted yet', a: null, b: ['#fff'], expected: false },
    { name: 'equal', a: ['#fff', '#000'], b: ['#fff', '#000'], expected: true },
    { name: 'other count', a: ['#fff'], b: ['#fff', '#000'], expected: false },
    { name: 'other colour', a: ['#fff', '#000'], b: ['#fff', '#111'], expected: false },
  ])('$name', ({ a, b, expected }) => {
    expect(sameColors(a, b)).toBe(expected);
  });
});
