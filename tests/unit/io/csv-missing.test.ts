import { describe, expect, it } from 'vitest';
import { missingReasonOf, missingSentinels } from '../../../src/io/missing-symbols';

// Symbols from the Zeichenerklärung of Destatis / Statistische Landesämter ("." unbekannt oder geheim,
// "*" anonymisiert, "–" nichts vorhanden, "x" Tabellenfach gesperrt, "/" nicht sicher genug, "..."
// fällt später an) and common "keine Angabe" spellings (k.A., n.v., Excel #NV, R's NA).
describe('missingReasonOf', () => {
  it.each([
    ['.', 'unknown'],
    ['*', 'anonymised'],
    ['–', 'none'],
    ['—', 'none'],
    ['-', 'none'],
    [' - ', 'none'],
    ['x', 'not-meaningful'],
    ['X', 'not-meaningful'],
    ['/', 'unreliable'],
    ['...', 'later'],
    ['…', 'later'],
    ['k.A.', 'not-available'],
    ['k. A.', 'not-available'],
    ['K.A.', 'not-available'],
    ['kA', 'not-available'],
    ['n.v.', 'not-available'],
    ['n.a.', 'not-available'],
    ['N/A', 'not-available'],
    ['#NV', 'not-available'],
    ['NA', 'not-available'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u00a0', 'empty'],
  ])('%j → %s', (text, reason) => {
    expect(missingReasonOf(text)).toBe(reason);
  });

  it.each([['0'], ['abc'], ['..'], ['xx'], ['<script>'], ['geheim'], ['k.A.x']])(
    '%j is no symbol',
    (text) => {
      expect(missingReasonOf(text)).toBeUndefined();
    },
  );
});

describe('missingSentinels', () => {
  it('matches declared texts after trimming and numbers by value', () => {
    const sentinels = missingSentinels([
      { value: ' -9999 ', reason: 'unknown' },
      { value: 'geheim', reason: 'anonymised' },
      { value: -1, reason: 'excluded' },
      { value: '-9999', reason: 'none' }, // a repeat: the first declaration wins
    ]);
    expect([...sentinels.byText]).toEqual([
      ['-9999', 'unknown'],
      ['geheim', 'anonymised'],
    ]);
    expect([...sentinels.byNumber]).toEqual([
      [-9999, 'unknown'],
      [-1, 'excluded'],
    ]);
  });

  it('is empty without declarations', () => {
    const sentinels = missingSentinels(undefined);
    expect([sentinels.byText.size, sentinels.byNumber.size]).toEqual([0, 0]);
  });
});
