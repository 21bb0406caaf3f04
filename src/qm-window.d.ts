// Hooks the app leaves on window for e2e tests and benchmarks (read only by them).
import type { AppStore } from './state/store';
import type { LoadReport } from './ui/app/load-dataset-in-worker';

declare global {
  interface Window {
    /** The app's zustand store. */
    __qmStore?: AppStore;
    /** How the last dataset load went (worker or main thread, timings). */
    __qmLoad?: LoadReport;
    /** True when the last dataset was loaded in the Web Worker. */
    __qmLoadedInWorker?: boolean;
  }
}

export {};
