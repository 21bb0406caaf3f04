/**
 * Puts the Handlungsbedarf flags on the map: per level, a small source holding the areas flagged in
 * some year under the current rules, with the hatch and outline layers (flag-style.ts) drawn from
 * it and the shown year's flags as feature state `hb`, kept in step with the store by a
 * subscription. A change of year only sets feature state; a change of rules or level that changes
 * which areas are ever flagged replaces the source's data. Added only when the dataset has rules,
 * so other datasets pay nothing.
 */
import type * as maplibregl from 'maplibre-gl';
import type { LevelFlags } from '../../engine/handlungsbedarf';
import type { LoadedDataset } from '../../io/load-dataset';
import { selectFlags, selectShownFlags } from '../../state/select-handlungsbedarf';
import { selectLevelIndex } from '../../state/selectors';
import type { AppState, AppStore } from '../../state/store';
import {
  FLAG_IMAGE,
  flaggedInSomeYear,
  flagHatchImage,
  flagLayerIdsOf,
  flagLayers,
  flagSourceIdOf,
  flagStates,
} from './flag-style';
import { areaFeatures } from './area-source';
import { flagLayersBelowId } from './map-style';
import { addOwnLayer, setLayerVisibility } from './own-layers';

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

/** The flag layers on the map, and the source the shown level's flags are drawn from. */
export interface FlagConnection {
  readonly dispose: () => void;
  /** The shown level's flag source, or null when there is none. */
  readonly shownSourceId: () => string | null;
}

/**
 * Adds each level's flag source and layers above the fills and parent lines (below hover and
 * selection: map-style.ts flagLayersBelowId) as the level is shown, and paints them; `dispose`
 * removes them again. Does nothing for a dataset without rules.
 */
export function connectFlagLayer(
  map: maplibregl.Map,
  store: AppStore,
  dataset: LoadedDataset,
): FlagConnection {
  const none: FlagConnection = { dispose: () => {}, shownSourceId: () => null };
  if ((dataset.data.manifest.handlungsbedarf ?? []).length === 0) return none;
  const { levels } = dataset.data;
  const levelIds = levels.map((level, index) => (dataset.geometry[index] ? level.id : null));
  const firstLevel = levelIds.find((id): id is string => id !== null);
  if (firstLevel === undefined) return none;
  if (!map.hasImage(FLAG_IMAGE)) map.addImage(FLAG_IMAGE, flagHatchImage());
  const belowId = flagLayersBelowId(levelIds);
  const below = belowId !== undefined && map.getLayer(belowId) ? belowId : undefined;
  // Per level: the areas in its flag source (null: no source yet) and the `hb` states as painted.
  const members: (readonly number[] | null)[] = levels.map(() => null);
  const painted: (Uint8Array | null)[] = levels.map(() => null);
  const probe: FlagProbe = { levelIndex: -1, states: null };
  window.__qmFlags = probe;

  /** The level's flag source data: its members with the states to show, written as property `hb`. */
  const collection = (levelIndex: number, areas: readonly number[], states: Uint8Array) => {
    const geometry = dataset.geometry[levelIndex];
    return {
      type: 'FeatureCollection' as const,
      features: geometry ? areaFeatures(geometry, areas, (area) => ({ hb: states[area] ?? 0 })) : [],
    };
  };
  // The areas flagged in some year follow the evaluated rules (memoised by selectFlags), not the
  // year: worked out once per evaluation, not on every change of year.
  let everFlagged: { readonly flags: LevelFlags; readonly areas: readonly number[] } | null = null;
  const flaggedAreasOf = (flags: LevelFlags) => {
    if (everFlagged?.flags !== flags)
      everFlagged = { flags, areas: flaggedInSomeYear(flags.any, flags.areaCount) };
    return everFlagged.areas;
  };

  let shownLevel = -1;
  const apply = (state: AppState) => {
    const levelIndex = selectLevelIndex(state);
    shownLevel = levelIndex;
    const levelId = levelIds[levelIndex];
    const view = selectFlags(state);
    if (levelId && view) {
      const areaCount = view.flags.areaCount;
      // The shown year's flags whether or not flags are shown: switching them off hides the layers.
      const next = flagStates(selectShownFlags(state), true, areaCount);
      const areas = flaggedAreasOf(view.flags);
      const source = flagSourceIdOf(levelId);
      const before = members[levelIndex] ?? null;
      if (before === null) {
        // First time this level is shown: its source and layers, the states written into the data.
        map.addSource(source, { type: 'geojson', data: collection(levelIndex, areas, next) });
        for (const layer of flagLayers(levelId)) addOwnLayer(map, layer, below);
      } else if (before.length !== areas.length || before.some((area, index) => area !== areas[index])) {
        // Other areas are flagged in some year now (rules edited): new data. Its tiles come from the
        // worker a little later; meanwhile the old ones show the new states too (ids are area indices).
        (map.getSource(source) as maplibregl.GeoJSONSource).setData(collection(levelIndex, areas, next));
        for (const area of areas) map.setFeatureState({ source, id: area }, { hb: next[area] });
      } else {
        const previous = painted[levelIndex];
        for (const area of areas)
          if (previous?.[area] !== next[area]) map.setFeatureState({ source, id: area }, { hb: next[area] });
      }
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
  return {
    shownSourceId: () => {
      const levelId = levelIds[shownLevel];
      return levelId && members[shownLevel] !== null ? flagSourceIdOf(levelId) : null;
    },
    dispose: () => {
      unsubscribe();
      try {
        levelIds.forEach((levelId) => {
          if (levelId === null) return;
          for (const layerId of Object.values(flagLayerIdsOf(levelId)))
            if (map.getLayer(layerId)) map.removeLayer(layerId);
          if (map.getSource(flagSourceIdOf(levelId))) map.removeSource(flagSourceIdOf(levelId));
        });
      } catch {
        // The map was removed first (unmount): nothing left to clean.
      }
    },
  };
}
