/**
 * Bytes to text for CSV files from offices and Excel: UTF-8 (with or without BOM) first, and
 * Windows-1252 (what German Excel writes as "CSV (Trennzeichen-getrennt)") when the bytes are not
 * valid UTF-8. Excel's "Unicode-Text" export is UTF-16 with a BOM, which is honoured too.
 * TextDecoder only, so it runs in the browser, a worker and Node alike.
 */
import { issue, type Issue } from './issue';

/** The encodings a file can be read with. */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** Options for {@link decodeText}. */
export interface DecodeOptions {
  /** File name for issues. */
  readonly file: string;
  /** Declared encoding (manifest); default: UTF-8, falling back to Windows-1252 with a warning. */
  readonly encoding?: 'utf-8' | 'windows-1252';
}

/** Decoded text, the encoding it was read with, and an `encoding-fallback` warning if one was needed. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly issues: Issue[];
}

/**
 * Decode a file's bytes. A BOM is stripped. Invalid UTF-8 is read as Windows-1252 and reported
 * (warning `encoding-fallback`), since a silently wrong „Müller“ is worse than a note.
 *
 * @example decodeText(new Uint8Array([0x4d, 0xfc]), { file: 'a.csv' }).text // → 'Mü' (Windows-1252)
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const utf16 = utf16ByBom(bytes);
  if (utf16 !== undefined) {
    // TextDecoder strips the BOM itself (ignoreBOM is false by default).
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, issues: [] };
  }
  if (options.encoding === 'windows-1252') {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', issues: [] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', issues: [] };
  } catch {
    const text = decodeWindows1252(bytes);
    return {
      text,
      encoding: 'windows-1252',
      issues: [issue('encoding-fallback', 'warning', { file: options.file }, { encoding: 'Windows-1252' })],
    };
  }
}

// WHATWG windows-1252 for bytes 0x80–0x9F (the only block where it differs from Latin-1).
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20.18.3+ decodes "windows-1252" as Latin-1 (nodejs/node#60888), so „ “ – € would come out as
 * C1 control characters; those never occur in real text, so mapping them back is safe everywhere.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char)
    : text;
}

function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}
