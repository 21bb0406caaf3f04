import { describe, expect, it } from 'vitest';
import type { LevelGeometry } from '../../../../src/io/load-dataset';
import { addAreaSource, boundaryLines } from '../../../../src/ui/map/area-source';

const square = (x: number): GeoJSON.Position[] => [
  [x, 0],
  [x + 1, 0],
  [x + 1, 1],
  [x, 1],
  [x, 0],
];

const parent: LevelGeometry = {
  bbox: [0, 0, 12, 1],
  features: [
    { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square(0)] } },
    {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [[square(5)], [square(10)]] },
    },
  ],
};

describe('area source', () => {
  it('turns each parent area into one line feature of all its rings, numbered after the areas', () => {
    const lines = boundaryLines(parent, 7);
    expect(lines.map((line) => line.id)).toEqual([7, 8]);
    expect(lines[0]!.geometry).toEqual({ type: 'MultiLineString', coordinates: [square(0)] });
    expect(lines[1]!.geometry).toEqual({ type: 'MultiLineString', coordinates: [square(5), square(10)] });
    expect(boundaryLines(null, 0)).toEqual([]);
  });

  it('puts the areas first (id = area index, with their first-view properties), then the parent lines', () => {
    const added: { id: string; data: GeoJSON.FeatureCollection }[] = [];
    const map = {
      getSource: () => undefined,
      removeSource: () => {},
      addSource: (id: string, source: { data: GeoJSON.FeatureCollection }) =>
        added.push({ id, data: source.data }),
    };
    const child: LevelGeometry = { bbox: parent.bbox, features: parent.features.slice(0, 1) };
    addAreaSource(map as never, 'qm-child', child, (area) => ({ cls: area + 3 }), parent);
    const features = added[0]!.data.features;
    expect(features.map((feature) => [feature.id, feature.geometry.type, feature.properties])).toEqual([
      [0, 'Polygon', { cls: 3 }],
      [1, 'MultiLineString', {}],
      [2, 'MultiLineString', {}],
    ]);
  });
});
