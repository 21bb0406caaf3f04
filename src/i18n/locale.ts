import type { LocalizedText } from '../manifest/schema';

export type Locale = 'de' | 'en';

/** The text of a manifest label in the wanted language; German where English is missing. */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return locale === 'en' ? (text.en ?? text.de) : text.de;
}
