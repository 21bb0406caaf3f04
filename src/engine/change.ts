/**
 * Change indicators (Veränderung): of another indicator over n years, at the same level.
 */
import type { IndicatorSpec } from '../manifest/schema';
import { targetCount, targetAreaCount, type DeriveContext } from './derive-context';
import { EXCLUDED, NO_BASE, ZERO_DENOMINATOR } from './status-codes';
import { OK, PARTIAL, type Cells, type DerivedIndicator } from './types';

type ChangeSpec = Extract<IndicatorSpec, { type: 'change' }>;

/**
 * For each year index, the index of the year exactly `periods` years earlier, -1 where the series
 * has no such year (years may have gaps: the base is matched by value, not by position).
 *
 * @example
 * baseYearIndices([2016, 2018, 2019, 2020], 2); // Int32Array [-1, 0, -1, 1]
 */
export function baseYearIndices(years: readonly number[], periods: number): Int32Array {
  const indexByYear = new Map(years.map((year, index) => [year, index]));
  return Int32Array.from(years, (year) => indexByYear.get(year - periods) ?? -1);
}

/**
 * Derives a change: absolute = v(t) − v(t−n) (percentage points for a rate) or relative =
 * (v(t) − v(t−n)) / |v(t−n)| × 100. Planners read it as the dynamics of an area (MSS Dynamik).
 *
 * Status order per cell: an area below the minimum population that year is `excluded`; no year
 * t−n in the series gives `no-base`; a missing v(t), then a missing v(t−n) keeps its reason
 * (`suppressed` stays suppressed); relative change from 0 gives `zero-denominator`; `partial` when
 * either value is partial.
 *
 * @example
 * // rate 10.0 (2018) → 12.5 (2020), periods 2: absolute 2.5 pp, relative 25 %
 */
export function deriveChange(spec: ChangeSpec, context: DeriveContext): DerivedIndicator {
  const source = context.derived.get(spec.of);
  if (source === undefined) throw new Error(`change ${spec.id} refers to underived indicator ${spec.of}`);
  const base = baseYearIndices(context.data.years, spec.periods);
  const isRelative = spec.mode === 'relative';
  const sources = [...source.levels, source.city];
  const results: Cells[] = [];
  for (let target = 0; target < targetCount(context.hierarchy); target++) {
    const areaCount = targetAreaCount(context.hierarchy, target);
    const { values: from, status: fromStatus } = sources[target] as Cells;
    const excluded = context.excluded[target] ?? null;
    const values = new Float64Array(areaCount * context.yearCount).fill(Number.NaN);
    const status = new Uint8Array(values.length);
    for (let year = 0; year < context.yearCount; year++) {
      const baseYear = base[year] as number;
      for (let area = 0; area < areaCount; area++) {
        const cell = year * areaCount + area;
        const baseCell = baseYear * areaCount + area;
        const now = fromStatus[cell] as number;
        const then = baseYear < 0 ? OK : (fromStatus[baseCell] as number);
        let code: number;
        if (excluded !== null && excluded[cell] === 1) code = EXCLUDED;
        else if (baseYear < 0) code = NO_BASE;
        else if (now > PARTIAL) code = now;
        else if (then > PARTIAL) code = then;
        else {
          const current = from[cell] as number;
          const previous = from[baseCell] as number;
          code = now === PARTIAL || then === PARTIAL ? PARTIAL : OK;
          if (!isRelative) values[cell] = current - previous;
          else if (previous === 0) code = ZERO_DENOMINATOR;
          else values[cell] = ((current - previous) / Math.abs(previous)) * 100;
        }
        status[cell] = code;
      }
    }
    results.push({ values, status });
  }
  return { spec, levels: results.slice(0, -1), city: results[results.length - 1] as Cells };
}
