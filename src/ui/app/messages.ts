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
    mapLabel:
      'Karte. Pfeiltasten verschieben, Plus und Minus zoomen, Eingabe wählt das Gebiet in der Kartenmitte, Umschalt+Eingabe fügt es zum Vergleich hinzu, Escape hebt die Auswahl auf.',
    mapClass: 'Klasse',
    mapRangeFrom: 'von {lower} bis {upper}',
    mapRangeOver: 'über {lower} bis {upper}',
    mapLabelsToggle: 'Beschriftung',
    mapFit: 'Alle Gebiete zeigen',
    mapUnavailable: 'Die Karte kann in diesem Browser nicht angezeigt werden (WebGL 2 fehlt). Die Tabellenansicht funktioniert.',
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
    mapLabel:
      'Map. Arrow keys pan, plus and minus zoom, Enter selects the area at the map centre, Shift+Enter adds it to the comparison, Escape clears the selection.',
    mapClass: 'Class',
    mapRangeFrom: 'from {lower} to {upper}',
    mapRangeOver: 'over {lower} to {upper}',
    mapLabelsToggle: 'Labels',
    mapFit: 'Show all areas',
    mapUnavailable: 'The map cannot be shown in this browser (WebGL 2 is missing). The table view works.',
  },
} as const;

export type MessageKey = keyof (typeof messages)['de'];

/** The app text for a key in a language. */
export function message(locale: Locale, key: MessageKey): string {
  return messages[locale][key];
}
