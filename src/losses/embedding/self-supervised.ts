import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { TORCH_NORMALIZE_FLOOR_SQ, cosineGram, cosineGramBackward, randomGroupLabels, randomRow, requireEmbeddingBatch } from './rows.js';

/**
 * Batch contrastive losses on a batch of embeddings [N, D] with group labels [N]: every row is
 * an anchor, rows with its label are its positives, the others its negatives. Similarities
 * are cosines divided by a temperature. 'none' gives one value per anchor ([N]).
 */

const batchInputs = [
  input.prediction('embeddings', 'A batch of embeddings, [N, D]; compared by cosine similarity.'),
  input.int('labels', 'Group id of each row, [N]: rows sharing a label are positives of each other.', { domain: 'label' }),
] as const;

/** A batch where every label has at least two rows, with moderately spread embeddings. */
function sampleBatch(random: () => number) {
  const rows = 4 + Math.floor(random() * 4);
  const dim = 2 + Math.floor(random() * 3);
  const labels = randomGroupLabels(random, rows, 2 + Math.floor(random() * 2));
  const embeddings = Array.from({ length: rows }, () => randomRow(random, dim));
  return { embeddings, labels };
}

/**
 * NT-Xent / InfoNCE (SimCLR, Chen et al. 2020) in optax's grouped form: each ordered positive
 * pair (i, j) is a softmax classification of j against the negatives of i.
 *
 *   s_ij = cos(x_i, x_j) / temperature,   P(i) = {j != i: label_j = label_i},  N(i) = {k: label_k != label_i}
 *   t_ij = -s_ij + log(e^{s_ij} + Σ_{k in N(i)} e^{s_ik})   (other positives are not in the denominator)
 *   l_i  = Σ_{j in P(i)} t_ij  ('none'),   'mean' = Σ_i l_i / |{(i, j)}|  (optax's value)
 *
 * Shapes: embeddings [N, D], labels int [N]. 'none' gives [N] (0 for an anchor without positives).
 * Hazards: squared norms are floored at the dtype's machine epsilon (optax's finfo(dtype).eps:
 * 2^-23 for float32, 2^-52 for float64). Each pair is shifted by max(s_ij, max_k s_ik) before the
 * exponentials, so temperatures of 0.01 or less stay finite. 'mean' with no positive pair is NaN (0/0, as optax).
 * @example ntXent([[1, 0], [1, 0], [0, 1], [0, 1]], [0, 0, 1, 1], { temperature: 1 }) // 0.5514447
 */
export const ntXentLoss = defineLoss({
  name: 'nt-xent',
  inputs: batchInputs,
  options: { temperature: option.number({ default: 0.07, min: 0, exclusiveMin: true, doc: 'Divides the cosine similarities; smaller values sharpen the softmax.' }) },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  meanDenominator: 'the number of ordered positive pairs (i, j), i != j with equal labels (optax)',
  sample(random) {
    return { inputs: sampleBatch(random), options: { temperature: random() < 0.5 ? 0.5 : 0.2 } };
  },
  kernel({ embeddings, labels }, { reduction, temperature }, { embeddings: grad }, { loss }) {
    const { rows, dim } = requireEmbeddingBatch(loss, embeddings, labels);
    const lab = labels.data;
    let pairs = 0;
    for (let i = 0; i < rows; i++) for (let j = 0; j < rows; j++) if (j !== i && lab[j] === lab[i]) pairs++;
    const plan = planReduction(reduction, pairs, [rows], embeddings.data);
    const { values, gradScale } = plan;
    const floorSq = embeddings.data instanceof Float32Array ? 2 ** -23 : 2 ** -52;
    const gram = cosineGram(embeddings.data, rows, dim, floorSq);
    const s = gram.cos;
    for (let k = 0; k < s.length; k++) s[k] /= temperature;
    const g = grad ? new Float64Array(rows * rows) : null; // dL/ds
    let sum = 0;
    for (let i = 0, r = 0; i < rows; i++, r += rows) {
      let negMax = -Infinity;
      for (let k = 0; k < rows; k++) if (lab[k] !== lab[i] && s[r + k] > negMax) negMax = s[r + k];
      let negSum = 0; // Σ_k e^{s_ik - negMax}
      for (let k = 0; k < rows; k++) if (lab[k] !== lab[i]) negSum += Math.exp(s[r + k] - negMax);
      let li = 0;
      let negWeight = 0; // Σ_j e^{negMax - m_j} / Z_j: how much each negative's e^{s_ik - negMax} counts
      for (let j = 0; j < rows; j++) {
        if (j === i || lab[j] !== lab[i]) continue;
        // Shift by m = max(s_ij, negMax): both parts of Z are <= 1 in exponent, and one is exactly 1.
        const m = Math.max(s[r + j], negMax);
        const pos = Math.exp(s[r + j] - m);
        const neg = negSum === 0 ? 0 : negSum * Math.exp(negMax - m);
        const z = pos + neg;
        // When the positive is the max, t = log(1 + neg) needs log1p for a tiny neg.
        li += m === s[r + j] ? Math.log1p(neg) : -(s[r + j] - m) + Math.log(z);
        if (g) {
          g[r + j] = -neg / z; // dt/ds_ij = -(1 - softmax of the positive), without cancellation
          negWeight += negSum === 0 ? 0 : Math.exp(negMax - m) / z;
        }
      }
      if (g && negWeight > 0) for (let k = 0; k < rows; k++) if (lab[k] !== lab[i]) g[r + k] = Math.exp(s[r + k] - negMax) * negWeight;
      sum += li;
      if (values) values[i] = li;
    }
    if (grad && g) {
      const scale = gradScale / temperature;
      for (let k = 0; k < g.length; k++) g[k] *= scale;
      cosineGramBackward(g, gram, rows, dim, grad);
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['info-nce', 'ntxent', 'infonce', 'simclr'],
  family: 'embedding',
  title: 'NT-Xent (normalised temperature-scaled cross-entropy)',
  summary: 'For every positive pair, the cross-entropy of picking the positive among the anchor\'s negatives by cosine similarity.',
  formula: 't_ij = -s_ij + log(e^{s_ij} + Σ_{k: label_k != label_i} e^{s_ik}),  s = cos / temperature',
  behaviour: 'The contrastive loss of SimCLR-style self-supervised learning: views of the same item (same label) attract, everything else in the batch repels, weighted by softmax so the hardest negatives dominate. Lower temperatures sharpen that focus. Needs large batches for many negatives.',
  matches: 'optax.losses.ntxent(embeddings, labels, temperature)',
  anchors: { optax: 'ntxent', other: ['SimCLR (Chen et al. 2020)', 'PML NTXentLoss'] },
  example: {
    inputs: { embeddings: [[1, 0], [0.9, 0.1], [0, 1], [0.1, 0.9]], labels: [0, 0, 1, 1] },
    options: { temperature: 0.5, reduction: 'none' },
    note: 'two views of two items: each anchor picks its twin against the two rows of the other item',
  },
});

/**
 * Supervised contrastive loss (Khosla et al. 2020, the L_out form): each anchor's softmax over
 * all other rows should put its mass on the rows with its label.
 *
 *   s_ij = cos(x_i, x_j) / temperature,   P(i) = {p != i: label_p = label_i}
 *   l_i = -1/|P(i)| Σ_{p in P(i)} [s_ip - log Σ_{a != i} e^{s_ia}]
 *   anchors without positives are excluded; 'mean' averages over anchors with positives
 *
 * Rows are F.normalize'd for the cosine similarity; PML's AvgNonZeroReducer also drops an anchor
 * whose loss is exactly 0, as here.
 * Shapes: embeddings [N, D], labels int [N]. 'none' gives [N] (0 for anchors without positives).
 * Hazards: the log-sum-exp is max-shifted (stable at tiny temperatures); norms are floored at
 * 1e-12 as F.normalize. 'mean' is 0 when no anchor has a positive (as PML).
 * @example supervisedContrastive([[1, 0], [1, 0], [0, 1], [0, 1]], [0, 0, 1, 1], { temperature: 1 }) // 0.5514447
 */
export const supervisedContrastiveLoss = defineLoss({
  name: 'supervised-contrastive',
  inputs: batchInputs,
  options: { temperature: option.number({ default: 0.1, min: 0, exclusiveMin: true, doc: 'Divides the cosine similarities; smaller values sharpen the softmax.' }) },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  meanDenominator: 'the number of anchors with at least one positive (1 if there are none)',
  sample(random) {
    return { inputs: sampleBatch(random), options: { temperature: random() < 0.5 ? 0.5 : 0.2 } };
  },
  kernel({ embeddings, labels }, { reduction, temperature }, { embeddings: grad }, { loss }) {
    const { rows, dim } = requireEmbeddingBatch(loss, embeddings, labels);
    const lab = labels.data;
    const positives = new Int32Array(rows);
    let anchors = 0;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < rows; j++) if (j !== i && lab[j] === lab[i]) positives[i]++;
      if (positives[i] > 0) anchors++;
    }
    const plan = planReduction(reduction, Math.max(anchors, 1), [rows], embeddings.data);
    const { values, gradScale } = plan;
    const gram = cosineGram(embeddings.data, rows, dim, TORCH_NORMALIZE_FLOOR_SQ);
    const s = gram.cos;
    for (let k = 0; k < s.length; k++) s[k] /= temperature;
    const g = grad ? new Float64Array(rows * rows) : null; // dL/ds
    let sum = 0;
    for (let i = 0, r = 0; i < rows; i++, r += rows) {
      const count = positives[i];
      if (count === 0) {
        if (values) values[i] = 0;
        continue;
      }
      // log Σ_{a != i} e^{s_ia}, shifted by the row max so no exponent is positive.
      let m = -Infinity;
      for (let a = 0; a < rows; a++) if (a !== i && s[r + a] > m) m = s[r + a];
      let z = 0;
      for (let a = 0; a < rows; a++) if (a !== i) z += Math.exp(s[r + a] - m);
      const lse = m + Math.log(z);
      let meanPositive = 0;
      for (let p = 0; p < rows; p++) if (p !== i && lab[p] === lab[i]) meanPositive += s[r + p];
      meanPositive /= count;
      const li = lse - meanPositive;
      sum += li;
      if (values) values[i] = li;
      if (g) {
        for (let a = 0; a < rows; a++) {
          if (a === i) continue;
          g[r + a] = Math.exp(s[r + a] - m) / z - (lab[a] === lab[i] ? 1 / count : 0);
        }
      }
    }
    if (grad && g) {
      const scale = gradScale / temperature;
      for (let k = 0; k < g.length; k++) g[k] *= scale;
      cosineGramBackward(g, gram, rows, dim, grad);
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['supcon', 'sup-con'],
  family: 'embedding',
  title: 'Supervised contrastive loss (SupCon)',
  summary: 'Per anchor, the average cross-entropy of its same-label rows under a softmax over all other rows.',
  formula: 'l_i = -1/|P(i)| Σ_{p in P(i)} (s_ip - log Σ_{a != i} e^{s_ia}),  s = cos / temperature',
  behaviour: 'Extends NT-Xent to labelled data: all rows of the anchor\'s class are positives and share the softmax denominator with everything else, which makes it robust to the choice of augmentation and batch composition. Lower temperatures focus on hard negatives.',
  matches: 'pytorch_metric_learning.losses.SupConLoss(temperature)',
  anchors: { other: ['Khosla et al. 2020 (SupCon, L_out)', 'PML SupConLoss'] },
  example: {
    inputs: { embeddings: [[1, 0], [0.9, 0.1], [0, 1], [0.1, 0.9], [0.7, 0.7]], labels: [0, 0, 1, 1, 2] },
    options: { reduction: 'none' },
    note: 'the fifth row has no positive: it only serves as a negative, and its own loss is 0',
  },
});
