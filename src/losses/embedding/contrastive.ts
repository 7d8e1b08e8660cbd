import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { isZeroOrOne, requireEach, requireSameShape } from '../../core/validate.js';
import { PAIRWISE_EPS, pairwiseDistance, randomOffset, randomRow, requireRowShape, rowLayout } from './rows.js';

/**
 * Pair and triplet embedding losses: contrastive (here), cosine-embedding and cosine-similarity
 * (cosine.ts), triplet-margin and triplet-margin-with-distance (triplet.ts). Inputs are rows of
 * embeddings, [N, D] ('none' gives [N]) or one row [D] ('none' gives []); 'mean' is over rows.
 */

const contrastiveInputs = [
  input.prediction('input1', 'First embeddings of each pair, [N, D] or [D].'),
  input.prediction('input2', 'Second embeddings of each pair, same shape as input1.'),
  input.float('target', '1 for a similar pair, 0 for a dissimilar pair; [N] (or [] for 1-D input).', { domain: 'label' }),
] as const;

/**
 * Contrastive pair loss (Hadsell, Chopra & LeCun 2006): pulls similar pairs together and
 * pushes dissimilar pairs apart until they are `margin` away.
 *
 *   l_i = y_i d_i^2 + (1 - y_i) max(0, margin - d_i)^2,   d_i = ||x1_i - x2_i + 1e-6||_2
 *   y = 1 similar, y = 0 dissimilar
 *
 * Shapes: input1, input2: [N, D] or [D]; target: [N] or []. 'mean' averages over N.
 * Hazards: the eps inside d keeps identical rows at d = 1e-6 sqrt(D) with a finite gradient.
 * PML's ContrastiveLoss is a different loss (unsquared hinges, mined pairs, separate means).
 * @example contrastive([[0, 0], [0, 0]], [[3, 4], [0.3, 0.4]], [1, 0], { reduction: 'none' }) // [24.999986, 0.2500014]
 */
export const contrastiveLoss = defineLoss({
  name: 'contrastive',
  inputs: contrastiveInputs,
  options: { margin: option.number({ default: 1, min: 0, doc: 'Distance beyond which dissimilar pairs stop contributing.' }) },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const rows = 2 + Math.floor(random() * 4);
    const dim = 1 + Math.floor(random() * 4);
    const margin = random() < 0.5 ? 1 : 1.5;
    const input1: number[][] = [];
    const input2: number[][] = [];
    const target: number[] = [];
    for (let i = 0; i < rows; i++) {
      const y = random() < 0.5 ? 1 : 0;
      // Distances 0.2..0.75 or 1.25..2 margins: away from the hinge at d = margin.
      const d = margin * (random() < 0.5 ? 0.2 + 0.55 * random() : 1.25 + 0.75 * random());
      const a = randomRow(random, dim);
      input1.push(a);
      input2.push(randomOffset(random, a, d));
      target.push(y);
    }
    return { inputs: { input1, input2, target }, options: { margin } };
  },
  kernel({ input1, input2, target }, { reduction, margin }, { input1: grad1, input2: grad2 }, { loss }) {
    requireSameShape(loss, 'input2', input2, 'input1', input1);
    const layout = rowLayout(loss, 'input1', input1);
    requireRowShape(loss, 'target', target, layout, 'input1', input1.shape);
    requireEach(loss, 'target', target, isZeroOrOne, '0 (dissimilar) or 1 (similar)');
    const { rows, dim, outShape } = layout;
    const plan = planReduction(reduction, rows, outShape, input1.data);
    const { values, gradScale } = plan;
    const x1 = input1.data;
    const x2 = input2.data;
    const du = new Float64Array(dim);
    let sum = 0;
    for (let i = 0, o = 0; i < rows; i++, o += dim) {
      const d = pairwiseDistance(x1, o, x2, o, dim, 2, PAIRWISE_EPS, du);
      let l: number;
      let dl: number; // dl/dd
      if (target.data[i] === 1) {
        l = d * d;
        dl = 2 * d;
      } else {
        const h = margin - d;
        l = h > 0 ? h * h : 0;
        dl = h > 0 ? -2 * h : 0;
      }
      sum += l;
      if (values) values[i] = l;
      const c = dl * gradScale;
      for (let k = 0; k < dim; k++) {
        if (grad1) grad1[o + k] = c * du[k];
        if (grad2) grad2[o + k] = -c * du[k];
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['contrastive-pair', 'siamese-contrastive'],
  family: 'embedding',
  title: 'Contrastive pair loss',
  summary: 'Squared distance for similar pairs, squared hinge on (margin - distance) for dissimilar pairs.',
  formula: 'l = y d^2 + (1 - y) max(0, margin - d)^2,  d = ||x1 - x2 + 1e-6||_2',
  behaviour: 'The Siamese-network loss: similar pairs (y = 1) are pulled together with a force growing with their distance; dissimilar pairs (y = 0) are pushed apart only while closer than margin, so well-separated negatives cost nothing. Needs labelled pairs; the margin sets the scale of the embedding.',
  matches: 'Hadsell et al. 2006 (x2, y = 1 similar) with d = torch.nn.functional.pairwise_distance(input1, input2, eps=1e-6)',
  anchors: { other: ['Hadsell, Chopra & LeCun 2006 (DrLIM)', 'PML ContrastiveLoss (different reduction)'] },
  example: {
    inputs: { input1: [[0, 0], [0, 0], [1, 1]], input2: [[0.3, 0.4], [0.3, 0.4], [3, 1]], target: [1, 0, 0] },
    options: { reduction: 'none' },
    note: 'a similar pair 0.5 apart costs 0.25; a dissimilar pair 0.5 apart costs (1 - 0.5)^2; one 2 apart costs 0',
  },
});
