/**
 * Reading and checking manual class breaks as a planner types them ("12,5" in German, "12.5" in
 * English), with a message that says which break is wrong and why.
 */
import { formatEditableNumber, formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import { parseNumber } from '../../io/parse-number';
import { message } from '../app/messages';
import { exactDecimals } from './legend-model';

/** Inner breaks: 2 to 8, i.e. 3 to 9 classes (as the class count control). */
export const MIN_INNER_BREAKS = 2;
export const MAX_INNER_BREAKS = 8;

export type BreaksCheck =
  | { readonly ok: true; readonly breaks: readonly number[] }
  | { readonly ok: false; readonly message: string; readonly field: number | null };

/**
 * One typed break as a number, NaN when it is none. German input reads "12,5" and "1.234,5"; a
 * lone "1.234" is a thousands group there, and a decimal in English (io/parse-number.ts decides).
 */
export function parseBreak(text: string, locale: Locale): number {
  return parseNumber(text, locale === 'de' ? ',' : '.');
}

/**
 * The breaks the texts give, when every one is a number, they rise strictly, lie within the values
 * (minimum ≤ break < maximum, so the top class is never empty) and there are 2 to 8 of them; else
 * the first problem as a sentence and the 0-based field it concerns.
 *
 * @example
 * checkBreaks(['5', '12,5'], 0, 40, 1, 'de'); // { ok: true, breaks: [5, 12.5] }
 */
export function checkBreaks(
  texts: readonly string[],
  minimum: number,
  maximum: number,
  decimals: number,
  locale: Locale,
): BreaksCheck {
  const fail = (key: Parameters<typeof message>[1], field: number | null, value = ''): BreaksCheck => ({
    ok: false,
    field,
    message: message(locale, key)
      .replace('{n}', String((field ?? 0) + 1))
      .replace('{value}', value)
      .replace('{min}', formatNumber(minimum, decimals, locale))
      .replace('{max}', formatNumber(maximum, decimals, locale)),
  });
  if (texts.length < MIN_INNER_BREAKS || texts.length > MAX_INNER_BREAKS) return fail('breaksCount', null);
  const breaks: number[] = [];
  for (const [field, text] of texts.entries()) {
    const value = parseBreak(text, locale);
    if (Number.isNaN(value)) return fail('breaksInvalidNumber', field, text.trim());
    if (field > 0 && value <= (breaks[field - 1] as number)) return fail('breaksNotAscending', field);
    if (Number.isFinite(minimum) && Number.isFinite(maximum) && (value < minimum || value >= maximum))
      return fail('breaksOutOfRange', field);
    breaks.push(value);
  }
  return { ok: true, breaks };
}

/**
 * Breaks as the editor's fields show them, in the reader's number format: with the indicator's
 * decimals, or more where a break has more (10,25 stays 10,25, so applying again changes nothing).
 */
export function formatBreaks(breaks: readonly number[], decimals: number, locale: Locale): string[] {
  return breaks.map((value) => formatEditableNumber(value, exactDecimals([value], decimals), locale));
}
