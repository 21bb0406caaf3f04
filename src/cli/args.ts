/**
 * Command-line arguments of `quartiersmonitor`. Bad usage is reported as a message and exit code 2,
 * separate from input problems (exit 1).
 */
import { parseArgs } from 'node:util';
import type { ClassificationMethod } from '../manifest/schema';

export const USAGE = `Aufruf / usage:
  quartiersmonitor validate <manifest.json> [--locale de|en]
      Prüft den Datensatz und listet alle Befunde; Exit 1 bei Fehlern, sonst 0.
      Checks the dataset and lists every issue; exit 1 on errors, 0 otherwise.
  quartiersmonitor table <manifest.json> [--level L] [--year Y|all] [--indicators a,b]
      [--classify method:k] [--locale de|en] [--format csv|json] [--out file]
      Eine Zeile je Gebiet und Jahr mit Werten, Fehlgründen, Klassen und Vergleichswerten;
      hat der Datensatz Handlungsbedarf-Regeln, je Regel das Flag und die erreichten Schwellen.
      One row per area and year with values, missing reasons, classes and reference values;
      with Handlungsbedarf rules in the dataset, per rule the flag and the thresholds met.
      method: quantile | equal-interval | natural-breaks | std-dev ; k: 2..9
      --locale de (Standard): UTF-8 mit BOM, ";" und Dezimalkomma (Excel); en: "," und Dezimalpunkt.`;

export type Command =
  | { kind: 'help' }
  | { kind: 'validate'; manifest: string; locale: 'de' | 'en' }
  | {
      kind: 'table';
      manifest: string;
      locale: 'de' | 'en';
      level?: string;
      year: number | 'all' | undefined;
      indicators?: string[];
      classify?: { method: ClassificationMethod; classes: number };
      format: 'csv' | 'json';
      out?: string;
    };

export class UsageError extends Error {}

const methods: readonly ClassificationMethod[] = ['quantile', 'equal-interval', 'natural-breaks', 'std-dev'];

/** Parses argv (without node and script); throws UsageError with a bilingual message. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        level: { type: 'string' },
        year: { type: 'string' },
        indicators: { type: 'string' },
        classify: { type: 'string' },
        locale: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { kind: 'help' };
  const [command, manifest, ...rest] = positionals;
  if (command !== 'validate' && command !== 'table')
    throw new UsageError(`unbekannter Befehl / unknown command: ${command}`);
  if (!manifest) throw new UsageError('Manifest-Datei fehlt / manifest file missing');
  if (rest.length > 0) throw new UsageError(`zu viele Argumente / too many arguments: ${rest.join(' ')}`);
  const locale = values.locale ?? 'de';
  if (locale !== 'de' && locale !== 'en')
    throw new UsageError(`--locale: de oder/or en, nicht/not ${locale}`);
  if (command === 'validate') {
    for (const option of ['level', 'year', 'indicators', 'classify', 'format', 'out'] as const)
      if (values[option] !== undefined)
        throw new UsageError(`--${option} gilt nur für/only applies to "table"`);
    return { kind: 'validate', manifest, locale };
  }
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'json')
    throw new UsageError(`--format: csv oder/or json, nicht/not ${format}`);
  let year: number | 'all' | undefined;
  if (values.year !== undefined) {
    if (values.year === 'all') year = 'all';
    else if (/^\d{4}$/.test(values.year)) year = Number(values.year);
    else throw new UsageError(`--year: Jahr (z. B. 2024) oder/or all, nicht/not ${values.year}`);
  }
  let classify: { method: ClassificationMethod; classes: number } | undefined;
  if (values.classify !== undefined) {
    const match = /^([a-z-]+):(\d)$/.exec(values.classify);
    const method = match?.[1] as ClassificationMethod | undefined;
    const classes = Number(match?.[2]);
    if (!match || !method || !methods.includes(method) || classes < 2 || classes > 9)
      throw new UsageError(
        `--classify: method:k, z. B./e.g. quantile:5 (${methods.join(', ')}; k 2..9), nicht/not ${values.classify}`,
      );
    classify = { method, classes };
  }
  const indicators = values.indicators
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (indicators && indicators.length === 0) throw new UsageError('--indicators: leere Liste / empty list');
  return {
    kind: 'table',
    manifest,
    locale,
    level: values.level,
    year,
    indicators,
    classify,
    format,
    out: values.out,
  };
}
