/**
 * One label point per area, inside the area even when it is concave (point on surface), with a
 * priority by size so large areas keep their label when space runs out. Computed once per level
 * geometry and cached.
 */
import { pointOnFeature } from '@turf/point-on-feature';
import type { LevelGeometry } from '../../io/load-dataset';

export interface LabelPoints {
  /** lon, lat per area (area order). */
  readonly coordinates: Float64Array;
  /** Area indices, largest (by bounding box) first. */
  readonly order: Int32Array;
}

const cache = new WeakMap<LevelGeometry, LabelPoints>();

/** Label points of a level's areas. */
export function labelPointsOf(geometry: LevelGeometry): LabelPoints {
  const cached = cache.get(geometry);
  if (cached) return cached;
  const count = geometry.features.length;
  const coordinates = new Float64Array(count * 2);
  const size = new Float64Array(count);
  geometry.features.forEach((feature, index) => {
    const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
    coordinates[index * 2] = lon ?? NaN;
    coordinates[index * 2 + 1] = lat ?? NaN;
    size[index] = boundsArea(feature.geometry);
  });
  const order = Int32Array.from({ length: count }, (_, index) => index).sort(
    (a, b) => size[b]! - size[a]! || a - b,
  );
  const points = { coordinates, order };
  cache.set(geometry, points);
  return points;
}

/** Area of the bounding box in squared degrees: enough to rank areas by size. */
function boundsArea(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return maxX > minX ? (maxX - minX) * (maxY - minY) : 0;
}
