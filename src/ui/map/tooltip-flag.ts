/**
 * What the map tooltip says about Handlungsbedarf for the hovered area in the shown year: with one
 * rule switched on, one line ("Handlungsbedarf: 2 von 3 Schwellen erreicht", "… offen …", "Kein
 * Handlungsbedarf …"); with several, the overall flag and one verdict per rule, as the detail panel
 * words it. Nothing when the dataset has no rules or all are switched off. Pure.
 */
import { FLAGGED, UNDECIDED, type LevelFlags, type RuleCells } from '../../engine/handlungsbedarf';
import { localize, type Locale } from '../../i18n/locale';
import { flagMessage, type FlagMessageKey } from '../handlungsbedarf/messages';
import { fillTemplate } from '../panels/panel-text-model';

export type TooltipFlagState = 'yes' | 'open' | 'no';

export interface TooltipFlag {
  /** The area's overall flag (any rule), as the map's hatch and the table's column show it. */
  readonly state: TooltipFlagState;
  readonly lines: readonly string[];
}

const stateOf = (flag: number): TooltipFlagState =>
  flag === FLAGGED ? 'yes' : flag === UNDECIDED ? 'open' : 'no';

const text = (locale: Locale, key: FlagMessageKey, params: Record<string, string | number> = {}) =>
  fillTemplate(flagMessage(locale, key), params);

/** One rule's counts for one cell, as a sentence of the given state. */
function ruleLine(rule: RuleCells, cell: number, locale: Locale): string {
  const counts = {
    met: rule.met[cell] as number,
    active: rule.active,
    n: rule.unjudged[cell] as number,
    k: rule.rule.atLeast,
  };
  const state = stateOf(rule.flag[cell] as number);
  return text(
    locale,
    state === 'yes' ? 'tooltipYes' : state === 'open' ? 'tooltipOpen' : 'tooltipNo',
    counts,
  );
}

/** One rule among several: "Auffällig im Bezirk – offen: 0 von 2 Schwellen erreicht, …". */
function verdictLine(rule: RuleCells, cell: number, locale: Locale): string {
  const state = stateOf(rule.flag[cell] as number);
  let verdict = text(locale, 'verdict', {
    flag: text(locale, state === 'yes' ? 'flagYes' : state === 'open' ? 'flagUndecided' : 'flagNo'),
    met: rule.met[cell] as number,
    active: rule.active,
    k: rule.rule.atLeast,
  });
  const unjudged = rule.unjudged[cell] as number;
  if (unjudged > 0) verdict += `; ${text(locale, 'verdictUnjudged', { n: unjudged })}`;
  return `${localize(rule.rule.label, locale)} – ${verdict}`;
}

/**
 * The tooltip's Handlungsbedarf lines for one area and year, or null without a rule switched on.
 *
 * @example
 * // one rule, k = 2 of 3, the area meets 2 → { state: 'yes', lines: ['Handlungsbedarf: 2 von 3 Schwellen erreicht'] }
 */
export function tooltipFlag(
  flags: LevelFlags,
  yearIndex: number,
  area: number,
  locale: Locale,
): TooltipFlag | null {
  if (area < 0 || area >= flags.areaCount || yearIndex < 0 || yearIndex >= flags.yearCount) return null;
  const enabled = flags.rules.filter((rule) => rule.rule.enabled);
  if (enabled.length === 0) return null;
  const cell = yearIndex * flags.areaCount + area;
  const state = stateOf(flags.any[cell] as number);
  if (enabled.length === 1) return { state, lines: [ruleLine(enabled[0]!, cell, locale)] };
  const flagWord = text(locale, state === 'yes' ? 'flagYes' : state === 'open' ? 'flagUndecided' : 'flagNo');
  return {
    state,
    lines: [
      text(locale, 'tooltipAny', { flag: flagWord }),
      ...enabled.map((rule) => verdictLine(rule, cell, locale)),
    ],
  };
}
