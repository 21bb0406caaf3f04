import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/io/decode-text';

/** Windows-1252 bytes of a string, from the code page table (not from a decoder under test). */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96, '—': 0x97 };
  return Uint8Array.from([...text].map((char) => high[char] ?? char.charCodeAt(0)));
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];
const SAMPLE = 'Straße;Größe;Übersicht;Äpfel\r\nMüller;Öl;ä;ö\r\n';

// Expected texts are the strings the bytes were built from: UTF-8 by TextEncoder, Windows-1252 by the
// code page table (Microsoft's cp1252 chart: ä E4, ö F6, ü FC, ß DF, Ä C4, Ö D6, Ü DC, € 80, – 96).
describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', utf8(SAMPLE), SAMPLE, 'utf-8', []],
    ['UTF-8 with BOM (stripped)', Uint8Array.from([...BOM, ...utf8(SAMPLE)]), SAMPLE, 'utf-8', []],
    ['Windows-1252 umlauts and ß', windows1252(SAMPLE), SAMPLE, 'windows-1252', ['encoding-fallback']],
    [
      'Windows-1252 dash, quotes, euro',
      windows1252('„x“;–;—;5 €'),
      '„x“;–;—;5 €',
      'windows-1252',
      ['encoding-fallback'],
    ],
    ['empty file', new Uint8Array(0), '', 'utf-8', []],
    ['ASCII only', utf8('a;b\n1;2'), 'a;b\n1;2', 'utf-8', []],
  ])('%s', (_name, bytes, text, encoding, codes) => {
    const decoded = decodeText(bytes, { file: 'x.csv' });
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.issues.map((item) => item.code)).toEqual(codes);
  });

  it('locates the fallback warning at the file', () => {
    const [warning] = decodeText(windows1252('Größe'), { file: 'daten.csv' }).issues;
    expect(warning).toMatchObject({ severity: 'warning', where: { file: 'daten.csv' } });
  });

  it('reads a declared Windows-1252 file without a warning', () => {
    const decoded = decodeText(windows1252('Größe – 5 €'), { file: 'x.csv', encoding: 'windows-1252' });
    expect([decoded.text, decoded.issues]).toEqual(['Größe – 5 €', []]);
  });

  it.each([
    [
      'UTF-16LE with BOM (Excel "Unicode-Text")',
      [0xff, 0xfe, 0x47, 0x00, 0xe4, 0x00, 0x09, 0x00],
      'Gä\t',
      'utf-16le',
    ],
    ['UTF-16BE with BOM', [0xfe, 0xff, 0x00, 0x47, 0x00, 0xdf], 'Gß', 'utf-16be'],
  ])('%s', (_name, bytes, text, encoding) => {
    const decoded = decodeText(Uint8Array.from(bytes), { file: 'x.txt' });
    expect([decoded.text, decoded.encoding]).toEqual([text, encoding]);
  });
});
