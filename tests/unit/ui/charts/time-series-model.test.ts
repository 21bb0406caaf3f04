import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../../../src/engine/handlungsbedarf';
import {
  buildTimeSeries,
  ruleThresholds,
  type TimeSeriesQuery,
} from '../../../../src/ui/charts/time-series-model';
import { chartDataset } from './chart-fixture';

const query = (areaIds: readonly string[]): TimeSeriesQuery => ({
  levelIndex: 0,
  indicatorId: 'quote',
  areaIds,
  locale: 'de',
  cityLabel: 'Stadt gesamt',
});
const values = (points: readonly { value: number | null }[]) => points.map((point) => point.value);

describe('buildTimeSeries', () => {
  it('gives the chosen areas, each parent district once, and the city', () => {
    const model = buildTimeSeries(chartDataset(), query(['a', 'c', 'b']))!;
    expect(model.lines.map((line) => line.key)).toEqual([
      'area:a',
      'area:c',
      'area:b',
      'parent:X',
      'parent:Y',
      'city',
    ]);
    expect(model.lines[0]!.name).toBe('Altstadt');
    expect(model.lines[3]!.name).toBe('bezirk Nord');
    expect(values(model.lines[2]!.points)).toEqual([10, 15, 20]);
    expect(values(model.lines[3]!.points).slice(0, 2)).toEqual([10, 14]);
    expect(values(model.lines[5]!.points).slice(0, 2)).toEqual([8.75, 12]);
    // Each district goes with its first chosen area (the chart draws it dashed in that area's colour).
    expect(model.lines.filter((line) => line.role === 'parent').map((line) => line.childKey)).toEqual([
      'area:a',
      'area:c',
    ]);
  });

  it('adds a hovered area as a preview before the city, without its district', () => {
    const model = buildTimeSeries(chartDataset(), { ...query(['a']), previewId: 'c' })!;
    expect(model.lines.map((line) => line.key)).toEqual(['area:a', 'parent:X', 'preview:c', 'city']);
    expect(values(model.lines[2]!.points)).toEqual([5, 6, 7]);
  });

  it('shows no preview for an area that is already chosen, or unknown', () => {
    for (const previewId of ['a', 'nope', null])
      expect(
        buildTimeSeries(chartDataset(), { ...query(['a']), previewId })!.lines.map((line) => line.role),
      ).toEqual(['area', 'parent', 'city']);
  });

  it('keeps a missing year as a gap with its reason', () => {
    const [area] = buildTimeSeries(chartDataset(), query(['a']))!.lines;
    expect(area!.points[2]).toEqual({ year: 2022, value: null, status: 'unknown' });
  });

  it('shows only the city without a selection, and skips unknown ids', () => {
    const model = buildTimeSeries(chartDataset(), query(['nope']))!;
    expect(model.lines.map((line) => line.role)).toEqual(['city']);
    expect(model.thresholds).toEqual([]);
  });

  it.each([
    ['absolute: flat', { type: 'absolute', value: 11 }, ['a'], [11, 11, 11]],
    ['1.5 × city', { type: 'relative', reference: 'city', mode: 'ratio', value: 1.5 }, ['a'], [13.125, 18]],
    ['city + 2', { type: 'relative', reference: 'city', mode: 'difference', value: 2 }, ['a'], [10.75, 14]],
    // Nord (a, b): 10, 14
    [
      'parent + 1, one parent',
      { type: 'relative', reference: 'parent', mode: 'difference', value: 1 },
      ['a', 'b'],
      [11, 15],
    ],
    // 2020: 10, 10, 5 → mean 25/3, SD √(50/9); 2021: 12, 15, 6 → mean 11, population SD √14
    [
      'z = 1: mean + SD',
      { type: 'z-score', value: 1 },
      ['a'],
      [25 / 3 + Math.sqrt(50 / 9), 11 + Math.sqrt(14)],
    ],
  ] as const)('threshold line %s', (_name, threshold, areaIds, expected) => {
    const model = buildTimeSeries(chartDataset({ thresholds: [threshold] } as never), query(areaIds))!;
    const line = values(model.thresholds[0]!.points);
    expected.forEach((value, index) => expect(line[index]).toBeCloseTo(value, 10));
  });

  it('draws no parent threshold when the areas have different parents', () => {
    const model = buildTimeSeries(
      chartDataset({
        thresholds: [{ type: 'relative', reference: 'parent', mode: 'ratio', value: 1.2 }],
      } as never),
      query(['a', 'c']),
    )!;
    expect(model.thresholds).toEqual([]);
  });

  it('spans all lines and the threshold in its extent', () => {
    const model = buildTimeSeries(
      chartDataset({ thresholds: [{ type: 'absolute', value: 30 }] } as never),
      query(['c']),
    )!;
    expect(model.extent).toEqual([5, 30]);
  });

  describe('with Handlungsbedarf rules', () => {
    const thresholds = [
      { type: 'absolute', value: 20 },
      { id: 'city15', type: 'relative', reference: 'city', mode: 'ratio', value: 1.5 },
    ];
    const derived = chartDataset({ thresholds } as never);
    const manifest = {
      indicators: derived.data.manifest.indicators,
      handlungsbedarf: [
        { id: 'armut', label: 'Armut', atLeast: 1, members: [{ indicator: 'quote', threshold: 'city15' }] },
      ],
    } as never;

    it('draws the threshold the rule uses, not the first one, with the user’s edit', () => {
      const rules = resolveRules(manifest, { armut: { members: [{ value: 2 }] } });
      const shown = ruleThresholds(rules, 'quote');
      expect(shown).toHaveLength(1);
      expect(shown[0]!.direction).toBe('above');
      const model = buildTimeSeries(derived, { ...query(['a']), thresholds: shown })!;
      expect(model.thresholds).toHaveLength(1);
      // 2 × city: 2020 8.75 → 17.5, 2021 12 → 24
      expect(values(model.thresholds[0]!.points).slice(0, 2)).toEqual([17.5, 24]);
    });

    it('draws nothing for a rule or member switched off, or another indicator', () => {
      expect(ruleThresholds(resolveRules(manifest, { armut: { enabled: false } }), 'quote')).toEqual([]);
      expect(
        ruleThresholds(resolveRules(manifest, { armut: { members: [{ enabled: false }] } }), 'quote'),
      ).toEqual([]);
      expect(ruleThresholds(resolveRules(manifest), 'einwohner')).toEqual([]);
      const model = buildTimeSeries(derived, { ...query(['a']), thresholds: [] })!;
      expect(model.thresholds).toEqual([]);
    });

    it('divides by the factor for a threshold that looks below', () => {
      const model = buildTimeSeries(derived, {
        ...query(['a']),
        thresholds: [{ threshold: thresholds[1] as never, direction: 'below' }],
      })!;
      // city 8.75 ÷ 1.5, 12 ÷ 1.5
      expect(model.thresholds[0]!.points[1]!.value).toBeCloseTo(8, 10);
    });
  });
});
