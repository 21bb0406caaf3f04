/**
 * `quartiersmonitor`: the engine headless. `validate` lists a dataset's issues; `table` writes the
 * indicator table that the app shows, as CSV or JSON. Exit codes: 0 ok, 1 input errors, 2 bad usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { deriveDataset } from '../engine';
import { describeIssue } from '../i18n/issues';
import type { Locale } from '../i18n/locale';
import { tableToCsv, tableToJson, resolveTableRequest } from '../io/export-table';
import type { Issue } from '../io/issue';
import { loadDataset } from '../io/load-dataset';
import { USAGE, UsageError, parseCommand } from './args';
import { readBeside } from './read-files';

type Output = { out: (text: string) => void; err: (text: string) => void };
const stdio: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], io: Output = stdio): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`quartiersmonitor: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  let manifestText: string;
  try {
    manifestText = await readFile(command.manifest, 'utf8');
  } catch {
    io.err(
      `quartiersmonitor: ${command.locale === 'de' ? 'Manifest nicht gefunden' : 'manifest not found'}: ${command.manifest}\n`,
    );
    return 2;
  }
  const loaded = await loadDataset(manifestText, readBeside(command.manifest), basename(command.manifest));
  const hasErrors = loaded.issues.some((item) => item.severity === 'error');
  if (command.kind === 'validate') {
    printIssues(loaded.issues, command.locale, io.out);
    return loaded.ok && !hasErrors ? 0 : 1;
  }
  // A table from data with errors would look trustworthy: list them and write nothing.
  if (!loaded.ok || hasErrors) {
    printIssues(loaded.issues, command.locale, io.err);
    return 1;
  }
  if (loaded.issues.length > 0) printIssues(loaded.issues, command.locale, io.err);
  const derived = deriveDataset(loaded.value.data);
  const request = resolveTableRequest(derived, command);
  if (!request.ok) {
    io.err(`quartiersmonitor: ${request.message}\n`);
    return 2;
  }
  const text =
    command.format === 'json'
      ? tableToJson(request.table, command.locale)
      : tableToCsv(request.table, command.locale);
  if (command.out) await writeFile(command.out, text);
  else io.out(text);
  return 0;
}

function printIssues(issues: readonly Issue[], locale: Locale, write: (text: string) => void): void {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const item of issues) {
    counts[item.severity]++;
    const tag = {
      error: locale === 'de' ? 'Fehler' : 'error',
      warning: locale === 'de' ? 'Warnung' : 'warning',
      info: 'Info',
    }[item.severity];
    write(`${tag}: ${describeIssue(item, locale)}\n`);
  }
  const summary =
    locale === 'de'
      ? `${counts.error} Fehler, ${counts.warning} Warnungen, ${counts.info} Hinweise`
      : `${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`;
  write(`${summary}\n`);
}
