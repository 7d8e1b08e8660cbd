import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { badElement, badShape } from '../../core/errors.js';
import { option } from '../../core/options.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { logSoftmaxRow, sigmoid } from '../../core/stable-math.js';
import type { FloatArray } from '../../core/tensor.js';
import { requireSameShape } from '../../core/validate.js';

/** optax's guard against classes absent from the batch: w_c = 1 / (f_c^2 + 1e-7). */
const EMPTY_CLASS_GUARD = 1e-7;

/** jnp.allclose(row sums, 1, rtol=1e-5) with its default atol 1e-8, as optax checks them. */
const ROW_SUM_TOLERANCE = 1e-8 + 1e-5;

const generalizedDiceInputs = [
  input.prediction('input', 'Logits [..., C] with the class axis last (probabilities when applySoftmax is false).', { domain: 'logit' }),
  input.float('target', 'One-hot (or probability) targets, same shape as input.'),
] as const;

/**
 * Writes the class probabilities of one position (a row of C values) into `out`: softmax over
 * the row (sigmoid when C = 1), or the row itself without applySoftmax. Softmax goes through
 * logSoftmaxRow, so logits of ±1e4 give probabilities 0 and 1, never NaN.
 */
function probabilities(x: FloatArray, offset: number, classes: number, applySoftmax: boolean, out: Float64Array): void {
  if (!applySoftmax) {
    for (let c = 0; c < classes; c++) out[c] = x[offset + c];
  } else if (classes === 1) {
    out[0] = sigmoid(x[offset]);
  } else {
    logSoftmaxRow(x, offset, classes, 1, out);
    for (let c = 0; c < classes; c++) out[c] = Math.exp(out[c]);
  }
}

/**
 * Generalized Dice loss (Sudre et al. 2017): per-class Dice weighted by the inverse squared
 * class volume, so rare classes count as much as common ones.
 *
 *   p = softmax over the last axis (sigmoid if C = 1);  f_c = sum over all positions of t_c
 *   w_c = C u_c / sum_k u_k,  u_c = 1 / (f_c^2 + 1e-7)
 *   I_nc = sum_s p t,  P_nc = sum_s p,  T_nc = sum_s t   (s: axes between the first and last)
 *   l_nc = w_c (1 - (I_nc + smooth) / (0.5 (P_nc + T_nc) + smooth))
 *   'mean' = mean over n and the kept classes c (optax's scalar), 'sum' their total,
 *   'none' the [N, C'] terms (C' = C - 1 with ignoreBackground), [C'] for a 1-D input.
 *
 * Shapes: input, target: [C], [N, C] or [N, d1, ..., C] (classes LAST, as optax; for [N, C]
 *   optax sums over no axis, so each sample's single pixel is its own Dice).
 * Hazards: a class absent from the whole batch gets weight ~C and the others ~0 (optax's
 *   epsilon); the weights come from the targets only and carry no gradient. Without
 *   applySoftmax, rows must sum to 1 (checked, as optax does).
 * @example generalizedDice([[2, 0], [0, 2]], [[1, 0], [0, 1]]) // 0.0434825
 */
export const generalizedDiceLoss = defineLoss({
  name: 'generalized-dice',
  inputs: generalizedDiceInputs,
  options: {
    smooth: option.number({ default: 1, min: 0, doc: 'Added to the intersection and to the denominator of every class Dice.' }),
    applySoftmax: option.boolean(true, 'Input holds logits (softmax over the last axis; sigmoid if C = 1); false: probabilities.'),
    ignoreBackground: option.boolean(false, 'Leave class 0 out of the loss (its weight still counts in the normalisation).'),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const batch = 1 + Math.floor(random() * 2);
    const spatial = 1 + Math.floor(random() * 3);
    const classes = random() < 0.2 ? 1 : 2 + Math.floor(random() * 2);
    const applySoftmax = random() < 0.8;
    const position = () => {
      const hot = Math.floor(random() * (classes === 1 ? 2 : classes));
      const target = classes === 1 ? [hot] : Array.from({ length: classes }, (_, c) => (c === hot ? 1 : 0));
      let row = Array.from({ length: classes }, () => (applySoftmax ? 4 * random() - 2 : 0.1 + random()));
      if (!applySoftmax) {
        const total = row.reduce((a, b) => a + b, 0);
        row = classes === 1 ? [1] : row.map((v) => v / total);
      }
      return { row, target };
    };
    const cells = Array.from({ length: batch }, () => Array.from({ length: spatial }, position));
    return {
      inputs: { input: cells.map((r) => r.map((cell) => cell.row)), target: cells.map((r) => r.map((cell) => cell.target)) },
      options: { applySoftmax, smooth: 0.1 + random(), ignoreBackground: random() < 0.3 },
    };
  },
  kernel({ input, target }, { reduction, smooth, applySoftmax, ignoreBackground }, { input: grad }, { loss }) {
    requireSameShape(loss, 'target', target, 'input', input);
    const { shape } = input;
    if (shape.length === 0) throw badShape(loss, 'input', 'rank >= 1 ([C], [N, C] or [N, d1, ..., C]; classes last)', shape);
    const x = input.data;
    const t = target.data;
    const classes = shape[shape.length - 1];
    const batch = shape.length >= 2 ? shape[0] : 1;
    const positions = classes === 0 ? 0 : x.length / classes;
    const spatial = batch === 0 ? 0 : positions / batch;
    if (!applySoftmax) {
      for (let pos = 0; pos < positions; pos++) {
        let rowSum = 0;
        for (let c = 0; c < classes; c++) rowSum += x[pos * classes + c];
        if (!(Math.abs(rowSum - 1) <= ROW_SUM_TOLERANCE)) {
          throw badElement(loss, 'input', 'rows summing to 1 along the last axis when applySoftmax is false (row sum shown)', rowSum, pos, shape.slice(0, -1));
        }
      }
    }
    const skip = ignoreBackground && classes > 1 ? 1 : 0;
    const kept = classes - skip;

    // Pass 1: per (sample, class) sums over the spatial positions, and class volumes.
    const cells = batch * classes;
    const inter = new Float64Array(cells);
    const predSum = new Float64Array(cells);
    const targetSum = new Float64Array(cells);
    // sum (p + t - 2 p t) = P + T - 2 I accumulated directly: exact 0 for a perfect prediction.
    const mismatch = new Float64Array(cells);
    const weight = new Float64Array(classes);
    const p = new Float64Array(classes);
    for (let n = 0; n < batch; n++) {
      for (let s = 0; s < spatial; s++) {
        const offset = (n * spatial + s) * classes;
        probabilities(x, offset, classes, applySoftmax, p);
        for (let c = 0; c < classes; c++) {
          const pc = p[c];
          const tc = t[offset + c];
          const k = n * classes + c;
          inter[k] += pc * tc;
          predSum[k] += pc;
          targetSum[k] += tc;
          mismatch[k] += pc + tc - 2 * pc * tc;
          weight[c] += tc;
        }
      }
    }
    let weightTotal = 0;
    for (let c = 0; c < classes; c++) {
      weight[c] = 1 / (weight[c] * weight[c] + EMPTY_CLASS_GUARD);
      weightTotal += weight[c];
    }
    for (let c = 0; c < classes; c++) weight[c] *= classes / weightTotal;

    const plan = planReduction(reduction, batch * kept, shape.length >= 2 ? [batch, kept] : [kept], x);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let n = 0; n < batch; n++) {
      for (let c = skip; c < classes; c++) {
        const k = n * classes + c;
        // 1 - (I + s) / (0.5 (P + T) + s) = 0.5 (P + T - 2 I) / den.
        const l = (weight[c] * 0.5 * mismatch[k]) / (0.5 * (predSum[k] + targetSum[k]) + smooth);
        sum += l;
        if (values) values[n * kept + c - skip] = l;
      }
    }
    if (!grad) return plan.finish(sum);

    // Pass 2: dl/dp_c = -w_c (t_c den - 0.5 (I + s)) / den^2, then back through the softmax
    // (dx_k = p_k (g_k - sum_j p_j g_j)), the sigmoid (g p (1 - p)), or as is.
    const g = new Float64Array(classes);
    for (let n = 0; n < batch; n++) {
      for (let s = 0; s < spatial; s++) {
        const offset = (n * spatial + s) * classes;
        probabilities(x, offset, classes, applySoftmax, p);
        let dot = 0;
        for (let c = 0; c < classes; c++) {
          const k = n * classes + c;
          const den = 0.5 * (predSum[k] + targetSum[k]) + smooth;
          g[c] = c < skip ? 0 : (-weight[c] * (t[offset + c] * den - 0.5 * (inter[k] + smooth)) / (den * den)) * gradScale;
          dot += p[c] * g[c];
        }
        for (let c = 0; c < classes; c++) {
          if (!applySoftmax) grad[offset + c] = g[c];
          else if (classes === 1) grad[offset] = g[0] * p[0] * (1 - p[0]);
          else grad[offset + c] = p[c] * (g[c] - dot);
        }
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['generalised-dice', 'gdl'],
  family: 'segmentation',
  title: 'Generalized Dice loss',
  summary: 'Multi-class Dice loss with each class weighted by the inverse square of its target volume.',
  formula: 'l = mean_{n,c} w_c (1 - (sum p t + smooth) / (0.5 (sum p + sum t) + smooth)),  w_c ∝ 1 / (sum t_c)^2',
  behaviour: 'Dice for several classes at once, re-weighted so that a small structure counts as much as a large background: made for highly unbalanced multi-class segmentation. Weights depend on the batch, so the loss of one sample changes with the others in its batch.',
  matches: 'optax.losses.multiclass_generalized_dice_loss(predictions=input, targets=target, smooth=smooth, apply_softmax=applySoftmax, ignore_background=ignoreBackground)',
  anchors: { optax: 'multiclass_generalized_dice_loss', other: 'Sudre et al. 2017, Generalised Dice overlap' },
  example: { inputs: { input: [[[2, 0, 0], [0, 2, 0]], [[2, 0, 0], [0, 0, 2]]], target: [[[1, 0, 0], [0, 1, 0]], [[1, 0, 0], [0, 0, 1]]] }, options: { reduction: 'none' }, note: 'class 0 twice as frequent as classes 1 and 2: it gets a quarter of their weight' },
});
