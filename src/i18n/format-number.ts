import type { Locale } from './locale';

/**
 * A value as a planner reads it: German "12,3" / "1.234", English "12.3" / "1,234", fixed decimals.
 * Negative numbers take the typographic minus (U+2212, "−11,2"), as printed statistics do. Every
 * number on screen goes through here, so legend, lists, tooltip, charts and the print image all
 * write the same minus. Input fields that a planner edits use `formatEditableNumber` (ASCII), and
 * the parser reads both.
 *
 * Written out rather than with Intl.NumberFormat, to the same text (a property test compares them):
 * the browser's first Intl.NumberFormat loads its number data, 20–40 ms of the main thread here,
 * which fell right between the dataset's arrival and the first coloured map.
 */
export function formatNumber(value: number, decimals: number, locale: Locale): string {
  if (Number.isNaN(value)) return 'NaN';
  const { whole, fraction } = Number.isFinite(value)
    ? fixedDigits(Math.abs(value), decimals)
    : { whole: '∞', fraction: '' };
  const [group, point] = locale === 'de' ? ['.', ','] : [',', '.'];
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let start = grouped.length; start < whole.length; start += 3)
    grouped += group + whole.slice(start, start + 3);
  const text = fraction ? `${grouped}${point}${fraction}` : grouped;
  // "−0,0" would read as a change where there is none.
  const zero = !/[1-9∞]/.test(text);
  return value < 0 && !zero ? `\u2212${text}` : text;
}

/**
 * The digits of `abs` rounded to `decimals` places, half away from zero, as Intl.NumberFormat
 * rounds: from its shortest round-trip decimal (String), not its exact binary value as toFixed
 * does (1.005 is "1,01" there, "1.00" from toFixed).
 */
function fixedDigits(abs: number, decimals: number): { whole: string; fraction: string } {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // How many of `digits` stand before the decimal point (negative: zeros after it first).
  let integerDigits = (dot < 0 ? mantissa.length : dot) + Number(exponent);
  const keep = integerDigits + decimals;
  if (keep < 0) return { whole: '0', fraction: '0'.repeat(decimals) };
  if (digits.length > keep) {
    const roundUp = digits.charCodeAt(keep) >= 53; // '5' or more
    digits = digits.slice(0, keep);
    if (roundUp) {
      let last = digits.length - 1;
      while (last >= 0 && digits[last] === '9') last--;
      if (last < 0) {
        digits = `1${'0'.repeat(digits.length)}`;
        integerDigits++;
      } else {
        digits =
          digits.slice(0, last) + String(Number(digits[last]) + 1) + '0'.repeat(digits.length - last - 1);
      }
    }
  } else {
    digits = digits.padEnd(keep, '0');
  }
  if (integerDigits <= 0) {
    digits = '0'.repeat(1 - integerDigits) + digits;
    integerDigits = 1;
  }
  const whole = digits.slice(0, integerDigits).replace(/^0+(?=\d)/, '');
  return { whole, fraction: digits.slice(integerDigits) };
}

/**
 * A value as an input field shows it for editing: the reader's number format without spaces, and
 * the ASCII hyphen-minus that every keyboard types ("-11,2"). io/parse-number.ts reads it back, as
 * it reads the typographic minus.
 */
export function formatEditableNumber(value: number, decimals: number, locale: Locale): string {
  return formatNumber(value, decimals, locale).replace(/\s/g, '').replace('\u2212', '-');
}
