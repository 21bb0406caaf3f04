/**
 * Reading what a planner types into the rule editor: threshold values ("1,5" in German, "1.5" in
 * English) and k, with a message that says what is wrong. Pure.
 */
import type { RuleCells, RuleEdit } from '../../engine/handlungsbedarf';
import { MET, NOT_MET } from '../../engine/thresholds';
import type { Locale } from '../../i18n/locale';
import { parseNumber } from '../../io/parse-number';
import type { ThresholdSpec } from '../../manifest/schema';
import { thresholdValueProblem } from '../../state/rule-edits-url';
import { fillTemplate } from '../panels/panel-text-model';
import { flagMessage } from './messages';

export type InputCheck =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** A typed threshold value, or why it cannot be used. */
export function checkThresholdValue(text: string, threshold: ThresholdSpec, locale: Locale): InputCheck {
  const value = parseNumber(text.trim(), locale === 'de' ? ',' : '.');
  const problem = Number.isNaN(value) ? 'not-finite' : thresholdValueProblem(threshold, value);
  if (problem === 'not-finite')
    return { ok: false, message: fillTemplate(flagMessage(locale, 'invalidNumber'), { value: text.trim() }) };
  if (problem === 'ratio') return { ok: false, message: flagMessage(locale, 'invalidRatio') };
  return { ok: true, value };
}

/** A typed k, or why it cannot be used (a whole number from 1 to the number of members). */
export function checkAtLeast(text: string, members: number, locale: Locale): InputCheck {
  const trimmed = text.trim();
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(value >= 1 && value <= members))
    return { ok: false, message: fillTemplate(flagMessage(locale, 'invalidK'), { n: members }) };
  return { ok: true, value };
}

/** A value as the editor shows it: up to 4 decimals, the reader's decimal mark, no thousands groups. */
export function formatEditValue(value: number, locale: Locale): string {
  const text = String(Number(value.toFixed(4)));
  return locale === 'de' ? text.replace('.', ',') : text;
}

/** The edit of a rule with one member changed (the other members and k as they were). */
export function withMemberEdit(
  edit: RuleEdit | undefined,
  memberCount: number,
  position: number,
  change: { readonly enabled?: boolean; readonly value?: number },
): RuleEdit {
  const members = Array.from({ length: memberCount }, (_, index) => edit?.members?.[index] ?? {});
  members[position] = { ...members[position], ...change };
  return { ...edit, members };
}

/**
 * The positions of a rule's switched-on thresholds whose value the planner has changed (`edit`)
 * and that no area meets in any year although areas can be judged: a value typed past every
 * area's values (150 for a share in %). The manifest's own values are not questioned (district
 * averages may never reach a threshold meant for Sozialräume), nor a threshold no cell can be
 * judged against (a share that cannot be summed to this level): there the value is not the problem.
 */
export function unreachedMembers(cells: RuleCells, edit: RuleEdit | undefined): number[] {
  const positions: number[] = [];
  cells.members.forEach((member, position) => {
    if (member === null || edit?.members?.[position]?.value === undefined) return;
    if (!member.state.includes(MET) && member.state.includes(NOT_MET)) positions.push(position);
  });
  return positions;
}
