/**
 * Whether a polygon's outline crosses itself (a ring crossing itself or another ring of the same
 * polygon). A sweep over segments sorted by their west end tests only segments whose x ranges overlap,
 * so a ring of n vertices costs about n log n instead of @turf/kinks' n² (Berlin's 542 planning areas,
 * ~190,000 vertices, take milliseconds).
 *
 * Only proper crossings count: rings that touch at a vertex (ESRI's inverted holes) are not flagged.
 */

/** True when two non-adjacent edges of the polygon's rings cross at a point inside both. */
export function hasSelfIntersection(rings: readonly (readonly (readonly number[])[])[]): boolean {
  let count = 0;
  for (const ring of rings) count += Math.max(0, ring.length - 1);
  const x1 = new Float64Array(count);
  const y1 = new Float64Array(count);
  const x2 = new Float64Array(count);
  const y2 = new Float64Array(count);
  const ringOf = new Int32Array(count);
  const indexInRing = new Int32Array(count);
  const lastInRing = new Int32Array(count);
  let segment = 0;
  rings.forEach((ring, ringIndex) => {
    const last = ring.length - 2;
    for (let index = 0; index <= last; index++, segment++) {
      const from = ring[index]!;
      const to = ring[index + 1]!;
      x1[segment] = from[0]!;
      y1[segment] = from[1]!;
      x2[segment] = to[0]!;
      y2[segment] = to[1]!;
      ringOf[segment] = ringIndex;
      indexInRing[segment] = index;
      lastInRing[segment] = last;
    }
  });
  const west = new Float64Array(count);
  const east = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    west[index] = Math.min(x1[index]!, x2[index]!);
    east[index] = Math.max(x1[index]!, x2[index]!);
  }
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index++) order[index] = index;
  order.sort((a, b) => west[a]! - west[b]!);

  const isAdjacent = (a: number, b: number): boolean => {
    if (ringOf[a] !== ringOf[b]) return false;
    const gap = Math.abs(indexInRing[a]! - indexInRing[b]!);
    return gap <= 1 || gap === lastInRing[a];
  };
  const crosses = (a: number, b: number): boolean => {
    const d1 = orientation(x1[a]!, y1[a]!, x2[a]!, y2[a]!, x1[b]!, y1[b]!);
    const d2 = orientation(x1[a]!, y1[a]!, x2[a]!, y2[a]!, x2[b]!, y2[b]!);
    if (!((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0))) return false;
    const d3 = orientation(x1[b]!, y1[b]!, x2[b]!, y2[b]!, x1[a]!, y1[a]!);
    const d4 = orientation(x1[b]!, y1[b]!, x2[b]!, y2[b]!, x2[a]!, y2[a]!);
    return (d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0);
  };

  const active = new Int32Array(count);
  let activeCount = 0;
  for (const current of order) {
    const start = west[current]!;
    const south = Math.min(y1[current]!, y2[current]!);
    const north = Math.max(y1[current]!, y2[current]!);
    let kept = 0;
    for (let index = 0; index < activeCount; index++) {
      const other = active[index]!;
      if (east[other]! < start) continue; // ends west of everything still to come
      active[kept++] = other;
      if (Math.max(y1[other]!, y2[other]!) < south || Math.min(y1[other]!, y2[other]!) > north) continue;
      if (!isAdjacent(current, other) && crosses(current, other)) return true;
    }
    activeCount = kept;
    active[activeCount++] = current;
  }
  return false;
}

// Twice the signed area of the triangle (a, b, c): > 0 when c lies left of a→b.
function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}
