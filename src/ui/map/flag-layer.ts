/**
 * Puts the Handlungsbedarf flags on the map: the hatch and outline layers of each level
 * (flag-style.ts), painted through the feature state `hb` on the level's source, kept in step with
 * the store by a subscription. Added only when the dataset has rules, so other datasets pay nothing.
 * The first view's flags are already in the source's properties (firstFlagStates, written by the
 * map when it adds the source).
 */
import type * as maplibregl from 'maplibre-gl';
import type { LoadedDataset } from '../../io/load-dataset';
import { selectShownFlags } from '../../state/select-handlungsbedarf';
import { selectLevelIndex } from '../../state/selectors';
import type { AppState, AppStore } from '../../state/store';
import { FLAG_IMAGE, flagHatchImage, flagLayerIdsOf, flagLayers, flagStates } from './flag-style';
import { addOwnLayer, setLayerVisibility } from './own-layers';
import { layerIdsOf, sourceIdOf } from './map-style';

/** What the flag layer publishes on `window.__qmFlags` for e2e tests (read-only for them). */
export interface FlagProbe {
  /** Index of the level whose flags are painted. */
  levelIndex: number;
  /** Feature-state `hb` per area of that level, as painted. */
  states: Uint8Array | null;
}

declare global {
  interface Window {
    __qmFlags?: FlagProbe;
  }
}

/**
 * The flags of the first view, per area of the shown level (1 flagged), or null for a dataset
 * without rules: the map writes them into the level's source as property `hb`, so the first paint
 * needs no feature-state pass, and the flag layer starts from them.
 */
export function firstFlagStates(state: AppState, dataset: LoadedDataset): Uint8Array | null {
  if ((dataset.data.manifest.handlungsbedarf ?? []).length === 0) return null;
  const areaCount = dataset.data.levels[selectLevelIndex(state)]?.areaIds.length ?? 0;
  return flagStates(selectShownFlags(state), state.showFlags, areaCount);
}

/** Flags the map has written into a level's source as property `hb` (see firstFlagStates). */
export interface BakedFlags {
  readonly levelIndex: number;
  readonly states: Uint8Array;
}

/**
 * Adds the flag layers above the fills (below the first level's outlines) and paints them, from
 * `baked` on (null: nothing in the source, every flag by feature state); returns the function that
 * removes them again. Does nothing for a dataset without rules.
 */
export function connectFlagLayer(
  map: maplibregl.Map,
  store: AppStore,
  dataset: LoadedDataset,
  baked: BakedFlags | null,
): () => void {
  if ((dataset.data.manifest.handlungsbedarf ?? []).length === 0) return () => {};
  const { levels } = dataset.data;
  const levelIds = levels.map((level, index) => (dataset.geometry[index] ? level.id : null));
  const firstLevel = levelIds.find((id): id is string => id !== null);
  if (firstLevel === undefined) return () => {};
  if (!map.hasImage(FLAG_IMAGE)) map.addImage(FLAG_IMAGE, flagHatchImage());
  const below = map.getLayer(layerIdsOf(firstLevel).outline) ? layerIdsOf(firstLevel).outline : undefined;
  const areaCountOf = (levelIndex: number) => levels[levelIndex]?.areaIds.length ?? 0;
  const painted: (Uint8Array | null)[] = levels.map(() => null);
  if (baked) painted[baked.levelIndex] = baked.states;
  const added: string[] = [];
  levelIds.forEach((levelId) => {
    if (levelId === null) return;
    for (const layer of flagLayers(levelId)) {
      addOwnLayer(map, layer, below);
      added.push(layer.id);
    }
  });
  const probe: FlagProbe = { levelIndex: -1, states: null };
  window.__qmFlags = probe;

  let shownLevel = -1;
  const apply = (state: AppState) => {
    const levelIndex = selectLevelIndex(state);
    if (levelIndex !== shownLevel) {
      levelIds.forEach((levelId, index) => {
        if (levelId === null) return;
        const visibility = index === levelIndex ? 'visible' : 'none';
        for (const id of Object.values(flagLayerIdsOf(levelId))) setLayerVisibility(map, id, visibility);
      });
      shownLevel = levelIndex;
    }
    const levelId = levelIds[levelIndex];
    if (!levelId) return;
    const areaCount = areaCountOf(levelIndex);
    const next = flagStates(selectShownFlags(state), state.showFlags, areaCount);
    const previous = painted[levelIndex] ?? null;
    const source = sourceIdOf(levelId);
    for (let area = 0; area < areaCount; area++) {
      if (previous === null || previous[area] !== next[area])
        map.setFeatureState({ source, id: area }, { hb: next[area] });
    }
    painted[levelIndex] = next;
    probe.levelIndex = levelIndex;
    probe.states = next;
  };
  apply(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
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
      for (const id of added) if (map.getLayer(id)) map.removeLayer(id);
    } catch {
      // The map was removed first (unmount): nothing left to clean.
    }
  };
}
