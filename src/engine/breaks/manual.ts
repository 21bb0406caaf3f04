/**
 * Manual breaks (mapclassify `UserDefined`): the analyst's own class bounds.
 */

/**
 * Upper bounds from the given inner breaks (sorted ascending, repeats dropped), with the maximum of
 * the values appended when it lies above the last given break, so every value gets a class.
 * Without values the given breaks are returned as they are.
 *
 * Planners use manual breaks for fixed, communicable thresholds (e.g. 5, 10, 20 %), the same in every
 * year and every map.
 *
 * @param values values without NaN, in any order
 * @example
 * manualBreaks([1, 7, 12, 35], [5, 10, 20]); // [5, 10, 20, 35]
 */
export function manualBreaks(values: ArrayLike<number>, breaks: readonly number[]): number[] {
  const bounds = [...new Set(breaks.filter((value) => !Number.isNaN(value)))].sort((a, b) => a - b);
  if (values.length === 0) return bounds;
  let maximum = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < values.length; index++) maximum = Math.max(maximum, values[index] as number);
  if (bounds.length === 0 || (bounds[bounds.length - 1] as number) < maximum) bounds.push(maximum);
  return bounds;
}
