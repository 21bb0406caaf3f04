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

/**
 * Categorical colours for chosen areas: Tableau 10 without its red (the thresholds' colour) and
 * without its yellow and grey, which stand out neither as a line on white nor as an outline on
 * the light classes of a map (under 3:1).
 */
export const AREA_COLOURS: readonly string[] = TABLEAU10.filter(
  (colour) => colour !== TABLEAU10_RED && colour !== '#edc949' && colour !== '#bab0ab',
);

/**
 * The colour of the chosen area at `position` (0 = the selected area, then the comparison areas in
 * their order): the same in the map's outlines, the detail panel's comparison list and the charts.
 */
export function areaColour(position: number): string {
  return AREA_COLOURS[position % AREA_COLOURS.length] as string;
}
