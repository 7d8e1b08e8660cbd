import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction } from '../../core/reduction.js';
import { nest } from '../../core/tensor.js';
import { logSoftmaxRow } from '../../core/stable-math.js';
import { classLayout, requireRank } from '../../core/validate.js';
import { checkIndexTargets, classWeights, indexTargetReduction, positionCount, rowOffset, zeroRow } from './cross-entropy-rows.js';

/** nll (log-probabilities in) and poly1 (cross-entropy plus a polynomial term), on class-index targets. */

/**
 * Random logits for the family's samples: [N, C], sometimes [C] or (when `spatial`)
 * [N, C, d], values in [-3, 3], with a class-index target per position.
 */
export function sampleLogits(random: () => number, spatial: boolean) {
  const classes = 2 + Math.floor(random() * 4);
  const batch = 1 + Math.floor(random() * 3);
  const roll = random();
  const shape = roll < 0.15 ? [classes] : spatial && roll > 0.7 ? [batch, classes, 2] : [batch, classes];
  const size = shape.reduce((a, b) => a * b, 1);
  const positions = size / classes;
  const logits = Array.from({ length: size }, () => 6 * random() - 3);
  const targets = Array.from({ length: positions }, () => Math.floor(random() * classes));
  const targetShape = shape.length === 1 ? [] : [shape[0]!, ...shape.slice(2)];
  return { logits, shape, targets, targetShape, classes };
}

/**
 * Negative log-likelihood on log-probabilities: picks (minus) the target class's entry.
 *
 *   l = -w_t x_t        dl/dx_c = -w_t [c = t]
 *
 * 'mean' divides by Σ w_t over non-ignored targets (NaN when all are ignored, gradient 0).
 * Shapes: input [C], [N, C] or [N, C, d1, ...] (class axis 1); target [N, d1, ...] (or []).
 * Hazards: the input is not checked to be normalised; a log-probability of -Infinity at the
 * target gives an infinite loss (allowed, as in PyTorch).
 * @example nll([[-0.5, -1, -2]], [0]) // 0.5
 */
export const nllLoss = defineLoss({
  name: 'nll',
  inputs: [
    // -Infinity is a legitimate log-probability (an impossible class).
    input.prediction('input', 'Log-probabilities [C], [N, C] or [N, C, d1, ...] (class axis 1).', { domain: 'log-probability', allowInfinite: true }),
    input.int('target', 'Class indices [N, d1, ...] (or [] for an unbatched input).', { domain: 'index' }),
  ],
  options: {
    weight: option.tensor('Per-class weights [C].'),
    ignoreIndex: option.number({ default: -100, integer: true, doc: 'Target value whose positions are skipped.' }),
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  meanDenominator: 'the sum of the target classes\' weights over non-ignored positions (their count without weights)',
  sample(random) {
    const { logits, shape, targets, targetShape, classes } = sampleLogits(random, true);
    // Log-probabilities: a log-softmax of the random logits along the class axis.
    const layout = classLayout('nll', 'input', shape);
    const logp = new Float64Array(classes);
    const data = logits.slice();
    for (let p = 0; p < positionCount(layout); p++) {
      const offset = rowOffset(layout, p);
      logSoftmaxRow(logits, offset, classes, layout.spatial, logp);
      for (let c = 0; c < classes; c++) data[offset + c * layout.spatial] = logp[c]!;
    }
    const options: Record<string, unknown> = {};
    if (random() < 0.4) options.weight = Array.from({ length: classes }, () => 0.25 + 1.5 * random());
    return { inputs: { input: nest(data, shape), target: nest(targets, targetShape) }, options };
  },
  kernel({ input: x, target }, { weight, ignoreIndex, reduction }, { input: grad }, { loss }) {
    const layout = classLayout(loss, 'input', x.shape);
    const targets = checkIndexTargets(loss, target, layout, x.shape, ignoreIndex);
    const { plan, weights } = indexTargetReduction(reduction, targets, classWeights(loss, weight, layout.classes), ignoreIndex, layout.positionShape, x.data);
    const { values, gradScale } = plan;
    const { classes, spatial } = layout;
    let sum = 0;
    for (let p = 0; p < targets.length; p++) {
      const offset = rowOffset(layout, p);
      const t = targets[p];
      if (grad) zeroRow(grad, offset, classes, spatial);
      if (t === ignoreIndex) {
        if (values) values[p] = 0;
        continue;
      }
      const wt = weights ? weights[t] : 1;
      const l = -wt * x.data[offset + t * spatial];
      sum += l;
      if (values) values[p] = l;
      if (grad) grad[offset + t * spatial] = -wt * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['nll-loss', 'negative-log-likelihood'],
  family: 'classification',
  training: [{ task: 'multiclass', link: 'log-softmax', target: 'index' }],
  title: 'Negative log-likelihood',
  summary: 'Minus the log-probability the model gave to the true class.',
  formula: 'l = -w_t x_t,  x = log-probabilities',
  behaviour: 'Cross-entropy split in two: apply log-softmax yourself (or any log-probability model) and nll picks the true class. Linear in its input, so the gradient is a constant -w_t at the target. Use with ignoreIndex for masked positions and class weights for imbalance.',
  matches: 'torch.nn.functional.nll_loss(input, target, weight, ignore_index, reduction)',
  anchors: { pytorch: ['nn.NLLLoss', 'nn.NLLLoss2d'] },
  example: {
    inputs: { input: [[Math.log(0.7), Math.log(0.2), Math.log(0.1)], [Math.log(0.1), Math.log(0.6), Math.log(0.3)]], target: [0, 2] },
    options: { reduction: 'none' },
    note: 'log-probabilities of two samples; the true classes got 0.7 and 0.3',
  },
});

/**
 * Poly-1 loss: cross-entropy plus eps times the first polynomial term (1 - p_t) of its
 * Taylor expansion in (1 - p_t); eps > 0 pushes harder on confident examples, eps < 0 softer.
 *
 *   l = -log p_t + eps (1 - p_t),   p = softmax(x)
 *   dl/dx_c = (1 + eps p_t)(p_c - [c = t])
 *
 * PolyLoss (Leng et al. 2022); our default eps = 1 (optax's is 2).
 * Shapes: input [C] or [N, C] logits; target [] or [N] class indices. 'none' gives [N].
 * Hazards: none; 1 - p_t is summed from the other classes' probabilities, exact when p_t is near 1.
 * @example poly1([[2, 1, 0.1]], [0]) // 0.758029
 */
export const poly1Loss = defineLoss({
  name: 'poly1',
  inputs: [
    input.prediction('input', 'Logits [C] or [N, C].', { domain: 'logit' }),
    input.int('target', 'Class indices [] or [N].', { domain: 'index' }),
  ],
  options: {
    epsilon: option.number({ default: 1, min: -1, doc: 'Weight of the (1 - p_t) term; >= -1 keeps the loss a decreasing function of p_t.' }),
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample(random) {
    const { logits, shape, targets, targetShape } = sampleLogits(random, false);
    return { inputs: { input: nest(logits, shape), target: nest(targets, targetShape) }, options: { epsilon: 3 * random() - 1 } };
  },
  kernel({ input: x, target }, { epsilon, reduction }, { input: grad }, { loss }) {
    requireRank(loss, 'input', x, [1, 2], '[C] or [N, C] logits');
    const layout = classLayout(loss, 'input', x.shape);
    const targets = checkIndexTargets(loss, target, layout, x.shape);
    const plan = planReduction(reduction, targets.length, layout.positionShape, x.data);
    const { values, gradScale } = plan;
    const { classes } = layout;
    const logp = new Float64Array(classes);
    let sum = 0;
    for (let n = 0; n < targets.length; n++) {
      const offset = n * classes;
      const t = targets[n];
      // Log-softmax with the max subtracted first: finite for logits of ±1e4.
      logSoftmaxRow(x.data, offset, classes, 1, logp);
      // 1 - p_t summed from the other classes: exact when p_t rounds to 1 (1 - exp(log p_t) would give 0).
      let rest = 0;
      for (let c = 0; c < classes; c++) if (c !== t) rest += Math.exp(logp[c]);
      const pt = Math.exp(logp[t]);
      const l = -logp[t] + epsilon * rest;
      sum += l;
      if (values) values[n] = l;
      if (grad) {
        const a = (1 + epsilon * pt) * gradScale;
        for (let c = 0; c < classes; c++) grad[offset + c] = a * (Math.exp(logp[c]) - (c === t ? 1 : 0));
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['poly-1', 'poly-loss'],
  family: 'classification',
  training: [{ task: 'multiclass', link: 'identity', target: 'index' }],
  title: 'Poly-1 loss',
  summary: 'Softmax cross-entropy plus eps (1 - p_t), the leading term of the PolyLoss expansion.',
  formula: 'l = -log p_t + eps (1 - p_t),  p = softmax(x)',
  behaviour: 'A one-parameter adjustment of cross-entropy: the extra term adds eps p_t (1 - p_t) to the pull on the true logit, which matters most on examples that are already right, so eps > 0 keeps pushing confident predictions (the paper\'s ImageNet setting, eps = 2) and eps < 0 (down to -1) relaxes them (detection). eps = 0 is plain cross-entropy.',
  matches: 'optax.losses.poly_loss_cross_entropy(logits, one_hot(labels), epsilon), mean over samples',
  anchors: { optax: 'poly_loss_cross_entropy', other: 'PolyLoss (Leng et al. 2022)' },
  example: {
    inputs: { input: [[3, 1, 0.2], [0.5, 2.5, 0.3]], target: [0, 2] },
    options: { reduction: 'none', epsilon: 2 },
    note: 'the paper\'s ImageNet setting eps = 2: the wrong row costs CE + 2 (1 - p_t)',
  },
});
