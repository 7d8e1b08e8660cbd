import { input } from '../core/define-loss.js';
import { nest, type NestedNumbers } from '../core/tensor.js';
import { defineLoss } from './define.js';
import { planReduction, STANDARD_REDUCTIONS } from '../core/reduction.js';
import { isZeroOrOne, requireEach, requireSameShape } from '../core/validate.js';
import { lastAxisLayout, randomRowsShape, randomValues } from './shared/last-axis-rows.js';

/**
 * Listwise ranking: ranking-softmax (optax). The pairwise margin-ranking loss lives with
 * PyTorch's margin losses in margin/pairwise.ts.
 */

const rankingInputs = [
  input.prediction('logits', 'Scores of the items, [..., L] (one list per row of the last axis).'),
  input.float('labels', 'Relevance of each item (>= 0), same shape as logits.', { domain: 'non-negative' }),
  input.float('where', 'Optional 0/1 mask of the valid items, same shape as logits.', { optional: true, domain: 'label' }),
  input.float('weights', 'Optional per-item weights (>= 0) multiplying the labels, same shape as logits.', { optional: true, domain: 'non-negative' }),
] as const;

/**
 * Listwise softmax ranking loss (ListNet-style cross-entropy over each list): the softmax of the
 * scores should put its mass on the relevant items.
 *
 *   l_list = -sum_{i valid} w_i y_i log softmax_valid(s)_i = sum_{i valid} w_i y_i (LSE_valid(s) - s_i)
 *   dl/ds_i = (sum_k w_k y_k) softmax_valid(s)_i - w_i y_i for valid i, 0 for masked items
 *
 * Shapes: logits, labels, where, weights: [..., L], equal; 'none' gives [...] (a list with no
 * valid item gives 0). 'mean' divides by the number of lists with at least one valid item and
 * is 0 when there are none (optax's safe mean). Hazards: labels and weights must be >= 0 (a
 * domain error; optax does not check, and a negative label makes the loss unbounded below).
 * @example rankingSoftmax([2, 1, 3], [1, 0, 0]) // 1.407606
 */
export const rankingSoftmaxLoss = defineLoss({
  name: 'ranking-softmax',
  inputs: rankingInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  meanDenominator: 'the number of lists with at least one valid item (where); 0 lists give 0',
  sample(random) {
    const shape = randomRowsShape(random, 2, 5);
    const count = shape.reduce((a, b) => a * b, 1);
    const logits = randomValues(random, count);
    const labels = Array.from({ length: count }, () => (random() < 0.4 ? 0 : Math.floor(1 + 3 * random())));
    const inputs: Record<string, NestedNumbers> = { logits: nest(logits, shape), labels: nest(labels, shape) };
    if (random() < 0.5) inputs.where = nest(Array.from({ length: count }, () => (random() < 0.7 ? 1 : 0)), shape);
    if (random() < 0.5) inputs.weights = nest(Array.from({ length: count }, () => 0.5 + random()), shape);
    return { inputs };
  },
  kernel({ logits, labels, where, weights }, { reduction }, { logits: grad }, { loss }) {
    const { rows, size, outShape } = lastAxisLayout(loss, 'logits', logits, '[..., L]: one list per row of the last axis');
    requireSameShape(loss, 'labels', labels, 'logits', logits);
    requireEach(loss, 'labels', labels, (y) => y >= 0, '>= 0');
    if (where) {
      requireSameShape(loss, 'where', where, 'logits', logits);
      requireEach(loss, 'where', where, isZeroOrOne, '0 (masked) or 1 (valid)');
    }
    if (weights) {
      requireSameShape(loss, 'weights', weights, 'logits', logits);
      requireEach(loss, 'weights', weights, (w) => w >= 0, '>= 0');
    }
    const s = logits.data;
    const y = labels.data;
    const mask = where?.data;
    const w = weights?.data;
    let validLists = rows;
    if (mask) {
      validLists = 0;
      for (let r = 0, o = 0; r < rows; r++, o += size) {
        for (let i = o; i < o + size; i++) if (mask[i] === 1) { validLists++; break; }
      }
    }
    // optax's safe mean: a mean over no valid list is 0 (every list masked out by 'where'),
    // a defined value rather than nothing to average; the sum is 0 then.
    const plan = planReduction(reduction, Math.max(validLists, 1), outShape, s);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let r = 0, o = 0; r < rows; r++, o += size) {
      // Masked items are optax's logit -inf / label 0: they leave the softmax entirely.
      let max = -Infinity;
      for (let i = o; i < o + size; i++) if ((!mask || mask[i] === 1) && s[i] > max) max = s[i];
      if (max === -Infinity) {
        if (values) values[r] = 0;
        if (grad) for (let i = o; i < o + size; i++) grad[i] = 0;
        continue;
      }
      // Shifting by the list max bounds every exponent by 0 (no overflow at logits 1e4), and
      // LSE - s_i = (max - s_i) + log(sumExp) keeps the large max out of the difference.
      let sumExp = 0;
      let mass = 0;
      for (let i = o; i < o + size; i++) {
        if (mask && mask[i] !== 1) continue;
        sumExp += Math.exp(s[i] - max);
        mass += w ? w[i] * y[i] : y[i];
      }
      const logSum = Math.log(sumExp);
      let l = 0;
      for (let i = o; i < o + size; i++) {
        const valid = !mask || mask[i] === 1;
        const target = valid ? (w ? w[i] * y[i] : y[i]) : 0;
        if (target !== 0) l += target * (max - s[i] + logSum);
        if (grad) grad[i] = valid ? (mass * (Math.exp(s[i] - max) / sumExp) - target) * gradScale : 0;
      }
      sum += l;
      if (values) values[r] = l;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['listwise-softmax', 'listnet', 'softmax-ranking'],
  family: 'ranking',
  title: 'Listwise softmax ranking loss',
  summary: 'Cross-entropy between the relevance labels and the softmax of the scores within each list.',
  formula: 'l = -sum_i w_i y_i log softmax(s)_i over the valid items of each list',
  behaviour: 'A listwise learning-to-rank loss: raising a relevant item lowers every other item of its list through the shared softmax, so scores are learned relative to their list. Smooth and convex in the scores; scale-free in the labels only up to their sum.',
  matches: 'optax.losses.ranking_softmax_loss(logits, labels, where=where, weights=weights, reduce_fn=jnp.mean)',
  anchors: { optax: 'ranking_softmax_loss', other: 'Cao et al. 2007 (ListNet, top-1)' },
  example: {
    inputs: { logits: [[2, 1, 0], [1, 0.5, 1.5]], labels: [[1, 0, 0], [0, 0, 1]], where: [[1, 1, 0], [1, 1, 1]] },
    options: { reduction: 'none' },
    note: "optax's documented masked example (mean 0.497); the third item of the first list is masked",
  },
});
