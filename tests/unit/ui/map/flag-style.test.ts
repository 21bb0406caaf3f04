import {
  expression,
  featureFilter,
  latest,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  FLAG_IMAGE,
  flagFilter,
  flaggedInSomeYear,
  flagHatchImage,
  flagLayers,
  flagStates,
} from '../../../../src/ui/map/flag-style';
import { levelLayers } from '../../../../src/ui/map/map-style';

describe('flag-style', () => {
  it('paints only flagged areas, and nothing when flags are hidden', () => {
    // FLAGGED 1, NOT_FLAGGED 0, UNDECIDED −1: only 1 is drawn
    expect(Array.from(flagStates(Int8Array.of(1, 0, -1, 1), true, 4))).toEqual([1, 0, 0, 1]);
    expect(Array.from(flagStates(Int8Array.of(1, 0, -1, 1), false, 4))).toEqual([0, 0, 0, 0]);
    expect(Array.from(flagStates(null, true, 2))).toEqual([0, 0]);
  });

  it("draws a hatch and a double outline from the level's source, by feature state", () => {
    const [hatch, casing, outline] = flagLayers('sozialraum', [2, 7]);
    // The level's own source, filtered to the areas flagged in some year (flag-layer.ts).
    for (const layer of [hatch, casing, outline]) {
      expect(layer).toMatchObject({ source: 'qm-sozialraum', filter: flagFilter([2, 7]) });
    }
    expect(hatch).toMatchObject({ id: 'qm-sozialraum-flag-hatch', type: 'fill' });
    expect(hatch!.paint).toMatchObject({ 'fill-pattern': FLAG_IMAGE });
    expect(outline).toMatchObject({ id: 'qm-sozialraum-flag-outline', type: 'line' });
    expect(casing).toMatchObject({ id: 'qm-sozialraum-flag-casing', type: 'line' });
    expect(outline!.paint).toMatchObject({ 'line-color': '#1d2733', 'line-width': 2 });
    // MapLibre ignores a feature-state opacity on dashed lines: keep the outline solid
    expect(outline!.paint).not.toHaveProperty('line-dasharray');
    expect(JSON.stringify(hatch!.paint)).toContain('"feature-state","hb"');
    // The first view's flags come as a property of the source (no feature-state pass at first paint).
    expect(JSON.stringify(hatch!.paint)).toContain('"get","hb"');
  });

  it('filters to the listed areas by feature id: not the other areas, not the parent boundaries', () => {
    // Ids as in area-source.ts: areas 0..n−1, then the parent level's boundary lines.
    const drawn = (areas: number[], id: number, type: 'Polygon' | 'LineString') =>
      featureFilter(flagFilter(areas), 'filter').filter({ zoom: 10 }, {
        type: type === 'Polygon' ? 3 : 2,
        id,
        properties: {},
      } as never);
    expect(drawn([2, 7], 2, 'Polygon')).toBe(true);
    expect(drawn([2, 7], 7, 'Polygon')).toBe(true);
    expect(drawn([2, 7], 3, 'Polygon')).toBe(false);
    expect(drawn([2, 7], 12, 'LineString')).toBe(false);
    // No area flagged in any year: nothing drawn (a match needs at least one label).
    expect(flagFilter([])).toBe(false);
    expect(drawn([], 2, 'Polygon')).toBe(false);
  });

  it('finds the areas flagged in at least one year', () => {
    // 3 areas × 3 years, year-major: area 0 in year 2, area 2 in years 1 and 3; UNDECIDED (−1) is not flagged
    const cells = Int8Array.of(0, 0, 1, /**/ 0, -1, 0, /**/ 1, 0, 1);
    expect(flaggedInSomeYear(cells, 3)).toEqual([0, 2]);
    expect(flaggedInSomeYear(Int8Array.of(0, -1, 0, 0), 2)).toEqual([]);
  });

  it('leaves the hatch transparent between its lines', () => {
    const image = flagHatchImage(10);
    const alpha = (x: number, y: number) => image.data[(y * 10 + x) * 4 + 3];
    expect(alpha(3, 3)).toBe(230); // on the diagonal
    expect(alpha(5, 0)).toBe(0); // between two lines
  });
});

// MapLibre links one GL program per combination of per-feature and constant paint properties. The
// parent lines, the flag lines and the boundary lines are kept to one combination
// (PARENT_LINE_OPACITY, OUTLINE_OPACITY), so the first frame links and compiles one line program.
describe('parent lines, flag lines and boundary lines', () => {
  // How MapLibre binds a property: a uniform (constant or by zoom only), an attribute (per feature),
  // or an attribute interpolated by zoom (per feature and zoom); each gives another program.
  const binding = (layer: LayerSpecification, property: string) => {
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
      'paint_line'
    ]![property]!;
    const value = (layer.paint as Record<string, unknown> | undefined)?.[property] ?? spec.default;
    const parsed = expression.createPropertyExpression(value, property, spec);
    if (parsed.result !== 'success') throw new Error(`${layer.id} ${property}: not an expression`);
    return { constant: 'uniform', camera: 'uniform', source: 'attribute', composite: 'zoom attribute' }[
      parsed.value.kind
    ];
  };

  it('read the same paint properties per feature, so they share one GL program', () => {
    const parent = levelLayers('sozialraum').parentLines[0]!;
    // The paint properties a line may read per feature (the rest are constant for every line).
    const lineSpecs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
      'paint_line'
    ]!;
    const properties = Object.keys(lineSpecs).filter(
      (property) => (lineSpecs[property] as { 'property-type'?: string })['property-type'] === 'data-driven',
    );
    expect(properties).toEqual(expect.arrayContaining(['line-color', 'line-width', 'line-opacity']));
    // The boundaries too, where they are lines (BoundaryMode 'line').
    const boundaries = levelLayers('sozialraum', 'line').outlines[0]!;
    for (const flagLine of [
      ...flagLayers('sozialraum', [1]).filter((layer) => layer.type === 'line'),
      boundaries,
    ])
      for (const property of properties)
        expect([property, binding(flagLine, property)]).toEqual([property, binding(parent, property)]);
    // The check can tell the three apart: a constant, a per-feature and a per-feature-and-zoom opacity.
    const withOpacity = (opacity: unknown) =>
      ({ ...parent, paint: { ...parent.paint, 'line-opacity': opacity } }) as LayerSpecification;
    expect(binding(withOpacity(1), 'line-opacity')).toBe('uniform');
    expect(binding(withOpacity(['get', 'o']), 'line-opacity')).toBe('attribute');
    expect(
      binding(withOpacity(['interpolate', ['linear'], ['zoom'], 8, ['get', 'o'], 12, 1]), 'line-opacity'),
    ).toBe('zoom attribute');
  });
});
