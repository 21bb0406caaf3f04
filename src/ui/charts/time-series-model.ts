/**
 * The time series chart's data: the selected and compared areas, their parent districts and the city
 * over all years for one indicator, plus the indicator's threshold as a line where one is defined.
 * Missing years stay gaps with their reason (TrendPoint.status). Pure, so it is unit-tested.
 */
import type { ResolvedRule } from '../../engine/handlungsbedarf';
import { thresholdDirection, thresholdLimit } from '../../engine/thresholds';
import { meanAndStandardDeviation } from '../../engine/z-scores';
import type { DerivedDataset } from '../../engine/types';
import { localize, type Locale } from '../../i18n/locale';
import type { ThresholdDirection, ThresholdSpec } from '../../manifest/schema';
import { seriesOf, valueExtent, type TrendPoint } from '../panels/trend-model';

/** `preview`: the area under the pointer in another chart, shown for a moment beside the chosen ones. */
export type SeriesRole = 'area' | 'preview' | 'parent' | 'city';

/** One line of the chart. */
export interface TimeSeriesLine {
  /** Unique within the chart: "area:<id>", "parent:<id>", "city". */
  readonly key: string;
  readonly role: SeriesRole;
  readonly areaId: string | null;
  readonly name: string;
  readonly points: readonly TrendPoint[];
  /** For a parent: the key of the first chosen area in it (the chart draws the two alike). */
  readonly childKey?: string;
}

/** A threshold to draw and which way it looks (`above`: at or above the line is conspicuous). */
export interface ShownThreshold {
  readonly threshold: ThresholdSpec;
  readonly direction: ThresholdDirection;
}

/** A threshold line: one value per year (null where its reference is missing). */
export interface ThresholdLine {
  readonly threshold: ThresholdSpec;
  readonly direction: ThresholdDirection;
  readonly label: string;
  readonly points: readonly { readonly year: number; readonly value: number | null }[];
}

export interface TimeSeriesModel {
  readonly years: readonly number[];
  /** Areas first (in selection order), then their parent districts (each once), the preview, the city. */
  readonly lines: readonly TimeSeriesLine[];
  /** The thresholds drawn (see buildTimeSeries); empty when there are none. */
  readonly thresholds: readonly ThresholdLine[];
  /** Smallest and largest value of all lines and thresholds; null when nothing has a value. */
  readonly extent: readonly [number, number] | null;
}

export interface TimeSeriesQuery {
  readonly levelIndex: number;
  readonly indicatorId: string;
  /** Selected area first, then the comparison areas; unknown ids are skipped. */
  readonly areaIds: readonly string[];
  readonly locale: Locale;
  readonly cityLabel: string;
  /** An area to preview (hovered elsewhere); ignored when it is one of areaIds. */
  readonly previewId?: string | null;
  /**
   * The thresholds to draw (with the user's edits), from ruleThresholds when the dataset has
   * Handlungsbedarf rules; absent: the indicator's first threshold as the manifest defines it.
   */
  readonly thresholds?: readonly ShownThreshold[];
}

/**
 * The thresholds of one indicator that the enabled Handlungsbedarf rules use, with the user's edits,
 * each once (two rules sharing a threshold with the same value draw one line).
 *
 * @example
 * // rule "SGB II": members sgb2_quote ≥ 1.5 × city, alq ≥ 10 → for sgb2_quote: [1.5 × city, above]
 */
export function ruleThresholds(rules: readonly ResolvedRule[], indicatorId: string): ShownThreshold[] {
  const shown: ShownThreshold[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    for (const member of rule.members) {
      if (!member.enabled || member.indicatorId !== indicatorId) continue;
      const same = shown.some(
        (other) =>
          other.direction === member.direction &&
          JSON.stringify(other.threshold) === JSON.stringify(member.threshold),
      );
      if (!same) shown.push({ threshold: member.threshold, direction: member.direction });
    }
  }
  return shown;
}

/**
 * Builds the lines of the time series. Threshold lines (query.thresholds, else the indicator's first
 * threshold) follow engine/thresholds' limits: an absolute value is flat; "relative to the city"
 * moves with the city value; "relative to the parent" is drawn when all areas share one parent; a
 * z-score threshold is mean + z × SD of the level's areas in each year (the manifest's SD convention).
 */
export function buildTimeSeries(derived: DerivedDataset, query: TimeSeriesQuery): TimeSeriesModel | null {
  const { data } = derived;
  const indicator = derived.indicators.get(query.indicatorId);
  const level = data.levels[query.levelIndex];
  const cells = indicator?.levels[query.levelIndex];
  if (!indicator || !level || !cells) return null;
  const years = data.years;
  const areaCount = level.areaIds.length;
  const parentLevel = data.levels[query.levelIndex + 1];
  const parentCells = indicator.levels[query.levelIndex + 1];

  const lines: TimeSeriesLine[] = [];
  const parents: number[] = [];
  const firstChild = new Map<number, string>();
  for (const areaId of query.areaIds) {
    const areaIndex = level.areaIds.indexOf(areaId as (typeof level.areaIds)[number]);
    if (areaIndex < 0 || lines.some((line) => line.areaId === areaId)) continue;
    lines.push({
      key: `area:${areaId}`,
      role: 'area',
      areaId,
      name: level.names[areaIndex] ?? areaId,
      points: seriesOf(cells, years, areaCount, areaIndex),
    });
    const parent = level.parentIndex?.[areaIndex] ?? -1;
    if (parent >= 0 && !parents.includes(parent)) {
      parents.push(parent);
      firstChild.set(parent, `area:${areaId}`);
    }
  }
  if (parentLevel && parentCells)
    for (const parent of parents) {
      const parentId = parentLevel.areaIds[parent] ?? '';
      lines.push({
        key: `parent:${parentId}`,
        role: 'parent',
        areaId: parentId,
        name: `${localize(parentLevel.label, query.locale)} ${parentLevel.names[parent] ?? parentId}`,
        points: seriesOf(parentCells, years, parentLevel.areaIds.length, parent),
        childKey: firstChild.get(parent),
      });
    }
  const previewIndex =
    query.previewId == null || query.areaIds.includes(query.previewId)
      ? -1
      : level.areaIds.indexOf(query.previewId as (typeof level.areaIds)[number]);
  if (previewIndex >= 0)
    lines.push({
      key: `preview:${query.previewId}`,
      role: 'preview',
      areaId: query.previewId as string,
      name: level.names[previewIndex] ?? (query.previewId as string),
      points: seriesOf(cells, years, areaCount, previewIndex),
    });
  const city = seriesOf(indicator.city, years, 1, 0);
  lines.push({ key: 'city', role: 'city', areaId: null, name: query.cityLabel, points: city });

  const first = indicator.spec.thresholds?.[0];
  // a neutral indicator's threshold without a direction is drawn as it is defined (as `above`)
  const firstDirection = first ? (thresholdDirection(first, indicator.spec.polarity) ?? 'above') : null;
  const shown: readonly ShownThreshold[] =
    query.thresholds ?? (first && firstDirection ? [{ threshold: first, direction: firstDirection }] : []);
  const parentLine = parents.length === 1 ? lines.find((line) => line.role === 'parent') : undefined;
  const thresholds: ThresholdLine[] = [];
  for (const { threshold: spec, direction } of shown) {
    const limits = (points: readonly TrendPoint[]) =>
      points.map((point) => {
        const value = point.value === null ? Number.NaN : thresholdLimit(spec, direction, point.value);
        return { year: point.year, value: Number.isFinite(value) ? value : null };
      });
    let points: ThresholdLine['points'] | null;
    if (spec.type === 'absolute') points = years.map((year) => ({ year, value: spec.value }));
    else if (spec.type === 'relative' && spec.reference === 'city') points = limits(city);
    else if (spec.type === 'relative') points = parentLine ? limits(parentLine.points) : null;
    else {
      const z = thresholdLimit(spec, direction, Number.NaN);
      points = years.map((year, yearIndex) => {
        const { mean, standardDeviation } = meanAndStandardDeviation(
          cells.values,
          cells.status,
          yearIndex * areaCount,
          areaCount,
          { sd: data.manifest.options.sd },
        );
        const value = mean + z * standardDeviation;
        return { year, value: Number.isFinite(value) ? value : null };
      });
    }
    if (points)
      thresholds.push({ threshold: spec, direction, label: localize(spec.label, query.locale), points });
  }

  const extent = valueExtent([
    ...lines.map((line) => line.points),
    ...thresholds.map((line) =>
      line.points.map((point) => ({ year: point.year, value: point.value, status: 'ok' as const })),
    ),
  ]);
  return { years, lines, thresholds, extent };
}
