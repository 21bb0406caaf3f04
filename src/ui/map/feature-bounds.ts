/**
 * The bounding box of one area, for zooming to it. Apart from label-points.ts, whose turf code loads
 * only when labels are switched on.
 */
/** The bounding box [west, south, east, north] of one feature. */
export function featureBounds(
  feature: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>,
): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const rings =
    feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
  }
  return [west, south, east, north];
}
