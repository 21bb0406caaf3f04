/**
 * A level's areas as a GeoJSON source, for the choropleth and the Handlungsbedarf flags drawn on it.
 */
import type * as maplibregl from 'maplibre-gl';
import type { LevelGeometry } from '../../io/load-dataset';

/**
 * Adds the areas of `geometry` as source `sourceId`, replacing one of that id. Feature id = area
 * index, which feature state is keyed by. `propertiesOf` writes the first view into the features
 * (classes, flags): the first paint then needs no feature state, which would make MapLibre decode
 * every tile again on the main thread as it arrives (see map-style.ts).
 */
export function addAreaSource(
  map: maplibregl.Map,
  sourceId: string,
  geometry: LevelGeometry,
  propertiesOf: ((area: number) => GeoJSON.GeoJsonProperties) | null,
): void {
  if (map.getSource(sourceId)) map.removeSource(sourceId);
  const features = geometry.features.map((feature, area) => ({
    type: 'Feature' as const,
    id: area,
    geometry: feature.geometry,
    properties: propertiesOf ? propertiesOf(area) : {},
  }));
  map.addSource(sourceId, { type: 'geojson', data: { type: 'FeatureCollection', features } });
}
