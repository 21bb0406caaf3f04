import { labelInSentence } from '../../i18n/label-in-sentence';
import { useState } from 'react';
import { localize } from '../../i18n/locale';
import type { ResolvedRule, RuleCells } from '../../engine/handlungsbedarf';
import { selectFlags } from '../../state/select-handlungsbedarf';
import { selectLevelIndex } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { fillTemplate } from '../panels/panel-text-model';
import {
  checkAtLeast,
  checkThresholdValue,
  formatEditValue,
  unreachedMembers,
  withMemberEdit,
} from './edit-input';
import { editorLabels, type FlagTextContext } from './flag-text';
import { flagMessage } from './messages';

/**
 * The rule editor: per rule a switch, k ("mindestens k von n Schwellen") and per threshold a switch
 * and its value. Valid input applies at once (store and URL); invalid input stays in its field with
 * a note, and the map keeps the last valid value.
 */
export function ThresholdEditor() {
  const view = useAppStore(selectFlags);
  const locale = useAppStore((state) => state.locale);
  const dataset = useAppStore((state) => state.dataset);
  const levelIndex = useAppStore(selectLevelIndex);
  if (!view || !dataset) return null;
  const { manifest, levels } = dataset.data;
  const parentLevel = levels[levelIndex + 1];
  const context: FlagTextContext = {
    indicators: new Map(manifest.indicators.map((indicator) => [indicator.id, indicator])),
    parentLabel: parentLevel ? labelInSentence(parentLevel.label, locale) : null,
    locale,
  };
  const { years } = dataset.data;
  const yearSpan = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? '');
  return (
    <div className="flag-editor" data-testid="flag-editor">
      {view.rules.map((rule) => (
        <RuleEditor
          key={rule.id}
          rule={rule}
          cells={view.flags.rules.find((cells) => cells.rule.id === rule.id) ?? null}
          yearSpan={yearSpan}
          context={context}
        />
      ))}
    </div>
  );
}

function RuleEditor({
  rule,
  cells,
  yearSpan,
  context,
}: {
  rule: ResolvedRule;
  /** The rule evaluated at the shown level (null while there is none). */
  cells: RuleCells | null;
  yearSpan: string;
  context: FlagTextContext;
}) {
  const { locale } = context;
  const edit = useAppStore((state) => state.ruleEdits[rule.id]);
  const setRuleEdit = useAppStore((state) => state.setRuleEdit);
  // Texts being typed that are not (yet) valid, by field; valid input lives in the store.
  const [drafts, setDrafts] = useState<Readonly<Record<string, { text: string; message: string }>>>({});
  const setDraft = (field: string, draft: { text: string; message: string } | null) =>
    setDrafts((current) => {
      const next = { ...current };
      if (draft === null) delete next[field];
      else next[field] = draft;
      return next;
    });
  const members = rule.members.length;
  const active = rule.members.filter((member) => member.enabled).length;
  const label = localize(rule.label, locale);
  const messages = Object.values(drafts).map((draft) => draft.message);
  const unreached = rule.enabled && cells !== null ? unreachedMembers(cells, edit) : [];
  return (
    <fieldset className="flag-rule" data-testid={`flag-rule-${rule.id}`}>
      <legend>
        <label>
          <input
            type="checkbox"
            data-testid={`flag-rule-on-${rule.id}`}
            checked={rule.enabled}
            onChange={(event) => setRuleEdit(rule.id, { ...edit, enabled: event.target.checked })}
          />
          {label}
        </label>
      </legend>
      <label className="flag-k">
        {flagMessage(locale, 'atLeast')}{' '}
        <input
          type="text"
          inputMode="numeric"
          size={2}
          data-testid={`flag-k-${rule.id}`}
          aria-invalid={drafts.k !== undefined}
          disabled={!rule.enabled}
          value={drafts.k?.text ?? String(rule.atLeast)}
          onChange={(event) => {
            const check = checkAtLeast(event.target.value, members, locale);
            if (check.ok) {
              setDraft('k', null);
              setRuleEdit(rule.id, { ...edit, atLeast: check.value });
            } else setDraft('k', { text: event.target.value, message: check.message });
          }}
        />{' '}
        {fillTemplate(flagMessage(locale, 'ofMembers'), { n: members })}
      </label>
      <ul className="flag-members">
        {rule.members.map((member, position) => {
          const field = `m${position}`;
          const labels = editorLabels(member, context);
          const indicatorLabel = labels.before;
          return (
            <li key={position} className={member.enabled ? undefined : 'off'}>
              <input
                type="checkbox"
                data-testid={`flag-member-on-${rule.id}-${position}`}
                aria-label={fillTemplate(flagMessage(locale, 'memberOn'), { label: indicatorLabel })}
                checked={member.enabled}
                disabled={!rule.enabled}
                onChange={(event) =>
                  setRuleEdit(
                    rule.id,
                    withMemberEdit(edit, members, position, { enabled: event.target.checked }),
                  )
                }
              />
              <label className="flag-member-value">
                <span>{labels.before}</span>
                <input
                  type="text"
                  inputMode="decimal"
                  size={5}
                  data-testid={`flag-value-${rule.id}-${position}`}
                  aria-invalid={drafts[field] !== undefined}
                  disabled={!rule.enabled || !member.enabled}
                  value={drafts[field]?.text ?? formatEditValue(member.threshold.value, locale)}
                  onChange={(event) => {
                    const check = checkThresholdValue(event.target.value, member.threshold, locale);
                    if (check.ok) {
                      setDraft(field, null);
                      setRuleEdit(rule.id, withMemberEdit(edit, members, position, { value: check.value }));
                    } else setDraft(field, { text: event.target.value, message: check.message });
                  }}
                />
                {labels.after && <span>{labels.after}</span>}
              </label>
            </li>
          );
        })}
      </ul>
      {rule.enabled && rule.atLeast > active && (
        <p className="flag-note" role="status" data-testid={`flag-impossible-${rule.id}`}>
          {fillTemplate(
            flagMessage(
              locale,
              active === 0 ? 'impossibleNone' : active === 1 ? 'impossibleOne' : 'impossibleMany',
            ),
            { n: active, k: rule.atLeast },
          )}
        </p>
      )}
      {unreached.map((position) => (
        <p
          key={position}
          className="flag-note"
          role="status"
          data-testid={`flag-unreached-${rule.id}-${position}`}
        >
          {fillTemplate(flagMessage(locale, 'unreached'), {
            label: thresholdText(rule.members[position]!, context),
            years: yearSpan,
          })}
        </p>
      ))}
      {messages.length > 0 && (
        <p className="flag-note flag-invalid" role="alert" data-testid={`flag-invalid-${rule.id}`}>
          {messages.join(' ')} {flagMessage(locale, 'invalidKept')}
        </p>
      )}
      {edit !== undefined && (
        <button
          type="button"
          className="flag-reset"
          data-testid={`flag-reset-${rule.id}`}
          onClick={() => {
            setDrafts({});
            setRuleEdit(rule.id, null);
          }}
        >
          {flagMessage(locale, 'reset')}
        </button>
      )}
    </fieldset>
  );
}

/** A threshold as the editor shows it, in one line: "Kinderarmut ≥ 150 %". */
function thresholdText(member: ResolvedRule['members'][number], context: FlagTextContext): string {
  const labels = editorLabels(member, context);
  const value = formatEditValue(member.threshold.value, context.locale);
  return [labels.before, value, labels.after].filter(Boolean).join(' ');
}
