import { loadDemoDataset } from '../../setup/demo-dataset';
/**
 * selectMapClasses on the demo city: every area gets exactly one class or a missing kind, counts
 * add up, breaks stay fixed while playing, diverging schemes split at the centre, and the result is
 * memoised on its inputs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasValue } from '../../../src/engine/types';
import type { LoadedDataset } from '../../../src/io/load-dataset';
import {
  effectiveClassification,
  selectClassifiedRange,
  selectMapClasses,
  selectMapValues,
  type MapClasses,
} from '../../../src/state/select-map-classes';
import { derivedOf } from '../../../src/state/selectors';
import { createAppStore, NO_CLASSIFICATION_CHOICE, type AppStore } from '../../../src/state/store';
import { setDivergingCentre } from '../../../src/ui/legend/diverging-centre';
import { initialManualBreaks } from '../../../src/ui/legend/manual-start';

let dataset: LoadedDataset;

beforeAll(async () => {
  dataset = await loadDemoDataset();
});

function storeWith(setup: (store: AppStore) => void = () => {}): AppStore {
  const store = createAppStore();
  store.getState().datasetLoaded(dataset, []);
  setup(store);
  return store;
}

function classesOf(store: AppStore): MapClasses {
  const classes = selectMapClasses(store.getState());
  if (!classes) throw new Error('no map classes');
  return classes;
}

/** The values of the shown year at the shown level, NaN where the cell has no value. */
function valuesOf(classes: MapClasses): number[] {
  const cells = derivedOf(dataset).indicators.get(classes.indicatorId)!.levels[classes.levelIndex]!;
  const count = classes.classes.length;
  return Array.from({ length: count }, (_, area) => {
    const cell = classes.yearIndex * count + area;
    return hasValue(cells.status[cell]!) ? cells.values[cell]! : NaN;
  });
}

function expectConsistent(classes: MapClasses): void {
  const areaCount = classes.classes.length;
  const missing = Object.values(classes.missingCounts).reduce((sum, count) => sum + count, 0);
  expect(classes.counts.reduce((sum, count) => sum + count, 0) + missing).toBe(areaCount);
  expect(classes.colors.length).toBe(classes.breaks.length);
  expect(classes.counts.length).toBe(classes.breaks.length);
  expect(classes.classCount).toBe(classes.breaks.length);
  expect([...classes.breaks]).toEqual([...classes.breaks].sort((a, b) => a - b));
  for (const color of classes.colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  const values = valuesOf(classes);
  values.forEach((value, area) => {
    const index = classes.classes[area]!;
    if (Number.isNaN(value)) return expect(index).toBe(-1);
    expect(index).toBeGreaterThanOrEqual(0);
    // (lower, upper] with the first class holding the minimum; the last class takes anything above.
    if (index < classes.breaks.length - 1) expect(value).toBeLessThanOrEqual(classes.breaks[index]!);
    if (index > 0) expect(value).toBeGreaterThan(classes.breaks[index - 1]!);
    expect(value).toBeGreaterThanOrEqual(classes.lowerBound);
  });
}

describe('selectMapClasses on the demo', () => {
  it('is null before a dataset is loaded', () => {
    expect(selectMapClasses(createAppStore().getState())).toBeNull();
  });

  it('gives the default view 5 quantile classes, YlOrRd dark = high, counts adding up to 99 areas', () => {
    const classes = classesOf(storeWith());
    expect(classes.indicatorId).toBe('sgb2_quote');
    expect(classes.classes.length).toBe(99);
    expect(classes.method).toBe('quantile');
    expect(classes.classCount).toBe(5);
    expect(classes.scope).toBe('per-year');
    expect(classes.palette).toBe('YlOrRd');
    expect(classes.colors).toEqual(['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026']);
    expect(classes.diverging).toBeNull();
    expectConsistent(classes);
  });

  it.each([
    ['quantile, 7 classes', { method: 'quantile', classes: 7 }],
    ['equal interval, 3', { method: 'equal-interval', classes: 3 }],
    ['natural breaks, 9', { method: 'natural-breaks', classes: 9 }],
    ['std-dev', { method: 'std-dev' }],
    ['manual', { method: 'manual', breaks: [10, 20] }],
    ['manual without breaks (starts from equal intervals)', { method: 'manual', classes: 4 }],
    ['all years', { scope: 'all-years' }],
  ] as const)('keeps every area in one class or a missing kind: %s', (_name, choice) => {
    const store = storeWith((s) => s.getState().setClassification(choice));
    expectConsistent(classesOf(store));
  });

  it('uses the manual breaks with the maximum as the last bound', () => {
    const classes = classesOf(
      storeWith((s) => s.getState().setClassification({ method: 'manual', breaks: [10, 20] })),
    );
    expect(classes.method).toBe('manual');
    expect(classes.breaks.slice(0, 2)).toEqual([10, 20]);
    expect(classes.breaks.length).toBe(3);
  });

  it('pools the breaks over all years while playing, whatever scope was chosen', () => {
    const store = storeWith((s) => s.getState().setYear(2016));
    const perYear2016 = classesOf(store).breaks;
    store.getState().setPlaying(true);
    const playing2016 = classesOf(store);
    expect(playing2016.scope).toBe('all-years');
    store.getState().setYear(2022);
    const playing2022 = classesOf(store);
    expect(playing2022.breaks).toEqual(playing2016.breaks);
    expect(playing2022.breaks).not.toEqual(perYear2016);
    expectConsistent(playing2022);
  });

  it('counts suppressed and missing areas by kind (kinderarmut has suppressed cells in the demo)', () => {
    const totals = { 'no-data': 0, suppressed: 0, excluded: 0 };
    const store = storeWith((s) => s.getState().setIndicator('kinderarmut'));
    for (const year of dataset.data.years) {
      store.getState().setYear(year);
      const classes = classesOf(store);
      expectConsistent(classes);
      for (const kind of Object.keys(totals) as (keyof typeof totals)[])
        totals[kind] += classes.missingCounts[kind];
    }
    expect(totals['no-data'] + totals.suppressed + totals.excluded).toBeGreaterThan(0);
  });

  it('draws a change indicator diverging around 0: classes wholly below or above, worse (higher) side red', () => {
    const classes = classesOf(storeWith((s) => s.getState().setIndicator('sgb2_quote_veraenderung_5j')));
    expect(classes.palette).toBe('RdBu');
    expect(classes.diverging).toEqual({ centre: 0, reference: 'zero' });
    expectConsistent(classes);
    let lower = classes.lowerBound;
    classes.breaks.forEach((upper) => {
      expect(lower < 0 && 0 < upper).toBe(false);
      lower = upper;
    });
    // The top class is an increase of the SGB II rate: warm (red) arm of RdBu.
    const top = classes.colors.at(-1)!;
    expect(parseInt(top.slice(1, 3), 16)).toBeGreaterThan(parseInt(top.slice(5, 7), 16));
  });

  it('keeps the middle class around 0 when "Manuell" starts from mirrored classes', () => {
    const store = storeWith((s) => {
      s.getState().setIndicator('kinderarmut_veraenderung_5j');
      s.getState().setClassification({ method: 'quantile' });
    });
    const mirrored = classesOf(store);
    expect(mirrored.diverging?.mirrored).toBe(true);
    expect(mirrored.breaks).toHaveLength(5);
    const breaks = initialManualBreaks(
      mirrored,
      selectClassifiedRange(store.getState()),
      1,
      'de',
      selectMapValues(store.getState()) ?? undefined,
    );
    store.getState().setClassification({ method: 'manual', breaks, classes: breaks.length + 1 });
    const manual = classesOf(store);
    expectConsistent(manual);
    // Five classes still, the middle one in RdBu's light middle colour, and the map as it was.
    expect(manual.breaks).toHaveLength(5);
    expect(manual.colors).toEqual(mirrored.colors);
    const moved = [...manual.classes].filter((cls, area) => cls !== mirrored.classes[area]).length;
    expect(moved).toBeLessThanOrEqual(2);
  });

  it('centres on the city value when chosen', () => {
    const store = storeWith((s) => {
      s.getState().setIndicator('sgb2_quote_veraenderung_5j');
      setDivergingCentre(s, 'city');
    });
    const classes = classesOf(store);
    const city = derivedOf(dataset).indicators.get('sgb2_quote_veraenderung_5j')!.city;
    expect(classes.diverging).toEqual({ centre: city.values[classes.yearIndex], reference: 'city' });
    expectConsistent(classes);
  });

  it('is memoised: the same object while nothing it depends on changed', () => {
    const store = storeWith();
    const first = selectMapClasses(store.getState());
    store.getState().selectArea(dataset.data.levels[0]!.areaIds[0]!);
    store.getState().setShowLabels(true);
    expect(selectMapClasses(store.getState())).toBe(first);
    store.getState().setPalette('Blues');
    expect(selectMapClasses(store.getState())).not.toBe(first);
  });
});

describe('effectiveClassification', () => {
  const spec = () => derivedOf(dataset).indicators.get('armutsrisikoquote')!.spec;
  it.each([
    [
      'indicator default',
      NO_CLASSIFICATION_CHOICE,
      false,
      { method: 'natural-breaks', classes: 5, scope: 'per-year' },
    ],
    [
      'user method',
      { ...NO_CLASSIFICATION_CHOICE, method: 'quantile' },
      false,
      { method: 'quantile', classes: 5, scope: 'per-year' },
    ],
    [
      'user classes and scope',
      { ...NO_CLASSIFICATION_CHOICE, classes: 7, scope: 'all-years' },
      false,
      { method: 'natural-breaks', classes: 7, scope: 'all-years' },
    ],
    [
      'playing forces all years',
      { ...NO_CLASSIFICATION_CHOICE, scope: 'per-year' },
      true,
      { method: 'natural-breaks', classes: 5, scope: 'all-years' },
    ],
  ] as const)('%s', (_name, choice, playing, expected) => {
    expect(effectiveClassification(spec(), choice, playing)).toMatchObject(expected);
  });
});
