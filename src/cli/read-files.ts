import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ReadFile } from '../io/load-dataset';

/** A ReadFile for files next to a manifest on disk; a missing file is null (reported as an issue). */
export function readBeside(manifestPath: string): ReadFile {
  const folder = dirname(resolve(manifestPath));
  return async (relativePath) => {
    try {
      return new Uint8Array(await readFile(resolve(folder, relativePath)));
    } catch {
      return null;
    }
  };
}
