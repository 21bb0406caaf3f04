/**
 * Derived values: computed from the store's inputs by the engine, memoised by input identity so a
 * re-render never recomputes, and nothing derived is stored.
 */
import type { DerivedDataset, DerivedIndicator, LevelData } from '../engine/types';
import type { LoadedDataset } from '../io/load-dataset';
import type { AppState } from './store';

const derivedByDataset = new WeakMap<LoadedDataset, DerivedDataset>();
let fallbackDerive: ((dataset: LoadedDataset) => DerivedDataset) | null = null;

/**
 * The engine's derivation of a loaded dataset, as the loader handed it over (primeDerived). The
 * page never derives here: the engine stays out of the main bundle. Tests that build datasets
 * themselves register the engine with deriveWith.
 */
export function derivedOf(dataset: LoadedDataset): DerivedDataset {
  let derived = derivedByDataset.get(dataset);
  if (!derived) {
    if (!fallbackDerive) throw new Error('derivedOf: dataset was not handed over by the loader');
    derived = fallbackDerive(dataset);
    derivedByDataset.set(dataset, derived);
  }
  return derived;
}

/** Hands over a derivation computed elsewhere (the loading worker), so the main thread does not redo it. */
export function primeDerived(dataset: LoadedDataset, derived: DerivedDataset): void {
  derivedByDataset.set(dataset, derived);
}

/** Lets derivedOf derive datasets nobody primed (unit tests, see tests/setup/derive.ts). */
export function deriveWith(derive: (dataset: LoadedDataset) => DerivedDataset): void {
  fallbackDerive = derive;
}

/** Index of the chosen level in the dataset's levels (0 when nothing is chosen). */
export function selectLevelIndex(state: AppState): number {
  const levels = state.dataset?.data.levels ?? [];
  return Math.max(
    0,
    levels.findIndex((level) => level.id === state.levelId),
  );
}

/** The chosen level's areas, ids and parents. */
export function selectLevel(state: AppState): LevelData | null {
  return state.dataset?.data.levels[selectLevelIndex(state)] ?? null;
}

/** Index of the chosen year in the dataset's years (the newest when nothing valid is chosen). */
export function selectYearIndex(state: AppState): number {
  const years = state.dataset?.data.years ?? [];
  const index = state.year === null ? -1 : years.indexOf(state.year);
  return index >= 0 ? index : Math.max(0, years.length - 1);
}

/** The year shown (the one selectYearIndex points at); 0 without a dataset. */
export function selectShownYear(state: AppState): number {
  return state.dataset?.data.years[selectYearIndex(state)] ?? 0;
}

/** The chosen indicator, derived for every level and the city. */
export function selectIndicator(state: AppState): DerivedIndicator | null {
  if (!state.dataset || state.indicatorId === null) return null;
  return derivedOf(state.dataset).indicators.get(state.indicatorId) ?? null;
}

/** Index of an area id at the chosen level, or -1. */
export function areaIndexOf(level: LevelData | null, areaId: string | null): number {
  if (!level || areaId === null) return -1;
  return level.areaIds.indexOf(areaId as LevelData['areaIds'][number]);
}
