/**
 * What the map tooltip says about an area: name, value with unit in the locale's number format,
 * class range, missing reason. Plain strings; the component renders them as text.
 */
import { statusOf, hasValue } from '../../engine/types';
import { formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import { describeExclusion, describeStatus } from '../../i18n/status';
import { message } from '../app/messages';
import type { FixedClasses } from '../../engine/fixed-classes';
import { fixedClassLabel, formatClassRange } from '../legend/legend-model';
import { formatSigned, withUnit } from '../panels/panel-text-model';

export interface TooltipInput {
  readonly name: string;
  readonly areaId: string;
  readonly value: number;
  readonly statusCode: number;
  /** Class index, −1 for none. */
  readonly classIndex: number;
  /** Class upper bounds, ascending. */
  readonly breaks: readonly number[];
  /** Lower end of the first class (the minimum). */
  readonly lowerBound: number;
  /** The centre of classes mirrored about it (MapClasses.diverging.mirrored), else undefined. */
  readonly mirroredAbout?: number;
  readonly decimals: number;
  readonly unit: string;
  /** Written after the value and unit: the years of a change shown on the map ("2015–2024"). */
  readonly period?: string;
  readonly locale: Locale;
  /** A change or trend: the value with its sign ("+0,8", "−1,2", "±0,0"), as the detail panel prints it. */
  readonly signed?: boolean;
  /** Fixed classes of the indicator (labelled index classes, matrix cells): named by label. */
  readonly fixed?: FixedClasses | null;
  /** The data's reason for excluding the area (manifest `exclusion`), already in the locale. */
  readonly exclusionReason?: string | null;
}

export interface TooltipContent {
  readonly title: string;
  readonly areaId: string;
  /** "12,3 %"; null when the value is missing. */
  readonly value: string | null;
  /** "Klasse 3: über 10,0 bis 12,5"; null without a class. */
  readonly classText: string | null;
  /** Why the value is missing, or a note such as "partial"; null when there is nothing to say. */
  readonly reason: string | null;
}

/**
 * "Klasse 3: über 10,0 bis 12,5": the class range in the legend's words (formatClassRange), so
 * also "bis unter" below the centre of mirrored classes (`mirroredAbout`).
 */
export function classRangeText(
  classIndex: number,
  breaks: readonly number[],
  lowerBound: number,
  decimals: number,
  locale: Locale,
  mirroredAbout?: number,
): string | null {
  const upper = breaks[classIndex];
  if (classIndex < 0 || upper === undefined) return null;
  const lower = classIndex === 0 ? lowerBound : breaks[classIndex - 1]!;
  const range = formatClassRange(lower, upper, classIndex === 0, decimals, locale, mirroredAbout);
  return `${message(locale, 'mapClass')} ${classIndex + 1}: ${range}`;
}

/** The tooltip's lines for one area. */
export function tooltipContent(input: TooltipInput): TooltipContent {
  const status = statusOf(input.statusCode);
  const withValue = hasValue(input.statusCode) && !Number.isNaN(input.value);
  const number = input.signed
    ? formatSigned(input.value, input.decimals, input.locale)
    : formatNumber(input.value, input.decimals, input.locale);
  const value = withValue
    ? `${withUnit(number, input.unit)}${input.period ? `, ${input.period}` : ''}`
    : null;
  let reason = status === 'ok' ? null : describeStatus(status, input.locale) || null;
  if (status === 'excluded' && input.exclusionReason)
    reason = describeExclusion(input.exclusionReason, input.locale);
  const fixed = input.fixed ?? null;
  if (fixed) {
    const label = input.classIndex >= 0 ? fixedClassLabel(fixed, input.classIndex, input.locale) : null;
    return {
      title: input.name,
      areaId: input.areaId,
      // a matrix value is a cell number: its label says what it means
      value: fixed.kind === 'matrix' ? label : value,
      classText: fixed.kind === 'matrix' ? null : label,
      reason,
    };
  }
  return {
    title: input.name,
    areaId: input.areaId,
    value,
    classText: classRangeText(
      input.classIndex,
      input.breaks,
      input.lowerBound,
      input.decimals,
      input.locale,
      input.mirroredAbout,
    ),
    reason,
  };
}
