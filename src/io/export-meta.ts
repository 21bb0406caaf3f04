/**
 * What every export carries (title, source, date) and how its file is named. Pure: the date is
 * passed in, so golden files stay stable.
 */
import type { DerivedDataset } from '../engine/types';
import { localize, type Locale } from '../i18n/locale';

/** Title, source and date written into an export. */
export interface ExportMeta {
  /** E.g. "Neustadt an der Aue: Indikatoren je Gebiet, Sozialraum, 2024". */
  readonly title: string;
  /** The dataset's source note (from the manifest), empty when it has none. */
  readonly source: string;
  /** The day of the export, ISO `YYYY-MM-DD`. */
  readonly date: string;
  readonly locale: Locale;
}

const words = {
  de: { title: 'Titel', source: 'Quelle', date: 'Exportiert am', tool: 'Erstellt mit Quartiersmonitor' },
  en: { title: 'Title', source: 'Source', date: 'Exported on', tool: 'Made with Quartiersmonitor' },
} as const;

/** Row labels of the metadata block in CSV and XLSX. */
export function metaLabels(locale: Locale): (typeof words)[Locale] {
  return words[locale];
}

/** The ISO day of a moment in the reader's time zone (the app passes `new Date()`). */
export function isoDay(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** An ISO day as the locale writes it: 25.11.2026 / 2026-11-25. */
export function formatDay(isoDate: string, locale: Locale): string {
  if (locale === 'en') return isoDate;
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** The dataset's title without a subtitle after a colon: "Neustadt an der Aue (fiktiv)". */
export function shortTitle(derived: DerivedDataset, locale: Locale): string {
  const title = localize(derived.data.manifest.title, locale);
  return title.split(':')[0]!.trim() || derived.data.manifest.id;
}

/** Metadata for an export of one level and year, with a subject ("Indikatoren je Gebiet" or an indicator's label). */
export function exportMeta(
  derived: DerivedDataset,
  options: { levelId: string; year: number; subject: string; date: string; locale: Locale },
): ExportMeta {
  const { locale } = options;
  const level = derived.data.levels.find((candidate) => candidate.id === options.levelId);
  const levelLabel = level ? localize(level.label, locale) : options.levelId;
  return {
    title: `${shortTitle(derived, locale)}: ${options.subject}, ${levelLabel}, ${options.year}`,
    source: localize(derived.data.manifest.source, locale),
    date: options.date,
    locale,
  };
}

/**
 * A file-name part of lower-case ASCII letters, digits and hyphens: umlauts spelled out, anything
 * in brackets dropped.
 *
 * @example
 * fileSlug('Neustadt an der Aue (fiktiv)'); // 'neustadt-an-der-aue'
 */
export function fileSlug(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file name that says what is inside: `<dataset>_<level>_<year>_<subject>.<extension>`, e.g.
 * `neustadt-an-der-aue_sozialraum_2024_sgb2_quote.png`. Indicator and level ids keep their
 * underscores, so they read as in the manifest.
 */
export function exportFileName(
  derived: DerivedDataset,
  parts: { levelId: string; year: number | string; subject: string; extension: string },
): string {
  const dataset = fileSlug(shortTitle(derived, 'de')) || fileSlug(derived.data.manifest.id) || 'daten';
  const safe = (part: string) => fileSlug(part) || 'export';
  return `${dataset}_${safe(parts.levelId)}_${safe(String(parts.year))}_${safe(parts.subject)}.${parts.extension}`;
}

/** The subject part of a file name for a table of every indicator. */
export function allIndicatorsSubject(locale: Locale): string {
  return locale === 'de' ? 'alle-indikatoren' : 'all-indicators';
}
