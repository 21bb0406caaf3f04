import { describe, expect, it } from 'vitest';
import { CHARACTER_EM } from '../../../../src/ui/charts/chart-text';
import { layoutKey } from '../../../../src/ui/charts/key-layout';

describe('layoutKey', () => {
  it('puts short entries two to a row, in reading order', () => {
    const { slots, rows } = layoutKey([8, 9, 10], 320, 10.5);
    expect(rows).toBe(2);
    expect(slots.map((slot) => [slot.row, slot.x])).toEqual([
      [0, 8],
      [0, 164],
      [1, 8],
    ]);
  });

  it('gives an entry too long for half the width a row of its own, with room for all of it', () => {
    const name = 'Stadtbezirk Osterholz-Tenever';
    const { slots, rows } = layoutKey([8, name.length, 9, 10], 320, 10.5);
    expect(slots.map((slot) => slot.row)).toEqual([0, 1, 2, 2]);
    expect(slots[1]!.characters).toBeGreaterThanOrEqual(name.length);
    expect(slots[0]!.characters).toBeLessThan(name.length);
    expect(rows).toBe(3);
  });

  it('keeps two columns on a wide chart', () => {
    const { rows } = layoutKey([29, 29, 29], 900, 10.5);
    expect(rows).toBe(2);
  });

  it('has no rows without entries', () => {
    expect(layoutKey([], 320, 10.5)).toEqual({ slots: [], rows: 0 });
  });

  it('keeps an entry exactly as long as a half in a half, one character more in a row of its own', () => {
    const { slots } = layoutKey([5], 320, 10.5);
    const half = slots[0]!.characters;
    expect(layoutKey([half, half], 320, 10.5).rows).toBe(1);
    expect(layoutKey([half + 1, half], 320, 10.5).rows).toBe(2);
  });

  it('cuts only a name longer than the whole width', () => {
    const { slots, rows } = layoutKey([200, 4], 320, 10.5);
    expect(rows).toBe(2);
    expect(slots[0]!.characters).toBeLessThan(200);
  });

  it('never lets an entry run past the right edge', () => {
    for (const width of [180, 295, 320, 576, 900])
      for (const lengths of [
        [3, 30, 12, 12, 60, 20],
        [21, 21, 21],
        [1, 2, 3, 4, 5],
      ]) {
        const { slots } = layoutKey(lengths, width, 10.5);
        slots.forEach((slot, index) => {
          const shown = Math.min(lengths[index]!, slot.characters);
          expect(slot.x + 20 + shown * 10.5 * CHARACTER_EM).toBeLessThanOrEqual(width);
        });
      }
  });
});
