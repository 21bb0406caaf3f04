import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App';
import { createAppStore } from './state/store';
import { AppStoreContext } from './state/use-app-store';
import './ui/app/app.css';

const store = createAppStore();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <App />
    </AppStoreContext.Provider>
  </StrictMode>,
);
