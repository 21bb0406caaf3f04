/**
 * Checks of the thresholds and Handlungsbedarf rules in a manifest that the schema cannot express:
 * a direction for thresholds of neutral indicators, threshold ids, rule members that exist, and
 * k no larger than n. Every problem is located by its JSON path.
 */
import { thresholdDirection } from '../engine/thresholds';
import { thresholdIndexOf } from '../engine/handlungsbedarf';
import type { Manifest } from '../manifest/schema';
import { issue, type Issue } from './issue';

/** Problems with thresholds and rules, as errors (a rule that cannot be evaluated must not load). */
export function checkHandlungsbedarf(spec: Manifest, file: string): Issue[] {
  const issues: Issue[] = [];
  const schema = (path: string, message: string) =>
    issues.push(issue('manifest-schema', 'error', { file, path }, { message }));
  spec.indicators.forEach((indicator, index) => {
    const seen = new Set<string>();
    (indicator.thresholds ?? []).forEach((threshold, position) => {
      const path = `indicators[${index}].thresholds[${position}]`;
      if (thresholdDirection(threshold, indicator.polarity) === null)
        schema(`${path}.direction`, 'required ("above" or "below") for a neutral indicator');
      if (threshold.id !== undefined) {
        if (seen.has(threshold.id))
          issues.push(
            issue(
              'duplicate-id',
              'error',
              { file, path: `${path}.id` },
              { id: threshold.id, first: 'thresholds' },
            ),
          );
        seen.add(threshold.id);
      }
    });
  });
  const indicators = new Map(spec.indicators.map((indicator) => [indicator.id, indicator]));
  const ruleIds = new Set<string>();
  (spec.handlungsbedarf ?? []).forEach((rule, index) => {
    const path = `handlungsbedarf[${index}]`;
    if (ruleIds.has(rule.id))
      issues.push(
        issue(
          'duplicate-id',
          'error',
          { file, path: `${path}.id` },
          { id: rule.id, first: 'handlungsbedarf' },
        ),
      );
    ruleIds.add(rule.id);
    if (rule.atLeast > rule.members.length)
      schema(`${path}.atLeast`, `atLeast ${rule.atLeast} is more than the ${rule.members.length} members`);
    rule.members.forEach((member, position) => {
      const memberPath = `${path}.members[${position}]`;
      const indicator = indicators.get(member.indicator);
      if (indicator === undefined) {
        issues.push(
          issue(
            'unknown-reference',
            'error',
            { file, path: `${memberPath}.indicator` },
            { kind: 'indicator', ref: member.indicator },
          ),
        );
        return;
      }
      if (thresholdIndexOf(indicator, member.threshold) < 0) {
        if (member.threshold === undefined)
          schema(
            `${memberPath}.threshold`,
            `required: ${indicator.id} has ${indicator.thresholds?.length ?? 0} thresholds, name one by id or position`,
          );
        else
          issues.push(
            issue(
              'unknown-reference',
              'error',
              { file, path: `${memberPath}.threshold` },
              { kind: 'threshold', ref: `${indicator.id}: ${String(member.threshold)}` },
            ),
          );
      }
    });
  });
  return issues;
}
