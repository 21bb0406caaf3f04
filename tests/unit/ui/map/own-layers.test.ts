import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { flagLayers } from '../../../../src/ui/map/flag-style';
import {
  baseStyle,
  choroplethLayers,
  highlightSourceIdOf,
  patternLayer,
  sourceIdOf,
  type BoundaryMode,
} from '../../../../src/ui/map/map-style';
import { addOwnLayer } from '../../../../src/ui/map/own-layers';

// The map adds these layers without MapLibre's validation (own-layers.ts): the style spec checks
// them here instead, for both boundary modes, every level and every optional layer.
describe('our layers against the MapLibre style spec', () => {
  const levelIds = ['sozialraum', 'stadtbezirk'];

  function styleWith(boundaries: BoundaryMode): StyleSpecification {
    const style = baseStyle(null);
    for (const levelId of levelIds) {
      style.sources[sourceIdOf(levelId)] = {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
      };
      style.sources[highlightSourceIdOf(levelId)] = {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
      };
    }
    style.layers.push(
      ...choroplethLayers(levelIds, boundaries),
      ...levelIds.flatMap((levelId) => [
        patternLayer(levelId, 'no-data', boundaries),
        patternLayer(levelId, 'suppressed', boundaries),
        // With areas flagged in some year on the first level, none on the second (filter `false`).
        ...flagLayers(levelId, levelId === 'sozialraum' ? [0, 4, 5] : []),
      ]),
    );
    return style;
  }

  it.each(['edge', 'line'] as const)('are valid with %s boundaries', (boundaries) => {
    const style = styleWith(boundaries);
    expect(style.layers.length).toBeGreaterThan(10);
    expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
  });

  it('the spec check can fail: a misspelt paint property is reported', () => {
    const style = styleWith('edge');
    const fill = style.layers.find((layer) => layer.type === 'fill')!;
    (fill as { paint: Record<string, unknown> }).paint['fill-colour'] = '#000';
    expect(validateStyleMin(style).length).toBeGreaterThan(0);
  });
});

describe('addOwnLayer', () => {
  it("adds through the style without validation and marks the map's style changed", () => {
    const calls: unknown[][] = [];
    const map = {
      style: { addLayer: (...args: unknown[]) => calls.push(['addLayer', ...args]) },
      _update: (...args: unknown[]) => calls.push(['_update', ...args]),
    };
    const layer = choroplethLayers(['sozialraum'])[0]!;
    addOwnLayer(map as never, layer, 'below');
    expect(calls).toEqual([
      ['addLayer', layer, 'below', { validate: false }],
      ['_update', true],
    ]);
  });
});
