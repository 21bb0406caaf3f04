import type * as maplibregl from 'maplibre-gl';

/**
 * Shows or hides one of the app's own layers, without MapLibre's style validation: it would check
 * our constant against the style spec after serialising the whole style, on every call.
 */
export function setLayerVisibility(
  map: Pick<maplibregl.Map, 'setLayoutProperty'>,
  layerId: string,
  visibility: 'visible' | 'none',
): void {
  map.setLayoutProperty(layerId, 'visibility', visibility, { validate: false });
}
