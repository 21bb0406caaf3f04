/**
 * Legend and colours of fixed classes: labelled index classes with their cut-offs, the
 * status × dynamics matrix as a grid with colours that read as a matrix.
 */
import { describe, expect, it } from 'vitest';
import type { FixedClasses } from '../../../../src/engine/fixed-classes';
import type { MapClasses } from '../../../../src/state/select-map-classes';
import { buildLegendModel, fixedClassLabel } from '../../../../src/ui/legend/legend-model';
import { inkOn, matrixColors } from '../../../../src/ui/legend/matrix-colors';

const status: FixedClasses = {
  kind: 'index',
  labels: ['hoch', 'mittel', 'niedrig', { de: 'sehr niedrig', en: 'very low' }],
  bounds: [-1, 1, 1.5, Number.POSITIVE_INFINITY],
  matrix: null,
};

describe('fixedClassLabel', () => {
  it.each([
    [0, 'de', 'hoch (bis \u22121,00)'],
    [1, 'de', 'mittel (über \u22121,00 bis 1,00)'],
    [2, 'de', 'niedrig (über 1,00 bis 1,50)'],
    [3, 'de', 'sehr niedrig (über 1,50)'],
    [3, 'en', 'very low (over 1.50)'],
  ] as const)('class %i in %s: %s', (index, locale, expected) => {
    expect(fixedClassLabel(status, index, locale)).toBe(expected);
  });
});

describe('matrixColors', () => {
  it('gives every cell its own colour, darker with worse status, hue by dynamics', () => {
    const colors = matrixColors(4, 3, 'higher-is-worse', 'higher-is-worse', null);
    expect(colors).toHaveLength(12);
    expect(new Set(colors).size).toBe(12);
    const luminance = (color: string) =>
      [1, 3, 5].reduce((sum, offset) => sum + parseInt(color.slice(offset, offset + 2), 16), 0);
    for (let column = 0; column < 3; column++)
      for (let row = 1; row < 4; row++)
        expect(luminance(colors[row * 3 + column]!)).toBeLessThan(luminance(colors[(row - 1) * 3 + column]!));
    // positive dynamics blue (blue channel strongest), negative orange-red (red strongest)
    const channel = (color: string, offset: number) => parseInt(color.slice(offset, offset + 2), 16);
    expect(channel(colors[3]!, 5)).toBeGreaterThan(channel(colors[3]!, 1));
    expect(channel(colors[5]!, 1)).toBeGreaterThan(channel(colors[5]!, 5));
  });

  it('takes the manifest’s colours row by row', () => {
    expect(matrixColors(1, 2, 'higher-is-worse', 'higher-is-worse', [['#000000', '#ffffff']])).toEqual([
      '#000000',
      '#ffffff',
    ]);
  });

  it.each([
    ['#ffffff', '#000000'],
    ['#08306b', '#ffffff'],
  ])('ink on %s is %s', (color, ink) => expect(inkOn(color)).toBe(ink));
});

describe('buildLegendModel with fixed classes', () => {
  const base: MapClasses = {
    levelIndex: 0,
    yearIndex: 0,
    indicatorId: 'gesamt',
    breaks: [0, 1, 2, 3],
    lowerBound: 0,
    colors: ['#111111', '#222222', '#333333', '#444444'],
    classes: Int8Array.of(0, 3, 3, -1),
    status: Uint8Array.of(0, 0, 0, 12),
    counts: [1, 0, 0, 2],
    missingCounts: { 'no-data': 0, suppressed: 0, excluded: 1 },
    method: 'quantile',
    classCount: 4,
    scope: 'per-year',
    diverging: null,
    palette: 'matrix',
  };

  it('lists every index class by label, empty ones too', () => {
    const model = buildLegendModel({ ...base, fixed: status }, 2, 'de');
    expect(model.classes.map((row) => [row.label, row.count])).toEqual([
      ['hoch (bis \u22121,00)', 1],
      ['mittel (über \u22121,00 bis 1,00)', 0],
      ['niedrig (über 1,00 bis 1,50)', 0],
      ['sehr niedrig (über 1,50)', 2],
    ]);
    expect(model.matrix).toBeNull();
    expect(model.missing.map((row) => [row.kind, row.count])).toEqual([['excluded', 1]]);
  });

  it('gives a matrix its grid of rows and columns', () => {
    const matrix: FixedClasses = {
      kind: 'matrix',
      labels: [
        'Status hoch, Dynamik positiv',
        'Status hoch, Dynamik negativ',
        'Status tief, Dynamik positiv',
        'Status tief, Dynamik negativ',
      ],
      bounds: [0, 1, 2, 3],
      matrix: {
        rows: ['hoch', 'tief'],
        columns: ['positiv', 'negativ'],
        rowTitle: 'Status',
        columnTitle: { de: 'Dynamik', en: 'Dynamics' },
        colors: null,
      },
    };
    const model = buildLegendModel({ ...base, fixed: matrix }, 0, 'en');
    expect(model.matrix).toEqual({
      rowTitle: 'Status',
      columnTitle: 'Dynamics',
      rows: ['hoch', 'tief'],
      columns: ['positiv', 'negativ'],
    });
    expect(model.classes.map((row) => [row.label, row.count, row.color])).toEqual([
      ['Status hoch, Dynamik positiv', 1, '#111111'],
      ['Status hoch, Dynamik negativ', 0, '#222222'],
      ['Status tief, Dynamik positiv', 0, '#333333'],
      ['Status tief, Dynamik negativ', 2, '#444444'],
    ]);
  });
});
