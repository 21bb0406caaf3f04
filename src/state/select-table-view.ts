/**
 * The indicator table view's data, in its own module: only the (lazily loaded) table needs it.
 */
import { buildTableView } from '../ui/table/table-view';
import { memoizeSelector } from './memo';
import { selectShownFlags } from './select-handlungsbedarf';
import { derivedOf, selectLevelIndex } from './selectors';
import type { AppState } from './store';

/** The indicator table for the chosen level, year, language and sort order. */
export const selectTableView = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      selectLevelIndex(state),
      state.year,
      state.locale,
      state.sort,
      selectShownFlags(state),
    ] as const,
  (dataset, levelIndex, year, locale, sort, flags) =>
    dataset && year !== null
      ? buildTableView(derivedOf(dataset), { levelIndex, year, locale, sort, flags })
      : null,
);
