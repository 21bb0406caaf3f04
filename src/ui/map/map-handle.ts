/**
 * The map instance the app shows, for code outside ChoroplethMap that must read it (the PNG
 * export). ChoroplethMap sets it when the map has loaded and clears it when the map is removed;
 * nobody else changes the map through it except for a render it restores at once.
 */
import type * as maplibregl from 'maplibre-gl';

let current: maplibregl.Map | null = null;

/** Called by ChoroplethMap only. */
export function setShownMap(map: maplibregl.Map | null): void {
  current = map;
}

/** The loaded map on screen, or null (table view, no WebGL, still loading). */
export function shownMap(): maplibregl.Map | null {
  return current;
}
