/**
 * The pure indicator engine: typed data in, derived indicators, z-scores, classes and tables out.
 * No DOM, no node:*, no clock, locale or randomness.
 */

// Data shapes and status codes (the contract shared with io)
export * from './types';

// Derivation of indicators for every level and the city
export { deriveDataset } from './derive';
export { deriveAll, type DerivedAll } from './derive-all';
export { buildHierarchy, type Hierarchy } from './hierarchy';
export { aggregateJointly, type AggregatedSums } from './aggregate';
export { aggregateToTargets } from './aggregate-levels';
export { dependencyOrder, indicatorDependencies } from './dependency-order';
export { isSuppressedCount } from './suppress';
export { baseYearIndices } from './change';
export { linearTrend, MIN_TREND_POINTS } from './trend';

// Standardisation and composite indices
export {
  zScores,
  meanAndStandardDeviation,
  type MeanAndStandardDeviation,
  type StandardDeviationOptions,
} from './z-scores';
export { classifyIndex, type IndexClasses } from './index-classes';

// Thresholds and Handlungsbedarf ("k of n" rules, flags per area and year)
export {
  MET,
  NOT_MET,
  UNJUDGED,
  evaluateThreshold,
  judge,
  levelZScores,
  referenceOf,
  thresholdDirection,
  thresholdLimit,
  type ThresholdCells,
  type ThresholdInput,
} from './thresholds';
export {
  FLAGGED,
  NOT_FLAGGED,
  UNDECIDED,
  evaluateHandlungsbedarf,
  explainArea,
  levelPopulation,
  resolveRules,
  summariseFlags,
  thresholdIndexOf,
  type FlagSummary,
  type LevelFlags,
  type MemberEdit,
  type MemberExplanation,
  type ResolvedRule,
  type RuleCells,
  type RuleEdit,
  type RuleExplanation,
  type RuleMember,
} from './handlungsbedarf';

// Classification (mapclassify conventions: upper bounds, (lower, upper] classes)
export { computeBreaks, breaksOfValues, classifyValue, type BreaksSpec } from './classify';
export { classifyCells, type CellClasses, type ClassifySpec } from './classify-cells';
export { defaultClassification, DEFAULT_CLASSIFICATION } from './default-classification';
export { quantileBreaks, percentileOfSorted } from './breaks/quantile';
export { equalIntervalBreaks } from './breaks/equal-interval';
export { naturalBreaks } from './breaks/natural-breaks';
export { standardDeviationBreaks, STD_DEV_MULTIPLES } from './breaks/std-dev';
export { manualBreaks } from './breaks/manual';

// Tables (CLI `table` and the app's table render the same model)
export {
  buildIndicatorTable,
  type IndicatorTable,
  type IndicatorTableCell,
  type IndicatorTableOptions,
  type IndicatorTableRow,
} from './indicator-table';

// Synthetic data for benchmarks and tests
export { makeSyntheticDataset, seededRandom, type SyntheticOptions } from './synthetic';
