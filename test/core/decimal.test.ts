/** decimalAt against Number(): the same double for every plain decimal, undefined for anything else. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalAt } from '../../src/core/decimal.js';

const PLAIN_DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const at = (text: string) => decimalAt(`#${text}#`, 1, text.length + 1);

describe('decimalAt', () => {
  it('equals Number() bit for bit on any double printed any way', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 21 }), (value, digits) => {
      for (const text of [String(value), value.toPrecision(digits), value.toExponential(digits - 1), Math.abs(value) < 1e21 ? value.toFixed(Math.min(digits, 20)) : String(value)]) {
        expect(Object.is(at(text), Number(text)), text).toBe(true);
      }
    }), { numRuns: 2000 });
  });

  it('equals Number() on digit strings of any length and exponent, and refuses what is not a plain decimal', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('0', '1', '9', '5', '.', 'e', 'E', '-', '+', ' ', 'x', '_'), maxLength: 30 }), (text) => {
      const expected = PLAIN_DECIMAL.test(text) && text.trim() !== '' ? Number(text.trim()) : undefined;
      const actual = at(text);
      expect(actual === undefined ? undefined : Object.is(actual, expected) ? expected : actual, JSON.stringify(text)).toBe(expected);
    }), { numRuns: 5000 });
  });

  it('refuses the spellings Number() accepts but a log does not mean', () => {
    for (const text of ['', ' ', '0x10', '0b1', '1_000', 'Infinity', 'NaN', '.', '-', '1e', '1e+', '--1', '1.2.3']) expect(at(text), text).toBeUndefined();
    expect(Object.is(at('-0'), -0)).toBe(true);
    expect(at(' 0.5\t')).toBe(0.5);
    expect(at('1e400')).toBe(Infinity);
    expect(at('123456789012345678901234567890')).toBe(1.2345678901234568e29);
  });
});
