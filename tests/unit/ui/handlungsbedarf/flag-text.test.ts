/**
 * The detail panel's "why" and the editor's labels, on the hand-computed four-area city
 * (tests/unit/engine/handlungsbedarf-fixture.ts): the numbers in the sentences are those worked out there.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../../src/engine/derive';
import { evaluateHandlungsbedarf, explainArea, resolveRules } from '../../../../src/engine/handlungsbedarf';
import {
  explanationViews,
  editorLabels,
  flagPopulationText,
  flagSummaryText,
  type FlagTextContext,
} from '../../../../src/ui/handlungsbedarf/flag-text';
import {
  checkAtLeast,
  checkThresholdValue,
  unreachedMembers,
  formatEditValue,
  withMemberEdit,
} from '../../../../src/ui/handlungsbedarf/edit-input';
import { HANDLUNGSBEDARF_INPUT } from '../../engine/handlungsbedarf-fixture';
import { makeDataset } from '../../engine/make-dataset';

const derived = deriveDataset(makeDataset(HANDLUNGSBEDARF_INPUT));
const { manifest } = derived.data;
const context = (locale: 'de' | 'en'): FlagTextContext => ({
  indicators: new Map(manifest.indicators.map((indicator) => [indicator.id, indicator])),
  parentLabel: locale === 'de' ? 'Bezirk' : 'district',
  locale,
});
const views = (area: number, locale: 'de' | 'en' = 'de', edits = {}) =>
  explanationViews(
    explainArea(evaluateHandlungsbedarf(derived, resolveRules(manifest, edits), 0), 0, area),
    context(locale),
  );

describe('explanationViews', () => {
  it('lists each threshold of a flagged area with its numbers (area a)', () => {
    const [bedarf] = views(0);
    expect(bedarf!.flag).toBe('yes');
    expect(bedarf!.verdict).toBe('ja: 3 von 3 Schwellen erreicht, mindestens 2 nötig');
    expect(bedarf!.lines).toEqual([
      { state: 'met', text: 'SGB-II-Quote 30,0 ≥ 20,0', detail: null },
      // higher is better: at or below 54 ÷ 1.25 = 43.2; 54 / 40 = 1.35 times worse
      {
        state: 'met',
        text: 'Beschäftigungsquote 40,0 ≤ 43,2',
        detail: 'Schwelle Stadt (54,0) ÷ 1,25; hier Stadt ÷ 1,35',
      },
      {
        state: 'met',
        text: 'Alleinerziehende z = 1,34 ≥ 1,00',
        detail: 'Wert 50,0; z-Wert über die Gebiete der Ebene',
      },
    ]);
  });

  it('says what cannot be judged and why (area b)', () => {
    const [, auffaellig] = views(1);
    expect(auffaellig!.flag).toBe('undecided');
    expect(auffaellig!.verdict).toBe(
      'offen: 0 von 2 Schwellen erreicht, mindestens 1 nötig; 1 nicht prüfbar',
    );
    // b: 10 against district X 20 + 5
    expect(auffaellig!.lines[0]).toEqual({
      state: 'not-met',
      text: 'SGB-II-Quote 10,0 < 25,0',
      detail: 'Schwelle Bezirk (20,0) + 5,0; hier −10,0',
    });
    expect(auffaellig!.lines[1]).toEqual({
      state: 'unjudged',
      text: 'Alleinerziehende: nicht prüfbar – unbekannt oder geheim',
      detail: null,
    });
  });

  it('marks members and rules switched off, in English too', () => {
    const [bedarf, auffaellig] = views(0, 'en', {
      bedarf: { members: [{ enabled: false }] },
      auffaellig: { enabled: false },
    });
    expect(bedarf!.lines[0]).toEqual({ state: 'off', text: 'SGB-II-Quote: switched off', detail: null });
    expect(bedarf!.verdict).toBe('yes: 2 of 2 thresholds met, at least 2 needed');
    expect(auffaellig).toMatchObject({ flag: 'off', verdict: 'Rule switched off', lines: [] });
  });

  it('shows one more decimal where rounding would hide the difference', () => {
    // quote ≥ 9.96: c (10) meets it; printed 10,00 ≥ 9,96, not 10,0 ≥ 10,0
    const [bedarf] = views(2, 'de', { bedarf: { members: [{ value: 9.96 }] } });
    expect(bedarf!.lines[0]!.text).toBe('SGB-II-Quote 10,00 ≥ 9,96');
  });
});

describe('editorLabels', () => {
  it.each([
    [0, 0, { before: 'SGB-II-Quote ≥', after: '' }],
    [0, 1, { before: 'Beschäftigungsquote ≤ Stadt ÷', after: '' }],
    [0, 2, { before: 'Alleinerziehende: z ≥', after: '' }],
    [1, 0, { before: 'SGB-II-Quote ≥ Bezirk +', after: '' }],
  ])('rule %i member %i', (rule, member, expected) => {
    const resolved = resolveRules(manifest)[rule]!.members[member]!;
    expect(editorLabels(resolved, context('de'))).toEqual(expected);
  });
});

describe('edit input', () => {
  const ratio = { type: 'relative', reference: 'city', mode: 'ratio', value: 1.5 } as const;
  it.each([
    ['1,6', 'de', { ok: true, value: 1.6 }],
    ['1.6', 'en', { ok: true, value: 1.6 }],
    ['0', 'de', { ok: false, message: 'Ein Faktor muss größer als 0 sein.' }],
    ['1,6x', 'de', { ok: false, message: '„1,6x“ ist keine Zahl.' }],
  ] as const)('threshold value %s (%s)', (text, locale, expected) => {
    expect(checkThresholdValue(text, ratio, locale)).toEqual(expected);
  });

  it('takes k from 1 to n', () => {
    expect(checkAtLeast('2', 3, 'de')).toEqual({ ok: true, value: 2 });
    expect(checkAtLeast('4', 3, 'en')).toEqual({
      ok: false,
      message: 'The number must lie between 1 and 3.',
    });
    expect(checkAtLeast('1,5', 3, 'de').ok).toBe(false);
  });

  it('shows values in the reader’s format and changes one member only', () => {
    expect(formatEditValue(1.25, 'de')).toBe('1,25');
    expect(formatEditValue(0.1 + 0.2, 'en')).toBe('0.3');
    expect(withMemberEdit({ atLeast: 1, members: [{ value: 3 }] }, 3, 2, { enabled: false })).toEqual({
      atLeast: 1,
      members: [{ value: 3 }, {}, { enabled: false }],
    });
  });
});

describe('flagPopulationText and flagSummaryText', () => {
  const inhabitants = { de: 'Einwohner:innen', en: 'Inhabitants' };
  it.each([
    ['de', 50963, 'Einwohner:innen', '50.963 Einwohner:innen leben dort'],
    // the label's heading capital would read "50,963 Inhabitants live there"
    ['en', 50963, 'Inhabitants', '50,963 inhabitants live there'],
  ] as const)('%s: %s people', (locale, people, _label, expected) => {
    expect(flagPopulationText(people, inhabitants, locale)).toBe(expected);
  });

  it('groups the counts', () => {
    expect(flagSummaryText(1500, 20000, 'de')).toBe('1.500 von 20.000 Gebieten mit Handlungsbedarf');
    expect(flagSummaryText(15, 99, 'en')).toBe('15 of 99 areas need action');
  });
});

describe('unreachedMembers', () => {
  const cells = (states: number[]) => ({
    state: Int8Array.from(states),
    limit: new Float64Array(states.length),
  });
  const rule = {
    members: [cells([0, 1, -1]), null, cells([0, 0, -1]), cells([-1, -1, -1]), cells([0, 0, 0])],
  } as unknown as Parameters<typeof unreachedMembers>[0];

  it('names the changed thresholds that no area meets in any year, where areas can be judged', () => {
    const edited = { members: [{ value: 1 }, { value: 1 }, { value: 150 }, { value: 2 }, {}] };
    // 0 is met somewhere; 1 is switched off (null); 3 cannot be judged anywhere; 4 keeps the
    // manifest's value: only 2.
    expect(unreachedMembers(rule, edited)).toEqual([2]);
  });

  it('does not question the manifest’s own values', () => {
    expect(unreachedMembers(rule, undefined)).toEqual([]);
  });
});
