/**
 * assignParentsByContainment: the parent polygon that contains a point on each child's surface.
 * Expected parents follow from the constructed coordinates (squares on a regular grid, by arithmetic).
 */
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assignParentsByContainment, type GeometryLayer } from '../../../src/io/geometry';
import { interiorPoint } from '../../../src/io/geometry/interior-point';

const rectangle = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

function layerOf(geometries: Polygon[]): GeometryLayer {
  return {
    features: geometries.map((geometry) => ({ type: 'Feature', geometry, properties: {} })),
    ids: geometries.map((_, index) => String(index)),
    names: geometries.map(() => ''),
    crs: 'EPSG:4326',
    bbox: [-180, -90, 180, 90],
  };
}

// A "C" open to the east inside x 10–16: its bbox centre (13, 5) lies in the notch, and its vertex
// nearest to that centre, (10, 4.5), lies on the border x = 10 that parents 0 and 1 share.
const cShape: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [10, 0],
      [16, 0],
      [16, 1],
      [11, 1],
      [11, 9],
      [16, 9],
      [16, 10],
      [10, 10],
      [10, 5.5],
      [10, 4.5],
      [10, 0],
    ],
  ],
};

describe('assignParentsByContainment', () => {
  const parents = layerOf([rectangle(0, 0, 10, 10), rectangle(10, 0, 20, 10)]);
  it.each<[string, Polygon, number]>([
    ['inside the first parent', rectangle(1, 1, 2, 2), 0],
    ['inside the second parent', rectangle(15, 5, 16, 6), 1],
    ['outside both', rectangle(30, 30, 31, 31), -1],
    ['a C whose fallback vertex lies on the shared border', cShape, 1],
    ['touching the shared border from the west', rectangle(9, 4, 10, 6), 0],
  ])('%s', (_name, child, expected) => {
    expect(Array.from(assignParentsByContainment(layerOf([child]), parents))).toEqual([expected]);
  });

  it('returns an empty array for no children', () => {
    expect(assignParentsByContainment(layerOf([]), parents)).toEqual(new Int32Array(0));
  });

  it('matches 20,000 children to 500 parents quickly', () => {
    // Parents: 25 × 20 cells of 1°; children: 200 × 100 cells of 0.125° × 0.2°, 8 × 5 per parent.
    const parentGeometries: Polygon[] = [];
    for (let row = 0; row < 20; row++) {
      for (let column = 0; column < 25; column++)
        parentGeometries.push(rectangle(column, row, column + 1, row + 1));
    }
    const childGeometries: Polygon[] = [];
    const expected: number[] = [];
    for (let row = 0; row < 100; row++) {
      for (let column = 0; column < 200; column++) {
        const west = column * 0.125;
        const south = row * 0.2;
        childGeometries.push(rectangle(west + 0.01, south + 0.01, west + 0.115, south + 0.19));
        expected.push(Math.floor(row / 5) * 25 + Math.floor(column / 8));
      }
    }
    const started = performance.now();
    const result = assignParentsByContainment(layerOf(childGeometries), layerOf(parentGeometries));
    const milliseconds = performance.now() - started;
    expect(Array.from(result)).toEqual(expected);
    expect(milliseconds).toBeLessThan(3000); // ~150 ms on an idle laptop core; generous for busy CI
  });
});

describe('interiorPoint', () => {
  it.each<[string, Polygon, [number, number]]>([
    // The scanline passes between the vertex heights nearest the middle (y 4.5 and 5.5 → 5).
    ['the C shape: middle of its western bar', cShape, [10.5, 5]],
    ['a square: its centre', rectangle(0, 0, 2, 2), [1, 1]],
  ])('%s', (_name, polygon, expected) => {
    expect(interiorPoint(polygon)).toEqual(expected);
  });
});
