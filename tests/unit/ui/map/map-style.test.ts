import { describe, expect, it } from 'vitest';
import { MISSING_STYLES } from '../../../../src/ui/legend/missing-style';
import {
  AREAS_ONLY,
  boundaryModeFor,
  isPatternLayerId,
  LINE_BOUNDARIES_MAX_AREAS,
  OUTLINE_OPACITY,
  printBoundaryChanges,
  type BoundaryMode,
  LINES_ONLY,
  baseStyle,
  basemapOf,
  choroplethLayers,
  DIMMED_OPACITY,
  FILL_COLOR,
  areaColorOf,
  FILL_OPACITY,
  layerIdsOf,
  layerVisibility,
  firstOutlineLayerId,
  flagLayersBelowId,
  MISSING_CLASS,
  PATTERN_IMAGE,
  patternLayer,
  patternOpacityExpression,
  stateClassOf,
} from '../../../../src/ui/map/map-style';
import { flagLayerIdsOf, flagLayers } from '../../../../src/ui/map/flag-style';

const cls = ['coalesce', ['feature-state', 'cls'], ['get', 'cls'], -1];

describe('fill colour', () => {
  it('is one constant expression over the colour in feature state or the first-view property', () => {
    expect(FILL_COLOR).toEqual([
      'to-color',
      ['coalesce', ['feature-state', 'color'], ['get', 'color'], MISSING_STYLES['no-data'].background],
    ]);
  });

  it.each([
    { cls: 0, expected: '#fee' },
    { cls: 2, expected: '#800' },
    { cls: -1, expected: MISSING_STYLES['no-data'].background },
    { cls: -2, expected: MISSING_STYLES.suppressed.background },
    { cls: -3, expected: MISSING_STYLES.excluded.background },
    { cls: 7, expected: MISSING_STYLES['no-data'].background },
  ])('area class $cls is painted $expected', ({ cls, expected }) => {
    expect(areaColorOf(cls, ['#fee', '#f88', '#800'])).toBe(expected);
  });
});

describe('fill opacity', () => {
  it('dims areas whose feature state says so, with one constant expression', () => {
    expect(FILL_OPACITY).toEqual(['case', ['boolean', ['feature-state', 'dim'], false], DIMMED_OPACITY, 1]);
  });
});

describe('stateClassOf and patterns', () => {
  it.each([
    { name: 'a class stays', classIndex: 3, kind: 'no-data' as const, expected: 3 },
    { name: 'no data', classIndex: -1, kind: 'no-data' as const, expected: MISSING_CLASS['no-data'] },
    { name: 'suppressed', classIndex: -1, kind: 'suppressed' as const, expected: MISSING_CLASS.suppressed },
    { name: 'excluded', classIndex: -1, kind: 'excluded' as const, expected: MISSING_CLASS.excluded },
  ])('$name', ({ classIndex, kind, expected }) => {
    expect(stateClassOf(classIndex, kind)).toBe(expected);
  });

  it('missing codes are distinct and never a class index', () => {
    const codes = Object.values(MISSING_CLASS);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => code < 0)).toBe(true);
  });

  it('a pattern layer is opaque only for its own missing kind', () => {
    expect(patternOpacityExpression('suppressed')).toEqual(['case', ['==', cls, -2], 1, 0]);
  });
});

describe('choroplethLayers', () => {
  const layers = choroplethLayers(['sr', null, 'bz']);
  const ids = layers.map((layer) => layer.id);

  it('makes fill, outline, parent lines and highlight per level with geometry, none for a level without', () => {
    expect(ids).toEqual([
      'qm-sr-fill',
      'qm-bz-fill',
      'qm-sr-outline',
      'qm-bz-outline',
      'qm-sr-parent-lines',
      'qm-bz-parent-lines',
      'qm-sr-highlight-casing',
      'qm-sr-highlight',
      'qm-bz-highlight-casing',
      'qm-bz-highlight',
    ]);
  });

  it('puts the flag layers above the parent lines and below every highlight', () => {
    const below = flagLayersBelowId(ids, ['sr', null, 'bz']);
    expect(below).toBe('qm-sr-highlight-casing');
    expect(ids.indexOf(below!)).toBeGreaterThan(ids.lastIndexOf('qm-bz-parent-lines'));
    expect(ids.slice(ids.indexOf(below!)).every((id) => /-highlight(-casing)?$/.test(id))).toBe(true);
    // Highlights are added on first use, on top: the lowest one there, or none (then on top).
    const withoutHighlights = ids.filter((id) => !/-highlight(-casing)?$/.test(id));
    expect(
      flagLayersBelowId([...withoutHighlights, 'qm-bz-highlight-casing', 'qm-bz-highlight'], ['sr', 'bz']),
    ).toBe('qm-bz-highlight-casing');
    expect(flagLayersBelowId(withoutHighlights, ['sr', 'bz'])).toBeUndefined();
    expect(flagLayersBelowId(ids, [null])).toBeUndefined();
  });

  it('draws the boundaries with the edge pass of the fills, or with the outline layer where one pixel is too thin', () => {
    const paintOf = (mode: BoundaryMode, id: string) =>
      choroplethLayers(['sr'], mode).find((layer) => layer.id === id)!.paint as Record<string, unknown>;
    // 'edge': no line layer drawn, one draw per tile fewer; the colour is constant (a uniform).
    expect(paintOf('edge', 'qm-sr-fill')['fill-antialias']).toBe(true);
    expect(typeof paintOf('edge', 'qm-sr-fill')['fill-outline-color']).toBe('string');
    expect(paintOf('line', 'qm-sr-fill')['fill-antialias']).toBe(false);
    // The pattern layers cover the fill's edge: in 'edge' mode they draw their areas' edge again.
    expect(patternLayer('sr', 'no-data', 'edge').paint).toMatchObject({ 'fill-antialias': true });
    expect(patternLayer('sr', 'no-data', 'line').paint).toMatchObject({ 'fill-antialias': false });
    expect(paintOf('line', 'qm-sr-outline')).toMatchObject({ 'line-opacity': OUTLINE_OPACITY });
    // Lines for levels up to LINE_BOUNDARIES_MAX_AREAS areas and on dense screens; the edge pass for
    // larger levels on ordinary screens.
    expect(boundaryModeFor(1, 99)).toBe('line');
    expect(boundaryModeFor(1, LINE_BOUNDARIES_MAX_AREAS)).toBe('line');
    expect(boundaryModeFor(1, LINE_BOUNDARIES_MAX_AREAS + 1)).toBe('edge');
    expect(boundaryModeFor(1.25, 20_000)).toBe('edge');
    expect(boundaryModeFor(1.5, 20_000)).toBe('line');
    expect(boundaryModeFor(3, 20_000)).toBe('line');
  });

  it('knows the pattern layers by id (held back from the first frame, hold-frames.ts)', () => {
    const ids = layerIdsOf('sozialraum');
    expect(isPatternLayerId(ids.hatch)).toBe(true);
    expect(isPatternLayerId(ids.dots)).toBe(true);
    expect(isPatternLayerId(flagLayerIdsOf('sozialraum').hatch)).toBe(true);
    expect(isPatternLayerId(patternLayer('sozialraum', 'no-data').id)).toBe(true);
    for (const id of [
      ids.fill,
      ids.outline,
      ids.parentLines,
      ids.highlight,
      flagLayerIdsOf('sozialraum').outline,
    ])
      expect(isPatternLayerId(id)).toBe(false);
    // Every layer with a fill-pattern is one of them.
    for (const layer of [...flagLayers('sozialraum', [1]), patternLayer('sozialraum', 'suppressed')])
      expect(isPatternLayerId(layer.id)).toBe(layer.type === 'fill' && 'fill-pattern' in (layer.paint ?? {}));
  });

  it('prints the boundaries as lines, whatever the screen does', () => {
    const changes = printBoundaryChanges('sr');
    expect(changes).toContainEqual({
      layer: 'qm-sr-outline',
      kind: 'layout',
      property: 'visibility',
      value: 'visible',
    });
    for (const layer of ['qm-sr-fill', 'qm-sr-hatch', 'qm-sr-dots'])
      expect(changes).toContainEqual({ layer, kind: 'paint', property: 'fill-antialias', value: false });
  });

  it('takes the areas for the area layers and the parent lines for the parent-lines layer', () => {
    // One source per level holds both (area-source.ts): filtered by geometry type.
    for (const layer of layers) {
      if (/-highlight(-casing)?$/.test(layer.id)) continue;
      expect('filter' in layer && layer.filter).toEqual(
        layer.id.endsWith('-parent-lines') ? LINES_ONLY : AREAS_ONLY,
      );
    }
    expect(patternLayer('sr', 'no-data')).toMatchObject({ filter: AREAS_ONLY });
  });

  it('starts hidden and reads each level from its own sources', () => {
    for (const layer of layers) {
      expect(layer.layout).toMatchObject({ visibility: 'none' });
      const level = layer.id.startsWith('qm-sr') ? 'qm-sr' : 'qm-bz';
      const expected = /-highlight(-casing)?$/.test(layer.id) ? `${level}-highlight` : level;
      expect('source' in layer && layer.source).toBe(expected);
    }
  });

  it('only the fill reads feature state; selection and hover come from the small highlight source', () => {
    // A line layer that reads feature state is re-evaluated for every area on every repaint.
    for (const id of ['qm-sr-parent-lines', 'qm-sr-outline'])
      expect(JSON.stringify(layers.find((layer) => layer.id === id)!.paint)).not.toContain('feature-state');
    const highlight = JSON.stringify(layers.find((layer) => layer.id === 'qm-sr-highlight')!.paint);
    expect(highlight).toContain('"get","sel"');
    expect(highlight).not.toContain('feature-state');
    // Chosen areas are outlined in their chart colour, a property of the highlight source's feature.
    expect(highlight).toContain('"get","color"');
  });

  it.each([
    {
      kind: 'no-data' as const,
      id: 'qm-sr-hatch',
      image: PATTERN_IMAGE.hatch,
      code: MISSING_CLASS['no-data'],
    },
    {
      kind: 'suppressed' as const,
      id: 'qm-sr-dots',
      image: PATTERN_IMAGE.dots,
      code: MISSING_CLASS.suppressed,
    },
  ])('pattern layer for $kind goes below the outlines', ({ kind, id, image, code }) => {
    const layer = patternLayer('sr', kind);
    expect(layer).toMatchObject({ id, type: 'fill', source: 'qm-sr', paint: { 'fill-pattern': image } });
    expect(layer.paint).toMatchObject({ 'fill-opacity': ['case', ['==', cls, code], 1, 0] });
    expect(firstOutlineLayerId(['sr', null, 'bz'])).toBe('qm-sr-outline');
  });
});

describe('layerVisibility', () => {
  const sr = layerIdsOf('sr');
  const bz = layerIdsOf('bz');
  it.each([
    {
      name: 'fine level shown: its layers, with the parent lines from its own source',
      shown: 0,
      visible: [sr.fill, sr.hatch, sr.dots, sr.highlightCasing, sr.highlight, sr.parentLines],
    },
    {
      name: 'coarse level shown: its layers (its source has no parent lines to draw)',
      shown: 1,
      visible: [bz.fill, bz.hatch, bz.dots, bz.highlightCasing, bz.highlight, bz.parentLines],
    },
  ])('$name', ({ shown, visible }) => {
    const visibility = layerVisibility(['sr', 'bz'], shown);
    const shownIds = Object.entries(visibility)
      .filter(([, value]) => value === 'visible')
      .map(([id]) => id);
    expect(shownIds.sort()).toEqual([...visible].sort());
    expect(Object.keys(visibility)).toHaveLength(14);
  });

  it('shows the outline layer with its level only where the boundaries are lines', () => {
    expect(layerVisibility(['sr', 'bz'], 0, 'line')[sr.outline]).toBe('visible');
    expect(layerVisibility(['sr', 'bz'], 1, 'line')[sr.outline]).toBe('none');
    expect(layerVisibility(['sr', 'bz'], 0, 'edge')[sr.outline]).toBe('none');
  });

  it('a level without geometry has no layers', () => {
    const visibility = layerVisibility(['sr', null], 0);
    expect(Object.keys(visibility)).toHaveLength(7);
  });
});

describe('basemap and base style', () => {
  it.each([
    { name: 'unset', url: undefined, expected: null },
    { name: 'empty', url: '  ', expected: null },
    {
      name: 'raster template',
      url: 'https://t.example/{z}/{x}/{y}.png',
      expected: { kind: 'raster', url: 'https://t.example/{z}/{x}/{y}.png' },
    },
    {
      name: 'style URL',
      url: 'https://t.example/style.json',
      expected: { kind: 'style', url: 'https://t.example/style.json' },
    },
  ])('$name', ({ url, expected }) => {
    expect(basemapOf(url)).toEqual(expected);
  });

  it('the default style fetches nothing: no sources, glyphs, sprite; no transitions', () => {
    const style = baseStyle();
    expect(style.sources).toEqual({});
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style.transition).toEqual({ duration: 0, delay: 0 });
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });

  it('a raster basemap goes below everything else', () => {
    const style = baseStyle(basemapOf('https://t.example/{z}/{x}/{y}.png'));
    expect(style.layers.map((layer) => layer.id)).toEqual(['qm-background', 'qm-basemap']);
    expect(style.sources['qm-basemap']).toMatchObject({
      type: 'raster',
      tiles: ['https://t.example/{z}/{x}/{y}.png'],
    });
  });
});
