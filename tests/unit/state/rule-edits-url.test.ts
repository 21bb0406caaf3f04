/**
 * The `hb` and `hbv` URL keys: rule edits written only where they differ from the manifest, read
 * back exactly, and every unusable entry reported instead of applied.
 */
import { describe, expect, it } from 'vitest';
import {
  parseRuleEdits,
  sameRuleEdits,
  serialiseRuleEdits,
  thresholdValueProblem,
} from '../../../src/state/rule-edits-url';
import { DEFAULT_URL_CHOICES, parseUrlState, serialiseUrlState } from '../../../src/state/url-state';
import { HANDLUNGSBEDARF_INPUT } from '../engine/handlungsbedarf-fixture';
import { makeDataset } from '../engine/make-dataset';

const data = makeDataset(HANDLUNGSBEDARF_INPUT);
const { manifest } = data;

describe('serialiseRuleEdits', () => {
  it.each([
    [{}, null],
    // the same values as the manifest: nothing to write
    [{ bedarf: { atLeast: 2, members: [{ value: 20 }] } }, null],
    [{ bedarf: { atLeast: 1 } }, 'bedarf:1:20;1.25;1'],
    [{ bedarf: { members: [{ value: 22.5 }, { enabled: false }] } }, 'bedarf:2:22.5;off;1'],
    [{ auffaellig: { enabled: false } }, 'auffaellig:off'],
    [{ bedarf: { members: [{ value: 0.1 + 0.2 }] } }, 'bedarf:2:0.3;1.25;1'],
  ])('%o → %s', (edits, expected) => {
    expect(serialiseRuleEdits(edits, manifest)).toBe(expected);
  });

  it('writes the rules in manifest order', () => {
    expect(serialiseRuleEdits({ auffaellig: { enabled: false }, bedarf: { atLeast: 3 } }, manifest)).toBe(
      'bedarf:3:20;1.25;1,auffaellig:off',
    );
  });
});

describe('parseRuleEdits', () => {
  it('reads back what serialiseRuleEdits writes', () => {
    const edits = { bedarf: { atLeast: 1, members: [{ value: 22.5 }, { enabled: false }, { value: 1.5 }] } };
    const text = serialiseRuleEdits(edits, manifest)!;
    const parsed = parseRuleEdits(text, manifest);
    expect(parsed.invalid).toEqual([]);
    expect(serialiseRuleEdits(parsed.edits, manifest)).toBe(text);
  });

  it.each([
    'unbekannt:1:1;2;3', // no such rule
    'bedarf:0:20;1.25;1', // k below 1
    'bedarf:4:20;1.25;1', // k above n
    'bedarf:2:20;1.25', // a member missing
    'bedarf:2:20;0;1', // a ratio factor of 0
    'bedarf:2:20;abc;1', // no number
    'bedarf:2:20', // no member values
    'bedarf:on',
    'bedarf:2:20;1.25;1:x',
  ])('refuses %s', (entry) => {
    const parsed = parseRuleEdits(entry, manifest);
    expect(parsed.edits).toEqual({});
    expect(parsed.invalid).toEqual([entry]);
  });

  it('keeps the usable entries of a list and refuses a rule named twice', () => {
    const parsed = parseRuleEdits('bedarf:1:20;1.25;1,nix:1:1,bedarf:off', manifest);
    expect(parsed.edits).toEqual({
      bedarf: { atLeast: 1, members: [{ value: 20 }, { value: 1.25 }, { value: 1 }] },
    });
    expect(parsed.invalid).toEqual(['nix:1:1', 'bedarf:off']);
  });
});

describe('thresholdValueProblem and sameRuleEdits', () => {
  it('allows negative limits but no ratio factor of 0 or below', () => {
    expect(thresholdValueProblem({ type: 'absolute', value: 1 }, -3)).toBeNull();
    expect(thresholdValueProblem({ type: 'z-score', value: 1 }, Number.NaN)).toBe('not-finite');
    const ratio = { type: 'relative', reference: 'city', mode: 'ratio', value: 1.5 } as const;
    expect(thresholdValueProblem(ratio, 0)).toBe('ratio');
    expect(thresholdValueProblem(ratio, 0.8)).toBeNull();
  });

  it('compares edits by content', () => {
    expect(sameRuleEdits({ a: { atLeast: 1 } }, { a: { atLeast: 1 } })).toBe(true);
    expect(sameRuleEdits({ a: { members: [{}] } }, { a: {} })).toBe(true);
    expect(sameRuleEdits({ a: { members: [{ value: 2 }] } }, { a: { members: [{ value: 3 }] } })).toBe(false);
    expect(sameRuleEdits({ a: { enabled: false } }, {})).toBe(false);
  });
});

describe('hb and hbv in the URL', () => {
  it('round-trips rule edits and the hidden flags', () => {
    const choices = {
      ...DEFAULT_URL_CHOICES,
      ruleEdits: { auffaellig: { enabled: false } },
      showFlags: false,
    };
    const search = serialiseUrlState(choices, data);
    expect(search).toBe('?hb=auffaellig:off&hbv=0');
    const parsed = parseUrlState(search, data);
    expect(parsed.notes).toEqual([]);
    expect(parsed.choices.ruleEdits).toEqual({ auffaellig: { enabled: false } });
    expect(parsed.choices.showFlags).toBe(false);
  });

  it('says which hb entry it could not use and falls back to the manifest', () => {
    const parsed = parseUrlState('?hb=bedarf:9:1;1;1&hbv=2', data);
    expect(parsed.choices.ruleEdits).toEqual({});
    expect(parsed.choices.showFlags).toBe(true);
    expect(parsed.notes.map((note) => note.params.name)).toEqual(['hbv', 'hb']);
  });

  it('waits for the dataset before reading hb', () => {
    const parsed = parseUrlState('?hb=bedarf:1:20;1.25;1', null);
    expect(parsed.choices.ruleEdits).toEqual({});
    expect(parsed.notes).toEqual([]);
  });
});
