import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { badShape } from '../../core/errors.js';
import { option } from '../../core/options.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import type { FloatArray } from '../../core/tensor.js';
import { isPlusMinusOne, requireEach, requireSameShape } from '../../core/validate.js';
import { randomOffset, randomRow, requireRowShape, rowLayout, rowNorm } from './rows.js';
import { hypotOf } from '../../core/extent.js';

/** Cosine losses on pairs of rows: cosine-embedding (PyTorch) and cosine-similarity (Keras). */

/** ATen's `constexpr float EPSILON = 1e-12` in cosine_embedding_loss: float32(1e-12), not binary64 1e-12. */
const ATEN_COSINE_EPSILON = Math.fround(1e-12);

const cosineEmbeddingInputs = [
  input.prediction('input1', 'First embeddings of each pair, [N, D] or [D].'),
  input.prediction('input2', 'Second embeddings of each pair, same shape as input1.'),
  input.float('target', '1 for a similar pair, -1 for a dissimilar pair; [N] (or [] for 1-D input).', { domain: 'label' }),
] as const;

/**
 * Cosine embedding loss: makes the cosine of similar pairs 1 and pushes dissimilar pairs
 * below a cosine `margin`.
 *
 *   cos_i = x1_i·x2_i / sqrt((|x1_i|^2 + E)(|x2_i|^2 + E)),   E = float32(1e-12) (ATen)
 *   l_i = 1 - cos_i (y = 1),   max(0, cos_i - margin) (y = -1)
 *
 * Shapes: input1, input2: [N, D] or [D]; target: [N] or [] of ±1. 'mean' averages over N.
 * Hazards: a zero row has cos = 0 and a finite (large, ~1/sqrt(E)) gradient. Targets other
 * than ±1 are rejected (PyTorch silently gives them loss 0).
 * @example cosineEmbedding([[1, 0], [1, 1]], [[1, 1], [1, 0]], [1, -1], { reduction: 'none' }) // [0.2928932, 0.7071068]
 */
export const cosineEmbeddingLoss = defineLoss({
  name: 'cosine-embedding',
  inputs: cosineEmbeddingInputs,
  options: { margin: option.number({ default: 0, doc: 'Cosine above which dissimilar pairs are penalised (PyTorch suggests 0 to 0.5).' }) },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const rows = 2 + Math.floor(random() * 4);
    const dim = 2 + Math.floor(random() * 3);
    const margin = random() < 0.5 ? 0 : 0.3;
    const input1: number[][] = [];
    const input2: number[][] = [];
    const target: number[] = [];
    while (input1.length < rows) {
      const a = randomRow(random, dim);
      const b = randomRow(random, dim);
      const y = random() < 0.5 ? 1 : -1;
      const dot = a.reduce((s, v, k) => s + v * b[k], 0);
      const cos = dot / (hypotOf(a) * hypotOf(b));
      // Keep dissimilar pairs away from the hinge at cos = margin, and rows away from 0.
      if (hypotOf(a) < 0.3 || hypotOf(b) < 0.3 || (y === -1 && Math.abs(cos - margin) < 0.05)) continue;
      input1.push(a);
      input2.push(b);
      target.push(y);
    }
    return { inputs: { input1, input2, target }, options: { margin } };
  },
  kernel({ input1, input2, target }, { reduction, margin }, { input1: grad1, input2: grad2 }, { loss }) {
    requireSameShape(loss, 'input2', input2, 'input1', input1);
    const layout = rowLayout(loss, 'input1', input1);
    requireRowShape(loss, 'target', target, layout, 'input1', input1.shape);
    requireEach(loss, 'target', target, isPlusMinusOne, '1 (similar) or -1 (dissimilar)');
    const { rows, dim, outShape } = layout;
    const plan = planReduction(reduction, rows, outShape, input1.data);
    const { values, gradScale } = plan;
    const x1 = input1.data;
    const x2 = input2.data;
    /** sqrt(|x|^2 + E); E is negligible (and |x|^2 would overflow) beyond |x| = 2^500. */
    const norm = (x: FloatArray, o: number) => {
      const length = rowNorm(x, o, dim);
      return length > 2 ** 500 ? length : Math.sqrt(length * length + ATEN_COSINE_EPSILON);
    };
    let sum = 0;
    for (let i = 0, o = 0; i < rows; i++, o += dim) {
      // n = sqrt(|x|^2 + E) from an overflow-free |x|; the cosine is the dot product of the
      // rows divided by their n's (each quotient <= 1, so 1e308 entries stay finite):
      //   cos = Σ â b̂,  â = x1 / n1,  b̂ = x2 / n2;  dcos/dx1 = (b̂ - cos â) / n1, and symmetrically.
      const n1 = norm(x1, o);
      const n2 = norm(x2, o);
      let cos = 0;
      for (let k = 0; k < dim; k++) cos += (x1[o + k] / n1) * (x2[o + k] / n2);
      let l: number;
      let dl: number; // dl/dcos
      if (target.data[i] === 1) {
        l = 1 - cos;
        dl = -1;
      } else {
        const h = cos - margin;
        l = h > 0 ? h : 0;
        dl = h >= 0 ? 1 : 0; // clamp_min's backward passes the gradient at the tie (ATen)
      }
      sum += l;
      if (values) values[i] = l;
      const c = dl * gradScale;
      for (let k = 0; k < dim; k++) {
        const a = x1[o + k] / n1;
        const b = x2[o + k] / n2;
        if (grad1) grad1[o + k] = (c * (b - cos * a)) / n1;
        if (grad2) grad2[o + k] = (c * (a - cos * b)) / n2;
      }
    }
    return plan.finish(sum);
  },
}, {
  family: 'embedding',
  title: 'Cosine embedding loss',
  summary: 'One minus the cosine for similar pairs, a hinge on the cosine for dissimilar pairs.',
  formula: 'l = 1 - cos(x1, x2) if y = 1, max(0, cos(x1, x2) - margin) if y = -1',
  behaviour: 'Scale-invariant: only the angle between the two embeddings matters. Similar pairs are pulled to the same direction; dissimilar pairs are pushed apart only while their cosine exceeds the margin (0 to 0.5 is typical). Useful for learning embeddings compared by cosine similarity.',
  matches: 'torch.nn.functional.cosine_embedding_loss(input1, input2, target, margin, reduction)',
  anchors: { pytorch: 'nn.CosineEmbeddingLoss' },
  example: {
    inputs: { input1: [[1, 0], [1, 1]], input2: [[1, 1], [1, 0]], target: [1, -1] },
    options: { reduction: 'none', margin: 0.2 },
    note: 'both pairs are 45 degrees apart: the similar one costs 1 - cos 45°, the dissimilar one cos 45° - 0.2',
  },
});

/** Keras 3 normalises with rsqrt(max(|v|^2, epsilon^2)), epsilon = keras.backend.epsilon() = 1e-7: a norm floor of 1e-7. */
const KERAS_NORM_FLOOR = 1e-7;

const cosineSimilarityInputs = [
  input.prediction('input', 'Predictions (y_pred), rows along the last axis, e.g. [N, D].'),
  input.float('target', 'Targets (y_true), same shape as input.'),
] as const;

/**
 * Cosine similarity loss (Keras sign): the negative cosine between prediction and target rows,
 * -1 when they point the same way, +1 when opposite.
 *
 *   l_n = -Σ_d x̂_nd t̂_nd,   v̂ = v / sqrt(max(Σ v^2, 1e-14))
 *   dl/dx = -(t̂ - l' x̂) / |x| with l' = x̂·t̂ (above the floor); -t̂ / 1e-7 below it
 *
 * Shapes: input, target: equal, rank >= 1, the last axis is the vector; 'none' drops that axis.
 * Hazards: a zero row gives loss 0 with a finite gradient -t̂ * 1e7. optax cosine_similarity is
 * +cos (and cosine_distance = 1 + this loss); tfjs cosineDistance does not normalise.
 * @example cosineSimilarity([[1, 0], [0, 1]], [[1, 1], [0, -2]], { reduction: 'none' }) // [-0.7071068, 1]
 */
export const cosineSimilarityLoss = defineLoss({
  name: 'cosine-similarity',
  inputs: cosineSimilarityInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const rows = 1 + Math.floor(random() * 4);
    const dim = 2 + Math.floor(random() * 3);
    const input = Array.from({ length: rows }, () => randomOffset(random, new Array<number>(dim).fill(0), 0.5 + random()));
    const target = Array.from({ length: rows }, () => randomRow(random, dim));
    return { inputs: { input, target } };
  },
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
    if (input.shape.length === 0) throw badShape(loss, 'input', 'rank >= 1 (the last axis holds the vectors)', input.shape);
    requireSameShape(loss, 'target', target, 'input', input);
    const dim = input.shape[input.shape.length - 1];
    const rows = dim === 0 ? 0 : input.data.length / dim;
    const plan = planReduction(reduction, rows, input.shape.slice(0, -1), input.data);
    const { values, gradScale } = plan;
    const x = input.data;
    const t = target.data;
    let sum = 0;
    for (let i = 0, o = 0; i < rows; i++, o += dim) {
      // Unit rows from overflow-free norms (a 1e308 row has norm ~1e308, not Infinity), the
      // norm floored at 1e-7 as Keras: c = x̂·t̂ with x̂ = x / max(|x|, 1e-7).
      const nx = rowNorm(x, o, dim);
      const xClipped = !(nx > KERAS_NORM_FLOOR);
      const dx = xClipped ? KERAS_NORM_FLOOR : nx;
      const dt = Math.max(rowNorm(t, o, dim), KERAS_NORM_FLOOR);
      let c = 0;
      for (let k = 0; k < dim; k++) c += (x[o + k] / dx) * (t[o + k] / dt);
      sum -= c;
      if (values) values[i] = -c;
      if (grad) {
        // Below the floor x̂ = x / 1e-7 is linear in x: no projection term.
        const project = xClipped ? 0 : c;
        for (let k = 0; k < dim; k++) {
          grad[o + k] = (-(t[o + k] / dt - project * (x[o + k] / dx)) / dx) * gradScale;
        }
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['cosine-proximity', 'cosine'],
  family: 'embedding',
  title: 'Cosine similarity loss',
  summary: 'Negative cosine similarity between each prediction row and its target row.',
  formula: 'l = -(x / |x|)·(t / |t|), norms floored at 1e-7',
  behaviour: 'Measures only direction, never length: scaling a prediction leaves the loss unchanged. Ranges from -1 (same direction) to +1 (opposite). Use it when the target is a direction (embeddings, normalised features) rather than a magnitude.',
  matches: 'keras.losses.CosineSimilarity(axis=-1)',
  anchors: {
    keras: 'CosineSimilarity',
    optax: ['cosine_similarity', 'cosine_distance'],
    tfjs: ['tf.losses.cosineDistance', 'layers:cosineProximity'],
  },
  example: {
    inputs: { input: [[1, 0], [0, 1], [2, 2]], target: [[1, 1], [0, -2], [1, 1]] },
    options: { reduction: 'none' },
    note: '45 degrees apart: -0.707; opposite: +1; same direction, different length: -1',
  },
});
