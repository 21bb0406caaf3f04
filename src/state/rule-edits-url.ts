/**
 * The user's changes to the Handlungsbedarf rules in the URL key `hb`, so a shared link shows the
 * same flags. Pure: no window, no store.
 *
 * One entry per changed rule, `,`-separated: `<rule id>:<k>:<value>;<value>;…` with one value per
 * member in manifest order (`off` for a member switched off), or `<rule id>:off` for a rule switched
 * off. Example: `hb=handlungsbedarf:1:1.6;30;off`. Only rules that differ from the manifest are
 * written, with the full state of each, so one view has one URL.
 */
import { resolveRules, type ResolvedRule, type RuleEdit } from '../engine/handlungsbedarf';
import type { Manifest, ThresholdSpec } from '../manifest/schema';

export type RuleEdits = Readonly<Record<string, RuleEdit>>;

export const NO_RULE_EDITS: RuleEdits = {};

/** Why a threshold value cannot be used, or null when it can (a ratio needs a factor above 0). */
export function thresholdValueProblem(
  threshold: ThresholdSpec,
  value: number,
): 'not-finite' | 'ratio' | null {
  if (!Number.isFinite(value)) return 'not-finite';
  if (threshold.type === 'relative' && threshold.mode === 'ratio' && !(value > 0)) return 'ratio';
  return null;
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Shortest text of a value, rounded to 6 decimals ("1.6", not "1.6000000000000001"). */
function valueText(value: number): string {
  const rounded = Number(value.toFixed(6));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * Reads `hb` against the manifest's rules. Entries that cannot be used (unknown rule, wrong number
 * of members, k outside 1…n, a value that is no number or not allowed) are left out and listed in
 * `invalid` (as written), so the page can say so.
 *
 * @example
 * parseRuleEdits('handlungsbedarf:1:1.6;30;off', manifest).edits;
 * // { handlungsbedarf: { atLeast: 1, members: [{ value: 1.6 }, { value: 30 }, { enabled: false }] } }
 */
export function parseRuleEdits(
  text: string,
  manifest: Pick<Manifest, 'indicators' | 'handlungsbedarf'>,
): { edits: RuleEdits; invalid: string[] } {
  const rules = new Map(resolveRules(manifest).map((rule) => [rule.id, rule]));
  const edits: Record<string, RuleEdit> = {};
  const invalid: string[] = [];
  for (const entry of text.split(',')) {
    if (entry === '') continue;
    const [rawId = '', second, third, ...rest] = entry.split(':');
    let id: string;
    try {
      id = decodeURIComponent(rawId);
    } catch {
      invalid.push(entry);
      continue;
    }
    const rule = rules.get(id);
    const edit = rule ? parseEntry(rule, second, third, rest.length) : null;
    if (edit === null || Object.hasOwn(edits, id)) invalid.push(entry);
    else edits[id] = edit;
  }
  return { edits, invalid };
}

function parseEntry(
  rule: ResolvedRule,
  second: string | undefined,
  third: string | undefined,
  extra: number,
): RuleEdit | null {
  if (extra > 0) return null;
  if (second === 'off' && third === undefined) return { enabled: false };
  if (second === undefined || third === undefined || !/^\d+$/.test(second)) return null;
  const atLeast = Number(second);
  const tokens = third.split(';');
  if (atLeast < 1 || atLeast > rule.members.length || tokens.length !== rule.members.length) return null;
  const members: { enabled?: boolean; value?: number }[] = [];
  for (const [position, token] of tokens.entries()) {
    const member = rule.members[position]!;
    if (token === 'off') {
      members.push({ enabled: false });
      continue;
    }
    if (!NUMBER.test(token)) return null;
    const value = Number(token);
    if (thresholdValueProblem(member.threshold, value) !== null) return null;
    members.push({ value });
  }
  return { atLeast, members };
}

/**
 * Writes the edits as the `hb` value: only rules whose effective state differs from the manifest;
 * null when none does.
 */
export function serialiseRuleEdits(
  edits: RuleEdits,
  manifest: Pick<Manifest, 'indicators' | 'handlungsbedarf'>,
): string | null {
  const original = resolveRules(manifest);
  const edited = resolveRules(manifest, edits);
  const entries: string[] = [];
  edited.forEach((rule, index) => {
    const before = original[index]!;
    const id = encodeURIComponent(rule.id);
    if (!rule.enabled) {
      entries.push(`${id}:off`);
      return;
    }
    const same =
      rule.atLeast === before.atLeast &&
      rule.members.every(
        (member, position) =>
          member.enabled && member.threshold.value === before.members[position]!.threshold.value,
      );
    if (same) return;
    const values = rule.members.map((member) => (member.enabled ? valueText(member.threshold.value) : 'off'));
    entries.push(`${id}:${rule.atLeast}:${values.join(';')}`);
  });
  return entries.length === 0 ? null : entries.join(',');
}

/** Whether two sets of edits are the same (so the URL sync need not touch the store). */
export function sameRuleEdits(a: RuleEdits, b: RuleEdits): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const left = a[key]!;
    const right = b[key];
    if (right === undefined) return false;
    if (left.enabled !== right.enabled || left.atLeast !== right.atLeast) return false;
    const length = Math.max(left.members?.length ?? 0, right.members?.length ?? 0);
    for (let position = 0; position < length; position++) {
      const x = left.members?.[position];
      const y = right.members?.[position];
      if ((x?.enabled ?? true) !== (y?.enabled ?? true) || x?.value !== y?.value) return false;
    }
    return true;
  });
}
