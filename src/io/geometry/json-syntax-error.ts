/**
 * Where a JSON text breaks, found by a small scanner of the JSON grammar (RFC 8259). JSON.parse says
 * where only in some engines and some messages, so the position is found again after it fails.
 */

/** The first syntax error: its offset, and the unexpected character ('' at the end of the text). */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly character: string;
}

/** The first syntax error of a text, or null when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let offset = 0;
  const fail = (): JsonSyntaxError => ({ offset, character: text.charAt(offset) });
  const skipWhitespace = () => {
    while (offset < text.length && ' \t\n\r'.includes(text.charAt(offset))) offset++;
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  // Returns true when a value was read; leaves `offset` at the error otherwise.
  const readValue = (): boolean => {
    skipWhitespace();
    const character = text.charAt(offset);
    if (character === '{') return readContainer('}', true);
    if (character === '[') return readContainer(']', false);
    if (character === '"') return readString();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, offset)) {
        offset += literal.length;
        return true;
      }
    }
    number.lastIndex = offset;
    if (number.exec(text)) {
      offset = number.lastIndex;
      return true;
    }
    return false;
  };

  const readString = (): boolean => {
    offset++;
    while (offset < text.length) {
      const code = text.charCodeAt(offset);
      if (code === 0x22) {
        offset++;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c) {
        const escape = text.charAt(offset + 1);
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(offset + 2, offset + 6))) return false;
          offset += 6;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== '') offset += 2;
        else return false;
      } else offset++;
    }
    return false;
  };

  const readContainer = (close: string, isObject: boolean): boolean => {
    offset++;
    skipWhitespace();
    if (text.charAt(offset) === close) {
      offset++;
      return true;
    }
    for (;;) {
      if (isObject) {
        skipWhitespace();
        if (text.charAt(offset) !== '"' || !readString()) return false;
        skipWhitespace();
        if (text.charAt(offset) !== ':') return false;
        offset++;
      }
      if (!readValue()) return false;
      skipWhitespace();
      const next = text.charAt(offset);
      if (next === close) {
        offset++;
        return true;
      }
      if (next !== ',') return false;
      offset++;
    }
  };

  if (!readValue()) return fail();
  skipWhitespace();
  return offset < text.length ? fail() : null;
}

/** The 1-based line and column (in characters) of an offset. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
