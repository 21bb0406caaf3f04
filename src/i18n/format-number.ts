import type { Locale } from './locale';

const formatters = new Map<string, Intl.NumberFormat>();

/** A value as a planner reads it: German "12,3" / "1.234", English "12.3" / "1,234", fixed decimals. */
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
  return /^[-−]0([.,]0+)?$/.test(text) ? text.replace(/^[-−]/, '') : text;
}
