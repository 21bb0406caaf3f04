/**
 * The layout of the demo city: Sozialräume (Voronoi cells), Stadtbezirke (contiguous groups of
 * cells), their ids and names, and a few special areas the data model refers to.
 */
import {
  adjacency,
  assertCleanRing,
  centroid,
  components,
  makeOutline,
  makeSeeds,
  signedArea,
  toLonLat,
  unionRings,
  voronoiCells,
} from './geometry.mjs';
import {
  CENTRAL_DISTRICT_NAME,
  INNER_NAMES,
  MIDDLE_NAMES,
  OUTER_NAMES,
  RING_DISTRICT_NAMES,
  SPECIAL_NAMES,
} from './names.mjs';

/** @typedef {import('./geometry.mjs').Point} Point */
/** @typedef {import('./random.mjs').Random} Random */
/** @typedef {'industry' | 'park' | 'newBuild' | 'estate' | 'station' | 'oldTown'} Special */

/**
 * @typedef {object} Cell
 * @property {string} id Sozialraum key, district number + area number ("0101")
 * @property {string} name
 * @property {string} districtId
 * @property {Point} center centroid in plane km
 * @property {number} areaKm2
 * @property {number} relativeRadius distance from the centre relative to the outline (0 centre, 1 edge)
 * @property {Special | null} special
 * @property {Point[]} ring rounded lon/lat, open, counter-clockwise
 */

/**
 * @typedef {object} District
 * @property {string} id
 * @property {string} name
 * @property {ReturnType<typeof unionRings>} geometry
 */

/** Where the special areas lie, in plane km from the centre. */
const SPECIAL_PLACES = /** @type {const} */ ([
  ['oldTown', [0, 0]],
  ['station', [0.4, 1.6]],
  ['park', [1.9, -1.3]],
  ['industry', [5.6, -0.9]],
  ['estate', [-5.4, 4.2]],
  ['newBuild', [-7.2, -3.8]],
]);

/**
 * @param {Random} random
 * @param {{ lon: number, lat: number }} origin
 * @returns {{ cells: Cell[], districts: District[], radiusAt: (theta: number) => number }}
 */
export function buildCity(random, origin) {
  const outline = makeOutline(random, 11.6, 8.4);
  const seeds = makeSeeds(random, outline.radiusAt, {
    innerSpacing: 0.65,
    outerSpacing: 2.5,
    attempts: 20000,
    extentX: 14,
    extentY: 11,
  });
  const planeRings = voronoiCells(seeds, outline.ring);
  const rings = planeRings.map((ring) => toLonLat(ring, origin));
  rings.forEach((ring, index) => assertCleanRing(ring, `cell ${index}`));
  const neighbours = adjacency(rings);
  const centers = planeRings.map((ring) => centroid(ring));
  const areas = planeRings.map((ring) => signedArea(ring));

  const districtOf = assignDistricts(random, centers, neighbours, outline.radiusAt);
  const districtCount = Math.max(...districtOf) + 1;

  // Number districts: the centre is 01, then clockwise from north (by the bearing of the mean of
  // each district's cell centroids).
  const districtIndices = Array.from({ length: districtCount }, (_, d) => d);
  const bearing = districtIndices.map((d) => {
    const members = centers.filter((_, i) => districtOf[i] === d);
    const x = members.reduce((s, p) => s + p[0], 0) / members.length;
    const y = members.reduce((s, p) => s + p[1], 0) / members.length;
    return (Math.atan2(x, y) + 2 * Math.PI) % (2 * Math.PI);
  });
  const ringOrder = districtIndices
    .slice(1)
    .sort((a, b) => /** @type {number} */ (bearing[a]) - /** @type {number} */ (bearing[b]));
  const districtNumber = new Map([
    [0, 1],
    ...ringOrder.map((d, k) => /** @type {[number, number]} */ ([d, k + 2])),
  ]);

  /** @type {(Special | null)[]} */
  const special = centers.map(() => null);
  for (const [kind, place] of SPECIAL_PLACES) {
    const index = nearestCell(planeRings, centers, place, special);
    special[index] = kind;
  }

  const relativeRadius = centers.map(([x, y]) => Math.hypot(x, y) / outline.radiusAt(Math.atan2(y, x)));
  const names = assignNames(random, relativeRadius, special);

  /** @type {Cell[]} */
  const cells = [];
  for (let d = 0; d < districtCount; d++) {
    const members = centers.map((_, i) => i).filter((i) => districtOf[i] === d);
    // Area numbers run from the inner edge of the district outwards.
    members.sort(
      (a, b) => /** @type {number} */ (relativeRadius[a]) - /** @type {number} */ (relativeRadius[b]),
    );
    const districtId = pad2(/** @type {number} */ (districtNumber.get(d)));
    members.forEach((i, k) => {
      cells.push({
        id: districtId + pad2(k + 1),
        name: /** @type {string} */ (names[i]),
        districtId,
        center: /** @type {Point} */ (centers[i]),
        areaKm2: /** @type {number} */ (areas[i]),
        relativeRadius: /** @type {number} */ (relativeRadius[i]),
        special: special[i] ?? null,
        ring: /** @type {Point[]} */ (rings[i]),
      });
    });
  }
  cells.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  /** @type {District[]} */
  const districts = [];
  for (let d = 0; d < districtCount; d++) {
    const number = /** @type {number} */ (districtNumber.get(d));
    const id = pad2(number);
    const geometry = unionRings(cells.filter((cell) => cell.districtId === id).map((cell) => cell.ring));
    if (geometry.type !== 'Polygon' || geometry.coordinates.length !== 1) {
      throw new Error(`district ${id} is not one polygon without holes`);
    }
    districts.push({
      id,
      name: number === 1 ? CENTRAL_DISTRICT_NAME : /** @type {string} */ (RING_DISTRICT_NAMES[number - 2]),
      geometry,
    });
  }
  districts.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { cells, districts, radiusAt: outline.radiusAt };
}

/** @param {number} n */
function pad2(n) {
  return String(n).padStart(2, '0');
}

/**
 * Index of the cell whose polygon contains `place` (or the nearest centroid), skipping taken cells.
 * @param {readonly Point[][]} planeRings
 * @param {readonly Point[]} centers
 * @param {readonly [number, number]} place
 * @param {readonly (Special | null)[]} taken
 */
function nearestCell(planeRings, centers, place, taken) {
  let best = -1;
  let bestDistance = Infinity;
  centers.forEach(([x, y], i) => {
    if (taken[i] !== null) return;
    const inside = containsPoint(/** @type {Point[]} */ (planeRings[i]), place);
    const distance = inside ? -1 : Math.hypot(x - place[0], y - place[1]);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best;
}

/**
 * Even–odd point in polygon.
 * @param {readonly Point[]} ring
 * @param {readonly [number, number]} point
 */
function containsPoint(ring, point) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = /** @type {Point} */ (ring[i]);
    const [xj, yj] = /** @type {Point} */ (ring[j]);
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/**
 * Assigns cells to districts: a small central district, and a ring of districts around it, each
 * cell to the nearest district seed; then repairs any district that falls apart into pieces.
 * @param {Random} random
 * @param {readonly Point[]} centers
 * @param {readonly Set<number>[]} neighbours
 * @param {(theta: number) => number} radiusAt
 * @returns {number[]} district index per cell (0 = centre)
 */
function assignDistricts(random, centers, neighbours, radiusAt) {
  const ringCount = 9;
  /** @type {Point[]} */
  const districtSeeds = [[random.between(-0.3, 0.3), random.between(-0.3, 0.3)]];
  const offset = random.between(0, (2 * Math.PI) / ringCount);
  for (let k = 0; k < ringCount; k++) {
    const theta = offset + (2 * Math.PI * k) / ringCount + random.between(-0.15, 0.15);
    const radius = radiusAt(theta) * random.between(0.5, 0.62);
    districtSeeds.push([radius * Math.cos(theta), radius * Math.sin(theta)]);
  }
  const districtOf = centers.map(([x, y]) => {
    let best = 0;
    let bestDistance = Infinity;
    districtSeeds.forEach(([sx, sy], d) => {
      // The inner city is dense: stretch distances to the central seed to keep Mitte small.
      const distance = Math.hypot(x - sx, y - sy) * (d === 0 ? 2.2 : 1);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = d;
      }
    });
    return best;
  });
  // Reattach stray pieces to the neighbouring district they share most edges with.
  for (let pass = 0; pass < 5; pass++) {
    let changed = false;
    for (let d = 0; d < districtSeeds.length; d++) {
      const members = districtOf.flatMap((value, i) => (value === d ? [i] : []));
      const pieces = components(members, neighbours).sort((a, b) => b.length - a.length);
      for (const piece of pieces.slice(1)) {
        for (const cell of piece) {
          /** @type {Map<number, number>} */
          const votes = new Map();
          for (const next of neighbours[cell] ?? []) {
            const other = /** @type {number} */ (districtOf[next]);
            if (other !== d) votes.set(other, (votes.get(other) ?? 0) + 1);
          }
          const winner = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
          if (winner) {
            districtOf[cell] = winner[0];
            changed = true;
          }
        }
      }
    }
    if (!changed) break;
  }
  return districtOf;
}

/**
 * Names by position: special cells get their fixed names, the rest draw from the inner, middle or
 * outer list by distance from the centre.
 * @param {Random} random
 * @param {readonly number[]} relativeRadius
 * @param {readonly (Special | null)[]} special
 */
function assignNames(random, relativeRadius, special) {
  const used = new Set(Object.values(SPECIAL_NAMES));
  const pools = [INNER_NAMES, MIDDLE_NAMES, OUTER_NAMES].map((list) =>
    random.shuffle(list.filter((name) => !used.has(name))),
  );
  return relativeRadius.map((radius, i) => {
    const kind = special[i];
    if (kind) return SPECIAL_NAMES[kind];
    const preferred = radius < 0.3 ? 0 : radius < 0.72 ? 1 : 2;
    // Fall back to the neighbouring pool when one runs out.
    for (const index of [preferred, 1, 2, 0]) {
      const name = pools[index]?.shift();
      if (name !== undefined) return name;
    }
    throw new Error('ran out of names');
  });
}
