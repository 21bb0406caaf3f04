import * as chromatic from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { colorBrewerRamp, longestColorBrewerRamp } from '../../../../src/ui/legend/colorbrewer';
import { PALETTES } from '../../../../src/ui/legend/palette';

const d3Scheme = (name: string) =>
  (chromatic as unknown as Record<string, readonly (readonly string[] | undefined)[]>)[`scheme${name}`]!;

describe('colorbrewer', () => {
  it.each(PALETTES.map((palette) => palette.name))(
    '%s has every ramp d3-scale-chromatic has, equal',
    (name) => {
      const scheme = d3Scheme(name);
      for (let count = 3; count < scheme.length; count++)
        expect(colorBrewerRamp(name, count)).toEqual(scheme[count]);
      expect(colorBrewerRamp(name, scheme.length)).toBeNull();
      expect(longestColorBrewerRamp(name)).toEqual(scheme[scheme.length - 1]);
    },
  );

  it('has no ramp for fewer than 3 classes or an unknown scheme', () => {
    expect(colorBrewerRamp('Blues', 2)).toBeNull();
    expect(colorBrewerRamp('Viridis', 5)).toBeNull();
    expect(longestColorBrewerRamp('Viridis')).toBeNull();
  });
});
