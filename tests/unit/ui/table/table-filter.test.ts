import { describe, expect, it } from 'vitest';
import { filterTableRows, type TableRowView } from '../../../../src/ui/table/table-view';

const row = (areaId: string, name: string, parentId: string): TableRowView => ({
  areaId,
  name,
  parentId,
  parentName: parentId,
  flag: null,
  cells: [],
});
const rows = Object.freeze([
  row('0101', 'Altstadt', '01'),
  row('0102', 'Straßenbahnhof', '01'),
  row('0201', 'Walkmühle', '02'),
  row('0202', 'Am Ölberg', '02'),
]);
const ids = (filtered: readonly TableRowView[]) => filtered.map((entry) => entry.areaId);

describe('filterTableRows', () => {
  it.each([
    ['no filter: the same rows', '', null, ['0101', '0102', '0201', '0202']],
    ['part of a name, any case', 'alt', null, ['0101']],
    ['ß spelled ss', 'strasse', null, ['0102']],
    ['umlaut spelled out', 'muehle', null, ['0201']],
    ['umlaut as such', 'Öl', null, ['0202']],
    ['area id', '020', null, ['0201', '0202']],
    ['parent only', '', '01', ['0101', '0102']],
    ['parent and text', 'berg', '02', ['0202']],
    ['nothing matches', 'xyz', null, []],
  ] as const)('%s', (_name, text, parentId, expected) => {
    expect(ids(filterTableRows(rows, { text, parentId }))).toEqual(expected);
  });

  it('returns the very same array when nothing filters (no re-render)', () => {
    expect(filterTableRows(rows, { text: '  ', parentId: null })).toBe(rows);
  });

  it('filters by Handlungsbedarf: flagged, undecided or not flagged', () => {
    const flagged = [
      { ...rows[0]!, flag: 1 },
      { ...rows[1]!, flag: -1 },
      { ...rows[2]!, flag: 0 },
      { ...rows[3]!, flag: 1 },
    ];
    expect(ids(filterTableRows(flagged, { text: '', parentId: null, flag: 'yes' }))).toEqual([
      '0101',
      '0202',
    ]);
    expect(ids(filterTableRows(flagged, { text: '', parentId: null, flag: 'open' }))).toEqual(['0102']);
    expect(ids(filterTableRows(flagged, { text: '', parentId: '02', flag: 'no' }))).toEqual(['0201']);
    expect(filterTableRows(flagged, { text: '', parentId: null, flag: null })).toBe(flagged);
  });
});
