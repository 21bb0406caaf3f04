/**
 * Rate indicators (Quoten): numerator / denominator × per, for every level and the city.
 */
import type { IndicatorSpec } from '../manifest/schema';
import type { AggregatedSums } from './aggregate';
import { aggregateToTargets } from './aggregate-levels';
import { emptyCells } from './cells';
import { targetAreaCount, targetCount, type DeriveContext } from './derive-context';
import { isShareOperand, operandCells } from './operand';
import { EXCLUDED, NOT_AGGREGABLE, SUPPRESSED, ZERO_DENOMINATOR } from './status-codes';
import { isSuppressedCount } from './suppress';
import type { Cells, DerivedIndicator } from './types';
import { PARTIAL } from './types';

type RateSpec = Extract<IndicatorSpec, { type: 'rate' }>;

/**
 * Computes a rate for the base level, every parent level and the city.
 *
 * Parents and the city get Σnumerators / Σdenominators over their base areas that have both
 * (never a mean of child rates), `partial` when some base areas lacked a value. Then, per cell and
 * in this order: an area below the minimum population is `excluded`; a missing operand keeps its
 * reason (numerator first); denominator 0 gives `zero-denominator`; a numerator above 0 and below
 * options.minCount is `suppressed` (the parent's own sum decides for the parent). Operands that
 * are given shares cannot be summed, so parents and the city get `not-aggregable`.
 *
 * @example
 * // SGB II per 100 inhabitants; district of (12 / 200) and (30 / 400) → 42 / 600 × 100 = 7
 * deriveRate(spec, context).levels[1].values[0]; // 7
 */
export function deriveRate(spec: RateSpec, context: DeriveContext): DerivedIndicator {
  const { data, hierarchy, yearCount } = context;
  const baseCells = hierarchy.baseCount * yearCount;
  const numerator = operandCells(spec.numerator, data.variables, baseCells);
  const denominator = operandCells(spec.denominator, data.variables, baseCells);
  const isShare =
    isShareOperand(spec.numerator, data.manifest) || isShareOperand(spec.denominator, data.manifest);
  const aggregated = aggregateToTargets(numerator, denominator, hierarchy, yearCount);
  const results: Cells[] = [];
  for (let target = 0; target < targetCount(hierarchy); target++) {
    if (target > 0 && isShare) {
      results.push(emptyCells(targetAreaCount(hierarchy, target) * yearCount, NOT_AGGREGABLE));
      continue;
    }
    const { sums, status } = aggregated[target] as AggregatedSums;
    results.push(
      finishRate(
        sums[0] as Float64Array,
        sums[1] as Float64Array,
        status,
        context.excluded[target] ?? null,
        spec.per,
        context.options.minCount,
      ),
    );
  }
  return { spec, levels: results.slice(0, -1), city: results[results.length - 1] as Cells };
}

/** Turns joint sums into rate cells, applying exclusion, zero denominators and suppression. */
function finishRate(
  numerator: Float64Array,
  denominator: Float64Array,
  status: Uint8Array,
  excluded: Uint8Array | null,
  per: number,
  minCount: number,
): Cells {
  const values = new Float64Array(numerator.length);
  for (let cell = 0; cell < numerator.length; cell++) {
    let code = status[cell] as number;
    const top = numerator[cell] as number;
    const bottom = denominator[cell] as number;
    if (excluded !== null && excluded[cell] === 1) code = EXCLUDED;
    else if (code > PARTIAL) {
      // keeps the operand's missing reason
    } else if (bottom === 0) code = ZERO_DENOMINATOR;
    else if (isSuppressedCount(top, minCount)) code = SUPPRESSED;
    status[cell] = code;
    // (top × per) / bottom keeps integer counts exact (42 × 100 / 600 = 7, not 7.000000000000001)
    values[cell] = code > PARTIAL ? Number.NaN : (top * per) / bottom;
  }
  return { values, status };
}
