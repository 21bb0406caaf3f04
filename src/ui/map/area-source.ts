/**
 * A level's areas as a GeoJSON source, for the choropleth and the outlines drawn on it,
 * with its parent level's boundaries as lines.
 */
import type * as maplibregl from 'maplibre-gl';
import type { LevelGeometry } from '../../io/load-dataset';

/**
 * How far (in tile pixels of 512) each tile's geometry reaches past its edge. MapLibre's default of
 * 128 is for wide lines and labels; ours are at most 5 px wide (the Handlungsbedarf casing; miter
 * joins reach half that again) and labels are HTML. In software GL each tile's fills and lines are
 * drawn over its buffer too, then cut by the stencil: with 128 a frame of the demo's four tiles drew
 * about twice the map's area (repaint 38.9 → 34.3 ms, first paint 904 → 865 ms; docs/benchmarks.md).
 */
export const AREA_TILE_BUFFER = 8;

/**
 * Adds the areas of `geometry` as source `sourceId`, replacing one of that id. Feature id = area
 * index, which feature state is keyed by. `propertiesOf` writes the first view into the features
 * (classes, colours, Handlungsbedarf flags): the first paint then needs no feature state, which
 * would make MapLibre decode every tile again on the main thread as it arrives (see map-style.ts).
 * The boundaries of `parentGeometry` follow as lines (ids after the areas'), for the parent-lines
 * layer.
 */
export function addAreaSource(
  map: maplibregl.Map,
  sourceId: string,
  geometry: LevelGeometry,
  propertiesOf: ((area: number) => GeoJSON.GeoJsonProperties) | null,
  parentGeometry: LevelGeometry | null = null,
): void {
  if (map.getSource(sourceId)) map.removeSource(sourceId);
  const areas: GeoJSON.Feature[] = geometry.features.map((feature, area) => ({
    type: 'Feature' as const,
    id: area,
    geometry: feature.geometry,
    properties: propertiesOf?.(area) ?? {},
  }));
  const lines = boundaryLines(parentGeometry, areas.length);
  map.addSource(sourceId, {
    type: 'geojson',
    buffer: AREA_TILE_BUFFER,
    data: { type: 'FeatureCollection', features: [...areas, ...lines] },
  });
}

/** Each area's rings as one MultiLineString, numbered from `firstId` (the rings are shared, not copied). */
export function boundaryLines(geometry: LevelGeometry | null, firstId: number): GeoJSON.Feature[] {
  if (!geometry) return [];
  return geometry.features.map((feature, index) => ({
    type: 'Feature' as const,
    id: firstId + index,
    properties: {},
    geometry: {
      type: 'MultiLineString' as const,
      coordinates:
        feature.geometry.type === 'Polygon'
          ? feature.geometry.coordinates
          : feature.geometry.coordinates.flat(),
    },
  }));
}
