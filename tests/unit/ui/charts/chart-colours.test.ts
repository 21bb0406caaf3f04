import { schemeTableau10 } from 'd3-scale-chromatic';
import { expect, it } from 'vitest';
import { TABLEAU10, TABLEAU10_RED } from '../../../../src/ui/charts/chart-colours';

it('has Tableau 10 as d3-scale-chromatic ships it, with its red', () => {
  expect(TABLEAU10).toEqual(schemeTableau10);
  expect(TABLEAU10).toContain(TABLEAU10_RED);
});
