import { Suspense, lazy, useDeferredValue, useEffect, useState } from 'react';
import { localize } from '../../i18n/locale';
import { useAppStore } from '../../state/use-app-store';
import { Legend } from '../legend/Legend';
import { ChoroplethMap } from '../map/ChoroplethMap';
import { HeaderControls } from './HeaderControls';
import { ViewTabs } from './ViewTabs';
import { LoadProgress } from './LoadProgress';
import { NotesBar } from './NotesBar';
import { message } from './messages';
import { lazyAfterMainContent, mainContentShown } from './first-paint';
import { IndicatorCatalogue } from '../panels/IndicatorCatalogue';
import { DetailPanel } from '../panels/DetailPanel';
import { YearSlider } from '../panels/YearSlider';

// The analysis views load on demand, so the first map does not wait for their code.
// The export menu (and what it pulls in) loads after the first paint.
const ExportMenu = lazyAfterMainContent(() =>
  import('../export/ExportMenu').then((module) => ({ default: module.ExportMenu })),
);
// Issue texts (all loader messages in two languages) load after the first map; IssueRoom keeps their room.
const IssueList = lazyAfterMainContent(
  () => import('./IssueList').then((module) => ({ default: module.IssueList })),
  IssueRoom,
);
// Shown over the view when the files had problems; loads with the issue texts.
const FileProblems = lazyAfterMainContent(() =>
  import('./IssueList').then((module) => ({ default: module.FileProblems })),
);
const LoadFailed = lazy(() => import('./LoadFailed').then((module) => ({ default: module.LoadFailed })));
const IndicatorTable = lazy(() =>
  import('../table/IndicatorTable').then((module) => ({ default: module.IndicatorTable })),
);
const RankingView = lazy(() =>
  import('../charts/AnalysisViews').then((module) => ({ default: module.RankingView })),
);
const ScatterView = lazy(() =>
  import('../charts/AnalysisViews').then((module) => ({ default: module.ScatterView })),
);
const ProfileView = lazy(() =>
  import('../charts/AnalysisViews').then((module) => ({ default: module.ProfileView })),
);
const ChangeView = lazy(() =>
  import('../charts/ChangeView').then((module) => ({ default: module.ChangeView })),
);

/** Keeps the issue line's room while its code loads, so the map does not change size when it comes. */
function IssueRoom() {
  const hasIssues = useAppStore((state) => state.issues.length > 0);
  return hasIssues ? (
    <div className="issues" aria-hidden="true">
      &nbsp;
    </div>
  ) : null;
}

/**
 * The main screen: indicator catalogue (left), map or table (centre), detail panel (right), year
 * slider (bottom), dataset header with level, view and language (top).
 */
export function App() {
  const loadState = useAppStore((state) => state.loadState);
  // The panels mount in a deferred (interruptible) render: the map gets its data straight from the
  // store (see ChoroplethMap), and its first tiles are not kept waiting behind React's work. `null`
  // first even when the dataset is already there (the loading worker starts before this bundle), so
  // the first render is the bare shell and the map is created without waiting for the panels.
  const dataset = useDeferredValue(
    useAppStore((state) => state.dataset),
    null,
  );
  const issues = useAppStore((state) => state.issues);
  const locale = useAppStore((state) => state.locale);
  const view = useAppStore((state) => state.view);
  const mapShown = view === 'map' || view === 'change';
  // The map is created when it is first shown and then stays (hidden behind the other views), so
  // switching back never reloads its geometry; a page opened on the table or a chart starts without it.
  const [mapMounted, setMapMounted] = useState(mapShown);
  if (mapShown && !mapMounted) setMapMounted(true);

  useEffect(() => {
    document.documentElement.lang = locale;
    // The map sets data-ready itself once it has painted; table and charts once their code has
    // loaded and they have rendered (ReadyWhenShown below).
    if (loadState === 'error') {
      mainContentShown();
      document.body.dataset.ready = 'error';
    }
  }, [loadState, locale]);

  if (loadState === 'error' && !dataset)
    return (
      <Suspense fallback={null}>
        <LoadFailed issues={issues} locale={locale} />
      </Suspense>
    );

  // The shell renders at once, the map included: MapLibre starts (WebGL, workers) while the
  // dataset still loads, so the first coloured map comes sooner.
  const manifest = dataset?.data.manifest;
  return (
    <div className="app">
      <header className="app-header">
        {manifest ? (
          <div className="title-block">
            <h1 data-testid="dataset-title">{localize(manifest.title, locale)}</h1>
            {manifest.fictional && <span className="badge">{message(locale, 'fictional')}</span>}
            {manifest.source && (
              <p className="source">
                {message(locale, 'source')}: {localize(manifest.source, locale)}
              </p>
            )}
          </div>
        ) : (
          <div className="title-block">
            <h1>Quartiersmonitor</h1>
            <p className="source">{message(locale, 'loading')}</p>
          </div>
        )}
        <HeaderControls />
      </header>
      <NotesBar />
      <LoadProgress />
      <div className="workspace">
        <aside className="catalogue-panel" aria-label={message(locale, 'catalogue')}>
          {dataset && <IndicatorCatalogue />}
        </aside>
        <main className={`centre centre-${view}`}>
          {/* Present (empty) while the dataset loads, like the footer's year bar, so the map keeps
              its size when the panels arrive: a resize would redraw it and may ask for new tiles. */}
          <div className="centre-bar">
            {dataset && (
              <>
                <ViewTabs />
                <ExportMenu />
              </>
            )}
          </div>
          <Suspense fallback={null}>
            {view === 'table' && dataset && <IndicatorTable />}
            {view === 'ranking' && dataset && <RankingView />}
            {view === 'scatter' && dataset && <ScatterView />}
            {view === 'profile' && dataset && <ProfileView />}
            {dataset && view !== 'map' && view !== 'change' && <ReadyWhenShown />}
          </Suspense>
          {mapMounted && (
            <div className="map-area" hidden={!mapShown}>
              <ChoroplethMap />
              {dataset && <Legend />}
            </div>
          )}
          <Suspense fallback={null}>{view === 'change' && dataset && <ChangeView />}</Suspense>
          {dataset && <FileProblems />}
        </main>
        <aside className="detail-panel" aria-label={message(locale, 'detail')}>
          {dataset && <DetailPanel />}
        </aside>
      </div>
      <footer className="app-footer">
        {dataset ? <YearSlider /> : <div className="year-bar" aria-hidden="true" />}
        {/* The issue line loads after the first map; its room is kept meanwhile (IssueRoom). */}
        <IssueList />
      </footer>
    </div>
  );
}

/** Marks the page ready (for tests and embedding pages) once the lazily loaded view beside it is on screen. */
function ReadyWhenShown() {
  useEffect(() => {
    mainContentShown();
    document.body.dataset.ready = 'true';
  }, []);
  return null;
}
