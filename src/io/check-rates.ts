import type { AreaId, Cells } from '../engine/types';
import type { IndicatorSpec } from '../manifest/schema';
import { issue, type Issue } from './issue';

const MAX_PER_INDICATOR = 20;

function sumOf(cells: ReadonlyMap<string, Cells>, operand: string | string[], cell: number): number {
  let total = 0;
  for (const id of Array.isArray(operand) ? operand : [operand])
    total += cells.get(id)?.values[cell] ?? Number.NaN;
  return total;
}

/**
 * A share (rate per 100) whose numerator exceeds its denominator is almost always a data error, e.g.
 * swapped columns or a numerator counted for another area; it is reported, the value is kept.
 */
export function checkRates(
  indicators: readonly IndicatorSpec[],
  cells: ReadonlyMap<string, Cells>,
  areaIds: readonly AreaId[],
  years: readonly number[],
): Issue[] {
  const issues: Issue[] = [];
  for (const indicator of indicators) {
    if (indicator.type !== 'rate' || indicator.per !== 100) continue;
    const size = areaIds.length * years.length;
    let reported = 0;
    for (let cell = 0; cell < size && reported < MAX_PER_INDICATOR; cell++) {
      const numerator = sumOf(cells, indicator.numerator, cell);
      const denominator = sumOf(cells, indicator.denominator, cell);
      if (!(numerator > denominator)) continue;
      reported++;
      issues.push(
        issue(
          'numerator-exceeds-denominator',
          'warning',
          { areaId: areaIds[cell % areaIds.length], year: years[Math.floor(cell / areaIds.length)] },
          { indicator: indicator.id, numerator, denominator },
        ),
      );
    }
  }
  return issues;
}
