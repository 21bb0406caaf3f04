import { loadDemoDataset } from '../../setup/demo-dataset';
/**
 * The Handlungsbedarf selectors on the demo city: the flags follow level, year and the user's rule
 * edits, agree with the CLI's golden table (15 Sozialräume in 2024), and are memoised.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../../src/io/load-dataset';
import {
  selectFlagSummaries,
  selectFlags,
  selectShownFlags,
} from '../../../src/state/select-handlungsbedarf';
import { createAppStore, type AppStore } from '../../../src/state/store';

let dataset: LoadedDataset;

beforeAll(async () => {
  dataset = await loadDemoDataset();
});

function store(): AppStore {
  const created = createAppStore();
  created.getState().datasetLoaded(dataset, []);
  return created;
}

describe('Handlungsbedarf selectors', () => {
  it('flag 15 of 99 Sozialräume in 2024, two undecided (the excluded areas)', () => {
    const summaries = selectFlagSummaries(store().getState())!;
    expect(summaries.any).toMatchObject({ flagged: 15, undecided: 2, areas: 99 });
    // the inhabitants of the 15 flagged areas, summed from the einwohner column of the CLI table
    // (0103 2680 + 0104 5291 + 0201 8352 + 0202 5988 + 0301 4035 + 0302 4150 + 0304 1815 + 0404 1626
    // + 0407 3230 + 0408 1698 + 0409 1335 + 0905 2957 + 0907 2653 + 0908 2713 + 0911 2440)
    expect(summaries.any.population).toBe(50963);
    expect(summaries.rules).toHaveLength(1);
  });

  it('follow the year, the level and the edits, and switch off with the rule', () => {
    const app = store();
    const flagged = () => selectFlagSummaries(app.getState())!.any.flagged;
    const in2024 = flagged();
    app.getState().setRuleEdit('handlungsbedarf', { atLeast: 1 });
    const lenient = flagged();
    expect(lenient).toBeGreaterThan(in2024);
    app.getState().setRuleEdit('handlungsbedarf', { enabled: false });
    expect(flagged()).toBe(0);
    app.getState().setRuleEdit('handlungsbedarf', null);
    expect(flagged()).toBe(in2024);
    app.getState().setLevel('stadtbezirk');
    expect(selectFlagSummaries(app.getState())!.any.areas).toBe(10);
    expect(selectShownFlags(app.getState())).toHaveLength(10);
  });

  it('are memoised on dataset, level and edits, and the edits reset with another dataset', () => {
    const app = store();
    const first = selectFlags(app.getState());
    app.getState().setYear(2020);
    expect(selectFlags(app.getState())).toBe(first);
    app.getState().setRuleEdit('handlungsbedarf', { atLeast: 3 });
    expect(selectFlags(app.getState())).not.toBe(first);
    const other = {
      ...dataset,
      data: { ...dataset.data, manifest: { ...dataset.data.manifest, id: 'other' } },
    };
    app.getState().datasetLoaded(other, []);
    expect(app.getState().ruleEdits).toEqual({});
  });
});
