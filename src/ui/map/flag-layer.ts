/**
 * Puts the Handlungsbedarf flags on the map: per level, the hatch and outline layers (flag-style.ts)
 * on the level's source, filtered to the areas flagged in some year under the current rules, with
 * the shown year's flags as feature state `hb` (the first view's as property `hb`, written into the
 * source: firstViewFlags), kept in step with the store by a subscription. A change of year only sets
 * feature state; a change of rules that changes which areas are ever flagged replaces the filter.
 * Added only when the dataset has rules, so other datasets pay nothing.
 */
import type * as maplibregl from 'maplibre-gl';
import type { LevelFlags } from '../../engine/handlungsbedarf';
import type { LoadedDataset } from '../../io/load-dataset';
import { selectFlags, selectShownFlags } from '../../state/select-handlungsbedarf';
import { selectLevelIndex } from '../../state/selectors';
import type { AppState, AppStore } from '../../state/store';
import {
  FLAG_IMAGE,
  flagFilter,
  flaggedInSomeYear,
  flagHatchImage,
  flagLayerIdsOf,
  flagLayers,
  flagStates,
} from './flag-style';
import { flagLayersBelowId, sourceIdOf } from './map-style';
import { addOwnLayer, setLayerVisibility } from './own-layers';

/** The shown level's flags of the first view, written into its source as property `hb`. */
export interface FirstViewFlags {
  readonly levelIndex: number;
  /** Per area: 1 flagged in the shown year, else 0 (flagStates). */
  readonly states: Uint8Array;
}

/**
 * The flags the first view shows, for the map to write into the shown level's source (so the first
 * paint needs no feature state, see area-source.ts); null for a dataset without rules.
 */
export function firstViewFlags(state: AppState): FirstViewFlags | null {
  const view = selectFlags(state);
  if (view === null) return null;
  return {
    levelIndex: selectLevelIndex(state),
    states: flagStates(selectShownFlags(state), true, view.flags.areaCount),
  };
}

/** What the flag layer publishes on `window.__qmFlags` for e2e tests (read-only for them). */
export interface FlagProbe {
  /** Index of the level whose flags are painted. */
  levelIndex: number;
  /** Per area of that level, 1 where a flag is shown (all 0 while flags are switched off). */
  states: Uint8Array | null;
}

declare global {
  interface Window {
    __qmFlags?: FlagProbe;
  }
}

/**
 * Adds each level's flag layers above the fills and parent lines (below hover and selection:
 * map-style.ts flagLayersBelowId) as the level is shown, and paints them; returns how to remove them
 * again. `first` is what the map wrote into the shown level's source (firstViewFlags). Does
 * nothing for a dataset without rules.
 */
export function connectFlagLayer(
  map: maplibregl.Map,
  store: AppStore,
  dataset: LoadedDataset,
  first: FirstViewFlags | null,
): () => void {
  if ((dataset.data.manifest.handlungsbedarf ?? []).length === 0) return () => {};
  const { levels } = dataset.data;
  const levelIds = levels.map((level, index) => (dataset.geometry[index] ? level.id : null));
  // No level with geometry: nothing to draw on.
  if (levelIds.every((id) => id === null)) return () => {};
  if (!map.hasImage(FLAG_IMAGE)) map.addImage(FLAG_IMAGE, flagHatchImage());
  // Per level: the areas its flag layers draw (null: no layers yet) and the `hb` states as painted,
  // those of the first view as the source's property.
  const members: (readonly number[] | null)[] = levels.map(() => null);
  const painted: (Uint8Array | null)[] = levels.map((_, index) =>
    first?.levelIndex === index ? first.states : null,
  );
  const probe: FlagProbe = { levelIndex: -1, states: null };
  window.__qmFlags = probe;
  // The areas flagged in some year follow the evaluated rules (memoised by selectFlags), not the
  // year: worked out once per evaluation, not on every change of year.
  let everFlagged: { readonly flags: LevelFlags; readonly areas: readonly number[] } | null = null;
  const flaggedAreasOf = (flags: LevelFlags) => {
    if (everFlagged?.flags !== flags)
      everFlagged = { flags, areas: flaggedInSomeYear(flags.any, flags.areaCount) };
    return everFlagged.areas;
  };

  const apply = (state: AppState) => {
    const levelIndex = selectLevelIndex(state);
    const levelId = levelIds[levelIndex];
    const view = selectFlags(state);
    if (levelId && view) {
      const areaCount = view.flags.areaCount;
      // The shown year's flags whether or not flags are shown: switching them off hides the layers.
      const next = flagStates(selectShownFlags(state), true, areaCount);
      const areas = flaggedAreasOf(view.flags);
      const source = sourceIdOf(levelId);
      const before = members[levelIndex] ?? null;
      const ids = flagLayerIdsOf(levelId);
      const otherAreas =
        before !== null &&
        (before.length !== areas.length || before.some((area, index) => area !== areas[index]));
      if (before === null) {
        // First time this level is shown: its layers.
        const below = flagLayersBelowId(map.getLayersOrder(), levelIds);
        for (const layer of flagLayers(levelId, areas)) addOwnLayer(map, layer, below);
      } else if (otherAreas) {
        // Other areas are flagged in some year now (rules edited): a new filter. MapLibre's worker
        // cuts the level's tiles again; meanwhile the old ones show the new states too.
        const filter = flagFilter(areas);
        for (const layerId of Object.values(ids)) map.setFilter(layerId, filter, { validate: false });
      }
      // Every area's state when the areas changed (one that left and came back may hold a stale
      // state), else only the changed ones; none for the first view, written into the source.
      const previous = otherAreas ? null : painted[levelIndex];
      for (const area of areas)
        if (previous?.[area] !== next[area]) map.setFeatureState({ source, id: area }, { hb: next[area] });
      members[levelIndex] = areas;
      painted[levelIndex] = next;
      probe.levelIndex = levelIndex;
      probe.states = state.showFlags ? next : new Uint8Array(areaCount);
    }
    // Only the shown level's flags, and only while flags are shown: hidden layers cost no frame time.
    levelIds.forEach((id, index) => {
      if (id === null || members[index] === null) return;
      const visibility = index === levelIndex && state.showFlags ? 'visible' : 'none';
      for (const layerId of Object.values(flagLayerIdsOf(id))) setLayerVisibility(map, layerId, visibility);
    });
  };
  apply(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    // Another dataset: the map disconnects this one (its subscription may run first).
    if (state.dataset !== dataset) return;
    if (
      state.dataset === previous.dataset &&
      state.levelId === previous.levelId &&
      state.year === previous.year &&
      state.ruleEdits === previous.ruleEdits &&
      state.showFlags === previous.showFlags
    )
      return;
    apply(state);
  });
  return () => {
    unsubscribe();
    try {
      levelIds.forEach((levelId) => {
        if (levelId === null) return;
        for (const layerId of Object.values(flagLayerIdsOf(levelId)))
          if (map.getLayer(layerId)) map.removeLayer(layerId);
      });
    } catch {
      // The map was removed first (unmount): nothing left to clean.
    }
  };
}
