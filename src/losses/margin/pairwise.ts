import { input } from '../../core/define-loss.js';
import { nest } from '../../core/tensor.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import {
  classLayout, isPlusMinusOne, requireClassIndices, requireEach, requireIndexTargetShape, requireLength, requireRank, requireSameShape,
} from '../../core/validate.js';
import { elementwiseFrame } from '../shared/elementwise.js';
import { nestLabels, randomRowsShape, randomValues } from '../shared/last-axis-rows.js';

/**
 * PyTorch's margin losses over classes and pairs: multi-margin and multilabel-margin
 * (multilabel.ts), margin-ranking and hinge-embedding.
 * Kinks follow PyTorch exactly: the C++ kernels of multi-margin and multilabel-margin count a
 * term only when z > 0 (gradient 0 at z = 0); margin-ranking and hinge-embedding are autograd
 * through clamp_min, which passes the gradient at z = 0.
 */

const multiMarginInputs = [
  input.prediction('input', 'Class scores, [N, C] or [C].'),
  input.int('target', 'True class index per row, [N] or [].'),
] as const;

/**
 * Multi-class margin loss (PyTorch): every wrong class d whose score comes within `margin` of
 * the true class's costs the shortfall (or its square), weighted by the true class's weight.
 *
 *   l_n = (w_y / C) sum_{d != y} max(0, margin - x_y + x_d)^p,   p in {1, 2}
 *   dl/dx_d = (w_y / C) p z^(p-1) for active d,  dl/dx_y = -(sum of those)
 *
 * Shapes: input [N, C] or [C]; target int [N] or []; weight [C]. 'mean' averages over N (the
 * weights are not in the denominator). Hazards: the weight multiplies AFTER the power (ATen's
 * kernel; the docs formula puts it inside). Only z > 0 counts (gradient 0 at the kink).
 * @example multiMargin([[0.1, 0.2, 0.4, 0.8]], [3]) // 0.325
 */
export const multiMarginLoss = defineLoss({
  name: 'multi-margin',
  inputs: multiMarginInputs,
  options: {
    p: option.number({ default: 1, min: 1, max: 2, integer: true, doc: 'Power of each hinge term: 1 or 2.' }),
    margin: option.number({ default: 1, doc: 'Required lead of the true class score over every other score.' }),
    weight: option.tensor('Per-class weights [C]; the true class weight multiplies the sample.'),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const shape = randomRowsShape(random, 2, 5);
    const size = shape[shape.length - 1];
    const rows = shape.length === 1 ? 1 : shape[0];
    const margin = random() < 0.5 ? 1 : 0.5;
    const values: number[] = [];
    const labels: number[] = [];
    for (let r = 0; r < rows; r++) {
      for (let attempt = 0; ; attempt++) {
        const row = randomValues(random, size);
        const y = Math.floor(random() * size);
        // Every hinge argument margin - x_y + x_d at least 0.05 away from 0.
        if (row.every((x, d) => d === y || Math.abs(margin - row[y] + x) >= 0.05) || attempt > 100) {
          for (const value of row) values.push(value);
          labels.push(y);
          break;
        }
      }
    }
    const weight = random() < 0.5 ? Array.from({ length: size }, () => 0.5 + random()) : undefined;
    const options = { p: random() < 0.5 ? 1 : 2, margin, ...(weight ? { weight } : {}) };
    return { inputs: { input: nest(values, shape), target: nestLabels(labels, shape) }, options };
  },
  kernel({ input, target }, { reduction, p, margin, weight }, { input: grad }, { loss }) {
    requireRank(loss, 'input', input, [1, 2], '[N, C] or [C]');
    const layout = classLayout(loss, 'input', input.shape);
    requireIndexTargetShape(loss, target, layout, input.shape);
    const { batch: rows, classes: size, positionShape } = layout;
    requireClassIndices(loss, target, size);
    if (weight) requireLength(loss, 'weight', weight, size, 'one weight per class');
    const plan = planReduction(reduction, rows, positionShape, input.data);
    const { values, gradScale } = plan;
    const x = input.data;
    let sum = 0;
    for (let r = 0, o = 0; r < rows; r++, o += size) {
      const y = target.data[r];
      const scale = (weight ? weight.data[y] : 1) / size;
      const xy = x[o + y];
      let l = 0;
      let gy = 0;
      for (let d = 0; d < size; d++) {
        if (d === y) continue;
        const z = margin - xy + x[o + d];
        const active = z > 0;
        if (active) l += p === 1 ? z : z * z;
        const g = active ? (p === 1 ? 1 : 2 * z) * scale * gradScale : 0;
        gy -= g;
        if (grad) grad[o + d] = g;
      }
      if (grad) grad[o + y] = gy;
      l *= scale;
      sum += l;
      if (values) values[r] = l;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['multi-class-margin', 'multi-margin-loss'],
  family: 'margin',
  training: [{ task: 'multiclass', link: 'identity', target: 'index' }],
  title: 'Multi-class margin loss',
  summary: 'Sum over wrong classes of the hinge max(0, margin - x_true + x_wrong)^p, divided by C.',
  formula: 'l = (w_y / C) sum_{d != y} max(0, margin - x_y + x_d)^p',
  behaviour: "Weston–Watkins style multiclass SVM loss: every wrong class within the margin is pushed down (not just the strongest, unlike Crammer–Singer). p = 2 squares the violations (smooth at the margin, harsher on big ones). Class weights rebalance by the true class.",
  matches: 'torch.nn.functional.multi_margin_loss(input, target, p, margin, weight, reduction)',
  anchors: { pytorch: 'nn.MultiMarginLoss' },
  example: { inputs: { input: [[0.1, 0.2, 0.4, 0.8]], target: [3] }, options: { reduction: 'none' }, note: "PyTorch's documented example: 0.325" },
});

/** Pairs (or points) with the hinge argument at least 0.1 away from 0, labels ±1. */
function sampleSigned(random: () => number) {
  const n = 1 + Math.floor(random() * 6);
  const target = Array.from({ length: n }, () => (random() < 0.5 ? -1 : 1));
  const gap = () => (random() < 0.5 ? -1 : 1) * (0.1 + 1.5 * random());
  return { n, target, gap };
}

const rankingPairInputs = [
  input.prediction('input1', 'Scores of the first item of each pair, any shape.'),
  input.prediction('input2', 'Scores of the second item, same shape as input1.'),
  input.float('target', '1 when input1 should rank higher, -1 when input2 should; same shape.', { domain: 'label' }),
] as const;

/**
 * Margin ranking loss: input1 should rank above input2 (target 1) or below it (target -1) by
 * at least `margin`.
 *
 *   l_i = max(0, -t_i (x1_i - x2_i) + margin)     dl/dx1 = -t, dl/dx2 = t where active
 *
 * Shapes: input1, input2, target: equal shapes (no broadcasting). Hazards: targets must be ±1
 * (torch accepts any value); at the kink the gradient is passed (torch's clamp_min autograd).
 * @example marginRanking([2, 0], [1, 1], [1, 1], { reduction: 'none' }) // [0, 1]
 */
export const marginRankingLoss = defineLoss({
  name: 'margin-ranking',
  inputs: rankingPairInputs,
  options: { margin: option.number({ default: 0, doc: 'Required lead of the preferred item.' }) },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const { n, target, gap } = sampleSigned(random);
    const margin = random() < 0.5 ? 0 : 0.5;
    const input2 = Array.from({ length: n }, () => 4 * random() - 2);
    // x1 - x2 = t (margin + g) puts the hinge argument at -g, |g| >= 0.1.
    const input1 = input2.map((b, i) => b + target[i] * (margin + gap()));
    return { inputs: { input1, input2, target }, options: { margin } };
  },
  kernel({ input1, input2, target }, { reduction, margin }, { input1: grad1, input2: grad2 }, { loss }) {
    requireSameShape(loss, 'input2', input2, 'input1', input1);
    requireSameShape(loss, 'target', target, 'input1', input1);
    requireEach(loss, 'target', target, isPlusMinusOne, '-1 or 1');
    const n = input1.data.length;
    const plan = planReduction(reduction, n, input1.shape, input1.data);
    const { values, gradScale } = plan;
    const a = input1.data;
    const b = input2.data;
    const t = target.data;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const z = -t[i] * (a[i] - b[i]) + margin;
      const active = z >= 0;
      const l = active ? z : 0;
      sum += l;
      if (values) values[i] = l;
      const g = active ? t[i] * gradScale : 0;
      if (grad1) grad1[i] = -g;
      if (grad2) grad2[i] = g;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['pairwise-hinge', 'margin-ranking-loss'],
  family: 'ranking',
  title: 'Margin ranking loss',
  summary: 'Hinge on the score difference of a pair in the order the target gives.',
  formula: 'l = max(0, -t (x1 - x2) + margin)',
  behaviour: 'A pairwise ranking loss: zero once the preferred item leads by margin; otherwise linear in the shortfall. margin = 0 only asks for the right order.',
  matches: 'torch.nn.functional.margin_ranking_loss(input1, input2, target, margin, reduction)',
  anchors: { pytorch: 'nn.MarginRankingLoss' },
  example: { inputs: { input1: [2, 0, 0.5], input2: [1, 1, 0.4], target: [1, 1, 1] }, options: { reduction: 'none', margin: 0.5 } },
});

const hingeEmbeddingInputs = [
  input.prediction('input', 'Distances or dissimilarities, any shape.'),
  input.float('target', '1 for a similar pair, -1 for a dissimilar pair; same shape.', { domain: 'label' }),
] as const;

/**
 * Hinge embedding loss: for distances (or dissimilarities) x, similar pairs (t = 1) cost x and
 * dissimilar pairs (t = -1) cost the shortfall below `margin`.
 *
 *   l_i = x_i (t = 1),   max(0, margin - x_i) (t = -1)
 *   dl/dx = 1 (t = 1), -1 where margin - x >= 0 (t = -1; torch's clamp_min passes the tie), else 0
 *
 * Shapes: input, target: any, equal. Hazards: targets must be ±1 (torch applies BOTH terms to
 * any other label, so 0/1 labels would silently mix them); here that is a domain error.
 * @example hingeEmbedding([0.5, 0.25, 2], [1, -1, -1], { reduction: 'none' }) // [0.5, 0.75, 0]
 */
export const hingeEmbeddingLoss = defineLoss({
  name: 'hinge-embedding',
  inputs: hingeEmbeddingInputs,
  options: { margin: option.number({ default: 1, doc: 'Distance beyond which dissimilar pairs stop contributing.' }) },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const { target, gap } = sampleSigned(random);
    const margin = random() < 0.5 ? 1 : 2;
    const input = target.map(() => Math.max(0.05, margin + gap()));
    return { inputs: { input, target }, options: { margin } };
  },
  kernel({ input, target }, { reduction, margin }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    requireEach(loss, 'target', target, isPlusMinusOne, '-1 or 1');
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let l: number;
      let g: number;
      if (y[i] === 1) {
        l = x[i];
        g = 1;
      } else {
        const h = margin - x[i];
        l = h > 0 ? h : 0;
        g = h >= 0 ? -1 : 0;
      }
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = g * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['hinge-embedding-loss'],
  family: 'margin',
  title: 'Hinge embedding loss',
  summary: 'The distance itself for similar pairs, a hinge below margin for dissimilar pairs.',
  formula: 'l = x if t = 1, max(0, margin - x) if t = -1',
  behaviour: 'Used on precomputed distances (e.g. L1 between embeddings): similar pairs are pulled together with constant force; dissimilar pairs are pushed apart only until they are margin away.',
  matches: 'torch.nn.functional.hinge_embedding_loss(input, target, margin, reduction)',
  anchors: { pytorch: 'nn.HingeEmbeddingLoss' },
  example: { inputs: { input: [0.5, 0.25, 2], target: [1, -1, -1] }, options: { reduction: 'none' } },
});
