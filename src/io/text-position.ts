import { lineAndColumnAt } from './geometry/json-syntax-error';

/** The 1-based line and column of a character offset, as an issue location (column as text). */
export function lineAndColumn(text: string, offset: number): { line: number; column: string } {
  const { line, column } = lineAndColumnAt(text, offset);
  return { line, column: String(column) };
}
