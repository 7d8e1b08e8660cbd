/**
 * The statistics the diagnosis rules share: curves (x and y arrays cut from a Series), a robust
 * noise estimate, robust trend slopes, bucketing of long per-step series. Browser-safe.
 */
import type { Series } from './history.js';
import { median } from './smoothing.js';

/** One series as the rules read it: x in its unit (epoch when every point has one, else step). */
export interface Curve {
  readonly name: string;
  readonly unit: 'epoch' | 'step';
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export function curveOf(series: Series): Curve {
  const byEpoch = series.granularity === 'epoch' && series.points.every((point) => point.epoch !== undefined);
  return {
    name: series.name,
    unit: byEpoch ? 'epoch' : 'step',
    x: series.points.map((point) => (byEpoch ? (point.epoch as number) : point.step)),
    y: series.points.map((point) => point.value),
  };
}

/** The curve without its non-finite points. */
export function finitePart(curve: Curve): Curve {
  const keep = curve.y.map((value) => Number.isFinite(value));
  return { ...curve, x: curve.x.filter((_, i) => keep[i]), y: curve.y.filter((_, i) => keep[i]) };
}

/** Means of consecutive buckets when the curve is longer than `maxPoints`; x is each bucket's last x. */
export function bucketed(curve: Curve, maxPoints: number, target: number): Curve {
  const n = curve.y.length;
  if (n <= maxPoints) return curve;
  const size = Math.ceil(n / Math.max(1, target));
  const x: number[] = [];
  const y: number[] = [];
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    let sum = 0;
    for (let i = start; i < end; i++) sum += curve.y[i];
    x.push(curve.x[end - 1]);
    y.push(sum / (end - start));
  }
  return { ...curve, x, y };
}

/** 1 / Φ⁻¹(3/4): turns a median absolute deviation into a standard deviation for normal noise. */
const MAD_TO_STD = 1.4826;
/** The second difference e_i − (e_{i−1} + e_{i+1}) / 2 of white noise has variance 1.5 σ². */
const SECOND_DIFFERENCE_STD = Math.sqrt(1.5);

/**
 * Robust relative noise: the scatter of each point about the midpoint of its neighbours, as a
 * standard deviation of relative error (median-based, so a smooth trend, a few high-curvature
 * points at the start and single spikes barely move it). For positive curves it is read on
 * log(y), where a loss decaying geometrically towards 0 (train loss × 0.7 per epoch) is a
 * straight line and leaves no residual; otherwise on y relative to the midpoint. An
 * alternating oscillation of relative amplitude A reads as about 2.4 A. NaN for fewer than 3 points.
 */
export function relativeNoise(y: readonly number[]): number {
  const positive = y.every((value) => value > 0);
  const residuals: number[] = [];
  for (let i = 1; i + 1 < y.length; i++) {
    if (positive) {
      residuals.push(Math.abs(Math.log(y[i]) - (Math.log(y[i - 1]) + Math.log(y[i + 1])) / 2));
      continue;
    }
    const middle = (y[i - 1] + y[i + 1]) / 2;
    if (middle !== 0) residuals.push(Math.abs((y[i] - middle) / middle));
  }
  return residuals.length === 0 ? Number.NaN : (MAD_TO_STD * median(residuals)) / SECOND_DIFFERENCE_STD;
}

/** Theil–Sen slope per index: the median of all pairwise slopes (robust to a third of outliers). */
export function theilSenSlope(y: readonly number[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < y.length; i++) {
    for (let j = i + 1; j < y.length; j++) slopes.push((y[j] - y[i]) / (j - i));
  }
  return median(slopes);
}

/** Fall of the robust trend line across `y`, relative to the median level (positive = decreasing). */
export function relativeDecrease(y: readonly number[]): number {
  if (y.length < 2) return Number.NaN;
  const level = Math.abs(median(y));
  return level === 0 ? 0 : (-theilSenSlope(y) * (y.length - 1)) / level;
}

/**
 * Standard error of `relativeDecrease` over `points` points for relative noise `noise`:
 * a least-squares slope has variance 12 σ² / (n³ − n), times the span n − 1.
 */
export function decreaseStandardError(noise: number, points: number): number {
  if (points < 3 || !Number.isFinite(noise)) return 0;
  return noise * (points - 1) * Math.sqrt(12 / (points ** 3 - points));
}

export function argMin(y: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < y.length; i++) if (y[i] < y[best]) best = i;
  return best;
}

/** The y of the last point at or before x (the first point when x precedes the curve). */
export function valueAt(curve: Curve, x: number): number {
  let found = curve.y[0];
  for (let i = 0; i < curve.x.length && curve.x[i] <= x; i++) found = curve.y[i];
  return found;
}

/** The median of the last `count` values. */
export function lastLevel(y: readonly number[], count = 3): number {
  return median(y.slice(Math.max(0, y.length - count)));
}

/** 3 significant digits, no exponent for ordinary loss values: 0.342, 12.5, 1.2e-5. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return value.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(3)));
}

/** A ratio as a percentage with one decimal: 0.1634 -> '16.3%'. */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** 'epoch 10' / 'step 1200'. */
export function at(curve: Curve, x: number): string {
  return `${curve.unit} ${x}`;
}
