// First: starts loading the dataset in a worker while the rest of the bundle is evaluated.
import './ui/app/first-load';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App';
import { createAppStore } from './state/store';
import { AppStoreContext } from './state/use-app-store';
import { startUrlSync } from './state/url-sync';
import { datasetParam } from './state/url-params';
import { datasetOriginOf, loadIntoStore } from './ui/app/load-dataset-in-worker';
import { trackPointerFocus } from './ui/map/pointer-focus';
import './ui/app/app.css';

const store = createAppStore();
// The whole view lives in the URL: read it before the first render, follow the store from then on.
startUrlSync(store, window, {
  load: (source) => loadIntoStore(store, source).done,
  sourceOf: (dataset) => datasetOriginOf(dataset)?.source,
  requestedSourceOf: (dataset) => datasetOriginOf(dataset)?.requested,
});
// The dataset the URL names (`?dataset=`, same origin) or the demo, loaded in a worker. Started
// before React renders, so fetching and parsing overlap with the first render and MapLibre's start.
loadIntoStore(store, datasetParam(window.location.search));
// The map's keyboard focus ring, not shown after a mouse click (map.css).
trackPointerFocus(document);
// For e2e tests and benchmarks (typed in qm-window.d.ts).
window.__qmStore = store;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <App />
    </AppStoreContext.Provider>
  </StrictMode>,
);
