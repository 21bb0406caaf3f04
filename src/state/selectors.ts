/**
 * Derived values: computed from the store's inputs by the engine, memoised by input identity so a
 * re-render never recomputes, and nothing derived is stored.
 */
import { deriveDataset } from '../engine';
import type { DerivedDataset } from '../engine/types';
import type { LoadedDataset } from '../io/load-dataset';
import { buildTableView, type TableView } from '../ui/table/table-view';
import type { AppState } from './store';

const derivedByDataset = new WeakMap<LoadedDataset, DerivedDataset>();

/** The engine's derivation of a loaded dataset, computed once per dataset. */
export function derivedOf(dataset: LoadedDataset): DerivedDataset {
  let derived = derivedByDataset.get(dataset);
  if (!derived) {
    derived = deriveDataset(dataset.data);
    derivedByDataset.set(dataset, derived);
  }
  return derived;
}

let lastTable: { key: readonly unknown[]; view: TableView | null } = { key: [], view: null };

/** The indicator table for the chosen level, year, language and sort order. */
export function selectTableView(state: AppState): TableView | null {
  const { dataset, levelId, year, locale, sort } = state;
  const key = [dataset, levelId, year, locale, sort];
  if (key.length === lastTable.key.length && key.every((part, index) => part === lastTable.key[index])) return lastTable.view;
  let view: TableView | null = null;
  if (dataset && year !== null) {
    const levelIndex = Math.max(
      0,
      dataset.data.levels.findIndex((level) => level.id === levelId),
    );
    view = buildTableView(derivedOf(dataset), { levelIndex, year, locale, sort });
  }
  lastTable = { key, view };
  return view;
}
