/**
 * A four-area city with Handlungsbedarf rules whose numbers are worked out by hand (used by the
 * engine, URL and text tests).
 */
import type { TestDatasetInput } from './make-dataset';

/**
 * Sozialräume a, b (district X) and c, d (district Y), one year.
 *
 * | area | einwohner | quote (worse) | beschaeftigt (better) | alleinerz (worse) |
 * |------|-----------|---------------|-----------------------|-------------------|
 * | a    | 100       | 30/100 = 30   | 40/100 = 40           | 5/10 = 50         |
 * | b    | 100       | 10/100 = 10   | 60/100 = 60           | . (unknown)       |
 * | c    | 200       | 20/200 = 10   | 120/200 = 60          | 2/10 = 20         |
 * | d    | 100       | 5/100 = 5     | 50/100 = 50           | 3/10 = 30         |
 *
 * City: quote 55/500 = 11, beschaeftigt 270/500 = 54. Districts: quote X 40/200 = 20, Y 25/300 = 8.33.
 * alleinerz z over a, c, d (b has no value): mean 33.33, SD √(466.67/3) = 12.472,
 * z(a) = 16.667/12.472 = 1.336, z(c) = −1.069, z(d) = −0.267.
 */
export const HANDLUNGSBEDARF_INPUT: TestDatasetInput = {
  years: [2020],
  levels: [
    {
      id: 'sozialraum',
      areas: [
        { id: 'a', parent: 'X' },
        { id: 'b', parent: 'X' },
        { id: 'c', parent: 'Y' },
        { id: 'd', parent: 'Y' },
      ],
    },
    { id: 'bezirk', areas: [{ id: 'X' }, { id: 'Y' }] },
  ],
  variables: {
    einwohner: { a: [100], b: [100], c: [200], d: [100] },
    sgb2: { a: [30], b: [10], c: [20], d: [5] },
    beschaeftigte: { a: [40], b: [60], c: [120], d: [50] },
    haushalte: { a: [10], b: [10], c: [10], d: [10] },
    alleinerziehende: { a: [5], b: ['.'], c: [2], d: [3] },
  },
  options: { minCount: 0, populationVariable: 'einwohner' },
  indicators: [
    {
      id: 'quote',
      label: 'SGB-II-Quote',
      type: 'rate',
      numerator: 'sgb2',
      denominator: 'einwohner',
      polarity: 'higher-is-worse',
      thresholds: [
        { id: 'ab20', type: 'absolute', value: 20 },
        { id: 'bezirk5', type: 'relative', reference: 'parent', mode: 'difference', value: 5 },
      ],
    },
    {
      id: 'beschaeftigt',
      label: 'Beschäftigungsquote',
      type: 'rate',
      numerator: 'beschaeftigte',
      denominator: 'einwohner',
      polarity: 'higher-is-better',
      thresholds: [{ type: 'relative', reference: 'city', mode: 'ratio', value: 1.25 }],
    },
    {
      id: 'alleinerz',
      label: 'Alleinerziehende',
      type: 'rate',
      numerator: 'alleinerziehende',
      denominator: 'haushalte',
      polarity: 'higher-is-worse',
      thresholds: [{ type: 'z-score', value: 1 }],
    },
  ],
  handlungsbedarf: [
    {
      id: 'bedarf',
      label: 'Handlungsbedarf',
      atLeast: 2,
      members: [
        { indicator: 'quote', threshold: 'ab20' },
        { indicator: 'beschaeftigt' },
        { indicator: 'alleinerz', threshold: 0 },
      ],
    },
    {
      id: 'auffaellig',
      label: 'Auffällig im Bezirk',
      atLeast: 1,
      members: [{ indicator: 'quote', threshold: 'bezirk5' }, { indicator: 'alleinerz' }],
    },
  ],
};
