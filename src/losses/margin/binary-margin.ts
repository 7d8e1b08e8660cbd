import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { planReduction, type LossValue, type Reduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { sigmoid, softplus } from '../../core/stable-math.js';
import { nest, type FloatArray, type NestedNumbers, type Tensor } from '../../core/tensor.js';
import { isPlusMinusOne, isZeroOrOne, requireEach, requireSameShape } from '../../core/validate.js';
import { elementwiseFrame } from '../shared/elementwise.js';
import { lastAxisLayout, randomRowsShape } from '../shared/last-axis-rows.js';

/**
 * Binary margin losses on a score x and a label t in {-1, 1}: hinge and squared hinge (Keras,
 * mean over the last axis), soft margin (PyTorch, elementwise), perceptron (optax, elementwise).
 * The multiclass ones (categorical-hinge, multiclass-hinge, multiclass-perceptron) live in
 * multiclass.ts. Kink convention: at t x exactly on the hinge the gradient is 0 (strict
 * `z > 0`, PyTorch's kernels), where TF/Keras would pass -t and JAX would pass -t/2.
 */

/**
 * Scores x with t x kept at least 0.1 away from the hinge at t x = 1 (and from 0, the
 * perceptron's kink), labels ±1 or, for hinge, sometimes 0/1.
 */
function sampleBinary(random: () => number, allowBinary: boolean) {
  const shape = random() < 0.2 ? [2, 2, 3] : randomRowsShape(random, 1, 5);
  const count = shape.reduce((a, b) => a * b, 1);
  const binary = allowBinary && random() < 0.3;
  const t = Array.from({ length: count }, () => (random() < 0.5 ? -1 : 1));
  const x = t.map((y) => {
    const sideOfHinge = random() < 0.5 ? 0.1 + 0.8 * random() : 1.1 + 1.5 * random();
    return y * (random() < 0.2 ? -sideOfHinge : sideOfHinge);
  });
  const target = binary ? t.map((y) => (y + 1) / 2) : t;
  return { input: nestDeep(x, shape), target: nestDeep(target, shape) };
}

function nestDeep(values: number[], shape: readonly number[]): NestedNumbers {
  return shape.length === 3 ? [nest(values.slice(0, 6), [2, 3]), nest(values.slice(6), [2, 3])] : nest(values, shape);
}

/**
 * The Keras hinge pair: l_row = mean_c h(1 - t_c x_c), h(z) = max(z, 0) or max(z, 0)^2.
 * Targets are mapped 2y - 1 when every one of them is 0 or 1 (Keras's data-dependent switch);
 * otherwise each must be -1 or 1.
 */
function kerasHinge(loss: string, squared: boolean, input: Tensor, target: Tensor, reduction: Reduction, grad: FloatArray | undefined): LossValue {
  requireSameShape(loss, 'target', target, 'input', input);
  const { rows, size, outShape } = lastAxisLayout(loss, 'input', input, '[..., C]: the mean runs over the last axis');
  const t = target.data;
  let fromBinary = true;
  for (let i = 0; i < t.length && fromBinary; i++) fromBinary = isZeroOrOne(t[i]);
  if (!fromBinary) requireEach(loss, 'target', target, isPlusMinusOne, '-1 or 1 (or every target 0 or 1, then mapped to 2y - 1)');
  const plan = planReduction(reduction, rows, outShape, input.data);
  const { values } = plan;
  const x = input.data;
  const scale = plan.gradScale / size;
  let sum = 0;
  for (let r = 0, i = 0; r < rows; r++) {
    let row = 0;
    for (let c = 0; c < size; c++, i++) {
      const y = fromBinary ? 2 * t[i] - 1 : t[i];
      const z = 1 - y * x[i];
      const active = z > 0;
      if (active) row += squared ? z * z : z;
      if (grad) grad[i] = active ? -y * (squared ? 2 * z : 1) * scale : 0;
    }
    const l = row / size;
    sum += l;
    if (values) values[r] = l;
  }
  return plan.finish(sum);
}

const hingeInputs = [
  input.prediction('input', 'Scores, [..., C] (the last axis is averaged).'),
  input.float('target', 'Labels -1/1, same shape as input; all-0/1 targets are mapped to -1/1.', { domain: 'label' }),
] as const;

/**
 * Hinge loss (Keras): the SVM loss, zero once the score is on the right side by a margin of 1.
 *
 *   l = mean over the last axis of max(0, 1 - t x),   t = 2y - 1 if every y is 0 or 1
 *   dl/dx = -t / C where 1 - t x > 0, else 0 (0 exactly at the kink; Keras/TF would give -t / C)
 *
 * Shapes: input, target: [..., C], equal; 'none' gives [...] ([] for 1-D input).
 * Hazards: targets other than ±1 (or an all-0/1 batch) are a domain error (Keras uses them as given).
 * @example hinge([[0.5, -2], [2, 1]], [[1, 1], [-1, 1]], { reduction: 'none' }) // [1.75, 1.5]
 */
export const hingeLoss = defineLoss({
  name: 'hinge',
  inputs: hingeInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => ({ inputs: sampleBinary(random, true) }),
  kernel: ({ input, target }, { reduction }, { input: grad }, { loss }) => kerasHinge(loss, false, input, target, reduction, grad),
}, {
  aliases: ['hinge-loss', 'svm-hinge'],
  family: 'margin',
  training: [{ task: 'binary', link: 'identity', target: 'plus-minus-one' }],
  title: 'Hinge loss',
  summary: 'Penalises scores on the wrong side of the margin t x = 1, linearly; mean over the last axis.',
  formula: 'l = mean_c max(0, 1 - t_c x_c),  t = 2y - 1 when all y are 0/1',
  behaviour: 'The linear SVM loss: correct, confident predictions (t x >= 1) cost nothing and get no gradient, so training focuses on points near or beyond the boundary. Not differentiable at t x = 1; produces no probabilities.',
  matches: 'keras.losses.hinge(y_true, y_pred) averaged over samples (Keras Hinge)',
  anchors: { keras: 'Hinge', optax: 'hinge_loss', tfjs: ['tf.losses.hingeLoss', 'layers:hinge'] },
  example: { inputs: { input: [[0.5, -2], [2, 1]], target: [[1, 1], [-1, 1]] }, options: { reduction: 'none' }, note: 'scores 0.5 and -2 for two positives; 2 for a negative, 1 for a positive' },
});

/**
 * Squared hinge loss (Keras): the hinge squared, smooth at the margin.
 *
 *   l = mean over the last axis of max(0, 1 - t x)^2,   t = 2y - 1 if every y is 0 or 1
 *   dl/dx = -2 t max(0, 1 - t x) / C
 *
 * Shapes: input, target: [..., C], equal; 'none' gives [...]. Hazards: as hinge.
 * @example squaredHinge([[0.5, -2], [2, 1]], [[1, 1], [-1, 1]], { reduction: 'none' }) // [4.625, 4.5]
 */
export const squaredHingeLoss = defineLoss({
  name: 'squared-hinge',
  inputs: hingeInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => ({ inputs: sampleBinary(random, true) }),
  kernel: ({ input, target }, { reduction }, { input: grad }, { loss }) => kerasHinge(loss, true, input, target, reduction, grad),
}, {
  aliases: ['l2-svm'],
  family: 'margin',
  training: [{ task: 'binary', link: 'identity', target: 'plus-minus-one' }],
  title: 'Squared hinge loss',
  summary: 'Squared penalty for scores on the wrong side of the margin t x = 1; mean over the last axis.',
  formula: 'l = mean_c max(0, 1 - t_c x_c)^2,  t = 2y - 1 when all y are 0/1',
  behaviour: 'The L2-SVM loss: differentiable everywhere (the gradient vanishes continuously at the margin) and punishes large violations quadratically, so it is more outlier-sensitive than the hinge.',
  matches: 'keras.losses.squared_hinge(y_true, y_pred) averaged over samples (Keras SquaredHinge)',
  anchors: { keras: 'SquaredHinge', tfjs: 'layers:squaredHinge' },
  example: { inputs: { input: [[0.5, -2], [2, 1]], target: [[1, 1], [-1, 1]] }, options: { reduction: 'none' } },
});

const signedInputs = [
  input.prediction('input', 'Scores, any shape.'),
  input.float('target', 'Labels -1 or 1, same shape as input.', { domain: 'label' }),
] as const;

/**
 * Soft margin loss: the logistic loss on ±1 labels, a smooth hinge.
 *
 *   l_i = log(1 + exp(-t_i x_i)) = softplus(-t_i x_i)      dl/dx_i = -t_i sigmoid(-t_i x_i)
 *
 * Shapes: input, target: any, equal. Hazards: targets must be ±1 (torch accepts any value; 0/1
 * labels would silently give log 2 and no gradient for the zeros), else a domain error.
 * @example softMargin([1, -2], [1, 1], { reduction: 'none' }) // [0.3132617, 2.126928]
 */
export const softMarginLoss = defineLoss({
  name: 'soft-margin',
  inputs: signedInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => ({ inputs: sampleBinary(random, false) }),
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    requireEach(loss, 'target', target, isPlusMinusOne, '-1 or 1');
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const m = -y[i] * x[i];
      // softplus(m) = max(m, 0) + log1p(e^-|m|): no exp overflow at m = 1e4 (torch gives inf).
      const l = softplus(m);
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = -y[i] * sigmoid(m) * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['soft-margin-loss'],
  family: 'margin',
  training: [{ task: 'binary', link: 'identity', target: 'plus-minus-one' }],
  title: 'Soft margin loss',
  summary: 'Logistic loss log(1 + e^{-t x}) on labels -1/1.',
  formula: 'l = log(1 + exp(-t x))',
  behaviour: 'Binary cross-entropy with logits written for ±1 labels: smooth everywhere, never exactly zero, linear in the violation for badly wrong scores. Gives calibrated probabilities sigmoid(x).',
  matches: 'torch.nn.functional.soft_margin_loss(input, target, reduction), computed stably as softplus(-t x)',
  anchors: { pytorch: 'nn.SoftMarginLoss' },
  example: { inputs: { input: [1, -2, 3], target: [1, 1, -1] }, options: { reduction: 'none' } },
});

/**
 * Perceptron loss (optax): zero for correctly signed scores, -t x otherwise.
 *
 *   l_i = max(0, -t_i x_i)          dl/dx_i = -t_i where -t_i x_i > 0, else 0 (0 at x = 0)
 *
 * Shapes: input, target: any, equal. Hazards: targets must be ±1 (domain error otherwise);
 * at x = 0 JAX splits the tie (-t/2), here the subgradient is 0.
 * @example perceptron([0.5, -2], [1, 1], { reduction: 'none' }) // [0, 2]
 */
export const perceptronLoss = defineLoss({
  name: 'perceptron',
  inputs: signedInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => ({ inputs: sampleBinary(random, false) }),
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    requireEach(loss, 'target', target, isPlusMinusOne, '-1 or 1');
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const m = -y[i] * x[i];
      const l = m > 0 ? m : 0;
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = m > 0 ? -y[i] * gradScale : 0;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['perceptron-loss'],
  family: 'margin',
  title: 'Perceptron loss',
  summary: 'Zero for correctly signed scores, the size of the mistake otherwise.',
  formula: 'l = max(0, -t x)',
  behaviour: "Rosenblatt's perceptron criterion: a hinge at 0 instead of 1, so any correct score costs nothing and there is no push towards a margin. Not differentiable at x = 0.",
  matches: 'optax.losses.perceptron_loss(predictor_outputs, targets)',
  anchors: { optax: 'perceptron_loss' },
  example: { inputs: { input: [0.5, -2, 1], target: [1, 1, -1] }, options: { reduction: 'none' } },
});
