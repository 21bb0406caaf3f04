import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  formatSigned,
  formatValue,
  formatValueWithUnit,
} from '../../../../src/ui/panels/panel-text-model';

describe('fillTemplate', () => {
  it.each([
    ['one placeholder', 'Rang {rank}', { rank: 5 }, 'Rang 5'],
    ['two, repeated', '{a} von {b}, {a}', { a: 1, b: 2 }, '1 von 2, 1'],
    ['unknown stays visible', 'Rang {rank}', {}, 'Rang {rank}'],
    ['text with braces from data is not re-read', '{name}', { name: '{rank}' }, '{rank}'],
  ])('%s', (_name, template, params, expected) => {
    expect(fillTemplate(template, params)).toBe(expected);
  });
});

describe('formatValueWithUnit', () => {
  it.each([
    ['percent, German', 12.345, 1, '%', 'de', '12,3\u00a0%'],
    ['count with thousands', 12345, 0, 'Personen', 'de', '12.345\u00a0Personen'],
    ['English', 12.345, 1, '%', 'en', '12.3\u00a0%'],
    ['no unit', 0.5312, 2, '', 'de', '0,53'],
    ['a z-score, German', 0.5312, 2, 'z-Wert', 'de', 'z\u00a0=\u00a00,53'],
    ['a z-score, English', -1.25, 2, ' z-score ', 'en', 'z\u00a0=\u00a0\u22121.25'],
    ['a unit that only starts with z', 3, 0, 'Zuzüge', 'de', '3\u00a0Zuzüge'],
  ] as const)('%s', (_name, value, decimals, unit, locale, expected) => {
    expect(formatValueWithUnit(value, decimals, unit, locale)).toBe(expected);
  });
});

describe('formatSigned', () => {
  it.each([
    ['positive', 2.2000000000000011, 1, 'de', '+2,2'],
    ['negative with typographic minus', -0.84, 1, 'de', '\u22120,8'],
    ['zero', 0, 1, 'de', '±0,0'],
    ['rounds to zero', -0.04, 1, 'de', '±0,0'],
    ['thousands', 1234.5, 0, 'de', '+1.235'],
    ['English', -1.25, 2, 'en', '\u22121.25'],
  ] as const)('%s', (_name, value, decimals, locale, expected) => {
    expect(formatSigned(value, decimals, locale)).toBe(expected);
  });
});

describe('formatValue', () => {
  it.each([
    ['level', 12.34, { decimals: 1, unit: '%', signed: false }, '12,3\u00a0%'],
    [
      'change with sign',
      1.23,
      { decimals: 1, unit: 'Prozentpunkte', signed: true },
      '+1,2\u00a0Prozentpunkte',
    ],
    ['negative change', -2, { decimals: 1, unit: '', signed: true }, '\u22122,0'],
  ] as const)('%s', (_name, value, format, expected) => {
    expect(formatValue(value, format, 'de')).toBe(expected);
  });
});
