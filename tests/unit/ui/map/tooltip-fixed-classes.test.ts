import { describe, expect, it } from 'vitest';
import type { FixedClasses } from '../../../../src/engine/fixed-classes';
import { statusCode } from '../../../../src/engine/types';
import { tooltipContent } from '../../../../src/ui/map/tooltip-model';

const status: FixedClasses = {
  kind: 'index',
  labels: ['hoch', 'mittel'],
  bounds: [-1, Number.POSITIVE_INFINITY],
  matrix: null,
};
const matrix: FixedClasses = {
  kind: 'matrix',
  labels: ['Status hoch, Dynamik stabil', 'Status mittel, Dynamik stabil'],
  bounds: [0, 1],
  matrix: { rows: ['hoch', 'mittel'], columns: ['stabil'], rowTitle: 'S', columnTitle: 'D', colors: null },
};
const base = {
  name: 'Lützowstraße',
  areaId: '01100103',
  breaks: [-1, Number.POSITIVE_INFINITY],
  lowerBound: -2,
  decimals: 2,
  unit: 'z-Wert',
  locale: 'de' as const,
};

describe('tooltipContent with fixed classes', () => {
  it('names an index class by its label and cut-offs, beside the value', () => {
    const content = tooltipContent({ ...base, value: 0.42, statusCode: 0, classIndex: 1, fixed: status });
    // A z-score reads as one: "z = 0,42", not "0,42 z-Wert".
    expect(content.value).toBe('z\u00a0=\u00a00,42');
    expect(content.classText).toBe('mittel (über \u22121,00)');
  });

  it('shows a matrix cell by its label instead of the cell number', () => {
    const content = tooltipContent({
      ...base,
      value: 1,
      statusCode: 0,
      classIndex: 1,
      fixed: matrix,
      unit: '',
    });
    expect(content.value).toBe('Status mittel, Dynamik stabil');
    expect(content.classText).toBeNull();
  });

  it('gives the data’s reason for an excluded area', () => {
    const content = tooltipContent({
      ...base,
      value: Number.NaN,
      statusCode: statusCode('excluded'),
      classIndex: -1,
      fixed: matrix,
      exclusionReason: 'Ausreißer',
    });
    expect(content.value).toBeNull();
    expect(content.reason).toBe('ausgeschlossen: Ausreißer');
  });
});
