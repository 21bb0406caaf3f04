/**
 * Handlungsbedarf (need for action): "at least k of these n thresholds" rules over several
 * indicators, giving a flag per area and year, the reasons behind it, and how many areas and
 * inhabitants are flagged. DESIGN.md, engine semantics 5.
 */
import type {
  HandlungsbedarfRuleSpec,
  IndicatorSpec,
  LocalizedText,
  Manifest,
  ThresholdDirection,
  ThresholdSpec,
} from '../manifest/schema';
import {
  MET,
  UNJUDGED,
  evaluateThreshold,
  levelZScores,
  referenceOf,
  thresholdDirection,
  type ThresholdCells,
  type ThresholdInput,
} from './thresholds';
import { hasValue, statusOf, type CellStatus, type Cells, type DerivedDataset } from './types';

/** Flag of an area: flagged, not flagged, or undecided (too many thresholds could not be judged). */
export const FLAGGED = 1;
export const NOT_FLAGGED = 0;
export const UNDECIDED = -1;

/** The user's changes to one rule (all optional; absent = as in the manifest). */
export interface RuleEdit {
  readonly enabled?: boolean;
  readonly atLeast?: number;
  /** By member position. */
  readonly members?: readonly (MemberEdit | null | undefined)[];
}

/** The user's changes to one member of a rule. */
export interface MemberEdit {
  readonly enabled?: boolean;
  /** Replaces the threshold's `value` (limit, factor, amount or z). */
  readonly value?: number;
}

/** A rule member as evaluated: the indicator, its threshold (value possibly edited), direction. */
export interface RuleMember {
  readonly indicatorId: string;
  /** Position of the threshold in the indicator's `thresholds`. */
  readonly thresholdIndex: number;
  readonly threshold: ThresholdSpec;
  readonly direction: ThresholdDirection;
  readonly enabled: boolean;
}

/** A rule with the user's edits applied. */
export interface ResolvedRule {
  readonly id: string;
  readonly label: LocalizedText;
  readonly description: LocalizedText | undefined;
  readonly atLeast: number;
  readonly enabled: boolean;
  readonly members: readonly RuleMember[];
}

/**
 * The position of a rule member's threshold in its indicator's list: by `id`, by position, or the
 * only one when the member names none; −1 when there is no such threshold.
 *
 * @example
 * thresholdIndexOf({ thresholds: [{ type: 'absolute', value: 20, id: 'ab20' }] }, 'ab20'); // 0
 */
export function thresholdIndexOf(
  spec: Pick<IndicatorSpec, 'thresholds'>,
  reference: string | number | undefined,
): number {
  const thresholds = spec.thresholds ?? [];
  if (reference === undefined) return thresholds.length === 1 ? 0 : -1;
  if (typeof reference === 'number') return reference < thresholds.length ? reference : -1;
  return thresholds.findIndex((threshold) => threshold.id === reference);
}

/**
 * The manifest's Handlungsbedarf rules with the user's edits applied (values, k, members and rules
 * switched off). Expects a validated manifest (the loader checks references and directions): a
 * dangling reference here is a programming error and throws.
 *
 * @example
 * resolveRules(manifest, { bedarf: { atLeast: 1 } })[0]?.atLeast; // 1
 */
export function resolveRules(
  manifest: Pick<Manifest, 'indicators' | 'handlungsbedarf'>,
  edits: Readonly<Record<string, RuleEdit>> = {},
): ResolvedRule[] {
  const indicators = new Map(manifest.indicators.map((indicator) => [indicator.id, indicator]));
  return (manifest.handlungsbedarf ?? []).map((rule: HandlungsbedarfRuleSpec) => {
    const edit = edits[rule.id];
    const members = rule.members.map((member, position) => {
      const indicator = indicators.get(member.indicator);
      if (indicator === undefined) throw new Error(`rule ${rule.id}: unknown indicator ${member.indicator}`);
      const thresholdIndex = thresholdIndexOf(indicator, member.threshold);
      const original = indicator.thresholds?.[thresholdIndex];
      if (original === undefined)
        throw new Error(`rule ${rule.id}: no threshold ${String(member.threshold)}`);
      const direction = thresholdDirection(original, indicator.polarity);
      if (direction === null)
        throw new Error(`rule ${rule.id}: ${indicator.id} is neutral without direction`);
      const memberEdit = edit?.members?.[position] ?? null;
      const value = memberEdit?.value;
      return {
        indicatorId: indicator.id,
        thresholdIndex,
        threshold: value === undefined ? original : { ...original, value },
        direction,
        enabled: memberEdit?.enabled ?? true,
      };
    });
    return {
      id: rule.id,
      label: rule.label,
      description: rule.description,
      atLeast: edit?.atLeast ?? rule.atLeast,
      enabled: edit?.enabled ?? true,
      members,
    };
  });
}

/** One rule at one level, every area and year. */
export interface RuleCells {
  readonly rule: ResolvedRule;
  /** FLAGGED, NOT_FLAGGED or UNDECIDED per cell (year-major); all NOT_FLAGGED for a rule switched off. */
  readonly flag: Int8Array;
  /** Thresholds met per cell (enabled members only). */
  readonly met: Uint8Array;
  /** Thresholds that could not be judged per cell (enabled members only). */
  readonly unjudged: Uint8Array;
  /** Number of enabled members (n). */
  readonly active: number;
  /** Per member: its result, null when switched off. */
  readonly members: readonly (ThresholdCells | null)[];
}

/** All rules at one level. */
export interface LevelFlags {
  readonly levelIndex: number;
  readonly areaCount: number;
  readonly yearCount: number;
  readonly rules: readonly RuleCells[];
  /**
   * Per cell: FLAGGED when any enabled rule flags the area, else UNDECIDED when one is undecided,
   * else NOT_FLAGGED. This is the Handlungsbedarf flag the map, legend and table show.
   */
  readonly any: Int8Array;
  /** The inputs of each indicator used, for explanations. */
  readonly inputs: ReadonlyMap<string, ThresholdInput>;
}

/**
 * Evaluates every rule at one level for every year: each enabled member threshold per area, then
 * the k-of-n count. An area is FLAGGED when at least k thresholds are met, NOT_FLAGGED when even
 * the thresholds that cannot be judged would not bring it to k, and UNDECIDED otherwise (missing
 * values are never read as "not conspicuous"). A rule whose k exceeds its enabled members flags
 * nothing. z-scores are taken over the level's areas with a value (options.sd).
 *
 * @example
 * // k = 2 of 3; an area meets 1, one threshold unknown → UNDECIDED; meets 2 → FLAGGED
 */
export function evaluateHandlungsbedarf(
  derived: DerivedDataset,
  rules: readonly ResolvedRule[],
  levelIndex: number,
): LevelFlags {
  const { data } = derived;
  const level = data.levels[levelIndex];
  if (level === undefined) throw new Error(`unknown level index: ${levelIndex}`);
  const areaCount = level.areaIds.length;
  const yearCount = data.years.length;
  const cellCount = areaCount * yearCount;
  const sd = data.manifest.options.sd;
  const inputs = new Map<string, ThresholdInput>();
  const inputOf = (indicatorId: string, needsZ: boolean): ThresholdInput => {
    let input = inputs.get(indicatorId);
    if (input === undefined) {
      const indicator = derived.indicators.get(indicatorId);
      if (indicator === undefined) throw new Error(`unknown indicator: ${indicatorId}`);
      const cells = indicator.levels[levelIndex] as Cells;
      const parentCells = indicator.levels[levelIndex + 1];
      const parentLevel = data.levels[levelIndex + 1];
      input = {
        cells,
        areaCount,
        yearCount,
        parent:
          parentCells && parentLevel && level.parentIndex
            ? { cells: parentCells, areaCount: parentLevel.areaIds.length, index: level.parentIndex }
            : null,
        city: indicator.city,
        zScores: null,
      };
    }
    if (needsZ && input.zScores === null)
      input = { ...input, zScores: levelZScores(input.cells, areaCount, yearCount, sd) };
    inputs.set(indicatorId, input);
    return input;
  };

  const any = new Int8Array(cellCount);
  const results: RuleCells[] = rules.map((rule) => {
    const members = rule.members.map((member) =>
      rule.enabled && member.enabled
        ? evaluateThreshold(
            member.threshold,
            member.direction,
            inputOf(member.indicatorId, member.threshold.type === 'z-score'),
          )
        : null,
    );
    const active = members.filter((member) => member !== null).length;
    const met = new Uint8Array(cellCount);
    const unjudged = new Uint8Array(cellCount);
    const flag = new Int8Array(cellCount);
    if (rule.enabled && active > 0) {
      for (const member of members) {
        if (member === null) continue;
        for (let cell = 0; cell < cellCount; cell++) {
          const state = member.state[cell] as number;
          if (state === MET) met[cell] = (met[cell] as number) + 1;
          else if (state === UNJUDGED) unjudged[cell] = (unjudged[cell] as number) + 1;
        }
      }
      const k = rule.atLeast;
      for (let cell = 0; cell < cellCount; cell++) {
        const count = met[cell] as number;
        const result =
          k > active
            ? NOT_FLAGGED
            : count >= k
              ? FLAGGED
              : count + (unjudged[cell] as number) >= k
                ? UNDECIDED
                : NOT_FLAGGED;
        flag[cell] = result;
        if (result === FLAGGED) any[cell] = FLAGGED;
        else if (result === UNDECIDED && any[cell] !== FLAGGED) any[cell] = UNDECIDED;
      }
    }
    return { rule, flag, met, unjudged, active, members };
  });
  return { levelIndex, areaCount, yearCount, rules: results, any, inputs };
}

/**
 * The population of every area of a level (year-major): the sum of the population variable over
 * its base areas that have a value; null when the dataset names no population variable.
 */
export function levelPopulation(derived: DerivedDataset, levelIndex: number): Float64Array | null {
  const { data } = derived;
  const variableId = data.manifest.options.populationVariable;
  const variable = variableId === undefined ? undefined : data.variables.get(variableId);
  if (variable === undefined) return null;
  const baseCount = data.levels[0]?.areaIds.length ?? 0;
  const yearCount = data.years.length;
  // base area → area at the level, through the parent chain
  const mapping = Int32Array.from({ length: baseCount }, (_, area) => area);
  for (let step = 0; step < levelIndex; step++) {
    const parentIndex = data.levels[step]?.parentIndex ?? null;
    for (let area = 0; area < baseCount; area++) {
      const child = mapping[area] as number;
      mapping[area] = child >= 0 && parentIndex ? (parentIndex[child] ?? -1) : -1;
    }
  }
  const areaCount = data.levels[levelIndex]?.areaIds.length ?? 0;
  const population = new Float64Array(areaCount * yearCount);
  for (let year = 0; year < yearCount; year++) {
    for (let area = 0; area < baseCount; area++) {
      const target = mapping[area] as number;
      const cell = year * baseCount + area;
      if (target < 0 || !hasValue(variable.status[cell] as number)) continue;
      const into = year * areaCount + target;
      population[into] = (population[into] as number) + (variable.values[cell] as number);
    }
  }
  return population;
}

/** How many areas a flag marks in one year, and how many people live in them. */
export interface FlagSummary {
  readonly flagged: number;
  readonly undecided: number;
  readonly areas: number;
  /** Inhabitants of the flagged areas; null without a population variable. */
  readonly population: number | null;
}

/**
 * Counts the flagged and undecided areas of one year and sums the population of the flagged ones.
 *
 * @example
 * summariseFlags(Int8Array.of(1, 0, -1, 1), 0, 4, Float64Array.of(100, 200, 300, 400));
 * // { flagged: 2, undecided: 1, areas: 4, population: 500 }
 */
export function summariseFlags(
  flag: Int8Array,
  yearIndex: number,
  areaCount: number,
  population: Float64Array | null,
): FlagSummary {
  let flagged = 0;
  let undecided = 0;
  let people = 0;
  const offset = yearIndex * areaCount;
  for (let area = 0; area < areaCount; area++) {
    const state = flag[offset + area] as number;
    if (state === FLAGGED) {
      flagged++;
      if (population !== null) people += population[offset + area] as number;
    } else if (state === UNDECIDED) undecided++;
  }
  return { flagged, undecided, areas: areaCount, population: population === null ? null : people };
}

/** Why a member threshold did or did not fire for one area and year, with the numbers. */
export interface MemberExplanation {
  readonly member: RuleMember;
  /** MET, NOT_MET or UNJUDGED; UNJUDGED also for a member switched off. */
  readonly state: number;
  /** The area's value (null with the missing reason in `status`). */
  readonly value: number | null;
  readonly status: CellStatus;
  /** The z-score (z-score thresholds only). */
  readonly z: number | null;
  /** The reference value (relative thresholds only; null when missing). */
  readonly reference: number | null;
  /** The limit compared with (null when it cannot be computed). */
  readonly limit: number | null;
}

/** One rule for one area and year. */
export interface RuleExplanation {
  readonly rule: ResolvedRule;
  readonly flag: number;
  readonly met: number;
  readonly unjudged: number;
  readonly active: number;
  readonly members: readonly MemberExplanation[];
}

/**
 * Every rule's verdict for one area and year, with each threshold's value, reference and limit:
 * what the detail panel lists under "why".
 */
export function explainArea(flags: LevelFlags, yearIndex: number, area: number): RuleExplanation[] {
  const cell = yearIndex * flags.areaCount + area;
  const finite = (value: number) => (Number.isNaN(value) ? null : value);
  return flags.rules.map((result) => ({
    rule: result.rule,
    flag: result.flag[cell] as number,
    met: result.met[cell] as number,
    unjudged: result.unjudged[cell] as number,
    active: result.active,
    members: result.rule.members.map((member, position) => {
      const cells = result.members[position] ?? null;
      const input = flags.inputs.get(member.indicatorId);
      const code = input ? (input.cells.status[cell] as number) : 0;
      const present = input !== undefined && hasValue(code);
      return {
        member,
        state: cells ? (cells.state[cell] as number) : UNJUDGED,
        value: present ? (input.cells.values[cell] as number) : null,
        status: input ? statusOf(code) : 'unknown',
        z:
          input?.zScores && member.threshold.type === 'z-score'
            ? finite(input.zScores[cell] as number)
            : null,
        reference:
          input && member.threshold.type === 'relative'
            ? finite(referenceOf(member.threshold, input, yearIndex, area))
            : null,
        limit: cells ? finite(cells.limit[cell] as number) : null,
      };
    }),
  }));
}
