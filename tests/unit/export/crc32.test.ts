import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/export/crc32';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('crc32', () => {
  it('gives the standard check value CBF43926 for "123456789"', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
  });

  it('gives 0 for no bytes and an unsigned value for all-ones input', () => {
    expect(crc32(new Uint8Array())).toBe(0);
    const v = crc32(new Uint8Array(64).fill(0xff));
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBe(zlibCrc32(Buffer.alloc(64, 0xff)));
  });

  it("agrees with Node's zlib.crc32 on random data (200 cases)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => crc32(bytes) === zlibCrc32(bytes)),
      { numRuns: 200 },
    );
  });
});
