import { describe, expect, it } from 'vitest';
import { belowMinimumPopulation, describeExclusion, exclusionReasonText } from '../../../src/i18n/status';

describe('exclusion texts', () => {
  it('names the minimum population in the reader’s number format', () => {
    expect(belowMinimumPopulation(300, 'de')).toBe('weniger als 300 Einwohner:innen');
    expect(belowMinimumPopulation(1500, 'de')).toBe('weniger als 1.500 Einwohner:innen');
    expect(belowMinimumPopulation(1500, 'en')).toBe('fewer than 1,500 inhabitants');
  });

  it('gives the data’s own reason, or the population, after "ausgeschlossen"', () => {
    const marked = { kind: 'marked', reason: { de: 'Ausreißer', en: 'outlier' } } as const;
    expect(describeExclusion(exclusionReasonText(marked, 'de'), 'de')).toBe('ausgeschlossen: Ausreißer');
    expect(describeExclusion(exclusionReasonText(marked, 'en'), 'en')).toBe('excluded: outlier');
    expect(exclusionReasonText({ kind: 'population', minimum: 300 }, 'de')).toBe(
      'weniger als 300 Einwohner:innen',
    );
  });
});
