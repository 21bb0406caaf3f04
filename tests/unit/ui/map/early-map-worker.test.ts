import { describe, expect, it } from 'vitest';
import { startWorkerEarly, type WorkerScope } from '../../../../src/ui/map/early-map-worker';

/** Records what would have been started. */
class FakeWorker {
  static started: FakeWorker[] = [];
  constructor(
    readonly url: string | URL,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
}

function scope(): WorkerScope {
  FakeWorker.started = [];
  return { Worker: FakeWorker as unknown as typeof Worker };
}

describe('startWorkerEarly', () => {
  it('starts the worker at once and hands it to the first matching `new Worker`, then steps aside', () => {
    const page = scope();
    const started = startWorkerEarly(page, './assets/map-worker.mjs', 'http://localhost/app/').worker;
    expect(FakeWorker.started).toHaveLength(1);
    expect(page.Worker).not.toBe(FakeWorker);

    // MapLibre asks with the URL resolved or as given: either way the started worker comes back.
    const handed = new page.Worker('http://localhost/app/assets/map-worker.mjs', { type: 'module' });
    expect(handed).toBe(started);
    expect(FakeWorker.started).toHaveLength(1);
    expect(page.Worker).toBe(FakeWorker);

    // A second map would get a worker of its own.
    const second = new page.Worker('./assets/map-worker.mjs', { type: 'module' });
    expect(second).not.toBe(started);
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('creates other workers as usual while it waits', () => {
    const page = scope();
    const started = startWorkerEarly(page, './assets/map-worker.mjs', 'http://localhost/app/').worker;
    const loader = new page.Worker('http://localhost/app/assets/dataset-worker.js', { type: 'module' });
    const classic = new page.Worker('http://localhost/app/assets/map-worker.mjs');
    expect(loader).not.toBe(started);
    expect(classic).not.toBe(started);
    expect(loader).toBeInstanceOf(FakeWorker);
    expect((loader as unknown as FakeWorker).url).toBe('http://localhost/app/assets/dataset-worker.js');
    expect(FakeWorker.started).toHaveLength(3);
    // Still waiting for MapLibre.
    expect(new page.Worker('./assets/map-worker.mjs', { type: 'module' })).toBe(started);
  });

  it('stops the waiting worker and puts the constructor back when the map cannot start', () => {
    const page = scope();
    let terminated = 0;
    (FakeWorker.prototype as unknown as { terminate: () => void }).terminate = () => (terminated += 1);
    const early = startWorkerEarly(page, './assets/map-worker.mjs', 'http://localhost/app/');
    early.release();
    expect(terminated).toBe(1);
    expect(page.Worker).toBe(FakeWorker);
    early.release();
    expect(terminated).toBe(1);
    // After a hand-over there is nothing to release: MapLibre owns the worker.
    const handedOver = startWorkerEarly(page, './assets/map-worker.mjs', 'http://localhost/app/');
    new page.Worker('./assets/map-worker.mjs', { type: 'module' });
    handedOver.release();
    expect(terminated).toBe(1);
  });
});
