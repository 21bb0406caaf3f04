import { useState } from 'react';
import { formatNumber } from '../../i18n/format-number';
import { selectFlagSummaries, selectFlags } from '../../state/select-handlungsbedarf';
import { useAppStore } from '../../state/use-app-store';
import { fillTemplate } from '../panels/panel-text-model';
import { flagPopulationText, flagSummaryText } from './flag-text';
import { flagMessage } from './messages';
import { LazyThresholdEditor } from './lazy';
import './handlungsbedarf.css';

/**
 * The legend's Handlungsbedarf entry: the map symbol, how many areas are flagged in the shown year
 * and how many people live there, a switch for the map display, and the rule editor (folded).
 * Nothing for a dataset without rules.
 */
export function FlagLegend() {
  const view = useAppStore(selectFlags);
  const summaries = useAppStore(selectFlagSummaries);
  const locale = useAppStore((state) => state.locale);
  const showFlags = useAppStore((state) => state.showFlags);
  const setShowFlags = useAppStore((state) => state.setShowFlags);
  const manifest = useAppStore((state) => state.dataset?.data.manifest);
  const [editorOpen, setEditorOpen] = useState(false);
  if (!view || !summaries || !manifest) return null;
  const { any } = summaries;
  const populationVariable = manifest.variables.find(
    (variable) => variable.id === manifest.options.populationVariable,
  );
  return (
    <section className="flag-legend" data-testid="flag-legend" aria-label={flagMessage(locale, 'title')}>
      <div className="flag-legend-row">
        <span className="flag-swatch" aria-hidden="true" title={flagMessage(locale, 'legendSwatch')} />
        <span className="flag-legend-text">
          <span data-testid="flag-summary">{flagSummaryText(any.flagged, any.areas, locale)}</span>
          <span className="flag-legend-more">
            {any.population !== null && populationVariable && (
              <span data-testid="flag-population">
                {flagPopulationText(any.population, populationVariable.label, locale)}
              </span>
            )}
            {any.undecided > 0 && (
              <span data-testid="flag-undecided">
                {fillTemplate(flagMessage(locale, 'undecided'), {
                  n: formatNumber(any.undecided, 0, locale),
                })}
              </span>
            )}
          </span>
        </span>
      </div>
      <div className="flag-controls">
        <label className="flag-toggle">
          <input
            type="checkbox"
            data-testid="flag-toggle"
            checked={showFlags}
            onChange={(event) => setShowFlags(event.target.checked)}
          />
          {flagMessage(locale, 'show')}
        </label>
        <details
          className="flag-editor-details"
          data-testid="flag-editor-details"
          onToggle={(event) => setEditorOpen(event.currentTarget.open)}
        >
          <summary>{flagMessage(locale, 'editorOpen')}</summary>
          {editorOpen && <LazyThresholdEditor />}
        </details>
      </div>
    </section>
  );
}
