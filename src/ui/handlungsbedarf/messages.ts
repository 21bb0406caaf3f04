import type { Locale } from '../../i18n/locale';

/** The fixed texts of the Handlungsbedarf feature (legend entry, editor, detail panel, table), German first. */
const messages = {
  de: {
    title: 'Handlungsbedarf',
    show: 'Auf der Karte zeigen',
    summary: '{n} von {total} Gebieten mit Handlungsbedarf',
    summaryPopulation: '{people} {population} leben dort',
    undecided: '{n} offen (Werte fehlen)',
    legendSwatch: 'Schraffur mit doppeltem Rand: Handlungsbedarf',
    editorOpen: 'Regeln bearbeiten',
    ruleOn: 'Regel anwenden',
    atLeast: 'mindestens',
    ofMembers: 'von {n} Schwellen',
    memberOn: 'Schwelle anwenden: {label}',
    reset: 'Zurücksetzen',
    invalidNumber: '„{value}“ ist keine Zahl.',
    invalidRatio: 'Ein Faktor muss größer als 0 sein.',
    invalidK: 'Die Zahl muss zwischen 1 und {n} liegen.',
    // The rule needs more thresholds than are switched on; by number, for the grammar.
    impossibleNone:
      'Keine Schwelle ist eingeschaltet, die Regel verlangt mindestens {k}: so kann sie keine Gebiete markieren. Schalten Sie Schwellen ein oder verringern Sie „mindestens“.',
    impossibleOne:
      'Nur 1 Schwelle ist eingeschaltet, die Regel verlangt mindestens {k}: so kann sie keine Gebiete markieren. Schalten Sie Schwellen ein oder verringern Sie „mindestens“.',
    impossibleMany:
      'Nur {n} Schwellen sind eingeschaltet, die Regel verlangt mindestens {k}: so kann sie keine Gebiete markieren. Schalten Sie Schwellen ein oder verringern Sie „mindestens“.',
    invalidKept: 'Die Karte zeigt weiter den letzten gültigen Wert.',
    unreached:
      '{label}: Diese Schwelle erreicht kein Gebiet dieser Ebene, in keinem Jahr ({years}). Stimmt der Wert?',
    flagYes: 'ja',
    flagNo: 'nein',
    flagUndecided: 'offen',
    verdict: '{flag}: {met} von {active} Schwellen erreicht, mindestens {k} nötig',
    verdictUnjudged: '{n} nicht prüfbar',
    ruleOff: 'Regel ausgeschaltet',
    memberOff: '{label}: ausgeschaltet',
    notJudged: '{label}: nicht prüfbar – {reason}',
    noReference: 'kein Vergleichswert für {reference}',
    city: 'Stadt',
    parent: 'übergeordnetes Gebiet',
    ratioDetail: 'Schwelle {factor} × {reference} ({referenceValue}); hier {actual} × {reference}',
    ratioDetailBelow: 'Schwelle {reference} ({referenceValue}) ÷ {factor}; hier {reference} ÷ {actual}',
    differenceDetail: 'Schwelle {reference} ({referenceValue}) {sign} {amount}; hier {difference}',
    zDetail: 'Wert {value}; z-Wert über die Gebiete der Ebene',
    kindAbsolute: 'Wert',
    kindZ: 'z-Wert',
    kindRatio: '× {reference}',
    kindDifference: '{reference} {sign}',
    tooltipYes: 'Handlungsbedarf: {met} von {active} Schwellen erreicht',
    tooltipOpen: 'Handlungsbedarf offen: {met} von {active} Schwellen erreicht, {n} nicht prüfbar',
    tooltipNo: 'Kein Handlungsbedarf: {met} von {active} Schwellen erreicht, mindestens {k} nötig',
    tooltipAny: 'Handlungsbedarf: {flag}',
    tableColumn: 'Handlungsbedarf',
    tableColumnTitle: 'Handlungsbedarf nach den Regeln des Datensatzes (mit Ihren Änderungen)',
  },
  en: {
    title: 'Need for action',
    show: 'Show on the map',
    summary: '{n} of {total} areas need action',
    summaryPopulation: '{people} {population} live there',
    undecided: '{n} open (values missing)',
    legendSwatch: 'Hatching with a double outline: need for action',
    editorOpen: 'Edit rules',
    ruleOn: 'Apply rule',
    atLeast: 'at least',
    ofMembers: 'of {n} thresholds',
    memberOn: 'Apply threshold: {label}',
    reset: 'Reset',
    invalidNumber: '“{value}” is not a number.',
    invalidRatio: 'A factor must be greater than 0.',
    invalidK: 'The number must lie between 1 and {n}.',
    impossibleNone:
      'No threshold is switched on, but the rule needs at least {k}: it cannot flag any area. Switch thresholds on or lower “at least”.',
    impossibleOne:
      'Only 1 threshold is switched on, but the rule needs at least {k}: it cannot flag any area. Switch thresholds on or lower “at least”.',
    impossibleMany:
      'Only {n} thresholds are switched on, but the rule needs at least {k}: it cannot flag any area. Switch thresholds on or lower “at least”.',
    invalidKept: 'The map keeps showing the last valid value.',
    unreached:
      '{label}: no area of this level reaches this threshold in any year ({years}). Is the value right?',
    flagYes: 'yes',
    flagNo: 'no',
    flagUndecided: 'open',
    verdict: '{flag}: {met} of {active} thresholds met, at least {k} needed',
    verdictUnjudged: '{n} cannot be judged',
    ruleOff: 'Rule switched off',
    memberOff: '{label}: switched off',
    notJudged: '{label}: cannot be judged – {reason}',
    noReference: 'no reference value for {reference}',
    city: 'city',
    parent: 'parent area',
    ratioDetail: 'threshold {factor} × {reference} ({referenceValue}); here {actual} × {reference}',
    ratioDetailBelow: 'threshold {reference} ({referenceValue}) ÷ {factor}; here {reference} ÷ {actual}',
    differenceDetail: 'threshold {reference} ({referenceValue}) {sign} {amount}; here {difference}',
    zDetail: 'value {value}; z-score over the areas of the level',
    kindAbsolute: 'value',
    kindZ: 'z-score',
    kindRatio: '× {reference}',
    kindDifference: '{reference} {sign}',
    tooltipYes: 'Need for action: {met} of {active} thresholds met',
    tooltipOpen: 'Need for action open: {met} of {active} thresholds met, {n} cannot be judged',
    tooltipNo: 'No need for action: {met} of {active} thresholds met, at least {k} needed',
    tooltipAny: 'Need for action: {flag}',
    tableColumn: 'Need for action',
    tableColumnTitle: "Need for action by the dataset's rules (with your changes)",
  },
} as const;

export type FlagMessageKey = keyof (typeof messages)['de'];

/** A Handlungsbedarf text in a language. */
export function flagMessage(locale: Locale, key: FlagMessageKey): string {
  return messages[locale][key];
}
