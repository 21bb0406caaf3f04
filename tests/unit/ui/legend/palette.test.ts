/**
 * Palette catalogue: ColorBrewer schemes with their colour-blind rating (colorbrewer2.org
 * `properties.blind`: 1 for every sequential scheme and RdBu, PuOr, BrBG, PiYG, RdYlBu; not 1 for
 * RdYlGn and Spectral), defaults by indicator kind, and hex output.
 */
import { describe, expect, it } from 'vitest';
import type { IndicatorSpec } from '../../../../src/manifest/schema';
import {
  DEFAULT_DIVERGING_PALETTE,
  DEFAULT_SEQUENTIAL_PALETTE,
  divergingColorsWarmFirst,
  isChangeIndicator,
  isPaletteName,
  PALETTES,
  paletteColors,
  paletteInfo,
  resolvePalette,
  toHex,
} from '../../../../src/ui/legend/palette';
import * as chromatic from 'd3-scale-chromatic';

const base = { id: 'x', label: 'X', decimals: 1, polarity: 'higher-is-worse' } as const;
const rate = {
  ...base,
  type: 'rate',
  numerator: 'a',
  denominator: 'b',
  per: 100,
  unit: '%',
} as IndicatorSpec;
const change = { ...base, type: 'change', of: 'r', periods: 5, mode: 'absolute' } as IndicatorSpec;
const trend = { ...base, type: 'trend', of: 'r', periods: 4 } as IndicatorSpec;
const ppCount = {
  ...base,
  type: 'count',
  variable: 'v',
  unit: { de: 'Prozentpunkte', en: 'percentage points' },
} as IndicatorSpec;
const index = {
  ...base,
  type: 'index',
  members: [],
  method: 'mean',
  sd: 'population',
  unit: 'z-Wert',
} as unknown as IndicatorSpec;

describe('palettes', () => {
  it('offers the ColorBrewer schemes with their colour-blind rating', () => {
    expect(PALETTES.filter((palette) => !palette.colorBlindSafe).map((palette) => palette.name)).toEqual([
      'RdYlGn',
      'Spectral',
    ]);
    expect(paletteInfo(DEFAULT_SEQUENTIAL_PALETTE)).toMatchObject({
      kind: 'sequential',
      colorBlindSafe: true,
    });
    expect(paletteInfo(DEFAULT_DIVERGING_PALETTE)).toMatchObject({ kind: 'diverging', colorBlindSafe: true });
    expect(isPaletteName('Viridis')).toBe(false);
    for (const palette of PALETTES)
      for (let count = 1; count <= 12; count++) {
        const colors = paletteColors(palette.name, count);
        expect(colors).toHaveLength(count);
        for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
      }
  });

  it('samples beyond the hand-tuned ramps as d3-scale-chromatic does (its interpolator at class centres)', () => {
    for (const palette of PALETTES) {
      const interpolate = (chromatic as unknown as Record<string, (t: number) => string>)[
        `interpolate${palette.name}`
      ]!;
      const expected = Array.from({ length: 12 }, (_, index) => toHex(interpolate((index + 0.5) / 12)));
      expect(paletteColors(palette.name, 12)).toEqual(expected);
    }
  });

  it.each(PALETTES.filter((palette) => palette.kind === 'diverging').map((palette) => palette.name))(
    'divergingColorsWarmFirst(%s) starts at the warm end (red well above green) and ends cool',
    (name) => {
      const [warm, , cool] = divergingColorsWarmFirst(name, 3);
      const warmth = (hex: string) => parseInt(hex.slice(1, 3), 16) - parseInt(hex.slice(3, 5), 16);
      expect(warmth(warm!)).toBeGreaterThan(30);
      expect(warmth(cool!)).toBeLessThan(warmth(warm!) - 30);
    },
  );

  it.each([
    ['rate', rate, false],
    ['change', change, true],
    ['trend', trend, true],
    ['count in percentage points', ppCount, true],
    ['index (z-score)', index, false],
  ] as const)('isChangeIndicator: %s → %s', (_name, spec, expected) => {
    expect(isChangeIndicator(spec)).toBe(expected);
  });

  it.each([
    ['rate, no choice', rate, null, 'YlOrRd'],
    ['rate, Blues', rate, 'Blues', 'Blues'],
    ['rate, a diverging choice is for changes', rate, 'PuOr', 'YlOrRd'],
    ['rate, unknown name', rate, 'Viridis', 'YlOrRd'],
    ['change, no choice', change, null, 'RdBu'],
    ['change, PuOr', change, 'PuOr', 'PuOr'],
    ['change, a sequential choice is for levels', change, 'Blues', 'RdBu'],
  ] as const)('resolvePalette: %s → %s', (_name, spec, chosen, expected) => {
    expect(resolvePalette(spec, chosen).name).toBe(expected);
  });

  it.each([
    ['rgb(5, 48, 97)', '#053061'],
    ['rgb(255,255,255)', '#ffffff'],
    ['#ABCDEF', '#abcdef'],
  ])('toHex(%s) = %s', (input, expected) => {
    expect(toHex(input)).toBe(expected);
  });
});
