/**
 * Small text helpers shared by the panels: placeholders in message templates, values with their unit
 * and signed differences, all in the chosen language's number format. Pure.
 */
import { formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';

/** Replaces every `{name}` in a template by its parameter; unknown placeholders stay visible. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** "12,3 %", "1.234 Personen", "0,53 z-Wert"; the bare number when there is no unit. */
export function formatValueWithUnit(value: number, decimals: number, unit: string, locale: Locale): string {
  const number = formatNumber(value, decimals, locale);
  return unit ? `${number}\u00a0${unit}` : number;
}

/**
 * A difference with its sign always shown: "+1,2", "−0,8", "±0,0" (zero after rounding). The minus
 * is the typographic one (U+2212), as in printed statistics.
 */
export function formatSigned(value: number, decimals: number, locale: Locale): string {
  const magnitude = formatNumber(Math.abs(value), decimals, locale);
  if (/^0([.,]0+)?$/.test(magnitude)) return `±${magnitude}`;
  return `${value > 0 ? '+' : '\u2212'}${magnitude}`;
}

/** How the values of an indicator are written: decimals, unit, and a sign for changes. */
export interface ValueFormat {
  readonly decimals: number;
  readonly unit: string;
  readonly signed: boolean;
}

/** A value as the panels print it: "12,3 %", or "+1,2 Prozentpunkte" for a change. */
export function formatValue(value: number, format: ValueFormat, locale: Locale): string {
  if (!format.signed) return formatValueWithUnit(value, format.decimals, format.unit, locale);
  const number = formatSigned(value, format.decimals, locale);
  return format.unit ? `${number}\u00a0${format.unit}` : number;
}
