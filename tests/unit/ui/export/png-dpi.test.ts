import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withPrintResolution } from '../../../../src/ui/export/png-dpi';

function chunk(type: string, data: number[]): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** A PNG's chunk layout (image data is not decoded by the function under test). */
function fakePng(...extra: Buffer[]): Uint8Array {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = chunk('IHDR', [0, 0, 0, 4, 0, 0, 0, 3, 8, 6, 0, 0, 0]);
  return new Uint8Array(
    Buffer.concat([signature, ihdr, ...extra, chunk('IDAT', [1, 2, 3]), chunk('IEND', [])]),
  );
}

function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const bytes = Buffer.from(png);
  const list = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const body = bytes.subarray(offset + 4, offset + 8 + length);
    list.push({
      type: body.toString('ascii', 0, 4),
      data: body.subarray(4),
      crcOk: crc32(body) === bytes.readUInt32BE(offset + 8 + length),
    });
    offset += 12 + length;
  }
  return list;
}

describe('withPrintResolution', () => {
  it('adds a pHYs chunk of 300 dpi (11811 pixels per metre) right after IHDR', () => {
    const result = chunks(withPrintResolution(fakePng(), 300));
    expect(result.map((item) => item.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const phys = result[1]!;
    expect(phys.crcOk).toBe(true);
    expect(phys.data.readUInt32BE(0)).toBe(11811);
    expect(phys.data.readUInt32BE(4)).toBe(11811);
    expect(phys.data[8]).toBe(1);
    expect(result.every((item) => item.crcOk)).toBe(true);
  });

  it('replaces a pHYs that was there', () => {
    const old = chunk('pHYs', [0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1]);
    const result = chunks(withPrintResolution(fakePng(old), 150));
    expect(result.filter((item) => item.type === 'pHYs')).toHaveLength(1);
    expect(result[1]!.data.readUInt32BE(0)).toBe(5906);
  });
});
