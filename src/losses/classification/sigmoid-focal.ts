import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { sigmoid, softplus } from '../../core/stable-math.js';
import { inUnitInterval, requireEach, requireSameShape } from '../../core/validate.js';
import { sampleBinary } from './binary-sample.js';

/**
 * Focal losses (Lin et al. 2017, "Focal Loss for Dense Object Detection"): cross-entropy
 * multiplied by (1 - p_t)^gamma, which shrinks the loss of well-classified examples so
 * training concentrates on the hard ones. sigmoid-focal (torchvision), softmax-focal
 * (multi-class, integer targets), and Keras 3's binary and categorical focal cross-entropy.
 */

/**
 * Sigmoid focal loss on logits, as torchvision (used by RetinaNet).
 *
 *   p = σ(x),  ce = (1 - y) x + softplus(-x),  b = 1 - p_t = y (1 - p) + (1 - y) p
 *   l = α_t b^γ ce,   α_t = α y + (1 - α)(1 - y) if α >= 0, else 1
 *   dl/dx = α_t [b^γ (p - y) + γ b^(γ-1) (1 - 2y) p (1 - p) ce]
 *
 * Shapes: input, target: any, equal. Default reduction 'none' (as torchvision); 'mean' over
 * all elements.
 * Hazards: none — b is formed from σ(x) and σ(-x) (never 1 - p_t, which cancels to 0 or
 * below for confident logits), and b^(γ-1) p (1 - p) is evaluated as b^γ · (p (1 - p) / b),
 * so γ < 1 and logits of ±1e4 give finite values and gradients.
 * @example sigmoidFocal([2, -1, 0.5], [1, 1, 0]) // [0.000450891, 0.175467, 0.283059]
 */
export const sigmoidFocalLoss = defineLoss({
  name: 'sigmoid-focal',
  inputs: [
    input.prediction('input', 'Logits, any shape.', { domain: 'logit' }),
    input.float('target', 'Targets in [0, 1] (0/1 labels or soft), same shape as input.', { domain: 'probability' }),
  ],
  options: {
    alpha: option.number({ default: 0.25, max: 1, doc: 'Weight of positives (negatives get 1 - alpha); a negative value disables the weighting.' }),
    gamma: option.number({ default: 2, min: 0, doc: 'Focusing exponent on (1 - p_t); 0 gives (alpha-weighted) cross-entropy.' }),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'none',
  sample(random) {
    const { inputs } = sampleBinary(random, 'logit');
    const alpha = random() < 0.2 ? -1 : random();
    const gamma = random() < 0.2 ? 0 : 0.5 + 2.5 * random();
    return { inputs, options: { alpha, gamma } };
  },
  finiteValueMeansFiniteGradient: true,
  kernel({ input: x, target }, { alpha, gamma, reduction }, { input: grad }, { loss }) {
    requireSameShape(loss, 'target', target, 'input', x);
    const z = x.data;
    const y = target.data;
    const n = z.length;
    const plan = planReduction(reduction, n, x.shape, z);
    requireEach(loss, 'target', target, inUnitInterval, 'a target in [0, 1]');
    const { values, gradScale } = plan;
    const weighted = alpha >= 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const xi = z[i];
      const yi = y[i];
      const p = sigmoid(xi);
      const q = sigmoid(-xi); // 1 - p without cancellation
      const b = yi * q + (1 - yi) * p; // 1 - p_t >= 0 exactly as computed
      const focal = Math.pow(b, gamma); // 0^0 = 1, as torch.pow
      const ce = (1 - yi) * xi + softplus(-xi);
      const a = weighted ? alpha * yi + (1 - alpha) * (1 - yi) : 1;
      const l = a * focal * ce;
      sum += l;
      if (values) values[i] = l;
      if (grad) {
        // γ b^(γ-1) p q written as γ b^γ (p q / b): finite for γ < 1, and its limit 0 when
        // b underflows to 0 (a 0/1 target at a logit beyond ±745, where p q = 0 too).
        const modulation = b > 0 && gamma !== 0 ? gamma * focal * ((p * q) / b) * (1 - 2 * yi) * ce : 0;
        grad[i] = a * (focal * (p - yi) + modulation) * gradScale;
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['focal', 'sigmoid-focal-loss'],
  family: 'classification',
  training: [{ task: 'binary', link: 'identity', target: 'zero-one' }],
  title: 'Sigmoid focal loss',
  summary: 'Binary cross-entropy on logits, down-weighted by (1 - p_t)^gamma for easy examples.',
  formula: 'l = alpha_t (1 - p_t)^gamma [(1 - y) x + softplus(-x)],  p_t = y p + (1 - y)(1 - p)',
  behaviour: 'For heavily imbalanced detection and segmentation: confidently correct examples (the many easy negatives) contribute almost nothing, so the rare hard examples drive the gradient. gamma = 0 gives alpha-weighted bce-with-logits; gamma = 2, alpha = 0.25 are the RetinaNet defaults. alpha weights positives (alpha) against negatives (1 - alpha).',
  matches: 'torchvision.ops.sigmoid_focal_loss(inputs, targets, alpha, gamma, reduction)',
  anchors: { pytorch: 'torchvision.ops.sigmoid_focal_loss', optax: 'sigmoid_focal_loss', other: 'Lin et al. 2017, Focal Loss for Dense Object Detection' },
  example: {
    inputs: { input: [2, -1, 0.5, -3], target: [1, 1, 0, 0] },
    options: { reduction: 'none' },
    note: 'an easy positive (logit 2) costs 0.00045, a hard positive (logit -1) 0.175; the easy negative (logit -3) almost nothing (0.00008)',
  },
});
