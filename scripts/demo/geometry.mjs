/**
 * Geometry of the demo city, built in a local plane (kilometres, x east, y north, origin at the
 * centre) and projected to WGS84 at the end: an irregular outline, Voronoi cells of non-uniform seed
 * points clipped to it (Sozialräume), and districts made of contiguous cells (Stadtbezirke).
 */
import { Delaunay } from 'd3-delaunay';
import { union } from '@turf/union';

/** @typedef {[number, number]} Point */
/** @typedef {Point[]} Ring open ring: the first point is not repeated at the end */
/** @typedef {import('./random.mjs').Random} Random */

/**
 * Signed area of an open ring (positive = counter-clockwise with y up).
 * @param {readonly Point[]} ring
 */
export function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = /** @type {Point} */ (ring[i]);
    const [x2, y2] = /** @type {Point} */ (ring[(i + 1) % ring.length]);
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/**
 * Area-weighted centroid of an open ring.
 * @param {readonly Point[]} ring
 * @returns {Point}
 */
export function centroid(ring) {
  let cx = 0;
  let cy = 0;
  let twiceArea = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = /** @type {Point} */ (ring[i]);
    const [x2, y2] = /** @type {Point} */ (ring[(i + 1) % ring.length]);
    const cross = x1 * y2 - x2 * y1;
    twiceArea += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  return [cx / (3 * twiceArea), cy / (3 * twiceArea)];
}

/**
 * The city outline: a noisy ellipse (a few low harmonics on the radius), star-shaped around the
 * origin, so it is a simple polygon without deep bays.
 * @param {Random} random
 * @param {number} semiAxisX km
 * @param {number} semiAxisY km
 */
export function makeOutline(random, semiAxisX, semiAxisY) {
  const harmonics = [2, 3, 5, 7, 11].map((order, i) => ({
    order,
    amplitude: [0.09, 0.07, 0.04, 0.025, 0.012][i] ?? 0,
    phase: random.between(0, 2 * Math.PI),
  }));
  /**
   * Outline radius at angle `theta` (radians, counter-clockwise from east).
   * @param {number} theta
   */
  function radiusAt(theta) {
    const ellipse =
      (semiAxisX * semiAxisY) / Math.hypot(semiAxisY * Math.cos(theta), semiAxisX * Math.sin(theta));
    let factor = 1;
    for (const { order, amplitude, phase } of harmonics)
      factor += amplitude * Math.sin(order * theta + phase);
    return ellipse * factor;
  }
  const vertexCount = 160;
  /** @type {Ring} */
  const ring = [];
  for (let i = 0; i < vertexCount; i++) {
    const theta = (2 * Math.PI * i) / vertexCount;
    // A little jitter along the boundary, as real municipal borders follow fields and streams.
    const radius = radiusAt(theta) * (1 + 0.006 * random.normal());
    ring.push([radius * Math.cos(theta), radius * Math.sin(theta)]);
  }
  return { ring, radiusAt };
}

/**
 * Seed points by dart throwing with a spacing that grows from the centre outwards (dense inner
 * city, large outer areas), kept a little inside the outline.
 * @param {Random} random
 * @param {(theta: number) => number} radiusAt
 * @param {{ innerSpacing: number, outerSpacing: number, attempts: number, extentX: number, extentY: number }} options
 * @returns {Point[]}
 */
export function makeSeeds(random, radiusAt, options) {
  const { innerSpacing, outerSpacing, attempts, extentX, extentY } = options;
  /** @type {Point[]} */
  const seeds = [];
  /** @type {number[]} */
  const spacings = [];
  for (let attempt = 0; attempt < attempts; attempt++) {
    const x = random.between(-extentX, extentX);
    const y = random.between(-extentY, extentY);
    const theta = Math.atan2(y, x);
    const edge = radiusAt(theta);
    const distance = Math.hypot(x, y);
    const relative = distance / edge;
    if (relative > 0.93) continue;
    // Spacing grows outwards, with a random factor so that neighbouring cells differ in size.
    const spacing =
      (innerSpacing + (outerSpacing - innerSpacing) * Math.min(1, relative ** 1.4)) *
      random.between(0.8, 1.25);
    let free = true;
    for (let i = 0; i < seeds.length && free; i++) {
      const [sx, sy] = /** @type {Point} */ (seeds[i]);
      const minimum = 0.5 * (spacing + /** @type {number} */ (spacings[i]));
      if ((sx - x) ** 2 + (sy - y) ** 2 < minimum * minimum) free = false;
    }
    if (!free) continue;
    seeds.push([x, y]);
    spacings.push(spacing);
  }
  return seeds;
}

/**
 * Orientation of `p` relative to the directed line a → b (positive: left).
 * @param {Point} a
 * @param {Point} b
 * @param {Point} p
 */
function orient(a, b, p) {
  return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
}

/**
 * @param {Point} a
 * @param {Point} b
 */
function before(a, b) {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/**
 * Clips `subject` (any simple ring, counter-clockwise) with a convex counter-clockwise `clip` ring
 * (Sutherland–Hodgman). Every line and intersection is computed with its end points in a canonical
 * order, so two neighbouring cells get bit-identical points on their shared edge.
 * @param {readonly Point[]} subject
 * @param {readonly Point[]} clip
 * @returns {Ring}
 */
export function clipConvex(subject, clip) {
  /** @type {Ring} */
  let output = subject.slice();
  for (let i = 0; i < clip.length && output.length > 0; i++) {
    const c1 = /** @type {Point} */ (clip[i]);
    const c2 = /** @type {Point} */ (clip[(i + 1) % clip.length]);
    const swapped = before(c2, c1);
    const [a, b] = swapped ? [c2, c1] : [c1, c2];
    const sign = swapped ? -1 : 1;
    /** @param {Point} p */
    const side = (p) => sign * orient(a, b, p);
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const current = /** @type {Point} */ (input[j]);
      const previous = /** @type {Point} */ (input[(j + input.length - 1) % input.length]);
      const currentInside = side(current) >= 0;
      const previousInside = side(previous) >= 0;
      if (currentInside !== previousInside) output.push(intersect(a, b, previous, current));
      if (currentInside) output.push(current);
    }
  }
  return output;
}

/**
 * Intersection of the line a–b with the segment p–q, in a canonical order of both pairs.
 * @param {Point} a
 * @param {Point} b
 * @param {Point} p
 * @param {Point} q
 * @returns {Point}
 */
function intersect(a, b, p, q) {
  const [s1, s2] = before(q, p) ? [q, p] : [p, q];
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const ex = s2[0] - s1[0];
  const ey = s2[1] - s1[1];
  const t = (dx * (a[1] - s1[1]) - dy * (a[0] - s1[0])) / (dx * ey - dy * ex);
  return [s1[0] + t * ex, s1[1] + t * ey];
}

/**
 * Voronoi cells of the seeds, clipped to the outline.
 * @param {readonly Point[]} seeds
 * @param {readonly Point[]} outline counter-clockwise
 * @returns {Ring[]}
 */
export function voronoiCells(seeds, outline) {
  const delaunay = Delaunay.from(seeds);
  const voronoi = delaunay.voronoi([-40, -40, 40, 40]);
  return seeds.map((_, index) => {
    const polygon = /** @type {Point[]} */ (voronoi.cellPolygon(index)).slice(0, -1);
    if (signedArea(polygon) < 0) polygon.reverse();
    return clipConvex(outline, polygon);
  });
}

/**
 * Projects plane kilometres to WGS84 (an equirectangular approximation, ample for 25 km) and rounds
 * to 6 decimals (about 10 cm), dropping points that become equal to their predecessor.
 * @param {readonly Point[]} ring
 * @param {{ lon: number, lat: number }} origin
 * @returns {Ring}
 */
export function toLonLat(ring, origin) {
  const kmPerDegreeLat = 111.2;
  const kmPerDegreeLon = 111.32 * Math.cos((origin.lat * Math.PI) / 180);
  /** @type {Ring} */
  const out = [];
  for (const [x, y] of ring) {
    /** @type {Point} */
    const point = [round6(origin.lon + x / kmPerDegreeLon), round6(origin.lat + y / kmPerDegreeLat)];
    const last = out[out.length - 1];
    if (last && last[0] === point[0] && last[1] === point[1]) continue;
    out.push(point);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/** @param {number} value */
export function round6(value) {
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Throws when a ring turns back on itself (a spike or a zero-width bridge, which Sutherland–Hodgman
 * produces when a cell meets the outline twice) or is too small to be a polygon.
 * @param {readonly Point[]} ring
 * @param {string} what
 */
export function assertCleanRing(ring, what) {
  if (ring.length < 3) throw new Error(`degenerate ring: ${what}`);
  for (let i = 0; i < ring.length; i++) {
    const a = /** @type {Point} */ (ring[(i + ring.length - 1) % ring.length]);
    const b = /** @type {Point} */ (ring[i]);
    const c = /** @type {Point} */ (ring[(i + 1) % ring.length]);
    const ux = b[0] - a[0];
    const uy = b[1] - a[1];
    const vx = c[0] - b[0];
    const vy = c[1] - b[1];
    const cross = ux * vy - uy * vx;
    const dot = ux * vx + uy * vy;
    if (dot < 0 && Math.abs(cross) <= 1e-9 * Math.hypot(ux, uy) * Math.hypot(vx, vy) + 1e-15) {
      throw new Error(`ring turns back on itself: ${what}`);
    }
  }
}

/**
 * Closes an open ring and orients it for RFC 7946 (exterior counter-clockwise, holes clockwise).
 * @param {readonly Point[]} ring
 * @param {boolean} exterior
 * @returns {Point[]}
 */
export function closeRing(ring, exterior) {
  const open = ring.slice();
  const first = open[0];
  const last = open[open.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1]) open.pop();
  const counterClockwise = signedArea(open) > 0;
  if (counterClockwise !== exterior) open.reverse();
  return [...open, /** @type {Point} */ (open[0])];
}

/**
 * Key of an undirected edge between two (rounded) points.
 * @param {Point} p
 * @param {Point} q
 */
function edgeKey(p, q) {
  const a = `${p[0]},${p[1]}`;
  const b = `${q[0]},${q[1]}`;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Neighbours of each ring: rings that share at least one edge.
 * @param {readonly (readonly Point[])[]} rings rounded, open
 * @returns {Set<number>[]}
 */
export function adjacency(rings) {
  /** @type {Map<string, number[]>} */
  const owners = new Map();
  rings.forEach((ring, index) => {
    for (let i = 0; i < ring.length; i++) {
      const key = edgeKey(/** @type {Point} */ (ring[i]), /** @type {Point} */ (ring[(i + 1) % ring.length]));
      const list = owners.get(key);
      if (list) list.push(index);
      else owners.set(key, [index]);
    }
  });
  const neighbours = rings.map(() => new Set());
  for (const list of owners.values()) {
    for (const a of list) for (const b of list) if (a !== b) neighbours[a]?.add(b);
  }
  return /** @type {Set<number>[]} */ (neighbours);
}

/**
 * Connected components of `members` in the adjacency graph.
 * @param {readonly number[]} members
 * @param {readonly Set<number>[]} neighbours
 * @returns {number[][]}
 */
export function components(members, neighbours) {
  const inSet = new Set(members);
  const seen = new Set();
  /** @type {number[][]} */
  const result = [];
  for (const start of members) {
    if (seen.has(start)) continue;
    const component = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const current = /** @type {number} */ (stack.pop());
      component.push(current);
      for (const next of neighbours[current] ?? []) {
        if (inSet.has(next) && !seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    result.push(component.sort((a, b) => a - b));
  }
  return result;
}

/**
 * Union of rounded cell rings into one district geometry, oriented and rounded for RFC 7946.
 * @param {readonly (readonly Point[])[]} rings rounded lon/lat, open
 * @returns {{ type: 'Polygon', coordinates: Point[][] } | { type: 'MultiPolygon', coordinates: Point[][][] }}
 */
export function unionRings(rings) {
  const features = rings.map((ring) => ({
    type: /** @type {const} */ ('Feature'),
    properties: {},
    geometry: { type: /** @type {const} */ ('Polygon'), coordinates: [closeRing(ring, true)] },
  }));
  const merged = union({ type: 'FeatureCollection', features });
  if (!merged) throw new Error('union of no polygons');
  const geometry = merged.geometry;
  /** @param {number[][][]} polygon */
  const tidy = (polygon) =>
    polygon.map((ring, i) => closeRing(toOpenRounded(/** @type {Point[]} */ (ring)), i === 0));
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: tidy(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(tidy) };
}

/**
 * @param {readonly Point[]} ring
 * @returns {Ring}
 */
function toOpenRounded(ring) {
  /** @type {Ring} */
  const out = [];
  for (const [x, y] of ring) {
    /** @type {Point} */
    const point = [round6(x), round6(y)];
    const last = out[out.length - 1];
    if (last && last[0] === point[0] && last[1] === point[1]) continue;
    out.push(point);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}
