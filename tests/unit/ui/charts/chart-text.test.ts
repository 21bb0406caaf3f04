import { describe, expect, it } from 'vitest';
import { charactersIn, ellipsize, wrapByLength, wrapLines } from '../../../../src/ui/charts/chart-text';

describe('charactersIn', () => {
  it('estimates the characters that fit a width, at least one', () => {
    expect(charactersIn(62, 10.5)).toBe(10);
    expect(charactersIn(0, 10.5)).toBe(1);
  });
});

describe('ellipsize', () => {
  it('cuts only what is longer, ending in …', () => {
    expect(ellipsize('Altstadt', 8)).toBe('Altstadt');
    expect(ellipsize('Stadtbezirk Nordstadt', 12)).toBe('Stadtbezirk…');
    expect(ellipsize('Stadtbezirk Nordstadt', 1)).toBe('…');
  });
});

describe('wrapByLength', () => {
  it('breaks at spaces within the length and keeps long words whole', () => {
    expect(wrapByLength('Quelle: Fiktiver Datensatz, erzeugt mit npm', 20)).toEqual([
      'Quelle: Fiktiver',
      'Datensatz, erzeugt',
      'mit npm',
    ]);
    expect(wrapByLength('Donaudampfschifffahrt ab', 10)).toEqual(['Donaudampfschifffahrt', 'ab']);
  });
});

describe('wrapLines', () => {
  it('puts a name on two balanced lines, whole, where it fits', () => {
    expect(wrapLines('SGB-II-Quote: Veränderung über 5 Jahre', 28, 2)).toEqual({
      lines: ['SGB-II-Quote:', 'Veränderung über 5 Jahre'],
      cut: false,
    });
    // Not "SGB II rate: change over 5" and a lone "years".
    expect(wrapLines('SGB II rate: change over 5 years', 28, 2).lines).toEqual([
      'SGB II rate:',
      'change over 5 years',
    ]);
    expect(wrapLines('Altstadt', 28, 2)).toEqual({ lines: ['Altstadt'], cut: false });
  });

  it('ends the last line in … and says so when the text is longer', () => {
    const { lines, cut } = wrapLines('Armutsrisikoquote: Veränderung über die letzten fünf Jahre', 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(cut).toBe(true);
  });

  it('cuts a single word longer than a line', () => {
    expect(wrapLines('Donaudampfschifffahrtsgesellschaft', 10, 2)).toEqual({
      lines: ['Donaudamp…'],
      cut: true,
    });
  });
});
