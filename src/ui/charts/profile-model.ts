/**
 * The area comparison (Steckbrief): one to four areas across all indicators against the city (or,
 * where the city has no value, the mean of the level's areas). Per
 * indicator and area: the value, its deviation from that reference in standard deviations of the level's
 * areas (so indicators of any unit share one axis), whether that is better or worse than the city
 * as the indicator's polarity reads it (counts are not compared: the city's count is its total), the direction since the previous year, and the rank.
 * Pure, so it is unit-tested.
 */
import { fixedClassesOf, fixedClassOf } from '../../engine/fixed-classes';
import { meanAndStandardDeviation } from '../../engine/z-scores';
import type { DerivedDataset } from '../../engine/types';
import { localize, type Locale } from '../../i18n/locale';
import type { Polarity } from '../../manifest/schema';
import { cellAt, rankOf, type CellView, type RankInfo } from '../panels/detail-model';

/** The most areas a Steckbrief compares side by side. */
export const PROFILE_MAX_AREAS = 4;

/** Better or worse than the reference, as the polarity reads a difference; null when not judged. */
export type Judgement = 'better' | 'worse' | 'same' | null;

/** up/down/flat since the previous year with a value; null when there is none. */
export type TrendDirection = 'up' | 'down' | 'flat' | null;

export interface ProfileCell {
  readonly cell: CellView;
  /** For a category (matrix) indicator: the label of the area's class; null otherwise. */
  readonly categoryLabel: string | null;
  /** (value − reference) / SD of the level's areas; null when either is missing or SD is 0. */
  readonly deviation: number | null;
  readonly judgement: Judgement;
  readonly trend: TrendDirection;
  /** The judgement of the change since the previous year (up is worse when higher is worse). */
  readonly trendJudgement: Judgement;
  readonly rank: RankInfo | null;
}

export interface ProfileRow {
  readonly indicatorId: string;
  readonly label: string;
  readonly unit: string;
  readonly decimals: number;
  readonly polarity: Polarity;
  readonly city: CellView;
  /**
   * What the areas are compared with: the city value, or, when the city has none (MSS indicators are
   * "nicht aufsummierbar", indices have no city value), the mean of the level's areas; null when
   * the row is not compared (counts, categories, no values).
   */
  readonly reference: 'city' | 'mean' | null;
  /** The value compared with (city value or mean of the areas); null with reference null. */
  readonly referenceValue: number | null;
  /** A category (status × dynamics matrix): its cells show a class label, no rank and no bar. */
  readonly category: boolean;
  /** One per area, in the order of ProfileModel.areas. */
  readonly cells: readonly ProfileCell[];
}

export interface ProfileModel {
  readonly areas: readonly { readonly areaId: string; readonly name: string }[];
  readonly year: number;
  readonly rows: readonly ProfileRow[];
  /** Largest |deviation| over all cells (at least 1), for a common axis. */
  readonly maxDeviation: number;
  /** Whether some row is compared with the mean of the areas instead of the city value. */
  readonly usesMean: boolean;
}

export interface ProfileQuery {
  readonly levelIndex: number;
  readonly yearIndex: number;
  /** Selected area first, then comparisons; only the first PROFILE_MAX_AREAS known ids are used. */
  readonly areaIds: readonly string[];
  readonly locale: Locale;
}

/** Better/worse of a signed difference under a polarity; `same` at 0, null for neutral indicators. */
export function judge(difference: number, polarity: Polarity): Judgement {
  if (polarity === 'neutral') return null;
  if (difference === 0) return 'same';
  const higherIsBetter = polarity === 'higher-is-better';
  return difference > 0 === higherIsBetter ? 'better' : 'worse';
}

export function buildProfile(derived: DerivedDataset, query: ProfileQuery): ProfileModel | null {
  const { data } = derived;
  const level = data.levels[query.levelIndex];
  if (!level) return null;
  const areaCount = level.areaIds.length;
  const areas: { areaId: string; name: string; areaIndex: number }[] = [];
  for (const areaId of query.areaIds) {
    const areaIndex = level.areaIds.indexOf(areaId as (typeof level.areaIds)[number]);
    if (areaIndex < 0 || areas.some((area) => area.areaId === areaId)) continue;
    areas.push({ areaId, name: level.names[areaIndex] ?? areaId, areaIndex });
    if (areas.length === PROFILE_MAX_AREAS) break;
  }
  if (areas.length === 0) return null;
  const { yearIndex } = query;
  const offset = yearIndex * areaCount;
  let maxDeviation = 1;
  let usesMean = false;
  const specs = data.manifest.indicators;
  const rows: ProfileRow[] = [];
  for (const indicator of derived.indicators.values()) {
    const { spec } = indicator;
    const cells = indicator.levels[query.levelIndex];
    if (!cells) continue;
    const city = cellAt(indicator.city, yearIndex);
    const category = spec.type === 'matrix';
    const fixed = category ? fixedClassesOf(spec, specs) : null;
    const { mean, standardDeviation } = meanAndStandardDeviation(
      cells.values,
      cells.status,
      offset,
      areaCount,
      { sd: data.manifest.options.sd },
    );
    // A count's city value is the city's total: no area is comparable with it, but a count without a
    // city value (a share given per area, "nicht aufsummierbar") is compared with the areas' mean, as
    // is an index; a category has no distance.
    const reference: ProfileRow['reference'] = category
      ? null
      : city.value !== null
        ? spec.type === 'count'
          ? null
          : 'city'
        : Number.isFinite(mean)
          ? 'mean'
          : null;
    const referenceValue = reference === 'city' ? city.value : reference === 'mean' ? mean : null;
    if (reference === 'mean') usesMean = true;
    const profileCells = areas.map(({ areaIndex }): ProfileCell => {
      const cell = cellAt(cells, offset + areaIndex);
      if (category) {
        const index = fixed && cell.value !== null ? fixedClassOf(cell.value, fixed) : -1;
        return {
          cell,
          categoryLabel: fixed && index >= 0 ? localize(fixed.labels[index]!, query.locale) : null,
          deviation: null,
          judgement: null,
          trend: null,
          trendJudgement: null,
          rank: null,
        };
      }
      let deviation: number | null = null;
      let judgement: Judgement = null;
      if (referenceValue !== null && cell.value !== null) {
        const difference = cell.value - referenceValue;
        judgement = judge(difference, spec.polarity);
        if (standardDeviation > 0) deviation = difference / standardDeviation;
      }
      let trend: TrendDirection = null;
      let trendJudgement: Judgement = null;
      if (cell.value !== null)
        for (let past = yearIndex - 1; past >= 0; past--) {
          const previous = cellAt(cells, past * areaCount + areaIndex).value;
          if (previous === null) continue;
          const change = cell.value - previous;
          trend = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
          trendJudgement = judge(change, spec.polarity);
          break;
        }
      if (deviation !== null && Math.abs(deviation) > maxDeviation) maxDeviation = Math.abs(deviation);
      return {
        cell,
        categoryLabel: null,
        deviation,
        judgement,
        trend,
        trendJudgement,
        rank: rankOf(cells, yearIndex, areaCount, areaIndex),
      };
    });
    rows.push({
      indicatorId: spec.id,
      label: localize(spec.shortLabel ?? spec.label, query.locale),
      unit: localize(spec.unit, query.locale),
      decimals: spec.decimals,
      polarity: spec.polarity,
      city,
      reference,
      referenceValue,
      category,
      cells: profileCells,
    });
  }
  return {
    areas: areas.map(({ areaId, name }) => ({ areaId, name })),
    year: data.years[yearIndex] ?? 0,
    rows,
    maxDeviation,
    usesMean,
  };
}
