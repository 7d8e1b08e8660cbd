/**
 * Fits a line y = a x + b to points by minimising the mean of a registry loss of
 * (a x_i + b, y_i), with the loss's own kernel supplying the per-point gradients.
 *
 * Iteratively reweighted least squares: for a loss of the residual r with derivative ψ(r),
 * the minimum solves Σ ψ(r_i) (x_i, 1) = 0, i.e. weighted least squares with weights
 * w_i = ψ(r_i) / r_i, recomputed from the current line until it stops moving. ψ(r_i) is the
 * gradient the kernel returns for prediction i. MSE gives constant weights (one step, the
 * ordinary least-squares line); MAE gives 1 / |r_i| (the least-absolute-deviations line);
 * Huber gives 1 inside delta and delta / |r_i| beyond (outliers count linearly, not
 * quadratically). Residuals are kept at least EPS from 0, where ψ(r) / r is a limit.
 *
 * IRLS creeps towards an L1-type optimum (weights 1 / |r| blow up as residuals vanish), and such
 * an optimum is a line through two of the points. So the fit ends by trying the lines through
 * pairs of the points nearest the IRLS line and keeps one when the kernel's loss says it is lower.
 * For a smooth loss (MSE, Huber) none is lower and the IRLS line stays.
 */
import { getLoss } from '../../src/index.js';
import { maxOf } from '../../src/core/extent.js';

export interface LineFit {
  readonly slope: number;
  readonly intercept: number;
  /** The mean loss of the fitted line, from the kernel. */
  readonly loss: number;
  readonly iterations: number;
}

const MAX_ITERATIONS = 500;
/** How many of the points nearest the IRLS line the final vertex search pairs up. */
const VERTEX_CANDIDATES = 4;
/** Relative size of the smallest residual used for a weight. */
const EPS = 1e-7;
/**
 * Relative size of a converged step. Much smaller than EPS: IRLS converges linearly, slowly for
 * a Huber delta far below the residuals (nearly an L1 fit), and a step of EPS could stop it where
 * the gradient is still 1e-4 of the data (a fast-check counterexample, seed 532476728).
 */
const STEP_EPS = 1e-12;

function weightedLeastSquares(xs: ArrayLike<number>, ys: ArrayLike<number>, w: ArrayLike<number>): [number, number] {
  let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    const wi = w[i] as number, x = xs[i] as number, y = ys[i] as number;
    sw += wi; sx += wi * x; sy += wi * y; sxx += wi * x * x; sxy += wi * x * y;
  }
  const det = sw * sxx - sx * sx;
  if (!(Math.abs(det) > 0)) return [0, sy / sw];
  return [(sw * sxy - sx * sy) / det, (sxx * sy - sx * sxy) / det];
}

export function fitLine(lossName: string, options: Readonly<Record<string, unknown>>, xs: Float64Array, ys: Float64Array): LineFit {
  const entry = getLoss(lossName);
  const n = xs.length;
  const scale = maxOf(Array.from(ys, Math.abs), 1);
  const floor = EPS * scale;
  const converged = STEP_EPS * scale;
  const predictions = new Float64Array(n);
  const weights = new Float64Array(n).fill(1);
  const grad = new Float64Array(n);
  let [slope, intercept] = weightedLeastSquares(xs, ys, weights);
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const residuals = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = slope * (xs[i] as number) + intercept - (ys[i] as number);
      residuals[i] = Math.abs(r) < floor ? (r < 0 ? -floor : floor) : r;
      predictions[i] = (ys[i] as number) + (residuals[i] as number);
    }
    entry.evaluate({ input: predictions, target: ys }, { ...options, reduction: 'mean' }, { grads: { input: grad } });
    for (let i = 0; i < n; i++) weights[i] = (grad[i] as number) / (residuals[i] as number);
    const [a, b] = weightedLeastSquares(xs, ys, weights);
    const moved = Math.abs(a - slope) + Math.abs(b - intercept);
    slope = a;
    intercept = b;
    if (moved < converged) break;
  }
  const meanLoss = (a: number, b: number): number => {
    for (let i = 0; i < n; i++) predictions[i] = a * (xs[i] as number) + b;
    return entry.evaluate({ input: predictions, target: ys }, { ...options, reduction: 'mean' }).value as number;
  };
  let loss = meanLoss(slope, intercept);
  const nearest = Array.from({ length: n }, (_, i) => i)
    .sort((i, j) => Math.abs(slope * (xs[i] as number) + intercept - (ys[i] as number)) - Math.abs(slope * (xs[j] as number) + intercept - (ys[j] as number)))
    .slice(0, VERTEX_CANDIDATES);
  for (const i of nearest) for (const j of nearest) {
    const dx = (xs[j] as number) - (xs[i] as number);
    if (!(dx > 0)) continue;
    const a = ((ys[j] as number) - (ys[i] as number)) / dx;
    const b = (ys[i] as number) - a * (xs[i] as number);
    const candidate = meanLoss(a, b);
    if (candidate < loss) [slope, intercept, loss] = [a, b, candidate];
  }
  return { slope, intercept, loss, iterations: iterations + 1 };
}
