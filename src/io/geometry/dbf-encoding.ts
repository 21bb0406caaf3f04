/**
 * The text encoding of a shapefile's .dbf: the .cpg if it names one, else the manifest's, else UTF-8
 * when the records are valid UTF-8 and Windows-1252 (what ArcGIS and older QGIS write) when not.
 */
type ManifestEncoding = 'utf-8' | 'windows-1252';

/** The TextDecoder label to read a .dbf with, and whether it was a fallback from invalid UTF-8. */
export function dbfEncoding(
  dbf: Uint8Array,
  cpg: string | null,
  manifest: ManifestEncoding | undefined,
): { label: string; isFallback: boolean } {
  const fromCpg = cpg === null ? null : encodingLabel(cpg);
  if (fromCpg) return { label: fromCpg, isFallback: false };
  if (manifest) return { label: manifest, isFallback: false };
  return isValidUtf8(recordBytes(dbf))
    ? { label: 'utf-8', isFallback: false }
    : { label: 'windows-1252', isFallback: true };
}

/**
 * A TextDecoder label for the text of a .cpg ("UTF-8", "65001", "ANSI 1252", "1252", "CP1252",
 * "ISO-8859-1", …), or null when it names no encoding this platform decodes.
 */
export function encodingLabel(cpg: string): string | null {
  const text = cpg.replace(/\0/g, '').trim();
  if (/^(utf-?8|65001)$/i.test(text)) return 'utf-8';
  const codePage = /^(?:ANSI\s*|CP\s*|windows-?)?(\d{3,4})$/i.exec(text)?.[1];
  const label = codePage ? `windows-${codePage}` : text;
  if (label === '') return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

// Only the records: the header holds binary counts that need not be valid UTF-8.
function recordBytes(dbf: Uint8Array): Uint8Array {
  if (dbf.byteLength < 32) return dbf;
  const headerLength = dbf[8]! | (dbf[9]! << 8);
  return dbf.subarray(Math.min(headerLength, dbf.byteLength));
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
