/**
 * When url-sync writes the history: after the change, once the browser is idle (or, without idle
 * callbacks, a task after the next frame, at most 250 ms later); one entry per change even when a
 * second change comes before the first was written; the waiting write made on `pagehide` and
 * dropped on back/forward. A fake window counts the writes; the demo city is the dataset.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedDataset } from '../../../src/io/load-dataset';
import { createAppStore, type AppStore } from '../../../src/state/store';
import { startUrlSync } from '../../../src/state/url-sync';
import { loadDemoDataset } from '../../setup/demo-dataset';

let dataset: LoadedDataset;

beforeAll(async () => {
  dataset = await loadDemoDataset();
});

/** The parts of `window` that url-sync uses, with the callbacks it schedules kept for the test to run. */
class FakeWindow {
  readonly location = { pathname: '/', search: '', hash: '' };
  readonly writes: { kind: 'push' | 'replace'; search: string }[] = [];
  readonly history = {
    state: null as unknown,
    pushState: (_state: unknown, _title: string, url: string) => this.write('push', url),
    replaceState: (_state: unknown, _title: string, url: string) => this.write('replace', url),
  };
  frames = new Map<number, () => void>();
  idles = new Map<number, () => void>();
  private nextId = 1;
  private readonly listeners = new Map<string, (() => void)[]>();

  constructor(withIdleCallbacks: boolean) {
    if (!withIdleCallbacks) {
      (this as { requestIdleCallback?: unknown }).requestIdleCallback = undefined;
    }
  }

  requestIdleCallback?: (callback: () => void) => number = (callback) => {
    const id = this.nextId++;
    this.idles.set(id, callback);
    return id;
  };
  cancelIdleCallback = (id: number) => this.idles.delete(id);
  requestAnimationFrame = (callback: () => void) => {
    const id = this.nextId++;
    this.frames.set(id, callback);
    return id;
  };
  cancelAnimationFrame = (id: number) => this.frames.delete(id);
  addEventListener = (type: string, listener: () => void) =>
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  removeEventListener = (type: string, listener: () => void) =>
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((candidate) => candidate !== listener),
    );

  dispatch(type: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
  runIdle(): void {
    const callbacks = [...this.idles.values()];
    this.idles.clear();
    for (const callback of callbacks) callback();
  }
  runFrame(): void {
    const callbacks = [...this.frames.values()];
    this.frames.clear();
    for (const callback of callbacks) callback();
  }
  private write(kind: 'push' | 'replace', url: string): void {
    this.location.search = new URL(url, 'http://x').search;
    this.writes.push({ kind, search: this.location.search });
  }
}

let stop: (() => void) | null = null;

function start(win: FakeWindow): AppStore {
  const store = createAppStore();
  stop = startUrlSync(store, win as unknown as Window, {
    load: () => {},
    requestedSourceOf: () => null,
    sourceOf: () => null,
  });
  store.getState().datasetLoaded(dataset, []);
  win.writes.length = 0;
  return store;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

describe('url-sync: when the history is written', () => {
  it('writes a change once the browser is idle, not during the change', () => {
    const win = new FakeWindow(true);
    const store = start(win);
    store.getState().setYear(2019);
    expect(win.writes).toEqual([]);
    win.runIdle();
    expect(win.writes).toEqual([{ kind: 'push', search: '?y=2019' }]);
  });

  it('gives each of two quick changes its own entry, in order', () => {
    const win = new FakeWindow(true);
    const store = start(win);
    store.getState().setYear(2019);
    store.getState().setYear(2017);
    win.runIdle();
    expect(win.writes).toEqual([
      { kind: 'push', search: '?y=2019' },
      { kind: 'push', search: '?y=2017' },
    ]);
  });

  it('without idle callbacks, writes in a task after the next frame, or after 250 ms without frames', () => {
    const win = new FakeWindow(false);
    const store = start(win);
    store.getState().setYear(2019);
    win.runFrame();
    expect(win.writes).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(win.writes).toEqual([{ kind: 'push', search: '?y=2019' }]);
    // A hidden tab draws no frames.
    store.getState().setYear(2017);
    vi.advanceTimersByTime(249);
    expect(win.writes).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(win.writes[1]).toEqual({ kind: 'push', search: '?y=2017' });
  });

  it('makes the waiting write when the page is left, and drops it on back/forward', () => {
    const win = new FakeWindow(true);
    const store = start(win);
    store.getState().setYear(2019);
    win.dispatch('pagehide');
    expect(win.writes).toEqual([{ kind: 'push', search: '?y=2019' }]);
    store.getState().setYear(2017);
    // Back: the waiting write belongs to the entry just left.
    win.dispatch('popstate');
    win.runIdle();
    expect(win.writes).toHaveLength(1);
  });
});
