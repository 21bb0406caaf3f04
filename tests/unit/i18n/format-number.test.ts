/**
 * Numbers as the page prints them: German and English grouping and decimals, the typographic minus
 * (U+2212) for negatives in both languages (Intl writes the hyphen-minus), no "−0,0"; and the
 * ASCII form input fields edit, which the parser reads back.
 */
import { describe, expect, it } from 'vitest';
import { formatEditableNumber, formatNumber } from '../../../src/i18n/format-number';
import { parseNumber } from '../../../src/io/parse-number';

describe('formatNumber', () => {
  it.each([
    ['German decimals and grouping', 1234.56, 1, 'de', '1.234,6'],
    ['English decimals and grouping', 1234.56, 1, 'en', '1,234.6'],
    ['negative, German', -11.2, 1, 'de', '\u221211,2'],
    ['negative, English', -11.2, 1, 'en', '\u221211.2'],
    ['negative with grouping', -20000, 0, 'de', '\u221220.000'],
    ['negative rounding to zero', -0.04, 1, 'de', '0,0'],
    ['negative zero', -0, 2, 'en', '0.00'],
    ['positive', 3, 2, 'de', '3,00'],
  ] as const)('%s', (_name, value, decimals, locale, expected) => {
    expect(formatNumber(value, decimals, locale)).toBe(expected);
  });

  it('never writes the hyphen-minus', () => {
    for (const locale of ['de', 'en'] as const)
      for (const value of [-0.5, -1, -1234.5, -1e7])
        expect(formatNumber(value, 1, locale)).not.toContain('-');
  });
});

describe('formatEditableNumber', () => {
  it.each([
    ['negative, German', -11.2, 1, 'de', '-11,2'],
    ['negative, English', -11.25, 2, 'en', '-11.25'],
    ['grouped, German, no spaces', 1234.5, 1, 'de', '1.234,5'],
  ] as const)('%s', (_name, value, decimals, locale, expected) => {
    expect(formatEditableNumber(value, decimals, locale)).toBe(expected);
  });

  it('is read back by the parser, as the printed form is', () => {
    for (const [locale, decimal] of [
      ['de', ','],
      ['en', '.'],
    ] as const)
      for (const value of [-11.2, -1234.5, 0.5]) {
        expect(parseNumber(formatEditableNumber(value, 1, locale), decimal)).toBe(value);
        expect(parseNumber(formatNumber(value, 1, locale), decimal)).toBe(value);
      }
  });
});
