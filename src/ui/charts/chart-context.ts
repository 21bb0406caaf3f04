/**
 * What every chart wrapper needs from the store about the shown indicator: labels, unit, decimals,
 * source and year, in the chosen language. The chart components themselves take plain props.
 */
import { labelInSentence } from '../../i18n/label-in-sentence';
import { localize, type Locale } from '../../i18n/locale';
import type { IndicatorSpec } from '../../manifest/schema';
import type { LoadedDataset } from '../../io/load-dataset';
import { chartMessage } from './chart-messages';

export interface IndicatorFormat {
  readonly label: string;
  /** The label inside a sentence ("… areas by unemployment rate 2024"; German unchanged); else `label`. */
  readonly labelInSentence?: string;
  readonly unit: string;
  readonly decimals: number;
}

export function indicatorFormat(spec: IndicatorSpec, locale: Locale): IndicatorFormat {
  return {
    label: localize(spec.label, locale),
    labelInSentence: labelInSentence(spec.label, locale),
    unit: localize(spec.unit, locale),
    decimals: spec.decimals,
  };
}

/** "Quelle: …" from the indicator's own source, else the dataset's; empty when neither names one. */
export function sourceLine(dataset: LoadedDataset, specs: readonly IndicatorSpec[], locale: Locale): string {
  const sources = [...new Set(specs.map((spec) => localize(spec.source, locale)).filter(Boolean))];
  const text = sources.length > 0 ? sources.join('; ') : localize(dataset.data.manifest.source, locale);
  return text ? `${chartMessage(locale, 'source')}: ${text}` : '';
}
