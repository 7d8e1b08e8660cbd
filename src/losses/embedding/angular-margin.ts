import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { shapeMismatch } from '../../core/errors.js';
import { option } from '../../core/options.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { sigmoid, softplus } from '../../core/stable-math.js';
import { requireEach, requireRank } from '../../core/validate.js';
import { TORCH_NORMALIZE_FLOOR_SQ, cosineGram, cosineGramBackward, normalizeRows, normalizeRowsBackward, randomGroupLabels, randomRow, requireEmbeddingBatch, rowDots, rowDotsBackward } from './rows.js';
import { hypotOf } from '../../core/extent.js';

/**
 * Angular / metric-learning margins on cosine similarities: ArcFace (a classifier with class
 * centres) and Circle loss (pairs within a labelled batch). Rows are L2-normalised first
 * (F.normalize, norm floored at 1e-12), so only directions matter.
 */

/** cos θ is clamped to [-1 + 1e-7, 1 - 1e-7] before arccos: d arccos / d cos is infinite at ±1. */
const ARCCOS_CLAMP = 1e-7;

const arcfaceInputs = [
  input.prediction('embeddings', 'Embeddings, [N, D].'),
  input.prediction('weights', 'Class centres (the classifier weights, learnable), [C, D].'),
  input.int('labels', 'Class index of each row, [N], in [0, C).'),
] as const;

/**
 * ArcFace: additive angular margin (Deng et al. 2019). Softmax cross-entropy on scaled cosines
 * to the class centres, with the true class's angle increased by `margin`.
 *
 *   cos θ_ij = x̂_i·ŵ_j,   z_ij = scale cos θ_ij (j != y_i),   z_iy = scale φ(θ_iy)
 *   φ(θ) = cos(θ + margin) if θ <= π - margin, else cos θ - margin sin(margin)
 *   l_i = -log softmax(z_i)_{y_i}
 *
 * The threshold branch is the one of the paper's official implementation (insightface, and PML
 * ArcFaceLoss): it keeps the logit decreasing in θ past π - margin; the "easy margin" variant
 * (no margin when cos θ < 0) is not used.
 * Differs from PML: cos θ is clamped to [-1 + 1e-7, 1 - 1e-7] (PML: [-1, 1]).
 * Shapes: embeddings [N, D], weights [C, D], labels int [N]. 'mean' averages over N.
 * Hazards: the clamp keeps the gradient through arccos finite; inside the clamped band
 * (|cos θ_y| > 1 - 1e-7) the true-class logit has gradient 0, as torch's clamp backward.
 * @example arcface([[1, 0]], [[1, 0], [0, 1]], [0], { scale: 1, margin: 0.5 }) // 0.3477484
 */
export const arcfaceLoss = defineLoss({
  name: 'arcface',
  inputs: arcfaceInputs,
  options: {
    margin: option.number({ default: 0.5, min: 0, max: Math.PI, exclusiveMax: true, doc: 'Additive angular margin in radians (the paper: 0.5; PML: 28.6 degrees = 0.4992 rad).' }),
    scale: option.number({ default: 64, min: 0, exclusiveMin: true, doc: 'Multiplies the cosines before the softmax (the radius of the hypersphere).' }),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const rows = 2 + Math.floor(random() * 4);
    const classes = 2 + Math.floor(random() * 3);
    const dim = 2 + Math.floor(random() * 3);
    const margin = random() < 0.5 ? 0.5 : 0.3;
    const scale = random() < 0.5 ? 16 : 4;
    const weights = Array.from({ length: classes }, () => randomRow(random, dim));
    const embeddings: number[][] = [];
    const labels: number[] = [];
    const cosine = (a: number[], b: number[]) => a.reduce((s, v, k) => s + v * b[k], 0) / (hypotOf(a) * hypotOf(b));
    while (embeddings.length < rows) {
      const x = randomRow(random, dim);
      const y = Math.floor(random() * classes);
      const c = cosine(x, weights[y]);
      // Away from the branch switch at cos θ = -cos(margin) and from the clamp at ±1.
      if (hypotOf(x) < 0.3 || Math.abs(c + Math.cos(margin)) < 0.05 || Math.abs(c) > 0.98) continue;
      embeddings.push(x);
      labels.push(y);
    }
    return { inputs: { embeddings, weights, labels }, options: { margin, scale } };
  },
  kernel(
    { embeddings, weights, labels }, { reduction, margin, scale }, { embeddings: gradX, weights: gradW }, { loss },
  ) {
    const { rows, dim } = requireEmbeddingBatch(loss, embeddings, labels);
    requireRank(loss, 'weights', weights, [2], '[C, D]');
    if (weights.shape[1] !== dim) throw shapeMismatch(loss, 'weights', weights.shape, 'embeddings', embeddings.shape, 'both rows of length D');
    const classes = weights.shape[0];
    requireEach(loss, 'labels', labels, (c) => c >= 0 && c < classes, `a class index in [0, ${classes})`);
    const plan = planReduction(reduction, rows, [rows], embeddings.data);
    const { values, gradScale } = plan;
    const xUnit = new Float64Array(rows * dim), xInv = new Float64Array(rows), xClip = new Uint8Array(rows);
    const wUnit = new Float64Array(classes * dim), wInv = new Float64Array(classes), wClip = new Uint8Array(classes);
    normalizeRows(embeddings.data, rows, dim, TORCH_NORMALIZE_FLOOR_SQ, xUnit, xInv, xClip);
    normalizeRows(weights.data, classes, dim, TORCH_NORMALIZE_FLOOR_SQ, wUnit, wInv, wClip);
    const cos = new Float64Array(rows * classes);
    rowDots(xUnit, rows, wUnit, classes, dim, cos);
    const cosM = Math.cos(margin);
    const sinM = Math.sin(margin);
    const z = new Float64Array(classes); // one row of logits
    let sum = 0;
    for (let i = 0, r = 0; i < rows; i++, r += classes) {
      const y = labels.data[i];
      const raw = cos[r + y];
      const c = Math.min(Math.max(raw, -1 + ARCCOS_CLAMP), 1 - ARCCOS_CLAMP);
      const inside = c === raw;
      let target: number;
      let dTarget: number; // d target / d cos θ_y
      if (c >= -cosM) { // θ <= π - margin
        const sinT = Math.sqrt((1 - c) * (1 + c)); // (1 - c)(1 + c): no cancellation near |c| = 1
        target = c * cosM - sinT * sinM; // cos(θ + m)
        dTarget = inside ? cosM + (sinM * c) / sinT : 0;
      } else {
        target = c - margin * sinM;
        dTarget = inside ? 1 : 0;
      }
      let max = -Infinity;
      for (let j = 0; j < classes; j++) {
        z[j] = scale * (j === y ? target : cos[r + j]);
        if (z[j] > max) max = z[j];
      }
      // Max-shifted log-sum-exp: scale 64 makes logits up to 64 and e^64 needs no overflow to hurt.
      let total = 0;
      for (let j = 0; j < classes; j++) total += Math.exp(z[j] - max);
      const li = max + Math.log(total) - z[y];
      sum += li;
      if (values) values[i] = li;
      // dL/dcos: scale (softmax_j - [j = y]), times dTarget on the true class.
      for (let j = 0; j < classes; j++) {
        const p = Math.exp(z[j] - max) / total;
        cos[r + j] = j === y ? scale * (p - 1) * dTarget * gradScale : scale * p * gradScale;
      }
    }
    if (gradX || gradW) {
      const gx = gradX ? new Float64Array(rows * dim) : null;
      const gw = gradW ? new Float64Array(classes * dim) : null;
      rowDotsBackward(cos, xUnit, rows, wUnit, classes, dim, gx, gw);
      if (gradX && gx) normalizeRowsBackward(gx, xUnit, xInv, xClip, rows, dim, 1, gradX);
      if (gradW && gw) normalizeRowsBackward(gw, wUnit, wInv, wClip, classes, dim, 1, gradW);
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['additive-angular-margin', 'arc-face'],
  family: 'embedding',
  title: 'ArcFace (additive angular margin)',
  summary: 'Softmax cross-entropy on scaled cosines to class centres, with an angular margin added to the true class.',
  formula: 'l = -log softmax(s [cos(θ_y + m), cos θ_j ...])_y,  cos θ_j = x̂·ŵ_j',
  behaviour: 'A face-recognition classifier loss whose real product is the embedding: the margin forces every sample to be closer in angle to its class centre than to any other by m radians, giving compact, well-separated classes on the hypersphere. The scale s sets the softmax sharpness (64 in the paper).',
  matches: 'pytorch_metric_learning.losses.ArcFaceLoss(num_classes, embedding_size, margin=degrees(margin), scale) with W = weights^T',
  anchors: { other: ['Deng et al. 2019 (ArcFace)', 'PML ArcFaceLoss'] },
  example: {
    inputs: { embeddings: [[1, 0.2], [0.1, 1]], weights: [[1, 0], [0, 1], [-1, 0]], labels: [0, 1] },
    options: { reduction: 'none', scale: 16 },
    note: 'both rows are about 0.1-0.2 rad from their class centre; the 0.5 rad margin still leaves some loss',
  },
});

const circleInputs = [
  input.prediction('embeddings', 'A batch of embeddings, [N, D]; compared by cosine similarity.'),
  input.int('labels', 'Class of each row, [N]: rows sharing a label are positives of each other.', { domain: 'label' }),
] as const;

/**
 * Circle loss (Sun et al. 2020), pair form: within a labelled batch, each anchor's positive
 * similarities are pushed towards their optimum 1 + m and its negatives towards -m, each pair
 * weighted by how far it is from its optimum.
 *
 *   s = cosine similarities,  α_p = max(0, 1 + m - s_p),  α_n = max(0, s_n + m)
 *   L_p = logsumexp_p(-γ α_p (s_p - (1 - m))),   L_n = logsumexp_n(γ α_n (s_n - m))
 *   l_i = softplus(L_p + L_n) for anchors with >= 1 positive and >= 1 negative; 'mean' over them
 *
 * α is a constant in the gradient (detachWeights, the paper and PML); detachWeights: false
 * differentiates through it (Keras). Defaults are the paper's m = 0.25, γ = 256 (PML and
 * Keras use m = 0.4, γ = 80).
 * Also keras.losses.Circle(gamma, margin) in value for L2-normalised rows (Keras does not
 * normalise y_pred, and differentiates α: use detachWeights: false).
 * Shapes: embeddings [N, D], labels int [N]. 'none' gives [N] (0 for excluded anchors).
 * Hazards: with γ = 256 the logits reach hundreds: both log-sum-exps are max-shifted and the
 * softplus is stable. 'mean' is 0 when no anchor has both a positive and a negative.
 * @example circle([[1, 0], [0.6, 0.8], [0, 1]], [0, 0, 1], { reduction: 'none', gamma: 1 }) // [0.7108003, 1.0865508, 0]
 */
export const circleLoss = defineLoss({
  name: 'circle',
  inputs: circleInputs,
  options: {
    margin: option.number({ default: 0.25, min: 0, max: 1, doc: 'Relaxation m: optima O_p = 1 + m, O_n = -m, decision margins Δ_p = 1 - m, Δ_n = m.' }),
    gamma: option.number({ default: 256, min: 0, exclusiveMin: true, doc: 'Scale γ of the weighted similarities.' }),
    detachWeights: option.boolean(true, 'Treat the weights α as constants in the gradient (the paper, PML); false differentiates through them (Keras).'),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  meanDenominator: 'the number of anchors with at least one positive and one negative (1 if there are none)',
  sample(random) {
    const margin = random() < 0.5 ? 0.25 : 0.4;
    for (;;) {
      const rows = 4 + Math.floor(random() * 3);
      const dim = 2 + Math.floor(random() * 3);
      const labels = randomGroupLabels(random, rows, 2);
      const embeddings = Array.from({ length: rows }, () => randomRow(random, dim));
      const unit = embeddings.map((x) => x.map((v) => v / hypotOf(x)));
      // Away from the kink of α_n = max(0, s_n + m) (the gradient is sampled with detachWeights: false).
      const ok = embeddings.every((x, i) => hypotOf(x) > 0.3 && unit.every((u, j) =>
        labels[i] === labels[j] || Math.abs(u.reduce((s, v, k) => s + v * unit[i][k], 0) + margin) > 0.05));
      if (ok) return { inputs: { embeddings, labels }, options: { margin, gamma: random() < 0.5 ? 32 : 80, detachWeights: false } };
    }
  },
  kernel({ embeddings, labels }, { reduction, margin, gamma, detachWeights }, { embeddings: grad }, { loss }) {
    const { rows, dim } = requireEmbeddingBatch(loss, embeddings, labels);
    const lab = labels.data;
    let anchors = 0;
    for (let i = 0; i < rows; i++) {
      let pos = false;
      let neg = false;
      for (let j = 0; j < rows; j++) {
        if (lab[j] !== lab[i]) neg = true;
        else if (j !== i) pos = true;
      }
      if (pos && neg) anchors++;
    }
    const plan = planReduction(reduction, Math.max(anchors, 1), [rows], embeddings.data);
    const { values, gradScale } = plan;
    const gram = cosineGram(embeddings.data, rows, dim, TORCH_NORMALIZE_FLOOR_SQ);
    const s = gram.cos;
    const v = new Float64Array(rows); // one row of weighted logits
    const dv = new Float64Array(rows); // dv/ds for that row
    const g = grad ? new Float64Array(rows * rows) : null;
    let sum = 0;
    for (let i = 0, r = 0; i < rows; i++, r += rows) {
      let maxP = -Infinity;
      let maxN = -Infinity;
      for (let j = 0; j < rows; j++) {
        if (j === i) continue;
        const sij = s[r + j];
        if (lab[j] === lab[i]) {
          const alpha = Math.max(0, 1 + margin - sij);
          v[j] = -gamma * alpha * (sij - (1 - margin));
          // d/ds of -γ α (s - Δp) with α' = -1 where α > 0: -γ (α - (s - Δp)).
          dv[j] = -gamma * (detachWeights || alpha === 0 ? alpha : alpha - (sij - (1 - margin)));
          if (v[j] > maxP) maxP = v[j];
        } else {
          const alpha = Math.max(0, sij + margin);
          v[j] = gamma * alpha * (sij - margin);
          dv[j] = gamma * (detachWeights || alpha === 0 ? alpha : alpha + (sij - margin));
          if (v[j] > maxN) maxN = v[j];
        }
      }
      if (maxP === -Infinity || maxN === -Infinity) {
        if (values) values[i] = 0;
        continue;
      }
      // Each log-sum-exp shifted by its own max: γ = 256 makes the logits hundreds.
      let sumP = 0;
      let sumN = 0;
      for (let j = 0; j < rows; j++) {
        if (j === i) continue;
        if (lab[j] === lab[i]) sumP += Math.exp(v[j] - maxP);
        else sumN += Math.exp(v[j] - maxN);
      }
      const total = maxP + Math.log(sumP) + maxN + Math.log(sumN);
      const li = softplus(total);
      sum += li;
      if (values) values[i] = li;
      if (g) {
        const outer = sigmoid(total) * gradScale; // softplus' = σ
        for (let j = 0; j < rows; j++) {
          if (j === i) continue;
          const share = lab[j] === lab[i] ? Math.exp(v[j] - maxP) / sumP : Math.exp(v[j] - maxN) / sumN;
          g[r + j] = outer * share * dv[j];
        }
      }
    }
    if (grad && g) cosineGramBackward(g, gram, rows, dim, grad);
    return plan.finish(sum);
  },
}, {
  aliases: ['circle-loss'],
  family: 'embedding',
  title: 'Circle loss',
  summary: 'Pair-similarity loss where each positive and negative pair is re-weighted by its distance from its optimum.',
  formula: 'l = softplus(logsumexp_n(γ α_n (s_n - m)) + logsumexp_p(-γ α_p (s_p - 1 + m)))',
  behaviour: 'Unifies classification-style and pair-based metric learning: like a triplet/N-pair loss over all pairs of a batch, but pairs far from their optimum get larger weights (α), giving a circular decision boundary and more flexible optimisation. m sets the relaxation, γ the sharpness.',
  matches: 'pytorch_metric_learning.losses.CircleLoss(m, gamma)',
  anchors: { keras: 'Circle', other: ['Sun et al. 2020 (Circle loss)', 'PML CircleLoss'] },
  example: {
    inputs: { embeddings: [[1, 0], [0.8, 0.6], [0, 1], [0.2, 1]], labels: [0, 0, 1, 1] },
    options: { reduction: 'none', gamma: 32 },
  },
});
