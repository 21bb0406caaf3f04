import { labelInSentence } from '../../i18n/label-in-sentence';
import { useMemo } from 'react';
import { explainArea } from '../../engine/handlungsbedarf';
import { selectFlags } from '../../state/select-handlungsbedarf';
import { areaIndexOf, selectLevel, selectLevelIndex, selectYearIndex } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { explanationViews } from './flag-text';
import { flagMessage } from './messages';
import './handlungsbedarf.css';

const MARK = { met: '✓', 'not-met': '✗', unjudged: '?', off: '–' } as const;

/**
 * The detail panel's "why": for the selected area, each rule's verdict and every threshold with the
 * area's value, the reference and the limit. Nothing for a dataset without rules.
 */
export function FlagExplanation() {
  const view = useAppStore(selectFlags);
  const level = useAppStore(selectLevel);
  const levelIndex = useAppStore(selectLevelIndex);
  const yearIndex = useAppStore(selectYearIndex);
  const selectedId = useAppStore((state) => state.selectedId);
  const dataset = useAppStore((state) => state.dataset);
  const locale = useAppStore((state) => state.locale);
  const area = areaIndexOf(level, selectedId);
  const rules = useMemo(() => {
    if (!view || !dataset || area < 0) return null;
    const { manifest, levels } = dataset.data;
    const parentLevel = levels[levelIndex + 1];
    return explanationViews(explainArea(view.flags, yearIndex, area), {
      indicators: new Map(manifest.indicators.map((indicator) => [indicator.id, indicator])),
      parentLabel: parentLevel ? labelInSentence(parentLevel.label, locale) : null,
      locale,
    });
  }, [view, dataset, area, levelIndex, yearIndex, locale]);
  if (!rules) return null;
  return (
    <section className="flag-explanation" data-testid="flag-explanation">
      <h3>{flagMessage(locale, 'title')}</h3>
      {rules.map((rule) => (
        <div
          key={rule.ruleId}
          className={`flag-rule-result flag-${rule.flag}`}
          data-testid={`flag-result-${rule.ruleId}`}
        >
          <p className="flag-verdict">
            {rules.length > 1 && <strong>{rule.label}: </strong>}
            <span data-testid={`flag-verdict-${rule.ruleId}`}>{rule.verdict}</span>
          </p>
          {rule.lines.length > 0 && (
            <ul className="flag-lines">
              {rule.lines.map((line, index) => (
                <li key={index} className={`flag-line flag-line-${line.state}`}>
                  <span className="flag-mark" aria-hidden="true">
                    {MARK[line.state]}
                  </span>
                  <span>
                    <span className="flag-line-text">{line.text}</span>
                    {line.detail && <span className="flag-line-detail">{line.detail}</span>}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
