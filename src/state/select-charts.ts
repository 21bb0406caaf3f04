/**
 * Derived data of the analysis views (time series, ranking, scatter, Steckbrief), memoised on the
 * identity of their inputs like the other selectors; the models themselves are pure (src/ui/charts).
 */
import { PROFILE_MAX_AREAS, buildProfile, type ProfileModel } from '../ui/charts/profile-model';
import { buildRanking, type RankingModel } from '../ui/charts/ranking-model';
import { buildScatter, type ScatterModel } from '../ui/charts/scatter-model';
import { numericIndicators } from '../engine/indicator-scale';
import { memoizeSelector } from './memo';
import { selectChosenAreas } from './select-time-series';
import { selectIndicatorMapClasses } from './select-map-classes';
import { derivedOf, selectLevelIndex, selectYearIndex } from './selectors';
import type { AppState } from './store';

/** All areas of the level sorted by the chosen indicator in the shown year, with map classes. */
export const selectRanking = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      selectLevelIndex(state),
      selectYearIndex(state),
      state.indicatorId,
      selectIndicatorMapClasses(state),
    ] as const,
  (dataset, levelIndex, yearIndex, indicatorId, mapClasses): RankingModel | null => {
    if (!dataset || indicatorId === null) return null;
    const indicator = derivedOf(dataset).indicators.get(indicatorId);
    const level = dataset.data.levels[levelIndex];
    const cells = indicator?.levels[levelIndex];
    if (!indicator || !level || !cells) return null;
    return buildRanking({
      level,
      parentLevel: dataset.data.levels[levelIndex + 1] ?? null,
      cells,
      parentCells: indicator.levels[levelIndex + 1] ?? null,
      cityCells: indicator.city,
      yearIndex,
      classes: mapClasses?.levelIndex === levelIndex ? mapClasses.classes : null,
    });
  },
);

/** The scatter axes: y = the chosen one or the map's indicator; x = the chosen one or another indicator. */
export const selectScatterAxes = memoizeSelector(
  (state: AppState) =>
    [state.dataset, state.analysis.scatterX, state.analysis.scatterY, state.indicatorId] as const,
  (dataset, scatterX, scatterY, indicatorId): { readonly x: string; readonly y: string } | null => {
    const ids = numericIndicators(dataset?.data.manifest.indicators ?? []).map((spec) => spec.id);
    const valid = (id: string | null) => (id !== null && ids.includes(id) ? id : null);
    const y = valid(scatterY) ?? valid(indicatorId) ?? ids[0];
    if (y === undefined) return null;
    const x = valid(scatterX) ?? ids.find((id) => id !== y) ?? y;
    return { x, y };
  },
);

/** Points, r and regression line of the scatter plot in the shown year. */
export const selectScatter = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      selectLevelIndex(state),
      selectYearIndex(state),
      selectScatterAxes(state)?.x ?? null,
      selectScatterAxes(state)?.y ?? null,
      selectIndicatorMapClasses(state),
    ] as const,
  (dataset, levelIndex, yearIndex, xId, yId, mapClasses): ScatterModel | null => {
    if (!dataset || xId === null || yId === null) return null;
    const derived = derivedOf(dataset);
    const level = dataset.data.levels[levelIndex];
    const xCells = derived.indicators.get(xId)?.levels[levelIndex];
    const yCells = derived.indicators.get(yId)?.levels[levelIndex];
    if (!level || !xCells || !yCells) return null;
    // "Klasse (Karte)": each point in its area's colour on the map, whichever indicator the map shows.
    const classes = mapClasses?.levelIndex === levelIndex ? mapClasses.classes : null;
    return buildScatter({ level, xCells, yCells, yearIndex, classes });
  },
);

/** The Steckbrief of the chosen areas (up to PROFILE_MAX_AREAS) in the shown year. */
export const selectProfile = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      selectLevelIndex(state),
      selectYearIndex(state),
      selectChosenAreas(state),
      state.locale,
    ] as const,
  (dataset, levelIndex, yearIndex, areaIds, locale): ProfileModel | null =>
    dataset
      ? buildProfile(derivedOf(dataset), {
          levelIndex,
          yearIndex,
          areaIds: areaIds.slice(0, PROFILE_MAX_AREAS),
          locale,
        })
      : null,
);

export { cityLabelOf, selectChosenAreas, selectTimeSeries } from './select-time-series';
