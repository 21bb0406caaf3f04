/**
 * The first dataset load, started before anything else on the page: main.tsx imports this module
 * first, so the loading worker fetches and parses while the rest of the bundle (React, MapLibre, the
 * app) is still being evaluated; MapLibre's worker starts here too. `loadIntoStore` adopts the
 * started loading worker, with the messages it has sent meanwhile, when asked for the same dataset.
 */
import mapWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { datasetParam, rawParams, sameOriginManifestUrl } from '../../state/url-params';
import { startWorkerEarly, type EarlyWorker } from '../map/early-map-worker';
import type { WorkerReply } from '../../worker/dataset-worker';
import { loadRequestName } from '../../worker/load-request';
import { demoFileUrls } from './demo-files';
import type { DatasetRequest } from './load-demo';

/** What to load for a `dataset=` value (`null` = demo); `crossOrigin` when the value was refused. */
export interface ResolvedSource {
  /** The source that is loaded: the value, or `null` (the demo) when it was refused. */
  readonly source: string | null;
  readonly request: DatasetRequest;
  readonly crossOrigin: boolean;
}

/** Resolves a `dataset=` value against the page: same origin only, else the demo. */
export function resolveSource(source: string | null, pageUrl: string, baseUri: string): ResolvedSource {
  const manifestUrl = source === null ? null : sameOriginManifestUrl(source, pageUrl);
  if (manifestUrl !== null) return { source, request: { manifestUrl }, crossOrigin: false };
  const fileUrls = demoFileUrls(baseUri);
  return {
    source: null,
    request: {
      manifestUrl: fileUrls['manifest.json'] ?? new URL('data/demo/manifest.json', baseUri).href,
      fileUrls,
    },
    crossOrigin: source !== null,
  };
}

/** A worker started on the first load, and what it has said so far. */
export interface StartedWorker {
  /** The `dataset=` value it was started for (`null` = demo). */
  readonly requested: string | null;
  readonly worker: Worker;
  /** Messages that arrived before the worker was adopted; `error` when it failed to start. */
  readonly early: (WorkerReply | 'error')[];
}

/**
 * A loading worker that loads `request` as soon as it has started (the request travels in its name,
 * see load-request.ts). One place for `new URL(…)`, so Vite emits one worker chunk.
 */
export function createLoadingWorker(request: DatasetRequest): Worker {
  return new Worker(new URL('../../worker/dataset-worker.ts', import.meta.url), {
    type: 'module',
    name: loadRequestName(request),
  });
}

let started: StartedWorker | null = null;

function startFirstLoad(): void {
  if (typeof window === 'undefined' || typeof Worker === 'undefined') return;
  const requested = datasetParam(window.location.search);
  const { request } = resolveSource(requested, window.location.href, document.baseURI);
  let worker: Worker;
  try {
    worker = createLoadingWorker(request);
  } catch {
    return;
  }
  const early: StartedWorker['early'] = [];
  worker.onmessage = (event: MessageEvent<WorkerReply>) => early.push(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    early.push('error');
  };
  worker.onmessageerror = () => early.push('error');
  started = { requested, worker, early };
}

/** The worker started for `requested`, once; null when none was started for it. */
export function takeStartedWorker(requested: string | null): StartedWorker | null {
  const taken = started;
  started = null;
  if (taken && taken.requested !== requested) {
    taken.worker.terminate();
    return null;
  }
  return taken;
}

let earlyMapWorker: EarlyWorker | null = null;

/** Starts MapLibre's worker now (early-map-worker.ts) when the page opens on the map. */
function startMapWorker(): void {
  if (typeof window === 'undefined' || typeof Worker !== 'function') return;
  // Opened on the table or a chart, the page has no map until it is asked for.
  const view = rawParams(window.location.search).get('v') ?? 'map';
  if (view !== 'map' && view !== 'change') return;
  try {
    earlyMapWorker = startWorkerEarly(window, mapWorkerUrl, document.baseURI);
  } catch {
    // MapLibre starts its worker itself when the map is created.
  }
}

/** Stops MapLibre's early worker if MapLibre has not taken it (the map could not start). */
export function releaseEarlyMapWorker(): void {
  earlyMapWorker?.release();
  earlyMapWorker = null;
}

startFirstLoad();
startMapWorker();
