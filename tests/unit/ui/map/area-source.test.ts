import { describe, expect, it } from 'vitest';
import type { LevelGeometry } from '../../../../src/io/load-dataset';
import { AREA_TILE_BUFFER, addAreaSource, boundaryLines } from '../../../../src/ui/map/area-source';
import { flagLayers } from '../../../../src/ui/map/flag-style';
import { choroplethLayers } from '../../../../src/ui/map/map-style';

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

/** The widest a layer's `line-width` can be: the outputs of its expression, not its inputs (zoom stops, states). */
function widestOutput(value: unknown): number {
  if (typeof value === 'number') return value;
  if (!Array.isArray(value)) return 1; // MapLibre's default line width
  const [op, ...args] = value as [string, ...unknown[]];
  const outputs =
    op === 'interpolate'
      ? args.slice(2).filter((_, index) => index % 2 === 1)
      : op === 'step'
        ? args.slice(1).filter((_, index) => index % 2 === 0)
        : op === 'case'
          ? args.filter((_, index) => index % 2 === 1 || index === args.length - 1)
          : op === 'match'
            ? args.slice(1).filter((_, index) => index % 2 === 1 || index === args.length - 2)
            : args;
  return Math.max(...outputs.map(widestOutput));
}

describe('tile buffer', () => {
  it('reaches past the widest line the map draws, miter joins included', () => {
    const layers = [
      ...choroplethLayers(['sozialraum', 'bezirk'], 'line'),
      ...choroplethLayers(['sozialraum', 'bezirk'], 'edge'),
      ...flagLayers('sozialraum', [1, 2]),
    ];
    const lines = layers.filter((layer) => layer.type === 'line');
    const reaches = lines.map((layer) => {
      const width = widestOutput(layer.paint?.['line-width']);
      const join = layer.layout?.['line-join'] ?? 'miter';
      const miterLimit = Number(layer.layout?.['line-miter-limit'] ?? 2);
      // A miter reaches miterLimit × half the width past its vertex; caps and round joins half the width.
      return join === 'miter' ? Math.max(1, miterLimit) * (width / 2) : width / 2;
    });
    expect(Math.max(...reaches)).toBeGreaterThanOrEqual(5); // the flag casing is among them
    for (const reach of reaches) expect(reach).toBeLessThanOrEqual(AREA_TILE_BUFFER);
  });
});
