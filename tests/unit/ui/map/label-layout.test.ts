import { describe, expect, it } from 'vitest';
import { layoutLabels } from '../../../../src/ui/map/label-layout';

const viewport = { width: 400, height: 300, charWidth: 6, lineHeight: 16, padding: 2 };

describe('layoutLabels', () => {
  it.each([
    { name: 'no candidates', candidates: [], expected: [] },
    {
      name: 'far apart: both placed',
      candidates: [
        { index: 0, x: 100, y: 100, text: 'Nord' },
        { index: 1, x: 300, y: 200, text: 'Süd' },
      ],
      expected: [0, 1],
    },
    {
      name: 'overlapping: the first (larger area) wins',
      candidates: [
        { index: 5, x: 100, y: 100, text: 'Altstadt' },
        { index: 2, x: 110, y: 105, text: 'Neustadt' },
      ],
      expected: [5],
    },
    {
      name: 'a label that would stick out of the viewport is dropped',
      candidates: [{ index: 0, x: 5, y: 100, text: 'Randgebiet' }],
      expected: [],
    },
    {
      name: 'same row, enough horizontal gap',
      candidates: [
        { index: 0, x: 100, y: 100, text: 'Ost' },
        { index: 1, x: 140, y: 100, text: 'West' },
      ],
      expected: [0, 1],
    },
  ])('$name', ({ candidates, expected }) => {
    expect(layoutLabels(candidates, viewport).map((label) => label.index)).toEqual(expected);
  });

  it('stops at maxLabels', () => {
    const candidates = Array.from({ length: 50 }, (_, index) => ({
      index,
      x: 20 + (index % 10) * 38,
      y: 20 + Math.floor(index / 10) * 40,
      text: 'ab',
    }));
    expect(layoutLabels(candidates, { ...viewport, maxLabels: 7 })).toHaveLength(7);
  });

  it('keeps labels off what floats over the map; touching its edge is not over it', () => {
    // The legend: 0..150 × 200..300. "Nord" (34 px wide, 16 high) centred at its point.
    const legend = { left: 0, top: 200, right: 150, bottom: 300 };
    const at = (x: number, y: number) =>
      layoutLabels([{ index: 0, x, y, text: 'Nord' }], { ...viewport, obstacles: [legend] }).length;
    expect(at(60, 250)).toBe(0); // inside
    expect(at(160, 250)).toBe(0); // its left half over the legend's right edge
    expect(at(60, 195)).toBe(0); // its lower half over the legend's top
    expect(at(180, 250)).toBe(1); // clear to the right
    expect(at(60, 180)).toBe(1); // clear above
    expect(at(60, 192)).toBe(1); // its bottom (192 + 8) on the legend's top edge
    expect(at(166, 250)).toBe(1); // its left (166 − 16) on the legend's right edge
  });
});
