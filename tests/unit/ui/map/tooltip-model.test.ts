import { describe, expect, it } from 'vitest';
import { statusCode } from '../../../../src/engine/types';
import { classRangeText, tooltipContent } from '../../../../src/ui/map/tooltip-model';

describe('classRangeText', () => {
  const breaks = [10, 12.5, 20];
  it.each([
    {
      name: 'first class includes its lower end',
      index: 0,
      locale: 'de' as const,
      expected: 'Klasse 1: von 3,2 bis 10,0',
    },
    {
      name: 'middle class is (lower, upper]',
      index: 1,
      locale: 'de' as const,
      expected: 'Klasse 2: über 10,0 bis 12,5',
    },
    { name: 'English', index: 2, locale: 'en' as const, expected: 'Class 3: over 12.5 to 20.0' },
    { name: 'no class', index: -1, locale: 'de' as const, expected: null },
    { name: 'index beyond the breaks', index: 3, locale: 'de' as const, expected: null },
  ])('$name', ({ index, locale, expected }) => {
    expect(classRangeText(index, breaks, 3.2, 1, locale)).toBe(expected);
  });
});

describe('classRangeText of classes mirrored about 0', () => {
  it.each([
    [0, 'Klasse 1: von −13,8 bis unter −3,2'],
    [2, 'Klasse 3: von −1,2 bis 1,2'],
    [3, 'Klasse 4: über 1,2 bis 3,2'],
  ])('class %i as the legend says it', (index, expected) => {
    expect(classRangeText(index, [-3.2, -1.2, 1.2, 3.2, 13.8], -13.8, 1, 'de', 0)).toBe(expected);
  });
});

describe('tooltipContent', () => {
  const base = {
    name: 'Altstadt-Nord',
    areaId: '0101',
    value: 1234.56,
    statusCode: statusCode('ok'),
    classIndex: 1,
    breaks: [1000, 2000],
    lowerBound: 500,
    decimals: 1,
    unit: '%',
    locale: 'de' as const,
  };
  it.each([
    {
      name: 'value with unit in German format, class, no reason',
      input: base,
      expected: {
        title: 'Altstadt-Nord',
        areaId: '0101',
        value: '1.234,6\u00a0%',
        classText: 'Klasse 2: über 1.000,0 bis 2.000,0',
        reason: null,
      },
    },
    {
      name: 'suppressed: no value, the reason instead',
      input: { ...base, value: NaN, statusCode: statusCode('suppressed'), classIndex: -1 },
      expected: {
        title: 'Altstadt-Nord',
        areaId: '0101',
        value: null,
        classText: null,
        reason: 'geheim (Fallzahl zu klein)',
      },
    },
    {
      name: 'partial: value and a note',
      input: { ...base, statusCode: statusCode('partial'), unit: '', locale: 'en' as const },
      expected: {
        title: 'Altstadt-Nord',
        areaId: '0101',
        value: '1,234.6',
        classText: 'Class 2: over 1,000.0 to 2,000.0',
        reason: 'partial: not all sub-areas have values',
      },
    },
    {
      name: 'a negative value with the typographic minus',
      input: {
        ...base,
        value: -0.84,
        classIndex: 0,
        breaks: [0, 2],
        lowerBound: -1.5,
        unit: 'Prozentpunkte',
      },
      expected: { value: '\u22120,8\u00a0Prozentpunkte', classText: 'Klasse 1: von \u22121,5 bis 0,0' },
    },
    {
      name: 'a change with its sign, as the detail panel prints it',
      input: { ...base, value: 0.84, unit: 'percentage points', locale: 'en' as const, signed: true },
      expected: { value: '+0.8\u00a0percentage points' },
    },
    {
      name: 'a change between two years (Bilanzierung), its period after the unit',
      input: { ...base, value: 0.29, decimals: 2, unit: 'z-Wert', signed: true, period: '2015–2024' },
      expected: { value: 'z\u00a0=\u00a0+0,29, 2015–2024' },
    },
    {
      name: 'markup in a name stays text',
      input: { ...base, name: '<img src=x onerror=alert(1)>' },
      expected: { title: '<img src=x onerror=alert(1)>' },
    },
  ])('$name', ({ input, expected }) => {
    expect(tooltipContent(input)).toMatchObject(expected);
  });
});
