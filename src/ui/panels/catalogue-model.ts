/**
 * The indicator catalogue as plain data: indicators grouped by topic in manifest order, and a search
 * that forgives case and umlauts ("armut" finds "Kinderarmut", "gefaehrdet" and "gefahrdet" find
 * "gefährdet"). Pure, so it is unit-tested without a browser.
 */
import { localize, type Locale } from '../../i18n/locale';
import type { IndicatorSpec } from '../../manifest/schema';

/** One indicator as the catalogue lists it, in the chosen language. */
export interface CatalogueEntry {
  readonly id: string;
  readonly label: string;
  readonly shortLabel: string;
  readonly unit: string;
  readonly description: string;
  readonly topic: string;
  /** Everything the search looks at, folded twice (ä → ae and ä → a), joined by a separator. */
  readonly searchText: string;
}

/** The indicators of one topic, in manifest order. */
export interface CatalogueGroup {
  readonly topic: string;
  readonly entries: readonly CatalogueEntry[];
}

const UMLAUTS_AS_DIGRAPHS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
};
const UMLAUTS_AS_VOWELS: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/** Lower case, German umlauts spelled out ("ä" → "ae"), other accents dropped, whitespace collapsed. */
export function foldForSearch(text: string, umlauts: 'digraph' | 'vowel' = 'digraph'): string {
  const table = umlauts === 'digraph' ? UMLAUTS_AS_DIGRAPHS : UMLAUTS_AS_VOWELS;
  return (
    text
      .toLocaleLowerCase('de-DE')
      // Umlauts first (precomposed or as a + combining diaeresis), then strip any other accent.
      .normalize('NFC')
      .replace(/[äöüß]/g, (letter) => table[letter] ?? letter)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[\s_\-–:]+/g, ' ')
      .trim()
  );
}

/**
 * Groups the indicators by topic: groups in the order their topic first appears, entries in manifest
 * order; indicators without a topic go to a last group named `otherLabel` ("Weitere" / "Other").
 */
export function buildCatalogue(
  indicators: readonly IndicatorSpec[],
  locale: Locale,
  otherLabel: string,
): CatalogueGroup[] {
  const groups = new Map<string, CatalogueEntry[]>();
  const withoutTopic: CatalogueEntry[] = [];
  for (const spec of indicators) {
    const topic = localize(spec.topic, locale).trim();
    const entry = catalogueEntry(spec, locale, topic || otherLabel);
    if (!topic) {
      withoutTopic.push(entry);
      continue;
    }
    const group = groups.get(topic);
    if (group) group.push(entry);
    else groups.set(topic, [entry]);
  }
  const result = [...groups].map(([topic, entries]) => ({ topic, entries }));
  // A manifest topic that happens to be called like the fallback group joins it rather than doubling it.
  const sameName = result.find((group) => group.topic === otherLabel);
  if (withoutTopic.length > 0) {
    if (sameName) (sameName.entries as CatalogueEntry[]).push(...withoutTopic);
    else result.push({ topic: otherLabel, entries: withoutTopic });
  }
  return result;
}

function catalogueEntry(spec: IndicatorSpec, locale: Locale, topic: string): CatalogueEntry {
  const label = localize(spec.label, locale);
  const shortLabel = localize(spec.shortLabel, locale);
  const description = localize(spec.description, locale);
  const haystack = [label, shortLabel, spec.id, topic, description].join(' | ');
  return {
    id: spec.id,
    label,
    shortLabel,
    unit: localize(spec.unit, locale),
    description,
    topic,
    searchText: `${foldForSearch(haystack, 'digraph')} || ${foldForSearch(haystack, 'vowel')}`,
  };
}

/** Whether an entry matches every word of the query (an empty query matches everything). */
export function matchesQuery(entry: CatalogueEntry, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  const vowelWords = foldForSearch(query, 'vowel').split(' ').filter(Boolean);
  // "gefährdet" typed → "gefaehrdet" (digraph side); "gefahrdet" typed → found on the vowel side.
  return words.every(
    (word, index) => entry.searchText.includes(word) || entry.searchText.includes(vowelWords[index] ?? word),
  );
}

/** The catalogue with only the matching entries; groups left empty are dropped. */
export function filterCatalogue(groups: readonly CatalogueGroup[], query: string): CatalogueGroup[] {
  if (foldForSearch(query) === '') return [...groups];
  return groups
    .map((group) => ({
      topic: group.topic,
      entries: group.entries.filter((entry) => matchesQuery(entry, query)),
    }))
    .filter((group) => group.entries.length > 0);
}
