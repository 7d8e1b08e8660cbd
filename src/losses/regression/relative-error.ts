import { input } from '../../core/define-loss.js';
import { STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { defineLoss } from '../define.js';
import { sign } from '../../core/stable-math.js';
import { elementwiseFrame } from '../shared/elementwise.js';

/**
 * Relative and log-scale regression errors (Keras semantics, per element): the error is
 * measured relative to the target's size, so 110 vs 100 costs what 1.1 vs 1 costs.
 * 'none' is per element, 'mean' averages all elements (Keras averages the last axis first;
 * for equal-length rows the 'mean' is the same number).
 */

/** keras.backend.epsilon(), the clip Keras applies (kept in float64 here). */
const KERAS_EPSILON = 1e-7;

const relativeInputs = [
  input.prediction('input', 'Predictions, any shape.'),
  input.float('target', 'True values, same shape as input.'),
] as const;

/** Positive targets and predictions within ±60% of them, never equal (the mape kink). */
function sampleRelative(random: () => number) {
  const n = 2 + Math.floor(random() * 5);
  const target = Array.from({ length: n }, () => 0.5 + 3 * random());
  const input = target.map((t) => t * (1 + (random() < 0.5 ? -1 : 1) * (0.05 + 0.55 * random())));
  return { inputs: { input, target } };
}

/**
 * Mean squared logarithmic error: the squared error of log(1 + ·), so it measures ratios
 * and forgives over-shooting large targets. Values below epsilon are clipped to epsilon.
 *
 *   l_i = (log1p(max(x_i, eps)) - log1p(max(t_i, eps)))^2,   eps = 1e-7
 *   dl/dx_i = 2 (log1p(max(x_i, eps)) - log1p(max(t_i, eps))) / (1 + x_i) if x_i >= eps, else 0
 *
 * Shapes: input, target: any, equal.
 * Hazards: negative predictions are clipped to eps and get zero gradient (they cannot recover
 *   through this loss alone). log1p keeps tiny values (1e-6) exact where log(1 + x) would not.
 * @example msle([3], [1], { reduction: 'none' }) // [0.480453]
 */
export const msleLoss = defineLoss({
  name: 'msle',
  inputs: relativeInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: sampleRelative,
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i];
      // Keras clips with maximum(x, eps); TF routes a tie's gradient to x, hence >=.
      const active = xi >= KERAS_EPSILON;
      const lx = Math.log1p(active ? xi : KERAS_EPSILON);
      const d = lx - Math.log1p(Math.max(y[i], KERAS_EPSILON));
      const l = d * d;
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = active ? ((2 * d) / (1 + xi)) * gradScale : 0;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['mean-squared-logarithmic-error'],
  family: 'regression',
  training: [{ task: 'regression', link: 'identity', target: 'value' }],
  title: 'Mean squared logarithmic error',
  summary: 'Squared difference between log(1 + prediction) and log(1 + target).',
  formula: 'l = (log(1 + max(input, eps)) - log(1 + max(target, eps)))^2,  eps = 1e-7',
  behaviour: 'Measures relative rather than absolute error: predicting 110 for 100 costs about what 1.1 for 1 costs. Penalises under-prediction more than over-prediction. Suited to positive targets spanning orders of magnitude (counts, prices). Negative predictions are clipped and receive no gradient.',
  matches: 'keras.losses.mean_squared_logarithmic_error(y_true, y_pred) per element',
  anchors: { keras: 'MeanSquaredLogarithmicError', tfjs: 'layers:meanSquaredLogarithmicError' },
  example: { inputs: { input: [120, 150], target: [100, 100] }, options: { reduction: 'none' }, note: 'house price 100: predictions 120 and 150' },
});

/**
 * Mean absolute percentage error: the absolute error as a percentage of the target.
 *
 *   l_i = 100 |t_i - x_i| / max(|t_i|, eps),   eps = 1e-7
 *   dl/dx_i = 100 sign(x_i - t_i) / max(|t_i|, eps),  sign(0) = 0
 *
 * Shapes: input, target: any, equal.
 * Hazards: a target of 0 divides by eps = 1e-7 (losses of order 1e9); not differentiable at
 *   x = t (subgradient 0). Asymmetric: over-predictions can cost more than 100%.
 * @example mape([120, 150], [100, 100], { reduction: 'none' }) // [20, 50]
 */
export const mapeLoss = defineLoss({
  name: 'mape',
  inputs: relativeInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: sampleRelative,
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = x[i] - y[i];
      const scale = 100 / Math.max(Math.abs(y[i]), KERAS_EPSILON);
      const l = Math.abs(e) * scale;
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = sign(e) * scale * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['mean-absolute-percentage-error'],
  family: 'regression',
  training: [{ task: 'regression', link: 'identity', target: 'value' }],
  title: 'Mean absolute percentage error',
  summary: 'Absolute error as a percentage of the target magnitude.',
  formula: 'l = 100 |target - input| / max(|target|, eps),  eps = 1e-7',
  behaviour: 'Scale-free and easy to explain (an error of 5 means 5%). Explodes for targets near zero (divided by at most eps = 1e-7) and favours under-prediction, since an under-prediction can cost at most 100%. Not differentiable at zero error.',
  matches: 'keras.losses.mean_absolute_percentage_error(y_true, y_pred) per element',
  anchors: { keras: 'MeanAbsolutePercentageError', tfjs: 'layers:meanAbsolutePercentageError' },
  example: { inputs: { input: [120, 150], target: [100, 100] }, options: { reduction: 'none' }, note: 'house price 100: predictions 120 and 150' },
});

/** Relative/log-scale regression errors: msle, mape. */
