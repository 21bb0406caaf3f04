import { loadDemoDataset } from '../../setup/demo-dataset';
/**
 * selectMapClasses for indicators whose classes the manifest fixes (the demo's status index and
 * Gesamtindex): the manifest's cut-offs, whatever classification or diverging scheme is chosen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyIndex } from '../../../src/engine/index-classes';
import { hasValue } from '../../../src/engine/types';
import type { LoadedDataset } from '../../../src/io/load-dataset';
import { selectMapClasses } from '../../../src/state/select-map-classes';
import { derivedOf } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';

let dataset: LoadedDataset;

beforeAll(async () => {
  dataset = await loadDemoDataset();
});

function classesFor(
  indicatorId: string,
  choose: (store: ReturnType<typeof createAppStore>) => void = () => {},
) {
  const store = createAppStore();
  store.getState().datasetLoaded(dataset, []);
  store.getState().setIndicator(indicatorId);
  choose(store);
  return selectMapClasses(store.getState())!;
}

describe('selectMapClasses with fixed classes', () => {
  it('classes the status index by its cut-offs, not by the chosen quantiles', () => {
    const classes = classesFor('status_index', (store) => {
      store.getState().setClassification({ method: 'quantile', classes: 7 });
      store.getState().setPalette('RdBu');
    });
    const spec = derivedOf(dataset).indicators.get('status_index')!;
    const cells = spec.levels[0]!;
    const areaCount = classes.classes.length;
    expect(classes.classCount).toBe(4);
    expect(classes.fixed?.kind).toBe('index');
    expect(classes.colors).toHaveLength(4);
    expect(classes.palette).toBe('YlOrRd'); // a diverging choice does not apply to fixed levels
    for (let area = 0; area < areaCount; area++) {
      const cell = classes.yearIndex * areaCount + area;
      const expected = hasValue(cells.status[cell]!)
        ? classifyIndex(cells.values[cell]!, spec.spec.type === 'index' ? spec.spec.classes! : [])
        : -1;
      expect(classes.classes[area]).toBe(expected);
    }
    const missing = Object.values(classes.missingCounts).reduce((sum, count) => sum + count, 0);
    expect(classes.counts.reduce((sum, count) => sum + count, 0) + missing).toBe(areaCount);
  });

  it('gives the Gesamtindex 12 cells with 12 colours, and no cells in years without dynamics', () => {
    const latest = classesFor('gesamtindex');
    expect(latest.classCount).toBe(12);
    expect(new Set(latest.colors).size).toBe(12);
    const early = classesFor('gesamtindex', (store) => store.getState().setYear(2016));
    expect(early.counts.every((count) => count === 0)).toBe(true);
    expect(early.missingCounts['no-data']).toBeGreaterThan(90);
  });
});
