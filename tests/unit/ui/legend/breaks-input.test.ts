/**
 * Manual breaks as typed: German and English numbers, strictly rising, within the values, 2 to 8
 * of them; the message names the break and the reason. Where the map starts when switching to
 * manual.
 */
import { describe, expect, it } from 'vitest';
import { checkBreaks, formatBreaks, parseBreak } from '../../../../src/ui/legend/breaks-input';
import { initialManualBreaks } from '../../../../src/ui/legend/manual-start';

describe('parseBreak', () => {
  it.each([
    ['12,5', 'de', 12.5],
    ['12.5', 'de', 12.5],
    ['1.234,5', 'de', 1234.5],
    ['1.234', 'de', 1234],
    [' −3,2 ', 'de', -3.2],
    ['-3,2', 'de', -3.2],
    ['12.5', 'en', 12.5],
    ['1,234', 'en', 1234],
    ['1,5', 'en', 1.5],
    ['abc', 'de', NaN],
    ['', 'de', NaN],
  ] as const)('%s (%s) → %s', (text, locale, expected) => {
    expect(parseBreak(text, locale)).toBe(expected);
  });
});

describe('checkBreaks', () => {
  it.each([
    ['valid German', ['5', '12,5'], 'de', { ok: true, breaks: [5, 12.5] }],
    ['valid English', ['5', '12.5', '20'], 'en', { ok: true, breaks: [5, 12.5, 20] }],
    ['at the minimum is allowed', ['1', '12'], 'de', { ok: true, breaks: [1, 12] }],
    [
      'not a number',
      ['5', 'zwölf'],
      'de',
      { ok: false, field: 1, message: 'Grenze 2: „zwölf“ ist keine Zahl.' },
    ],
    [
      'not ascending',
      ['12', '5'],
      'de',
      { ok: false, field: 1, message: 'Die Grenzen müssen aufsteigend sein (Grenze 2).' },
    ],
    ['a repeat is not ascending', ['5', '5'], 'de', { ok: false, field: 1 }],
    [
      'above the values',
      ['5', '40'],
      'de',
      { ok: false, field: 1, message: 'Grenze 2 liegt außerhalb der Werte (1,0 bis 30,0).' },
    ],
    ['at the maximum leaves the top class empty', ['5', '30'], 'de', { ok: false, field: 1 }],
    ['below the values', ['0,5', '5'], 'de', { ok: false, field: 0 }],
    [
      'too few',
      ['5'],
      'de',
      { ok: false, field: null, message: '2 bis 8 innere Grenzen (3 bis 9 Klassen).' },
    ],
    ['too many', ['2', '3', '4', '5', '6', '7', '8', '9', '10'], 'de', { ok: false, field: null }],
    ['English message', ['5', 'x'], 'en', { ok: false, field: 1, message: 'Break 2: “x” is not a number.' }],
  ] as const)('%s', (_name, texts, locale, expected) => {
    expect(checkBreaks(texts, 1, 30, 1, locale)).toMatchObject(expected);
  });
});

describe('formatBreaks', () => {
  it('writes breaks the way checkBreaks reads them back', () => {
    for (const locale of ['de', 'en'] as const) {
      const texts = formatBreaks([2.5, 1234.5, 20000], 1, locale);
      expect(checkBreaks(texts, 0, 30000, 1, locale)).toEqual({ ok: true, breaks: [2.5, 1234.5, 20000] });
    }
    expect(formatBreaks([2.5, 1234.5], 1, 'de')).toEqual(['2,5', '1.234,5']);
  });

  it('keeps the decimals a typed break has, so applying again changes nothing', () => {
    expect(formatBreaks([5, 10.25, 15], 1, 'de')).toEqual(['5,0', '10,25', '15,0']);
    expect(checkBreaks(formatBreaks([5, 10.25], 1, 'en'), 0, 30, 1, 'en')).toEqual({
      ok: true,
      breaks: [5, 10.25],
    });
  });

  it('writes negative breaks with the minus a keyboard types, and reads both minus signs', () => {
    expect(formatBreaks([-11.2, 0.5], 1, 'de')).toEqual(['-11,2', '0,5']);
    expect(checkBreaks(['\u221211,2', '-5'], -20, 10, 1, 'de')).toEqual({ ok: true, breaks: [-11.2, -5] });
  });
});

describe('initialManualBreaks', () => {
  it.each([
    [
      'rounded inner breaks of the shown classes',
      [4.96, 7.04, 9],
      1,
      null,
      { minimum: 1, maximum: 9 },
      [5, 7],
    ],
    ['more decimals where needed', [5.01, 5.04, 9], 1, null, { minimum: 1, maximum: 9 }, [5.01, 5.04]],
    [
      'repeats after rounding dropped; thirds when too few remain',
      [3.0001, 3.0002, 9],
      0,
      null,
      { minimum: 0, maximum: 9 },
      [3, 6],
    ],
    ['one class: thirds of the range', [9], 1, null, { minimum: 0, maximum: 9 }, [3, 6]],
    [
      'a diverging centre goes first when there are too many',
      [-4, -3, -2, -1, 0, 1, 2, 3, 4, 5],
      0,
      { centre: 0, reference: 'zero' as const },
      { minimum: -5, maximum: 5 },
      [-4, -3, -2, -1, 1, 2, 3, 4],
    ],
  ] as const)('%s', (_name, breaks, decimals, diverging, range, expected) => {
    expect(
      initialManualBreaks({ breaks, lowerBound: range.minimum, diverging }, range, decimals, 'de'),
    ).toEqual(expected);
  });

  it('keeps more decimals where the rounded break would move a shown area across it', () => {
    // Quantile breaks are areas' own values: 10,25 tops class 1, 10,26 starts class 2.
    const values = Float64Array.from([5, 10.25, 10.26, 15, 20, 25, Number.NaN]);
    const classes = Int8Array.from([0, 0, 1, 1, 1, 2, -1]);
    const shown = { breaks: [10.25, 20, 30], lowerBound: 5, diverging: null, classes };
    const range = { minimum: 5, maximum: 30 };
    expect(initialManualBreaks(shown, range, 1, 'de', values)).toEqual([10.25, 20]);
    // Without the values, as before: rounded to what the legend prints.
    expect(initialManualBreaks(shown, range, 1, 'de')).toEqual([10.3, 20]);
    // Every area keeps its class under the started breaks (value ≤ break: that class or lower).
    const breaks = [...initialManualBreaks(shown, range, 1, 'de', values), 30];
    values.forEach((value, area) => {
      if (Number.isNaN(value)) return;
      expect(breaks.findIndex((upper) => value <= upper)).toBe(classes[area]);
    });
  });
});
