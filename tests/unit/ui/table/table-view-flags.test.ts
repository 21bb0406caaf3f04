/**
 * The table's Handlungsbedarf column: each row carries its flag, and sorting by `flag` puts the
 * flagged areas first, then the undecided ones (the hand-computed four-area city).
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../../src/engine/derive';
import { evaluateHandlungsbedarf, resolveRules } from '../../../../src/engine/handlungsbedarf';
import { buildTableView } from '../../../../src/ui/table/table-view';
import { HANDLUNGSBEDARF_INPUT } from '../../engine/handlungsbedarf-fixture';
import { makeDataset } from '../../engine/make-dataset';

const derived = deriveDataset(makeDataset(HANDLUNGSBEDARF_INPUT));
// any rule: a flagged, b undecided, c and d not flagged (tests/unit/engine/handlungsbedarf.test.ts)
const flags = evaluateHandlungsbedarf(derived, resolveRules(derived.data.manifest), 0).any;

describe('buildTableView with flags', () => {
  it('sorts flagged, then undecided, then the rest; and reverses', () => {
    const view = (direction: 'ascending' | 'descending') =>
      buildTableView(derived, {
        levelIndex: 0,
        year: 2020,
        locale: 'de',
        sort: { column: 'flag', direction },
        flags,
      }).rows.map((row) => [row.areaId, row.flag]);
    expect(view('ascending')).toEqual([
      ['a', 1],
      ['b', -1],
      ['c', 0],
      ['d', 0],
    ]);
    expect(view('descending').map(([id]) => id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('has no flags without rules', () => {
    const rows = buildTableView(derived, {
      levelIndex: 0,
      year: 2020,
      locale: 'de',
      sort: { column: 'name', direction: 'ascending' },
    }).rows;
    expect(rows.every((row) => row.flag === null)).toBe(true);
  });
});
