/**
 * The loading worker: fetches a dataset, parses it and runs the engine's derivation off the main
 * thread, so big files never freeze the page (DESIGN.md, performance). It posts progress while it
 * works and the loaded and derived dataset at the end, in one message so the derivation's `data` stays
 * the very object the dataset holds (structured clone keeps identity within a message).
 */
import type { DerivedDataset } from '../engine/types';
import type { LoadedDataset } from '../io/load-dataset';
import { fetchDataset, type DatasetOutcome, type DatasetRequest } from '../ui/app/load-demo';
import { loadRequestOf } from './load-request';

/** Worker → main thread. */
export type WorkerReply =
  | { readonly type: 'progress'; readonly fraction: number }
  /** The geometry, as soon as it is read (the map starts tiling while tables and derivation go on). */
  | { readonly type: 'geometry'; readonly geometryJson: string }
  | {
      readonly type: 'done';
      /** On success the dataset comes without geometry; `geometryJson` carries it (see below). */
      readonly outcome: DatasetOutcome;
      readonly geometryJson: string | null;
      /** Time spent in the worker, and the moment (epoch ms) the reply was posted, to measure the hand-over. */
      readonly workerMs: number;
      readonly postedAt: number;
    }
  /** A bug in loading, not bad input (bad input comes back as issues). */
  | { readonly type: 'crashed'; readonly message: string };

/** Buffers of the typed arrays in a dataset, handed over instead of copied. */
function transferables(dataset: LoadedDataset, derived: DerivedDataset): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: ArrayBufferView | null) => {
    if (array && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  };
  for (const level of dataset.data.levels) add(level.parentIndex);
  for (const cells of dataset.data.variables.values()) {
    add(cells.values);
    add(cells.status);
  }
  for (const indicator of derived.indicators.values()) {
    for (const cells of [...indicator.levels, indicator.city]) {
      add(cells.values);
      add(cells.status);
    }
  }
  return [...buffers];
}

const scope = self as unknown as {
  readonly name: string;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

/** Loads `request` and posts progress, the early geometry and the outcome. */
function load(request: DatasetRequest): void {
  const started = performance.now();
  // Geometry travels as one JSON string: structured clone of ~10^6 small coordinate arrays took
  // 225–580 ms on the main thread for Berlin's 542 Planungsräume, JSON.parse of the string far less.
  let geometrySent = false;
  void fetchDataset(
    request,
    (fraction) => scope.postMessage({ type: 'progress', fraction }),
    (early) => {
      scope.postMessage({ type: 'geometry', geometryJson: JSON.stringify(early) });
      geometrySent = true;
    },
  ).then(
    (loaded) => {
      // Sent already: the main thread keeps the geometry it got early.
      const geometryJson = loaded.ok && !geometrySent ? JSON.stringify(loaded.dataset.geometry) : null;
      const outcome: DatasetOutcome = loaded.ok
        ? { ...loaded, dataset: { data: loaded.dataset.data, geometry: [] } }
        : loaded;
      const reply: WorkerReply = {
        type: 'done',
        outcome,
        geometryJson,
        workerMs: performance.now() - started,
        postedAt: performance.timeOrigin + performance.now(),
      };
      scope.postMessage(reply, outcome.ok ? transferables(outcome.dataset, outcome.derived) : []);
    },
    (error: unknown) => scope.postMessage({ type: 'crashed', message: String(error) }),
  );
}

// The request comes in the worker's name (load-request.ts), so loading starts right away.
const request = loadRequestOf(scope.name);
if (request) load(request);
else scope.postMessage({ type: 'crashed', message: 'no load request in the worker name' });
