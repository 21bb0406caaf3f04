/**
 * The time series chart's data: the selected and compared areas, their parent districts and the city
 * over all years for one indicator, plus the indicator's threshold as a line where one is defined.
 * Missing years stay gaps with their reason (TrendPoint.status). Pure, so it is unit-tested.
 */
import { meanAndStandardDeviation } from '../../engine/z-scores';
import type { DerivedDataset } from '../../engine/types';
import { localize, type Locale } from '../../i18n/locale';
import type { ThresholdSpec } from '../../manifest/schema';
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
}

/** The threshold line: one value per year (null where its reference is missing). */
export interface ThresholdLine {
  readonly threshold: ThresholdSpec;
  readonly label: string;
  readonly points: readonly { readonly year: number; readonly value: number | null }[];
}

export interface TimeSeriesModel {
  readonly years: readonly number[];
  /** Areas first (in selection order), then their parent districts (each once), the preview, the city. */
  readonly lines: readonly TimeSeriesLine[];
  readonly threshold: ThresholdLine | null;
  /** Smallest and largest value of all lines and the threshold; null when nothing has a value. */
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
}

/**
 * Builds the lines of the time series. The threshold line follows the indicator's first threshold:
 * an absolute value is flat; "relative to the city" moves with the city value (ratio × city or
 * city + difference); "relative to the parent" is drawn when all areas share one parent; a z-score
 * threshold is mean + z × SD of the level's areas in each year (the manifest's SD convention).
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
    if (parent >= 0 && !parents.includes(parent)) parents.push(parent);
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

  const spec = indicator.spec.thresholds?.[0];
  let threshold: ThresholdLine | null = null;
  if (spec) {
    const reference = (points: readonly TrendPoint[]) =>
      points.map((point) => ({
        year: point.year,
        value:
          point.value === null
            ? null
            : spec.type === 'relative' && spec.mode === 'ratio'
              ? point.value * spec.value
              : point.value + spec.value,
      }));
    let points: ThresholdLine['points'] | null = null;
    if (spec.type === 'absolute') points = years.map((year) => ({ year, value: spec.value }));
    else if (spec.type === 'relative' && spec.reference === 'city') points = reference(city);
    else if (spec.type === 'relative' && parents.length === 1) {
      const parentLine = lines.find((line) => line.role === 'parent');
      if (parentLine) points = reference(parentLine.points);
    } else if (spec.type === 'z-score')
      points = years.map((year, yearIndex) => {
        const { mean, standardDeviation } = meanAndStandardDeviation(
          cells.values,
          cells.status,
          yearIndex * areaCount,
          areaCount,
          { sd: data.manifest.options.sd },
        );
        const value = mean + spec.value * standardDeviation;
        return { year, value: Number.isFinite(value) ? value : null };
      });
    if (points) threshold = { threshold: spec, label: localize(spec.label, query.locale), points };
  }

  const extent = valueExtent([
    ...lines.map((line) => line.points),
    threshold
      ? threshold.points.map((point) => ({ year: point.year, value: point.value, status: 'ok' as const }))
      : [],
  ]);
  return { years, lines, threshold, extent };
}
