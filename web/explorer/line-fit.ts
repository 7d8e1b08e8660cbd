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
 *
 * IRLS converges linearly, slowly for a Huber delta far below the residuals (few points inside
 * delta carry all the curvature): 500 iterations could leave Σ ψ(r_i) x_i at 1e-4. So it ends
 * with Newton steps whose Hessian is differenced from the kernel's gradients; Huber's ψ is
 * piecewise linear, so once the points inside delta are the right ones a step lands on the
 * minimum. An L1-type loss has no curvature there and keeps the IRLS line for the vertex search.
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
  const gradient = (a: number, b: number): [number, number] => {
    for (let i = 0; i < n; i++) predictions[i] = a * (xs[i] as number) + b;
    entry.evaluate({ input: predictions, target: ys }, { ...options, reduction: 'mean' }, { grads: { input: grad } });
    let ga = 0, gb = 0;
    for (let i = 0; i < n; i++) { ga += (grad[i] as number) * (xs[i] as number); gb += grad[i] as number; }
    return [ga, gb];
  };
  [slope, intercept] = newtonPolish(slope, intercept, meanLoss, gradient);
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

const NEWTON_STEPS = 50;
/** Relative step of the differenced Hessian: small against a line's scale, far above rounding. */
const HESSIAN_STEP = 1e-6;

/**
 * Newton steps on (slope, intercept), each halved until the loss does not rise; stops where
 * the Hessian is not positive definite (no curvature: an L1-type loss) or a step no longer
 * lowers the gradient.
 */
function newtonPolish(slope: number, intercept: number, lossAt: (a: number, b: number) => number,
  gradientAt: (a: number, b: number) => [number, number]): [number, number] {
  let [ga, gb] = gradientAt(slope, intercept);
  let loss = lossAt(slope, intercept);
  for (let step = 0; step < NEWTON_STEPS && (ga !== 0 || gb !== 0); step++) {
    const ha = HESSIAN_STEP * Math.max(1, Math.abs(slope));
    const hb = HESSIAN_STEP * Math.max(1, Math.abs(intercept));
    const [aPlus, bPlus] = gradientAt(slope + ha, intercept);
    const [aMinus, bMinus] = gradientAt(slope - ha, intercept);
    const [abPlus, bbPlus] = gradientAt(slope, intercept + hb);
    const [abMinus, bbMinus] = gradientAt(slope, intercept - hb);
    const haa = (aPlus - aMinus) / (2 * ha);
    const hbb = (bbPlus - bbMinus) / (2 * hb);
    const hab = ((bPlus - bMinus) / (2 * ha) + (abPlus - abMinus) / (2 * hb)) / 2;
    const det = haa * hbb - hab * hab;
    if (!(haa > 0 && det > 0)) break;
    let da = -(hbb * ga - hab * gb) / det;
    let db = -(haa * gb - hab * ga) / det;
    let accepted = false;
    for (let halving = 0; halving < 40 && !accepted; halving++, da /= 2, db /= 2) {
      const candidate = lossAt(slope + da, intercept + db);
      const [ca, cb] = gradientAt(slope + da, intercept + db);
      if (candidate <= loss && Math.abs(ca) + Math.abs(cb) < Math.abs(ga) + Math.abs(gb)) {
        [slope, intercept, loss, ga, gb, accepted] = [slope + da, intercept + db, candidate, ca, cb, true];
      }
    }
    if (!accepted) break;
  }
  return [slope, intercept];
}
