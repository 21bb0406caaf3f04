/**
 * checkGeometry (structure, repairs, severities) and hasSelfIntersection (sweep over segments).
 * Expected results follow from the hand-drawn shapes; the bow tie, pentagram and crossing hole cross
 * by construction, the others do not (a touch at a vertex is not a crossing, as in OGC's rule for
 * inverted holes that ESRI writes).
 */
import { describe, expect, it } from 'vitest';
import { checkGeometry, hasSelfIntersection } from '../../../src/io/geometry';

const square = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
  [0, 0],
];
const innerSquare = [
  [1, 1],
  [2, 1],
  [2, 2],
  [1, 2],
  [1, 1],
];

describe('hasSelfIntersection', () => {
  const circle = Array.from({ length: 10_001 }, (_, index) => {
    const angle = (2 * Math.PI * (index % 10_000)) / 10_000;
    return [Math.cos(angle), Math.sin(angle)];
  });
  const pentagram = Array.from({ length: 6 }, (_, index) => {
    const angle = (4 * Math.PI * (index % 5)) / 5;
    return [Math.cos(angle), Math.sin(angle)];
  });
  it.each<[string, number[][][], boolean]>([
    ['a square', [square], false],
    ['a square with a hole', [square, innerSquare], false],
    [
      'a bow tie',
      [
        [
          [0, 0],
          [2, 2],
          [2, 0],
          [0, 2],
          [0, 0],
        ],
      ],
      true,
    ],
    ['a pentagram', [pentagram], true],
    [
      'a hole crossing the outline',
      [
        square,
        [
          [3, 1],
          [5, 1],
          [5, 2],
          [3, 2],
          [3, 1],
        ],
      ],
      true,
    ],
    [
      'a figure eight touching at a vertex',
      [
        [
          [0, 0],
          [2, 0],
          [1, 1],
          [2, 2],
          [0, 2],
          [1, 1],
          [0, 0],
        ],
      ],
      false,
    ],
    [
      'a hole touching the outline at a vertex',
      [
        square,
        [
          [0, 0],
          [1, 2],
          [2, 1],
          [0, 0],
        ],
      ],
      false,
    ],
    ['a circle of 10,000 vertices', [circle], false],
    [
      'a ring with a repeated vertex',
      [
        [
          [0, 0],
          [4, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
      ],
      false,
    ],
  ])('%s: %s', (_name, rings, expected) => {
    expect(hasSelfIntersection(rings)).toBe(expected);
  });
});

describe('checkGeometry', () => {
  const polygon = (coordinates: unknown) => ({ type: 'Polygon', coordinates });
  it.each<[string, unknown, boolean, [string, string, string][]]>([
    ['a valid polygon', polygon([square]), true, []],
    ['3D positions (z dropped)', polygon([square.map(([x, y]) => [x, y, 35])]), true, []],
    [
      'an unclosed ring',
      polygon([square.slice(0, 4)]),
      true,
      [['invalid-geometry', 'warning', 'ring-not-closed']],
    ],
    [
      'an unclosed ring that stays too short',
      polygon([square.slice(0, 2)]),
      false,
      [
        ['invalid-geometry', 'warning', 'ring-not-closed'],
        ['invalid-geometry', 'error', 'too-few-points'],
      ],
    ],
    ['no rings', polygon([]), false, [['empty-geometry', 'error', '']]],
    ['coordinates that are no array', polygon('abc'), false, [['empty-geometry', 'error', '']]],
    [
      'Infinity',
      polygon([
        [
          [0, 0],
          [1, Infinity],
          [1, 1],
          [0, 0],
        ],
      ]),
      false,
      [['invalid-geometry', 'error', 'non-finite']],
    ],
    [
      'a position with one number',
      polygon([[[0, 0], [1], [1, 1], [0, 0]]]),
      false,
      [['invalid-geometry', 'error', 'non-finite']],
    ],
    [
      'a LineString',
      { type: 'LineString', coordinates: square },
      false,
      [['unsupported-geometry', 'error', 'LineString']],
    ],
    [
      'an object without type',
      { coordinates: [square] },
      false,
      [['unsupported-geometry', 'error', 'undefined']],
    ],
    [
      'a collinear ring',
      polygon([
        [
          [0, 0],
          [1, 1],
          [2, 2],
          [0, 0],
        ],
      ]),
      false,
      [['invalid-geometry', 'error', 'zero-area']],
    ],
    [
      'an empty part beside a valid one',
      { type: 'MultiPolygon', coordinates: [[], [square]] },
      true,
      [['invalid-geometry', 'warning', 'too-few-points']],
    ],
  ])('%s', (_name, geometry, isKept, expected) => {
    const result = checkGeometry(geometry);
    expect(result.geometry !== null).toBe(isKept);
    expect(
      result.problems.map((problem) => [
        problem.code,
        problem.severity,
        'reason' in problem ? problem.reason : 'type' in problem ? problem.type : '',
      ]),
    ).toEqual(expected);
  });

  it('closes an unclosed ring and keeps only x and y', () => {
    const result = checkGeometry(
      polygon([
        [
          [0, 0, 9],
          [4, 0, 9],
          [4, 4, 9],
        ],
      ]),
    );
    expect(result.geometry?.polygons).toEqual([
      [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 0],
        ],
      ],
    ]);
  });

  it('leaves its input unchanged', () => {
    const ring = Object.freeze(square.slice(0, 4).map((position) => Object.freeze(position)));
    const input = Object.freeze({ type: 'Polygon', coordinates: Object.freeze([ring]) });
    expect(() => checkGeometry(input)).not.toThrow();
    expect(ring).toHaveLength(4);
  });
});
