import type { Locale } from '../../i18n/locale';

/** Fixed texts of the map PNG that the app's own legend does not need, German first. */
const messages = {
  de: {
    /** Legend subtitle for classes the manifest fixes (labelled index classes, matrix cells). */
    fixedClasses: 'Klassen laut Datensatz',
    /** Under the matrix grid: what the numbers in its cells are. */
    matrixCounts: 'Zahl im Feld: Anzahl der Gebiete',
  },
  en: {
    fixedClasses: 'classes as defined by the dataset',
    matrixCounts: 'Number in a cell: areas in that class',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type ExportMessageKey = keyof (typeof messages)['de'];

export function exportMessage(locale: Locale, key: ExportMessageKey): string {
  return messages[locale][key];
}
