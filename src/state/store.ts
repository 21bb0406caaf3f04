/**
 * The one store: inputs and choices only (dataset, indicator, year, level, classification, palette,
 * selection, map view). Derived values (rates, breaks, classes, colours) come from selectors, so there
 * is nothing to keep in sync. Plain zustand/vanilla: tests and the URL sync use it without React.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import type { RuleEdit } from '../engine/handlungsbedarf';
import type { Locale } from '../i18n/locale';
import type { Issue } from '../io/issue';
import type { LoadedDataset } from '../io/load-dataset';
import type { ClassificationMethod } from '../manifest/schema';

export type LoadState = 'loading' | 'ready' | 'error';

/** A note for the user that is not about the data, e.g. a URL parameter that could not be used. */
export interface UiNote {
  readonly key: 'invalid-parameter';
  readonly params: Readonly<Record<string, string>>;
}

export interface DataSlice {
  readonly dataset: LoadedDataset | null;
  readonly issues: readonly Issue[];
  readonly loadState: LoadState;
  /** 0..1 while a dataset loads (parsing and derivation run in a worker). */
  readonly loadProgress: number;
  readonly loadStarted: () => void;
  readonly loadProgressed: (progress: number) => void;
  /** Replaces the dataset; choices the new dataset cannot honour fall back to its defaults. */
  readonly datasetLoaded: (dataset: LoadedDataset, issues: readonly Issue[]) => void;
  /** A failed load keeps the dataset that was there and shows why it failed. */
  readonly datasetFailed: (issues: readonly Issue[]) => void;
}

export type SortDirection = 'ascending' | 'descending';

/** The data table's sort: a column ('name', 'parent', 'flag' or an indicator id) and its direction. */
export interface TableSort {
  readonly column: string;
  readonly direction: SortDirection;
}

/** By area name, A to Z. */
export const DEFAULT_SORT: TableSort = { column: 'name', direction: 'ascending' };

/** The centre views: map, data table, and the analysis charts (ranking, scatter, Steckbrief, Bilanzierung). */
export const VIEWS = ['map', 'table', 'ranking', 'scatter', 'profile', 'change'] as const;
export type View = (typeof VIEWS)[number];

/** How the scatter plot colours its points: by the map's class or by parent district. */
export type ScatterColour = 'class' | 'parent';

/** The analysis views' own choices (null = the default the view derives). */
export interface AnalysisChoices {
  /** Scatter x indicator; null = the first other indicator than y. */
  readonly scatterX: string | null;
  /** Scatter y indicator; null = the indicator shown on the map. */
  readonly scatterY: string | null;
  readonly scatterColour: ScatterColour;
  /** Bilanzierung: from year (null = the first year) and to year (null = the shown year). */
  readonly changeFrom: number | null;
  readonly changeTo: number | null;
  /** Data table filters: text in the area name or id, and one parent district (its id). */
  readonly tableFilter: {
    readonly text: string;
    readonly parentId: string | null;
    /** Handlungsbedarf: flagged (`yes`), undecided (`open`) or not flagged (`no`); null = all. */
    readonly flag: 'yes' | 'open' | 'no' | null;
  };
}

/** The user's classification; `null` fields take the indicator's default. */
export interface ClassificationChoice {
  readonly method: ClassificationMethod | null;
  readonly classes: number | null;
  readonly scope: 'per-year' | 'all-years' | null;
  /** Inner breaks for `manual` (ascending, k − 1 of them). */
  readonly breaks: readonly number[] | null;
}

export const NO_CLASSIFICATION_CHOICE: ClassificationChoice = {
  method: null,
  classes: null,
  scope: null,
  breaks: null,
};

export interface ChoiceSlice {
  readonly indicatorId: string | null;
  readonly levelId: string | null;
  readonly year: number | null;
  readonly locale: Locale;
  readonly classification: ClassificationChoice;
  /** ColorBrewer scheme name; `null` = the default for the indicator (sequential or diverging). */
  readonly palette: string | null;
  readonly view: View;
  readonly analysis: AnalysisChoices;
  readonly showLabels: boolean;
  /** Centre of a diverging scheme (changes): no change, or the city value of the shown year. */
  readonly divergingCentre: 'zero' | 'city';
  /** Table sort (TableSort). */
  readonly sort: TableSort;
  /** Changes to the manifest's Handlungsbedarf rules, by rule id (see engine/handlungsbedarf.ts). */
  readonly ruleEdits: Readonly<Record<string, RuleEdit>>;
  /** Whether the Handlungsbedarf flags are drawn on the map. */
  readonly showFlags: boolean;
  readonly setIndicator: (indicatorId: string) => void;
  readonly setLevel: (levelId: string) => void;
  readonly setYear: (year: number) => void;
  readonly setLocale: (locale: Locale) => void;
  readonly setClassification: (choice: Partial<ClassificationChoice>) => void;
  readonly setPalette: (palette: string | null) => void;
  readonly setView: (view: View) => void;
  readonly setAnalysis: (choices: Partial<AnalysisChoices>) => void;
  readonly setShowLabels: (showLabels: boolean) => void;
  readonly setDivergingCentre: (centre: 'zero' | 'city') => void;
  readonly sortBy: (column: string) => void;
  /** Replaces the edits of one rule; `null` returns it to the manifest's. */
  readonly setRuleEdit: (ruleId: string, edit: RuleEdit | null) => void;
  readonly setShowFlags: (showFlags: boolean) => void;
}

export const DEFAULT_ANALYSIS: AnalysisChoices = {
  scatterX: null,
  scatterY: null,
  scatterColour: 'class',
  changeFrom: null,
  changeTo: null,
  tableFilter: { text: '', parentId: null, flag: null },
};

export interface SelectionSlice {
  /** The area shown in the detail panel (id at the current level). */
  readonly selectedId: string | null;
  /** Areas compared with the selected one (Shift/Ctrl-click), without it. */
  readonly comparisonIds: readonly string[];
  /** A legend class whose areas are highlighted. */
  readonly highlightedClass: number | null;
  /** The area under the pointer in a chart (ranking, scatter, Bilanzierung list); not in the URL. */
  readonly hoveredId: string | null;
  readonly setHoveredId: (areaId: string | null) => void;
  /** `replace` selects one area; `toggle` adds it to or removes it from the comparison set. */
  readonly selectArea: (areaId: string | null, mode?: 'replace' | 'toggle') => void;
  readonly setHighlightedClass: (classIndex: number | null) => void;
}

/** Map camera; `origin` tells whether the map or the app moved it, so neither echoes the other. */
export interface Camera {
  readonly center: readonly [number, number];
  readonly zoom: number;
}

export interface ViewSlice {
  /** `null`: fit the map to the data. */
  readonly camera: Camera | null;
  readonly cameraOrigin: 'map' | 'app';
  /** Animation over the years; breaks stay fixed while playing. */
  readonly playing: boolean;
  readonly notes: readonly UiNote[];
  readonly setCamera: (camera: Camera | null, origin: 'map' | 'app') => void;
  readonly setPlaying: (playing: boolean) => void;
  readonly addNotes: (notes: readonly UiNote[]) => void;
  readonly dismissNotes: () => void;
}

export type AppState = DataSlice & ChoiceSlice & SelectionSlice & ViewSlice;

const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  dataset: null,
  issues: [],
  loadState: 'loading',
  loadProgress: 0,
  loadStarted: () => set({ loadProgress: 0 }),
  loadProgressed: (loadProgress) => set({ loadProgress }),
  datasetLoaded: (dataset, issues) =>
    set((state) => {
      const { manifest, years, levels } = dataset.data;
      const defaults = manifest.defaults;
      const indicatorIds = manifest.indicators.map((indicator) => indicator.id);
      const pick = <T>(
        wanted: T | null | undefined,
        allowed: readonly T[],
        fallback: T | undefined,
      ): T | null =>
        wanted !== null && wanted !== undefined && allowed.includes(wanted) ? wanted : (fallback ?? null);
      const levelIds = levels.map((level) => level.id);
      const defaultIndicator = pick(defaults?.indicator, indicatorIds, indicatorIds[0]);
      const defaultYear = pick(defaults?.year, years, years.at(-1));
      const defaultLevel = pick(defaults?.level, levelIds, levelIds[0]);
      const sameDataset = state.dataset?.data.manifest.id === manifest.id;
      return {
        dataset,
        issues,
        loadState: 'ready',
        loadProgress: 1,
        // Choices made before loading (from the URL) survive when the dataset has them.
        indicatorId: pick(state.indicatorId, indicatorIds, defaultIndicator ?? undefined),
        year: pick(state.year, years, defaultYear ?? undefined),
        levelId: pick(state.levelId, levelIds, defaultLevel ?? undefined),
        selectedId: sameDataset || state.dataset === null ? state.selectedId : null,
        comparisonIds: sameDataset || state.dataset === null ? state.comparisonIds : [],
        ruleEdits: sameDataset || state.dataset === null ? state.ruleEdits : {},
        // The analysis choices name indicators, years and districts of one dataset.
        analysis: sameDataset || state.dataset === null ? state.analysis : DEFAULT_ANALYSIS,
        sort: sameDataset || state.dataset === null ? state.sort : DEFAULT_SORT,
        hoveredId: null,
      };
    }),
  datasetFailed: (issues) =>
    set((state) => ({
      issues,
      loadState: state.dataset ? 'ready' : 'error',
      loadProgress: 0,
    })),
});

const createChoiceSlice: StateCreator<AppState, [], [], ChoiceSlice> = (set) => ({
  indicatorId: null,
  levelId: null,
  year: null,
  locale: 'de',
  classification: NO_CLASSIFICATION_CHOICE,
  palette: null,
  view: 'map',
  analysis: DEFAULT_ANALYSIS,
  showLabels: false,
  divergingCentre: 'zero',
  sort: DEFAULT_SORT,
  ruleEdits: {},
  showFlags: true,
  // Manual breaks belong to one indicator's value range; method and class count carry over.
  setIndicator: (indicatorId) =>
    set((state) => ({
      indicatorId,
      highlightedClass: null,
      classification:
        state.classification.method === 'manual'
          ? NO_CLASSIFICATION_CHOICE
          : { ...state.classification, breaks: null },
    })),
  setLevel: (levelId) =>
    set((state) =>
      state.levelId === levelId
        ? {}
        : {
            levelId,
            selectedId: null,
            comparisonIds: [],
            highlightedClass: null,
            hoveredId: null,
            // The district filter names an area of the level above the old one.
            analysis: { ...state.analysis, tableFilter: { ...state.analysis.tableFilter, parentId: null } },
          },
    ),
  setYear: (year) => set({ year }),
  setLocale: (locale) => set({ locale }),
  setClassification: (choice) =>
    set((state) => ({ classification: { ...state.classification, ...choice }, highlightedClass: null })),
  setPalette: (palette) => set({ palette }),
  setView: (view) => set({ view, hoveredId: null }),
  setAnalysis: (choices) => set((state) => ({ analysis: { ...state.analysis, ...choices } })),
  setShowLabels: (showLabels) => set({ showLabels }),
  setDivergingCentre: (divergingCentre) => set({ divergingCentre, highlightedClass: null }),
  sortBy: (column) =>
    set((state) => ({
      sort: {
        column,
        direction:
          state.sort.column === column && state.sort.direction === 'ascending' ? 'descending' : 'ascending',
      },
    })),
  setRuleEdit: (ruleId, edit) =>
    set((state) => {
      const ruleEdits = { ...state.ruleEdits };
      if (edit === null) delete ruleEdits[ruleId];
      else ruleEdits[ruleId] = edit;
      return { ruleEdits };
    }),
  setShowFlags: (showFlags) => set({ showFlags }),
});

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  comparisonIds: [],
  highlightedClass: null,
  hoveredId: null,
  setHoveredId: (hoveredId) => set((state) => (state.hoveredId === hoveredId ? {} : { hoveredId })),
  selectArea: (areaId, mode = 'replace') =>
    set((state) => {
      if (areaId === null) return { selectedId: null, comparisonIds: [] };
      if (mode === 'replace') return { selectedId: areaId, comparisonIds: [] };
      if (state.selectedId === null) return { selectedId: areaId };
      if (areaId === state.selectedId) {
        const [next = null, ...rest] = state.comparisonIds;
        return { selectedId: next, comparisonIds: rest };
      }
      return state.comparisonIds.includes(areaId)
        ? { comparisonIds: state.comparisonIds.filter((id) => id !== areaId) }
        : { comparisonIds: [...state.comparisonIds, areaId] };
    }),
  setHighlightedClass: (highlightedClass) => set({ highlightedClass }),
});

const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  camera: null,
  cameraOrigin: 'app',
  playing: false,
  notes: [],
  setCamera: (camera, cameraOrigin) => set({ camera, cameraOrigin }),
  setPlaying: (playing) => set({ playing }),
  addNotes: (notes) => set((state) => ({ notes: [...state.notes, ...notes] })),
  dismissNotes: () => set({ notes: [] }),
});

/** A new store (the app makes one; tests make their own). */
export function createAppStore() {
  return createStore<AppState>()((...args) => ({
    ...createDataSlice(...args),
    ...createChoiceSlice(...args),
    ...createSelectionSlice(...args),
    ...createViewSlice(...args),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
