/**
 * The app's own layers, added and shown without MapLibre's style validation: our layers are
 * constants, checked against the style spec once by tests/unit/ui/map/own-layers.test.ts, not by
 * MapLibre on every call (12 ms of the first dataset's connection on the main thread here).
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type * as maplibregl from 'maplibre-gl';

/**
 * Adds one of our layers, below `beforeId` if given; what `map.addLayer` does, minus validation
 * (MapLibre's `addLayer` takes no options; its style's does).
 */
export function addOwnLayer(map: maplibregl.Map, layer: LayerSpecification, beforeId?: string): void {
  map.style.addLayer(layer, beforeId, { validate: false });
  // What map.addLayer does after adding: mark the style changed and ask for a frame.
  map._update(true);
}

/**
 * Shows or hides one of our layers. Validation would check our constant against the style spec
 * after serialising the whole style, on every call.
 */
export function setLayerVisibility(
  map: Pick<maplibregl.Map, 'setLayoutProperty'>,
  layerId: string,
  visibility: 'visible' | 'none',
): void {
  map.setLayoutProperty(layerId, 'visibility', visibility, { validate: false });
}
