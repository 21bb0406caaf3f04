/**
 * Loads a dataset into the store: in a Web Worker (fetch, parse, derive off the main thread) with
 * progress, on the main thread where workers fail. The demo city unless `source` names another
 * manifest on the page's own origin; another origin is refused with a note and the demo loads instead.
 */
import type { EarlyGeometry, LoadedDataset } from '../../io/load-dataset';
import { primeDerived } from '../../state/selectors';
import type { AppStore } from '../../state/store';
import type { WorkerReply } from '../../worker/dataset-worker';
import { createLoadingWorker, resolveSource, takeStartedWorker, type StartedWorker } from './first-load';
import type { DatasetOutcome, DatasetRequest } from './load-demo';

/** Where a loaded dataset came from: `source` as loaded (`null` = demo), `requested` as asked for. */
export interface DatasetOrigin {
  readonly source: string | null;
  readonly requested: string | null;
}

const origins = new WeakMap<LoadedDataset, DatasetOrigin>();

/** The `dataset=` source a loaded dataset came from (`null` = demo); undefined for one loaded elsewhere. */
export function datasetOriginOf(dataset: LoadedDataset): DatasetOrigin | undefined {
  return origins.get(dataset);
}

/** How the last load went, for tests and benchmarks (window.__qmLoad). */
export interface LoadReport {
  readonly inWorker: boolean;
  /** From the start of the load to the store update. */
  readonly totalMs: number;
  /** Fetch, parse and derivation inside the worker. */
  readonly workerMs: number | null;
  /** From the worker posting the result until the main thread has it (structured clone + geometry JSON.parse). */
  readonly handOverMs: number | null;
}

export interface LoadHandle {
  readonly done: Promise<void>;
  /** Drops the result (and stops the worker) when another load or an unmount supersedes this one. */
  abort(): void;
}

const generations = new WeakMap<AppStore, number>();

/** Starts loading `source` (`null` = demo) into the store; a newer load supersedes an older one. */
export function loadIntoStore(store: AppStore, source: string | null): LoadHandle {
  const generation = (generations.get(store) ?? 0) + 1;
  generations.set(store, generation);
  const current = () => generations.get(store) === generation;
  let worker: Worker | null = null;
  let aborted = false;

  const run = async () => {
    const requested = source;
    const resolved = resolveSource(source, window.location.href, document.baseURI);
    if (resolved.crossOrigin && source !== null) {
      store.getState().addNotes([
        {
          key: 'invalid-parameter',
          params: { name: 'dataset', value: source.slice(0, 80), reason: 'cross-origin' },
        },
      ]);
    }
    source = resolved.source;
    const { request } = resolved;

    const started = performance.now();
    store.getState().loadStarted();
    const onProgress = (fraction: number) => {
      if (current() && !aborted) store.getState().loadProgressed(Math.min(0.99, fraction));
    };
    let reply = await loadInWorker(
      request,
      takeStartedWorker(requested),
      onProgress,
      (created) => (worker = created),
    );
    let inWorker = reply !== null;
    if (reply === null && !aborted) {
      // No worker (unsupported, blocked, or it crashed): load here, in a lazily loaded chunk.
      const { fetchDataset } = await import('./load-demo');
      reply = {
        outcome: await fetchDataset(request, onProgress),
        workerMs: null,
        handOverMs: null,
      };
      inWorker = false;
    }
    if (aborted || !current() || reply === null) return;

    const { outcome } = reply;
    const state = store.getState();
    if (outcome.ok) {
      primeDerived(outcome.dataset, outcome.derived);
      origins.set(outcome.dataset, { source, requested });
      state.datasetLoaded(outcome.dataset, outcome.issues);
    } else {
      state.datasetFailed(outcome.issues);
      // The dataset that was there stays and is complete: no progress bar for it.
      if (store.getState().dataset) store.getState().loadProgressed(1);
    }
    const report: LoadReport = {
      inWorker,
      totalMs: performance.now() - started,
      workerMs: reply.workerMs,
      handOverMs: reply.handOverMs,
    };
    window.__qmLoad = report;
    window.__qmLoadedInWorker = inWorker;
  };

  return {
    done: run(),
    abort: () => {
      aborted = true;
      (worker as Worker | null)?.terminate();
    },
  };
}

/** Puts back the geometry the worker sent as JSON (keeping `data`, which the derivation refers to). */
function withGeometry(
  outcome: DatasetOutcome,
  geometryJson: string | null,
  early: LoadedDataset['geometry'] | null,
): DatasetOutcome {
  if (!outcome.ok) return outcome;
  const geometry = geometryJson === null ? early : (JSON.parse(geometryJson) as LoadedDataset['geometry']);
  if (geometry === null) return outcome;
  return { ...outcome, dataset: { data: outcome.dataset.data, geometry } };
}

interface Reply {
  readonly outcome: DatasetOutcome;
  readonly workerMs: number | null;
  readonly handOverMs: number | null;
}

/**
 * Runs the load in a worker (the one started with the page, or a new one); resolves null when no
 * worker could do it.
 */
function loadInWorker(
  request: DatasetRequest,
  startedWorker: StartedWorker | null,
  onProgress: (fraction: number) => void,
  created: (worker: Worker) => void,
): Promise<Reply | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  let worker: Worker;
  if (startedWorker) worker = startedWorker.worker;
  else
    try {
      worker = createLoadingWorker(request);
    } catch {
      return Promise.resolve(null);
    }
  created(worker);
  return new Promise((resolve) => {
    let finished = false;
    const finish = (reply: Reply | null) => {
      if (finished) return;
      finished = true;
      worker.terminate();
      resolve(reply);
    };
    let early: EarlyGeometry | null = null;
    const handle = (message: WorkerReply | 'error') => {
      if (message === 'error') finish(null);
      else if (message.type === 'progress') onProgress(message.fraction);
      else if (message.type === 'geometry') {
        // Parsed now, while the worker still derives, not at the end.
        early = JSON.parse(message.geometryJson) as EarlyGeometry;
      } else if (message.type === 'done')
        finish({
          outcome: withGeometry(message.outcome, message.geometryJson, early?.geometry ?? null),
          workerMs: message.workerMs,
          handOverMs: performance.timeOrigin + performance.now() - message.postedAt,
        });
      else finish(null);
    };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => handle(event.data);
    // The script failed to load or threw (e.g. a CSP without worker-src): fall back to the main thread.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(null);
    };
    worker.onmessageerror = () => finish(null);
    if (startedWorker) for (const message of startedWorker.early.splice(0)) handle(message);
  });
}
