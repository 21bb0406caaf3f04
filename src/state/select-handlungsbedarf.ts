/**
 * The Handlungsbedarf flags of the chosen level (every year) and the shown year's counts, from the
 * manifest's rules with the user's edits. Memoised: the map, legend, table and detail panel share
 * one evaluation.
 */
import {
  evaluateHandlungsbedarf,
  levelPopulation,
  resolveRules,
  summariseFlags,
  type FlagSummary,
  type LevelFlags,
  type ResolvedRule,
} from '../engine/handlungsbedarf';
import { memoizeSelector } from './memo';
import { derivedOf, selectLevelIndex, selectYearIndex } from './selectors';
import type { AppState } from './store';

/** The evaluated rules at the chosen level. */
export interface FlagsView {
  readonly rules: readonly ResolvedRule[];
  readonly flags: LevelFlags;
  /** Inhabitants per area and year (year-major); null without a population variable. */
  readonly population: Float64Array | null;
}

/** The dataset's Handlungsbedarf rules with the user's edits, or null when it has none. */
export const selectResolvedRules: (state: AppState) => readonly ResolvedRule[] | null = memoizeSelector(
  (state: AppState) => [state.dataset, state.ruleEdits] as const,
  (dataset, edits) =>
    dataset && (dataset.data.manifest.handlungsbedarf ?? []).length > 0
      ? resolveRules(dataset.data.manifest, edits)
      : null,
);

/** Flags of the chosen level, or null when the dataset has no Handlungsbedarf rules. */
export const selectFlags: (state: AppState) => FlagsView | null = memoizeSelector(
  (state: AppState) => [state.dataset, selectLevelIndex(state), selectResolvedRules(state)] as const,
  (dataset, levelIndex, rules) => {
    if (!dataset || rules === null) return null;
    const derived = derivedOf(dataset);
    return {
      rules,
      flags: evaluateHandlungsbedarf(derived, rules, levelIndex),
      population: levelPopulation(derived, levelIndex),
    };
  },
);

/** The shown year's counts: for any rule (`any`) and for each rule. */
export interface FlagSummaries {
  readonly yearIndex: number;
  readonly any: FlagSummary;
  readonly rules: readonly FlagSummary[];
}

export const selectFlagSummaries: (state: AppState) => FlagSummaries | null = memoizeSelector(
  (state: AppState) => [selectFlags(state), selectYearIndex(state)] as const,
  (view, yearIndex) => {
    if (view === null) return null;
    const { flags, population } = view;
    return {
      yearIndex,
      any: summariseFlags(flags.any, yearIndex, flags.areaCount, population),
      rules: flags.rules.map((rule) => summariseFlags(rule.flag, yearIndex, flags.areaCount, population)),
    };
  },
);

/** Per area of the chosen level: the shown year's `any` flag (FLAGGED, NOT_FLAGGED, UNDECIDED). */
export const selectShownFlags: (state: AppState) => Int8Array | null = memoizeSelector(
  (state: AppState) => [selectFlags(state), selectYearIndex(state)] as const,
  (view, yearIndex) => {
    if (view === null) return null;
    const { any, areaCount } = view.flags;
    return any.slice(yearIndex * areaCount, (yearIndex + 1) * areaCount);
  },
);
