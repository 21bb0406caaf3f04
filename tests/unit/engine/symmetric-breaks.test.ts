/**
 * Classes symmetric about a centre (diverging maps of changes): the method's breaks of the distances
 * from the centre, mirrored, so equal distances on either side take equal intensity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distanceSteps,
  mirroredClassOf,
  symmetricBreaks,
  type SymmetricMethod,
} from '../../../src/engine/breaks/symmetric';
import { classifyValue } from '../../../src/engine/classify';

const distancesOf = (values: number[], centre: number) =>
  Float64Array.from(values, (value) => Math.abs(value - centre));

describe('symmetricBreaks', () => {
  it('splits an even count at the centre, half the classes on each side', () => {
    const steps = distanceSteps(Float64Array.of(1, 2, 3, 4, 5, 6), { method: 'quantile', classes: 4 });
    expect(steps).toEqual([3.5, 6]);
    expect(symmetricBreaks(steps!, 0, 4)).toEqual({ lowerBound: -6, breaks: [-3.5, 0, 3.5, 6] });
  });

  it('gives an odd count a middle class around the centre', () => {
    const steps = distanceSteps(Float64Array.of(1, 2, 3, 4, 5, 6), { method: 'equal-interval', classes: 5 });
    expect(steps).toEqual([2, 4, 6]);
    expect(symmetricBreaks(steps!, 10, 5)).toEqual({ lowerBound: 4, breaks: [6, 8, 12, 14, 16] });
  });

  it('puts a rise of +9 in the darkest class even when most areas fell a little', () => {
    const changes = [-3, -2.5, -2, -1.5, -1, -0.8, -0.6, -0.5, -0.4, -0.2, 0.5, 9];
    const { breaks } = symmetricBreaks(
      distanceSteps(distancesOf(changes, 0), { method: 'quantile', classes: 5 })!,
      0,
      5,
    )!;
    expect(classifyValue(9, breaks)).toBe(4);
    expect(classifyValue(-3, breaks)).toBe(0);
  });

  it('classifies a value on a bound as its mirror image: by distance, then side', () => {
    // breaks [-3.5, 0, 3.5, 6]: -3.5 lies in "von -6 bis unter -3,5"'s neighbour, as +3.5 in "über 0 bis 3,5"
    expect([-6, -3.5, -1, 0, 1, 3.5, 6].map((value) => mirroredClassOf(value, 0, [3.5, 6], 4))).toEqual([
      0, 1, 1, 1, 2, 2, 3,
    ]);
    // odd: the middle class holds the centre and both its bounds
    expect([-6, -2, -1, 0, 1, 2, 6].map((value) => mirroredClassOf(value, 0, [2, 4, 6], 5))).toEqual([
      0, 2, 2, 2, 2, 2, 4,
    ]);
  });

  it('gives no bounds where they would coincide with the centre in floating point', () => {
    expect(symmetricBreaks([1e-20, 2e-20], 1000, 4)).toBeNull();
  });

  it('gives no steps without distances, all at the centre, or with the narrowest step 0', () => {
    expect(distanceSteps(new Float64Array(0), { method: 'quantile', classes: 5 })).toBeNull();
    expect(distanceSteps(Float64Array.of(0, 0, 0), { method: 'quantile', classes: 4 })).toBeNull();
    expect(distanceSteps(Float64Array.of(0, 0, 0, 0, 1, 2), { method: 'quantile', classes: 5 })).toBeNull();
  });

  it.each(['quantile', 'equal-interval', 'natural-breaks'] as const)(
    '%s: bounds ascend, mirror about the centre, and every value gets the class of its distance',
    (method: SymmetricMethod) => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 }),
          fc.double({ min: -50, max: 50, noNaN: true }),
          fc.integer({ min: 3, max: 9 }),
          (values, centre, classes) => {
            const steps = distanceSteps(distancesOf(values, centre), { method, classes });
            if (!steps) return;
            const symmetric = symmetricBreaks(steps, centre, classes);
            if (!symmetric) return;
            const { lowerBound, breaks } = symmetric;
            const bounds = [lowerBound, ...breaks];
            for (let index = 1; index < bounds.length; index++)
              expect(bounds[index]).toBeGreaterThan(bounds[index - 1]!);
            expect(breaks.length).toBeLessThanOrEqual(classes);
            expect(breaks.length % 2).toBe(classes % 2);
            // Mirrored: the k-th bound from the bottom lies as far below the centre as the k-th from the top above it.
            for (let index = 0; index < bounds.length; index++)
              expect(bounds[index]! - centre).toBeCloseTo(centre - bounds[bounds.length - 1 - index]!, 6);
            const middle = (breaks.length - 1) / 2;
            for (const value of values) {
              const cls = mirroredClassOf(value, centre, steps, classes);
              expect(value).toBeGreaterThanOrEqual(lowerBound - 1e-9);
              expect(value).toBeLessThanOrEqual(breaks.at(-1)! + 1e-9);
              // Inside its class's bounds (below the centre [lower, upper), above it (lower, upper]).
              expect(value).toBeGreaterThanOrEqual(bounds[cls]! - 1e-9);
              expect(value).toBeLessThanOrEqual(bounds[cls + 1]! + 1e-9);
              // Values above the centre never take a class below the middle, nor values below one above it.
              if (value > centre) expect(cls).toBeGreaterThanOrEqual(Math.floor(middle));
              if (value < centre) expect(cls).toBeLessThanOrEqual(Math.ceil(middle));
              // A value and its mirror image take mirrored classes, also on a bound.
              const mirror = mirroredClassOf(2 * centre - value, centre, steps, classes);
              if (value !== centre && Math.abs(2 * centre - value - centre) === Math.abs(value - centre))
                expect(cls + mirror).toBe(breaks.length - 1);
            }
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
