import { charactersIn } from './chart-text';

/** Where one entry of a chart's key goes: its left edge, its row and how many characters it has room for. */
export interface KeySlot {
  readonly x: number;
  readonly row: number;
  readonly characters: number;
}

/** Left margin of the key, and the room of its swatch (16 px line, 4 px gap). */
const KEY_LEFT = 8;
const SWATCH = 20;
/** Free space after an entry's text, before the next column. */
const GAP = 10;

/**
 * Lays out a key in two columns, in reading order, for labels of `lengths` characters at
 * `fontSize` px in a chart `width` px wide. An entry too long for half the width takes a row of
 * its own, so a long area name ("Stadtbezirk Osterholz-Tenever") stays whole, on screen and in
 * exported files; only a name longer than the whole width is cut.
 */
export function layoutKey(
  lengths: readonly number[],
  width: number,
  fontSize: number,
): { readonly slots: readonly KeySlot[]; readonly rows: number } {
  const half = (width - KEY_LEFT) / 2;
  const halfCharacters = charactersIn(half - SWATCH - GAP, fontSize);
  const fullCharacters = charactersIn(width - KEY_LEFT - SWATCH - GAP, fontSize);
  const slots: KeySlot[] = [];
  let row = 0;
  let column = 0;
  for (const length of lengths) {
    if (length <= halfCharacters) {
      slots.push({ x: KEY_LEFT + column * half, row, characters: halfCharacters });
      column += 1;
      if (column === 2) {
        row += 1;
        column = 0;
      }
      continue;
    }
    if (column !== 0) {
      row += 1;
      column = 0;
    }
    slots.push({ x: KEY_LEFT, row, characters: fullCharacters });
    row += 1;
  }
  return { slots, rows: column === 0 ? row : row + 1 };
}
