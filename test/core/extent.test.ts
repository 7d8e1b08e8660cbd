/** maxOf / minOf / hypotOf: Math.max / Math.min / Math.hypot at any length. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hypotOf, maxOf, minOf } from '../../src/core/extent.js';

/**
 * Math.hypot, except where V8's overflows although the result is finite
 * (hypot(4.8e300, 1.7976931348623151e308) is Infinity in Node 20): there, Math.hypot of the
 * values scaled by 2^-10 (exact for values this large), scaled back.
 */
function referenceHypot(values: readonly number[]): number {
  const hypot = Math.hypot(...values);
  if (hypot !== Infinity || values.some((value) => Math.abs(value) === Infinity)) return hypot;
  return Math.hypot(...values.map((value) => value / 1024)) * 1024;
}

describe('extent helpers', () => {
  it('agree with the Math functions on any small array, NaN and infinities included', () => {
    fc.assert(fc.property(fc.array(fc.double()), (values) => {
      expect(maxOf(values)).toBe(Math.max(...values));
      expect(minOf(values)).toBe(Math.min(...values));
      const hypot = referenceHypot(values);
      expect(Number.isFinite(hypot) ? Math.abs(hypotOf(values) - hypot) <= 4 * Number.EPSILON * hypot : Object.is(hypotOf(values), hypot)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('take a start value, as Math.max(start, ...values)', () => {
    expect(maxOf([], 0)).toBe(0);
    expect(maxOf([-1, -2], 0)).toBe(0);
    expect(minOf([5], 1)).toBe(1);
  });

  it('give a finite hypot where the true one is finite, where Math.hypot overflows', () => {
    const values = [4.829224031638859e300, 1.7976931348623151e308, 0];
    expect(hypotOf(values)).toBeLessThan(Infinity);
    expect(Math.abs(hypotOf(values) - referenceHypot(values))).toBeLessThanOrEqual(4 * Number.EPSILON * referenceHypot(values));
  });

  it('run on 10^6 values, where spreading them into Math.max throws', () => {
    const values = new Float64Array(1e6);
    for (let i = 0; i < values.length; i++) values[i] = (i % 1000) - 500;
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(maxOf(values)).toBe(499);
    expect(minOf(values)).toBe(-500);
    expect(hypotOf(new Float64Array(1e6).fill(1e300)) / (1e303)).toBeCloseTo(1, 12);
  });
});
