import { input } from '../../core/define-loss.js';
import { STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { sign } from '../../core/stable-math.js';
import { elementwiseFrame } from '../shared/elementwise.js';

/**
 * Regression losses on real-valued predictions: l_i = f(e_i), e = input - target.
 * All take `input` and `target` of identical shape; 'mean' divides by numel.
 */

/** Predictions near the targets, errors bounded away from 0 and from ±1 (the kinks of mae, huber, smooth-l1). */
export function sampleRegression(random: () => number) {
  const n = 2 + Math.floor(random() * 5);
  const target = Array.from({ length: n }, () => 4 * random() - 2);
  const input = target.map((t) => t + (random() < 0.5 ? -1 : 1) * (0.1 + 0.75 * random() + (random() < 0.4 ? 1.2 : 0)));
  return { inputs: { input, target } };
}

const regressionInputs = [
  input.prediction('input', 'Predictions, any shape.'),
  input.float('target', 'True values, same shape as input.'),
] as const;

/**
 * Mean squared error: squares the error, so a residual twice as large costs four times as
 * much; the optimum is the conditional mean.
 *
 *   l_i = (input_i - target_i)^2            dl/dinput_i = 2 e_i
 *
 * Shapes: input, target: any, equal. Hazards: none (outliers dominate the sum).
 * @example mse([120], [100], { reduction: 'none' }) // [400]
 */
export const mseLoss = defineLoss({
  name: 'mse',
  valueRevealsNonFiniteInputs: true,
  finiteValueMeansFiniteGradient: true,
  inputs: regressionInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: sampleRegression,
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = x[i] - y[i];
      const l = e * e;
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = 2 * e * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['l2', 'squared-error', 'mean-squared-error'],
  family: 'regression',
  training: [{ task: 'regression', link: 'identity', target: 'value', errorScaling: { degree: 2 } }],
  title: 'Mean squared error',
  summary: 'Average squared difference between prediction and target.',
  formula: 'l = (input - target)^2',
  behaviour: 'Smooth and convex; the gradient grows with the error, so large residuals (outliers) dominate training. Its minimiser is the conditional mean. Choose it when errors are roughly Gaussian and large mistakes should be punished hard.',
  matches: 'torch.nn.functional.mse_loss(input, target, reduction)',
  anchors: { pytorch: 'nn.MSELoss', keras: 'MeanSquaredError', optax: ['squared_error', 'l2_loss'], tfjs: ['tf.losses.meanSquaredError', 'layers:meanSquaredError'] },
  example: { inputs: { input: [120, 150], target: [100, 100] }, options: { reduction: 'none' }, note: 'house price 100: predictions 120 and 150' },
});

/**
 * Mean absolute error (L1): every unit of error costs the same, so outliers pull no harder
 * than ordinary points; the optimum is the conditional median.
 *
 *   l_i = |input_i - target_i|              dl/dinput_i = sign(e_i), sign(0) = 0
 *
 * Hazards: not differentiable at e = 0 (PyTorch's subgradient 0 is used).
 * @example mae([120], [100], { reduction: 'none' }) // [20]
 */
export const maeLoss = defineLoss({
  name: 'mae',
  valueRevealsNonFiniteInputs: true,
  finiteValueMeansFiniteGradient: true,
  inputs: regressionInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: sampleRegression,
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = x[i] - y[i];
      const l = Math.abs(e);
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = sign(e) * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['l1', 'mean-absolute-error', 'absolute-difference'],
  family: 'regression',
  training: [{ task: 'regression', link: 'identity', target: 'value', errorScaling: { degree: 1 } }],
  title: 'Mean absolute error',
  summary: 'Average absolute difference between prediction and target.',
  formula: 'l = |input - target|',
  behaviour: 'Robust to outliers: the gradient has constant magnitude, so a huge residual pulls no harder than a small one. Its minimiser is the conditional median. Not differentiable at zero error and the constant gradient makes convergence near the optimum slower.',
  matches: 'torch.nn.functional.l1_loss(input, target, reduction)',
  anchors: { pytorch: 'nn.L1Loss', keras: 'MeanAbsoluteError', tfjs: ['tf.losses.absoluteDifference', 'layers:meanAbsoluteError'] },
  example: { inputs: { input: [120, 150], target: [100, 100] }, options: { reduction: 'none' }, note: 'house price 100: predictions 120 and 150' },
});

/**
 * Huber loss: quadratic near zero, linear beyond `delta`; robust to outliers.
 *
 *   l_i = 0.5 e_i^2                   if |e_i| < delta      (e = input - target)
 *         delta (|e_i| - 0.5 delta)   otherwise
 *   dl/dinput_i = e_i inside, delta sign(e_i) outside (continuous at the kink)
 *
 * Shapes: input, target: any, equal. Hazards: none (the gradient is bounded by delta).
 * @example huber([0, 3], [0, 0]) // 1.25
 */
export const huberLoss = defineLoss({
  name: 'huber',
  valueRevealsNonFiniteInputs: true,
  finiteValueMeansFiniteGradient: true,
  inputs: regressionInputs,
  options: { delta: option.number({ default: 1, min: 0, exclusiveMin: true, doc: 'Residual size where the loss turns from quadratic to linear.' }) },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: sampleRegression,
  kernel({ input, target }, { reduction, delta }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    const halfDelta = 0.5 * delta;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = x[i] - y[i];
      const a = Math.abs(e);
      const inside = a < delta;
      const l = inside ? 0.5 * e * e : delta * (a - halfDelta);
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = (inside ? e : delta * sign(e)) * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  family: 'regression',
  training: [{ task: 'regression', link: 'identity', target: 'value', errorScaling: { degree: 2, unitOptions: ['delta'] } }],
  title: 'Huber loss',
  summary: 'Squared error for small residuals, absolute error (scaled by delta) for large ones.',
  formula: 'l = 0.5 e^2 if |e| < delta else delta (|e| - 0.5 delta),  e = input - target',
  behaviour: 'A compromise between MSE and MAE: smooth near zero like MSE (fast, stable convergence), linear in the tails like MAE (outliers pull with a bounded force delta). Choose it when most errors are Gaussian-like but some targets are corrupted; delta sets where an error starts to count as an outlier.',
  matches: 'torch.nn.functional.huber_loss(input, target, reduction, delta)',
  anchors: { pytorch: 'nn.HuberLoss', keras: 'Huber', optax: 'huber_loss', tfjs: 'tf.losses.huberLoss' },
  example: { inputs: { input: [120, 150], target: [100, 100] }, options: { reduction: 'none', delta: 10 }, note: 'house price 100, delta 10' },
});

/**
 * Smooth L1: Huber divided by beta, so the linear part has slope 1 whatever beta is.
 *
 *   l_i = 0.5 e_i^2 / beta   if |e_i| < beta,   |e_i| - 0.5 beta   otherwise
 *   beta = 0 is exactly L1 (as PyTorch dispatches to l1_loss).
 *
 * Hazards: none; beta = 0 has the L1 kink at e = 0 (subgradient 0).
 * @example smoothL1([0, 3], [0, 0]) // 1.25
 */
export const smoothL1Loss = defineLoss({
  name: 'smooth-l1',
  valueRevealsNonFiniteInputs: true,
  finiteValueMeansFiniteGradient: true,
  inputs: regressionInputs,
  options: { beta: option.number({ default: 1, min: 0, doc: 'Width of the quadratic region; 0 gives L1.' }) },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: sampleRegression,
  kernel({ input, target }, { reduction, beta }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    const halfBeta = 0.5 * beta;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = x[i] - y[i];
      const a = Math.abs(e);
      const inside = a < beta;
      const l = inside ? (0.5 * e * e) / beta : a - halfBeta;
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = (inside ? e / beta : sign(e)) * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['smoothl1'],
  family: 'regression',
  training: [{ task: 'regression', link: 'identity', target: 'value', errorScaling: { degree: 1, unitOptions: ['beta'] } }],
  title: 'Smooth L1 loss',
  summary: 'L1 loss with the kink at zero rounded off over a width beta (Huber / beta).',
  formula: 'l = 0.5 e^2 / beta if |e| < beta else |e| - 0.5 beta,  e = input - target',
  behaviour: 'Like Huber but normalised so the tails have slope 1: behaves like L1 (robust to outliers) with a smooth quadratic bowl of width beta near zero. Popular for bounding-box regression. beta -> 0 gives L1.',
  matches: 'torch.nn.functional.smooth_l1_loss(input, target, reduction, beta)',
  anchors: { pytorch: 'nn.SmoothL1Loss' },
  example: { inputs: { input: [0.5, 3], target: [0, 0] }, options: { reduction: 'none' } },
});
