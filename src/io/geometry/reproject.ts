/**
 * Checked polygons to WGS84 longitude/latitude, rounded to 7 decimals (about 1 cm), which keeps
 * GeoJSON for the map small without a visible change.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { CheckedGeometry } from './check-geometry';
import type { ToWgs84 } from './crs-definitions';

/** The geometry in WGS84, or null when a position falls outside longitude ±180° / latitude ±90°. */
export function reprojectGeometry(
  geometry: CheckedGeometry,
  convert: ToWgs84,
): Polygon | MultiPolygon | null {
  const polygons: number[][][][] = [];
  for (const rings of geometry.polygons) {
    const converted: number[][][] = [];
    for (const ring of rings) {
      const positions: number[][] = new Array(ring.length);
      for (let index = 0; index < ring.length; index++) {
        const position = ring[index]!;
        const [longitude, latitude] = convert(position[0]!, position[1]!);
        // NaN fails both comparisons too: proj4 gives NaN far outside a projection's domain.
        if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90)) return null;
        positions[index] = [round7(longitude), round7(latitude)];
      }
      converted.push(positions);
    }
    polygons.push(converted);
  }
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Rounds to 7 decimals. */
export function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}
