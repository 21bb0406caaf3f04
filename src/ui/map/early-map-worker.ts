/**
 * MapLibre's worker, started with the page rather than when the map is created: fetching, compiling
 * and running its script (0.5 MB) then overlaps with the main bundle, which is most of the time
 * between navigation and the map's creation (benchmarks.md).
 *
 * MapLibre cannot adopt a worker started by someone else: it calls `new Worker(url, { type: 'module' })`
 * itself. So until it does, the page's `Worker` is a subclass that hands over the started worker for
 * that URL, once, and then puts the original constructor back. Any other worker is created as usual.
 */
export interface WorkerScope {
  Worker: typeof Worker;
}

/** A worker started early: `release` stops it and puts `Worker` back when nobody will ask for it. */
export interface EarlyWorker {
  readonly worker: Worker;
  release(): void;
}

/**
 * Starts a module worker for `url` and hands it to the first `new Worker(url, { type: 'module' })`
 * on `scope`.
 */
export function startWorkerEarly(scope: WorkerScope, url: string, baseUri: string): EarlyWorker {
  const Original = scope.Worker;
  const wanted = new URL(url, baseUri).href;
  const started = new Original(url, { type: 'module' });
  let waiting: Worker | null = started;
  class HandOver extends Original {
    constructor(scriptUrl: string | URL, options?: WorkerOptions) {
      if (waiting && options?.type === 'module' && new URL(String(scriptUrl), baseUri).href === wanted) {
        const handed = waiting;
        waiting = null;
        scope.Worker = Original;
        // A constructor may return another object: `new Worker(…)` then yields the started worker.
        return handed;
      }
      super(scriptUrl, options);
    }
  }
  scope.Worker = HandOver;
  return {
    worker: started,
    release: () => {
      if (!waiting) return;
      waiting.terminate();
      waiting = null;
      scope.Worker = Original;
    },
  };
}
