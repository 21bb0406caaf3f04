/**
 * Thresholds and Handlungsbedarf rules on a four-area city whose numbers are worked out by hand in
 * the comments (rates as Σ numerator / Σ denominator; z-scores with population SD).
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../src/engine/derive';
import {
  FLAGGED,
  NOT_FLAGGED,
  UNDECIDED,
  evaluateHandlungsbedarf,
  explainArea,
  levelPopulation,
  resolveRules,
  summariseFlags,
  thresholdIndexOf,
} from '../../../src/engine/handlungsbedarf';
import {
  MET,
  NOT_MET,
  UNJUDGED,
  judge,
  thresholdDirection,
  thresholdLimit,
} from '../../../src/engine/thresholds';
import type { ThresholdSpec } from '../../../src/manifest/schema';
import { HANDLUNGSBEDARF_INPUT as INPUT } from './handlungsbedarf-fixture';
import { makeDataset } from './make-dataset';

const derived = deriveDataset(makeDataset(INPUT));
const manifest = derived.data.manifest;
const flagsOf = (edits = {}, level = 0) =>
  evaluateHandlungsbedarf(derived, resolveRules(manifest, edits), level);

describe('thresholdLimit and judge', () => {
  const ratio: ThresholdSpec = { type: 'relative', reference: 'city', mode: 'ratio', value: 1.5 };
  const difference: ThresholdSpec = { type: 'relative', reference: 'parent', mode: 'difference', value: 5 };
  it.each([
    // limit = factor × reference above, reference ÷ factor below ("1.5 times worse")
    [ratio, 'above', 15.1, 22.65],
    [ratio, 'below', 60, 40],
    [difference, 'above', 20, 25],
    [difference, 'below', 20, 15],
    [{ type: 'absolute', value: 20 } as ThresholdSpec, 'below', 99, 20],
    [{ type: 'z-score', value: 1 } as ThresholdSpec, 'above', NaN, 1],
    [{ type: 'z-score', value: 1 } as ThresholdSpec, 'below', NaN, -1],
  ] as const)('%o %s reference %d → %d', (spec, direction, reference, limit) => {
    expect(thresholdLimit(spec, direction, reference)).toBeCloseTo(limit, 10);
  });

  it('needs the reference of a relative threshold', () => {
    expect(thresholdLimit(ratio, 'above', Number.NaN)).toBeNaN();
  });

  it('compares inclusively and leaves missing numbers unjudged', () => {
    expect(judge('above', 20, 20)).toBe(MET);
    expect(judge('above', 19.99, 20)).toBe(NOT_MET);
    expect(judge('below', 40, 40)).toBe(MET);
    expect(judge('below', 40.01, 40)).toBe(NOT_MET);
    expect(judge('above', Number.NaN, 20)).toBe(UNJUDGED);
    expect(judge('above', 30, Number.NaN)).toBe(UNJUDGED);
  });

  it('takes the direction from the polarity, unless the threshold says it', () => {
    const plain: ThresholdSpec = { type: 'absolute', value: 1 };
    expect(thresholdDirection(plain, 'higher-is-worse')).toBe('above');
    expect(thresholdDirection(plain, 'higher-is-better')).toBe('below');
    expect(thresholdDirection(plain, 'neutral')).toBeNull();
    expect(thresholdDirection({ ...plain, direction: 'below' }, 'neutral')).toBe('below');
  });

  it('finds a member threshold by id, position, or as the only one', () => {
    const spec = { thresholds: [{ id: 't1', type: 'absolute', value: 1 } as ThresholdSpec] };
    expect(thresholdIndexOf(spec, 't1')).toBe(0);
    expect(thresholdIndexOf(spec, 0)).toBe(0);
    expect(thresholdIndexOf(spec, undefined)).toBe(0);
    expect(thresholdIndexOf(spec, 't2')).toBe(-1);
    expect(thresholdIndexOf(spec, 1)).toBe(-1);
    expect(thresholdIndexOf({ thresholds: [] }, undefined)).toBe(-1);
  });
});

describe('evaluateHandlungsbedarf', () => {
  it('evaluates each threshold per area (a, b, c, d)', () => {
    const [bedarf, auffaellig] = flagsOf().rules;
    // quote ≥ 20: only a (30)
    expect(Array.from(bedarf!.members[0]!.state)).toEqual([MET, NOT_MET, NOT_MET, NOT_MET]);
    // beschaeftigt ≤ 54 ÷ 1.25 = 43.2: only a (40)
    expect(Array.from(bedarf!.members[1]!.state)).toEqual([MET, NOT_MET, NOT_MET, NOT_MET]);
    expect(bedarf!.members[1]!.limit[0]).toBeCloseTo(43.2, 10);
    // alleinerz z ≥ 1: a (1.336); b has no value
    expect(Array.from(bedarf!.members[2]!.state)).toEqual([MET, UNJUDGED, NOT_MET, NOT_MET]);
    // quote ≥ district + 5: a 30 ≥ 25, c 10 ≥ 8.33 + 5 = 13.33 no; b 10 ≥ 25 no; d 5 no
    expect(Array.from(auffaellig!.members[0]!.state)).toEqual([MET, NOT_MET, NOT_MET, NOT_MET]);
    expect(auffaellig!.members[0]!.limit[2]).toBeCloseTo(25 / 3 + 5, 10);
  });

  it('flags k of n, and leaves an area undecided when unknown thresholds could tip it', () => {
    const flags = flagsOf();
    const [bedarf, auffaellig] = flags.rules;
    // bedarf (2 of 3): a meets 3; b meets 0 with 1 unknown (0 + 1 < 2): not flagged
    expect(Array.from(bedarf!.flag)).toEqual([FLAGGED, NOT_FLAGGED, NOT_FLAGGED, NOT_FLAGGED]);
    expect(Array.from(bedarf!.met)).toEqual([3, 0, 0, 0]);
    expect(Array.from(bedarf!.unjudged)).toEqual([0, 1, 0, 0]);
    // auffaellig (1 of 2): b meets 0, its alleinerz is unknown (0 + 1 ≥ 1): undecided
    expect(Array.from(auffaellig!.flag)).toEqual([FLAGGED, UNDECIDED, NOT_FLAGGED, NOT_FLAGGED]);
    expect(Array.from(flags.any)).toEqual([FLAGGED, UNDECIDED, NOT_FLAGGED, NOT_FLAGGED]);
  });

  it('applies edited values, k, and members or rules switched off', () => {
    // quote ≥ 10 instead of 20: b (10) and c (10) meet it too
    const lower = flagsOf({ bedarf: { members: [{ value: 10 }] } }).rules[0]!;
    expect(Array.from(lower.members[0]!.state)).toEqual([MET, MET, MET, NOT_MET]);
    // b: 1 met + 1 unknown ≥ 2 → undecided; c: 1 met, nothing unknown → not flagged
    expect(Array.from(lower.flag)).toEqual([FLAGGED, UNDECIDED, NOT_FLAGGED, NOT_FLAGGED]);
    // 1 of 3: c flagged now
    const anyOne = flagsOf({ bedarf: { atLeast: 1, members: [{ value: 10 }] } }).rules[0]!;
    expect(Array.from(anyOne.flag)).toEqual([FLAGGED, FLAGGED, FLAGGED, NOT_FLAGGED]);
    // quote switched off: 2 of the remaining 2
    const off = flagsOf({ bedarf: { members: [{ enabled: false }] } }).rules[0]!;
    expect(off.active).toBe(2);
    expect(off.members[0]).toBeNull();
    expect(Array.from(off.flag)).toEqual([FLAGGED, NOT_FLAGGED, NOT_FLAGGED, NOT_FLAGGED]);
    // k larger than the members left: flags nothing
    const impossible = flagsOf({ bedarf: { atLeast: 3, members: [{ enabled: false }] } }).rules[0]!;
    expect(Array.from(impossible.flag)).toEqual([0, 0, 0, 0]);
    // a rule switched off flags nothing and does not count for `any`
    const ruleOff = flagsOf({ auffaellig: { enabled: false } });
    expect(Array.from(ruleOff.rules[1]!.flag)).toEqual([0, 0, 0, 0]);
    expect(Array.from(ruleOff.any)).toEqual([FLAGGED, NOT_FLAGGED, NOT_FLAGGED, NOT_FLAGGED]);
  });

  it('leaves parent thresholds unjudged at the coarsest level', () => {
    const districts = flagsOf({}, 1);
    // X: quote 20 ≥ 20 → met; Y: 8.33 → not
    expect(Array.from(districts.rules[0]!.members[0]!.state)).toEqual([MET, NOT_MET]);
    expect(Array.from(districts.rules[1]!.members[0]!.state)).toEqual([UNJUDGED, UNJUDGED]);
  });

  it('does not change its input', () => {
    const before = Array.from(derived.indicators.get('quote')!.levels[0]!.values);
    flagsOf({ bedarf: { members: [{ value: 1 }] } });
    expect(Array.from(derived.indicators.get('quote')!.levels[0]!.values)).toEqual(before);
  });
});

describe('summariseFlags and levelPopulation', () => {
  it('counts flagged areas and the people living in them', () => {
    const flags = flagsOf();
    const population = levelPopulation(derived, 0);
    expect(Array.from(population!)).toEqual([100, 100, 200, 100]);
    // any: a flagged (100 inhabitants), b undecided
    expect(summariseFlags(flags.any, 0, 4, population)).toEqual({
      flagged: 1,
      undecided: 1,
      areas: 4,
      population: 100,
    });
    expect(summariseFlags(Int8Array.of(1, 0, -1, 1), 0, 4, Float64Array.of(100, 200, 300, 400))).toEqual({
      flagged: 2,
      undecided: 1,
      areas: 4,
      population: 500,
    });
  });

  it('sums the population up to coarser levels', () => {
    expect(Array.from(levelPopulation(derived, 1)!)).toEqual([200, 300]);
  });
});

describe('explainArea', () => {
  it('gives every threshold with value, reference and limit', () => {
    const [bedarf] = explainArea(flagsOf(), 0, 0);
    expect(bedarf!.flag).toBe(FLAGGED);
    expect(bedarf!.met).toBe(3);
    const [quote, beschaeftigt, alleinerz] = bedarf!.members;
    expect(quote).toMatchObject({ state: MET, value: 30, limit: 20, reference: null, z: null });
    expect(beschaeftigt).toMatchObject({ state: MET, value: 40, reference: 54 });
    expect(beschaeftigt!.limit).toBeCloseTo(43.2, 10);
    expect(alleinerz!.state).toBe(MET);
    expect(alleinerz!.z).toBeCloseTo(16.6667 / 12.4722, 3);
    expect(alleinerz!.limit).toBe(1);
  });

  it('names the missing reason of a threshold that cannot be judged', () => {
    const [, auffaellig] = explainArea(flagsOf(), 0, 1);
    expect(auffaellig!.flag).toBe(UNDECIDED);
    expect(auffaellig!.members[1]).toMatchObject({ state: UNJUDGED, value: null, status: 'unknown' });
  });
});
