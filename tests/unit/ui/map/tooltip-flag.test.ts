/**
 * The tooltip's Handlungsbedarf lines on the hand-computed four-area city
 * (tests/unit/engine/handlungsbedarf-fixture.ts): a (both rules flag it), b (first rule no, second
 * open: alleinerz unknown), d (neither).
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../../src/engine/derive';
import { evaluateHandlungsbedarf, resolveRules, type RuleEdit } from '../../../../src/engine/handlungsbedarf';
import { tooltipFlag } from '../../../../src/ui/map/tooltip-flag';
import { HANDLUNGSBEDARF_INPUT } from '../../engine/handlungsbedarf-fixture';
import { makeDataset } from '../../engine/make-dataset';

const derived = deriveDataset(makeDataset(HANDLUNGSBEDARF_INPUT));
const { manifest } = derived.data;
const flagsWith = (edits: Record<string, RuleEdit> = {}) =>
  evaluateHandlungsbedarf(derived, resolveRules(manifest, edits), 0);
const onlyFirstRule = { auffaellig: { enabled: false } };

describe('tooltipFlag', () => {
  it.each([
    ['a, flagged', 0, 'de', 'yes', 'Handlungsbedarf: 3 von 3 Schwellen erreicht'],
    ['b, not flagged', 1, 'de', 'no', 'Kein Handlungsbedarf: 0 von 3 Schwellen erreicht, mindestens 2 nötig'],
    ['a, English', 0, 'en', 'yes', 'Need for action: 3 of 3 thresholds met'],
  ] as const)('one rule: %s', (_name, area, locale, state, line) => {
    expect(tooltipFlag(flagsWith(onlyFirstRule), 0, area, locale)).toEqual({ state, lines: [line] });
  });

  it('says "offen" with what cannot be judged', () => {
    // the second rule alone: b meets 0 of 2 (k = 1), alleinerz unknown → open
    expect(tooltipFlag(flagsWith({ bedarf: { enabled: false } }), 0, 1, 'de')).toEqual({
      state: 'open',
      lines: ['Handlungsbedarf offen: 0 von 2 Schwellen erreicht, 1 nicht prüfbar'],
    });
  });

  it('gives the overall flag and each rule’s verdict with several rules', () => {
    expect(tooltipFlag(flagsWith(), 0, 1, 'de')).toEqual({
      state: 'open',
      lines: [
        'Handlungsbedarf: offen',
        'Handlungsbedarf – nein: 0 von 3 Schwellen erreicht, mindestens 2 nötig; 1 nicht prüfbar',
        'Auffällig im Bezirk – offen: 0 von 2 Schwellen erreicht, mindestens 1 nötig; 1 nicht prüfbar',
      ],
    });
    expect(tooltipFlag(flagsWith(), 0, 3, 'en')?.lines[0]).toBe('Need for action: no');
  });

  it('says nothing when every rule is switched off, or for an area outside the level', () => {
    expect(
      tooltipFlag(flagsWith({ bedarf: { enabled: false }, auffaellig: { enabled: false } }), 0, 0, 'de'),
    ).toBeNull();
    expect(tooltipFlag(flagsWith(), 0, 4, 'de')).toBeNull();
  });
});
