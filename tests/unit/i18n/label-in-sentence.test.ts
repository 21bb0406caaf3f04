/** Manifest labels inside English sentences lose their heading capital; German nouns keep theirs. */
import { describe, expect, it } from 'vitest';
import { labelInSentence } from '../../../src/i18n/label-in-sentence';

describe('labelInSentence', () => {
  it.each([
    ['English heading word', { de: 'Einwohner:innen', en: 'Inhabitants' }, 'en', 'inhabitants'],
    ['English phrase', { de: 'Arbeitslosenquote', en: 'Unemployment rate' }, 'en', 'unemployment rate'],
    ['German noun stays', { de: 'Einwohner:innen', en: 'Inhabitants' }, 'de', 'Einwohner:innen'],
    ['acronym stays', { de: 'SGB-II-Empfänger', en: 'SGB II recipients' }, 'en', 'SGB II recipients'],
    ['code stays', { de: 'S1 Arbeitslosigkeit', en: 'S1 Unemployment' }, 'en', 'S1 Unemployment'],
    ['German fallback stays', { de: 'Einwohner:innen' }, 'en', 'Einwohner:innen'],
    ['a plain string may be German', 'Einwohner', 'en', 'Einwohner'],
    ['lowercase already', { de: 'x', en: 'persons' }, 'en', 'persons'],
  ] as const)('%s', (_name, text, locale, expected) => {
    expect(labelInSentence(text, locale)).toBe(expected);
  });
});
