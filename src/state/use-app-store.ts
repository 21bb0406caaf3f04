import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './store';

/** The store of the running app, provided at the root so tests can render with their own. */
export const AppStoreContext = createContext<AppStore | null>(null);

/** Reads one value from the app store; components select narrowly. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore outside AppStoreContext');
  return useStore(store, selector);
}
