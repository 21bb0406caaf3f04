/**
 * Missing-value patterns as raw RGBA images for map.addImage: made in code (no sprite file, nothing
 * fetched) from the same MISSING_STYLES the legend swatches use, so map and legend look alike.
 */
import { MISSING_STYLES, type MissingStyle } from '../legend/missing-style';

/** An image as map.addImage takes it. */
export interface PatternImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** "#rrggbb" → [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1]!, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * Whether the pixel (x, y) of a tile of `size` is ink. Hatch: diagonal lines (bottom-left to
 * top-right) 2 px wide every `size` px, seamless across tiles. Dots: two dots per tile, offset
 * like a checkerboard.
 */
export function isInk(pattern: MissingStyle['pattern'], x: number, y: number, size: number): boolean {
  if (pattern === 'hatch') return (x + y) % size < 2;
  if (pattern === 'dots') {
    const half = size / 2;
    const near = (cx: number, cy: number) => (x - cx) ** 2 + (y - cy) ** 2 <= 1.5;
    return near(half / 2, half / 2) || near(half + half / 2, half + half / 2);
  }
  return false;
}

/** The tile of a missing style: its background with the pattern drawn in ink, opaque. */
export function patternImage(style: MissingStyle, size = 8): PatternImage {
  const background = hexToRgb(style.background);
  const ink = hexToRgb(style.ink);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b] = isInk(style.pattern, x, y, size) ? ink : background;
      const offset = (y * size + x) * 4;
      data[offset] = r;
      data[offset + 1] = g;
      data[offset + 2] = b;
      data[offset + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/** The two pattern images the choropleth uses: hatch for no data, dots for suppressed areas. */
export function missingPatterns(): { readonly hatch: PatternImage; readonly dots: PatternImage } {
  return { hatch: patternImage(MISSING_STYLES['no-data']), dots: patternImage(MISSING_STYLES.suppressed) };
}
