/**
 * A manifest label inside a sentence. Labels are written as headings ("Inhabitants", "Unemployment
 * rate"); English lowercases such a word inside a sentence ("12,345 inhabitants live there"), German
 * keeps its nouns capitalised. Acronyms and codes ("SGB II recipients", "S1 Arbeitslosigkeit") keep
 * their case, and a German label shown for want of an English one is left as it is.
 */
import type { LocalizedText } from '../manifest/schema';
import { localize, type Locale } from './locale';

/**
 * The label as a sentence continues it.
 *
 * @example
 * labelInSentence({ de: 'Einwohner:innen', en: 'Inhabitants' }, 'en'); // 'inhabitants'
 * labelInSentence({ de: 'Einwohner:innen', en: 'Inhabitants' }, 'de'); // 'Einwohner:innen'
 */
export function labelInSentence(text: LocalizedText | undefined, locale: Locale): string {
  const label = localize(text, locale);
  // A plain string may be German (it serves both languages): only a given English text is changed.
  const english = locale === 'en' && typeof text === 'object' && text.en !== undefined;
  if (!english) return label;
  const firstWord = /^\p{L}[\p{L}-]*/u.exec(label)?.[0] ?? '';
  // Only a capitalised ordinary word: "Inhabitants", not "SGB", "EU-funded" or "S1".
  const ordinary = firstWord.length > 1 && /^\p{Lu}[\p{Ll}-]+$/u.test(firstWord);
  return ordinary ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
