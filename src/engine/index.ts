/**
 * The pure indicator engine: typed data in, derived indicators, z-scores, classes and tables out.
 * No DOM, no node:*, no clock, locale or randomness.
 */

// Data shapes and status codes (the contract shared with io)
export * from './types';

// Derivation of indicators for every level and the city
export { deriveDataset } from './derive';
export { buildHierarchy, type Hierarchy } from './hierarchy';
export { aggregateJointly, type AggregatedSums } from './aggregate';
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
