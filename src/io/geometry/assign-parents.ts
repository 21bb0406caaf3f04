/**
 * Parents by spatial containment (the manifest's `{type: 'contains'}` rule): the parent of an area is
 * the parent polygon that contains a point on the area's surface. A grid over the parents' boxes keeps
 * 20,000 children × 500 parents to a few point-in-polygon tests per child.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Position } from 'geojson';
import { interiorPoint } from './interior-point';
import type { AreaFeature, GeometryLayer } from './types';

/**
 * For each child feature, the index of the parent feature that contains it (the first in parent order
 * where parents overlap), or -1 where none does.
 *
 * The point tested is `@turf/point-on-feature`'s; where that falls back to a vertex (on the boundary,
 * shared with the neighbouring parent), a scanline interior point is used instead.
 */
export function assignParentsByContainment(children: GeometryLayer, parents: GeometryLayer): Int32Array {
  const index = new ParentGrid(parents.features);
  const result = new Int32Array(children.features.length).fill(-1);
  children.features.forEach((child, childIndex) => {
    const point = pointInside(child);
    if (point) result[childIndex] = index.find(point);
  });
  return result;
}

function pointInside(feature: AreaFeature): Position | null {
  const candidate = pointOnFeature(feature).geometry.coordinates;
  if (booleanPointInPolygon(candidate, feature, { ignoreBoundary: true })) return candidate;
  return interiorPoint(feature.geometry);
}

/** Parents bucketed by the grid cells their bounding boxes touch. */
class ParentGrid {
  private readonly boxes: Float64Array;
  private readonly cells: number[][];
  private readonly size: number;
  private extent: [number, number, number, number];

  constructor(private readonly parents: readonly AreaFeature[]) {
    this.boxes = new Float64Array(parents.length * 4);
    this.extent = [Infinity, Infinity, -Infinity, -Infinity];
    parents.forEach((parent, parentIndex) => {
      const box = boundingBox(parent);
      this.boxes.set(box, parentIndex * 4);
      this.extent = [
        Math.min(this.extent[0], box[0]),
        Math.min(this.extent[1], box[1]),
        Math.max(this.extent[2], box[2]),
        Math.max(this.extent[3], box[3]),
      ];
    });
    // About one parent per cell on average.
    this.size = Math.max(1, Math.ceil(Math.sqrt(parents.length)));
    this.cells = Array.from({ length: this.size * this.size }, () => []);
    parents.forEach((_, parentIndex) => {
      const [west, south, east, north] = this.boxes.subarray(parentIndex * 4, parentIndex * 4 + 4);
      const [column0, row0] = this.cellOf(west!, south!);
      const [column1, row1] = this.cellOf(east!, north!);
      for (let row = row0; row <= row1; row++) {
        for (let column = column0; column <= column1; column++)
          this.cells[row * this.size + column]!.push(parentIndex);
      }
    });
  }

  /** The first parent containing the point, or -1. */
  find(point: Position): number {
    const [x, y] = point as [number, number];
    const [west, south, east, north] = this.extent;
    if (!(x >= west && x <= east && y >= south && y <= north)) return -1;
    const [column, row] = this.cellOf(x, y);
    for (const parentIndex of this.cells[row * this.size + column]!) {
      const offset = parentIndex * 4;
      const b = this.boxes;
      if (x < b[offset]! || y < b[offset + 1]! || x > b[offset + 2]! || y > b[offset + 3]!) continue;
      if (booleanPointInPolygon(point, this.parents[parentIndex]!)) return parentIndex;
    }
    return -1;
  }

  private cellOf(x: number, y: number): [number, number] {
    const [west, south, east, north] = this.extent;
    const clamp = (value: number) => Math.min(this.size - 1, Math.max(0, Math.floor(value * this.size)));
    return [clamp((x - west) / (east - west || 1)), clamp((y - south) / (north - south || 1))];
  }
}

function boundingBox(feature: AreaFeature): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons =
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const rings of polygons) {
    for (const [x, y] of rings[0] ?? []) {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    }
  }
  return box;
}
