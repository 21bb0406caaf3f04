/**
 * Derived values for the side panels (catalogue, detail panel): memoised on the identity of their
 * inputs, because they return new objects and React's useSyncExternalStore needs the same one back
 * while nothing changed.
 */
import { message } from '../ui/app/messages';
import { buildCatalogue, type CatalogueGroup } from '../ui/panels/catalogue-model';
import {
  buildCityOverview,
  buildComparison,
  buildDetail,
  type CityOverview,
  type ComparisonRow,
  type DetailQuery,
  type DetailView,
} from '../ui/panels/detail-model';
import { memoizeSelector } from './memo';
import { derivedOf, selectLevelIndex, selectYearIndex } from './selectors';
import type { AppState } from './store';

/** The indicator catalogue, grouped by topic in the chosen language. */
export const selectCatalogue: (state: AppState) => readonly CatalogueGroup[] = memoizeSelector(
  (state: AppState) => [state.dataset, state.locale] as const,
  (dataset, locale) =>
    dataset
      ? buildCatalogue(dataset.data.manifest.indicators, locale, message(locale, 'catalogueOther'))
      : [],
);

function queryOf(levelIndex: number, yearIndex: number, indicatorId: string, locale: AppState['locale']) {
  return {
    levelIndex,
    yearIndex,
    indicatorId,
    locale,
    cityFallbackLabel: message(locale, 'city'),
  } satisfies DetailQuery;
}

/** The selected area's details at the chosen level and year, or null when nothing (valid) is selected. */
export const selectDetail: (state: AppState) => DetailView | null = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      selectLevelIndex(state),
      selectYearIndex(state),
      state.indicatorId,
      state.selectedId,
      state.locale,
    ] as const,
  (dataset, levelIndex, yearIndex, indicatorId, selectedId, locale) =>
    dataset && indicatorId !== null && selectedId !== null
      ? buildDetail(derivedOf(dataset), queryOf(levelIndex, yearIndex, indicatorId, locale), selectedId)
      : null,
);

/** The city overview for the chosen indicator, level and year (the panel's state without a selection). */
export const selectCityOverview: (state: AppState) => CityOverview | null = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      selectLevelIndex(state),
      selectYearIndex(state),
      state.indicatorId,
      state.locale,
    ] as const,
  (dataset, levelIndex, yearIndex, indicatorId, locale) =>
    dataset && indicatorId !== null
      ? buildCityOverview(derivedOf(dataset), queryOf(levelIndex, yearIndex, indicatorId, locale))
      : null,
);

const NO_ROWS: readonly ComparisonRow[] = [];

/** The comparison areas with their values and ranks. */
export const selectComparison: (state: AppState) => readonly ComparisonRow[] = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      selectLevelIndex(state),
      selectYearIndex(state),
      state.indicatorId,
      state.comparisonIds,
      state.locale,
    ] as const,
  (dataset, levelIndex, yearIndex, indicatorId, comparisonIds, locale) =>
    dataset && indicatorId !== null && comparisonIds.length > 0
      ? buildComparison(
          derivedOf(dataset),
          queryOf(levelIndex, yearIndex, indicatorId, locale),
          comparisonIds,
        )
      : NO_ROWS,
);
