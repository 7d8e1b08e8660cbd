/**
 * The statistics behind the findings, checked against an independent computation (the Mann–Kendall
 * numbers below come from a 15-line Python script over itertools.combinations and math.erf, not
 * from this code), against brute force (Theil–Sen), and on seeded noise (the noise scale).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannKendall, normalCdf, robustNoise, theilSenSlope, trendOf } from '../../src/monitor/trend-tests.js';
import { seededRandom } from './evaluation-curves.js';

/** Box–Muller from a seeded uniform generator. */
function normals(seed: number, n: number): number[] {
  const next = seededRandom(seed);
  return Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(Math.max(next(), 1e-12))) * Math.cos(2 * Math.PI * next()));
}

describe('Mann–Kendall', () => {
  it('matches an independent computation, with and without ties', () => {
    const falling = mannKendall([5.2, 4.9, 5.1, 4.2, 4.4, 3.9, 4.0, 3.6]);
    expect(falling.s).toBe(-22);
    expect(falling.variance).toBeCloseTo(65.333333333333, 10);
    expect(falling.z).toBeCloseTo(-2.598076211353316, 12);
    // The normal CDF approximation is good to 1.5e-7.
    expect(falling.pDecreasing).toBeCloseTo(0.004687384229717428, 6);
    expect(falling.pIncreasing).toBeCloseTo(1 - 0.004687384229717428, 6);
    const tied = mannKendall([1, 2, 2, 3, 3, 3, 2, 4, 5, 5]);
    expect([tied.s, tied.variance]).toEqual([32, 116.66666666666667]);
    expect(tied.z).toBeCloseTo(2.8700423092949094, 12);
    expect(tied.pDecreasing).toBeCloseTo(0.9979479156043294, 6);
  });

  it('is rank-based: a spike counts as one ordering, not by its size', () => {
    const base = [1, 0.9, 0.8, 0.7, 0.6, 0.5];
    expect(mannKendall([...base.slice(0, 3), 5, ...base.slice(4)]).s).toBe(mannKendall([...base.slice(0, 3), 1.01, ...base.slice(4)]).s);
  });

  it('no trend, no evidence: constant and too-short series give z = 0, p = 1/2', () => {
    for (const y of [[], [1], [1, 2], [3, 3, 3, 3]]) {
      const test = mannKendall(y);
      expect(test.z).toBe(0);
      expect(test.pDecreasing).toBeCloseTo(0.5, 8);
    }
  });

  it('on white noise a 5 % test rejects about 5 % of the time', () => {
    let rejections = 0;
    for (let seed = 1; seed <= 400; seed++) if (mannKendall(normals(seed, 20)).pDecreasing < 0.05) rejections++;
    // Binomial(400, 0.05): mean 20, sd 4.4.
    expect(rejections).toBeGreaterThan(8);
    expect(rejections).toBeLessThan(32);
  });
});

describe('Theil–Sen and trends', () => {
  it('is the median of all pairwise slopes (brute force)', () => {
    expect(theilSenSlope([5.2, 4.9, 5.1, 4.2, 4.4, 3.9, 4.0, 3.6])).toBeCloseTo(-0.22261904761904766, 14);
    fc.assert(fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 30 }), (y) => {
      const slopes: number[] = [];
      for (let i = 0; i < y.length; i++) for (let j = i + 1; j < y.length; j++) slopes.push((y[j] - y[i]) / (j - i));
      slopes.sort((a, b) => a - b);
      const m = slopes.length >> 1;
      const expected = slopes.length % 2 ? slopes[m] : (slopes[m - 1] + slopes[m]) / 2;
      expect(theilSenSlope(y)).toBeCloseTo(expected, 9);
    }));
  });

  it('a geometric decay reads its relative change exactly, on the log scale', () => {
    const y = Array.from({ length: 11 }, (_, i) => 2 * 0.9 ** i);
    expect(trendOf(y).relativeChange).toBeCloseTo(0.9 ** 10 - 1, 12);
    expect(robustNoise(y)).toBeCloseTo(0, 12);
  });
});

describe('robust noise', () => {
  it('estimates σ of multiplicative white noise around a trend (within 15 % on 200 points)', () => {
    for (const sigma of [0.01, 0.05, 0.2]) {
      const noise = normals(7, 200);
      const y = noise.map((e, i) => (1 + 2 * Math.exp(-i / 30)) * Math.exp(sigma * e));
      expect(robustNoise(y) / sigma).toBeGreaterThan(0.85);
      expect(robustNoise(y) / sigma).toBeLessThan(1.15);
    }
  });

  it('single spikes do not dominate: ten 5× spikes in 200 points move it by less than 15 % (a standard deviation: by 9×)', () => {
    const y = normals(11, 200).map((e, i) => (0.5 + 1 / (1 + i)) * Math.exp(0.03 * e));
    const spiky = y.map((value, i) => (i % 20 === 7 ? value * 5 : value));
    expect(robustNoise(spiky) / robustNoise(y)).toBeLessThan(1.15);
    const sd = (values: number[]) => {
      const logs = values.map(Math.log);
      const steps = logs.slice(1).map((value, i) => value - logs[i]);
      const mean = steps.reduce((a, b) => a + b, 0) / steps.length;
      return Math.sqrt(steps.reduce((a, b) => a + (b - mean) ** 2, 0) / steps.length);
    };
    expect(sd(spiky) / sd(y)).toBeGreaterThan(8);
  });

  it('a steady trend over a few points is not noise (the end points are not compared one-sidedly)', () => {
    expect(robustNoise([0.321, 0.3585, 0.3937, 0.4123, 0.42])).toBeLessThan(0.03);
  });

  it('normalCdf: known values', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517796, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 6);
    expect(normalCdf(0)).toBeCloseTo(0.5, 8);
    expect([normalCdf(Infinity), normalCdf(-Infinity)]).toEqual([1, 0]);
  });
});
