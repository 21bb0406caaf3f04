/**
 * Structural checks of one feature's geometry in its source coordinates, and the repairs that are
 * safe: an unclosed ring is closed, a degenerate ring or part is dropped.
 *
 * Severity: a problem is an error when the feature cannot be drawn (no geometry, not a polygon,
 * a coordinate that is not a number, nothing left after dropping degenerate parts); the loader then
 * drops the feature. It is a warning when the map still draws the feature: a ring that was closed,
 * a degenerate hole or part that was dropped while others remain, an outline that crosses itself.
 */
import type { Severity } from '../issue';
import { hasSelfIntersection } from './self-intersection';

/** Reasons of 'invalid-geometry', as src/i18n/issues.ts words them. */
export type GeometryReason =
  'ring-not-closed' | 'too-few-points' | 'non-finite' | 'self-intersection' | 'out-of-range' | 'zero-area';

/** One problem of a feature's geometry, before it is located. */
export type GeometryProblem =
  | { readonly code: 'empty-geometry'; readonly severity: Severity }
  | { readonly code: 'unsupported-geometry'; readonly severity: Severity; readonly type: string }
  | { readonly code: 'invalid-geometry'; readonly severity: Severity; readonly reason: GeometryReason };

/** Rings of [x, y] positions; the first ring is the outline, the others are holes. */
export type PolygonRings = number[][][];

/** A checked geometry: its type as in the file and its polygons (one for a Polygon). */
export interface CheckedGeometry {
  readonly type: 'Polygon' | 'MultiPolygon';
  readonly polygons: PolygonRings[];
}

/** The checked (and repaired) geometry, null when the feature must be dropped, with its problems. */
export function checkGeometry(geometry: unknown): {
  geometry: CheckedGeometry | null;
  problems: GeometryProblem[];
} {
  const dropped = (problem: GeometryProblem) => ({ geometry: null, problems: [problem] });
  if (geometry === null || geometry === undefined)
    return dropped({ code: 'empty-geometry', severity: 'error' });
  const type = (geometry as { type?: unknown }).type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return dropped({ code: 'unsupported-geometry', severity: 'error', type: String(type) });
  }
  const coordinates = (geometry as { coordinates?: unknown }).coordinates;
  if (!Array.isArray(coordinates) || coordinates.length === 0)
    return dropped({ code: 'empty-geometry', severity: 'error' });
  const parts = readPositions(type === 'Polygon' ? [coordinates] : coordinates);
  if (!parts) return dropped({ code: 'invalid-geometry', severity: 'error', reason: 'non-finite' });

  const repairs = new Set<GeometryReason>();
  const polygons: PolygonRings[] = [];
  for (const rings of parts) {
    const kept: PolygonRings = [];
    if (rings.length === 0) repairs.add('too-few-points');
    for (const [index, ring] of rings.entries()) {
      if (ring.length > 0 && !samePosition(ring[0]!, ring[ring.length - 1]!)) {
        ring.push([...ring[0]!]);
        repairs.add('ring-not-closed');
      }
      const reason = ring.length < 4 ? 'too-few-points' : isCollinear(ring) ? 'zero-area' : null;
      if (reason) repairs.add(reason);
      // A degenerate outline takes its holes with it; a degenerate hole goes alone.
      if (reason && index === 0) break;
      if (!reason) kept.push(ring);
    }
    if (kept.length > 0) polygons.push(kept);
  }
  const severity: Severity = polygons.length > 0 ? 'warning' : 'error';
  const problems: GeometryProblem[] = [...repairs].map((reason) => ({
    code: 'invalid-geometry',
    // Closing a ring is a repair that never loses the feature.
    severity: reason === 'ring-not-closed' ? 'warning' : severity,
    reason,
  }));
  if (polygons.length === 0) return { geometry: null, problems };
  if (polygons.some(hasSelfIntersection)) {
    problems.push({ code: 'invalid-geometry', severity: 'warning', reason: 'self-intersection' });
  }
  return { geometry: { type, polygons }, problems };
}

// Copies [x, y] of every position; null when any position is not two finite numbers.
function readPositions(parts: unknown[]): PolygonRings[] | null {
  const polygons: PolygonRings[] = [];
  for (const part of parts) {
    if (!Array.isArray(part)) return null;
    const rings: PolygonRings = [];
    for (const ring of part) {
      if (!Array.isArray(ring)) return null;
      const positions: number[][] = [];
      for (const position of ring) {
        if (!Array.isArray(position)) return null;
        const [x, y] = position as unknown[];
        if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
          return null;
        positions.push([x, y]);
      }
      rings.push(positions);
    }
    polygons.push(rings);
  }
  return polygons;
}

function samePosition(a: readonly number[], b: readonly number[]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** True when all positions lie on one line (or coincide): the ring encloses no area. */
export function isCollinear(ring: readonly (readonly number[])[]): boolean {
  const [x0, y0] = ring[0] as [number, number];
  const second = ring.find(([x, y]) => x !== x0 || y !== y0);
  if (!second) return true;
  const [x1, y1] = second as [number, number];
  // Exact zero only: a sliver is still an area the map can draw.
  return ring.every(([x, y]) => (x1 - x0) * (y! - y0) - (y1 - y0) * (x! - x0) === 0);
}
