/**
 * Composite indices (Statusindex / Dynamikindex): polarity-adjusted, weighted z-scores of member
 * indicators, summed and re-standardised (Berlin MSS) or averaged.
 */
import type { IndicatorSpec } from '../manifest/schema';
import { emptyCells } from './cells';
import { type DeriveContext } from './derive-context';
import { EXCLUDED, NOT_MEANINGFUL } from './status-codes';
import { PARTIAL, type Cells, type DerivedIndicator } from './types';
import { meanAndStandardDeviation, zScoresInto } from './z-scores';

type IndexSpec = Extract<IndicatorSpec, { type: 'index' }>;

/**
 * Derives a composite index at every level: per level and year, each member is z-standardised over
 * the areas that have a value and are not excluded (unweighted mean; population SD unless the index
 * or options.sd asks for `sample`), its sign flipped when higher is better (member polarity
 * override, else the member indicator's polarity) so that a higher index always means more need,
 * and multiplied by its weight. `sum-restandardise` z-standardises the sum again (MSS 2021:
 * Status-Index = z(zS1 + zS3 + zS4)); `mean` takes the weighted mean Σwz / Σw.
 *
 * An area missing any member gets that member's reason (first member first); an area below the
 * minimum population is `excluded`; the city gets `not-meaningful` (an index is relative to the
 * areas of one level).
 *
 * @example
 * // members a (worse) and b (better), areas with (a, b) = (1, 3), (2, 2), (3, 1):
 * // z(a) = [−1.22, 0, 1.22], −z(b) = [−1.22, 0, 1.22], sum re-standardised → [−1.22, 0, 1.22]
 */
export function deriveCompositeIndex(spec: IndexSpec, context: DeriveContext): DerivedIndicator {
  const { hierarchy, yearCount } = context;
  const sd = spec.sd === 'sample' || context.options.sd === 'sample' ? 'sample' : 'population';
  const members = spec.members.map((member) => {
    const derived = context.derived.get(member.indicator);
    if (derived === undefined)
      throw new Error(`index ${spec.id} refers to underived indicator ${member.indicator}`);
    const polarity = member.polarity ?? derived.spec.polarity;
    return { derived, factor: (polarity === 'higher-is-better' ? -1 : 1) * member.weight };
  });
  const weightSum = spec.members.reduce((sum, member) => sum + member.weight, 0);
  const levels: Cells[] = [];
  const isMean = spec.method === 'mean';
  for (let level = 0; level < hierarchy.areaCounts.length; level++) {
    const areaCount = hierarchy.areaCounts[level] as number;
    const excluded = context.excluded[level] ?? null;
    const values = new Float64Array(areaCount * yearCount);
    const status = new Uint8Array(values.length);
    for (let year = 0; year < yearCount; year++) {
      const offset = year * areaCount;
      for (const { derived, factor } of members) {
        const cells = derived.levels[level] as Cells;
        const memberStatus = cells.status;
        const memberValues = cells.values;
        // the member's z-score (x − mean) × (1 / SD), as zScores computes it, added in the same pass
        const { mean, standardDeviation } = meanAndStandardDeviation(
          memberValues,
          memberStatus,
          offset,
          areaCount,
          { sd, excluded },
        );
        const scale = standardDeviation > 0 ? 1 / standardDeviation : 0;
        for (let cell = offset; cell < offset + areaCount; cell++) {
          if ((status[cell] as number) > PARTIAL) continue;
          const code = memberStatus[cell] as number;
          if (excluded !== null && excluded[cell] === 1) status[cell] = EXCLUDED;
          else if (code > PARTIAL) status[cell] = code;
          else {
            if (code === PARTIAL) status[cell] = PARTIAL;
            values[cell] =
              (values[cell] as number) + factor * (((memberValues[cell] as number) - mean) * scale);
          }
        }
      }
      for (let area = 0; area < areaCount; area++) {
        const cell = offset + area;
        if ((status[cell] as number) > PARTIAL) values[cell] = Number.NaN;
        else if (isMean) values[cell] = (values[cell] as number) / weightSum;
      }
      if (spec.method === 'sum-restandardise') {
        // in place: mean and SD are taken before any value is replaced
        zScoresInto(values, offset, values, status, offset, areaCount, { sd });
      }
    }
    levels.push({ values, status });
  }
  return { spec, levels, city: emptyCells(yearCount, NOT_MEANINGFUL) };
}
