/**
 * Fitting text into a chart without measuring it: the charts render in React (and are exported as
 * they are), so widths are estimated from the character count. Mixed-case labels average 0.52 em
 * per character in DejaVu Sans, the widest of the usual system-ui fonts ("Stadtbezirk Hochfeld":
 * 110 px at 10.5 px); 0.56 em leaves room for wide letters.
 */
export const CHARACTER_EM = 0.56;

/** The estimated width in px of `characters` characters of text at `fontSize` px. */
export function textWidth(characters: number, fontSize: number): number {
  return characters * fontSize * CHARACTER_EM;
}

/** How many characters of text at `fontSize` px fit into `width` px (at least 1). */
export function charactersIn(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * CHARACTER_EM)));
}

/** The text, cut to `characters` (counting the "…") when longer. */
export function ellipsize(text: string, characters: number): string {
  if (text.length <= characters) return text;
  return characters <= 1 ? '…' : `${text.slice(0, characters - 1)}…`;
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
 * in "…" (`cut` says so, for a tooltip with the whole text). Two lines are balanced, so a name
 * does not leave one word behind ("SGB II rate: change / over 5 years", not "… 5 / years").
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
  if (lines.length === 2 && !cut) return { lines: balancedTwoLines(text, characters), cut };
  if (lines.length <= maxLines) return { lines, cut };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, characters);
  return { lines: kept, cut: true };
}

/** The break between two words that makes the longer of two lines shortest (both within `characters`). */
function balancedTwoLines(text: string, characters: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  let best: string[] = [];
  for (let split = 1; split < words.length; split++) {
    const first = words.slice(0, split).join(' ');
    const second = words.slice(split).join(' ');
    if (first.length > characters || second.length > characters) continue;
    const longer = Math.max(first.length, second.length);
    if (best.length === 0 || longer < Math.max(best[0]!.length, best[1]!.length)) best = [first, second];
  }
  return best;
}
