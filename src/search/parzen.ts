/**
 * The univariate Parzen estimator of Optuna's TPESampler (optuna/samplers/_tpe/parzen_estimator.py,
 * read from source), for one parameter:
 *
 *  - one kernel per observation plus a prior kernel, mixed with weights w_i (the `weights`
 *    function below for the observations, prior_weight = 1 for the prior), normalised;
 *  - numeric parameters (in log space for log distributions; integers widened by step / 2 on
 *    each side): a truncated normal N(x_i, σ_i) on [low, high] per observation, where σ_i is the
 *    larger gap to its sorted neighbours (the range ends count as neighbours, except that with
 *    consider_endpoints = false the first and last observations take their one inner gap),
 *    clipped to [(high - low) / min(100, 1 + n_kernels), high - low] ("magic clip"); the prior
 *    is N((low + high) / 2, high - low);
 *  - categorical parameters: kernel i puts prior_weight / n_kernels on every choice plus 1 on
 *    its observed choice, normalised; the prior kernel is uniform.
 *
 * Samples of integers are rounded to the grid, and their density is the kernel's mass over
 * [x - step/2, x + step/2] (log space for log distributions), as in Optuna.
 */
import { logAddExp, logGaussMass, truncatedNormalLogPdf, truncatedNormalQuantile } from './truncated-normal.js';
import type { Distribution, ParamValue } from './types.js';

export const PRIOR_WEIGHT = 1;
/** The magic clip's floor is the range over min(100, 1 + kernels). */
const MAGIC_CLIP_MAX_KERNELS = 100;
/** Optuna's EPS: the floor of σ with the magic clip off. */
const EPS = 1e-12;

/**
 * Optuna's default_weights(n): 1 for each of fewer than 25 observations; else a linear ramp
 * from 1/n to 1 over the n - 25 oldest (by trial number) and 1 for the 25 newest.
 */
export function defaultWeights(n: number): number[] {
  if (n < 25) return new Array<number>(n).fill(1);
  const rampLength = n - 25;
  // np.linspace(1/n, 1, num=n-25): evenly spaced, both ends included (a single point is 1/n).
  const ramp = Array.from({ length: rampLength }, (_, i) => (rampLength === 1 ? 1 / n : 1 / n + ((1 - 1 / n) * i) / (rampLength - 1)));
  return [...ramp, ...new Array<number>(25).fill(1)];
}

interface NumericKernels {
  readonly kind: 'numeric';
  readonly mus: Float64Array;
  readonly sigmas: Float64Array;
  /** Bounds in the transformed space (log, widened by step / 2). */
  readonly low: number;
  readonly high: number;
  readonly log: boolean;
  /** 0 for floats. */
  readonly step: number;
  /** The distribution's own bounds, for rounding integer samples. */
  readonly gridLow: number;
  readonly gridHigh: number;
}

interface CategoricalKernels {
  readonly kind: 'categorical';
  /** n_kernels rows of probabilities over the choices. */
  readonly rows: readonly Float64Array[];
}

/** A fitted estimator: mixture weights and kernels. */
export interface ParzenEstimator {
  readonly weights: Float64Array;
  readonly kernels: NumericKernels | CategoricalKernels;
  readonly distribution: Distribution;
}

/** The sorted-neighbour bandwidths of Optuna's compute_sigmas, with the magic clip. */
export function bandwidths(mus: readonly number[], low: number, high: number, considerEndpoints = false, magicClip = true): Float64Array {
  const n = mus.length;
  const order = mus.map((_, i) => i).sort((i, j) => (mus[i] as number) - (mus[j] as number));
  const sorted = [low, ...order.map((i) => mus[i] as number), high];
  const sortedSigmas = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    sortedSigmas[k] = Math.max((sorted[k + 1] as number) - (sorted[k] as number), (sorted[k + 2] as number) - (sorted[k + 1] as number));
  }
  if (!considerEndpoints && sorted.length >= 4) {
    sortedSigmas[0] = (sorted[2] as number) - (sorted[1] as number);
    sortedSigmas[n - 1] = (sorted[n] as number) - (sorted[n - 1] as number);
  }
  const maxSigma = high - low;
  const minSigma = magicClip ? (high - low) / Math.min(MAGIC_CLIP_MAX_KERNELS, 1 + (n + 1)) : EPS;
  const sigmas = new Float64Array(n);
  order.forEach((index, k) => { sigmas[index] = Math.min(maxSigma, Math.max(minSigma, sortedSigmas[k] as number)); });
  return sigmas;
}

/** Position of a categorical value among the choices (its "internal representation"). */
export function choiceIndex(distribution: Distribution, value: ParamValue): number {
  return distribution.kind === 'categorical' ? distribution.choices.indexOf(value) : Number.NaN;
}

/** Fits the estimator to observed values of one parameter (in trial-number order). */
export function fitParzen(distribution: Distribution, observations: readonly ParamValue[]): ParzenEstimator {
  const n = observations.length;
  const raw = n === 0 ? [1] : [...defaultWeights(n), PRIOR_WEIGHT];
  const total = raw.reduce((a, b) => a + b, 0);
  const weights = Float64Array.from(raw, (w) => w / total);
  if (distribution.kind === 'categorical') {
    const choices = distribution.choices.length;
    if (n === 0) return { weights, distribution, kernels: { kind: 'categorical', rows: [new Float64Array(choices).fill(1 / choices)] } };
    const kernels = n + 1;
    const rows = Array.from({ length: kernels }, () => new Float64Array(choices).fill(PRIOR_WEIGHT / kernels));
    observations.forEach((value, i) => { (rows[i] as Float64Array)[choiceIndex(distribution, value)] += 1; });
    for (const row of rows) {
      const sum = row.reduce((a, b) => a + b, 0);
      for (let c = 0; c < choices; c++) row[c] = (row[c] as number) / (sum || 1);
    }
    return { weights, distribution, kernels: { kind: 'categorical', rows } };
  }
  const step = distribution.kind === 'int' ? distribution.step : 0;
  const transform = (x: number) => (distribution.log ? Math.log(x) : x);
  const low = transform(distribution.low - step / 2);
  const high = transform(distribution.high + step / 2);
  const mus = observations.map((value) => transform(value as number));
  const sigmas = bandwidths(mus, low, high);
  return {
    weights, distribution,
    kernels: {
      kind: 'numeric', low, high, log: distribution.log, step,
      mus: Float64Array.from([...mus, 0.5 * (low + high)]),
      sigmas: Float64Array.from([...sigmas, high - low]),
      gridLow: distribution.low, gridHigh: distribution.high,
    },
  };
}

function pickComponent(weights: Float64Array, u: number): number {
  let cumulative = 0;
  for (let k = 0; k < weights.length; k++) {
    cumulative += weights[k] as number;
    if (u < cumulative) return k;
  }
  return weights.length - 1;
}

/** One draw: a mixture component by its weight, then a value from that kernel (two uniforms from `random`). */
export function sampleParzen(estimator: ParzenEstimator, random: () => number): ParamValue {
  const component = pickComponent(estimator.weights, random());
  const { kernels, distribution } = estimator;
  const u = random();
  if (kernels.kind === 'categorical') {
    const row = kernels.rows[component] as Float64Array;
    const choices = (distribution as { choices: readonly ParamValue[] }).choices;
    // np.sum(cum_probs < u): the first choice whose cumulative probability reaches u.
    let cumulative = 0;
    for (let c = 0; c < row.length; c++) {
      cumulative = c === row.length - 1 ? 1 : cumulative + (row[c] as number);
      if (!(cumulative < u)) return choices[c] as ParamValue;
    }
    return choices[choices.length - 1] as ParamValue;
  }
  const mu = kernels.mus[component] as number;
  const sigma = kernels.sigmas[component] as number;
  let x = truncatedNormalQuantile(u, (kernels.low - mu) / sigma, (kernels.high - mu) / sigma) * sigma + mu;
  if (kernels.log) x = Math.exp(x);
  if (kernels.step) x = Math.min(kernels.gridHigh, Math.max(kernels.gridLow, kernels.gridLow + Math.round((x - kernels.gridLow) / kernels.step) * kernels.step));
  return x;
}

/** log of the mixture's density (mass, for integers) at `value`. */
export function parzenLogPdf(estimator: ParzenEstimator, value: ParamValue): number {
  const { kernels, weights } = estimator;
  let total = -Infinity;
  for (let k = 0; k < weights.length; k++) {
    let log: number;
    if (kernels.kind === 'categorical') {
      log = Math.log((kernels.rows[k] as Float64Array)[choiceIndex(estimator.distribution, value)] as number);
    } else {
      const mu = kernels.mus[k] as number;
      const sigma = kernels.sigmas[k] as number;
      const x = value as number;
      if (kernels.step) {
        const t = (v: number) => (kernels.log ? Math.log(v) : v);
        log = logGaussMass((t(x - kernels.step / 2) - mu) / sigma, (t(x + kernels.step / 2) - mu) / sigma)
          - logGaussMass((kernels.low - mu) / sigma, (kernels.high - mu) / sigma);
      } else {
        log = truncatedNormalLogPdf(kernels.log ? Math.log(x) : x, mu, sigma, kernels.low, kernels.high);
      }
    }
    total = logAddExp(total, log + Math.log(weights[k] as number));
  }
  return total;
}
