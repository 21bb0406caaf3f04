/**
 * The choropleth's MapLibre style, built from plain inputs: no MapLibre, no DOM, no store, so every
 * expression is unit-tested without WebGL (the react-map-gl `map-style.ts` split, STYLE.md §5).
 *
 * Each level with geometry is one GeoJSON source (feature.id = area index; after the areas, its
 * parent level's boundaries as lines) with its own layers; a level switch only toggles visibility.
 * Per-area values travel as feature state, so a change of year, indicator or classification never
 * re-uploads geometry (the Handlungsbedarf flags, `hb`, are in flag-style.ts):
 *
 * | state   | values                                                           | used by               |
 * |---------|------------------------------------------------------------------|-----------------------|
 * | `cls`   | class index ≥ 0, or a missing code (NO_DATA, SUPPRESSED, EXCLUDED) | fill, hatch, dots     |
 *
 * Selection, comparison and hover are drawn from a second, tiny source per level that holds only
 * those few areas (properties `sel` 1/2 and `hover`): a layer whose paint reads feature state is
 * re-evaluated for every feature on every state change, and the outline of 20,000 areas made the
 * first paint and each repaint markedly slower. The hatch and dots layers are added only once a
 * level has such missing areas.
 */
import type {
  AllLayoutProperties,
  AllPaintProperties,
  FilterSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { MISSING_STYLES, type MissingKind } from '../legend/missing-style';

/** Feature-state `cls` of an area without a class, by missing kind (negative: never a class index). */
export const MISSING_CLASS: Readonly<Record<MissingKind, number>> = {
  'no-data': -1,
  suppressed: -2,
  excluded: -3,
};

/** Image names of the missing-value patterns (added with map.addImage, see patterns.ts). */
export const PATTERN_IMAGE: Readonly<Record<'hatch' | 'dots', string>> = {
  hatch: 'qm-hatch',
  dots: 'qm-dots',
};

/** Opacity of the fill of areas outside a highlighted legend class. */
export const DIMMED_OPACITY = 0.2;

export const BACKGROUND_COLOR = '#e9edf1';
/** Boundaries between areas drawn by a fill layer's own edge pass (see BoundaryMode). */
const EDGE_COLOR = 'rgba(91, 102, 115, 0.6)';
/** Boundaries between areas drawn by the outline line layer (see BoundaryMode). */
const OUTLINE_COLOR = '#5b6673';
const PARENT_OUTLINE_COLOR = '#1d2733';
const HOVER_COLOR = '#000000';
/** Drawn under the outlines of chosen areas, so their chart colour reads on any fill. */
const CASING_COLOR = '#ffffff';

/** The layer ids of one level. */
export interface LevelLayerIds {
  readonly fill: string;
  readonly hatch: string;
  readonly dots: string;
  /** The boundaries between the areas as a line layer (BoundaryMode 'line'). */
  readonly outline: string;
  /** Selected, compared and hovered areas, from the level's highlight source. */
  readonly highlight: string;
  /** The white casing under the highlight's outlines. */
  readonly highlightCasing: string;
  /** The parent level's boundaries, drawn thick over this level's areas (from this level's source). */
  readonly parentLines: string;
}

/**
 * Whether a layer draws a pattern: a level's missing-value hatch or dots, or its Handlungsbedarf
 * hatch (flag-style.ts, `qm-<level>-flag-hatch`).
 */
export function isPatternLayerId(layerId: string): boolean {
  return /^qm-.+-(hatch|dots)$/.test(layerId);
}

/** The source id of a level's geometry. */
export function sourceIdOf(levelId: string): string {
  return `qm-${levelId}`;
}

/** The source id of a level's highlighted areas (selection, comparison, hover). */
export function highlightSourceIdOf(levelId: string): string {
  return `qm-${levelId}-highlight`;
}

/** The layers of a level's highlight source (casing first), shown while it has areas. */
export function highlightLayerIdsOf(levelId: string): readonly [string, string] {
  const ids = layerIdsOf(levelId);
  return [ids.highlightCasing, ids.highlight];
}

/** The highlight layers of all levels with geometry (`null` for a level without). */
export function highlightLayerIdSet(levelIds: readonly (string | null)[]): ReadonlySet<string> {
  return new Set(levelIds.flatMap((id) => (id === null ? [] : highlightLayerIdsOf(id))));
}

/** The layer ids of a level (stable: the map component and the tests address layers by them). */
export function layerIdsOf(levelId: string): LevelLayerIds {
  const prefix = `qm-${levelId}`;
  return {
    fill: `${prefix}-fill`,
    hatch: `${prefix}-hatch`,
    dots: `${prefix}-dots`,
    outline: `${prefix}-outline`,
    highlight: `${prefix}-highlight`,
    highlightCasing: `${prefix}-highlight-casing`,
    parentLines: `${prefix}-parent-lines`,
  };
}

/** The feature-state `cls` of an area: its class, or the missing code of its kind. */
export function stateClassOf(classIndex: number, missingKind: MissingKind): number {
  return classIndex >= 0 ? classIndex : MISSING_CLASS[missingKind];
}

/**
 * An area's class: the feature state set by repaints, else the `cls` property the source was made
 * with (the first view's classes, painted without feature state), else no data.
 */
const clsOf: ExpressionSpecification = [
  'coalesce',
  ['feature-state', 'cls'],
  ['get', 'cls'],
  MISSING_CLASS['no-data'],
];

/**
 * fill-color: the colour in each area's feature state (or, before the first repaint, the `color`
 * property its source was made with); no data where there is neither. A constant expression on
 * purpose: when a data-driven paint property changes, MapLibre cuts all tiles again (a second or
 * more at 20,000 areas), while new feature state only refreshes colours in place.
 */
export const FILL_COLOR: ExpressionSpecification = [
  'to-color',
  ['coalesce', ['feature-state', 'color'], ['get', 'color'], MISSING_STYLES['no-data'].background],
];

/** The fill colour of an area with feature-state class `stateClass` (see stateClassOf). */
export function areaColorOf(stateClass: number, colors: readonly string[]): string {
  if (stateClass >= 0) return colors[stateClass] ?? MISSING_STYLES['no-data'].background;
  if (stateClass === MISSING_CLASS.suppressed) return MISSING_STYLES.suppressed.background;
  if (stateClass === MISSING_CLASS.excluded) return MISSING_STYLES.excluded.background;
  return MISSING_STYLES['no-data'].background;
}

/**
 * fill-opacity: DIMMED_OPACITY for areas whose feature state says `dim` (outside a highlighted legend
 * class), else 1. Constant, like FILL_COLOR, so highlighting never makes MapLibre cut tiles again.
 */
export const FILL_OPACITY: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'dim'], false],
  DIMMED_OPACITY,
  1,
];

/** Opacity of a missing-value pattern layer: shown only for areas with that missing code. */
export function patternOpacityExpression(kind: MissingKind): ExpressionSpecification {
  return ['case', ['==', clsOf, MISSING_CLASS[kind]], 1, 0];
}

const selOf: ExpressionSpecification = ['coalesce', ['get', 'sel'], 0];

/** Outline width of selected, compared and hovered areas (`extra` wider for the casing under it). */
function highlightWidth(extra = 0): ExpressionSpecification {
  return ['case', ['==', selOf, 1], 3.5 + extra, ['==', selOf, 2], 3 + extra, 2 + extra];
}

/**
 * A level's source holds its areas (polygons, feature id = area index) and, as lines after them, the
 * boundaries of its parent level (see area-source.ts): the thick parent boundaries then come from
 * the source the fills use, so MapLibre neither cuts the parent level into tiles while it is not
 * shown nor draws a second set of tile clipping masks in every frame. Layers of areas take only the
 * polygons, the parent-lines layer only the lines.
 */
export const AREAS_ONLY: FilterSpecification = ['==', '$type', 'Polygon'];
export const LINES_ONLY: FilterSpecification = ['==', '$type', 'LineString'];

/**
 * How the boundaries between areas are drawn. 'line': by a line layer whose width follows the zoom;
 * it reads its opacity per feature (OUTLINE_OPACITY), so it shares one GL program with the parent
 * and Handlungsbedarf lines. 'edge': by the fill layer's own edge pass, one device pixel wide, with
 * no layer of its own, but a GL program of its own. In software GL, as on this project's machines,
 * every program the first frame meets is linked and compiled while the page waits; a line layer
 * over 20,000 areas, on the other hand, was the dearest part of that grid's frames (a change of
 * year 163 → 228 ms). So: lines for datasets whose largest level has up to
 * LINE_BOUNDARIES_MAX_AREAS areas, and wherever one device pixel is too thin (a pixel ratio of 1.5
 * or more, the 300 dpi PNG export: printBoundaryChanges); the edge pass for larger datasets on
 * ordinary screens. One mode per dataset, chosen when it is connected: its levels share the line
 * program only if they draw their boundaries alike.
 */
export type BoundaryMode = 'edge' | 'line';

/** Up to this many areas in a dataset's largest level, boundaries are lines on every screen. */
export const LINE_BOUNDARIES_MAX_AREAS = 5000;

/** The boundary mode for a map drawn at `pixelRatio` device pixels per CSS pixel. */
export function boundaryModeFor(pixelRatio: number, largestLevelAreas: number): BoundaryMode {
  return pixelRatio >= 1.5 || largestLevelAreas <= LINE_BOUNDARIES_MAX_AREAS ? 'line' : 'edge';
}

/** The layers of one level, grouped by draw order (fills below every outline). */
export interface LevelLayers {
  readonly fills: readonly LayerSpecification[];
  readonly outlines: readonly LayerSpecification[];
  readonly parentLines: readonly LayerSpecification[];
  readonly highlights: readonly LayerSpecification[];
}

/**
 * Always 1, but read per feature on purpose: MapLibre links one GL program per combination of
 * per-feature and constant paint properties, and the Handlungsbedarf lines' opacity is per feature
 * (feature state). With this the parent lines and the flag lines share one program: one program
 * fewer to link and, in software GL, to compile in the first frame (~35 ms of it here).
 */
export const PARENT_LINE_OPACITY: ExpressionSpecification = ['coalesce', ['get', 'parentLineOpacity'], 1];

/**
 * The boundary lines' opacity, read per feature for the same reason as PARENT_LINE_OPACITY: one
 * line program for boundaries, parent lines and flag lines.
 */
export const OUTLINE_OPACITY: ExpressionSpecification = ['coalesce', ['get', 'outlineOpacity'], 0.7];

/** Builds the layers of a level, all hidden; `layerVisibility` says which to show. */
export function levelLayers(levelId: string, boundaries: BoundaryMode = 'edge'): LevelLayers {
  const ids = layerIdsOf(levelId);
  const source = sourceIdOf(levelId);
  const hidden = { visibility: 'none' } as const;
  return {
    fills: [
      {
        id: ids.fill,
        type: 'fill',
        source,
        filter: AREAS_ONLY,
        layout: hidden,
        paint: {
          'fill-color': FILL_COLOR,
          'fill-opacity': FILL_OPACITY,
          'fill-antialias': boundaries === 'edge',
          'fill-outline-color': EDGE_COLOR,
        },
      },
    ],
    outlines: [
      {
        id: ids.outline,
        type: 'line',
        source,
        filter: AREAS_ONLY,
        // Miter joins (the default): round joins made MapLibre build and draw several times the
        // vertices of every thin outline; at 20,000 areas the frame took twice as long to draw.
        layout: hidden,
        paint: {
          'line-color': OUTLINE_COLOR,
          'line-opacity': OUTLINE_OPACITY,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.3, 12, 0.8, 15, 1.2],
        },
      },
    ],
    parentLines: [
      {
        id: ids.parentLines,
        type: 'line',
        source,
        filter: LINES_ONLY,
        // Miter joins (the default), as for the outlines: at this width they look the same as
        // round ones, and MapLibre builds and draws fewer vertices.
        layout: hidden,
        paint: {
          'line-color': PARENT_OUTLINE_COLOR,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.2, 12, 2.2, 15, 3],
          'line-opacity': PARENT_LINE_OPACITY,
        },
      },
    ],
    highlights: [
      {
        id: ids.highlightCasing,
        type: 'line',
        source: highlightSourceIdOf(levelId),
        layout: { ...hidden, 'line-join': 'round' },
        paint: { 'line-color': CASING_COLOR, 'line-width': highlightWidth(2) },
      },
      {
        id: ids.highlight,
        type: 'line',
        source: highlightSourceIdOf(levelId),
        layout: { ...hidden, 'line-join': 'round' },
        paint: {
          // Chosen areas in their chart colour (areaColour, a feature property), hovered ones black.
          'line-color': ['case', ['>', selOf, 0], ['to-color', ['get', 'color']], HOVER_COLOR],
          'line-width': highlightWidth(),
        },
      },
    ],
  };
}

/**
 * The missing-value pattern layer of a level (hatch for no data, dots for suppressed), hidden; the
 * map adds it below the outlines the first time the level has such an area. Its pattern covers the
 * fill's edge pass, so in 'edge' mode it draws the boundaries of its areas again with its own.
 */
export function patternLayer(
  levelId: string,
  kind: 'no-data' | 'suppressed',
  boundaries: BoundaryMode = 'edge',
): LayerSpecification {
  const ids = layerIdsOf(levelId);
  return {
    id: kind === 'no-data' ? ids.hatch : ids.dots,
    type: 'fill',
    source: sourceIdOf(levelId),
    filter: AREAS_ONLY,
    layout: { visibility: 'none' },
    paint: {
      'fill-pattern': kind === 'no-data' ? PATTERN_IMAGE.hatch : PATTERN_IMAGE.dots,
      'fill-opacity': patternOpacityExpression(kind),
      'fill-antialias': boundaries === 'edge',
      'fill-outline-color': EDGE_COLOR,
    },
  };
}

/** The layer the pattern layers go below (the first outline layer), so fills stay under all lines. */
export function firstOutlineLayerId(levelIds: readonly (string | null)[]): string | undefined {
  const first = levelIds.find((id): id is string => id !== null);
  return first === undefined ? undefined : layerIdsOf(first).outline;
}

/**
 * The layer the Handlungsbedarf layers go below: the lowest highlight layer in the map's layer
 * `order` (map.getLayersOrder()), so they lie above every level's fills, outlines and parent lines
 * and below selection and hover, which must stay visible on a flagged area's double outline.
 * Undefined while no highlight layer is there (they are added on first use, on top).
 */
export function flagLayersBelowId(
  order: readonly string[],
  levelIds: readonly (string | null)[],
): string | undefined {
  const highlights = highlightLayerIdSet(levelIds);
  return order.find((id) => highlights.has(id));
}

/**
 * All layers of all levels with geometry, in draw order: fills, outlines, parent lines (so a
 * parent boundary is never hidden under a child's fill), then hover and selection on top. The
 * flag layers (flag-style.ts) go between parent lines and highlights, so the layers a frame draws
 * follow each other by source (level, then highlight): MapLibre draws the tiles' clipping masks
 * again whenever the source changes from one layer to the next (~1.5 ms of a demo frame in software
 * GL).
 */
export function choroplethLayers(
  levelIds: readonly (string | null)[],
  boundaries: BoundaryMode = 'edge',
): LayerSpecification[] {
  const levels = levelIds.filter((id): id is string => id !== null).map((id) => levelLayers(id, boundaries));
  return [
    ...levels.flatMap((level) => level.fills),
    ...levels.flatMap((level) => level.outlines),
    ...levels.flatMap((level) => level.parentLines),
    ...levels.flatMap((level) => level.highlights),
  ];
}

/**
 * Which layers are visible when level `shownIndex` is shown. `levelIds` is fine → coarse (as
 * DatasetData.levels), null for a level without geometry; the parent of level i is level i + 1.
 * Pattern layers are listed too; the map skips those it has not added.
 */
export function layerVisibility(
  levelIds: readonly (string | null)[],
  shownIndex: number,
  boundaries: BoundaryMode = 'edge',
): Record<string, 'visible' | 'none'> {
  const visibility: Record<string, 'visible' | 'none'> = {};
  levelIds.forEach((levelId, index) => {
    if (levelId === null) return;
    const ids = layerIdsOf(levelId);
    const shown = index === shownIndex ? 'visible' : 'none';
    for (const id of [ids.fill, ids.hatch, ids.dots, ids.highlight, ids.highlightCasing])
      visibility[id] = shown;
    visibility[ids.outline] = boundaries === 'line' ? shown : 'none';
    // Drawn only where the source has lines, i.e. where the level above has geometry.
    visibility[ids.parentLines] = shown;
  });
  return visibility;
}

/** One change to a layer, made for a while and then undone (see printBoundaryChanges). */
export type LayerChange =
  | {
      readonly layer: string;
      readonly kind: 'layout';
      readonly property: keyof AllLayoutProperties;
      readonly value: unknown;
    }
  | {
      readonly layer: string;
      readonly kind: 'paint';
      readonly property: keyof AllPaintProperties;
      readonly value: unknown;
    };

/**
 * The changes that draw a level's boundaries as lines ('line' mode), for the 300 dpi PNG export:
 * there one device pixel is under a tenth of a millimetre.
 */
export function printBoundaryChanges(levelId: string): LayerChange[] {
  const ids = layerIdsOf(levelId);
  return [
    ...[ids.fill, ids.hatch, ids.dots].map((layer): LayerChange => ({
      layer,
      kind: 'paint',
      property: 'fill-antialias',
      value: false,
    })),
    { layer: ids.outline, kind: 'layout', property: 'visibility', value: 'visible' },
  ];
}

/** An optional basemap below the choropleth: a raster tile URL template or a style URL. */
export type Basemap =
  { readonly kind: 'raster'; readonly url: string } | { readonly kind: 'style'; readonly url: string };

/** Classifies a configured basemap URL: `{z}` in it means raster tiles, anything else a style. */
export function basemapOf(url: string | null | undefined): Basemap | null {
  const trimmed = url?.trim() ?? '';
  if (trimmed === '') return null;
  return /\{z\}/.test(trimmed) ? { kind: 'raster', url: trimmed } : { kind: 'style', url: trimmed };
}

/**
 * The style the map starts with: a plain background and nothing remote (no glyphs, no sprite, so no
 * symbol layers: labels are an HTML overlay). No transitions, so a repaint is one frame. A raster
 * basemap becomes a source and layer here; a style basemap is loaded by the component instead.
 */
export function baseStyle(basemap: Basemap | null = null): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'qm-background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } }],
    transition: { duration: 0, delay: 0 },
  };
  if (basemap?.kind === 'raster') {
    style.sources['qm-basemap'] = { type: 'raster', tiles: [basemap.url], tileSize: 256 };
    style.layers.push({
      id: 'qm-basemap',
      type: 'raster',
      source: 'qm-basemap',
      paint: { 'raster-opacity': 0.6 },
    });
  }
  return style;
}
