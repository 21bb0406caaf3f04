import { loadDemoDataset } from '../../setup/demo-dataset';
/**
 * The Bilanzierung's map on the demo city: two different years give a diverging map of the
 * changes; a year compared with itself (the only year of a one-year dataset, or the same year chosen
 * twice) is no change, so no area gets a class (not a map of zeros), and excluded areas keep their
 * reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../../src/io/load-dataset';
import type { IndicatorSpec } from '../../../src/manifest/schema';
import {
  changeClassification,
  selectChange,
  selectMapClasses,
  type MapClasses,
} from '../../../src/state/select-map-classes';
import { createAppStore } from '../../../src/state/store';

let dataset: LoadedDataset;

beforeAll(async () => {
  dataset = await loadDemoDataset();
});

function changeClasses(from: number, to: number): MapClasses {
  const store = createAppStore();
  store.getState().datasetLoaded(dataset, []);
  store.getState().setView('change');
  store.getState().setAnalysis({ changeFrom: from, changeTo: to });
  const classes = selectMapClasses(store.getState());
  expect(selectChange(store.getState())).toMatchObject({ fromYear: from, toYear: to });
  if (!classes) throw new Error('no map classes');
  return classes;
}

describe('the Bilanzierung map', () => {
  it('colours the change between two different years', () => {
    const classes = changeClasses(2015, 2024);
    expect(classes.breaks.length).toBeGreaterThan(1);
    expect(classes.counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(90);
    expect(classes.diverging).not.toBeNull();
  });

  it('keeps the chosen number of classes, mirrored about 0 with a middle class around it', () => {
    const classes = changeClasses(2015, 2024);
    expect(classes.classCount).toBe(5);
    const bounds = [classes.lowerBound, ...classes.breaks];
    bounds.forEach((bound, index) => expect(bound).toBeCloseTo(-bounds[bounds.length - 1 - index]!, 9));
    // RdBu's five colours: falls of the SGB-II-Quote blue, the middle class its light grey, rises red.
    expect(classes.colors).toEqual(['#0571b0', '#92c5de', '#f7f7f7', '#f4a582', '#ca0020']);
  });

  it.each(
    ['sgb2_quote', 'kinderarmut', 'alleinerziehende_anteil', 'einwohner'].flatMap((id) =>
      (['quantile', 'natural-breaks'] as const).map((method) => [id, method] as const),
    ),
  )(
    '%s, %s: a rise is never paler than a fall of its size or smaller (and the reverse)',
    (indicatorId, method) => {
      const store = createAppStore();
      store.getState().datasetLoaded(dataset, []);
      store.getState().setIndicator(indicatorId);
      store.getState().setView('change');
      store.getState().setAnalysis({ changeFrom: 2015, changeTo: 2024 });
      store.getState().setClassification({ method });
      const classes = selectMapClasses(store.getState())!;
      const change = selectChange(store.getState())!;
      const middle = (classes.breaks.length - 1) / 2;
      const shown: { size: number; intensity: number }[] = [];
      classes.classes.forEach((cls, area) => {
        if (cls >= 0)
          shown.push({ size: Math.abs(change.cells.values[area]!), intensity: Math.abs(cls - middle) });
      });
      expect(shown.length).toBeGreaterThan(90);
      for (const a of shown)
        for (const b of shown) if (a.size >= b.size) expect(a.intensity).toBeGreaterThanOrEqual(b.intensity);
    },
  );

  it('goes from the earlier to the later year, whichever way round they were chosen', () => {
    const store = createAppStore();
    store.getState().datasetLoaded(dataset, []);
    store.getState().setView('change');
    store.getState().setAnalysis({ changeFrom: 2015, changeTo: 2024 });
    const forward = selectChange(store.getState());
    store.getState().setAnalysis({ changeFrom: 2024, changeTo: 2015 });
    const reversed = selectChange(store.getState());
    expect(reversed).toMatchObject({ fromYear: 2015, toYear: 2024 });
    // The same signs: the SGB-II-Quote fell over the decade, and "von 2024 bis 2015" must not say it rose.
    expect(reversed?.city).toEqual(forward?.city);
    expect(forward?.city.absolute).toBeLessThan(0);
  });

  it('gives no class to a year compared with itself', () => {
    const between = changeClasses(2015, 2024);
    const same = changeClasses(2020, 2020);
    expect(same.counts.reduce((sum, count) => sum + count, 0)).toBe(0);
    expect([...same.classes].every((index) => index === -1)).toBe(true);
    const areas = same.classes.length;
    // every area is either "no change" (no data) or keeps its own reason (the demo's excluded areas)
    expect(same.missingCounts['no-data'] + same.missingCounts.excluded + same.missingCounts.suppressed).toBe(
      areas,
    );
    expect(same.missingCounts.excluded).toBe(between.missingCounts.excluded);
    expect(same.missingCounts['no-data']).toBeGreaterThan(90);
  });
});

describe('the Bilanzierung classification', () => {
  const spec = (classification?: { method: 'natural-breaks'; classes: number }) =>
    ({ ...dataset.data.manifest.indicators[0]!, classification }) as IndicatorSpec;
  it.each([
    ['no choice, no default', undefined, { method: null, classes: null }, { method: 'quantile', classes: 5 }],
    [
      "the indicator's default",
      { method: 'natural-breaks', classes: 7 },
      { method: null, classes: null },
      { method: 'natural-breaks', classes: 7 },
    ],
    [
      'a choice',
      undefined,
      { method: 'equal-interval', classes: 6 },
      { method: 'equal-interval', classes: 6 },
    ],
    // typed breaks are values of the indicator: the change takes quantiles, in as many classes
    ['typed breaks', undefined, { method: 'manual', classes: 4 }, { method: 'quantile', classes: 4 }],
  ] as const)('%s', (_name, classification, choice, expected) => {
    expect(
      changeClassification(spec(classification), { ...choice, scope: 'all-years', breaks: [1, 2, 3] }),
    ).toEqual({ ...expected, scope: 'per-year' });
  });

  it('follows the chosen method and number of classes on the map', () => {
    const store = createAppStore();
    store.getState().datasetLoaded(dataset, []);
    store.getState().setView('change');
    store.getState().setAnalysis({ changeFrom: 2015, changeTo: 2024 });
    store.getState().setClassification({ method: 'equal-interval', classes: 6 });
    const classes = selectMapClasses(store.getState())!;
    expect(classes.method).toBe('equal-interval');
    expect(classes.breaks).toHaveLength(6);
    // six equal steps of change, three on each side of 0
    const step = classes.breaks[3]!;
    classes.breaks.forEach((bound, index) => expect(bound).toBeCloseTo((index - 2) * step, 9));
  });
});
