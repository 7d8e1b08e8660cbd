import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { sigmoid, softplus } from '../../core/stable-math.js';
import { inUnitInterval, requireEach, requireSameShape } from '../../core/validate.js';
import { broadcastReader } from '../shared/broadcast.js';

import { sampleBinary } from './binary-sample.js';

/**
 * Binary cross-entropy family: bce on probabilities, bce-with-logits, multilabel-soft-margin.
 * Each element is an independent yes/no prediction; targets may be soft (in [0, 1]).
 * `weight` (and `posWeight`) broadcast to the input as in PyTorch; 'mean' divides by numel,
 * never by the sum of the weights.
 */

/** ATen's EPSILON in binary_cross_entropy_backward: the float32 rounding of 1e-12. */
const BCE_GRAD_EPSILON = Math.fround(1e-12);

/**
 * Binary cross-entropy on predicted probabilities.
 *
 *   l_i = -w_i [y_i max(log x_i, -100) + (1 - y_i) max(log(1 - x_i), -100)]
 *   dl/dx_i = w_i (x_i - y_i) / max(x_i (1 - x_i), 1e-12)     (ATen's backward)
 *
 * Shapes: input, target: any, equal; weight broadcasts to the input ([C], [N, 1], ...).
 * Hazards: each log term is clamped at -100 (a confident wrong answer costs 100, not
 * Infinity); the gradient there is ATen's ±1e12, not the derivative of the clamped value.
 * @example bce([0.9, 0.1, 0.2, 0.9], [1, 1, 0, 0], { reduction: 'none' }) // [0.105361, 2.302585, 0.223144, 2.302585]
 */
export const bceLoss = defineLoss({
  name: 'bce',
  inputs: [
    input.prediction('input', 'Predicted probabilities in [0, 1], any shape.', { domain: 'probability' }),
    input.float('target', 'Target probabilities in [0, 1] (0/1 labels or soft), same shape as input.', { domain: 'probability' }),
  ],
  options: {
    weight: option.tensor('Element-wise rescaling, broadcast to the input (e.g. [C] per class, [N, 1] per sample).'),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => sampleBinary(random, 'probability'),
  kernel({ input: x, target }, { weight, reduction }, { input: grad }, { loss }) {
    requireSameShape(loss, 'target', target, 'input', x);
    const w = broadcastReader(loss, 'weight', weight, x.shape);
    requireEach(loss, 'input', x, inUnitInterval, 'a probability in [0, 1]');
    requireEach(loss, 'target', target, inUnitInterval, 'a probability in [0, 1]');
    const p = x.data;
    const y = target.data;
    const n = p.length;
    const plan = planReduction(reduction, n, x.shape, p);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const xi = p[i];
      const yi = y[i];
      const wi = w ? w.next() : 1;
      // PyTorch clamps each log at -100 so x = 0 or 1 gives a finite (large) loss;
      // log1p(-x) keeps log(1 - x) exact for tiny x.
      const logX = Math.max(Math.log(xi), -100);
      const logNotX = Math.max(Math.log1p(-xi), -100);
      const l = -wi * (yi * logX + (1 - yi) * logNotX);
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = ((wi * (xi - yi)) / Math.max(xi * (1 - xi), BCE_GRAD_EPSILON)) * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['binary-cross-entropy', 'log-loss', 'binary-crossentropy'],
  family: 'classification',
  training: [{ task: 'binary', link: 'sigmoid', target: 'zero-one' }],
  title: 'Binary cross-entropy',
  summary: 'Negative log-likelihood of binary (or soft) targets under predicted probabilities.',
  formula: 'l = -w [y log x + (1 - y) log(1 - x)],  each log clamped at -100',
  behaviour: 'The standard loss for a sigmoid output: the cost grows without bound (up to the clamp, 100) as a wrong prediction becomes confident, so it punishes overconfidence much harder than squared error. Taking probabilities loses precision near 0 and 1; prefer bce-with-logits when the model produces logits.',
  matches: 'torch.nn.functional.binary_cross_entropy(input, target, weight, reduction)',
  anchors: { pytorch: 'nn.BCELoss', keras: 'BinaryCrossentropy', tfjs: ['tf.losses.logLoss', 'layers:binaryCrossentropy'] },
  example: {
    inputs: { input: [0.9, 0.1, 0.2, 0.9], target: [1, 1, 0, 0] },
    options: { reduction: 'none' },
    note: 'cat (1) / dog (0): a cat at 0.9 costs 0.105, a cat at 0.1 costs 2.303, a dog at 0.2 costs 0.223, a dog at 0.9 costs 2.303',
  },
});

/**
 * Binary cross-entropy on logits (sigmoid cross-entropy), with an optional extra weight on
 * the positive term.
 *
 *   L = 1 + (pw - 1) y                       (pw = posWeight, default 1)
 *   l = w [(1 - y) x + L softplus(-x)]       softplus(-x) = max(-x, 0) + log1p(e^-|x|)
 *   dl/dx = w [(pw y + 1 - y) σ(x) - pw y]
 *
 * Shapes: input, target: any, equal; weight and posWeight broadcast to the input (posWeight
 * is usually [C], the last axis, or [C, 1, 1] per channel).
 * Hazards: none — the softplus form never overflows (logit ±1e4 gives a finite loss and a
 * gradient of at most w·max(pw, 1)). Targets are not checked (soft targets outside [0, 1]
 * are accepted, as in PyTorch).
 * @example bceWithLogits([1.5], [1]) // 0.201413
 */
export const bceWithLogitsLoss = defineLoss({
  name: 'bce-with-logits',
  valueRevealsNonFiniteInputs: true,
  finiteValueMeansFiniteGradient: true,
  inputs: [
    input.prediction('input', 'Logits, any shape.', { domain: 'logit' }),
    input.float('target', 'Target probabilities (0/1 labels or soft), same shape as input.', { domain: 'probability' }),
  ],
  options: {
    weight: option.tensor('Element-wise rescaling, broadcast to the input.'),
    posWeight: option.tensor('Weight of the positive term, broadcast to the input (usually [C]: negatives / positives per class).'),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => sampleBinary(random, 'logit'),
  kernel({ input: x, target }, { weight, posWeight, reduction }, { input: grad }, { loss }) {
    requireSameShape(loss, 'target', target, 'input', x);
    const w = broadcastReader(loss, 'weight', weight, x.shape);
    const pw = broadcastReader(loss, 'posWeight', posWeight, x.shape);
    const z = x.data;
    const y = target.data;
    const n = z.length;
    const plan = planReduction(reduction, n, x.shape, z);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const xi = z[i];
      const yi = y[i];
      const wi = w ? w.next() : 1;
      const pwi = pw ? pw.next() : 1;
      const positive = pwi * yi;
      // (1 - y) x + L softplus(-x) is (1 - y)(-log(1 - σ)) + L(-log σ) without ever
      // exponentiating a positive number: exact and finite at logits ±1e4.
      const l = wi * ((1 - yi) * xi + (1 + positive - yi) * softplus(-xi));
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = wi * ((positive + 1 - yi) * sigmoid(xi) - positive) * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['sigmoid-cross-entropy', 'binary-cross-entropy-with-logits'],
  family: 'classification',
  training: [{ task: 'binary', link: 'identity', target: 'zero-one' }],
  title: 'Binary cross-entropy with logits',
  summary: 'Binary cross-entropy of sigmoid(logit), computed stably from the logit.',
  formula: 'l = w [(1 - y) x + (1 + (pw - 1) y) softplus(-x)]',
  behaviour: 'The numerically safe way to train a sigmoid output: the same loss as bce on sigmoid(x), but computed in log space so extreme logits give exact finite values and the gradient is simply sigmoid(x) - y. posWeight > 1 raises recall on a rare positive class (e.g. negatives / positives).',
  matches: 'torch.nn.functional.binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weight)',
  anchors: {
    pytorch: 'nn.BCEWithLogitsLoss',
    keras: 'BinaryCrossentropy',
    optax: ['sigmoid_binary_cross_entropy', 'binary_logistic_loss'],
    tfjs: 'tf.losses.sigmoidCrossEntropy',
  },
  example: {
    inputs: { input: [1.5, 1.5, -2, 3], target: [1, 0, 0, 1] },
    options: { reduction: 'none' },
    note: 'logit 1.5 for a positive costs 0.201 (PyTorch docs), for a negative 1.701',
  },
});
