// vitest globalSetup for the browser e2e tests: make sure Debian's Chromium is there (installing it
// on a fresh CI machine), then serve the built dist/ on a free port and hand its URL to the tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './helper';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. "http://127.0.0.1:41234/", the built app served by scripts/serve.mjs */
    baseUrl: string;
  }
}

interface StaticServer {
  url: string;
  close: () => Promise<void>;
}
interface ServeModule {
  startServer: (options: { root?: string; port?: number; host?: string }) => Promise<StaticServer>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function run(command: string, args: string[]): void {
  console.log(`[e2e] $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) console.error(`[e2e] ${command} konnte nicht starten / failed to start:`, result.error);
  else if (result.status !== 0) console.error(`[e2e] ${command} endete mit / exited with ${result.status}`);
}

/** Never skip: a missing browser is a failed run, otherwise e2e would silently test nothing. */
function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    console.log(
      `[e2e] ${CHROMIUM_PATH} fehlt – installiere Debians Paket "chromium" (ohne Empfehlungen).\n` +
        `[e2e] ${CHROMIUM_PATH} is missing – installing Debian's "chromium" package (no recommends).`,
    );
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium fehlt unter ${CHROMIUM_PATH}; die Browser-Tests können nicht laufen. ` +
        `Bitte als root ausführen: apt-get update && apt-get install -y --no-install-recommends chromium\n` +
        `Chromium is missing at ${CHROMIUM_PATH}; the browser tests cannot run. ` +
        `Install it as root: apt-get update && apt-get install -y --no-install-recommends chromium` +
        (isRoot ? '\n(The automatic install above failed; see its output.)' : ''),
    );
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureChromium();

  // QM_E2E_ROOT lets the harness itself be checked against a throwaway page (docs/testing.md).
  const root = path.resolve(process.env.QM_E2E_ROOT ?? path.join(repoRoot, 'dist'));
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(
      `${path.join(root, 'index.html')} fehlt – "npm run test:e2e" baut vorher mit "npm run build".\n` +
        `${path.join(root, 'index.html')} is missing – "npm run test:e2e" runs "npm run build" first.`,
    );
  }

  // serve.mjs is plain JS without type declarations; the interface above is its contract.
  const serveUrl = pathToFileURL(path.join(repoRoot, 'scripts', 'serve.mjs')).href;
  const { startServer } = (await import(/* @vite-ignore */ serveUrl)) as ServeModule;
  server = await startServer({ root, port: 0, host: '127.0.0.1' });
  console.log(`[e2e] serving ${root} at ${server.url}`);
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  server = undefined;
}
