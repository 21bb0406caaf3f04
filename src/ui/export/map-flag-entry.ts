/**
 * The Handlungsbedarf entry of the print image's legend, worded as the on-screen legend words it
 * (FlagLegend): the label, the number of flagged areas, and under it how many people live in them
 * and how many areas are open. Pure, so the texts are unit-tested without a canvas.
 */
import type { FlagSummary } from '../../engine/handlungsbedarf';
import { formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import type { LocalizedText } from '../../manifest/schema';
import { flagPopulationText } from '../handlungsbedarf/flag-text';
import { flagMessage } from '../handlungsbedarf/messages';
import { fillTemplate } from '../panels/panel-text-model';

export interface MapFlagEntry {
  /** "Handlungsbedarf" */
  readonly label: string;
  /** Flagged areas (hatched on the map). */
  readonly count: number;
  /** "50.963 Einwohner:innen leben dort · 2 offen (Werte fehlen)"; null when there is nothing to add. */
  readonly note: string | null;
}

/**
 * The entry for the flagged areas of the shown year, or null when none is flagged (the map then
 * shows no hatch). `populationLabel` is the population variable's label, null without one.
 *
 * @example
 * mapFlagEntry({ flagged: 15, undecided: 0, areas: 99, population: 50963 }, { de: 'Einwohner:innen' }, 'de');
 * // { label: 'Handlungsbedarf', count: 15, note: '50.963 Einwohner:innen leben dort' }
 */
export function mapFlagEntry(
  summary: FlagSummary,
  populationLabel: LocalizedText | null,
  locale: Locale,
): MapFlagEntry | null {
  if (summary.flagged === 0) return null;
  const parts: string[] = [];
  if (summary.population !== null && populationLabel !== null)
    parts.push(flagPopulationText(summary.population, populationLabel, locale));
  if (summary.undecided > 0)
    parts.push(
      fillTemplate(flagMessage(locale, 'undecided'), { n: formatNumber(summary.undecided, 0, locale) }),
    );
  return {
    label: flagMessage(locale, 'title'),
    count: summary.flagged,
    note: parts.length > 0 ? parts.join(' · ') : null,
  };
}
