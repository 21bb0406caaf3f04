/**
 * Keeps the store and the address bar in step: the URL is read into the store on start and on
 * back/forward; store changes are written back. Discrete choices (indicator, year, level,
 * classification, palette, selection, view, labels, language) add a history entry; camera moves and
 * animation frames replace the current one. Serialised strings are compared, so neither side echoes
 * the other.
 */
import type { LoadedDataset } from '../io/load-dataset';
import type { AnalysisChoices, AppState, AppStore, ClassificationChoice } from './store';
import { sameRuleEdits } from './rule-edits-url';
import { datasetParam } from './url-params';
import { DATASET_KEYS, parseUrlState, serialiseUrlState, type UrlChoices } from './url-state';

export interface UrlSyncOptions {
  /** Loads another dataset (`null` = demo) when back/forward lands on a URL that names it. */
  readonly load: (source: string | null) => Promise<void> | void;
  /** The `dataset=` source a loaded dataset was asked for (`null` = demo); undefined when unknown. */
  readonly requestedSourceOf: (dataset: LoadedDataset) => string | null | undefined;
  /** The source it was actually loaded from (differs when a request was refused). */
  readonly sourceOf: (dataset: LoadedDataset) => string | null | undefined;
  /** Quiet time before a camera move is written (ms). */
  readonly cameraDelayMs?: number;
}

/** The URL's view of the store's state. */
export function urlChoicesOf(state: AppState, source: string | null): UrlChoices {
  return {
    dataset: source,
    indicatorId: state.indicatorId,
    levelId: state.levelId,
    year: state.year,
    view: state.view,
    analysis: state.analysis,
    sort: state.sort,
    classification: state.classification,
    palette: state.palette,
    selectedId: state.selectedId,
    comparisonIds: state.comparisonIds,
    camera: state.camera,
    showLabels: state.showLabels,
    divergingCentre: state.divergingCentre,
    ruleEdits: state.ruleEdits,
    showFlags: state.showFlags,
    locale: state.locale,
  };
}

function sameClassification(a: ClassificationChoice, b: ClassificationChoice): boolean {
  return (
    a.method === b.method &&
    a.classes === b.classes &&
    a.scope === b.scope &&
    (a.breaks === b.breaks ||
      (a.breaks !== null &&
        b.breaks !== null &&
        a.breaks.length === b.breaks.length &&
        a.breaks.every((value, index) => value === b.breaks![index])))
  );
}

function sameAnalysis(a: AnalysisChoices, b: AnalysisChoices): boolean {
  return (
    a.scatterX === b.scatterX &&
    a.scatterY === b.scatterY &&
    a.scatterColour === b.scatterColour &&
    a.changeFrom === b.changeFrom &&
    a.changeTo === b.changeTo &&
    a.tableFilter.text === b.tableFilter.text &&
    a.tableFilter.parentId === b.tableFilter.parentId &&
    a.tableFilter.flag === b.tableFilter.flag
  );
}

/**
 * Puts the URL's choices into the store, touching only what differs (no needless re-renders).
 * Without `withDataset`, indicator, level, year and areas stay as they are: they belong to a dataset
 * that is still loading.
 */
function applyChoices(store: AppStore, choices: UrlChoices, { withDataset }: { withDataset: boolean }): void {
  const state = store.getState();
  const patch: { -readonly [Key in keyof AppState]?: AppState[Key] } = {};
  if (withDataset) {
    if (choices.indicatorId !== state.indicatorId) patch.indicatorId = choices.indicatorId;
    if (choices.levelId !== state.levelId) patch.levelId = choices.levelId;
    if (choices.year !== state.year) patch.year = choices.year;
    if (choices.selectedId !== state.selectedId) patch.selectedId = choices.selectedId;
    if (
      choices.comparisonIds.length !== state.comparisonIds.length ||
      choices.comparisonIds.some((id, index) => id !== state.comparisonIds[index])
    )
      patch.comparisonIds = choices.comparisonIds;
    if (!sameRuleEdits(choices.ruleEdits, state.ruleEdits)) patch.ruleEdits = choices.ruleEdits;
  }
  if (choices.view !== state.view) patch.view = choices.view;
  if (withDataset && !sameAnalysis(choices.analysis, state.analysis)) patch.analysis = choices.analysis;
  if (
    withDataset &&
    (choices.sort.column !== state.sort.column || choices.sort.direction !== state.sort.direction)
  )
    patch.sort = choices.sort;
  if (choices.locale !== state.locale) patch.locale = choices.locale;
  if (choices.palette !== state.palette) patch.palette = choices.palette;
  if (choices.showLabels !== state.showLabels) patch.showLabels = choices.showLabels;
  if (choices.divergingCentre !== state.divergingCentre) patch.divergingCentre = choices.divergingCentre;
  if (choices.showFlags !== state.showFlags) patch.showFlags = choices.showFlags;
  if (!sameClassification(choices.classification, state.classification))
    patch.classification = choices.classification;
  // A URL without a camera keeps the map where it is (the map fits the data on first load).
  const camera = choices.camera;
  if (
    camera !== null &&
    (state.camera === null ||
      camera.zoom !== state.camera.zoom ||
      camera.center[0] !== state.camera.center[0] ||
      camera.center[1] !== state.camera.center[1])
  ) {
    patch.camera = camera;
    patch.cameraOrigin = 'app';
  }
  if ('indicatorId' in patch || 'levelId' in patch || 'classification' in patch)
    patch.highlightedClass = null;
  if (Object.keys(patch).length > 0) store.setState(patch);
}

/**
 * The query string without the camera and the table's search text, to tell a discrete change from a
 * camera move or typing (those replace the current history entry after a quiet time).
 */
function withoutCamera(search: string): string {
  return search.replace(/([?&])(?:m|q)=[^&]*&?/g, '$1').replace(/[?&]$/, '');
}

/**
 * Starts the two-way sync between the store and `win.location`/`win.history`; returns a stop function.
 * Parameters that need the dataset (indicator, level, year, areas) are kept as written until it has
 * loaded, then checked; each one that cannot be used shows a note and falls back to its default.
 */
export function startUrlSync(store: AppStore, win: Window, options: UrlSyncOptions): () => void {
  const cameraDelayMs = options.cameraDelayMs ?? 400;
  const initial = parseUrlState(win.location.search, null);
  // Before loading, the dataset's choices are kept as written; the store's datasetLoaded checks them.
  applyChoices(store, initial.choices, { withDataset: true });
  if (initial.notes.length > 0) store.getState().addNotes(initial.notes);

  /** The query string the current history entry holds (as we wrote or read it). */
  let written: string | null = null;
  let appliedDataset: LoadedDataset | null = null;
  let applying = false;
  let cameraTimer: ReturnType<typeof setTimeout> | null = null;
  let pendingCamera: string | null = null;
  // Back/forward to another dataset's entry: nothing is written until that dataset is there (or
  // failed to load); the store's interim state (old dataset, new view) is no address of its own.
  let awaitingDataset = false;

  const urlOf = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;
  const sourceOf = (dataset: LoadedDataset) => options.sourceOf(dataset) ?? null;
  const serialise = (state: AppState) =>
    state.dataset
      ? serialiseUrlState(urlChoicesOf(state, sourceOf(state.dataset)), state.dataset.data)
      : null;
  // History writes wait until the browser is idle after the change's frame: a pushState costs 1–3 ms,
  // which came before the map's repaint after a change of year, and then before the frame after it
  // (benchmarks.md). At most 250 ms (a hidden tab draws no frames). One write waits at a time; a new
  // one makes the waiting one first, so every change still gets its own entry.
  let pendingWrite: { readonly push: boolean; readonly search: string } | null = null;
  let writeTimer: ReturnType<typeof setTimeout> | null = null;
  let writeFrame: number | null = null;
  let writeIdle: number | null = null;
  const dropWrite = () => {
    if (writeTimer !== null) clearTimeout(writeTimer);
    if (writeFrame !== null) win.cancelAnimationFrame(writeFrame);
    if (writeIdle !== null) win.cancelIdleCallback(writeIdle);
    writeTimer = null;
    writeFrame = null;
    writeIdle = null;
    pendingWrite = null;
  };
  const flushWrite = () => {
    const write = pendingWrite;
    dropWrite();
    if (write?.push) win.history.pushState(null, '', urlOf(write.search));
    else if (write) win.history.replaceState(win.history.state, '', urlOf(write.search));
  };
  const scheduleWrite = (push: boolean, search: string) => {
    flushWrite();
    pendingWrite = { push, search };
    if (typeof win.requestIdleCallback === 'function') {
      writeIdle = win.requestIdleCallback(flushWrite, { timeout: 250 });
      return;
    }
    // Without idle callbacks (Safari): a task after the next frame.
    writeFrame = win.requestAnimationFrame(() => {
      writeFrame = null;
      if (writeTimer !== null) clearTimeout(writeTimer);
      writeTimer = setTimeout(flushWrite, 0);
    });
    writeTimer = setTimeout(flushWrite, 250);
  };
  const flushCamera = () => {
    flushWrite();
    if (cameraTimer !== null) clearTimeout(cameraTimer);
    cameraTimer = null;
    if (pendingCamera !== null) win.history.replaceState(win.history.state, '', urlOf(pendingCamera));
    pendingCamera = null;
  };
  const cancelCamera = () => {
    if (cameraTimer !== null) clearTimeout(cameraTimer);
    cameraTimer = null;
    pendingCamera = null;
  };

  /** Reads the current URL into the store, now that a dataset is there, and writes back its canonical form. */
  const adoptUrl = (dataset: LoadedDataset, { notes }: { notes: 'dataset' | 'all' }) => {
    const parsed = parseUrlState(win.location.search, dataset.data);
    applying = true;
    try {
      applyChoices(store, parsed.choices, { withDataset: true });
    } finally {
      applying = false;
    }
    const shown =
      notes === 'all'
        ? parsed.notes
        : parsed.notes.filter((note) => DATASET_KEYS.has(note.params.name ?? ''));
    if (shown.length > 0) store.getState().addNotes(shown);
    cancelCamera();
    written = serialise(store.getState());
    // Invalid parameters are gone from the address, so a reload does not repeat the note.
    if (written !== null && written !== win.location.search)
      win.history.replaceState(win.history.state, '', urlOf(written));
  };

  const unsubscribe = store.subscribe((state) => {
    if (!state.dataset || applying) return;
    if (state.dataset !== appliedDataset) {
      // A waiting write belongs to the dataset before; made after adoptUrl, it would undo it.
      flushWrite();
      awaitingDataset = false;
      const previous = appliedDataset;
      appliedDataset = state.dataset;
      const requested = options.requestedSourceOf(state.dataset);
      if (previous === null || requested === datasetParam(win.location.search)) {
        // The first dataset, or the one the URL (back/forward) asked for: the URL says the view.
        adoptUrl(state.dataset, { notes: previous === null ? 'dataset' : 'all' });
        return;
      }
      // Another dataset opened from within the app: a new history entry (below).
    }
    if (awaitingDataset) return;
    const next = serialise(state);
    if (next === null || next === written) return;
    const discrete = written === null || withoutCamera(next) !== withoutCamera(written);
    if (discrete && !state.playing) {
      flushCamera();
      scheduleWrite(true, next);
    } else if (discrete) {
      // Playing: one entry for the whole animation, not one per frame.
      cancelCamera();
      scheduleWrite(false, next);
    } else {
      flushWrite();
      pendingCamera = next;
      if (cameraTimer !== null) clearTimeout(cameraTimer);
      cameraTimer = setTimeout(flushCamera, cameraDelayMs);
    }
    written = next;
  });

  const onPopState = () => {
    // A write still waiting belongs to the entry just left; made now, it would cut off forward history.
    dropWrite();
    cancelCamera();
    const state = store.getState();
    const wanted = datasetParam(win.location.search);
    if (state.dataset && (options.requestedSourceOf(state.dataset) ?? null) !== wanted) {
      // Another dataset: what needs no dataset now, the rest when it has loaded (see subscribe).
      const parsed = parseUrlState(win.location.search, null);
      awaitingDataset = true;
      applying = true;
      try {
        applyChoices(store, parsed.choices, { withDataset: false });
      } finally {
        applying = false;
      }
      void Promise.resolve(options.load(wanted)).then(() => {
        if (datasetParam(win.location.search) !== wanted) return; // superseded (and its flag with it)
        awaitingDataset = false;
        const current = store.getState();
        if (!current.dataset) return;
        if ((options.requestedSourceOf(current.dataset) ?? null) === wanted) return; // loaded
        // The load failed and the dataset that was there stays: the address says so again.
        written = serialise(current);
        if (written !== null) win.history.replaceState(win.history.state, '', urlOf(written));
      });
      return;
    }
    awaitingDataset = false;
    if (state.dataset) adoptUrl(state.dataset, { notes: 'all' });
    else applyChoices(store, parseUrlState(win.location.search, null).choices, { withDataset: true });
  };
  win.addEventListener('popstate', onPopState);
  // Leaving the page: the waiting write first, so going back returns to this view. (A reload takes
  // the address before pagehide: one before the waiting write reloads the view before the change.)
  win.addEventListener('pagehide', flushCamera);

  return () => {
    flushCamera();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', flushCamera);
  };
}
