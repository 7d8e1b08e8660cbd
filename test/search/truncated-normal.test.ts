import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erf, erfc, logGaussMass, logNdtr, ndtr, truncatedNormalLogPdf, truncatedNormalQuantile } from '../../src/search/truncated-normal.js';

// Python 3's math.erf / math.erfc (C99 libm) at these points.
const PYTHON: Array<[number, number, number]> = [
  [-30, -1.0, 2.0], [-7, -1.0, 2.0], [-5.5, -0.9999999999999927, 1.9999999999999927], [-3, -0.9999779095030014, 1.9999779095030015],
  [-2, -0.9953222650189527, 1.9953222650189528], [-1.3, -0.9340079449406524, 1.9340079449406524], [-1, -0.8427007929497149, 1.842700792949715],
  [-0.5, -0.5204998778130465, 1.5204998778130465], [-0.1, -0.1124629160182849, 1.1124629160182848], [-1e-10, -1.1283791670955126e-10, 1.000000000112838],
  [0, 0, 1], [1e-10, 1.1283791670955126e-10, 0.999999999887162], [0.2, 0.22270258921047847, 0.7772974107895215], [0.3, 0.3286267594591274, 0.6713732405408726],
  [0.8, 0.7421009647076605, 0.2578990352923395], [0.9, 0.7969082124228322, 0.20309178757716786], [1.2, 0.9103139782296353, 0.08968602177036465],
  [2, 0.9953222650189527, 0.004677734981047265], [3, 0.9999779095030014, 2.2090496998585438e-05], [5, 0.9999999999984626, 1.5374597944280351e-12],
  [5.9, 0.9999999999999999, 7.190409783550478e-17], [6.5, 1.0, 3.8421483271206475e-20], [27, 1.0, 5.23705e-319], [29, 1.0, 0.0],
];
const ULP = Number.EPSILON;

describe('erf and erfc (FreeBSD msun, as Optuna ports it)', () => {
  it.each(PYTHON)('x = %d matches libm within a few ulps, relative error in the tail too', (x, e, c) => {
    expect(Math.abs(erf(x) - e)).toBeLessThanOrEqual(4 * ULP * Math.max(1, Math.abs(e)));
    if (c > 1e-300) expect(Math.abs(erfc(x) - c) / c).toBeLessThan(1e-13);
    else expect(erfc(x)).toBeLessThan(1e-300);
  });

  it('erf is odd and erf + erfc = 1', () => {
    fc.assert(fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
      expect(erf(-x)).toBe(-erf(x));
      expect(Math.abs(erf(x) + erfc(x) - 1)).toBeLessThanOrEqual(4 * ULP);
    }));
  });
});

describe('normal CDF in log space', () => {
  it('log Φ follows the asymptotic series far in the left tail (no -Infinity)', () => {
    // log Φ(-40) = -804.608442013754... (mpmath: log(ncdf(-40)))
    expect(logNdtr(-40)).toBeCloseTo(-804.6084420137538, 9);
    expect(logNdtr(0)).toBeCloseTo(Math.log(0.5), 15);
    expect(logNdtr(10)).toBeCloseTo(-7.619853024160527e-24, 30);
  });

  it('Φ is monotone and symmetric', () => {
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
      expect(Math.abs(ndtr(x) + ndtr(-x) - 1)).toBeLessThan(4 * ULP);
    }));
  });
});

describe('truncated normal quantile and density (Optuna _truncnorm.ppf / logpdf)', () => {
  it('the quantile inverts the truncated CDF, also for intervals far in a tail', () => {
    const intervals: Array<[number, number]> = [[-1, 1], [-3, 0.5], [0.5, 4], [8, 9], [-12, -11], [-0.2, 30], [-50, 50]];
    for (const [a, b] of intervals) {
      for (const q of [0.001, 0.1, 0.37, 0.5, 0.9, 0.999]) {
        const c = truncatedNormalQuantile(q, a, b);
        expect(c).toBeGreaterThanOrEqual(a);
        expect(c).toBeLessThanOrEqual(b);
        // log of the mass of [a, c] over the mass of [a, b] is log q.
        expect(logGaussMass(a, c) - logGaussMass(a, b)).toBeCloseTo(Math.log(q), 6);
      }
    }
    expect(truncatedNormalQuantile(0, -1, 2)).toBe(-1);
    expect(truncatedNormalQuantile(1, -1, 2)).toBe(2);
  });

  it('the density integrates to 1 over its interval and is -Infinity outside', () => {
    const [mu, sigma, low, high] = [0.3, 0.7, -1, 2];
    const steps = 20_000;
    let sum = 0;
    for (let i = 0; i < steps; i++) sum += Math.exp(truncatedNormalLogPdf(low + ((i + 0.5) * (high - low)) / steps, mu, sigma, low, high));
    expect(sum * ((high - low) / steps)).toBeCloseTo(1, 6);
    expect(truncatedNormalLogPdf(2.5, mu, sigma, low, high)).toBe(-Infinity);
  });
});
