/**
 * Class colours from class breaks, a scheme and the indicator's polarity: worse is darker, and for
 * diverging schemes the worse side of the centre takes the warm arm.
 */
import type { Polarity } from '../../manifest/schema';
import { divergingColorsWarmFirst, paletteColors } from './palette';

/**
 * The colour of each class of a sequential scheme, lowest class first. The ramp runs light → dark
 * towards the worse end: `higher-is-worse` and `neutral` put the darkest colour on the highest
 * class, `higher-is-better` on the lowest.
 *
 * @example
 * sequentialClassColors('YlOrRd', 3, 'higher-is-better'); // ['#f03b20', '#feb24c', '#ffeda0']
 */
export function sequentialClassColors(palette: string, count: number, polarity: Polarity): string[] {
  const ramp = paletteColors(palette, count);
  return polarity === 'higher-is-better' ? ramp.reverse() : ramp;
}

/**
 * The class upper bounds split at the centre, so every class lies wholly at or below the centre or
 * wholly above it. Computed breaks (`move`) keep their number of classes: the bound of the
 * straddling class nearer to the centre moves onto it (inserting the centre left an extra class,
 * often a nearly empty one: "über 0,0 bis 0,1 — 0 Gebiete"). Typed manual breaks stay as typed and
 * get the centre inserted. The first class's lower bound (the smallest value) and the top bound (the
 * largest) never move. Returns the same array when no class straddles the centre.
 *
 * @example
 * splitAtCentre([-1, 2, 5], -3, 0, true); // [0, 2, 5]
 * splitAtCentre([-1, 2, 5], -3, 0, false); // [-1, 0, 2, 5]
 * splitAtCentre([-1, 0, 5], -3, 0, true); // unchanged: no class straddles 0
 */
export function splitAtCentre(
  breaks: readonly number[],
  lowerBound: number,
  centre: number,
  move: boolean,
): readonly number[] {
  if (!Number.isFinite(centre)) return breaks;
  let lower = lowerBound;
  for (let index = 0; index < breaks.length; index++) {
    const upper = breaks[index] as number;
    if (lower < centre && centre < upper) {
      const lowerMovable = move && index > 0;
      const upperMovable = move && index < breaks.length - 1;
      const moved = [...breaks];
      if (upperMovable && (!lowerMovable || upper - centre <= centre - lower)) moved[index] = centre;
      else if (lowerMovable) moved[index - 1] = centre;
      else moved.splice(index, 0, centre);
      return moved;
    }
    lower = upper;
  }
  return breaks;
}

/** How many classes lie at or below the centre (upper bound ≤ centre); the rest lie above it. */
export function classesAtOrBelow(breaks: readonly number[], centre: number): number {
  let count = 0;
  for (const upper of breaks) if (upper <= centre) count++;
  return count;
}

/**
 * The colour of each class of a diverging scheme, for breaks already split at the centre
 * (splitAtCentre). Classes at or below the centre take one arm, classes above it the other; the
 * class next to the centre is the lightest of its arm and intensity grows away from it. Both arms
 * come from one ramp of 2·max(below, above) colours, so equal distance from the centre (in classes)
 * means equal intensity on both sides, also when one side has more classes. The worse side
 * (above for `higher-is-worse` and `neutral`, below for `higher-is-better`) takes the scheme's warm
 * arm (red, orange, brown, pink).
 *
 * @example
 * // RdBu, 1 class below 0 and 3 above, higher-is-worse: below light blue, above light → dark red
 * divergingClassColors('RdBu', [0, 1, 2, 3], 0, 'higher-is-worse');
 */
export function divergingClassColors(
  palette: string,
  breaks: readonly number[],
  centre: number,
  polarity: Polarity,
): string[] {
  const below = classesAtOrBelow(breaks, centre);
  const above = breaks.length - below;
  const half = Math.max(below, above);
  if (half === 0) return [];
  // Ramp from the warm end to the cool end: warm[half-1] and cool[0] sit next to the centre.
  const ramp = divergingColorsWarmFirst(palette, 2 * half);
  const warm = ramp.slice(0, half).reverse(); // nearest the centre first
  const cool = ramp.slice(half); // nearest the centre first
  const worseAbove = polarity !== 'higher-is-better';
  const belowArm = worseAbove ? cool : warm;
  const aboveArm = worseAbove ? warm : cool;
  const colors: string[] = [];
  for (let index = 0; index < below; index++) colors.push(belowArm[below - 1 - index] as string);
  for (let index = 0; index < above; index++) colors.push(aboveArm[index] as string);
  return colors;
}

/**
 * The colours of classes symmetric about the centre (symmetricBreaks): the scheme's own ramp of
 * `count` colours, lowest class first, the worse side warm. An odd count's middle class takes the
 * scheme's light middle colour; classes equally far from the centre take equal intensity.
 *
 * @example
 * symmetricClassColors('RdBu', 5, 'higher-is-worse'); // ['#0571b0', '#92c5de', '#f7f7f7', '#f4a582', '#ca0020']
 */
export function symmetricClassColors(palette: string, count: number, polarity: Polarity): string[] {
  const warmFirst = divergingColorsWarmFirst(palette, count);
  return polarity === 'higher-is-better' ? warmFirst : warmFirst.reverse();
}

/**
 * The class that holds the centre in its middle: typed breaks that mirror symmetric classes (the
 * start of "Manuell" from them) have a middle class around the centre, within 5 % of its width.
 * −1 when no class straddles the centre or the one that does lies mostly to one side of it.
 *
 * @example
 * symmetricMiddle([-2.7, -0.9, 0.91, 2.7, 9], -13, 0); // 2
 * symmetricMiddle([-1, 2, 5], -3, 0); // -1: (−1, 2] straddles 0 lopsidedly
 */
export function symmetricMiddle(breaks: readonly number[], lowerBound: number, centre: number): number {
  let lower = lowerBound;
  for (let index = 0; index < breaks.length; index++) {
    const upper = breaks[index] as number;
    if (lower < centre && centre < upper)
      return Math.abs(lower - centre + (upper - centre)) <= 0.05 * (upper - lower) ? index : -1;
    lower = upper;
  }
  return -1;
}

/**
 * The colours of classes with a middle class `middle` around the centre: that class the scheme's
 * light middle colour, the others by their distance from it in classes, equal on both sides, the
 * worse side warm (as symmetricClassColors, which this equals for an odd count with the middle in
 * the middle).
 *
 * @example
 * divergingColorsWithMiddle('RdBu', 4, 1, 'higher-is-worse'); // ['#92c5de', '#f7f7f7', '#f4a582', '#ca0020']
 */
export function divergingColorsWithMiddle(
  palette: string,
  count: number,
  middle: number,
  polarity: Polarity,
): string[] {
  const half = Math.max(middle, count - middle - 1);
  const warmFirst = divergingColorsWarmFirst(palette, 2 * half + 1);
  const ascending = polarity === 'higher-is-better' ? warmFirst : warmFirst.reverse();
  return Array.from({ length: count }, (_, index) => ascending[half + index - middle] as string);
}
