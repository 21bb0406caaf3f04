/**
 * How Handlungsbedarf looks on the map, without MapLibre: a hatch over the choropleth (transparent
 * between the lines, so the class colour stays readable) and a double outline (a dark line on a
 * white casing, unlike the plain dark district boundaries and the black selection). The layers
 * draw from the level's own source, filtered to the areas flagged in some year (under the current
 * rules); among those, the feature state `hb` (1 = flagged) shows the shown year's flags, so a
 * change of year touches no geometry. Pattern and outline carry the meaning, not colour alone.
 * (A dashed line would be clearer still, but MapLibre does not apply a feature-state opacity to a
 * line with `line-dasharray`: it stayed invisible.)
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { layerIdsOf, sourceIdOf } from './map-style';
import type { PatternImage } from './patterns';

/** Image name of the flag hatch (map.addImage). */
export const FLAG_IMAGE = 'qm-flag-hatch';

/** Ink of hatch and outline: near-black, at least 3:1 against every class colour's light end. */
export const FLAG_INK = '#1d2733';

/**
 * The areas a level's flag layers draw: those flagged in some year (ids = area indices; the parent
 * boundaries' ids come after the areas', so they are never among them). A `match` on the id is a
 * lookup per feature, not a search through the list: 20,000 cells with 9,000 flagged stay cheap.
 */
export function flagFilter(areas: readonly number[]): FilterSpecification {
  return areas.length === 0 ? false : ['match', ['id'], [...areas], true, false];
}

/** The layer ids of a level's flag layers. */
export function flagLayerIdsOf(levelId: string): {
  readonly hatch: string;
  readonly casing: string;
  readonly outline: string;
} {
  const prefix = layerIdsOf(levelId).fill.replace(/-fill$/, '');
  return {
    hatch: `${prefix}-flag-hatch`,
    casing: `${prefix}-flag-casing`,
    outline: `${prefix}-flag-outline`,
  };
}

/** Feature state `hb` if set, else the property written into the source for the first view. */
const flagged: ExpressionSpecification = ['==', ['coalesce', ['feature-state', 'hb'], ['get', 'hb'], 0], 1];

/**
 * The hatch, casing and outline layers of a level (in draw order), hidden until the level is shown,
 * on the level's source and filtered to `areas` (flagFilter). Areas among them but not flagged in
 * the shown year are drawn at opacity 0.
 */
export function flagLayers(levelId: string, areas: readonly number[]): LayerSpecification[] {
  const ids = flagLayerIdsOf(levelId);
  // Only the areas flagged in some year (the demo: 19 of 99): the hatch and both lines over every
  // area, transparent where not flagged, were most of the first frame's extra cost in software GL.
  // On the level's source, not one of their own: MapLibre tiles the areas once, and a frame draws
  // the tiles' clipping masks once (again for every change of source from one layer to the next).
  const source = sourceIdOf(levelId);
  const filter = flagFilter(areas);
  return [
    {
      id: ids.hatch,
      type: 'fill',
      source,
      filter,
      layout: { visibility: 'none' },
      // The flag outline layers draw the edge; no antialiased edge pass for the hatch.
      paint: { 'fill-pattern': FLAG_IMAGE, 'fill-opacity': ['case', flagged, 1, 0], 'fill-antialias': false },
    },
    {
      id: ids.casing,
      type: 'line',
      source,
      filter,
      layout: { visibility: 'none' },
      paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-opacity': ['case', flagged, 1, 0] },
    },
    {
      id: ids.outline,
      type: 'line',
      source,
      filter,
      layout: { visibility: 'none' },
      paint: { 'line-color': FLAG_INK, 'line-width': 2, 'line-opacity': ['case', flagged, 1, 0] },
    },
  ];
}

/**
 * The hatch tile: lines from top-left to bottom-right (the other way round from the no-data hatch,
 * so the two never look alike), 1.5 px wide every `size` px, transparent between them.
 */
export function flagHatchImage(size = 10): PatternImage {
  const [r, g, b] = [0x1d, 0x27, 0x33];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const offset = (y * size + x) * 4;
      const distance = (((x - y) % size) + size) % size;
      if (distance < 2) {
        data[offset] = r;
        data[offset + 1] = g;
        data[offset + 2] = b;
        data[offset + 3] = distance === 0 ? 230 : 120;
      }
    }
  }
  return { width: size, height: size, data };
}

/**
 * Per area: the feature-state `hb` to paint (1 flagged, 0 not), from the engine's flags
 * (FLAGGED = 1; NOT_FLAGGED and UNDECIDED are not drawn) and whether flags are shown at all.
 */
export function flagStates(flags: Int8Array | null, show: boolean, areaCount: number): Uint8Array {
  const states = new Uint8Array(areaCount);
  if (!show || flags === null) return states;
  for (let area = 0; area < areaCount; area++) states[area] = flags[area] === 1 ? 1 : 0;
  return states;
}

/** The areas flagged (FLAGGED = 1) in at least one year, ascending, from year-major cells. */
export function flaggedInSomeYear(cells: Int8Array, areaCount: number): number[] {
  const areas: number[] = [];
  for (let area = 0; area < areaCount; area++) {
    for (let cell = area; cell < cells.length; cell += areaCount) {
      if (cells[cell] === 1) {
        areas.push(area);
        break;
      }
    }
  }
  return areas;
}
