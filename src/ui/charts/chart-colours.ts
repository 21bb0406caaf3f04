/**
 * Categorical colours for the charts: Tableau 10 (Tableau Software, as d3-scale-chromatic ships it
 * as schemeTableau10; a unit test holds them equal). A constant of our own, so the charts do not
 * load d3-scale-chromatic, which builds an interpolator for each of its schemes when evaluated.
 */
export const TABLEAU10: readonly string[] = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];

/** The red of Tableau 10: left out where red means a threshold (time series). */
export const TABLEAU10_RED = '#e15759';
