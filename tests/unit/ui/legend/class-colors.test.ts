/**
 * Class colours: worse is darker, diverging arms split at the centre with intensity growing away
 * from it. Expected ramps are ColorBrewer's own (colorbrewer2.org, as packaged in d3-scale-chromatic).
 */
import { describe, expect, it } from 'vitest';
import type { Polarity } from '../../../../src/manifest/schema';
import {
  classesAtOrBelow,
  divergingClassColors,
  divergingColorsWithMiddle,
  sequentialClassColors,
  splitAtCentre,
  symmetricClassColors,
  symmetricMiddle,
} from '../../../../src/ui/legend/class-colors';
import { paletteColors } from '../../../../src/ui/legend/palette';

/** Relative luminance (WCAG) of a hex colour: lower = darker. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
const isRed = (hex: string) => parseInt(hex.slice(1, 3), 16) > parseInt(hex.slice(5, 7), 16);

describe('sequentialClassColors', () => {
  const cases = [3, 4, 5, 6, 7, 8, 9].flatMap((count) =>
    (['higher-is-worse', 'neutral', 'higher-is-better'] as Polarity[]).map((polarity) => ({
      count,
      polarity,
    })),
  );
  it.each(cases)(
    'k = $count, $polarity: ColorBrewer ramp, darkest at the worse end',
    ({ count, polarity }) => {
      const colors = sequentialClassColors('YlOrRd', count, polarity);
      expect(colors).toHaveLength(count);
      const ramp = paletteColors('YlOrRd', count);
      expect(colors).toEqual(polarity === 'higher-is-better' ? [...ramp].reverse() : ramp);
      const light = colors.map(luminance);
      const descending = light.every((value, index) => index === 0 || value < light[index - 1]!);
      const ascending = light.every((value, index) => index === 0 || value > light[index - 1]!);
      expect(polarity === 'higher-is-better' ? ascending : descending).toBe(true);
    },
  );

  it.each([
    ['YlOrRd 5 (ColorBrewer)', 'YlOrRd', 5, ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026']],
    ['Blues 3 (ColorBrewer)', 'Blues', 3, ['#deebf7', '#9ecae1', '#3182bd']],
    ['one class: the dark end', 'Greys', 1, ['#636363']],
    ['two classes: the ends of the 3-class ramp', 'Reds', 2, ['#fee0d2', '#de2d26']],
  ] as const)('%s', (_name, palette, count, expected) => {
    expect(sequentialClassColors(palette, count, 'higher-is-worse')).toEqual(expected);
  });

  it('samples the interpolator beyond 9 classes, still light to dark, as hex', () => {
    const colors = sequentialClassColors('YlOrRd', 10, 'higher-is-worse');
    expect(colors).toHaveLength(10);
    for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect(luminance(colors[0]!)).toBeGreaterThan(luminance(colors[9]!));
  });
});

describe('splitAtCentre', () => {
  it.each([
    ['centre inside a middle class: the nearer bound moves', [-1, 2, 5], -3, 0, [0, 2, 5]],
    ['the upper bound when it is nearer', [-5, 0.1, 3, 6], -9, 0, [-5, 0, 3, 6]],
    ['centre on a bound: unchanged', [-1, 0, 5], -3, 0, [-1, 0, 5]],
    ['centre inside the first class: its upper bound moves', [2, 5], -3, 0, [0, 5]],
    ['centre inside the top class: its lower bound moves', [-4, 5], -9, 0, [0, 5]],
    ['a single class is split', [5], -3, 0, [0, 5]],
    ['centre equal to the minimum: unchanged', [2, 5], 0, 0, [2, 5]],
    ['centre below all values: unchanged', [2, 5], 1, 0, [2, 5]],
    ['centre above all values: unchanged', [-5, -2], -9, 0, [-5, -2]],
    ['city value as centre', [10, 12, 20], 5, 11.3, [10, 11.3, 20]],
    ['no classes', [], NaN, 0, []],
  ] as const)('%s', (_name, breaks, lower, centre, expected) => {
    expect(splitAtCentre(breaks, lower, centre, true)).toEqual(expected);
  });

  it('keeps typed manual breaks and inserts the centre', () => {
    expect(splitAtCentre([-1, 2, 5], -3, 0, false)).toEqual([-1, 0, 2, 5]);
    expect(splitAtCentre([2, 5], -3, 0, false)).toEqual([0, 2, 5]);
  });
});

describe('divergingClassColors', () => {
  // Breaks with `below` classes at or under 0 and `above` classes over it.
  const breaksWith = (below: number, above: number) => [
    ...Array.from({ length: below }, (_, index) => index - below + 1), // …, -1, 0
    ...Array.from({ length: above }, (_, index) => index + 1), // 1, 2, …
  ];
  const cases = [
    [1, 1],
    [1, 2],
    [2, 1],
    [1, 4],
    [4, 1],
    [2, 3],
    [3, 3],
    [0, 5],
    [5, 0],
    [2, 7],
    [9, 1],
    [5, 5],
  ].flatMap(([below, above]) =>
    (['higher-is-worse', 'higher-is-better', 'neutral'] as Polarity[]).map((polarity) => ({
      below: below!,
      above: above!,
      polarity,
    })),
  );

  it.each(cases)('$below below / $above above, $polarity', ({ below, above, polarity }) => {
    const breaks = breaksWith(below, above);
    expect(classesAtOrBelow(breaks, 0)).toBe(below);
    const colors = divergingClassColors('RdBu', breaks, 0, polarity);
    expect(colors).toHaveLength(below + above);
    expect(new Set(colors).size).toBe(colors.length);
    const belowColors = colors.slice(0, below);
    const aboveColors = colors.slice(below);
    // The worse side takes the warm (red) arm of RdBu, the other the blue arm.
    const worseAbove = polarity !== 'higher-is-better';
    for (const color of aboveColors) expect(isRed(color)).toBe(worseAbove);
    for (const color of belowColors) expect(isRed(color)).toBe(!worseAbove);
    // Intensity grows away from the centre on both sides.
    const darkerAway = (arm: string[]) =>
      arm.every((color, index) => index === 0 || luminance(color) < luminance(arm[index - 1]!));
    expect(darkerAway([...belowColors].reverse())).toBe(true);
    expect(darkerAway(aboveColors)).toBe(true);
    // Same distance from the centre, same intensity: the arms come from one symmetric ramp.
    const ramp = paletteColors('RdBu', 2 * Math.max(below, above));
    const half = ramp.length / 2;
    const nearest = (arm: string[]) => arm[0];
    if (below > 0 && above > 0) {
      expect([nearest([...belowColors].reverse()), nearest(aboveColors)].sort()).toEqual(
        [ramp[half - 1], ramp[half]].sort(),
      );
    }
  });

  it('gives ColorBrewer RdBu 4 for two classes each side, red above for higher-is-worse', () => {
    // schemeRdBu[4] = ['#ca0020', '#f4a582', '#92c5de', '#0571b0'] (warm end first)
    expect(divergingClassColors('RdBu', [-2, 0, 2, 4], 0, 'higher-is-worse')).toEqual([
      '#0571b0',
      '#92c5de',
      '#f4a582',
      '#ca0020',
    ]);
    expect(divergingClassColors('RdBu', [-2, 0, 2, 4], 0, 'higher-is-better')).toEqual([
      '#ca0020',
      '#f4a582',
      '#92c5de',
      '#0571b0',
    ]);
  });

  it('uses the warm arm of other schemes too (PuOr: orange for worse)', () => {
    const [below, above] = divergingClassColors('PuOr', [0, 1], 0, 'higher-is-worse');
    expect(isRed(above!)).toBe(true); // orange: more red than blue
    expect(isRed(below!)).toBe(false); // purple: more blue
  });

  it('gives no colours for no classes', () => {
    expect(divergingClassColors('RdBu', [], 0, 'higher-is-worse')).toEqual([]);
  });
});

describe('symmetricClassColors', () => {
  it('takes the scheme ramp, the worse side warm, the middle class light', () => {
    expect(symmetricClassColors('RdBu', 5, 'higher-is-worse')).toEqual([
      '#0571b0',
      '#92c5de',
      '#f7f7f7',
      '#f4a582',
      '#ca0020',
    ]);
    expect(symmetricClassColors('RdBu', 4, 'higher-is-better')).toEqual([
      '#ca0020',
      '#f4a582',
      '#92c5de',
      '#0571b0',
    ]);
  });
});

describe('symmetricMiddle and divergingColorsWithMiddle', () => {
  it('finds a class around the centre, not a lopsided one', () => {
    expect(symmetricMiddle([-2.7, -0.9, 0.91, 2.7, 9], -13, 0)).toBe(2);
    expect(symmetricMiddle([-1, 2, 5], -3, 0)).toBe(-1);
    expect(symmetricMiddle([-1, 0, 5], -3, 0)).toBe(-1);
  });

  it('gives the middle class the light middle colour, the others by distance from it', () => {
    expect(divergingColorsWithMiddle('RdBu', 4, 1, 'higher-is-worse')).toEqual([
      '#92c5de',
      '#f7f7f7',
      '#f4a582',
      '#ca0020',
    ]);
    expect(divergingColorsWithMiddle('RdBu', 5, 2, 'higher-is-worse')).toEqual(
      symmetricClassColors('RdBu', 5, 'higher-is-worse'),
    );
  });
});
