/**
 * Standard-deviation breaks (mapclassify `StdMean`): classes around the mean in steps of the SD.
 */

/** mapclassify's default multiples of the standard deviation. */
export const STD_DEV_MULTIPLES: readonly number[] = [-2, -1, 1, 2];

/**
 * Upper bounds mean + m·SD for m in −2, −1, 1, 2, with the maximum appended when it lies above the
 * last one, so there are 4 or 5 classes whatever `classes` asks for; bounds below the minimum give
 * empty classes. Like mapclassify `StdMean`, the SD is the sample SD (n − 1), which reproduces its
 * published calemp bins. One value or all equal gives one class [value].
 *
 * Planners use it to show how far areas lie from the average (well below, around, well above).
 *
 * @param values values without NaN, in any order
 * @example
 * standardDeviationBreaks([2, 4, 4, 4, 5, 5, 7, 9]); // mean 5, SD 2.138: [0.724, 2.862, 7.138, 9.276]
 */
export function standardDeviationBreaks(values: ArrayLike<number>): number[] {
  const count = values.length;
  if (count === 0) return [];
  let minimum = Number.POSITIVE_INFINITY;
  let maximum = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let index = 0; index < count; index++) {
    const value = values[index] as number;
    if (value < minimum) minimum = value;
    if (value > maximum) maximum = value;
    sum += value;
  }
  if (minimum === maximum) return [maximum];
  const mean = sum / count;
  let squares = 0;
  for (let index = 0; index < count; index++) squares += ((values[index] as number) - mean) ** 2;
  const deviation = Math.sqrt(squares / (count - 1));
  const breaks = STD_DEV_MULTIPLES.map((multiple) => mean + multiple * deviation);
  if ((breaks[breaks.length - 1] as number) < maximum) breaks.push(maximum);
  return breaks;
}
