/**
 * Equal-interval breaks (mapclassify `EqualInterval`): classes of equal width between min and max.
 */

/**
 * Upper bounds min + w·i (i = 1 … k) with w = (max − min) / k; the last bound is the maximum.
 * All values equal gives one class [value].
 *
 * Planners use equal intervals when the value itself matters (0–5 %, 5–10 % …) and the
 * distribution is not too skewed.
 *
 * @param values values without NaN, in any order
 * @example
 * equalIntervalBreaks([0, 1, 4, 10], 5); // [2, 4, 6, 8, 10]
 */
export function equalIntervalBreaks(values: ArrayLike<number>, classes: number): number[] {
  if (values.length === 0) return [];
  let minimum = Number.POSITIVE_INFINITY;
  let maximum = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (value < minimum) minimum = value;
    if (value > maximum) maximum = value;
  }
  if (minimum === maximum) return [maximum];
  const width = (maximum - minimum) / classes;
  const breaks: number[] = [];
  // as numpy.arange(min + w, max + w, w): start + i·step
  for (let index = 0; index < classes - 1; index++) breaks.push(minimum + width + index * width);
  breaks.push(maximum);
  return breaks;
}
