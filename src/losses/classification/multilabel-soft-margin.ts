import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { badShape } from '../../core/errors.js';
import { option } from '../../core/options.js';
import { planReduction } from '../../core/reduction.js';
import { sigmoid, softplus } from '../../core/stable-math.js';
import { requireSameShape } from '../../core/validate.js';
import { broadcastReader } from '../shared/broadcast.js';
import { sampleBinary } from './binary-sample.js';

/**
 * Multi-label soft margin: one sigmoid cross-entropy per class, averaged over the classes
 * of each sample (PyTorch's name for BCE-with-logits reduced per sample).
 *
 *   l_n = (1/C) Σ_c w_c [(1 - y_nc) x_nc + softplus(-x_nc)]
 *       = -(1/C) Σ_c w_c [y_nc log σ(x_nc) + (1 - y_nc) log σ(-x_nc)]
 *   dl_n/dx_nc = w_c (σ(x_nc) - y_nc) / C
 *
 * Shapes: input, target [N, C] (or [C], or [..., C]: classes on the last axis), equal;
 * weight broadcasts to the input (usually [C]). 'none' gives [N]; 'mean' averages over N.
 * Hazards: none (log-sigmoid form, finite at logits ±1e4).
 * @example multilabelSoftMargin([[1.5, -0.5, 2]], [[1, 0, 0]], { reduction: 'none' }) // [0.934139]
 */
export const multilabelSoftMarginLoss = defineLoss({
  name: 'multilabel-soft-margin',
  inputs: [
    input.prediction('input', 'Logits [N, C] (classes on the last axis).', { domain: 'logit' }),
    input.float('target', 'Targets in {0, 1} (soft accepted), same shape as input.', { domain: 'probability' }),
  ],
  options: {
    weight: option.tensor('Per-class weight [C] (broadcast to the input) multiplying each class term.'),
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample: (random) => sampleBinary(random, 'logit', { posWeight: false }),
  kernel({ input: x, target }, { weight, reduction }, { input: grad }, { loss }) {
    requireSameShape(loss, 'target', target, 'input', x);
    const { shape } = x;
    if (shape.length === 0) throw badShape(loss, 'input', 'rank >= 1 ([N, C] or [C])', shape);
    const w = broadcastReader(loss, 'weight', weight, shape);
    const classes = shape[shape.length - 1];
    const rowShape = shape.slice(0, -1);
    let rows = 1;
    for (const size of rowShape) rows *= size;
    const z = x.data;
    const y = target.data;
    const plan = planReduction(reduction, rows, rowShape, z);
    const { values, gradScale } = plan;
    const perClass = 1 / classes;
    const scale = gradScale * perClass;
    let sum = 0;
    for (let r = 0, i = 0; r < rows; r++) {
      let row = 0;
      for (let c = 0; c < classes; c++, i++) {
        const xi = z[i];
        const yi = y[i];
        const wi = w ? w.next() : 1;
        // (1 - y) x + softplus(-x) = -[y log σ(x) + (1 - y) log σ(-x)], never overflowing.
        row += wi * ((1 - yi) * xi + softplus(-xi));
        if (grad) grad[i] = wi * (sigmoid(xi) - yi) * scale;
      }
      const l = row * perClass;
      sum += l;
      if (values) values[r] = l;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['multi-label-soft-margin', 'multilabel-soft-margin-loss'],
  family: 'classification',
  title: 'Multi-label soft margin loss',
  summary: 'Per-sample mean over classes of the sigmoid cross-entropy of each class label.',
  formula: 'l_n = (1/C) sum_c w_c [(1 - y) x + softplus(-x)]',
  behaviour: 'For multi-label classification (each sample may belong to several classes): every class is an independent yes/no decision scored by sigmoid cross-entropy, and a sample\'s loss is the mean over its classes. Identical to bce-with-logits with mean over all elements when no weights are used.',
  matches: 'torch.nn.functional.multilabel_soft_margin_loss(input, target, weight, reduction)',
  anchors: { pytorch: 'nn.MultiLabelSoftMarginLoss' },
  example: {
    inputs: { input: [[1.5, -0.5, 2], [-1, 3, 0]], target: [[1, 0, 0], [0, 1, 1]] },
    options: { reduction: 'none' },
    note: 'two samples with 3 possible labels each',
  },
});
