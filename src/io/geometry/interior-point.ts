/**
 * A point strictly inside a polygon, by a horizontal scanline (the method of JTS's InteriorPointArea):
 * the middle of the widest interior stretch of a line through the polygon's middle that passes
 * between vertices.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A point inside the geometry (inside its widest stretch over all parts), or null if degenerate. */
export function interiorPoint(geometry: Polygon | MultiPolygon): Position | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Position | null = null;
  let bestWidth = 0;
  for (const rings of polygons) {
    const y = scanlineY(rings);
    if (y === null) continue;
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let index = 0; index < ring.length - 1; index++) {
        const [ax, ay] = ring[index]! as [number, number];
        const [bx, by] = ring[index + 1]! as [number, number];
        if (ay > y !== by > y) crossings.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
      }
    }
    crossings.sort((a, b) => a - b);
    // Even-odd: stretches between the 1st and 2nd, 3rd and 4th, … crossing lie inside.
    for (let index = 0; index + 1 < crossings.length; index += 2) {
      const width = crossings[index + 1]! - crossings[index]!;
      if (width > bestWidth) {
        bestWidth = width;
        best = [(crossings[index]! + crossings[index + 1]!) / 2, y];
      }
    }
  }
  return best;
}

// A y between the two vertex heights nearest to the middle of the outline, so no vertex lies on it.
function scanlineY(rings: Position[][]): number | null {
  const outline = rings[0] ?? [];
  let south = Infinity;
  let north = -Infinity;
  for (const position of outline) {
    south = Math.min(south, position[1]!);
    north = Math.max(north, position[1]!);
  }
  if (!(north > south)) return null;
  const middle = (south + north) / 2;
  let below = south;
  let above = north;
  for (const ring of rings) {
    for (const position of ring) {
      const y = position[1]!;
      if (y <= middle && y > below) below = y;
      if (y > middle && y < above) above = y;
    }
  }
  return (below + above) / 2;
}
