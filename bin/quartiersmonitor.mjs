#!/usr/bin/env node
// Entry point of `npx quartiersmonitor`: runs the CLI bundle that `npm install` (prepare) builds.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/quartiersmonitor.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  console.error(
    'quartiersmonitor: CLI ist nicht gebaut; bitte `npm run build:cli` ausführen (CLI not built; run `npm run build:cli`).',
  );
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
