import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction, type Reduction, type ReductionPlan, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import type { FloatArray, Tensor } from '../../core/tensor.js';
import { inUnitInterval, requireEach, requireSameShape } from '../../core/validate.js';

/**
 * Overlap losses for segmentation masks (Keras 3 semantics): each sample's soft overlap
 * between predicted probabilities and the target mask, summed over all non-batch axes.
 * input [N, ...] gives one value per sample ('none' -> [N], 'mean' over N); a 1-D input is
 * one sample (Keras's default axis=None applied to a flattened batch; 'none' -> []).
 */

/** keras.backend.epsilon(), added to the denominator (kept in float64). */
const KERAS_EPSILON = 1e-7;

interface SampleFrame {
  readonly p: FloatArray;
  readonly y: FloatArray;
  readonly samples: number;
  /** Elements per sample. */
  readonly size: number;
  readonly plan: ReductionPlan;
}

function sampleFrame(loss: string, input: Tensor, target: Tensor, reduction: Reduction): SampleFrame {
  requireSameShape(loss, 'target', target, 'input', input);
  // Overlaps are defined for probabilities and masks: outside [0, 1] the "mismatch" goes
  // negative (a loss below 0) and sums of 1e308 overflow.
  requireEach(loss, 'input', input, inUnitInterval, 'a probability in [0, 1]');
  requireEach(loss, 'target', target, inUnitInterval, 'a mask value in [0, 1]');
  const batched = input.shape.length >= 2;
  const samples = batched ? input.shape[0] : 1;
  const size = samples === 0 ? 0 : input.data.length / samples;
  const plan = planReduction(reduction, samples, batched ? [samples] : [], input.data);
  return { p: input.data, y: target.data, samples, size, plan };
}

const overlapInputs = [
  input.prediction('input', 'Predicted probabilities [N, ...] (or [D]: one sample).', { domain: 'probability' }),
  input.float('target', 'Target mask (0/1 or soft, in [0, 1]), same shape as input.', { domain: 'probability' }),
] as const;

/** Probabilities away from 0 and 1 with binary masks, a few samples of a few pixels. */
function sampleMasks(random: () => number) {
  const n = 1 + Math.floor(random() * 3);
  const d = 2 + Math.floor(random() * 5);
  const row = () => Array.from({ length: d }, () => 0.05 + 0.9 * random());
  const mask = () => Array.from({ length: d }, () => (random() < 0.5 ? 1 : 0));
  return { input: Array.from({ length: n }, row), target: Array.from({ length: n }, mask) };
}

/**
 * Dice loss: one minus the soft Dice coefficient (F1 score) between prediction and mask.
 *
 *   l_n = 1 - (2 sum_i y_i p_i + smooth) / (sum_i y_i + sum_i p_i + smooth + eps),  eps = 1e-7
 *   dl_n/dp_i = (num - 2 y_i den) / den^2
 *
 * The value is computed as (sum_i (y_i + p_i - 2 y_i p_i) + eps) / den, equal in exact
 * arithmetic, so a perfect prediction gives eps/den to full precision instead of 1 - (1 - tiny).
 * keras.losses.Dice() (axis=None) for a 1-D input. smooth (ours; 0 = Keras) is added to the
 * numerator and the denominator.
 * Shapes: input, target: equal, [N, ...] or [D]. Returns [N] for 'none' ([] for 1-D input).
 * Hazards: an empty mask with an empty prediction gives loss 1 and gradient 0 unless smooth > 0.
 * Inputs and targets outside [0, 1] are rejected (Keras takes them and returns negative losses).
 * @example dice([0, 1, 0, 1, 0.4, 0, 0, 0.9], [1, 1, 0, 0, 1, 1, 0, 0]) // 0.6164384
 */
export const diceLoss = defineLoss({
  name: 'dice',
  inputs: overlapInputs,
  options: { smooth: option.number({ default: 0, min: 0, doc: 'Added to numerator and denominator (0 = Keras; 1 is common elsewhere).' }) },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => ({ inputs: sampleMasks(random), options: { smooth: random() < 0.5 ? 0 : random() } }),
  kernel({ input, target }, { reduction, smooth }, { input: grad }, { loss }) {
    const { p, y, samples, size, plan } = sampleFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let n = 0, start = 0; n < samples; n++, start += size) {
      const end = start + size;
      let overlap = 0;
      let total = 0;
      let mismatch = 0;
      for (let i = start; i < end; i++) {
        const py = p[i] * y[i];
        overlap += py;
        total += y[i] + p[i];
        mismatch += y[i] + p[i] - 2 * py;
      }
      const num = 2 * overlap + smooth;
      const den = total + smooth + KERAS_EPSILON;
      const l = (mismatch + KERAS_EPSILON) / den;
      sum += l;
      if (values) values[n] = l;
      if (grad) {
        // (num - 2 y den) / den^2 as (num / den - 2 y) / den: den^2 overflows long before den.
        const ratio = num / den;
        for (let i = start; i < end; i++) grad[i] = ((ratio - 2 * y[i]) / den) * gradScale;
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['dice-loss', 'soft-dice'],
  family: 'segmentation',
  title: 'Dice loss',
  summary: 'One minus the soft Dice overlap (F1) between predicted probabilities and the target mask.',
  formula: 'l = 1 - (2 sum(y p) + smooth) / (sum(y) + sum(p) + smooth + eps),  eps = 1e-7',
  behaviour: 'Measures overlap rather than per-pixel error, so a tiny foreground object counts as much as a large one: the standard choice for imbalanced segmentation. Gradients can be noisy when masks are small; often combined with cross-entropy. smooth > 0 makes empty masks well behaved.',
  matches: 'keras.losses.dice(y_true=target, y_pred=input, axis=(1, ..., rank-1)) with smooth = 0',
  anchors: { keras: 'Dice', optax: ['dice_loss', 'binary_dice_loss'] },
  example: { inputs: { input: [[0, 1, 0, 1], [0.4, 0, 0, 0.9]], target: [[1, 1, 0, 0], [1, 1, 0, 0]] }, options: { reduction: 'none' }, note: 'the Keras docstring masks, one value per sample' },
});

/**
 * Tversky loss: Dice with separate weights on false positives (alpha) and false negatives
 * (beta); alpha = beta = 1 is the Jaccard (IoU) loss.
 *
 *   TP = sum p y,  FP = sum (1 - y) p,  FN = sum y (1 - p),  D = TP + alpha FP + beta FN + eps
 *   l_n = 1 - TP / D = (alpha FP + beta FN + eps) / D
 *   dl_n/dp_i = (TP (y_i + alpha (1 - y_i) - beta y_i) - y_i D) / D^2
 *
 * axis=None for a 1-D input (Salehi et al. 2017).
 * Shapes: as dice. Hazards: as dice (empty masks give loss 1, gradient 0).
 * @example tversky([0, 1, 0, 1, 0.4, 0, 0, 0.9], [1, 1, 0, 0, 1, 1, 0, 0], { alpha: 1, beta: 1 }) // 0.762712
 */
export const tverskyLoss = defineLoss({
  name: 'tversky',
  inputs: overlapInputs,
  options: {
    alpha: option.number({ default: 0.5, min: 0, doc: 'Weight of false positives.' }),
    beta: option.number({ default: 0.5, min: 0, doc: 'Weight of false negatives.' }),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => ({ inputs: sampleMasks(random), options: { alpha: 0.1 + 0.9 * random(), beta: 0.1 + 0.9 * random() } }),
  kernel({ input, target }, { reduction, alpha, beta }, { input: grad }, { loss }) {
    const { p, y, samples, size, plan } = sampleFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let n = 0, start = 0; n < samples; n++, start += size) {
      const end = start + size;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (let i = start; i < end; i++) {
        tp += p[i] * y[i];
        fp += (1 - y[i]) * p[i];
        fn += y[i] * (1 - p[i]);
      }
      const penalty = alpha * fp + beta * fn + KERAS_EPSILON;
      const den = tp + penalty;
      // penalty / den, or its limit 1 once alpha (or beta) makes the penalty overflow.
      const l = Number.isFinite(penalty) ? penalty / den : 1;
      sum += l;
      if (values) values[n] = l;
      if (grad) {
        // (tp dDen - y den) / den^2 as ((tp / den) dDen - y) / den: no den^2 to overflow.
        const share = tp / den;
        for (let i = start; i < end; i++) {
          const dDen = y[i] + alpha * (1 - y[i]) - beta * y[i];
          grad[i] = ((share * dDen - y[i]) / den) * gradScale;
        }
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['tversky-loss'],
  family: 'segmentation',
  title: 'Tversky loss',
  summary: 'Overlap loss weighting false positives by alpha and false negatives by beta.',
  formula: 'l = 1 - TP / (TP + alpha FP + beta FN + eps),  TP = sum(p y), FP = sum((1 - y) p), FN = sum(y (1 - p))',
  behaviour: 'A tunable Dice: beta > alpha penalises missed foreground more, raising recall on small lesions; alpha = beta = 0.5 is Dice, alpha = beta = 1 the Jaccard/IoU loss. Same small-mask noise as Dice.',
  matches: 'keras.losses.tversky(y_true=target, y_pred=input, alpha, beta, axis=(1, ..., rank-1))',
  anchors: { keras: 'Tversky', optax: 'dice_loss' },
  example: { inputs: { input: [[0, 1, 0, 1], [0.4, 0, 0, 0.9]], target: [[1, 1, 0, 0], [1, 1, 0, 0]] }, options: { reduction: 'none', alpha: 0.3, beta: 0.7 }, note: 'missed foreground (beta) costs more than false alarms (alpha)' },
});
