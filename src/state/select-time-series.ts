/**
 * The detail panel's time series: its own module, apart from the analysis views' selectors
 * (select-charts.ts), so the first page load does not carry the ranking, scatter and profile models.
 */
import { message } from '../ui/app/messages';
import { buildTimeSeries, ruleThresholds, type TimeSeriesModel } from '../ui/charts/time-series-model';
import { localize } from '../i18n/locale';
import { memoizeSelector } from './memo';
import { selectResolvedRules } from './select-handlungsbedarf';
import { derivedOf, selectLevelIndex } from './selectors';
import type { AppState } from './store';

/** The selected area followed by the comparison areas. */
export const selectChosenAreas = memoizeSelector(
  (state: AppState) => [state.selectedId, state.comparisonIds] as const,
  (selectedId, comparisonIds): readonly string[] =>
    selectedId === null ? [] : [selectedId, ...comparisonIds],
);

export function cityLabelOf(state: AppState): string {
  return localize(state.dataset?.data.manifest.city?.label, state.locale) || message(state.locale, 'city');
}

/**
 * Lines of the time series: chosen areas, their parent districts, a hovered area, the city, and the
 * thresholds: with Handlungsbedarf rules those the enabled rules use (with the user's edits), else
 * the indicator's first threshold.
 */
export const selectTimeSeries = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      selectLevelIndex(state),
      state.indicatorId,
      selectChosenAreas(state),
      state.hoveredId,
      state.locale,
      selectResolvedRules(state),
    ] as const,
  (dataset, levelIndex, indicatorId, areaIds, previewId, locale, rules): TimeSeriesModel | null => {
    if (!dataset || indicatorId === null) return null;
    const { manifest } = dataset.data;
    const thresholds = rules === null ? undefined : ruleThresholds(rules, indicatorId);
    return buildTimeSeries(derivedOf(dataset), {
      levelIndex,
      indicatorId,
      areaIds,
      previewId,
      locale,
      cityLabel: localize(manifest.city?.label, locale) || message(locale, 'city'),
      ...(thresholds ? { thresholds } : {}),
    });
  },
);
