/**
 * The choropleth: the only module that touches maplibre-gl. The map is created once; geometry is
 * uploaded once per dataset (one GeoJSON source per level); after that, store changes arrive through
 * a store subscription (not React renders) and become feature state and the odd paint property.
 *
 * Keyboard: the map canvas is focusable (Tab). Arrow keys pan, +/− zoom (MapLibre's handlers),
 * Enter selects the area under the map centre (marked by a crosshair while focused), Shift+Enter
 * adds it to the comparison, Escape clears the selection. The tooltip follows the centre area.
 *
 * For tests and benchmarks the component publishes `window.__qm` (see MapProbe) and sets
 * `document.body.dataset.ready = 'true'` once the first coloured choropleth is on screen, patterns
 * included.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LevelGeometry, LoadedDataset } from '../../io/load-dataset';
import { areaIndexOf, selectLevel, selectLevelIndex } from '../../state/selectors';
import type { AppState, AppStore } from '../../state/store';
import { AppStoreContext, useAppStore } from '../../state/use-app-store';
import { releaseEarlyMapWorker } from '../app/first-load';
import { lazyAfterMainContent, mainContentShown, whenMainContentShown } from '../app/first-paint';
import { message } from '../app/messages';
import { localize } from '../../i18n/locale';
import { fillTemplate } from '../panels/panel-text-model';
import { AREA_TILE_BUFFER, addAreaSource } from './area-source';
import { addOwnLayer, setLayerVisibility } from './own-layers';
import { AreaLabels, type LabelView } from './AreaLabels';
import { basemap } from './basemap-config';
import { connectFlagLayer, firstViewFlags, type FirstViewFlags } from './flag-layer';
import { setShownMap } from './map-handle';
import { featureBounds } from './feature-bounds';
import { holdFramesUntil, holdLayersUntilReleased } from './hold-frames';
import { FIT_MARGIN, legendClearance, visibleMiddle } from './legend-clearance';
import { OWN_MOVE } from './own-move';
import type { LabelPoints } from './label-points';
import {
  baseStyle,
  choroplethLayers,
  areaColorOf,
  layerIdsOf,
  firstOutlineLayerId,
  layerVisibility,
  MISSING_CLASS,
  PATTERN_IMAGE,
  patternLayer,
  boundaryModeFor,
  isPatternLayerId,
  sourceIdOf,
  highlightLayerIdsOf,
  highlightLayerIdSet,
  highlightSourceIdOf,
} from './map-style';
import './map.css';
import { areaColour } from '../charts/chart-colours';
import {
  changedAreas,
  sameColors,
  selectionStates,
  stateClassesOf,
  type SelectionState,
} from './paint-state';
import { missingPatterns } from './patterns';
import { selectMapClasses, type MapClasses } from '../../state/select-map-classes';
import { POINTER_FOCUS_ATTRIBUTE } from './pointer-focus';
import type { Hover } from './HoverTooltip';

// Under vite build the worker is not next to the bundle; without this the map never loads (TOOLCHAIN.md §2).
// A page opened on the map has started that worker already (first-load.ts); MapLibre takes it over
// when the map is created. No prewarm here: this module loads with a page opened on the table too.
maplibregl.setWorkerUrl(workerUrl);

// The hover tooltip (and the texts it needs) loads right after the first map, not before it.
const HoverTooltip = lazyAfterMainContent(() =>
  import('./HoverTooltip').then((module) => ({ default: module.HoverTooltip })),
);

/**
 * What the map publishes on `window.__qm` for e2e tests and benchmarks (read-only for them).
 * Times are `performance.now()` milliseconds.
 */
export interface MapProbe {
  readonly map: maplibregl.Map;
  /** When the first coloured choropleth was painted (first 'idle' after the first feature-state paint). */
  paintedAt: number | null;
  /**
   * When that choropleth was on screen: the first animation frame after `paintedAt`, which the
   * browser starts only once it has composited the frame MapLibre drew (and, in software GL, drawn it).
   */
  presentedAt: number | null;
  /** Repaints finished (store change → feature state → next 'idle'), including the first. */
  repaintCount: number;
  /** Duration of the last repaint, from the store change to the next 'idle'. */
  lastRepaintMs: number | null;
  /** The classification the map shows (colours per class, classes per area). */
  classes: MapClasses | null;
  /** Feature-state `cls` per area of the shown level, as painted. */
  stateClasses: Int8Array | null;
}

declare global {
  interface Window {
    __qm?: MapProbe;
  }
}

type AnyLevelFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

function emptyCollection(): GeoJSON.FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

/**
 * Adds a level's source, with its parent level's boundaries; for the first view, `first` colours the
 * areas through properties (`cls`, `color`) and `flags` marks the Handlungsbedarf (`hb`,
 * flag-style.ts).
 */
function addLevelSource(
  map: maplibregl.Map,
  sourceId: string,
  geometry: LevelGeometry,
  parentGeometry: LevelGeometry | null,
  first: { readonly classes: Int8Array; readonly colors: readonly string[] } | null,
  flags: Uint8Array | null,
): void {
  const propertiesOf = (area: number): GeoJSON.GeoJsonProperties => {
    const properties: Record<string, unknown> = {};
    if (first) {
      const cls = first.classes[area] ?? MISSING_CLASS['no-data'];
      properties['cls'] = cls;
      properties['color'] = areaColorOf(cls, first.colors);
    }
    if (flags) properties['hb'] = flags[area] ?? 0;
    return properties;
  };
  addAreaSource(map, sourceId, geometry, first || flags ? propertiesOf : null, parentGeometry);
}

/** Fits the camera to the data, clear of the legend that floats over the bottom-left corner on wide maps. */
function fitBounds(map: maplibregl.Map, bounds: maplibregl.LngLatBoundsLike): void {
  const left = legendClearance(map.getContainer());
  // A jump, not fitBounds with duration 0: that runs MapLibre's animation code for one frame.
  const camera = map.cameraForBounds(bounds, {
    padding: { top: 2 * FIT_MARGIN, bottom: FIT_MARGIN, left, right: FIT_MARGIN },
  });
  if (camera) map.jumpTo(camera, OWN_MOVE);
}

/** What floats over the map and hides it: the legend, the map's buttons and MapLibre's zoom control. */
function floatingOverMap(container: HTMLElement): HTMLElement[] {
  const area = container.closest('.map-area') ?? container;
  return [
    ...area.querySelectorAll<HTMLElement>('[data-testid="legend"], .map-buttons, .maplibregl-ctrl-group'),
  ];
}

/** Keyboard focus on the canvas (not a click, which Chromium may also show as :focus-visible). */
function focusedByKeyboard(canvas: HTMLCanvasElement): boolean {
  return canvas.matches(':focus-visible') && !canvas.hasAttribute(POINTER_FOCUS_ATTRIBUTE);
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function ChoroplethMap() {
  const store = useContext(AppStoreContext)!;
  const dataset = useAppStore((state) => state.dataset);
  const locale = useAppStore((state) => state.locale);
  const showLabels = useAppStore((state) => state.showLabels);
  const setShowLabels = useAppStore((state) => state.setShowLabels);
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  // No WebGL 2 (MapLibre cannot start): say so instead of a blank area; the table view still works.
  const [failed, setFailed] = useState(false);
  const [hover, setHover] = useState<Hover | null>(null);
  const fitRef = useRef<(() => void) | null>(null);

  // The map itself: created once, removed on unmount. A layout effect, so MapLibre starts before the
  // browser's first paint of the page rather than after it (each frame costs here, see benchmarks.md).
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container || failed) return;
    let created: maplibregl.Map;
    try {
      // Throws when there is no WebGL 2 (asked here, not with a test context of our own: creating a
      // WebGL context costs 10–20 ms in software GL).
      created = new maplibregl.Map({
        container,
        style: basemap?.kind === 'style' ? basemap.url : baseStyle(basemap),
        fadeDuration: 0,
        attributionControl: false,
        // Shift+drag box zoom would swallow Shift-click, which adds an area to the comparison.
        boxZoom: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxPitch: 0,
        renderWorldCopies: false,
      });
    } catch (error) {
      console.warn('MapLibre could not start:', error);
      container.replaceChildren();
      releaseEarlyMapWorker();
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the map's constructor is the test; one re-render shows the note
      setFailed(true);
      return;
    }
    created.touchZoomRotate.disableRotation();
    created.keyboard.disableRotation();
    created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // The +/- buttons zoom around the middle of what is visible beside the floating legend (the
    // canvas's own middle lies near the legend's edge, and two clicks pushed the data off screen).
    for (const [name, step] of [
      ['zoomIn', 1],
      ['zoomOut', -1],
    ] as const)
      created[name] = (options, eventData) =>
        created.zoomTo(created.getZoom() + step, { ...options, around: visibleMiddle(created) }, eventData);
    if (basemap) created.addControl(new maplibregl.AttributionControl({ compact: true }), 'bottom-right');

    // The dataset on the map: sources, layers and the store subscription; undone when it changes.
    // Connected from a store subscription as soon as the style is there (not on 'load', a frame
    // later, nor from a React effect): MapLibre gets the data the moment both exist and tiles it
    // while React renders the panels.
    let connected: LoadedDataset | null = null;
    let connection: ReturnType<typeof connectMap> | null = null;
    let disposeFlags: (() => void) | null = null;
    let unsubscribe: (() => void) | null = null;
    // The page's first dataset: no GL frame until the shown level's tiles are there
    // (hold-frames.ts). Without a basemap the hold starts with the map itself, since a frame before
    // the data would show only the background; with one, its tiles draw as they come and the hold
    // starts with the dataset. A first load that fails replaces the map with its message
    // (App.tsx), and the cleanup below releases the hold. Once a dataset has been painted, later
    // ones draw as before, so the previous map never stands in for the new one.
    let firstDrawable: () => boolean = () => false;
    const holdFirstPaint = () => holdFramesUntil(created, () => firstDrawable());
    let releaseFrames: (() => void) | null =
      window.__qm?.paintedAt == null && !basemap ? holdFirstPaint() : null;
    // The page's first map is drawn without its patterns (hatch, dots, Handlungsbedarf hatch), which
    // follow in the next frame: the only layers with a GL program of their own (hold-frames.ts).
    let releasePatterns: (() => void) | null =
      window.__qm?.paintedAt == null ? holdLayersUntilReleased(created, isPatternLayerId) : null;
    void whenMainContentShown().then(() => {
      releasePatterns?.();
      releasePatterns = null;
    });
    const disconnect = () => {
      fitRef.current = null;
      disposeFlags?.();
      disposeFlags = null;
      connection?.dispose();
      connection = null;
    };
    const follow = (state: AppState) => {
      if (state.dataset === connected) return;
      disconnect();
      connected = state.dataset;
      if (!connected) return;
      // The first view's flags go into the shown level's source with its classes.
      const firstFlags = firstViewFlags(store.getState());
      const choropleth = connectMap(created, store, connected, setHover, firstFlags);
      connection = choropleth;
      disposeFlags = connectFlagLayer(created, store, connected, firstFlags);
      fitRef.current = choropleth.fitData;
      firstDrawable = () => {
        const id = choropleth.shownSourceId();
        return id === null || !created.getSource(id) || created.isSourceLoaded(id);
      };
      if (window.__qm?.paintedAt == null && releaseFrames === null) releaseFrames = holdFirstPaint();
    };
    const onStyle = () => {
      follow(store.getState());
      unsubscribe = store.subscribe(follow);
      setMap(created);
      setShownMap(created);
    };
    if (created.isStyleLoaded()) onStyle();
    else created.once('style.load', onStyle);
    return () => {
      unsubscribe?.();
      disconnect();
      releaseFrames?.();
      releasePatterns?.();
      releasePatterns = null;
      setMap(null);
      setShownMap(null);
      created.remove();
    };
  }, [failed, store]);

  useEffect(() => {
    if (failed) {
      mainContentShown();
      document.body.dataset.ready = 'true';
    }
  }, [failed]);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', message(locale, 'mapLabel'));
  }, [map, locale]);

  const labelView = useMemo<LabelView | null>(() => {
    if (!map) return null;
    return {
      project: (lon, lat) => map.project([lon, lat]),
      size: () => {
        const canvas = map.getContainer();
        return { width: canvas.clientWidth, height: canvas.clientHeight };
      },
      obstacles: () => {
        const container = map.getContainer();
        const origin = container.getBoundingClientRect();
        return floatingOverMap(container).map((element) => {
          const box = element.getBoundingClientRect();
          return {
            left: box.left - origin.left,
            top: box.top - origin.top,
            right: box.right - origin.left,
            bottom: box.bottom - origin.top,
          };
        });
      },
      subscribe: (onChange) => {
        let frame = 0;
        const schedule = () => {
          if (frame === 0)
            frame = requestAnimationFrame(() => {
              frame = 0;
              onChange();
            });
        };
        map.on('move', schedule);
        map.on('resize', schedule);
        // The legend folds and unfolds without the camera moving.
        const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
        for (const element of floatingOverMap(map.getContainer())) observer?.observe(element);
        return () => {
          cancelAnimationFrame(frame);
          observer?.disconnect();
          map.off('move', schedule);
          map.off('resize', schedule);
        };
      },
    };
  }, [map]);

  const levelIndex = useAppStore(selectLevelIndex);
  const level = useAppStore(selectLevel);
  const geometry = dataset?.geometry[levelIndex] ?? null;
  // Label positions (turf's point-on-feature) load with the first switch to labels, not with the page.
  const [loadedLabels, setLoadedLabels] = useState<{
    geometry: LevelGeometry;
    points: LabelPoints;
  } | null>(null);
  useEffect(() => {
    if (!showLabels || !geometry) return;
    let current = true;
    void import('./label-points').then(({ labelPointsOf }) => {
      if (current) setLoadedLabels({ geometry, points: labelPointsOf(geometry) });
    });
    return () => {
      current = false;
    };
  }, [showLabels, geometry]);
  const labelPoints = showLabels && loadedLabels?.geometry === geometry ? loadedLabels.points : null;

  const fitData = useCallback(() => fitRef.current?.(), []);

  return (
    <div className="choropleth" data-testid="map">
      <div ref={containerRef} className="choropleth-canvas" />
      {failed && (
        <p className="map-unavailable" role="alert">
          {message(locale, 'mapUnavailable')}
        </p>
      )}
      {!failed && dataset && level && !geometry && (
        <p className="map-no-geometry" role="status" data-testid="map-no-geometry">
          {fillTemplate(message(locale, 'mapNoGeometry'), { level: localize(level.label, locale) })}
        </p>
      )}
      {map && labelView && labelPoints && level && (
        <AreaLabels view={labelView} points={labelPoints} names={level.names} />
      )}
      {map && hover && <HoverTooltip hover={hover} map={map} />}
      {map && (
        <div className="map-buttons">
          <button
            type="button"
            data-testid="labels-toggle"
            aria-pressed={showLabels}
            onClick={() => setShowLabels(!showLabels)}
          >
            {message(locale, 'mapLabelsToggle')}
          </button>
          <button type="button" data-testid="map-fit" onClick={fitData}>
            {message(locale, 'mapFit')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Puts a dataset on the map and keeps it in step with the store. Returns how to undo it and how
 * to fit the map to the data.
 */
function connectMap(
  map: maplibregl.Map,
  store: AppStore,
  dataset: LoadedDataset,
  onHover: (hover: Hover | null) => void,
  firstFlags: FirstViewFlags | null,
): { dispose: () => void; fitData: () => void; shownSourceId: () => string | null } {
  const { levels } = dataset.data;
  const levelIds = levels.map((level, index) => (dataset.geometry[index] ? level.id : null));
  const patterns = missingPatterns();
  if (!map.hasImage(PATTERN_IMAGE.hatch)) map.addImage(PATTERN_IMAGE.hatch, patterns.hatch);
  if (!map.hasImage(PATTERN_IMAGE.dots)) map.addImage(PATTERN_IMAGE.dots, patterns.dots);
  // What the map currently shows, per level.
  const painted: (Int8Array | null)[] = levels.map(() => null);
  const paintedColors: (readonly string[] | null)[] = levels.map(() => null);
  // The classes of the first view go into the source itself (see addLevelSource).
  const firstClasses = selectMapClasses(store.getState());
  levelIds.forEach((levelId, index) => {
    const geometry = dataset.geometry[index];
    if (levelId === null || !geometry) return;
    const first =
      firstClasses?.levelIndex === index
        ? {
            classes: stateClassesOf(firstClasses.classes, firstClasses.status),
            colors: firstClasses.colors,
          }
        : null;
    const flags = firstFlags?.levelIndex === index ? firstFlags.states : null;
    addLevelSource(map, sourceIdOf(levelId), geometry, dataset.geometry[index + 1] ?? null, first, flags);
    painted[index] = first?.classes ?? null;
    paintedColors[index] = first?.colors ?? null;
  });
  // Chosen once per dataset: a window moved to a screen of another pixel ratio keeps its mode.
  const largestLevel = Math.max(0, ...dataset.geometry.map((geometry) => geometry?.features.length ?? 0));
  const boundaries = boundaryModeFor(map.getPixelRatio(), largestLevel);
  const layers = choroplethLayers(levelIds, boundaries);
  // The highlight layers and their small sources come with the first hover or selection (on top):
  // four more layers on the way to the first map cost it ~40 ms here (docs/benchmarks.md).
  const highlightLayerIds = highlightLayerIdSet(levelIds);
  for (const layer of layers)
    if (!highlightLayerIds.has(layer.id) && !map.getLayer(layer.id)) addOwnLayer(map, layer);
  const addHighlight = (levelId: string) => {
    const sourceId = highlightSourceIdOf(levelId);
    if (!map.getSource(sourceId))
      map.addSource(sourceId, { type: 'geojson', buffer: AREA_TILE_BUFFER, data: emptyCollection() });
    for (const layerId of highlightLayerIdsOf(levelId)) {
      const layer = layers.find((candidate) => candidate.id === layerId);
      if (layer && !map.getLayer(layerId)) addOwnLayer(map, layer);
    }
  };
  const patternsBelow = firstOutlineLayerId(levelIds);

  const probe: MapProbe = {
    map,
    paintedAt: window.__qm?.paintedAt ?? null,
    presentedAt: window.__qm?.presentedAt ?? null,
    repaintCount: 0,
    lastRepaintMs: null,
    classes: null,
    stateClasses: null,
  };
  window.__qm = probe;

  let shownLevel = -1;
  let lastClasses: MapClasses | null = null;
  let selection: { level: number; states: Map<number, SelectionState> } = { level: -1, states: new Map() };
  let hovered: { level: number; area: number } | null = null;
  let selectingFromMap = false;
  let disposed = false;

  const shownFillLayer = () => {
    const levelId = levelIds[shownLevel];
    return levelId ? layerIdsOf(levelId).fill : null;
  };
  const dataBounds = (): maplibregl.LngLatBoundsLike | null => {
    const geometry = dataset.geometry[shownLevel] ?? dataset.geometry.find((candidate) => candidate !== null);
    if (!geometry) return null;
    const [west, south, east, north] = geometry.bbox;
    return [west, south, east, north];
  };
  const fitData = () => {
    const bounds = dataBounds();
    if (bounds) fitBounds(map, bounds);
  };
  const fitArea = (levelIndex: number, areaIndex: number, pushToStore: boolean) => {
    const feature = dataset.geometry[levelIndex]?.features[areaIndex];
    if (!feature) return;
    // Clear of the floating legend on the left, as when the map fits the data.
    const left = Math.max(80, legendClearance(map.getContainer()));
    map.fitBounds(
      featureBounds(feature),
      {
        padding: { top: 80, bottom: 80, right: 80, left },
        maxZoom: 15,
        duration: prefersReducedMotion() ? 0 : 400,
      },
      pushToStore ? {} : OWN_MOVE,
    );
  };

  // Selected, compared and hovered areas go to the level's small highlight source (see map-style.ts).
  const highlighted = new Map<number, string>();
  const refreshHighlight = () => {
    levelIds.forEach((levelId, index) => {
      const geometry = dataset.geometry[index];
      if (levelId === null || !geometry) return;
      const features: AnyLevelFeature[] = [];
      const add = (area: number, chosen: SelectionState | null, hover: boolean) => {
        const feature = geometry.features[area];
        if (feature)
          features.push({
            type: 'Feature',
            id: area,
            // An outline in the colour the area has in the charts and the comparison list.
            properties: chosen
              ? { sel: chosen.sel, color: areaColour(chosen.position), hover }
              : { sel: 0, hover },
            geometry: feature.geometry,
          });
      };
      // The selected area last, so its outline lies over its neighbours' where they share an edge.
      if (selection.level === index)
        for (const [area, chosen] of [...selection.states].reverse())
          add(area, chosen, hovered?.area === area);
      if (
        hovered &&
        hovered.level === index &&
        !(selection.level === index && selection.states.has(hovered.area))
      )
        add(hovered.area, null, true);
      // Shown only while it has something to show: an empty source would still cost a tile load
      // and a frame on the way to the first coloured map.
      const visibility = index === shownLevel && features.length > 0 ? 'visible' : 'none';
      if (visibility === 'visible') addHighlight(levelId);
      else if (!map.getSource(highlightSourceIdOf(levelId))) return;
      for (const layerId of highlightLayerIdsOf(levelId))
        if (map.getLayer(layerId) && map.getLayoutProperty(layerId, 'visibility') !== visibility)
          setLayerVisibility(map, layerId, visibility);
      const key = features
        .map((feature) => `${feature.id}:${feature.properties?.['sel']}:${feature.properties?.['color']}`)
        .join(',');
      if (highlighted.get(index) === key) return;
      highlighted.set(index, key);
      const source = map.getSource(highlightSourceIdOf(levelId)) as maplibregl.GeoJSONSource | undefined;
      source?.setData({ type: 'FeatureCollection', features });
    });
  };
  const setHovered = (next: { level: number; area: number } | null) => {
    if (next?.level === hovered?.level && next?.area === hovered?.area) return;
    hovered = next;
    refreshHighlight();
  };

  // Pattern layers cost a tessellation of every feature: only levels with such areas get them.
  const addPatternLayers = (levelIndex: number, levelId: string, stateClasses: Int8Array) => {
    for (const kind of ['no-data', 'suppressed'] as const) {
      const layer = patternLayer(levelId, kind, boundaries);
      if (map.getLayer(layer.id) || !stateClasses.includes(MISSING_CLASS[kind])) continue;
      // Below the outlines, so below the Handlungsbedarf layers too (they are above the parent lines).
      addOwnLayer(map, layer, patternsBelow);
      layers.push(layer);
      if (levelIndex === shownLevel) setLayerVisibility(map, layer.id, 'visible');
    }
  };

  const repaint = (classes: MapClasses, startedAt: number) => {
    const levelIndex = classes.levelIndex;
    const levelId = levelIds[levelIndex];
    if (!levelId) return;
    const source = sourceIdOf(levelId);
    const next = stateClassesOf(classes.classes, classes.status);
    addPatternLayers(levelIndex, levelId, next);
    // New colours (palette, class count) touch every area; otherwise only areas whose class changed.
    const recolour = !sameColors(paintedColors[levelIndex] ?? null, classes.colors);
    for (const area of changedAreas(recolour ? null : (painted[levelIndex] ?? null), next)) {
      const cls = next[area] as number;
      map.setFeatureState({ source, id: area }, { cls, color: areaColorOf(cls, classes.colors) });
    }
    paintedColors[levelIndex] = classes.colors;
    painted[levelIndex] = next;
    probe.classes = classes;
    probe.stateClasses = next;
    map.once('idle', () => {
      if (disposed) return;
      probe.lastRepaintMs = performance.now() - startedAt;
      probe.repaintCount += 1;
      if (probe.paintedAt === null) {
        probe.paintedAt = performance.now();
        requestAnimationFrame(() => {
          probe.presentedAt = performance.now();
          // The map is on screen: now the extras (export menu, controls, tooltip, texts) load and
          // the patterns are drawn (see the map's effect); ready (for tests and embedding pages)
          // once that frame is drawn too. Shown even if this dataset was replaced meanwhile: the
          // next one inherits paintedAt and does not call it again.
          mainContentShown();
          if (disposed) {
            document.body.dataset.ready = 'true';
            return;
          }
          map.once('idle', () => {
            if (!disposed) document.body.dataset.ready = 'true';
          });
          map.triggerRepaint();
        });
      }
    });
    // Make sure a frame (and so an 'idle') follows even when no state changed.
    map.triggerRepaint();
  };

  // A highlighted legend class: the other areas of the shown level are dimmed (feature state `dim`).
  const dimmed: (Uint8Array | null)[] = levels.map(() => null);
  const updateDimming = (levelIndex: number, highlighted: number | null) => {
    const levelId = levelIds[levelIndex];
    const classes = painted[levelIndex];
    if (!levelId || !classes) return;
    const before = dimmed[levelIndex] ?? null;
    if (before === null && highlighted === null) return;
    const next = new Uint8Array(classes.length);
    if (highlighted !== null)
      for (let area = 0; area < next.length; area++) next[area] = classes[area] === highlighted ? 0 : 1;
    const source = sourceIdOf(levelId);
    for (let area = 0; area < next.length; area++)
      if ((before?.[area] ?? 0) !== next[area])
        map.setFeatureState({ source, id: area }, { dim: next[area] === 1 });
    dimmed[levelIndex] = highlighted === null ? null : next;
  };

  const updateSelection = (state: AppState, levelIndex: number) => {
    const level = levels[levelIndex] ?? null;
    const next = selectionStates(
      areaIndexOf(level, state.selectedId),
      state.comparisonIds.map((id) => areaIndexOf(level, id)),
    );
    selection = { level: levelIndex, states: next };
    refreshHighlight();
  };

  const apply = (state: AppState, previous: AppState | null) => {
    const startedAt = performance.now();
    const levelIndex = selectLevelIndex(state);
    const levelChanged = levelIndex !== shownLevel;
    if (levelChanged) {
      // Highlight layers follow their content (refreshHighlight, via updateSelection below).
      for (const [id, visibility] of Object.entries(layerVisibility(levelIds, levelIndex, boundaries))) {
        if (map.getLayer(id) && !highlightLayerIds.has(id)) setLayerVisibility(map, id, visibility);
      }
      shownLevel = levelIndex;
      setHovered(null);
      onHover(null);
    }
    const classes = selectMapClasses(state);
    if (classes && classes !== lastClasses) {
      lastClasses = classes;
      repaint(classes, startedAt);
    } else if (!classes && probe.paintedAt === null) {
      // Nothing to colour (no indicator): the map is as ready as it gets.
      map.once('idle', () => {
        if (disposed) return;
        mainContentShown();
        document.body.dataset.ready = 'true';
      });
    }
    updateDimming(levelIndex, state.highlightedClass);
    const selectionChanged =
      !previous || state.selectedId !== previous.selectedId || state.comparisonIds !== previous.comparisonIds;
    if (levelChanged || selectionChanged) updateSelection(state, levelIndex);

    const cameraFromApp =
      previous !== null && state.camera !== previous.camera && state.cameraOrigin === 'app';
    if (cameraFromApp) {
      if (state.camera) map.jumpTo({ center: [...state.camera.center], zoom: state.camera.zoom }, OWN_MOVE);
      else fitData();
    } else if (
      previous &&
      selectionChanged &&
      !selectingFromMap &&
      state.selectedId !== previous.selectedId
    ) {
      // "Zoom to an area": a selection made elsewhere (panel, table, URL history) brings the area into view.
      const area = areaIndexOf(levels[levelIndex] ?? null, state.selectedId);
      if (area >= 0) fitArea(levelIndex, area, true);
    }
  };

  const featureAt = (point: maplibregl.PointLike): number | null => {
    const fill = shownFillLayer();
    if (!fill) return null;
    const feature = map.queryRenderedFeatures(point, { layers: [fill] })[0];
    return typeof feature?.id === 'number' ? feature.id : null;
  };
  /** A selection change made on the map: the map does not zoom to it (see apply). */
  const fromMap = (change: () => void) => {
    selectingFromMap = true;
    try {
      change();
    } finally {
      selectingFromMap = false;
    }
  };
  const select = (area: number | null, additive: boolean) => {
    const areaId = area === null ? null : (levels[shownLevel]?.areaIds[area] ?? null);
    fromMap(() => store.getState().selectArea(areaId, additive && areaId !== null ? 'toggle' : 'replace'));
  };

  const onMouseMove = (event: maplibregl.MapMouseEvent) => {
    const area = featureAt(event.point);
    setHovered(area === null ? null : { level: shownLevel, area });
    map.getCanvas().style.cursor = area === null ? '' : 'pointer';
    onHover(
      area === null ? null : { levelIndex: shownLevel, areaIndex: area, x: event.point.x, y: event.point.y },
    );
  };
  const onMouseOut = () => {
    setHovered(null);
    onHover(null);
  };
  // A double-click zooms to an area; the two clicks before it must leave the selection as it was
  // (a plain click replaces it, which dropped the comparison set). The browser counts the clicks of
  // one double-click in `detail` (1, 2): the selection before the first is the one to keep.
  let beforeClicks: { readonly selectedId: string | null; readonly comparisonIds: readonly string[] } | null =
    null;
  const onClick = (event: maplibregl.MapMouseEvent) => {
    const { shiftKey, ctrlKey, metaKey, detail } = event.originalEvent;
    if (detail <= 1) {
      const { selectedId, comparisonIds } = store.getState();
      beforeClicks = { selectedId, comparisonIds };
    }
    select(featureAt(event.point), shiftKey || ctrlKey || metaKey);
  };
  const onDoubleClick = (event: maplibregl.MapMouseEvent) => {
    const area = featureAt(event.point);
    if (area === null) return;
    event.preventDefault();
    const before = beforeClicks;
    if (before !== null) fromMap(() => store.setState(before));
    beforeClicks = null;
    // After MapLibre has finished handling the event: started inside it, the animation was stopped.
    const level = shownLevel;
    requestAnimationFrame(() => fitArea(level, area, true));
  };
  // A resize (the map hidden behind another view, or shown again) ends with a moveend that nobody
  // asked for: it must not write a camera into the URL.
  let resizing = false;
  const sizeOf = (element: HTMLElement) => `${element.clientWidth}x${element.clientHeight}`;
  let size = sizeOf(map.getContainer());
  const onResize = () => {
    // A map fitted to the data (no camera of the user's) stays fitted when its size changes, e.g.
    // from the map view to the narrower Bilanzierung beside its list; a hidden map has no size, and
    // a new pixel ratio alone (the PNG export) is no new size.
    const canvas = map.getContainer();
    const next = sizeOf(canvas);
    const resized = next !== size;
    size = next;
    if (resized && store.getState().camera === null && canvas.clientWidth > 0 && canvas.clientHeight > 0)
      fitData();
    // After the refit: its own moveend (inside fitData) must not use up the mark meant for the
    // resize's moveend, which MapLibre fires next (that wrote the fitted camera into the URL).
    resizing = true;
  };
  const onMoveEnd = (event: maplibregl.MapLibreEvent & { qmOwnMove?: boolean }) => {
    const fromResize = resizing;
    resizing = false;
    if (!event.qmOwnMove && !fromResize) {
      const center = map.getCenter();
      store.getState().setCamera({ center: [center.lng, center.lat], zoom: map.getZoom() }, 'map');
    }
    // Keyboard users get the tooltip of the area under the centre crosshair.
    if (document.activeElement === map.getCanvas() && focusedByKeyboard(map.getCanvas())) hoverCentre();
  };
  const centrePoint = () => {
    const canvas = map.getContainer();
    return new maplibregl.Point(canvas.clientWidth / 2, canvas.clientHeight / 2);
  };
  const hoverCentre = () => {
    const point = centrePoint();
    const area = featureAt(point);
    setHovered(area === null ? null : { level: shownLevel, area });
    onHover(area === null ? null : { levelIndex: shownLevel, areaIndex: area, x: point.x, y: point.y });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      select(featureAt(centrePoint()), event.shiftKey || event.ctrlKey || event.metaKey);
    } else if (event.key === 'Escape') {
      select(null, false);
    }
  };
  const canvas = map.getCanvas();

  map.on('mousemove', onMouseMove);
  map.on('mouseout', onMouseOut);
  map.on('click', onClick);
  map.on('dblclick', onDoubleClick);
  map.on('resize', onResize);
  map.on('moveend', onMoveEnd);
  canvas.addEventListener('keydown', onKeyDown);
  // Only keyboard focus shows the centre area's tooltip; a mouse click focuses the canvas too.
  const onFocus = () => {
    if (focusedByKeyboard(canvas)) hoverCentre();
  };
  canvas.addEventListener('focus', onFocus);
  canvas.addEventListener('blur', onMouseOut);

  // First paint: camera from the store (a restored URL) or fitted to the data.
  const initial = store.getState();
  shownLevel = -1;
  apply(initial, null);
  if (initial.camera) map.jumpTo({ center: [...initial.camera.center], zoom: initial.camera.zoom }, OWN_MOVE);
  else fitData();

  let previous = initial;
  const unsubscribe = store.subscribe((state) => {
    const before = previous;
    previous = state;
    apply(state, before);
  });

  return {
    shownSourceId: () => {
      const levelId = levelIds[shownLevel];
      return levelId ? sourceIdOf(levelId) : null;
    },
    fitData: () => {
      fitData();
      store.getState().setCamera(null, 'map');
    },
    dispose: () => {
      disposed = true;
      unsubscribe();
      map.off('mousemove', onMouseMove);
      map.off('mouseout', onMouseOut);
      map.off('click', onClick);
      map.off('dblclick', onDoubleClick);
      map.off('resize', onResize);
      map.off('moveend', onMoveEnd);
      canvas.removeEventListener('keydown', onKeyDown);
      canvas.removeEventListener('focus', onFocus);
      canvas.removeEventListener('blur', onMouseOut);
      try {
        for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
        for (const levelId of levelIds)
          if (levelId && map.getSource(sourceIdOf(levelId))) map.removeSource(sourceIdOf(levelId));
        for (const levelId of levelIds)
          if (levelId && map.getSource(highlightSourceIdOf(levelId)))
            map.removeSource(highlightSourceIdOf(levelId));
      } catch {
        // The map was removed first (unmount): nothing left to clean.
      }
    },
  };
}
