import type { Locale } from '../../i18n/locale';

/** Every fixed text of the app's chrome, German first. Texts from data files come from the manifest. */
const messages = {
  de: {
    loading: 'Datensatz wird geladen …',
    catalogue: 'Indikatoren',
    detail: 'Gebietsdetails',
    viewMap: 'Karte',
    viewTable: 'Tabelle',
    view: 'Ansicht',
    loadFailed: 'Der Datensatz konnte nicht geladen werden.',
    fictional: 'Fiktive Beispieldaten',
    level: 'Raumebene',
    year: 'Jahr',
    language: 'Sprache',
    source: 'Quelle',
    areas: 'Gebiete',
    area: 'Gebiet',
    parent: 'Übergeordnet',
    city: 'Stadt gesamt',
    issues: 'Hinweise zu den Daten',
    tableCaption: 'Indikatoren je Gebiet',
    sortAscending: 'aufsteigend sortiert',
    sortDescending: 'absteigend sortiert',
    missingLegend: 'Fehlende Werte',
    excludedNote: 'Gebiete mit weniger als {n} Einwohnern werden nicht ausgewiesen (ausgeschl.).',
    suppressedNote: 'Fallzahlen unter {n} werden geheim gehalten (geheim).',
  },
  en: {
    loading: 'Loading dataset …',
    catalogue: 'Indicators',
    detail: 'Area details',
    viewMap: 'Map',
    viewTable: 'Table',
    view: 'View',
    loadFailed: 'The dataset could not be loaded.',
    fictional: 'Fictional sample data',
    level: 'Level',
    year: 'Year',
    language: 'Language',
    source: 'Source',
    areas: 'areas',
    area: 'Area',
    parent: 'Parent',
    city: 'City total',
    issues: 'Notes on the data',
    tableCaption: 'Indicators by area',
    sortAscending: 'sorted ascending',
    sortDescending: 'sorted descending',
    missingLegend: 'Missing values',
    excludedNote: 'Areas with fewer than {n} inhabitants are not shown (excl.).',
    suppressedNote: 'Counts below {n} are suppressed (suppr.).',
  },
} as const;

export type MessageKey = keyof (typeof messages)['de'];

/** The app text for a key in a language. */
export function message(locale: Locale, key: MessageKey): string {
  return messages[locale][key];
}
