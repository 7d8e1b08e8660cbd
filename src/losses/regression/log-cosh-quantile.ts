import { input } from '../../core/define-loss.js';
import { STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { defineLoss } from '../define.js';
import { logCoshStable } from '../../core/stable-math.js';
import { option } from '../../core/options.js';
import { elementwiseFrame } from '../shared/elementwise.js';

/**
 * Regression losses beyond the squared/absolute family: log-cosh (smooth, L1-like tails) and
 * the pinball (quantile) loss. Same frame as squared-absolute.ts: equal shapes, 'mean' over numel.
 */

const robustInputs = [
  input.prediction('input', 'Predictions, any shape.'),
  input.float('target', 'True values, same shape as input.'),
] as const;

/** Residuals bounded away from 0 (the pinball kink) by at least 0.1. */
function sampleResiduals(random: () => number) {
  const n = 2 + Math.floor(random() * 5);
  const target = Array.from({ length: n }, () => 4 * random() - 2);
  const input = target.map((t) => t + (random() < 0.5 ? -1 : 1) * (0.1 + 2 * random()));
  return { inputs: { input, target } };
}


/**
 * Log-cosh loss: behaves like e^2/2 for small errors and like |e| - log 2 for large ones, and
 * is twice differentiable everywhere.
 *
 *   l_i = log(cosh(input_i - target_i))          dl/dinput_i = tanh(e_i)
 *
 * Keras averages the last axis; here 'none' is per element and 'mean' averages all elements.
 * Shapes: input, target: any, equal. Hazards: none (stable at |e| = 1e4, exact for tiny e).
 * @example logCosh([1, 0], [0, 0], { reduction: 'none' }) // [0.433781, 0]
 */
export const logCoshLoss = defineLoss({
  name: 'log-cosh',
  inputs: robustInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: sampleResiduals,
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = x[i] - y[i];
      const l = logCoshStable(e);
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = Math.tanh(e) * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['logcosh'],
  family: 'regression',
  training: [{ task: 'regression', link: 'identity', target: 'value' }],
  title: 'Log-cosh loss',
  summary: 'Logarithm of the hyperbolic cosine of the prediction error.',
  formula: 'l = log(cosh(input - target))',
  behaviour: 'Quadratic (like MSE/2) for small residuals and linear (like MAE) for large ones, but smooth everywhere: a Huber loss without a threshold to tune. The gradient tanh(e) is bounded by 1, so outliers pull with limited force.',
  matches: 'keras.losses.log_cosh(y_true, y_pred) per element; optax.losses.log_cosh(predictions, targets)',
  anchors: { keras: 'LogCosh', optax: 'log_cosh', tfjs: 'layers:logcosh' },
  example: { inputs: { input: [0.1, 1, 10], target: [0, 0, 0] }, options: { reduction: 'none' }, note: 'small errors cost ~e^2/2, large ones ~|e| - log 2' },
});

/**
 * Pinball (quantile) loss: an under-prediction costs tau per unit, an over-prediction
 * 1 - tau, so the minimiser is the tau-quantile of the target distribution.
 *
 *   l_i = max(tau (t_i - x_i), (tau - 1)(t_i - x_i))
 *   dl/dx_i = -tau if t_i > x_i,  1 - tau if t_i < x_i,  0 at t_i = x_i (as sign(0) = 0 for L1)
 *
 * tau = 0.5 gives half the mean absolute error.
 * Shapes: input, target: any, equal. Hazards: not differentiable at t = x (subgradient 0).
 * @example quantile([1, 1, 1, 0], [0, 0, 1, 1], { tau: 0.1 }) // 0.475
 */
export const quantileLoss = defineLoss({
  name: 'quantile',
  inputs: robustInputs,
  options: { tau: option.number({ default: 0.5, min: 0, max: 1, doc: 'Target quantile: the cost per unit of under-prediction (over-prediction costs 1 - tau).' }) },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => ({ ...sampleResiduals(random), options: { tau: 0.05 + 0.9 * random() } }),
  kernel({ input, target }, { reduction, tau }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    const below = -tau * gradScale;
    const above = (1 - tau) * gradScale;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const u = y[i] - x[i];
      const l = u >= 0 ? tau * u : (tau - 1) * u;
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = u > 0 ? below : u < 0 ? above : 0;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['pinball', 'quantile-loss'],
  family: 'regression',
  training: [{ task: 'regression', link: 'identity', target: 'value', errorScaling: { degree: 1 } }],
  title: 'Quantile (pinball) loss',
  summary: 'Asymmetric absolute error whose minimiser is the tau-quantile of the target.',
  formula: 'l = max(tau (target - input), (tau - 1)(target - input))',
  behaviour: 'Weights under-predictions by tau and over-predictions by 1 - tau, so the optimal prediction is the tau-quantile (tau = 0.5: the median, half of MAE). Train several taus for prediction intervals. Robust to outliers like MAE; not differentiable at zero error.',
  matches: 'tfa.losses.PinballLoss(tau=tau) per element; sklearn.metrics.mean_pinball_loss(y_true, y_pred, alpha=tau)',
  anchors: { other: ['tfa.losses.PinballLoss', 'sklearn.metrics.mean_pinball_loss'] },
  example: { inputs: { input: [90, 110], target: [100, 100] }, options: { reduction: 'none', tau: 0.9 }, note: 'tau 0.9: under-predicting by 10 costs 9, over-predicting by 10 costs 1' },
});
