/**
 * Numbers as German offices and Excel write them: `1.234,5`, `1 234`, `12,5 %`, `−3`, and English
 * `1,234.5` where the column uses a decimal point.
 *
 * One hand-written char loop per cell (no regex, no allocation on the fast path): it reads the value
 * and says what the cell tells about its column's decimal separator. A cell such as `1.234` can be
 * read either way; its column decides (see decide-decimal.ts), so it is scanned as `ambiguous` with
 * the thousands reading stored, and divided by 1000 once the column turns out to use that separator
 * as decimal.
 */

/** Not a number (a missing symbol, text, or malformed grouping). */
export const NUMBER_INVALID = 0;
/** No decimal or grouping mark other than spaces: the same value under both readings. */
export const NUMBER_PLAIN = 1;
/** Unambiguous, and it shows the column uses a decimal comma (`1,5`, `1.234,5`, `1.234.567`). */
export const NUMBER_COMMA = 2;
/** Unambiguous, and it shows the column uses a decimal point (`1.5`, `1,234.5`, `1,234,567`). */
export const NUMBER_POINT = 3;
/** `1,234`: one comma followed by exactly three digits; the stored value is the thousands reading. */
export const NUMBER_AMBIGUOUS_COMMA = 4;
/** `1.234`: one point followed by exactly three digits; the stored value is the thousands reading. */
export const NUMBER_AMBIGUOUS_POINT = 5;

/** What a scanned cell is: one of the `NUMBER_*` constants. */
export type NumberKind = 0 | 1 | 2 | 3 | 4 | 5;

const COMMA = 44;
const POINT = 46;
const SPACE = 32;
const MAX_EXACT = 9007199254740991; // 2^53 − 1
// Powers of ten that are exact doubles: m / 10^k is then correctly rounded (Clinger's fast path).
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Space, tab, no-break space, thin space and narrow no-break space (used as thousands separators). */
function isSpace(code: number): boolean {
  return code === SPACE || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/**
 * Scan one cell as a number. Writes the value to `out[index]` (NaN when invalid; for the ambiguous
 * kinds the thousands reading) and returns its kind.
 *
 * @example scanNumber('1.234,5', out, 0) // → NUMBER_COMMA, out[0] = 1234.5
 */
export function scanNumber(text: string, out: Float64Array, index: number): NumberKind {
  out[index] = NaN;
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start && text.charCodeAt(end - 1) === 37 /* % */) {
    end--;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  }
  if (start === end) return NUMBER_INVALID;
  let negative = false;
  const first = text.charCodeAt(start);
  if (first === 43 /* + */) start++;
  else if (first === 45 || first === 0x2212 || first === 0x2013) {
    // hyphen-minus, U+2212 minus sign, en dash (only directly before the number: a lone "–" is a symbol)
    negative = true;
    start++;
  }

  let mantissa = 0;
  let digits = 0;
  let groupDigits = 0; // digits since the last mark
  let leadDigits = -1; // digits before the first mark; -1 while there is none
  let leadZero = false;
  let commas = 0;
  let points = 0;
  let spaces = 0;
  let lastMark = 0;
  let lastSeparatorAt = -1; // index of the last comma or point
  let i = start;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (digits === 0) leadZero = code === 48;
      mantissa = mantissa * 10 + (code - 48);
      digits++;
      groupDigits++;
      continue;
    }
    const isSeparator = code === COMMA || code === POINT;
    if (!isSeparator && !isSpace(code)) break;
    // A mark between two marks must close a group of exactly three digits.
    if (leadDigits < 0) leadDigits = groupDigits;
    else if (groupDigits !== 3) return NUMBER_INVALID;
    if (isSeparator) {
      if (code === COMMA) commas++;
      else points++;
      lastSeparatorAt = i;
    } else {
      if (commas + points > 0) return NUMBER_INVALID; // "1,234 567": spaces after a separator
      spaces++;
    }
    lastMark = isSeparator ? code : SPACE;
    groupDigits = 0;
  }
  if (digits === 0) return NUMBER_INVALID;
  const mantissaEnd = i;

  let exponent = 0;
  let hasExponent = false;
  if (i < end) {
    const code = text.charCodeAt(i);
    if (code !== 101 && code !== 69) return NUMBER_INVALID; // e / E
    hasExponent = true;
    i++;
    let exponentNegative = false;
    const sign = text.charCodeAt(i);
    if (sign === 43 || sign === 45) {
      exponentNegative = sign === 45;
      i++;
    }
    if (i >= end) return NUMBER_INVALID;
    for (; i < end; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return NUMBER_INVALID;
      if (exponent < 10000) exponent = exponent * 10 + digit;
    }
    if (exponentNegative) exponent = -exponent;
  }

  let kind: NumberKind;
  let fractionDigits = 0;
  let thousands = spaces > 0;
  if (lastMark === 0) kind = NUMBER_PLAIN;
  else if (lastMark === SPACE) {
    if (groupDigits !== 3) return NUMBER_INVALID;
    kind = NUMBER_PLAIN;
  } else {
    const lastCount = lastMark === COMMA ? commas : points;
    const otherCount = lastMark === COMMA ? points : commas;
    if (lastCount > 1) {
      // "1.234.567": the repeated mark groups thousands, so the other one is the decimal separator
      if (otherCount > 0 || groupDigits !== 3) return NUMBER_INVALID;
      thousands = true;
      kind = lastMark === COMMA ? NUMBER_POINT : NUMBER_COMMA;
    } else {
      fractionDigits = groupDigits;
      if (otherCount > 0) thousands = true;
      const ambiguous =
        otherCount === 0 &&
        spaces === 0 &&
        !hasExponent &&
        groupDigits === 3 &&
        leadDigits >= 1 &&
        leadDigits <= 3 &&
        !leadZero;
      if (ambiguous) {
        fractionDigits = 0;
        kind = lastMark === COMMA ? NUMBER_AMBIGUOUS_COMMA : NUMBER_AMBIGUOUS_POINT;
      } else kind = lastMark === COMMA ? NUMBER_COMMA : NUMBER_POINT;
    }
  }
  // Thousands grouping starts with one to three digits ("12345.678,9" is not grouped).
  if (thousands && (leadDigits < 1 || leadDigits > 3)) return NUMBER_INVALID;

  let value: number;
  if (mantissa <= MAX_EXACT && !hasExponent && fractionDigits <= 22) {
    value = mantissa / (POW10[fractionDigits] ?? 1);
  } else {
    // Rare: long mantissas and exponents go through the engine's own correctly rounded conversion.
    let normalised = '';
    for (let j = start; j < mantissaEnd; j++) {
      const code = text.charCodeAt(j);
      if (code >= 48 && code <= 57) normalised += text[j];
      else if (j === lastSeparatorAt && fractionDigits > 0) normalised += '.';
    }
    value = Number(`${normalised}e${exponent}`);
    if (!Number.isFinite(value)) return NUMBER_INVALID;
  }
  // "-0" is 0: a negative zero would print as "-0" further on.
  out[index] = negative && value !== 0 ? -value : value;
  return kind;
}

const scratch = new Float64Array(1);

/**
 * Read one cell as a number with a known decimal separator (ambiguous cells follow `decimal`;
 * unambiguous ones are read as they are). NaN when the text is not a number.
 *
 * @example parseNumber('1.234', ',') // → 1234
 * @example parseNumber('12,5 %', ',') // → 12.5 (percent units stay)
 */
export function parseNumber(text: string, decimal: ',' | '.'): number {
  const kind = scanNumber(text, scratch, 0);
  const value = scratch[0] ?? NaN;
  if (kind === NUMBER_AMBIGUOUS_COMMA && decimal === ',') return value / 1000;
  if (kind === NUMBER_AMBIGUOUS_POINT && decimal === '.') return value / 1000;
  return value;
}
