/**
 * Class bounds symmetric about a centre, for diverging maps of changes (centre 0) or of deviations
 * from the city value: the method's breaks of the distances |value − centre|, mirrored. A rise and a
 * fall of the same size then fall in classes of the same intensity. Splitting the value breaks at
 * the centre instead gave, for the demo's child poverty 2015 → 2024, four shades of fall and one pale
 * class for every rise from 0 to +9.4 points.
 */
import { breaksOfValues, classifyValue, type BreaksSpec } from '../classify';

/** The methods whose breaks can be taken of distances (std-dev and manual bounds are values). */
export type SymmetricMethod = 'quantile' | 'equal-interval' | 'natural-breaks';

export function isSymmetricMethod(method: BreaksSpec['method']): method is SymmetricMethod {
  return method === 'quantile' || method === 'equal-interval' || method === 'natural-breaks';
}

/**
 * `classes` classes about `centre`: an even count splits at the centre (half on each side), an odd
 * count has a middle class from −d₁ to +d₁ about it (ColorBrewer's neutral class), the rest mirrored.
 * The bounds come from the method's breaks of the distances with ⌈classes/2⌉ classes (distanceSteps);
 * ties can give fewer classes, always as many on both sides. Null when bounds would coincide in
 * floating point (steps far smaller than the centre).
 *
 * @example
 * // distances 1…6 about 0, 4 classes (quantile of the distances in 2 classes: 3.5, 6)
 * symmetricBreaks(distanceSteps(Float64Array.of(1, 2, 3, 4, 5, 6), { method: 'quantile', classes: 4 })!, 0, 4);
 * // → { lowerBound: -6, breaks: [-3.5, 0, 3.5, 6] }
 */
export function symmetricBreaks(
  steps: readonly number[],
  centre: number,
  classes: number,
): { lowerBound: number; breaks: number[] } | null {
  const odd = classes % 2 === 1;
  // Upper bounds, ascending. Below the centre every step but the widest (that one is the lower bound).
  const below = steps
    .slice(0, -1)
    .reverse()
    .map((step) => centre - step);
  // Odd: the middle class ends at +d₁ and the classes above start there; even: a class ends at the centre.
  const above = (odd ? steps.slice(1) : steps).map((step) => centre + step);
  const middle = odd ? centre + (steps[0] as number) : centre;
  const lowerBound = centre - (steps.at(-1) as number);
  const breaks = [...below, middle, ...above];
  // Steps too small for the centre's magnitude collapse onto it in floating point.
  const ascending = breaks.every(
    (bound, index) => bound > (index === 0 ? lowerBound : (breaks[index - 1] as number)),
  );
  return ascending ? { lowerBound, breaks } : null;
}

/**
 * The method's breaks of the distances from the centre with ⌈classes/2⌉ classes: the steps
 * symmetricBreaks mirrors. Null when there are no distances or the narrowest step is 0 (many values
 * exactly at the centre); the caller then splits the value breaks at the centre instead.
 *
 * @param distances |value − centre| of the classified values, ≥ 0; may be reordered in place
 */
export function distanceSteps(
  distances: Float64Array,
  spec: { readonly method: SymmetricMethod; readonly classes: number },
): number[] | null {
  if (distances.length === 0) return null;
  const sides = Math.ceil(spec.classes / 2);
  // Equal intervals of distance start at the centre (distance 0), not at the smallest distance.
  const steps =
    spec.method === 'equal-interval'
      ? equalSteps(distances, sides)
      : breaksOfValues(distances, { method: spec.method, classes: sides });
  // The narrowest step 0 (many values exactly at the centre) would repeat the centre as a bound.
  return steps.length > 0 && (steps[0] as number) > 0 ? steps : null;
}

/** `count` equal steps from 0 to the largest distance. */
function equalSteps(distances: Float64Array, count: number): number[] {
  let widest = 0;
  for (const distance of distances) if (distance > widest) widest = distance;
  return Array.from({ length: count }, (_, index) =>
    index === count - 1 ? widest : (widest * (index + 1)) / count,
  );
}

/**
 * The class of `value` among symmetricBreaks(steps, centre, classes): the step its distance from the
 * centre falls in ((lower, upper] as everywhere) on its side of the centre, so a value and its mirror
 * image take mirrored classes. Below the centre a class therefore holds its lower bound, not its
 * upper one ("von −3,2 bis unter −1,2"); the centre itself lies in the middle class (odd) or in the
 * class that ends at it (even).
 *
 * @example
 * mirroredClassOf(-3.5, 0, [3.5, 6], 4); // 1, as +3.5 → 2 (breaks [-3.5, 0, 3.5, 6])
 */
export function mirroredClassOf(
  value: number,
  centre: number,
  steps: readonly number[],
  classes: number,
): number {
  const step = classifyValue(Math.abs(value - centre), steps);
  if (classes % 2 === 1) {
    const middle = steps.length - 1;
    return value < centre ? middle - step : middle + step;
  }
  return value <= centre ? steps.length - 1 - step : steps.length + step;
}
