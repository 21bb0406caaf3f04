/** The 1-based line and column of a character offset, for locating JSON syntax errors. */
export function lineAndColumn(text: string, offset: number): { line: number; column: string } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: String(offset - lineStart + 1) };
}
