/**
 * Which area labels fit on screen: a greedy placement in priority order (larger areas first) that
 * drops a label when its box would overlap one already placed, leave the viewport or run under
 * what floats over the map (the legend, the buttons). Pure, so the
 * overlay component only projects points and renders the result.
 */

/** A candidate label at its projected screen position (the area's label point). */
export interface LabelCandidate {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface PlacedLabel extends LabelCandidate {
  readonly width: number;
  readonly height: number;
}

export interface LabelLayoutOptions {
  readonly width: number;
  readonly height: number;
  /** Average glyph width in px (12 px system-ui ≈ 6.6). */
  readonly charWidth?: number;
  readonly lineHeight?: number;
  /** Free space kept around each label. */
  readonly padding?: number;
  /** At most this many labels (keeps the DOM small at 20,000 areas). */
  readonly maxLabels?: number;
  /** Boxes over the map (legend, buttons) that no label may touch, in the same px as the points. */
  readonly obstacles?: readonly Box[];
}

/** A box in px: left, top, right, bottom. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Places labels centred on their points, in the order given, without overlaps.
 *
 * @example
 * layoutLabels([{ index: 0, x: 50, y: 50, text: 'Nord' }], { width: 100, height: 100 }); // [Nord at 50,50]
 */
export function layoutLabels(
  candidates: readonly LabelCandidate[],
  options: LabelLayoutOptions,
): PlacedLabel[] {
  const {
    width,
    height,
    charWidth = 6.6,
    lineHeight = 16,
    padding = 3,
    maxLabels = 250,
    obstacles = [],
  } = options;
  const placed: PlacedLabel[] = [];
  for (const candidate of candidates) {
    if (placed.length >= maxLabels) break;
    const boxWidth = candidate.text.length * charWidth + 8;
    const left = candidate.x - boxWidth / 2;
    const top = candidate.y - lineHeight / 2;
    if (left < 0 || top < 0 || left + boxWidth > width || top + lineHeight > height) continue;
    const right = left + boxWidth;
    const bottom = top + lineHeight;
    if (obstacles.some((box) => left < box.right && right > box.left && top < box.bottom && bottom > box.top))
      continue;
    const overlaps = placed.some(
      (other) =>
        Math.abs(other.x - candidate.x) * 2 < other.width + boxWidth + 2 * padding &&
        Math.abs(other.y - candidate.y) * 2 < other.height + lineHeight + 2 * padding,
    );
    if (!overlaps) placed.push({ ...candidate, width: boxWidth, height: lineHeight });
  }
  return placed;
}
