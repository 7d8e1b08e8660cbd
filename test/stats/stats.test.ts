/**
 * src/stats against scipy (test/stats/scipy-reference.json, written by bench/stats-reference.py)
 * and against textbook values of Student's t table.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  correctedResampledTTest, formatEstimate, logGamma, regularizedIncompleteBeta, resampledMean, studentTCdf, studentTQuantile, studentTSurvival,
} from '../../src/stats/index.js';

interface Reference {
  cdf: { t: number; df: number; cdf: number; sf: number }[];
  quantiles: { p: number; df: number; quantile: number }[];
  beta: { a: number; b: number; x: number; value: number }[];
  logGamma: { x: number; value: number }[];
  tTests: { a: number[]; b: number[]; testRows: number; trainRows: number; mean: number; sd: number; standardError: number; t: number; pValue: number; halfWidth: number }[];
}
const reference = JSON.parse(readFileSync(new URL('./scipy-reference.json', import.meta.url), 'utf8')) as Reference;

/** |actual − expected| within `relative` of |expected| (or of 1e-300 for zeros). */
function close(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(relative * Math.max(Math.abs(expected), 1e-300));
}
// The continued fraction and the Lanczos series are each good to a few 1e-15; the tail
// quantities below lose at most a few more digits to exp/log of large arguments.
const RELATIVE = 1e-12;

describe("Student's t distribution", () => {
  it('matches scipy.stats.t.cdf and t.sf', () => {
    for (const { t, df, cdf, sf } of reference.cdf) {
      close(studentTCdf(t, df), cdf, RELATIVE);
      close(studentTSurvival(t, df), sf, RELATIVE);
    }
  });

  it('matches scipy.stats.t.ppf', () => {
    for (const { p, df, quantile } of reference.quantiles) close(studentTQuantile(p, df), quantile, 1e-11);
  });

  it("gives the t table's two-sided 95 % critical values", () => {
    // Fisher & Yates' table, to the digits printed there.
    const table: [number, number][] = [[1, 12.706], [2, 4.303], [4, 2.776], [9, 2.262], [29, 2.045], [120, 1.980]];
    for (const [df, value] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(value, 3);
  });

  it('is symmetric and the quantile inverts the CDF', () => {
    fc.assert(fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.integer({ min: 1, max: 200 }), (t, df) => {
      close(studentTCdf(t, df) + studentTCdf(-t, df), 1, 1e-14);
      const p = studentTCdf(t, df);
      if (p > 1e-12 && p < 1 - 1e-9) close(studentTCdf(studentTQuantile(p, df), df), p, 1e-9);
    }));
  });

  it('keeps its precision next to the centre (t of 1e-7 and below)', () => {
    // P(T <= t) - 1/2 ~ t · Γ((ν+1)/2) / (sqrt(νπ) Γ(ν/2)) for tiny t: 0.39760... · t for ν = 72.
    const slope = Math.exp(logGamma(36.5) - logGamma(36)) / Math.sqrt(72 * Math.PI);
    close(studentTCdf(8.940696716308595e-8, 72) - 0.5, slope * 8.940696716308595e-8, 1e-6);
    close(studentTQuantile(0.5 + 2e-8, 72), 2e-8 / slope, 1e-6);
  });

  it('handles the ends and rejects bad arguments', () => {
    expect(studentTCdf(Infinity, 3)).toBe(1);
    expect(studentTCdf(-Infinity, 3)).toBe(0);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(1, 7)).toBe(Infinity);
    expect(() => studentTCdf(1, 0)).toThrow(/'df' must be > 0, received 0/);
    expect(() => studentTQuantile(1.5, 3)).toThrow(/'p' must be in \[0, 1\], received 1.5/);
  });
});

describe('special functions', () => {
  it('regularizedIncompleteBeta matches scipy.special.betainc', () => {
    for (const { a, b, x, value } of reference.beta) close(regularizedIncompleteBeta(x, a, b), value, RELATIVE);
    expect(() => regularizedIncompleteBeta(0.5, -1, 1)).toThrow(/'a' must be > 0/);
  });

  it('logGamma matches scipy.special.gammaln', () => {
    // log Γ crosses 0 at x = 1 and 2, where only an absolute bound means anything.
    for (const { x, value } of reference.logGamma) expect(Math.abs(logGamma(x) - value)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(value)));
  });
});

describe('corrected resampled t-test (Nadeau & Bengio 2003)', () => {
  it('matches the formula computed with numpy and scipy', () => {
    for (const c of reference.tTests) {
      const test = correctedResampledTTest(c.a, c.b, { testRows: c.testRows, trainRows: c.trainRows });
      close(test.mean, c.mean, 1e-12);
      close(test.sd, c.sd, 1e-12);
      close(test.standardError, c.standardError, 1e-12);
      close(test.t, c.t, 1e-12);
      close(test.pValue, c.pValue, 1e-10);
      close(test.halfWidth, c.halfWidth, 1e-11);
      close(test.high - test.low, 2 * c.halfWidth, 1e-11);
    }
  });

  it('inflates the naive variance by the overlap of the training sets', () => {
    const a = [0.81, 0.79, 0.84, 0.8, 0.82];
    const b = [0.8, 0.78, 0.82, 0.8, 0.8];
    // 5-fold CV: n_test / n_train = 1/4, so the variance grows from 1/5 to 1/5 + 1/4 of s².
    const corrected = correctedResampledTTest(a, b, { testRows: 100, trainRows: 400 });
    const naive = correctedResampledTTest(a, b, { testRows: 1e-12, trainRows: 1 });
    close(corrected.standardError / naive.standardError, Math.sqrt((1 / 5 + 1 / 4) / (1 / 5)), 1e-9);
    expect(corrected.pValue).toBeGreaterThan(naive.pValue);
  });

  it('calls exact ties a tie and a constant non-zero difference certain', () => {
    const tie = correctedResampledTTest([1, 2, 3], [1, 2, 3], { testRows: 10, trainRows: 40 });
    expect(tie).toMatchObject({ mean: 0, t: 0, pValue: 1, halfWidth: 0 });
    const constant = correctedResampledTTest([2, 3, 4], [1, 2, 3], { testRows: 10, trainRows: 40 });
    expect(constant).toMatchObject({ mean: 1, t: Infinity, pValue: 0 });
  });

  it('says nothing from one evaluation, and NaN scores stay NaN', () => {
    const one = resampledMean([0.7], { testRows: 10, trainRows: 40 });
    expect(one).toMatchObject({ mean: 0.7, df: 0, halfWidth: Infinity });
    expect(Number.isNaN(correctedResampledTTest([1], [0], { testRows: 1, trainRows: 4 }).pValue)).toBe(true);
    expect(Number.isNaN(resampledMean([1, Number.NaN, 2], { testRows: 1, trainRows: 4 }).halfWidth)).toBe(true);
  });

  it('rejects mismatched or empty inputs and bad designs', () => {
    expect(() => correctedResampledTTest([1, 2], [1], { testRows: 1, trainRows: 4 })).toThrow(/'b' must hold as many values as 'a'/);
    expect(() => resampledMean([], { testRows: 1, trainRows: 4 })).toThrow(/at least one value/);
    expect(() => resampledMean([1, 2], { testRows: 0, trainRows: 4 })).toThrow(/'testRows' must be a finite number > 0/);
    expect(() => resampledMean([1, 2], { testRows: 1, trainRows: 4, confidence: 1 })).toThrow(/'confidence' must be in \(0, 1\)/);
  });
});

describe('formatEstimate', () => {
  it('rounds the mean where the half-width has its second digit', () => {
    expect(formatEstimate(0.63912, 0.0321)).toBe('0.639 ± 0.032');
    expect(formatEstimate(69312, 3712)).toBe('69300 ± 3700');
  });

  it('never prints a negative zero for a mean that rounds to zero from below', () => {
    expect(formatEstimate(-0.0001, 0.013)).toBe('0.000 ± 0.013');
    expect(formatEstimate(-12, 3700)).toBe('0 ± 3700');
    expect(formatEstimate(-0.0006, 0.013)).toBe('-0.001 ± 0.013');
  });
});
