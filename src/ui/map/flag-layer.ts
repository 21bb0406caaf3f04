/**
 * Puts the Handlungsbedarf flags on the map: the hatch and outline layers of each level
 * (flag-style.ts), painted through the feature state `hb` on the level's flag source (its geometry
 * once more, see flagSourceIdOf), kept in step with the store by a subscription. Added only when
 * the dataset has rules, so other datasets pay nothing.
 */
import type * as maplibregl from 'maplibre-gl';
import type { LoadedDataset } from '../../io/load-dataset';
import { selectShownFlags } from '../../state/select-handlungsbedarf';
import { selectLevelIndex } from '../../state/selectors';
import type { AppState, AppStore } from '../../state/store';
import {
  FLAG_IMAGE,
  flagHatchImage,
  flagLayerIdsOf,
  flagLayers,
  flagSourceIdOf,
  flagStates,
} from './flag-style';
import { addAreaSource } from './area-source';
import { setLayerVisibility } from './layer-visibility';
import { layerIdsOf } from './map-style';

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
 * Adds the flag layers above the fills (below the first level's outlines) and paints them; returns
 * the function that removes them again. Does nothing for a dataset without rules.
 */
export function connectFlagLayer(map: maplibregl.Map, store: AppStore, dataset: LoadedDataset): () => void {
  if ((dataset.data.manifest.handlungsbedarf ?? []).length === 0) return () => {};
  const { levels } = dataset.data;
  const levelIds = levels.map((level, index) => (dataset.geometry[index] ? level.id : null));
  const firstLevel = levelIds.find((id): id is string => id !== null);
  if (firstLevel === undefined) return () => {};
  if (!map.hasImage(FLAG_IMAGE)) map.addImage(FLAG_IMAGE, flagHatchImage());
  const below = map.getLayer(layerIdsOf(firstLevel).outline) ? layerIdsOf(firstLevel).outline : undefined;
  const areaCountOf = (levelIndex: number) => levels[levelIndex]?.areaIds.length ?? 0;
  // The first view's flags go into the source's properties: no feature-state pass as tiles arrive.
  const initial = store.getState();
  const initialLevel = selectLevelIndex(initial);
  const initialStates = flagStates(selectShownFlags(initial), initial.showFlags, areaCountOf(initialLevel));
  const painted: (Uint8Array | null)[] = levels.map(() => null);
  const added: string[] = [];
  const sources: string[] = [];
  levelIds.forEach((levelId, levelIndex) => {
    const geometry = dataset.geometry[levelIndex];
    if (levelId === null || !geometry) return;
    const first = levelIndex === initialLevel ? initialStates : null;
    const source = flagSourceIdOf(levelId);
    addAreaSource(map, source, geometry, first ? (area) => ({ hb: first[area] ?? 0 }) : null);
    sources.push(source);
    painted[levelIndex] = first;
    for (const layer of flagLayers(levelId)) {
      map.addLayer(layer, below);
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
    const source = flagSourceIdOf(levelId);
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
      // Only once no layer uses them (removeSource throws otherwise).
      for (const id of sources) if (map.getSource(id)) map.removeSource(id);
    } catch {
      // The map was removed first (unmount): nothing left to clean.
    }
  };
}
