import type { LevelSpec } from '../manifest/schema';

/**
 * The id normalisation of a level: trim, then optional upper case and left zero padding
 * (Excel turns 01100101 into 1100101; padStart 8 restores it).
 */
export function makeIdNormaliser(rule: LevelSpec['ids']): (raw: string) => string {
  const padStart = rule?.padStart;
  const upperCase = rule?.upperCase ?? false;
  return (raw) => {
    let id = raw.trim();
    // A numeric id that went through a spreadsheet may come back as "1100101.0".
    if (/^\d+\.0+$/.test(id)) id = id.replace(/\.0+$/, '');
    if (upperCase) id = id.toUpperCase();
    if (padStart !== undefined && /^\d+$/.test(id)) id = id.padStart(padStart, '0');
    return id;
  };
}
