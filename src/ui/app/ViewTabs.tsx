import type { Locale } from '../../i18n/locale';
import { VIEWS, type View } from '../../state/store';
import { useAppStore } from '../../state/use-app-store';
import { chartMessage } from '../charts/chart-messages';
import { message } from './messages';

const CHART_VIEW_LABELS = {
  ranking: 'viewRanking',
  scatter: 'viewScatter',
  profile: 'viewProfile',
  change: 'viewChange',
} as const;

function viewLabel(view: View, locale: Locale): string {
  if (view === 'map') return message(locale, 'viewMap');
  if (view === 'table') return message(locale, 'viewTable');
  return chartMessage(locale, CHART_VIEW_LABELS[view]);
}

/** The centre's views, as a row of toggle buttons above it: map, table and the analysis charts. */
export function ViewTabs() {
  const view = useAppStore((state) => state.view);
  const setView = useAppStore((state) => state.setView);
  const locale = useAppStore((state) => state.locale);
  return (
    <div className="view-tabs segmented" role="group" aria-label={message(locale, 'view')}>
      {VIEWS.map((candidate) => (
        <button
          key={candidate}
          type="button"
          data-testid={`view-${candidate}`}
          aria-pressed={candidate === view}
          onClick={() => setView(candidate)}
        >
          {viewLabel(candidate, locale)}
        </button>
      ))}
    </div>
  );
}
