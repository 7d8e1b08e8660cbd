import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction, type ReductionPlan } from '../../core/reduction.js';
import { logSoftmaxRow } from '../../core/stable-math.js';
import { nest, type FloatArray } from '../../core/tensor.js';
import { classLayout, optionError, sameShape, type ClassLayout } from '../../core/validate.js';
import { classWeights, floatIndexTargets, indexTargetReduction, positionCount, rowOffset, weightTotal, zeroRow } from './cross-entropy-rows.js';
import { sampleLogits } from './nll-poly1.js';

/** Softmax cross-entropy family: cross-entropy, nll, categorical-cross-entropy, poly1, generalized cross-entropy. */

/** Index path: per-row (1-eps) w_t (-log p_t) + (eps/C) Σ_c w_c (-log p_c); ignored rows give 0. */
function indexRows(
  x: FloatArray, targets: Int32Array, layout: ClassLayout, weights: Float64Array | null,
  ignoreIndex: number, smoothing: number, plan: ReductionPlan, grad: FloatArray | undefined,
): number {
  const { classes, spatial } = layout;
  const { values, gradScale } = plan;
  const logp = new Float64Array(classes);
  const keep = 1 - smoothing;
  const spread = smoothing / classes;
  const massScaled = spread * weightTotal(weights, classes);
  let sum = 0;
  for (let p = 0; p < targets.length; p++) {
    const offset = rowOffset(layout, p);
    const t = targets[p];
    if (t === ignoreIndex) {
      if (values) values[p] = 0;
      if (grad) zeroRow(grad, offset, classes, spatial);
      continue;
    }
    // Log-softmax (max subtracted before exp), never log(softmax): logits of ±1e4 stay finite.
    logSoftmaxRow(x, offset, classes, spatial, logp);
    const wt = weights ? weights[t] : 1;
    let smooth = 0;
    if (spread !== 0) for (let c = 0; c < classes; c++) smooth -= (weights ? weights[c] : 1) * logp[c];
    const l = -keep * wt * logp[t] + spread * smooth;
    sum += l;
    if (values) values[p] = l;
    if (grad) {
      // d/dx_c = keep w_t (p_c - [c = t]) + spread (W p_c - w_c),  W = Σ_k w_k
      const a = (keep * wt + massScaled) * gradScale;
      for (let c = 0, i = offset; c < classes; c++, i += spatial) {
        const pick = c === t ? keep * wt : 0;
        grad[i] = a * Math.exp(logp[c]) - (pick + spread * (weights ? weights[c] : 1)) * gradScale;
      }
    }
  }
  return sum;
}

/** Probability path: per-row -Σ_c w_c y'_c log p_c with y' = (1-eps) y + eps/C. */
function probabilityRows(
  x: FloatArray, y: FloatArray, layout: ClassLayout, weights: Float64Array | null,
  smoothing: number, plan: ReductionPlan, grad: FloatArray | undefined,
): number {
  const { classes, spatial } = layout;
  const { values, gradScale } = plan;
  const logp = new Float64Array(classes);
  const keep = 1 - smoothing;
  const spread = smoothing / classes;
  const positions = positionCount(layout);
  let sum = 0;
  for (let p = 0; p < positions; p++) {
    const offset = rowOffset(layout, p);
    logSoftmaxRow(x, offset, classes, spatial, logp);
    let l = 0;
    let mass = 0;
    for (let c = 0, i = offset; c < classes; c++, i += spatial) {
      const wy = (weights ? weights[c] : 1) * (keep * y[i] + spread);
      l -= wy * logp[c];
      mass += wy;
    }
    sum += l;
    if (values) values[p] = l;
    if (grad) {
      // d/dx_c = (Σ_k w_k y'_k) p_c - w_c y'_c  (= p - y for unweighted rows summing to 1)
      for (let c = 0, i = offset; c < classes; c++, i += spatial) {
        const wy = (weights ? weights[c] : 1) * (keep * y[i] + spread);
        grad[i] = (mass * Math.exp(logp[c]) - wy) * gradScale;
      }
    }
  }
  return sum;
}

/**
 * Softmax cross-entropy on logits, with class-index or probability targets (PyTorch's
 * CrossEntropyLoss: log_softmax over the class axis 1, then NLL).
 *
 *   index target t:  l = (1-eps) w_t (-log p_t) + (eps/C) Σ_c w_c (-log p_c),  p = softmax(x)
 *   probability y:   l = -Σ_c w_c y'_c log p_c,  y' = (1-eps) y + eps/C
 *   dl/dx = keep w_t (p - e_t) + (eps/C)(W p - w)  |  (Σ_c w_c y'_c) p - w y'
 *
 * 'mean' (index targets) divides by Σ w_{t} over non-ignored targets (NaN when all are
 * ignored, gradient 0); with probability targets it divides by the number of positions.
 * Shapes: input [C], [N, C] or [N, C, d1, ...]; target: class indices [N, d1, ...] (or []) or
 *   probabilities of the input's shape. 'none' gives [N, d1, ...].
 * Hazards: none; log-softmax keeps logits of ±1e4 finite.
 * @example crossEntropy([[2, 1, 0.1]], [0]) // 0.417030
 */
export const crossEntropyLoss = defineLoss({
  name: 'cross-entropy',
  inputs: [
    input.prediction('input', 'Logits [C], [N, C] or [N, C, d1, ...] (class axis 1).', { domain: 'logit' }),
    // Declared float: the same argument carries integer class indices or probabilities,
    // told apart by shape (a target with the input's shape holds probabilities).
    input.float('target', 'Class indices [N, d1, ...] (integers), or probabilities with the input\'s shape.', { domain: 'label' }),
  ],
  options: {
    weight: option.tensor('Per-class weights [C] (rescale the loss of each class).'),
    ignoreIndex: option.number({ default: -100, integer: true, doc: 'Target value whose positions are skipped (index targets only).' }),
    labelSmoothing: option.number({ default: 0, min: 0, max: 1, doc: 'Mix eps of the uniform distribution into the target.' }),
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  meanDenominator: 'the sum of the target classes\' weights over non-ignored positions (their count without weights) for class-index targets; the number of positions N x d1 x ... for probability targets',
  sample(random) {
    const { logits, shape, targets, targetShape, classes } = sampleLogits(random, true);
    const options: Record<string, unknown> = {};
    if (random() < 0.4) options.weight = Array.from({ length: classes }, () => 0.25 + 1.5 * random());
    if (random() < 0.4) options.labelSmoothing = 0.05 + 0.4 * random();
    if (random() < 0.3) {
      // Probability targets: a random distribution per position, same shape as the logits.
      const probs = logits.map(() => 0.05 + random());
      return { inputs: { input: nest(logits, shape), target: nest(normaliseRows(probs, shape), shape) }, options };
    }
    if (random() < 0.3 && targets.length > 1) {
      options.ignoreIndex = -1;
      targets[Math.floor(random() * targets.length)] = -1;
    }
    return { inputs: { input: nest(logits, shape), target: nest(targets, targetShape) }, options };
  },
  finiteValueMeansFiniteGradient: true,
  kernel({ input: x, target }, { weight, ignoreIndex, labelSmoothing, reduction }, { input: grad }, { loss }) {
    const layout = classLayout(loss, 'input', x.shape);
    const weights = classWeights(loss, weight, layout.classes);
    if (sameShape(target.shape, x.shape)) {
      if (ignoreIndex >= 0) throw optionError(loss, 'ignoreIndex', 'must be negative with probability targets (ignoring a class is only defined for class-index targets)', ignoreIndex);
      const plan = planReduction(reduction, positionCount(layout), layout.positionShape, x.data);
      return plan.finish(probabilityRows(x.data, target.data, layout, weights, labelSmoothing, plan, grad));
    }
    const targets = floatIndexTargets(loss, target, layout, x.shape, ignoreIndex);
    const { plan, weights: scaled } = indexTargetReduction(reduction, targets, weights, ignoreIndex, layout.positionShape, x.data);
    return plan.finish(indexRows(x.data, targets, layout, scaled, ignoreIndex, labelSmoothing, plan, grad));
  },
}, {
  aliases: ['softmax-cross-entropy', 'sparse-categorical-cross-entropy', 'ce'],
  family: 'classification',
  training: [{ task: 'multiclass', link: 'identity', target: 'index' }],
  title: 'Softmax cross-entropy',
  summary: 'Negative log-likelihood of the true class (or target distribution) under the softmax of the logits.',
  formula: 'l = -sum_c w_c y_c log softmax(x)_c  (index target: y = one-hot, smoothed by eps/C)',
  behaviour: 'The standard multi-class classification loss: convex in the logits, with gradient p - y that never saturates for a wrong confident prediction. Class weights rebalance rare classes, ignoreIndex masks unlabelled positions (segmentation), label smoothing keeps the model from growing over-confident logits.',
  matches: 'torch.nn.functional.cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing)',
  anchors: {
    pytorch: 'nn.CrossEntropyLoss',
    keras: ['SparseCategoricalCrossentropy', 'CategoricalCrossentropy'],
    optax: ['softmax_cross_entropy_with_integer_labels', 'softmax_cross_entropy', 'safe_softmax_cross_entropy', 'multiclass_logistic_loss'],
    tfjs: ['tf.losses.softmaxCrossEntropy', 'layers:sparseCategoricalCrossentropy'],
  },
  example: {
    inputs: { input: [[3, 1, 0.2], [0.5, 2.5, 0.3]], target: [0, 2] },
    options: { reduction: 'none' },
    note: 'row 1 is confident and right (class 0); row 2 is confident in class 1 but the answer is class 2',
  },
});

/** Divides each class row (class axis 1) of a flat array by its sum. */
function normaliseRows(values: number[], shape: readonly number[]): number[] {
  const layout = classLayout('cross-entropy', 'target', shape);
  const out = values.slice();
  for (let p = 0; p < positionCount(layout); p++) {
    const offset = rowOffset(layout, p);
    let total = 0;
    for (let c = 0; c < layout.classes; c++) total += values[offset + c * layout.spatial]!;
    for (let c = 0; c < layout.classes; c++) out[offset + c * layout.spatial] = values[offset + c * layout.spatial]! / total;
  }
  return out;
}
