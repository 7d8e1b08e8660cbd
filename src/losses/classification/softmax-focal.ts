import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction } from '../../core/reduction.js';
import { classLayout, requireClassIndices, requireIndexTargetShape, requireLength } from '../../core/validate.js';

/**
 * Multi-class (softmax) focal loss on logits with integer targets.
 *
 *   p = softmax(x),  u = 1 - p_t = Σ_{c≠t} p_c,  L = log p_t
 *   l = -α_t u^γ L                    (α_t = alpha[t], or 1 without alpha)
 *   dl/dx_k = G (δ_kt - p_k),   G = -α_t u^γ (1 - γ p_t L / u)
 *
 * As kornia.losses.focal_loss and most detection codebases; 'mean' divides by the number of
 * non-ignored samples (alpha is not in the denominator).
 * Shapes: input [N, C] (or [N, C, d1, ...], or [C]); target int [N] (or [N, d1, ...]).
 * Hazards: none — u is summed from the other classes' probabilities (never 1 - p_t), L uses
 * log1p when t is the arg-max, and L/u (→ -1 as u → 0) is formed as a ratio, so logits
 * of ±1e4 and γ < 1 stay finite.
 * @example softmaxFocal([[2, 0.5, -1], [0.1, 0.2, 0.3]], [0, 2]) // 0.206175
 */
export const softmaxFocalLoss = defineLoss({
  name: 'softmax-focal',
  inputs: [
    input.prediction('input', 'Logits [N, C] (classes on axis 1).', { domain: 'logit' }),
    input.int('target', 'Class indices [N] in [0, C), or ignoreIndex.'),
  ],
  options: {
    gamma: option.number({ default: 2, min: 0, doc: 'Focusing exponent on (1 - p_t); 0 gives cross-entropy.' }),
    alpha: option.tensor('Per-class weight [C] multiplying each sample by alpha[target].'),
    ignoreIndex: option.number({ default: -100, integer: true, doc: 'Target value whose samples contribute nothing (and are not counted by mean).' }),
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  meanDenominator: 'the number of non-ignored samples',
  sample(random) {
    const rows = 1 + Math.floor(random() * 4);
    const classes = 2 + Math.floor(random() * 3);
    const input = Array.from({ length: rows }, () => Array.from({ length: classes }, () => -3 + 6 * random()));
    // Some samples ignored, never all of them ('mean' over zero samples is NaN, as PyTorch).
    const target = Array.from({ length: rows }, (_, n) => (n > 0 && random() < 0.2 ? -100 : Math.floor(random() * classes)));
    const options: Record<string, unknown> = { gamma: random() < 0.2 ? 0 : 0.5 + 2.5 * random() };
    if (random() < 0.4) options.alpha = Array.from({ length: classes }, () => 0.2 + random());
    return { inputs: { input, target }, options };
  },
  kernel({ input: x, target }, { gamma, alpha, ignoreIndex, reduction }, { input: grad }, { loss }) {
    const layout = classLayout(loss, 'input', x.shape);
    requireIndexTargetShape(loss, target, layout, x.shape);
    const { batch, classes, spatial } = layout;
    if (alpha) requireLength(loss, 'alpha', alpha, classes, 'one weight per class');
    requireClassIndices(loss, target, classes, ignoreIndex);
    const t = target.data;
    let kept = 0;
    for (let i = 0; i < t.length; i++) if (t[i] !== ignoreIndex) kept++;
    const z = x.data;
    const plan = planReduction(reduction, kept, layout.positionShape, z);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let n = 0, position = 0; n < batch; n++) {
      for (let s = 0; s < spatial; s++, position++) {
        const offset = n * classes * spatial + s;
        const tc = t[position];
        if (tc === ignoreIndex) {
          if (values) values[position] = 0;
          if (grad) for (let c = 0, i = offset; c < classes; c++, i += spatial) grad[i] = 0;
          continue;
        }
        let max = -Infinity;
        for (let c = 0, i = offset; c < classes; c++, i += spatial) if (z[i] > max) max = z[i];
        // Shifting by the max bounds every exponent by 0; u = Σ_{c≠t} e_c / S keeps its
        // relative precision even when p_t rounds to 1.
        let others = 0;
        for (let c = 0, i = offset; c < classes; c++, i += spatial) if (c !== tc) others += Math.exp(z[i] - max);
        const shiftedT = z[offset + tc * spatial] - max;
        const eT = Math.exp(shiftedT);
        const total = eT + others;
        const u = others / total;
        // When t is the arg-max, log p_t = -log1p(others) is exact for tiny others.
        const logPt = shiftedT === 0 ? -Math.log1p(others) : shiftedT - Math.log(total);
        const weight = alpha ? alpha.data[tc] : 1;
        const focal = Math.pow(u, gamma); // 0^0 = 1: gamma = 0 is plain cross-entropy
        const l = -weight * focal * logPt;
        sum += l;
        if (values) values[position] = l;
        if (grad) {
          const pt = eT / total;
          // γ p_t L / u → -γ p_t as u → 0 (L ≈ -u): the ratio avoids 0 · Infinity.
          const ratio = u > 0 ? logPt / u : -1;
          const g = -weight * focal * (1 - gamma * pt * ratio) * gradScale;
          for (let c = 0, i = offset; c < classes; c++, i += spatial) {
            const pc = Math.exp(z[i] - max) / total;
            grad[i] = g * ((c === tc ? 1 : 0) - pc);
          }
        }
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['multiclass-focal', 'softmax-focal-loss'],
  family: 'classification',
  training: [{ task: 'multiclass', link: 'identity', target: 'index' }],
  title: 'Softmax focal loss',
  summary: 'Softmax cross-entropy with integer targets, down-weighted by (1 - p_t)^gamma for easy samples.',
  formula: 'l = -alpha[t] (1 - p_t)^gamma log p_t,  p = softmax(x)',
  behaviour: 'Multi-class version of the focal loss: samples the model already classifies confidently contribute little, so training focuses on hard and minority-class samples. gamma = 0 without alpha is exactly cross-entropy; per-class alpha re-weights classes like cross-entropy\'s weight (but the mean still divides by the sample count).',
  matches: 'focal loss (Lin et al. 2017) with p = softmax(input): -alpha[t] (1 - p_t)^gamma log p_t; ignore_index and mean as torch cross_entropy without weights',
  anchors: { other: ['Lin et al. 2017, Focal Loss for Dense Object Detection', 'kornia.losses.focal_loss'] },
  example: {
    inputs: { input: [[2, 0.5, -1], [0.1, 0.2, 0.3], [-1, 3, 0]], target: [0, 2, 0] },
    options: { reduction: 'none' },
    note: 'a confident correct sample costs 0.011, an uncertain one 0.40, a confident wrong one 3.93',
  },
});
