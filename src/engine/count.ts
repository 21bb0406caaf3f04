/**
 * Count indicators: a variable as it is, summed up to parents and the city.
 */
import type { IndicatorSpec } from '../manifest/schema';
import type { AggregatedSums } from './aggregate';
import { aggregateToTargets } from './aggregate-levels';
import { emptyCells } from './cells';
import { targetAreaCount, targetCount, type DeriveContext } from './derive-context';
import { isShareOperand, operandCells } from './operand';
import { NOT_AGGREGABLE, SUPPRESSED } from './status-codes';
import { isSuppressedCount } from './suppress';
import type { Cells, DerivedIndicator } from './types';
import { PARTIAL } from './types';

type CountSpec = Extract<IndicatorSpec, { type: 'count' }>;

/**
 * Derives a count indicator: the variable at the base level, Σ over base areas for parents and
 * the city (`partial` when some lacked a value). Counts of kind `count` above 0 and below
 * options.minCount are `suppressed` at every level separately; zero is shown. A variable of kind
 * `share` (a given percentage) is shown at the base level only: parents get `not-aggregable`, and
 * it is never suppressed, since a share is not a case count. Counts are not subject to the
 * minimum-population rule (the population itself must stay visible).
 *
 * @example
 * // arbeitslose in two Sozialräume [2, 5] (minCount 3) → base [suppressed, 5], district 7
 */
export function deriveCount(spec: CountSpec, context: DeriveContext): DerivedIndicator {
  const { data, hierarchy, yearCount } = context;
  const variable = operandCells(spec.variable, data.variables, hierarchy.baseCount * yearCount);
  const isShare = isShareOperand(spec.variable, data.manifest);
  const minCount = isShare ? 0 : context.options.minCount;
  const aggregated = aggregateToTargets(variable, null, hierarchy, yearCount);
  const results: Cells[] = [];
  for (let target = 0; target < targetCount(hierarchy); target++) {
    if (target > 0 && isShare) {
      results.push(emptyCells(targetAreaCount(hierarchy, target) * yearCount, NOT_AGGREGABLE));
      continue;
    }
    const { sums, status } = aggregated[target] as AggregatedSums;
    // the base level's sums are the input variable itself: write into a copy
    const values = target === 0 ? Float64Array.from(sums[0] as Float64Array) : (sums[0] as Float64Array);
    for (let cell = 0; cell < values.length; cell++) {
      if ((status[cell] as number) > PARTIAL) values[cell] = Number.NaN;
      else if (isSuppressedCount(values[cell] as number, minCount)) {
        status[cell] = SUPPRESSED;
        values[cell] = Number.NaN;
      }
    }
    results.push({ values, status });
  }
  return { spec, levels: results.slice(0, -1), city: results[results.length - 1] as Cells };
}
