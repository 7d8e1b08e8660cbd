import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { nest, type FloatArray } from '../../core/tensor.js';
import { isZeroOrOne, requireEach } from '../../core/validate.js';
import { elementwiseFrame } from '../shared/elementwise.js';
import { lastAxisLayout, nestLabels, randomRowsShape, randomValues, requireRowLabels } from '../shared/last-axis-rows.js';

/**
 * Sparsemax losses (Martins & Astudillo 2016): the Fenchel–Young losses of the Gini entropy,
 * whose prediction map sparsemax(z) = argmin_{p in simplex} ||p - z||^2 puts exactly zero mass
 * on low scores. Both are convex, differentiable everywhere (C^1), and their gradient is
 * prediction minus target: sparsemax(z) - onehot(y), or sparse_sigmoid(x) - y for one logit.
 * Registry names end in '-loss' (sparsemax itself is the projection, not a loss).
 */

/**
 * Euclidean projection of the row s[offset .. offset + size) onto the simplex, written into
 * `p[0 .. size)`; `sorted` is scratch of length >= size. Held & Wolfe / Martins & Astudillo:
 * with z sorted decreasingly, k = max{k : 1 + k z_(k) > sum_{j<=k} z_(j)} and
 * tau = (sum_{j<=k} z_(j) - 1) / k; p = max(z - tau, 0).
 */
export function sparsemaxRow(s: FloatArray, offset: number, size: number, sorted: Float64Array, p: Float64Array): void {
  // Sparsemax is shift-invariant: shifting by the row max keeps every entry <= 0, so scores of
  // 1e4 (or 1e15) lose no digits in z - tau.
  let max = -Infinity;
  for (let j = 0; j < size; j++) if (s[offset + j] > max) max = s[offset + j];
  for (let j = 0; j < size; j++) sorted[j] = s[offset + j] - max;
  const view = sorted.subarray(0, size).sort();
  let cumulative = 0;
  let support = 0;
  let supportSum = 0;
  for (let k = 1; k <= size; k++) {
    const z = view[size - k];
    cumulative += z;
    if (1 + k * z > cumulative) { support = k; supportSum = cumulative; }
  }
  const tau = (supportSum - 1) / support;
  for (let j = 0; j < size; j++) p[j] = Math.max(s[offset + j] - max - tau, 0);
}

const binaryInputs = [
  input.prediction('logits', 'Logits, any shape.', { domain: 'logit' }),
  input.float('labels', '0 or 1, same shape as logits.', { domain: 'label' }),
] as const;

/**
 * Binary sparsemax loss (optax): the two-class sparsemax loss on one logit, a Huberised hinge.
 *
 *   l = sparse_plus(-x) if y = 1 else sparse_plus(x),
 *   sparse_plus(z) = 0 (z <= -1), (z + 1)^2 / 4 (|z| < 1), z (z >= 1)
 *   dl/dx = sparse_sigmoid(x) - y,  sparse_sigmoid(x) = clip((x + 1) / 2, 0, 1)
 *
 * Shapes: logits, labels: any, equal. Hazards: labels must be 0 or 1 (domain error);
 * the loss is exactly 0 once |x| >= 1 on the right side, like a hinge.
 * @example sparsemax([0, 2, -0.5], [1, 1, 0], { reduction: 'none' }) // [0.25, 0, 0.0625]
 */
export const sparsemaxLoss = defineLoss({
  name: 'sparsemax-loss',
  inputs: binaryInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const n = 1 + Math.floor(random() * 6);
    return {
      inputs: { logits: Array.from({ length: n }, () => 6 * random() - 3), labels: Array.from({ length: n }, () => (random() < 0.5 ? 0 : 1)) },
    };
  },
  kernel({ logits, labels }, { reduction }, { logits: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, logits, labels, reduction);
    requireEach(loss, 'labels', labels, isZeroOrOne, '0 or 1');
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const z = y[i] === 1 ? -x[i] : x[i];
      const l = z <= -1 ? 0 : z >= 1 ? z : ((z + 1) * (z + 1)) / 4;
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = (Math.min(Math.max((x[i] + 1) / 2, 0), 1) - y[i]) * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['sparsemax', 'binary-sparsemax', 'binary-sparsemax-loss'],
  family: 'classification',
  title: 'Binary sparsemax loss',
  summary: 'Fenchel–Young loss of the sparse sigmoid: zero once the logit is 1 past the right side.',
  formula: 'l = sparse_plus(-x) if y = 1 else sparse_plus(x),  sparse_plus(z) = 0 | (z + 1)^2/4 | z',
  behaviour: 'A smooth (C^1) hinge: quadratic near the boundary, linear for badly wrong logits (like logistic loss), exactly zero for confident correct ones (like the hinge). Its prediction sparse_sigmoid(x) reaches exactly 0 and 1.',
  matches: 'optax.losses.sparsemax_loss(logits, labels)',
  anchors: { optax: ['sparsemax_loss', 'binary_sparsemax_loss'], other: 'Martins & Astudillo 2016' },
  example: { inputs: { logits: [0, 2, -0.5, -3], labels: [1, 1, 0, 1] }, options: { reduction: 'none' } },
});

const multiclassInputs = [
  input.prediction('scores', 'Class scores, [..., C].', { domain: 'logit' }),
  input.int('labels', 'True class index per row, shape [...] (the scores without the last axis).'),
] as const;

/**
 * Multiclass sparsemax loss (optax; Martins & Astudillo 2016, eq. 14).
 *
 *   p = sparsemax(s),  l = sum_j p_j (s_j - s_y) + (1 - ||p||^2) / 2
 *     = -s_y + 1/2 sum_{j in S(s)} (s_j^2 - tau(s)^2) + 1/2
 *   dl/ds = p - onehot(y)
 *
 * Shapes: scores [..., C], labels int [...]; 'none' gives [...]. Hazards: none (the projection
 * runs on max-shifted scores; l = s_max - s_y exactly once the support is a single class).
 * @example multiclassSparsemax([[1, 0.5, -1]], [0]) // 0.0625
 */
export const multiclassSparsemaxLoss = defineLoss({
  name: 'multiclass-sparsemax-loss',
  inputs: multiclassInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const shape = randomRowsShape(random, 2, 5);
    const size = shape[shape.length - 1];
    const rows = shape.length === 1 ? 1 : shape[0];
    const labels = Array.from({ length: rows }, () => Math.floor(random() * size));
    return { inputs: { scores: nest(randomValues(random, rows * size), shape), labels: nestLabels(labels, shape) } };
  },
  kernel({ scores, labels }, { reduction }, { scores: grad }, { loss }) {
    const layout = lastAxisLayout(loss, 'scores', scores, '[..., C] class scores');
    requireRowLabels(loss, labels, layout, 'scores', scores.shape);
    const { rows, size, outShape } = layout;
    const plan = planReduction(reduction, rows, outShape, scores.data);
    const { values, gradScale } = plan;
    const s = scores.data;
    const sorted = new Float64Array(size);
    const p = new Float64Array(size);
    let sum = 0;
    for (let r = 0, o = 0; r < rows; r++, o += size) {
      sparsemaxRow(s, o, size, sorted, p);
      const y = labels.data[r];
      // optax's form: differences s_j - s_y instead of -s_y + sum s_j^2 / 2, which would cancel
      // catastrophically at large scores.
      let linear = 0;
      let squares = 0;
      for (let j = 0; j < size; j++) {
        if (p[j] > 0) linear += p[j] * (s[o + j] - s[o + y]);
        squares += p[j] * p[j];
      }
      const l = linear + 0.5 * (1 - squares);
      sum += l;
      if (values) values[r] = l;
      if (grad) for (let j = 0; j < size; j++) grad[o + j] = (p[j] - (j === y ? 1 : 0)) * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['multiclass-sparsemax', 'sparsemax-cross-entropy'],
  family: 'classification',
  training: [{ task: 'multiclass', link: 'identity', target: 'index' }],
  title: 'Multiclass sparsemax loss',
  summary: 'Fenchel–Young loss of sparsemax: the softmax cross-entropy analogue whose prediction can be exactly sparse.',
  formula: 'l = sum_j p_j (s_j - s_y) + (1 - ||p||^2)/2,  p = sparsemax(s)',
  behaviour: 'Convex and C^1; zero once the true class leads every other score by 1 (a margin, unlike cross-entropy), linear in badly wrong scores. Classes outside the sparsemax support get exactly zero gradient. Use with sparsemax outputs for sparse, selective predictions.',
  matches: 'optax.losses.multiclass_sparsemax_loss(scores, labels)',
  anchors: { optax: 'multiclass_sparsemax_loss', other: 'Martins & Astudillo 2016' },
  example: { inputs: { scores: [[1, 0.5, -1], [0.2, 0.1, 0]], labels: [0, 2] }, options: { reduction: 'none' } },
});
