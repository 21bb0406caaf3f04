import type { Locale } from './locale';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A value as a planner reads it: German "12,3" / "1.234", English "12.3" / "1,234", fixed decimals.
 * Negative numbers take the typographic minus (U+2212, "−11,2"), as printed statistics do; Intl
 * writes the hyphen-minus for both locales. Every number on screen goes through here, so legend,
 * lists, tooltip, charts and the print image all write the same minus. Input fields that a planner
 * edits use `formatEditableNumber` (ASCII), and the parser reads both.
 */
export function formatNumber(value: number, decimals: number, locale: Locale): string {
  const key = `${locale}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, formatter);
  }
  const text = formatter.format(value);
  // "-0,0" would read as a change where there is none.
  if (/^[-−]0([.,]0+)?$/.test(text)) return text.replace(/^[-−]/, '');
  return text.startsWith('-') ? `\u2212${text.slice(1)}` : text;
}

/**
 * A value as an input field shows it for editing: the reader's number format without spaces, and
 * the ASCII hyphen-minus that every keyboard types ("-11,2"). io/parse-number.ts reads it back, as
 * it reads the typographic minus.
 */
export function formatEditableNumber(value: number, decimals: number, locale: Locale): string {
  return formatNumber(value, decimals, locale).replace(/\s/g, '').replace('\u2212', '-');
}

/**
 * Makes the locale's number formatters for 0–3 decimals now: the first costs about 15 ms (the
 * browser loads its number data), each further one a few; they otherwise fell into the legend's
 * render right after the dataset arrived, while the map waited for its tiles.
 */
export function prepareNumberFormat(locale: Locale): void {
  for (let decimals = 0; decimals <= 3; decimals++) formatNumber(0, decimals, locale);
}
