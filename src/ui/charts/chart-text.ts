/**
 * Fitting text into a chart without measuring it: the charts render in React (and are exported as
 * they are), so widths are estimated from the character count. system-ui averages under 0.59 em
 * per character for the labels' mixed case (6.2 px at 10.5 px).
 */
const CHARACTER_EM = 0.59;

/** How many characters of text at `fontSize` px fit into `width` px (at least 1). */
export function charactersIn(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * CHARACTER_EM)));
}

/** The text, cut to `characters` with "…" when longer. */
export function ellipsize(text: string, characters: number): string {
  return text.length > characters ? `${text.slice(0, Math.max(1, characters - 1))}…` : text;
}

/** Breaks text at spaces into lines of about `characters` characters; a longer word keeps its own line. */
export function wrapByLength(text: string, characters: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > characters) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * At most `maxLines` lines of about `characters` characters; what does not fit ends the last line
 * in "…" (`cut` says so, for a tooltip with the whole text).
 */
export function wrapLines(
  text: string,
  characters: number,
  maxLines: number,
): { readonly lines: readonly string[]; readonly cut: boolean } {
  let cut = false;
  const lines = wrapByLength(text, characters).map((line) => {
    if (line.length <= characters) return line;
    cut = true;
    return ellipsize(line, characters);
  });
  if (lines.length <= maxLines) return { lines, cut };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, characters);
  return { lines: kept, cut: true };
}
