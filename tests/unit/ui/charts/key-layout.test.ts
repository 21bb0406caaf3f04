import { describe, expect, it } from 'vitest';
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
});
