/**
 * Natural breaks: the Fisher-Jenks optimum (minimal within-class sum of squares), computed with
 * simple-statistics' ckmeans.
 */
import { ckmeans } from 'simple-statistics';

/**
 * Upper bounds of the optimal k classes: the maximum of each ckmeans cluster (as mapclassify
 * `FisherJenks`). With no more distinct values than classes, each distinct value is its own class
 * (as mapclassify `NaturalBreaks`).
 *
 * Planners use natural breaks to group areas that are alike and separate clear jumps.
 *
 * @param values values without NaN, in any order; sorted in place
 * @example
 * naturalBreaks(Float64Array.of(1, 2, 3, 10, 11, 12, 30), 3); // [3, 12, 30]
 */
export function naturalBreaks(values: Float64Array, classes: number): number[] {
  if (values.length === 0) return [];
  const sorted = values.sort();
  const distinct: number[] = [];
  for (let index = 0; index < sorted.length && distinct.length <= classes; index++) {
    const value = sorted[index] as number;
    if (distinct.length === 0 || value !== distinct[distinct.length - 1]) distinct.push(value);
  }
  if (distinct.length <= classes) return distinct;
  // ckmeans can split equal values across two clusters when their squared deviations vanish in
  // floating point (e.g. 0 next to 5e-324); two equal upper bounds would make an empty class.
  const bounds: number[] = [];
  for (const cluster of ckmeans(Array.from(sorted), classes)) {
    const upper = cluster[cluster.length - 1] as number;
    if (bounds.length === 0 || upper > (bounds[bounds.length - 1] as number)) bounds.push(upper);
  }
  return bounds;
}
