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

/** Units that name a standard score: its value reads "z = 0,53", not "0,53 z-Wert". */
const Z_SCORE_UNITS = new Set(['z', 'z-wert', 'z-werte', 'z-score', 'z-scores', 'z score']);

/**
 * A formatted number with its unit: "12,3 %", "1.234 Personen", "z = 0,53" for a z-score unit;
 * the bare number when there is no unit. Non-breaking spaces, so a line never ends inside it.
 */
export function withUnit(number: string, unit: string): string {
  if (!unit) return number;
  if (Z_SCORE_UNITS.has(unit.trim().toLowerCase())) return `z\u00a0=\u00a0${number}`;
  return `${number}\u00a0${unit}`;
}

/** "12,3 %", "1.234 Personen", "z = 0,53"; the bare number when there is no unit. */
export function formatValueWithUnit(value: number, decimals: number, unit: string, locale: Locale): string {
  return withUnit(formatNumber(value, decimals, locale), unit);
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
  return withUnit(formatSigned(value, format.decimals, locale), format.unit);
}
