/**
 * The statistics behind every finding of `diagnose`: a robust noise scale, the Mann–Kendall
 * trend test and the Theil–Sen slope. Browser-safe, no dependencies.
 *
 * - Noise: residuals around a local smooth — each point against the median of its four nearest
 *   neighbours (two each side), read on log(y) for positive curves so a loss decaying
 *   geometrically leaves no residual; the noise is 1.4826 × the median absolute residual (the
 *   MAD scale of a normal distribution), divided by √1.30 because the neighbours' median carries
 *   noise of its own (the median of four normals has variance ≈ 0.30 σ²). Medians make it
 *   robust: a single spike moves one residual, not the scale.
 * - Mann–Kendall (Mann 1945, Kendall 1975): S = Σ_{i<j} sign(y_j − y_i), Var(S) = [n(n−1)(2n+5)
 *   − Σ_t t(t−1)(2t+5)] / 18 over groups of t tied values, Z = (S ∓ 1) / √Var(S) (continuity
 *   correction); one-sided p-values from the normal distribution. Rank-based, so a spike counts
 *   as one ordering, not by its size.
 * - Theil–Sen (Theil 1950, Sen 1968): the median of all pairwise slopes; robust to about 29 %
 *   of outliers.
 */
import { median } from './smoothing.js';

/** 1 / Φ⁻¹(3/4): a median absolute deviation as a standard deviation, for normal noise. */
const MAD_TO_STD = 1.4826;
/** Var(y_i − median of its 4 neighbours) = (1 + 0.30) σ² for white normal noise (simulated: 1.30). */
const NEIGHBOUR_MEDIAN_INFLATION = Math.sqrt(1.3);
/** Var(y_i − (y_{i−1} + y_{i+1}) / 2) = 1.5 σ² for white noise. */
const MIDPOINT_INFLATION = Math.sqrt(1.5);

/** The values as the noise and trend tests see them: log(y) when every value is positive, else y. */
export function onLogScale(y: readonly number[]): { values: number[]; relative: boolean } {
  const relative = y.length > 0 && y.every((value) => value > 0);
  return { values: relative ? y.map(Math.log) : [...y], relative };
}

/**
 * Robust relative noise: the standard deviation of a point about the local level, as a fraction
 * of that level (on log(y) for positive curves; relative to the level's magnitude otherwise).
 * Each inner point is compared with the median of its four neighbours; the two points next to
 * the ends, which have only one neighbour on one side, with the midpoint of their two
 * neighbours (whose difference has variance 1.5 σ² for white noise); the end points themselves
 * are not used (no neighbours on one side means a trend reads as noise). NaN for fewer than 3 points.
 */
export function robustNoise(y: readonly number[]): number {
  const n = y.length;
  if (n < 3) return Number.NaN;
  const { values, relative } = onLogScale(y);
  const scaled: number[] = [];
  const add = (residual: number, level: number, inflation: number) => {
    const size = relative ? residual : level === 0 ? residual : residual / Math.abs(level);
    scaled.push(Math.abs(size) / inflation);
  };
  for (let i = 1; i < n - 1; i++) {
    if (i >= 2 && i <= n - 3) {
      const level = median([values[i - 2], values[i - 1], values[i + 1], values[i + 2]]);
      add(values[i] - level, level, NEIGHBOUR_MEDIAN_INFLATION);
    } else {
      const level = (values[i - 1] + values[i + 1]) / 2;
      add(values[i] - level, level, MIDPOINT_INFLATION);
    }
  }
  return MAD_TO_STD * median(scaled);
}

/**
 * Where a curve turns: the points after which it goes the other way (up then down, or down then up), equal neighbours
 * passed over, so that a value printed the same twice is no turn. Independent noise turns at about two thirds of its
 * inner points (the turning-point test's expectation, 2(n - 2)/3).
 */
export function turningPoints(y: readonly number[]): number {
  const steps = y.slice(1).map((value, i) => Math.sign(value - y[i])).filter((sign) => sign !== 0);
  return steps.slice(1).filter((sign, i) => sign !== steps[i]).length;
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 7.1.26 for erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  if (!Number.isFinite(z)) return z > 0 ? 1 : 0;
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

export interface MannKendall {
  readonly n: number;
  /** Σ sign(y_j − y_i) over i < j: positive when later values tend to be larger. */
  readonly s: number;
  readonly variance: number;
  /** Normal score with continuity correction; 0 when S = 0 or fewer than 3 points. */
  readonly z: number;
  /** One-sided p-value for a decreasing trend (small when the values fall). */
  readonly pDecreasing: number;
  /** One-sided p-value for an increasing trend. */
  readonly pIncreasing: number;
  /** Kendall's tau-a: S over the number of pairs, in [−1, 1]. */
  readonly tau: number;
}

/** The Mann–Kendall trend test of `y` in index order (see the module comment). */
export function mannKendall(y: readonly number[]): MannKendall {
  const n = y.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign(y[j] - y[i]);
  }
  const ties = new Map<number, number>();
  for (const value of y) ties.set(value, (ties.get(value) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) if (t > 1) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = n < 3 || s === 0 || !(variance > 0) ? 0 : (s - Math.sign(s)) / Math.sqrt(variance);
  const pairs = (n * (n - 1)) / 2;
  return { n, s, variance, z, pDecreasing: normalCdf(z), pIncreasing: 1 - normalCdf(z), tau: pairs > 0 ? s / pairs : 0 };
}

/**
 * The Mann–Whitney rank-sum test that `later` lies above `earlier` (one-sided, normal approximation
 * with continuity correction, ties counted a half, no tie correction to the variance: conservative
 * with ties): a shift in level, where Mann–Kendall asks for a trend. p = 1 with fewer than 2 values on a side.
 */
export function mannWhitneyAbove(later: readonly number[], earlier: readonly number[]): { z: number; pValue: number } {
  const n1 = later.length;
  const n2 = earlier.length;
  if (n1 < 2 || n2 < 2) return { z: 0, pValue: 1 };
  let u = 0;
  for (const a of later) for (const b of earlier) u += a > b ? 1 : a === b ? 0.5 : 0;
  const mean = (n1 * n2) / 2;
  const sd = Math.sqrt((n1 * n2 * (n1 + n2 + 1)) / 12);
  const z = u === mean ? 0 : (u - mean - Math.sign(u - mean) * 0.5) / sd;
  return { z, pValue: 1 - normalCdf(z) };
}

/** Theil–Sen slope per index step: the median of all pairwise slopes (NaN for fewer than 2 points). */
export function theilSenSlope(y: readonly number[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < y.length; i++) {
    for (let j = i + 1; j < y.length; j++) slopes.push((y[j] - y[i]) / (j - i));
  }
  return median(slopes);
}

/**
 * Where the Theil–Sen line through the points ends: its slope, with the intercept the median of y − slope · i, read at
 * the last index. The level a steady rise has reached, where the median of the last 3 points still lags a point
 * behind it (rules-70's overfit end).
 */
export function theilSenLineEnd(y: readonly number[]): number {
  const slope = theilSenSlope(y);
  return median(y.map((value, i) => value - slope * i)) + slope * (y.length - 1);
}

export interface Trend {
  readonly test: MannKendall;
  /**
   * Change across the window along the robust trend line, as a fraction of the level (negative
   * when falling): exp(slope × (n − 1)) − 1 on log(y) for positive curves, slope × (n − 1) / |median| otherwise.
   */
  readonly relativeChange: number;
  /** The robust noise of the window's points (see `robustNoise`). */
  readonly noise: number;
}

/** Mann–Kendall test, Theil–Sen change and noise of one window of a curve. */
export function trendOf(y: readonly number[]): Trend {
  const { values, relative } = onLogScale(y);
  const slope = theilSenSlope(values);
  const span = Math.max(0, y.length - 1);
  let relativeChange: number;
  if (relative) relativeChange = Math.expm1(slope * span);
  else {
    const level = Math.abs(median(y));
    relativeChange = level === 0 ? 0 : (slope * span) / level;
  }
  return { test: mannKendall(y), relativeChange: Number.isFinite(relativeChange) ? relativeChange : 0, noise: robustNoise(y) };
}
