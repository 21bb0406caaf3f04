/**
 * Where the shared real data lies (../shared/data/real beside the repository; read in place, never
 * copied in). A clone made elsewhere (`git clone -q . $(mktemp -d)`) has no ../shared beside it: then
 * the folder beside the repository it was cloned from, when that is a local path, is used.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The repository this clone came from, when its origin is a local folder; else null. */
function localOrigin() {
  try {
    const url = execFileSync('git', ['-C', repository, 'config', '--get', 'remote.origin.url'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    return isAbsolute(path) ? path : null;
  } catch {
    return null;
  }
}

function resolveRealDataDir() {
  const beside = resolve(repository, '../shared/data/real');
  if (existsSync(beside)) return beside;
  const origin = localOrigin();
  const besideOrigin = origin === null ? null : resolve(origin, '../shared/data/real');
  return besideOrigin !== null && existsSync(besideOrigin) ? besideOrigin : beside;
}

/** The real-data folder (absolute); where it is expected when it is nowhere. */
export const REAL_DATA_DIR = resolveRealDataDir();
