import { describe, expect, it } from 'vitest';
import { hasRelativeChange, isCategory } from '../../../src/engine/indicator-scale';

describe('indicator scale', () => {
  it('takes only the status × dynamics matrix for a category', () => {
    expect(isCategory({ type: 'matrix' })).toBe(true);
    for (const type of ['count', 'rate', 'change', 'index'] as const)
      expect(isCategory({ type })).toBe(false);
  });

  it('gives a relative change to counts and rates only', () => {
    expect(hasRelativeChange({ type: 'count' })).toBe(true);
    expect(hasRelativeChange({ type: 'rate' })).toBe(true);
    for (const type of ['change', 'index', 'matrix'] as const)
      expect(hasRelativeChange({ type })).toBe(false);
  });
});
