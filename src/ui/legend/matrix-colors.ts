/**
 * Colours of a status × dynamics matrix (MSS Gesamtindex) that read as a matrix: the dynamics class
 * picks the hue (better: blue, middle: stone, worse: orange-red; blue against orange stays apart for
 * red-green colour blindness), the status class the lightness (better: light, worse: dark, as on
 * every other map of the app). The middle column is a warm stone rather than grey, which stays
 * apart from the plain grey of excluded areas.
 */
import type { Polarity } from '../../manifest/schema';
import { paletteColors } from './palette';

/**
 * A warm stone ramp for the middle ("stable") column: neutral like grey, but warm, so its lightest
 * shade is not taken for the cool plain grey of excluded areas.
 */
const STONE = 'stone';
const STONE_ENDS = [
  [0xe6, 0xdc, 0xc8],
  [0x3a, 0x31, 0x28],
] as const;

function stoneRamp(count: number): string[] {
  const [light, dark] = STONE_ENDS;
  return Array.from({ length: count }, (_, index) => {
    const share = count === 1 ? 0.5 : index / (count - 1);
    return `#${light
      .map((channel, at) =>
        Math.round(channel + (dark[at]! - channel) * share)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  });
}

/** Hues of the dynamics columns, better → worse, by number of columns. */
function columnSchemes(columns: number): string[] {
  if (columns === 1) return [STONE];
  if (columns === 2) return ['Blues', 'OrRd'];
  if (columns === 3) return ['Blues', STONE, 'OrRd'];
  const middle = [STONE, 'Purples', 'Greens', 'YlGnBu', 'PuBuGn', 'Reds', 'Greys'];
  return ['Blues', ...middle.slice(0, columns - 2), 'OrRd'];
}

/**
 * The colour of every matrix cell, row-major (statusClass × columns + dynamicsClass), as the matrix
 * values number them. `given` (the manifest's `colors`, rows × columns) wins. The lightest shade of
 * each ramp is skipped, so no cell reads as the white of "no data".
 *
 * @example
 * matrixColors(4, 3, 'higher-is-worse', 'higher-is-worse', null).length; // 12
 */
export function matrixColors(
  rows: number,
  columns: number,
  statusPolarity: Polarity,
  dynamicsPolarity: Polarity,
  given: readonly (readonly string[])[] | null,
): string[] {
  if (given) return given.flatMap((row) => [...row]);
  const schemes = columnSchemes(columns);
  // class 0 is the lowest index value: the better end unless higher values are better
  if (dynamicsPolarity === 'higher-is-better') schemes.reverse();
  const ramps = schemes.map((scheme) => {
    const ramp = scheme === STONE ? stoneRamp(rows) : paletteColors(scheme, rows + 1).slice(1);
    return statusPolarity === 'higher-is-better' ? ramp.reverse() : ramp;
  });
  const colors: string[] = [];
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++) colors.push(ramps[column]?.[row] as string);
  return colors;
}

/** Black or white text, whichever reads better on a cell colour (WCAG relative luminance). */
export function inkOn(color: string): '#000000' | '#ffffff' {
  const channel = (offset: number) => {
    const value = parseInt(color.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
