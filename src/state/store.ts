/**
 * The one store: inputs and choices only (the loaded dataset, level, year, language, sort order).
 * Derived values (rates, classes) come from selectors.ts, so there is nothing to keep in sync.
 * Plain zustand/vanilla: the CLI and tests can use it without React.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import type { Locale } from '../i18n/locale';
import type { Issue } from '../io/issue';
import type { LoadedDataset } from '../io/load-dataset';

export type LoadState = 'loading' | 'ready' | 'error';

export interface DataSlice {
  readonly dataset: LoadedDataset | null;
  readonly issues: readonly Issue[];
  readonly loadState: LoadState;
  /** Replaces the dataset and resets choices that the new dataset may not have. */
  readonly datasetLoaded: (dataset: LoadedDataset, issues: readonly Issue[]) => void;
  /** A failed load keeps the dataset that was there. */
  readonly datasetFailed: (issues: readonly Issue[]) => void;
}

export type SortDirection = 'ascending' | 'descending';

export interface ChoiceSlice {
  readonly levelId: string | null;
  readonly year: number | null;
  readonly locale: Locale;
  /** Column key: 'name', 'parent' or an indicator id. */
  readonly sort: { readonly column: string; readonly direction: SortDirection };
  readonly setLevel: (levelId: string) => void;
  readonly setYear: (year: number) => void;
  readonly setLocale: (locale: Locale) => void;
  readonly sortBy: (column: string) => void;
}

export type AppState = DataSlice & ChoiceSlice;

const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  dataset: null,
  issues: [],
  loadState: 'loading',
  datasetLoaded: (dataset, issues) => {
    const { manifest, years, levels } = dataset.data;
    const defaults = manifest.defaults;
    const year = defaults?.year !== undefined && years.includes(defaults.year) ? defaults.year : (years.at(-1) ?? null);
    const levelId = levels.some((level) => level.id === defaults?.level) ? defaults!.level! : (levels[0]?.id ?? null);
    set({ dataset, issues, loadState: 'ready', year, levelId });
  },
  datasetFailed: (issues) => set((state) => ({ issues, loadState: state.dataset ? 'ready' : 'error' })),
});

const createChoiceSlice: StateCreator<AppState, [], [], ChoiceSlice> = (set) => ({
  levelId: null,
  year: null,
  locale: 'de',
  sort: { column: 'name', direction: 'ascending' },
  setLevel: (levelId) => set({ levelId }),
  setYear: (year) => set({ year }),
  setLocale: (locale) => set({ locale }),
  sortBy: (column) =>
    set((state) => ({
      sort: {
        column,
        direction: state.sort.column === column && state.sort.direction === 'ascending' ? 'descending' : 'ascending',
      },
    })),
});

/** A new store (the app makes one; tests make their own). */
export function createAppStore() {
  return createStore<AppState>()((...args) => ({ ...createDataSlice(...args), ...createChoiceSlice(...args) }));
}

export type AppStore = ReturnType<typeof createAppStore>;
