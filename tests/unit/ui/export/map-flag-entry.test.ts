/** The print legend's Handlungsbedarf entry says what the on-screen legend says: areas, people, open areas. */
import { describe, expect, it } from 'vitest';
import { mapFlagEntry } from '../../../../src/ui/export/map-flag-entry';

const inhabitants = { de: 'Einwohner:innen', en: 'Inhabitants' };

describe('mapFlagEntry', () => {
  it.each([
    [
      'German, with people and open areas',
      { flagged: 15, undecided: 2, areas: 99, population: 50963 },
      'de',
      {
        label: 'Handlungsbedarf',
        count: 15,
        note: '50.963 Einwohner:innen leben dort · 2 offen (Werte fehlen)',
      },
    ],
    [
      'English',
      { flagged: 15, undecided: 0, areas: 99, population: 50963 },
      'en',
      { label: 'Need for action', count: 15, note: '50,963 inhabitants live there' },
    ],
    [
      'without a population variable',
      { flagged: 3, undecided: 0, areas: 10, population: null },
      'de',
      { label: 'Handlungsbedarf', count: 3, note: null },
    ],
  ] as const)('%s', (_name, summary, locale, expected) => {
    expect(mapFlagEntry(summary, summary.population === null ? null : inhabitants, locale)).toEqual(expected);
  });

  it('gives no entry when no area is flagged (no hatch on the map)', () => {
    expect(
      mapFlagEntry({ flagged: 0, undecided: 4, areas: 99, population: 0 }, inhabitants, 'de'),
    ).toBeNull();
  });
});
