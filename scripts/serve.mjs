#!/usr/bin/env node
// Tiny static file server for the built dashboard (dist/). Plain node:http so that `npm start`
// and the e2e tests need nothing beyond Node itself; any municipal web server can do the same job.
//
//   node scripts/serve.mjs [--port N] [--root DIR] [--data DIR]      (env: PORT, HOST)
//
// --data DIR serves a dataset folder (e.g. one built by `npm run berlin-mss`) under /data-extra/,
// so the app opens it with ?dataset=data-extra/manifest.json without copying it into dist/.
//
// Import `startServer` for tests; the CLI part below only runs when this file is executed directly.

import { createReadStream, realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DEFAULT_PORT = 4173;
const DEFAULT_HOST = '127.0.0.1';
// How many successive ports we try when the wanted one is taken.
const PORT_ATTEMPTS = 20;
/** URL prefix under which --data is served. */
export const DATA_PREFIX = '/data-extra/';

export const DEFAULT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Content types by lower-case extension; charset on text types so umlauts survive. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * @param {string} filePath
 * @returns {string}
 */
export function contentType(filePath) {
  const ext = path.extname(filePath).toLowerCase();
  return /** @type {Record<string, string>} */ (MIME_TYPES)[ext] ?? 'application/octet-stream';
}

/** German first, English second, like every message of the app. */
export function missingRootMessage(/** @type {string} */ root) {
  return (
    `Verzeichnis ${root} fehlt oder enthält keine index.html – bitte zuerst "npm run build" ausführen.\n` +
    `Directory ${root} is missing or has no index.html – run "npm run build" first.`
  );
}

/**
 * Maps the request target to a path below root, or null when it must not be served.
 * Works on the raw target, not on `new URL(...)`: that would quietly normalise `..` and read
 * `//host/x` as a host, hiding traversal attempts instead of refusing them.
 * @param {string} root absolute, real path of the served directory
 * @param {string} target request target as sent, e.g. "/assets/index.js?v=1"
 * @returns {string | null}
 */
export function resolveSafe(root, target) {
  const rawPath = target.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/')) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  for (const s of segments) {
    // `..` (also when it arrived as %2e%2e), Windows separators and drive letters, NUL bytes.
    if (s === '..' || s.includes('\\') || s.includes('\0') || s.includes(':')) return null;
  }
  const resolved = path.resolve(root, ...segments);
  const rel = path.relative(root, resolved);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return resolved;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
function sendText(res, status, text) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache',
  });
  res.end(text);
}

/**
 * @param {string} realDist
 * @param {string | null} realData
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function handle(realDist, realData, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Methode nicht erlaubt / Method not allowed\n');
    return;
  }
  let target = req.url ?? '/';
  let realRoot = realDist;
  if (realData !== null && target.startsWith(DATA_PREFIX)) {
    realRoot = realData;
    target = target.slice(DATA_PREFIX.length - 1);
  }
  const candidate = resolveSafe(realRoot, target);
  if (candidate === null) {
    sendText(res, 403, 'Zugriff verweigert / Forbidden\n');
    return;
  }
  let file = candidate;
  let info;
  try {
    info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    // A symlink inside root must not lead out of it either.
    const real = await realpath(file);
    const rel = path.relative(realRoot, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      sendText(res, 403, 'Zugriff verweigert / Forbidden\n');
      return;
    }
  } catch {
    info = undefined;
  }
  if (!info || !info.isFile()) {
    sendText(res, 404, 'Nicht gefunden / Not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': contentType(file),
    'Content-Length': info.size,
    // Always revalidate: after a rebuild the browser must not keep a stale index.html.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<number>} the port actually bound
 */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    /** @param {Error} err */
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the static server. Port 0 picks any free port (for tests); a taken port falls back to the
 * next free one.
 * `data` is served under /data-extra/ (a dataset folder outside dist/).
 * @param {{ root?: string, port?: number, host?: string, data?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  let realData = null;
  if (options.data !== undefined) {
    try {
      realData = realpathSync(path.resolve(options.data));
      await stat(path.join(realData, 'manifest.json'));
    } catch {
      throw new Error(
        `Datenordner ${options.data} fehlt oder enthält keine manifest.json.\n` +
          `Data folder ${options.data} is missing or has no manifest.json.`,
      );
    }
  }
  const root = path.resolve(options.root ?? DEFAULT_ROOT);
  const host = options.host ?? DEFAULT_HOST;
  const wanted = options.port ?? DEFAULT_PORT;
  let realRoot;
  try {
    realRoot = realpathSync(root);
    const index = await stat(path.join(realRoot, 'index.html'));
    if (!index.isFile()) throw new Error('index.html is not a file');
  } catch {
    throw new Error(missingRootMessage(root));
  }

  const server = createServer((req, res) => {
    handle(realRoot, realData, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Interner Fehler / Internal error\n');
      else res.destroy();
    });
  });

  let port;
  for (let attempt = 0; ; attempt++) {
    const tryPort = wanted === 0 ? 0 : wanted + attempt;
    try {
      port = await listen(server, tryPort, host);
      break;
    } catch (err) {
      const code = /** @type {NodeJS.ErrnoException} */ (err).code;
      if (code !== 'EADDRINUSE' || wanted === 0 || attempt + 1 >= PORT_ATTEMPTS) throw err;
    }
  }

  // Wildcard binds are reachable locally; print an address a browser can open.
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/`;
  return {
    url,
    port,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets (browsers) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

/**
 * @param {string[]} argv
 * @returns {{ root?: string, port?: number, data?: string }}
 */
export function parseArgs(argv) {
  /** @type {{ root?: string, port?: number, data?: string }} */
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name} braucht einen Wert / ${name} needs a value`);
      return v;
    };
    if (name === '--port') out.port = parsePort(value());
    else if (name === '--root') out.root = path.resolve(value());
    else if (name === '--data') out.data = path.resolve(value());
    else
      throw new Error(
        `Unbekannte Option / unknown option: ${arg}\nAufruf / usage: node scripts/serve.mjs [--port N] [--root DIR] [--data DIR]`,
      );
  }
  return out;
}

/** @param {string} text */
function parsePort(text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`Ungültiger Port / invalid port: ${text}`);
  }
  return n;
}

async function main() {
  let args, port;
  try {
    args = parseArgs(process.argv.slice(2));
    port = args.port ?? (process.env.PORT ? parsePort(process.env.PORT) : DEFAULT_PORT);
  } catch (err) {
    console.error(/** @type {Error} */ (err).message);
    process.exit(2);
  }
  const host = process.env.HOST || DEFAULT_HOST;
  let server;
  try {
    server = await startServer({
      root: args.root ?? DEFAULT_ROOT,
      port,
      host,
      ...(args.data ? { data: args.data } : {}),
    });
  } catch (err) {
    console.error(/** @type {Error} */ (err).message);
    process.exit(1);
  }
  console.log(`Quartiersmonitor läuft auf ${server.url} (Strg+C beendet)`);
  if (args.data)
    console.log(`Datensatz / dataset ${args.data}: ${server.url}?dataset=data-extra/manifest.json`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run the CLI only when executed directly (`node scripts/serve.mjs`), not when imported by tests.
function isMain() {
  const invoked = process.argv[1];
  if (!invoked) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(invoked)).href;
  } catch {
    return false;
  }
}
if (isMain()) await main();
