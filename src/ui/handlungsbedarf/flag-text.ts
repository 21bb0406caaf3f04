/**
 * Handlungsbedarf as sentences: why an area is flagged (each threshold with its numbers), the
 * editor's labels around a threshold value, and the legend's count. Pure, so it is unit-tested.
 */
import { FLAGGED, UNDECIDED, type RuleExplanation, type RuleMember } from '../../engine/handlungsbedarf';
import { MET, NOT_MET } from '../../engine/thresholds';
import { formatNumber } from '../../i18n/format-number';
import { labelInSentence } from '../../i18n/label-in-sentence';
import { localize, type Locale } from '../../i18n/locale';
import { describeStatus } from '../../i18n/status';
import type { IndicatorSpec, LocalizedText } from '../../manifest/schema';
import { message } from '../app/messages';
import { fillTemplate, formatValueWithUnit } from '../panels/panel-text-model';
import { flagMessage } from './messages';

/** What the texts need besides the explanation: indicator specs and the names of the references. */
export interface FlagTextContext {
  readonly indicators: ReadonlyMap<string, IndicatorSpec>;
  /** The parent level's name ("Stadtbezirk"), null at the coarsest level. */
  readonly parentLabel: string | null;
  readonly locale: Locale;
}

export type LineState = 'met' | 'not-met' | 'unjudged' | 'off';

/** One threshold of a rule for one area. */
export interface ExplanationLine {
  readonly state: LineState;
  /** "SGB-II-Quote 24,3 % ≥ 20,0 %" */
  readonly text: string;
  /** How the limit came about ("Schwelle 1,5 × Stadt (15,1 %); hier 1,6 × Stadt"), or null. */
  readonly detail: string | null;
}

/** One rule for one area, ready to print. */
export interface RuleExplanationView {
  readonly ruleId: string;
  readonly label: string;
  readonly flag: 'yes' | 'no' | 'undecided' | 'off';
  /** "ja: 3 von 3 Schwellen erreicht, mindestens 2 nötig" */
  readonly verdict: string;
  readonly lines: readonly ExplanationLine[];
}

const text = (locale: Locale, key: Parameters<typeof flagMessage>[1], params = {}) =>
  fillTemplate(flagMessage(locale, key), params);

/** The short label of an indicator, or its id when unknown. */
function labelOf(context: FlagTextContext, indicatorId: string): string {
  const spec = context.indicators.get(indicatorId);
  return spec ? localize(spec.shortLabel ?? spec.label, context.locale) : indicatorId;
}

/** The name of a threshold's reference: "Stadt" (short, as planners say it) or the parent level's. */
function referenceLabel(member: RuleMember, context: FlagTextContext): string {
  if (member.threshold.type !== 'relative') return '';
  if (member.threshold.reference === 'city') return text(context.locale, 'city');
  return context.parentLabel ?? text(context.locale, 'parent');
}

/** The unit of a difference: percentage points for a per-cent indicator, else its own unit. */
function differenceUnit(unit: string, locale: Locale): string {
  return unit === '%' ? message(locale, 'percentagePoints') : unit;
}

/** ≥ / < for `above`, ≤ / > for `below`. */
function operator(member: RuleMember, met: boolean): string {
  if (member.direction === 'above') return met ? '≥' : '<';
  return met ? '≤' : '>';
}

/**
 * Two numbers as the panel prints them; when rounding makes them look equal although they are not,
 * one more decimal, so "9,96 < 10,0" never reads "10,0 < 10,0".
 */
function formatPair(a: number, b: number, decimals: number, unit: string, locale: Locale): [string, string] {
  let places = decimals;
  while (
    places < decimals + 3 &&
    a !== b &&
    formatNumber(a, places, locale) === formatNumber(b, places, locale)
  )
    places++;
  return [formatValueWithUnit(a, places, unit, locale), formatValueWithUnit(b, places, unit, locale)];
}

/** The sentence and the detail for one threshold of one area. */
export function explanationLine(
  explanation: RuleExplanation['members'][number],
  enabled: boolean,
  context: FlagTextContext,
): ExplanationLine {
  const { member } = explanation;
  const { locale } = context;
  const spec = context.indicators.get(member.indicatorId);
  const label = labelOf(context, member.indicatorId);
  const unit = localize(spec?.unit, locale);
  const decimals = spec?.decimals ?? 1;
  if (!enabled) return { state: 'off', text: text(locale, 'memberOff', { label }), detail: null };
  const threshold = member.threshold;
  const reference = referenceLabel(member, context);
  if (explanation.state !== MET && explanation.state !== NOT_MET) {
    const reason =
      explanation.value === null
        ? describeStatus(explanation.status, locale)
        : text(locale, 'noReference', { reference });
    return { state: 'unjudged', text: text(locale, 'notJudged', { label, reason }), detail: null };
  }
  const met = explanation.state === MET;
  const op = operator(member, met);
  const value = explanation.value as number;
  const limit = explanation.limit as number;
  if (threshold.type === 'z-score') {
    const z = explanation.z as number;
    const [zText, limitText] = formatPair(z, limit, 2, '', locale);
    return {
      state: met ? 'met' : 'not-met',
      text: `${label} z = ${zText} ${op} ${limitText}`,
      detail: text(locale, 'zDetail', { value: formatValueWithUnit(value, decimals, unit, locale) }),
    };
  }
  const [valueText, limitText] = formatPair(value, limit, decimals, unit, locale);
  const line = `${label} ${valueText} ${op} ${limitText}`;
  if (threshold.type === 'absolute') return { state: met ? 'met' : 'not-met', text: line, detail: null };
  const referenceValue = explanation.reference as number;
  const referenceText = formatValueWithUnit(referenceValue, decimals, unit, locale);
  let detail: string;
  if (threshold.mode === 'ratio') {
    const actual = member.direction === 'above' ? value / referenceValue : referenceValue / value;
    detail = text(locale, member.direction === 'above' ? 'ratioDetail' : 'ratioDetailBelow', {
      factor: formatNumber(threshold.value, 2, locale).replace(/[,.]?0+$/, ''),
      reference,
      referenceValue: referenceText,
      actual: Number.isFinite(actual) ? formatNumber(actual, 2, locale) : '–',
    });
  } else {
    const difference = value - referenceValue;
    const points = differenceUnit(unit, locale);
    detail = text(locale, 'differenceDetail', {
      reference,
      referenceValue: referenceText,
      sign: member.direction === 'above' ? '+' : '−',
      amount: formatValueWithUnit(threshold.value, decimals, points, locale),
      difference: `${difference >= 0 ? '+' : '−'}${formatValueWithUnit(Math.abs(difference), decimals, points, locale)}`,
    });
  }
  return { state: met ? 'met' : 'not-met', text: line, detail };
}

/** Every rule's verdict and lines for one area (what the detail panel prints). */
export function explanationViews(
  explanations: readonly RuleExplanation[],
  context: FlagTextContext,
): RuleExplanationView[] {
  const { locale } = context;
  return explanations.map((explanation) => {
    const { rule } = explanation;
    const label = localize(rule.label, locale);
    if (!rule.enabled)
      return { ruleId: rule.id, label, flag: 'off', verdict: text(locale, 'ruleOff'), lines: [] };
    const flag = explanation.flag === FLAGGED ? 'yes' : explanation.flag === UNDECIDED ? 'undecided' : 'no';
    const flagWord = text(
      locale,
      flag === 'yes' ? 'flagYes' : flag === 'undecided' ? 'flagUndecided' : 'flagNo',
    );
    let verdict = text(locale, 'verdict', {
      flag: flagWord,
      met: explanation.met,
      active: explanation.active,
      k: rule.atLeast,
    });
    if (explanation.unjudged > 0)
      verdict += `; ${text(locale, 'verdictUnjudged', { n: explanation.unjudged })}`;
    return {
      ruleId: rule.id,
      label,
      flag,
      verdict,
      lines: explanation.members.map((member) => explanationLine(member, member.member.enabled, context)),
    };
  });
}

/** Text before and after a threshold's value in the editor: "SGB-II-Quote ≥" [1,5] "× Stadt". */
export function editorLabels(
  member: RuleMember,
  context: FlagTextContext,
): { readonly before: string; readonly after: string } {
  const { locale } = context;
  const spec = context.indicators.get(member.indicatorId);
  const label = labelOf(context, member.indicatorId);
  const unit = localize(spec?.unit, locale);
  const op = operator(member, true);
  const threshold = member.threshold;
  const reference = referenceLabel(member, context);
  switch (threshold.type) {
    case 'absolute':
      return { before: `${label} ${op}`, after: unit };
    case 'z-score':
      return { before: `${label}: z ${op}${member.direction === 'below' ? ' −' : ''}`, after: '' };
    case 'relative':
      if (threshold.mode === 'ratio')
        return member.direction === 'above'
          ? { before: `${label} ${op}`, after: `× ${reference}` }
          : { before: `${label} ${op} ${reference} ÷`, after: '' };
      return {
        before: `${label} ${op} ${reference} ${member.direction === 'above' ? '+' : '−'}`,
        after: differenceUnit(unit, locale),
      };
  }
}

/**
 * How many people live in the flagged areas, as the legend and the print image say it:
 * "50.963 Einwohner:innen leben dort", "50,963 inhabitants live there".
 */
export function flagPopulationText(people: number, populationLabel: LocalizedText, locale: Locale): string {
  return text(locale, 'summaryPopulation', {
    people: formatNumber(people, 0, locale),
    population: labelInSentence(populationLabel, locale),
  });
}

/** "15 von 99 Gebieten mit Handlungsbedarf", the counts in the reader's number format. */
export function flagSummaryText(flagged: number, areas: number, locale: Locale): string {
  return text(locale, 'summary', {
    n: formatNumber(flagged, 0, locale),
    total: formatNumber(areas, 0, locale),
  });
}
