import { localize, type Locale } from '../../i18n/locale';
import { useAppStore } from '../../state/use-app-store';
import { message } from './messages';

/**
 * Level and language: choices every view follows (the views themselves: ViewTabs; the year: the
 * year slider under every view, YearSlider).
 */
export function HeaderControls() {
  const dataset = useAppStore((state) => state.dataset);
  const levelId = useAppStore((state) => state.levelId);
  const locale = useAppStore((state) => state.locale);
  const setLevel = useAppStore((state) => state.setLevel);
  const setLocale = useAppStore((state) => state.setLocale);
  if (!dataset) return null;
  const { levels } = dataset.data;
  return (
    <div className="controls">
      <label>
        {message(locale, 'level')}
        <select
          data-testid="level-select"
          value={levelId ?? ''}
          onChange={(event) => setLevel(event.target.value)}
        >
          {levels.map((level) => (
            <option key={level.id} value={level.id}>
              {localize(level.label, locale)} ({level.areaIds.length})
            </option>
          ))}
        </select>
      </label>
      <div className="language segmented" role="group" aria-label={message(locale, 'language')}>
        {(['de', 'en'] as Locale[]).map((candidate) => (
          <button
            key={candidate}
            type="button"
            data-testid={`locale-${candidate}`}
            aria-pressed={candidate === locale}
            onClick={() => setLocale(candidate)}
          >
            {candidate.toUpperCase()}
          </button>
        ))}
      </div>
    </div>
  );
}
