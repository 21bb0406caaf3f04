import type { ExclusionCause } from '../engine/exclusion-cause';
import type { CellStatus } from '../engine/types';
import { formatNumber } from './format-number';
import { localize, type Locale } from './locale';

/**
 * What a planner reads for a cell state. The symbol is the one German official statistics print
 * (Zeichenerklärung of the statistical offices); engine states without a symbol get a short word.
 */
const labels: Record<
  CellStatus,
  { symbol: string; de: string; en: string; shortDe?: string; shortEn?: string }
> = {
  ok: { symbol: '', de: '', en: '' },
  partial: {
    symbol: '',
    de: 'unvollständig: nicht für alle Teilgebiete liegen Werte vor',
    en: 'partial: not all sub-areas have values',
  },
  unknown: { symbol: '.', de: 'unbekannt oder geheim', en: 'unknown or confidential' },
  anonymised: {
    symbol: '*',
    de: 'anonymisiert (kleine Fallzahl in der Quelle)',
    en: 'anonymised (small count in the source)',
  },
  none: { symbol: '–', de: 'nichts vorhanden', en: 'nil' },
  'not-meaningful': { symbol: 'x', de: 'Aussage nicht sinnvoll', en: 'not meaningful' },
  unreliable: { symbol: '/', de: 'nicht sicher genug', en: 'not reliable enough' },
  later: { symbol: '...', de: 'Angabe fällt später an', en: 'available later' },
  'not-available': { symbol: 'k.A.', de: 'keine Angabe', en: 'not available' },
  empty: { symbol: '', de: 'leere Zelle', en: 'empty cell', shortDe: 'leer', shortEn: 'empty' },
  'no-row': {
    symbol: '',
    de: 'keine Daten für dieses Jahr',
    en: 'no data for this year',
    shortDe: 'k. D.',
    shortEn: 'n/d',
  },
  suppressed: {
    symbol: '',
    de: 'geheim (Fallzahl zu klein)',
    en: 'suppressed (count too small)',
    shortDe: 'geheim',
    shortEn: 'suppr.',
  },
  excluded: {
    symbol: '',
    de: 'ausgeschlossen (zu wenige Einwohner oder ungültig)',
    en: 'excluded (too few inhabitants or invalid)',
    shortDe: 'ausgeschl.',
    shortEn: 'excl.',
  },
  'zero-denominator': {
    symbol: '',
    de: 'Bezugsgröße ist null',
    en: 'denominator is zero',
    shortDe: 'Bezug 0',
    shortEn: 'base 0',
  },
  'no-base': {
    symbol: '',
    de: 'kein Vergleichsjahr',
    en: 'no base year',
    shortDe: 'k. Vgl.',
    shortEn: 'no base',
  },
  'not-aggregable': {
    symbol: '',
    de: 'nicht aufsummierbar',
    en: 'cannot be aggregated',
    shortDe: 'n. summ.',
    shortEn: 'n/a',
  },
  'invalid-number': {
    symbol: '',
    de: 'ungültiger Wert',
    en: 'invalid value',
    shortDe: 'ungültig',
    shortEn: 'invalid',
  },
};

/** The sentence for a missing value's reason ('' for a value that is there). */
export function describeStatus(status: CellStatus, locale: Locale): string {
  return labels[status][locale];
}

/** The official symbol for a missing value, where there is one. */
export function statusSymbol(status: CellStatus): string {
  return labels[status].symbol;
}

/** What a table cell shows for a missing value: the official symbol, else a short word. */
export function statusMark(status: CellStatus, locale: Locale): string {
  const label = labels[status];
  return label.symbol || (locale === 'de' ? label.shortDe : label.shortEn) || '';
}

/**
 * An area the data marks as excluded, with the publisher's reason (manifest `exclusion`):
 * "ausgeschlossen: Ausreißer" / "excluded: outlier".
 */
export function describeExclusion(reason: string, locale: Locale): string {
  return `${locale === 'de' ? 'ausgeschlossen' : 'excluded'}: ${reason}`;
}

/** The reason for an area below the dataset's minimum population: "weniger als 300 Einwohner:innen". */
export function belowMinimumPopulation(minimum: number, locale: Locale): string {
  const count = formatNumber(minimum, 0, locale);
  return locale === 'de' ? `weniger als ${count} Einwohner:innen` : `fewer than ${count} inhabitants`;
}

/** An exclusion's cause as a reason: the data's own ("Ausreißer"), or "weniger als 300 Einwohner:innen". */
export function exclusionReasonText(cause: ExclusionCause, locale: Locale): string {
  return cause.kind === 'marked'
    ? localize(cause.reason, locale)
    : belowMinimumPopulation(cause.minimum, locale);
}
