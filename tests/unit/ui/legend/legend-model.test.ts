/**
 * Legend rows: (lower, upper] ranges in German and English number format, extra decimals only
 * where bounds would read alike, counts, missing rows only for kinds that occur, centre notes.
 */
import { describe, expect, it } from 'vitest';
import { statusCode } from '../../../../src/engine/types';
import type { MapClasses } from '../../../../src/state/select-map-classes';
import {
  buildLegendModel,
  classRangeLabel,
  exactDecimals,
  formatClassRange,
  hiddenLowClasses,
  rangeDecimals,
  shownClassCount,
} from '../../../../src/ui/legend/legend-model';

function mapClasses(overrides: Partial<MapClasses>): MapClasses {
  return {
    levelIndex: 0,
    yearIndex: 0,
    indicatorId: 'x',
    breaks: [5, 7.25, 15],
    lowerBound: 3.14,
    colors: ['#fff', '#888', '#000'],
    classes: new Int8Array(10),
    status: new Uint8Array(10),
    counts: [4, 3, 2],
    missingCounts: { 'no-data': 1, suppressed: 0, excluded: 0 },
    method: 'quantile',
    classCount: 3,
    scope: 'per-year',
    diverging: null,
    palette: 'YlOrRd',
    ...overrides,
  };
}

describe('formatClassRange', () => {
  it.each([
    ['first class, German', 3.1, 5, true, 1, 'de', 'von 3,1 bis 5,0'],
    ['other class, German', 5, 7.25, false, 1, 'de', 'über 5,0 bis 7,3'],
    ['thousands, German', 1234.5, 20000, false, 0, 'de', 'über 1.235 bis 20.000'],
    ['negative, German', -2.5, 0, true, 1, 'de', 'von \u22122,5 bis 0,0'],
    ['first class, English', 3.1, 5, true, 1, 'en', 'from 3.1 to 5.0'],
    ['other class, English', 1234.5, 20000, false, 1, 'en', 'over 1,234.5 to 20,000.0'],
  ] as const)('%s', (_name, lower, upper, isFirst, decimals, locale, expected) => {
    expect(formatClassRange(lower, upper, isFirst, decimals, locale)).toBe(expected);
  });
});

describe('rangeDecimals', () => {
  it.each([
    ['distinct at the indicator decimals', [3.1, 5, 7.2], 1, 1],
    ['5,01 and 5,04 need two', [3, 5.01, 5.04, 7], 1, 2],
    ['equal bounds (an empty class) need none', [1, 1, 5], 1, 1],
    ['never more than two extra', [1, 1.00001, 1.00002], 1, 3],
    ['integers stay integers', [10, 200, 3000], 0, 0],
    ['NaN is ignored', [NaN, 1, 2], 0, 0],
  ] as const)('%s', (_name, bounds, decimals, expected) => {
    expect(rangeDecimals(bounds, decimals, 'de')).toBe(expected);
  });
});

describe('exactDecimals', () => {
  it('gives the fewest decimals that write every value exactly, at least the indicator’s', () => {
    expect(exactDecimals([5, 10.25], 1)).toBe(2);
    expect(exactDecimals([5, 10], 1)).toBe(1);
    expect(exactDecimals([0.1 + 0.2], 0)).toBe(1);
    expect(exactDecimals([Math.PI], 1)).toBe(6);
  });
});

describe('buildLegendModel', () => {
  it('prints manual breaks as typed, quantile bounds with the indicator’s decimals', () => {
    const labels = (method: MapClasses['method']) =>
      buildLegendModel(mapClasses({ method }), 1, 'de').classes.map((row) => row.label);
    // 7.25 is a break a planner typed: "10,3" for 10,25 read as a different break.
    expect(labels('manual')).toEqual(['von 3,14 bis 5,00', 'über 5,00 bis 7,25', 'über 7,25 bis 15,00']);
    expect(labels('quantile')).toEqual(['von 3,1 bis 5,0', 'über 5,0 bis 7,3', 'über 7,3 bis 15,0']);
    expect(classRangeLabel(mapClasses({ method: 'manual' }), 1, 1, 'de')).toBe('über 5,00 bis 7,25');
    // A city value put between the typed breaks (diverging) does not set the decimals.
    const centred = mapClasses({
      method: 'manual',
      breaks: [5, 7.123456, 9, 15],
      counts: [4, 1, 3, 2],
      colors: ['#fff', '#eee', '#888', '#000'],
      diverging: { centre: 7.123456, reference: 'city' },
    });
    expect(buildLegendModel(centred, 1, 'de').classes.map((row) => row.label)[0]).toBe('von 3,1 bis 5,0');
  });

  it('hides bins below the smallest value (standard deviation) and names a single no-data reason', () => {
    // mapclassify StdMean keeps mean − 2 SD as a bin even below the minimum; it is empty by construction.
    const status = new Uint8Array(10);
    status[9] = statusCode('no-base');
    const model = buildLegendModel(
      mapClasses({
        breaks: [-3, 5, 7.25, 15],
        counts: [0, 4, 3, 2],
        colors: ['#eee', '#fff', '#888', '#000'],
        status,
      }),
      1,
      'de',
    );
    expect(model.classes.map((row) => [row.index, row.label])).toEqual([
      [1, 'von 3,1 bis 5,0'],
      [2, 'über 5,0 bis 7,3'],
      [3, 'über 7,3 bis 15,0'],
    ]);
    expect(model.missing.map((row) => row.label)).toEqual(['Kein Vergleichsjahr']);
  });

  it('counts only the classes the legend shows, for class numbers elsewhere (detail, print, select)', () => {
    const withEmptyLowBin = mapClasses({
      breaks: [-3, 5, 7.25, 15],
      counts: [0, 4, 3, 2],
      colors: ['#eee', '#fff', '#888', '#000'],
      classCount: 4,
    });
    expect(hiddenLowClasses(withEmptyLowBin)).toBe(1);
    expect(shownClassCount(withEmptyLowBin)).toBe(3);
    expect(shownClassCount(withEmptyLowBin)).toBe(buildLegendModel(withEmptyLowBin, 1, 'de').classes.length);
    // An empty class within the data's range stays (quantile ties): it is a class the legend lists.
    expect(hiddenLowClasses(mapClasses({ counts: [4, 0, 2] }))).toBe(0);
  });

  it('lists each class with colour, range and count, and the missing kinds that occur', () => {
    const model = buildLegendModel(mapClasses({}), 1, 'de');
    expect(model.classes.map((row) => [row.color, row.label, row.count])).toEqual([
      ['#fff', 'von 3,1 bis 5,0', 4],
      ['#888', 'über 5,0 bis 7,3', 3],
      ['#000', 'über 7,3 bis 15,0', 2],
    ]);
    expect(model.missing.map((row) => [row.kind, row.label, row.count])).toEqual([
      ['no-data', 'Keine Daten', 1],
    ]);
    expect(model.total).toBe(10);
    expect(model.centreNote).toBeNull();
  });

  it('lists suppressed and excluded areas in a fixed order, in English too', () => {
    const model = buildLegendModel(
      mapClasses({ missingCounts: { 'no-data': 0, suppressed: 2, excluded: 1 }, counts: [3, 2, 2] }),
      1,
      'en',
    );
    expect(model.missing.map((row) => [row.kind, row.label, row.count])).toEqual([
      ['suppressed', 'Suppressed (small count)', 2],
      ['excluded', 'Excluded', 1],
    ]);
    expect(model.missing[0]!.style.pattern).toBe('dots');
  });

  it('starts an empty first class at its bound when the bound lies below the minimum (std-dev)', () => {
    const model = buildLegendModel(mapClasses({ breaks: [1, 5, 15], lowerBound: 3 }), 1, 'de');
    expect(model.classes[0]!.label).toBe('von 1,0 bis 1,0');
    expect(model.classes[1]!.label).toBe('über 1,0 bis 5,0');
  });

  it('adds decimals where quantile bounds would read alike', () => {
    const model = buildLegendModel(mapClasses({ breaks: [5.01, 5.04, 9] }), 1, 'de');
    expect(model.classes.map((row) => row.label)).toEqual([
      'von 3,14 bis 5,01',
      'über 5,01 bis 5,04',
      'über 5,04 bis 9,00',
    ]);
  });

  it.each([
    ['zero', { centre: 0, reference: 'zero' }, 'Farben zentriert um 0'],
    ['city', { centre: 1.25, reference: 'city' }, 'Farben zentriert um den Stadtwert (1,3)'],
  ] as const)('notes the centre of a diverging scheme: %s', (_name, diverging, expected) => {
    expect(buildLegendModel(mapClasses({ diverging }), 1, 'de').centreNote).toBe(expected);
  });

  it.each([
    [
      'odd: below the centre up to under the bound, a middle class holding both',
      [-3.2, -1.2, 1.2, 3.2, 13.8],
      [
        'von −13,8 bis unter −3,2',
        'von −3,2 bis unter −1,2',
        'von −1,2 bis 1,2',
        'über 1,2 bis 3,2',
        'über 3,2 bis 13,8',
      ],
    ],
    [
      'even: the class ending at the centre holds it',
      [-3.5, 0, 3.5, 6],
      ['von −6,0 bis unter −3,5', 'von −3,5 bis 0,0', 'über 0,0 bis 3,5', 'über 3,5 bis 6,0'],
    ],
  ] as const)('labels classes mirrored about the centre: %s', (_name, breaks, expected) => {
    const classes = mapClasses({
      breaks,
      lowerBound: -breaks.at(-1)!,
      colors: breaks.map(() => '#fff'),
      counts: breaks.map(() => 1),
      classCount: breaks.length,
      diverging: { centre: 0, reference: 'zero', mirrored: true },
    });
    expect(buildLegendModel(classes, 1, 'de').classes.map((row) => row.label)).toEqual(expected);
    expect(classRangeLabel(classes, 1, 1, 'de')).toBe(expected[1]);
  });

  it('shows no class rows when nothing has a value', () => {
    const model = buildLegendModel(
      mapClasses({
        breaks: [],
        colors: [],
        counts: [],
        lowerBound: NaN,
        missingCounts: { 'no-data': 10, suppressed: 0, excluded: 0 },
      }),
      1,
      'de',
    );
    expect(model.classes).toEqual([]);
    expect(model.missing[0]!.count).toBe(10);
  });

  it('gives the tooltip and detail panel the same range text (classRangeLabel)', () => {
    const classes = mapClasses({});
    const model = buildLegendModel(classes, 1, 'de');
    model.classes.forEach((row) => expect(classRangeLabel(classes, row.index, 1, 'de')).toBe(row.label));
  });
});
