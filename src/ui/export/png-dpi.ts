/**
 * Marks a PNG with its print resolution (a pHYs chunk), so a word processor or layout program
 * places a 3508 px wide map at 297 mm (A4 landscape) instead of at screen size.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The PNG with a pHYs chunk of `dpi` right after IHDR (any pHYs already there is kept out).
 *
 * @example
 * withPrintResolution(png, 300); // pixels per metre 11811 in x and y
 */
export function withPrintResolution(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const ihdrEnd = 8 + 8 + view.getUint32(8) + 4;
  const chunks: Uint8Array[] = [png.subarray(0, ihdrEnd)];
  // Copy the other chunks, leaving out an existing pHYs.
  for (let offset = ihdrEnd; offset < png.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (type !== 'pHYs') chunks.push(png.subarray(offset, end));
    offset = end;
  }
  const perMetre = Math.round(dpi / 0.0254);
  const phys = new Uint8Array(21);
  const physView = new DataView(phys.buffer);
  physView.setUint32(0, 9);
  phys.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  physView.setUint32(8, perMetre);
  physView.setUint32(12, perMetre);
  phys[16] = 1; // unit: metre
  physView.setUint32(17, crc32(phys.subarray(4, 17)));
  chunks.splice(1, 0, phys);
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
