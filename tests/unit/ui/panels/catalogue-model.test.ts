import { describe, expect, it } from 'vitest';
import { manifest, type IndicatorSpec } from '../../../../src/manifest/schema';
import { buildCatalogue, filterCatalogue, foldForSearch } from '../../../../src/ui/panels/catalogue-model';

/** Indicator specs with the schema's defaults, shaped like the demo manifest's. */
function specs(): IndicatorSpec[] {
  return manifest.parse({
    formatVersion: 1,
    id: 't',
    title: 'T',
    levels: [{ id: 'sozialraum', label: 'Sozialraum' }],
    tables: [{ id: 't', layout: 'long', file: 't.csv', idColumn: 'id', yearColumn: 'year', columns: {} }],
    variables: [
      { id: 'ew', label: 'Einwohner' },
      { id: 'kinder', label: 'Kinder' },
    ],
    indicators: [
      {
        id: 'sgb2_quote',
        type: 'rate',
        label: { de: 'SGB-II-Quote', en: 'SGB II rate' },
        topic: { de: 'Armut', en: 'Poverty' },
        unit: '%',
        numerator: 'kinder',
        denominator: 'ew',
      },
      {
        id: 'kinderarmut',
        type: 'rate',
        label: { de: 'Kinderarmut', en: 'Child poverty' },
        shortLabel: 'Kinder SGB II',
        topic: { de: 'Familie', en: 'Families' },
        unit: '%',
        description: { de: 'Anteil der Kinder unter 15 Jahren', en: 'Share of children under 15' },
        numerator: 'kinder',
        denominator: 'ew',
      },
      {
        id: 'gefaehrdung',
        type: 'rate',
        label: 'Armutsgefährdete Personen',
        topic: { de: 'Armut', en: 'Poverty' },
        unit: '%',
        numerator: 'kinder',
        denominator: 'ew',
      },
      { id: 'einwohner', type: 'count', label: 'Einwohner:innen', variable: 'ew', unit: 'Personen' },
      {
        id: 'bevoelkerung_aelter',
        type: 'count',
        label: 'Ältere Bevölkerung',
        variable: 'ew',
        description: 'Menschen über 65, Straßen-Statistik',
      },
    ],
  }).indicators;
}

describe('foldForSearch', () => {
  it.each([
    ['lower case', 'Kinderarmut', 'kinderarmut'],
    ['ä as ae', 'Armutsgefährdete', 'armutsgefaehrdete'],
    ['ß as ss', 'Straße', 'strasse'],
    ['decomposed umlaut', 'A\u0308ltere', 'aeltere'],
    ['other accents dropped', 'Café', 'cafe'],
    ['separators collapse', 'sgb2_quote  –  Armut', 'sgb2 quote armut'],
  ])('%s', (_name, input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('folds umlauts to the bare vowel on request', () => {
    expect(foldForSearch('Ältere Straße', 'vowel')).toBe('altere strasse');
  });
});

describe('buildCatalogue', () => {
  it('groups by topic in order of first appearance, entries in manifest order, no topic last', () => {
    const groups = buildCatalogue(specs(), 'de', 'Weitere');
    expect(groups.map((group) => [group.topic, group.entries.map((entry) => entry.id)])).toEqual([
      ['Armut', ['sgb2_quote', 'gefaehrdung']],
      ['Familie', ['kinderarmut']],
      ['Weitere', ['einwohner', 'bevoelkerung_aelter']],
    ]);
  });

  it('speaks the chosen language, German where English is missing', () => {
    const groups = buildCatalogue(specs(), 'en', 'Other');
    expect(groups.map((group) => group.topic)).toEqual(['Poverty', 'Families', 'Other']);
    const families = groups[1]!.entries[0]!;
    expect([families.label, families.unit, families.description]).toEqual([
      'Child poverty',
      '%',
      'Share of children under 15',
    ]);
    expect(groups[0]!.entries[1]!.label).toBe('Armutsgefährdete Personen');
  });

  it('is empty for no indicators', () => {
    expect(buildCatalogue([], 'de', 'Weitere')).toEqual([]);
  });
});

describe('filterCatalogue', () => {
  const groups = buildCatalogue(specs(), 'de', 'Weitere');
  const ids = (query: string) =>
    filterCatalogue(groups, query).flatMap((group) => group.entries.map((entry) => entry.id));

  it.each([
    [
      'empty query keeps all',
      '',
      ['sgb2_quote', 'gefaehrdung', 'kinderarmut', 'einwohner', 'bevoelkerung_aelter'],
    ],
    [
      'blank query keeps all',
      '   ',
      ['sgb2_quote', 'gefaehrdung', 'kinderarmut', 'einwohner', 'bevoelkerung_aelter'],
    ],
    ['part of a label, any case', 'ARMUT', ['sgb2_quote', 'gefaehrdung', 'kinderarmut']],
    ['"armut" finds Kinderarmut', 'kinderarm', ['kinderarmut']],
    ['umlaut typed', 'gefährdet', ['gefaehrdung']],
    ['umlaut as ae', 'gefaehrdet', ['gefaehrdung']],
    ['umlaut as bare vowel', 'gefahrdet', ['gefaehrdung']],
    ['capital umlaut as Ae', 'Aeltere', ['bevoelkerung_aelter']],
    ['ß as ss in the description', 'strassen', ['bevoelkerung_aelter']],
    ['ß typed', 'straßen', ['bevoelkerung_aelter']],
    ['the id', 'sgb2_q', ['sgb2_quote']],
    ['the short label', 'kinder sgb', ['kinderarmut']],
    ['the topic', 'familie', ['kinderarmut']],
    ['the description', 'unter 15', ['kinderarmut']],
    ['every word must match', 'armut familie', ['kinderarmut']],
    ['no match', 'wohnfläche', []],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('drops groups left empty', () => {
    expect(filterCatalogue(groups, 'einwohner').map((group) => group.topic)).toEqual(['Weitere']);
  });
});
