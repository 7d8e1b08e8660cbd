import type { FloatArray } from '../../core/tensor.js';

/**
 * The CTC forward-backward recursions for one sample, in the log domain (Graves et al. 2006,
 * §4.1). Alignment probabilities are products of up to T per-frame probabilities: e^-100 and
 * below is routine for long or confident-and-wrong sequences, which underflows float32 at once
 * and float64 soon after (a log-probability of -1000 per frame underflows in one step), so
 * every α and β is kept as a logarithm and combined with log-sum-exp.
 */

/**
 * log(e^a + e^b), exact when either is -Infinity (log 0: an unreachable state). The larger
 * term is factored out so the exponent is never positive; log1p keeps a tiny second term.
 */
export function logAddExp(a: number, b: number): number {
  const max = a > b ? a : b;
  if (max === -Infinity) return max;
  return max + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/** log(e^a + e^b + e^c) with the same guards. */
export function logAddExp3(a: number, b: number, c: number): number {
  const max = a > b ? (a > c ? a : c) : (b > c ? b : c);
  if (max === -Infinity) return max;
  return max + Math.log(Math.exp(a - max) + Math.exp(b - max) + Math.exp(c - max));
}

/**
 * One sample's view of the data and the per-call scratch (sized for the longest sample,
 * allocated once per call and reused for every sample).
 */
export interface CtcSample {
  /** logProbs [T, N, C] (unbatched [T, C] is N = 1). */
  readonly lp: FloatArray;
  readonly batch: number;
  readonly classes: number;
  /** This sample's index n and its frames T_n = inputLengths[n]. */
  readonly n: number;
  readonly frames: number;
  /** Blank-extended target l' = (b, l1, b, l2, ..., b): 2 L + 1 states. */
  readonly ext: Int32Array;
  /** canSkip[s]: the transition s-2 -> s exists (l'_s is a label different from l'_{s-2}). */
  readonly canSkip: Uint8Array;
  readonly states: number;
  /** log α, row-major [T_n, states] (first T_n * states entries used). */
  readonly alpha: Float64Array;
  /** Two rows of log β. */
  readonly beta: Float64Array;
  readonly betaPrev: Float64Array;
  /** Occupancy per class at one frame. */
  readonly gamma: Float64Array;
}

/** Fills `ext` and `canSkip` for target labels `labels[offset .. offset + length)`. */
export function extendTarget(labels: Int32Array, offset: number, length: number, blank: number, ext: Int32Array, canSkip: Uint8Array): number {
  const states = 2 * length + 1;
  for (let s = 0; s < states; s++) {
    ext[s] = s % 2 === 1 ? labels[offset + (s - 1) / 2] : blank;
    canSkip[s] = s % 2 === 1 && s >= 2 && ext[s] !== ext[s - 2] ? 1 : 0;
  }
  return states;
}

/**
 * Forward pass: fills log α and returns log P(target | x), -Infinity when no alignment fits in
 * T_n frames. α_t(s) includes the emission at t:
 *   α_0(0) = lp[0, b],  α_0(1) = lp[0, l1]
 *   α_t(s) = lp[t, l'_s] + lse(α_{t-1}(s), α_{t-1}(s-1), α_{t-1}(s-2) if canSkip[s])
 *   log P  = lse(α_{T-1}(S'-1), α_{T-1}(S'-2))
 * T_n = 0: P = 1 for an empty target (the empty alignment), else 0, as torch.
 */
export function forward(x: CtcSample): number {
  const { lp, batch, classes, n, frames, ext, canSkip, states, alpha } = x;
  if (frames === 0) return states === 1 ? 0 : -Infinity;
  const base0 = n * classes;
  for (let s = 0; s < states; s++) alpha[s] = s < 2 ? lp[base0 + ext[s]] : -Infinity;
  for (let t = 1; t < frames; t++) {
    const row = t * states;
    const prev = row - states;
    const base = (t * batch + n) * classes;
    for (let s = 0; s < states; s++) {
      let a = alpha[prev + s];
      if (s >= 1) a = canSkip[s] ? logAddExp3(a, alpha[prev + s - 1], alpha[prev + s - 2]) : logAddExp(a, alpha[prev + s - 1]);
      // -Infinity + lp stays -Infinity (lp is never +Infinity: validated), so unreachable states stay unreachable.
      alpha[row + s] = a + lp[base + ext[s]];
    }
  }
  const last = (frames - 1) * states;
  return states > 1 ? logAddExp(alpha[last + states - 1], alpha[last + states - 2]) : alpha[last];
}

/**
 * Backward pass and gradient for a sample with finite log P. β here EXCLUDES the emission at
 * t (β_t(s) = log of the probability of the frames after t given state s at t), so the state
 * occupancy is α_t(s) + β_t(s) - log P with no division by p_t (which would be 0/0 where a
 * log-probability is -Infinity):
 *   β_{T-1}(s) = 0 for s in {S'-1, S'-2}, else -Infinity
 *   β_{t-1}(s) = lse over s' in {s, s+1, s+2 if canSkip[s+2]} of lp[t, l'_{s'}] + β_t(s')
 *   γ_t(c) = Σ_{s: l'_s = c} exp(α_t(s) + β_t(s) - log P)
 *   d(-log P)/d lp[t, c] = -γ_t(c)        (every alignment visits one state per frame)
 * Σ_s α_t(s) β_t(s) = P at every t, so each exp() is in [0, 1]: γ is summed in linear space
 * without overflow. Writes scale · (-γ) into grad for t < T_n (the caller zeroes t >= T_n).
 */
export function backward(x: CtcSample, logP: number, scale: number, grad: FloatArray): void {
  const { lp, batch, classes, n, frames, ext, canSkip, states, alpha, gamma } = x;
  let beta = x.beta;
  let betaPrev = x.betaPrev;
  for (let s = 0; s < states; s++) beta[s] = s >= states - 2 ? 0 : -Infinity;
  for (let t = frames - 1; t >= 0; t--) {
    const row = t * states;
    const base = (t * batch + n) * classes;
    gamma.fill(0, 0, classes);
    for (let s = 0; s < states; s++) {
      const g = alpha[row + s] + beta[s] - logP;
      if (g > -Infinity) gamma[ext[s]] += Math.exp(g);
    }
    for (let c = 0; c < classes; c++) grad[base + c] = 0 - gamma[c] * scale; // 0 - x: +0, not -0, where γ = 0
    if (t === 0) break;
    // Emission at t folded into β_t once, then the three-way transition sums for β_{t-1}.
    for (let s = 0; s < states; s++) beta[s] += lp[base + ext[s]];
    for (let s = 0; s < states; s++) {
      const stay = beta[s];
      const step = s + 1 < states ? beta[s + 1] : -Infinity;
      betaPrev[s] = s + 2 < states && canSkip[s + 2] ? logAddExp3(stay, step, beta[s + 2]) : logAddExp(stay, step);
    }
    const swap = beta;
    beta = betaPrev;
    betaPrev = swap;
  }
}
