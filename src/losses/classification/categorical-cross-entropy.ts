import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { LossError, badShape, formatShape } from '../../core/errors.js';
import { option } from '../../core/options.js';
import { planReduction } from '../../core/reduction.js';
import type { Tensor } from '../../core/tensor.js';
import { inUnitInterval, requireClassIndices, requireEach, requireSameShape, sameShape } from '../../core/validate.js';

/**
 * Keras-style categorical losses on probabilities, class axis last: categorical
 * cross-entropy (rows renormalised and clipped) and generalized cross-entropy.
 */

/** Rows x classes of a tensor whose last axis holds the classes; rank 0 is rejected. */
function lastAxisRows(loss: string, tensor: Tensor) {
  const { shape } = tensor;
  if (shape.length === 0) throw badShape(loss, 'input', 'rank >= 1 (classes on the last axis)', shape);
  const classes = shape[shape.length - 1]!;
  return { classes, rows: classes === 0 ? 0 : tensor.data.length / classes, rowShape: shape.slice(0, -1) };
}

/** A random probability row (entries >= 0.05 / (C + 0.05 C) before normalising: nothing sits at a clip). */
function sampleRow(random: () => number, classes: number): number[] {
  const row = Array.from({ length: classes }, () => 0.05 + random());
  const total = row.reduce((a, b) => a + b, 0);
  return row.map((v) => v / total);
}

function sampleProbabilities(random: () => number) {
  const rows = 1 + Math.floor(random() * 3);
  const classes = 2 + Math.floor(random() * 4);
  return { rows, classes, data: Array.from({ length: rows }, () => sampleRow(random, classes)) };
}

/**
 * Categorical cross-entropy on predicted probabilities, as Keras: each row is divided by its
 * sum, clipped to [epsilon, 1 - epsilon], and scored against the target distribution.
 *
 *   q = clip(x / Σ_k x_k, eps, 1 - eps),   y' = (1 - ls) y + ls / C
 *   l = -Σ_c y'_c log q_c
 *   dl/dx_k = (Σ_{c unclipped} y'_c) / Σx - [k unclipped] y'_k / x_k   (clipped entries pass no gradient)
 *
 * Shapes: input, target [..., C], equal; 'none' gives [...] (one value per row).
 * Hazards: a row summing to 0 cannot be normalised (domain error); the clip bounds each
 * row's loss by -log(eps) ≈ 16.1 and zeroes the gradient of saturated entries.
 * @example categoricalCrossEntropy([[0.05, 0.95, 0], [0.1, 0.8, 0.1]], [[0, 1, 0], [0, 0, 1]], { reduction: 'none' }) // [0.0513, 2.3026]
 */
export const categoricalCrossEntropyLoss = defineLoss({
  name: 'categorical-cross-entropy',
  inputs: [
    input.prediction('input', 'Predicted probabilities [..., C] (rows are renormalised to sum to 1).', { domain: 'probability' }),
    input.float('target', 'Target distribution (one-hot or soft), same shape as input.', { domain: 'probability' }),
  ],
  options: {
    epsilon: option.number({ default: 1e-7, min: 0, max: 0.5, exclusiveMin: true, doc: 'Probabilities are clipped to [epsilon, 1 - epsilon] before the log (Keras backend epsilon).' }),
    labelSmoothing: option.number({ default: 0, min: 0, max: 1, doc: 'Mix ls of the uniform distribution into the target.' }),
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample(random) {
    const { classes, data } = sampleProbabilities(random);
    const scale = random() < 0.3 ? 0.5 + 2 * random() : 1; // sometimes unnormalised rows
    const input = data.map((row) => row.map((v) => v * scale));
    const oneHot = (hot: number) => Array.from({ length: classes }, (_, c) => (c === hot ? 1 : 0));
    const target = data.map(() => (random() < 0.5 ? oneHot(Math.floor(random() * classes)) : sampleRow(random, classes)));
    const options = random() < 0.3 ? { labelSmoothing: 0.3 * random() } : {};
    return { inputs: { input, target }, options };
  },
  kernel({ input: x, target }, { epsilon, labelSmoothing, reduction }, { input: grad }, { loss }) {
    requireSameShape(loss, 'target', target, 'input', x);
    const { classes, rows, rowShape } = lastAxisRows(loss, x);
    requireEach(loss, 'input', x, (v) => v >= 0, 'a probability >= 0');
    const plan = planReduction(reduction, rows, rowShape, x.data);
    const { values, gradScale } = plan;
    const p = x.data;
    const y = target.data;
    const keep = 1 - labelSmoothing;
    const spread = labelSmoothing / classes;
    const low = epsilon;
    const high = 1 - epsilon;
    let sum = 0;
    for (let n = 0, offset = 0; n < rows; n++, offset += classes) {
      let total = 0;
      for (let c = 0; c < classes; c++) total += p[offset + c];
      if (!(total > 0)) {
        throw new LossError('domain', `${loss}: 'input' row ${n} sums to 0 (each row is divided by its sum; input shape ${formatShape(x.shape)})`, loss, 'input');
      }
      let l = 0;
      let unclippedMass = 0; // Σ y'_c over unclipped entries: the renormalisation's share of the gradient
      for (let c = 0; c < classes; c++) {
        const q = p[offset + c] / total;
        const yc = keep * y[offset + c] + spread;
        // The clip keeps log finite at q = 0 (Keras: clip, then log).
        l -= yc * Math.log(q < low ? low : q > high ? high : q);
        if (q >= low && q <= high) unclippedMass += yc;
      }
      sum += l;
      if (values) values[n] = l;
      if (grad) {
        const shared = (unclippedMass / total) * gradScale;
        for (let c = 0; c < classes; c++) {
          const xc = p[offset + c];
          const q = xc / total;
          const own = q >= low && q <= high ? (keep * y[offset + c] + spread) / xc : 0;
          grad[offset + c] = shared - own * gradScale;
        }
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['cce', 'categorical-crossentropy'],
  family: 'classification',
  training: [{ task: 'multiclass', link: 'softmax', target: 'one-hot' }],
  title: 'Categorical cross-entropy (probabilities)',
  summary: 'Cross-entropy between a target distribution and predicted class probabilities (Keras semantics).',
  formula: 'l = -sum_c y_c log clip(x_c / sum_k x_k, eps, 1 - eps)',
  behaviour: 'The classic classification loss for a softmax output layer: only the probability given to the true class matters for one-hot targets, and a confident wrong answer costs up to -log(eps) ≈ 16. Taking probabilities (not logits) loses precision for very confident predictions; prefer cross-entropy on logits when you can.',
  matches: 'keras.losses.categorical_crossentropy(y_true, y_pred, from_logits=False, label_smoothing)',
  anchors: { keras: 'CategoricalCrossentropy', tfjs: 'layers:categoricalCrossentropy' },
  example: {
    inputs: {
      input: [[0.1, 0, 0.1, 0.7, 0, 0, 0, 0, 0.1, 0], [0.1, 0.1, 0.1, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0]],
      target: [[0, 0, 0, 1, 0, 0, 0, 0, 0, 0], [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]],
    },
    options: { reduction: 'none' },
    note: 'a digit "3": a confident prediction (0.7 on class 3) costs 0.357, an uncertain one (0.2) costs 1.609',
  },
});

/**
 * Generalized cross-entropy (the L_q loss of Zhang & Sabuncu 2018): a Box-Cox transform of
 * the true class's probability, between cross-entropy (q -> 0) and MAE (q = 1); robust to
 * noisy labels because confidently "wrong" samples get a bounded loss (at most 1/q).
 *
 *   l = (1 - p_t^q) / q          dl/dp_t = -p_t^(q-1),  0 for the other classes
 *
 * Shapes: input [..., C] probabilities; target integer labels [...] (or [..., 1]).
 * Hazards: the gradient -p_t^(q-1) is infinite at p_t = 0 (as in Keras); the value is finite.
 * @example generalizedCrossEntropy([[0.7, 0.3], [0.2, 0.8], [0.6, 0.4], [0.4, 0.6]], [0, 1, 0, 1], { q: 0.7 }) // 0.345293
 */
export const generalizedCrossEntropyLoss = defineLoss({
  name: 'generalized-cross-entropy',
  inputs: [
    // Marked 'non-negative' rather than 'probability': at p_t = 0 the true derivative
    // -p_t^(q-1) is infinite (q < 1), so the contract's push to exactly 0 cannot be finite.
    input.prediction('input', 'Predicted probabilities [..., C] in [0, 1].', { domain: 'non-negative' }),
    input.int('target', 'Integer class labels [...] (or [..., 1]).', { domain: 'index' }),
  ],
  options: {
    q: option.number({ default: 0.5, min: 0, max: 1, exclusiveMin: true, exclusiveMax: true, doc: 'Box-Cox exponent: near 0 behaves like cross-entropy, near 1 like MAE.' }),
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample(random) {
    const { rows, classes, data } = sampleProbabilities(random);
    const target = Array.from({ length: rows }, () => Math.floor(random() * classes));
    return { inputs: { input: data, target }, options: { q: 0.2 + 0.7 * random() } };
  },
  kernel({ input: x, target }, { q, reduction }, { input: grad }, { loss }) {
    const { classes, rows, rowShape } = lastAxisRows(loss, x);
    const trailingOne = sameShape(target.shape, [...rowShape, 1]);
    if (!sameShape(target.shape, rowShape) && !trailingOne) {
      throw new LossError('shape', `${loss}: 'target' has shape ${formatShape(target.shape)} but 'input' has shape ${formatShape(x.shape)} (expected target shape ${formatShape(rowShape)})`, loss, 'target');
    }
    requireClassIndices(loss, target, classes);
    requireEach(loss, 'input', x, inUnitInterval, 'a probability in [0, 1]');
    const plan = planReduction(reduction, rows, rowShape, x.data);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let n = 0, offset = 0; n < rows; n++, offset += classes) {
      const t = target.data[n];
      const logPt = Math.log(x.data[offset + t]);
      // (1 - p^q)/q as -expm1(q log p)/q: no cancellation when p_t is close to 1.
      const l = -Math.expm1(q * logPt) / q;
      sum += l;
      if (values) values[n] = l;
      if (grad) {
        for (let c = 0; c < classes; c++) grad[offset + c] = 0;
        grad[offset + t] = -Math.exp((q - 1) * logPt) * gradScale;
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['gce'],
  family: 'classification',
  training: [{ task: 'multiclass', link: 'softmax', target: 'index' }],
  title: 'Generalized cross-entropy',
  summary: 'Noise-robust (1 - p_t^q) / q loss on the true class\'s predicted probability.',
  formula: 'l = (1 - p_t^q) / q',
  behaviour: 'Interpolates between cross-entropy (q -> 0) and mean absolute error on probabilities (q = 1). The loss of a sample is bounded by 1/q, so a mislabelled sample the model confidently disagrees with cannot dominate training: a standard choice for learning with noisy labels. Converges more slowly than cross-entropy on clean data.',
  matches: 'keras.losses.CategoricalGeneralizedCrossEntropy(q)(y_true, y_pred)',
  anchors: { keras: 'CategoricalGeneralizedCrossEntropy', other: 'Zhang & Sabuncu 2018, Generalized Cross Entropy Loss' },
  example: {
    inputs: { input: [[0.7, 0.3], [0.2, 0.8], [0.6, 0.4], [0.4, 0.6]], target: [0, 1, 0, 1] },
    options: { reduction: 'none', q: 0.7 },
    note: 'Keras docstring example (its mean is 0.3453)',
  },
});
