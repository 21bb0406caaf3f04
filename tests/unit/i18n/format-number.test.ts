/**
 * Numbers as the page prints them: German and English grouping and decimals, the typographic minus
 * (U+2212) for negatives in both languages (Intl writes the hyphen-minus), no "−0,0"; and the
 * ASCII form input fields edit, which the parser reads back.
 */
import fc from 'fast-check';
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

  // formatNumber is written out (no Intl at first paint); Intl.NumberFormat is the reference, with
  // its hyphen-minus turned into ours and no minus on a value that rounds to zero.
  const reference = (value: number, decimals: number, locale: 'de' | 'en') => {
    const text = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value);
    if (/^-0([.,]0+)?$/.test(text)) return text.slice(1);
    return text.startsWith('-') ? `\u2212${text.slice(1)}` : text;
  };

  it('writes what Intl.NumberFormat writes, for any number, 0 to 6 decimals, German and English', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.double({ min: -1e7, max: 1e7, noNaN: true }),
          // Decimal ties, where rounding the binary value (toFixed) and Intl differ: 1.005, 2.675 …
          fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000 + 0.0005),
          fc.integer({ min: -200_000, max: 200_000 }).map((n) => (n * 5) / 10 ** 4),
        ),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('de' as const, 'en' as const),
        (value, decimals, locale) => {
          expect(formatNumber(value, decimals, locale)).toBe(reference(value, decimals, locale));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it.each([
    [1.005, 2, '1,01'],
    [2.675, 2, '2,68'],
    [0.045, 2, '0,05'],
    [999.95, 1, '1.000,0'],
    [9.9999, 2, '10,00'],
    [0.0004, 3, '0,000'],
    [1e21, 0, '1.000.000.000.000.000.000.000'],
    [5e-324, 2, '0,00'],
    [-Infinity, 1, '\u2212∞'],
    [Number.NaN, 1, 'NaN'],
  ] as const)('rounds %s to %s decimals as Intl does: %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals, 'de')).toBe(expected);
    expect(formatNumber(value, decimals, 'de')).toBe(reference(value, decimals, 'de'));
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
