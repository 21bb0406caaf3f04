import { describe, expect, it } from 'vitest';
import { hexToRgb, isInk, patternImage } from '../../../../src/ui/map/patterns';

describe('hexToRgb', () => {
  it.each([
    { hex: '#ffffff', expected: [255, 255, 255] },
    { hex: '#8a96a3', expected: [138, 150, 163] },
    { hex: '000000', expected: [0, 0, 0] },
  ])('$hex', ({ hex, expected }) => {
    expect(hexToRgb(hex)).toEqual(expected);
  });
  it('rejects short and named colours', () => {
    expect(() => hexToRgb('#fff')).toThrow();
    expect(() => hexToRgb('red')).toThrow();
  });
});

describe('patternImage', () => {
  const style = { background: '#ffffff', ink: '#000000', pattern: 'hatch' as const };

  it('is an opaque size × size RGBA tile', () => {
    const image = patternImage(style, 8);
    expect([image.width, image.height, image.data.length]).toEqual([8, 8, 256]);
    for (let offset = 3; offset < image.data.length; offset += 4) expect(image.data[offset]).toBe(255);
  });

  it.each([
    {
      name: 'hatch tiles seamlessly along the diagonal',
      pattern: 'hatch' as const,
      ink: [
        [0, 0],
        [7, 1],
        [1, 7],
        [3, 5],
      ],
      paper: [
        [2, 2],
        [4, 1],
      ],
    },
    {
      name: 'dots: two per tile',
      pattern: 'dots' as const,
      ink: [
        [2, 2],
        [6, 6],
      ],
      paper: [
        [0, 0],
        [6, 2],
        [2, 6],
      ],
    },
    {
      name: 'none: all background',
      pattern: 'none' as const,
      ink: [],
      paper: [
        [0, 0],
        [3, 3],
      ],
    },
  ])('$name', ({ pattern, ink, paper }) => {
    for (const [x, y] of ink) expect(isInk(pattern, x!, y!, 8)).toBe(true);
    for (const [x, y] of paper) expect(isInk(pattern, x!, y!, 8)).toBe(false);
  });

  it('paints ink and background colours', () => {
    const image = patternImage(style, 8);
    expect([...image.data.subarray(0, 3)]).toEqual([0, 0, 0]); // (0,0) ink
    const offset = (2 * 8 + 2) * 4; // (2,2) paper
    expect([...image.data.subarray(offset, offset + 3)]).toEqual([255, 255, 255]);
  });
});
