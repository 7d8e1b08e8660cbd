import { describe, expect, it } from 'vitest';
import { crc32c, maskCrc, maskedCrc32c, unmaskCrc } from '../../src/io/crc32c.js';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('crc32c', () => {
  it('matches the check value and the RFC 3720 (iSCSI) test vectors', () => {
    expect(crc32c(ascii('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => 31 - i))).toBe(0x113fdb5c);
    expect(crc32c(new Uint8Array(0))).toBe(0);
  });

  it('agrees with a bit-at-a-time reference on every length and alignment (slicing-by-4 tail handling)', () => {
    const reference = (bytes: Uint8Array) => {
      let crc = 0xffffffff;
      for (const byte of bytes) {
        crc ^= byte;
        for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
      }
      return (crc ^ 0xffffffff) >>> 0;
    };
    const data = Uint8Array.from({ length: 67 }, (_, i) => (i * 151 + 7) & 0xff);
    for (let start = 0; start < 5; start++) {
      for (let end = start; end <= data.length; end++) expect(crc32c(data, start, end)).toBe(reference(data.subarray(start, end)));
    }
  });

  it('masks as TensorFlow does, and unmasks back', () => {
    // ((crc >>> 15) | (crc << 17)) + 0xa282ead8 for crc32c('123456789') = 0xe3069283, worked by hand:
    // rotate right 15 → 0x2507c60d; + 0xa282ead8 → 0xc78ab0e5.
    expect(maskCrc(0xe3069283)).toBe(0xc78ab0e5);
    expect(maskedCrc32c(ascii('123456789'))).toBe(0xc78ab0e5);
    for (const crc of [0, 1, 0xffffffff, 0x80000000, 0xe3069283, 0x12345678]) expect(unmaskCrc(maskCrc(crc))).toBe(crc);
  });
});
