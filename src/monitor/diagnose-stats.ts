/**
 * What the diagnosis rules share: curves (x and y arrays cut from a Series) on a common axis,
 * the training loss aligned to the evaluations, bucketing of long per-step series, robust
 * levels, trailing windows and number formatting. The statistical tests are in trend-tests.ts.
 * Browser-safe.
 */
import type { Series } from './history.js';
import { median, rollingMedian } from './smoothing.js';
import { minOf } from '../core/extent.js';

/** One series as the rules read it: x in its unit (epoch when every point has one, else step). */
export interface Curve {
  readonly name: string;
  readonly unit: 'epoch' | 'step';
  readonly x: readonly number[];
  readonly y: readonly number[];
  /**
   * What the rules added to the logged values so that they read a positive loss (see
   * diagnose-scale.ts); absent for a positive loss, read as logged.
   */
  readonly offset?: number;
  /** The points are means of buckets of the logged points (see `bucketed`), not the logged points. */
  readonly bucketed?: boolean;
}

/**
 * Whether a series can be read by epoch: every point carries one and they strictly increase
 * (Keras, CatBoost, per-epoch Lightning metrics). Per-step logs repeat an epoch across many
 * steps (Lightning writes `epoch` on every row) and are read by step.
 */
export function hasEpochAxis(series: Series): boolean {
  let last = -Infinity;
  for (const point of series.points) {
    if (point.epoch === undefined || !(point.epoch > last)) return false;
    last = point.epoch;
  }
  return series.points.length > 0;
}

/** The series as a curve in `unit` (default: epochs when `hasEpochAxis`, else steps). */
export function curveOf(series: Series, unit: Curve['unit'] = hasEpochAxis(series) ? 'epoch' : 'step'): Curve {
  const byEpoch = unit === 'epoch';
  return {
    name: series.name,
    unit,
    x: series.points.map((point) => (byEpoch ? (point.epoch as number) : point.step)),
    y: series.points.map((point) => point.value),
  };
}

/**
 * The training and validation losses on one axis: epochs when both can be read by epoch, else
 * steps (a per-step training loss next to per-epoch evaluations is compared by step).
 */
export function commonCurves(train: Series | undefined, validation: Series | undefined): { train?: Curve; validation?: Curve } {
  const unit = [train, validation].every((series) => series === undefined || hasEpochAxis(series)) ? 'epoch' : 'step';
  return {
    ...(train === undefined ? {} : { train: curveOf(train, unit) }),
    ...(validation === undefined ? {} : { validation: curveOf(validation, unit) }),
  };
}

/**
 * The training loss at each evaluation of `at`: the mean of the training points logged since
 * the previous evaluation (up to and including this one), so a training loss logged every 25
 * steps and an evaluation every 1000 are compared over the same stretch of training; where no
 * training point falls in that stretch, the last one before it (or the first one).
 */
export function alignedTo(train: Curve, at: Curve): number[] {
  let cursor = 0;
  return at.x.map((x, k) => {
    const from = k === 0 ? -Infinity : at.x[k - 1];
    while (cursor < train.x.length && train.x[cursor] <= from) cursor++;
    let sum = 0;
    let count = 0;
    for (let i = cursor; i < train.x.length && train.x[i] <= x; i++) {
      sum += train.y[i];
      count++;
    }
    return count > 0 ? sum / count : valueAt(train, x);
  });
}

/** The curve without its non-finite points. */
export function finitePart(curve: Curve): Curve {
  const keep = curve.y.map((value) => Number.isFinite(value));
  return { ...curve, x: curve.x.filter((_, i) => keep[i]), y: curve.y.filter((_, i) => keep[i]) };
}

/**
 * The curve without its placeholder zeros (rules-37): the exact zeros a loop prints where it did
 * not measure (the pytorch_advanced book's SSD loop prints `Epoch_VAL_Loss:0.0000` on the nine
 * epochs in ten it does not validate, between 920.46, 790.75, ...), told from a loss that reached 0
 * by two signs together: a measured value comes after a zero (the loss came back from exactly 0), and
 * no measured value nears 0 (each positive and at least a tenth of their median). A curve of zeros only is
 * history-loss-roles.ts' placeholder, never chosen as a loss.
 */
export function measuredPart(curve: Curve): Curve {
  const firstZero = curve.y.indexOf(0);
  if (firstZero < 0) return curve;
  const measured = curve.y.filter((value) => value !== 0);
  const cameBack = curve.y.slice(firstZero).some((value) => value !== 0);
  // On a loss with negative values (read shifted, diagnose-scale.ts) a 0 is a value like any other, where it crosses.
  if (!cameBack || !measured.every((value) => value > 0) || !(minOf(measured) >= median(measured) / 10)) return curve;
  const keep = curve.y.map((value) => value !== 0);
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
  return { ...curve, x, y, bucketed: true };
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

/** The centred 3-point running median: single spikes removed, no lag. */
export function smoothedLevels(y: readonly number[]): number[] {
  return rollingMedian(y, 3, { centred: true });
}

/**
 * Points in the trailing window the trend rules read: a quarter of the run, at least
 * `minimum` and `preferred` (Keras' ReduceLROnPlateau patience, 10) when the run is long
 * enough, and never more than two thirds of the run (a short run's end is most of it). A run
 * of `minimum` points or more that is too short for two thirds of it to hold `minimum` (5 to 7
 * evaluations of a fine-tune) is read whole.
 */
export function trailingWindow(n: number, preferred: number, minimum: number): number {
  const window = Math.min(Math.floor((2 * n) / 3), Math.max(Math.floor(minimum), Math.floor(preferred), Math.round(n / 4)));
  return window < minimum && n >= minimum ? n : window;
}

/** 3 significant digits, no exponent for ordinary loss values: 0.342, 12.5, 1.2e-5. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return value.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(3)));
}

/** A level of `curve` as the user logged it (its reading offset taken back off), in formatNumber's digits. */
export function formatLevel(curve: Curve, value: number): string {
  return formatNumber(value - (curve.offset ?? 0));
}

/** A p-value as 'p = 0.0417', or 'p < 1e-6' where the normal approximation rounds it to 0. */
export function formatPValue(p: number): string {
  return p < 1e-6 ? 'p < 1e-6' : `p = ${formatNumber(p)}`;
}

/** A ratio as a percentage with one decimal: 0.1634 -> '16.3%'. */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  // Under 0.1 %, one decimal prints '-0.0%' for a fall a CatBoost curve with 0.01 % noise can make
  // significant; two significant digits say how small it is (-0.04%).
  if (percent !== 0 && Math.abs(percent) < 0.1) return `${Number(percent.toPrecision(2))}%`;
  return `${percent.toFixed(1)}%`;
}

/**
 * An epoch or step as people write it: an integer as is, a fractional one (the Hugging Face
 * Trainer logs epoch 0.7679385649148068) to 3 decimals, or 3 significant digits under 1
 * (0.000412); 0.768, 3.584, 12.5.
 */
export function formatPosition(x: number): string {
  if (Number.isInteger(x) || !Number.isFinite(x)) return String(x);
  return String(Number(Math.abs(x) >= 1 ? x.toFixed(3) : x.toPrecision(3)));
}

/** 'epoch 10' / 'step 1200' / 'epoch 0.768'. */
export function at(curve: Curve, x: number): string {
  return `${curve.unit} ${formatPosition(x)}`;
}

/**
 * Points since the last improvement of `levels`, an improvement being a level below the best so
 * far by more than `threshold` of it (PyTorch ReduceLROnPlateau's 'rel' threshold mode).
 */
export function pointsSinceImprovement(levels: readonly number[], threshold: number): number {
  let best = levels[0];
  let last = 0;
  for (let i = 1; i < levels.length; i++) {
    if (levels[i] < best - threshold * Math.abs(best)) {
      best = levels[i];
      last = i;
    }
  }
  return levels.length - 1 - last;
}

/**
 * The least improvement that counts as a new best (Keras' min_delta, PyTorch's 'rel' threshold):
 * twice the trailing window's robust noise (the difference of two 3-point medians of white noise
 * has about that spread), at least `plateauMinRelativeDecrease`; a fraction of the level (the
 * noise, a standard deviation of log(y), converted: 1 − e^(−2σ)).
 */
export function improvementBar(recent: { readonly noise: number }, t: { readonly plateauMinRelativeDecrease: number }): number {
  const noise = Number.isFinite(recent.noise) ? recent.noise : 0;
  // The noise is read on log(y) for a positive curve: two standard deviations there are a fall by
  // the factor e^(-2σ), i.e. 1 − e^(-2σ) of the level (≈ 2σ for a quiet curve). Read as a plain
  // fraction, a noise of half the level would set a bar of 100 %, which no positive loss can beat.
  return Math.max(t.plateauMinRelativeDecrease, -Math.expm1(-2 * noise));
}
