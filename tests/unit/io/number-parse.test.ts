import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NUMBER_AMBIGUOUS_COMMA,
  NUMBER_AMBIGUOUS_POINT,
  NUMBER_COMMA,
  NUMBER_INVALID,
  NUMBER_PLAIN,
  NUMBER_POINT,
  parseNumber,
  scanNumber,
} from '../../../src/io/parse-number';

function scan(text: string): [number, number] {
  const out = new Float64Array(1);
  const kind = scanNumber(text, out, 0);
  return [kind, out[0] as number];
}

// Expected values written by hand from the German number notation (DIN 5008: decimal comma, thousands
// point or space) and the English one (decimal point, thousands comma); kinds from the rule in
// parse-number.ts: a single separator followed by exactly three digits is ambiguous.
describe('scanNumber', () => {
  it.each([
    ['plain integer', '1234', NUMBER_PLAIN, 1234],
    ['leading zeros', '007', NUMBER_PLAIN, 7],
    ['decimal comma', '12,5', NUMBER_COMMA, 12.5],
    ['German thousands and decimal', '1.234,5', NUMBER_COMMA, 1234.5],
    ['German millions', '1.234.567', NUMBER_COMMA, 1234567],
    ['German millions with decimals', '1.234.567,89', NUMBER_COMMA, 1234567.89],
    ['English thousands and decimal', '1,234.5', NUMBER_POINT, 1234.5],
    ['English millions', '1,234,567', NUMBER_POINT, 1234567],
    ['decimal point', '0.25', NUMBER_POINT, 0.25],
    ['ambiguous point', '1.234', NUMBER_AMBIGUOUS_POINT, 1234],
    ['ambiguous comma', '1,234', NUMBER_AMBIGUOUS_COMMA, 1234],
    ['ambiguous negative', '-12.345', NUMBER_AMBIGUOUS_POINT, -12345],
    ['leading zero group is decimal', '0,123', NUMBER_COMMA, 0.123],
    ['four leading digits is decimal', '1234,567', NUMBER_COMMA, 1234.567],
    ['two decimals', '1,23', NUMBER_COMMA, 1.23],
    ['four decimals', '1,2345', NUMBER_COMMA, 1.2345],
    ['no leading digit', ',5', NUMBER_COMMA, 0.5],
    ['thousands space', '1 234', NUMBER_PLAIN, 1234],
    ['thousands no-break space', '12\u00a0345\u00a0678', NUMBER_PLAIN, 12345678],
    ['thousands narrow no-break space', '1\u202f234,5', NUMBER_COMMA, 1234.5],
    ['space grouping makes a comma decimal', '1 234,567', NUMBER_COMMA, 1234.567],
    ['percent', '12,5 %', NUMBER_COMMA, 12.5],
    ['percent without space', '12,5%', NUMBER_COMMA, 12.5],
    ['percent with no-break space', '7\u00a0%', NUMBER_PLAIN, 7],
    ['leading plus', '+3,5', NUMBER_COMMA, 3.5],
    ['hyphen minus', '-3,5', NUMBER_COMMA, -3.5],
    ['minus sign U+2212', '\u22123,5', NUMBER_COMMA, -3.5],
    ['en dash before digits', '\u20133,5', NUMBER_COMMA, -3.5],
    ['surrounding spaces', '  42  ', NUMBER_PLAIN, 42],
    ['exponent', '1e5', NUMBER_PLAIN, 100000],
    ['exponent with decimal comma', '1,5E-3', NUMBER_COMMA, 0.0015],
    ['exponent with point and three digits is decimal', '1.234e2', NUMBER_POINT, 123.4],
    ['trailing separator', '5,', NUMBER_COMMA, 5],
    ['negative zero is zero', '-0', NUMBER_PLAIN, 0],
    ['long mantissa (slow path)', '12345678901234567890', NUMBER_PLAIN, 12345678901234567000],
    ['many decimals (slow path)', '0,1234567890123456789012345', NUMBER_COMMA, 0.12345678901234568],
    // The slow-path rows expect the nearest double, as ECMAScript's Number() rounds (shortest form).
  ])('%s: %s', (_name, text, kind, value) => {
    expect(scan(text)).toEqual([kind, value]);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['lone dash', '–'],
    ['lone hyphen', '-'],
    ['point symbol', '.'],
    ['ellipsis', '...'],
    ['text', 'k.A.'],
    ['letters after number', '12abc'],
    ['footnote flag', '123p'],
    ['bad group after thousands', '1.23,4'],
    ['bad group in millions', '1.2345.678'],
    ['both separators twice', '1.234,567,8'],
    ['too many lead digits for grouping', '12345.678,9'],
    ['space after decimal', '1,234 567'],
    ['space group of two', '1 23'],
    ['dash then space', '- 5'],
    ['exponent without digits', '1e'],
    ['hex', '0x10'],
    ['infinity', 'Infinity'],
    ['overflow', '1e999'],
    ['script', '<script>1</script>'],
  ])('%s is not a number: %j', (_name, text) => {
    expect(scan(text)[0]).toBe(NUMBER_INVALID);
    expect(scan(text)[1]).toBeNaN();
  });
});

describe('parseNumber', () => {
  // The column decides ambiguous cells only; unambiguous cells read the same under both decisions.
  it.each([
    ['1.234', ',', 1234],
    ['1.234', '.', 1.234],
    ['1,234', ',', 1.234],
    ['1,234', '.', 1234],
    ['-9.999', ',', -9999],
    ['1.234,5', '.', 1234.5],
    ['1,5', '.', 1.5],
  ] as const)('%s with decimal %s → %d', (text, decimal, value) => {
    expect(parseNumber(text, decimal)).toBe(value);
  });
});

/** Our own deterministic German formatter: shortest round-trip digits, thousands points, decimal comma. */
function formatGerman(value: number, minus: string, grouping: string): string {
  const [mantissa = '', exponent] = Math.abs(value).toString().split('e');
  const [integer = '', fraction] = mantissa.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, grouping);
  const text = `${grouped}${fraction === undefined ? '' : `,${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`;
  return value < 0 ? `${minus}${text}` : text;
}

describe('German formatting round trip (property)', () => {
  const minus = fc.constantFrom('-', '\u2212', '\u2013');
  const grouping = fc.constantFrom('.', ' ', '\u00a0', '\u202f');
  // Doubles of any size, plus the everyday sizes where grouping and ambiguity (1.234) happen.
  const finite = fc
    .oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100),
    )
    .filter((value) => !Object.is(value, -0));

  it('reads back every finite number our formatter writes', () => {
    fc.assert(
      fc.property(finite, minus, grouping, (value, sign, group) => {
        expect(parseNumber(formatGerman(value, sign, group), ',')).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  // Intl (ICU's de-DE data) as a formatter we did not write; 17 significant digits round-trip a double.
  const intl = new Intl.NumberFormat('de-DE', { maximumSignificantDigits: 17 });
  it('reads back what Intl.NumberFormat("de-DE") writes', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (value) => {
        const expected = value === 0 ? 0 : Number(value.toPrecision(17)); // the parser reads "-0" as 0
        expect(parseNumber(intl.format(value), ',')).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
