import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { LossError, badShape, formatShape } from '../../core/errors.js';
import { option } from '../../core/options.js';
import { planReduction } from '../../core/reduction.js';
import { sigmoid } from '../../core/stable-math.js';
import type { Tensor } from '../../core/tensor.js';
import { inUnitInterval, requireEach, requireSameShape } from '../../core/validate.js';
import { sampleTargets } from './binary-sample.js';

/**
 * Keras 3's focal cross-entropies, on probabilities (or logits with fromLogits): the
 * probability path of Keras, including its clip to [1e-7, 1 - 1e-7] (keras.backend.epsilon()).
 */

const EPSILON = 1e-7;
const LOW = EPSILON;
const HIGH = 1 - EPSILON;

/** Rows of the last axis: a per-sample value reduces it ('none' gives shape[:-1]). */
function lastAxis(loss: string, tensor: Tensor) {
  const { shape } = tensor;
  if (shape.length === 0) throw badShape(loss, 'input', 'rank >= 1 (the last axis is reduced per sample)', shape);
  const size = shape[shape.length - 1];
  const rowShape = shape.slice(0, -1);
  let rows = 1;
  for (const s of rowShape) rows *= s;
  return { size, rows, rowShape };
}

const focalOptions = {
  alpha: option.number({ default: 0.25, min: 0, max: 1, doc: 'Class-balancing weight (see the loss for where it applies).' }),
  gamma: option.number({ default: 2, min: 0, doc: 'Focusing exponent on (1 - p_t); 0 removes the focal factor.' }),
  fromLogits: option.boolean(false, 'Treat input as logits (sigmoid / softmax applied first, then the probability path).'),
  labelSmoothing: option.number({ default: 0, min: 0, max: 1, doc: 'Move targets towards uniform (0.5 for binary, 1/C for categorical).' }),
};

/**
 * Binary focal cross-entropy, as Keras 3: clipped binary cross-entropy times (1 - p_t)^γ,
 * optionally class-balanced, averaged over the last axis.
 *
 *   y' = y (1 - ls) + ls/2,  p = input (or σ(input) with fromLogits),  pc = clip(p, 1e-7, 1 - 1e-7)
 *   bce = -[y' log pc + (1 - y') log(1 - pc)],   b = 1 - p_t = y' (1 - p) + (1 - y') p  (p unclipped)
 *   e = a b^γ bce,  a = α y' + (1 - α)(1 - y') with applyClassBalancing, else 1
 *   l = mean over the last axis of e
 *
 * Shapes: input, target [..., C], equal; 'none' gives [...] (one value per row); 'mean' averages rows.
 * Hazards: the clip zeroes the bce gradient outside [1e-7, 1 - 1e-7]; the focal factor uses the
 * unclipped p (as Keras), so with 0 < γ < 1 its gradient is infinite where p_t = 1 exactly.
 * @example binaryFocalCrossentropy([[0.6, 0.4], [0.4, 0.6]], [[0, 1], [0, 0]], { reduction: 'none' }) // [0.329865, 0.205798]
 */
export const binaryFocalCrossentropyLoss = defineLoss({
  name: 'binary-focal-crossentropy',
  inputs: [
    input.prediction('input', 'Probabilities [..., C] in [0, 1] (logits with fromLogits).', { domain: 'probability' }),
    input.float('target', 'Targets in [0, 1], same shape as input.', { domain: 'probability' }),
  ],
  options: {
    applyClassBalancing: option.boolean(false, 'Multiply by alpha for positives and 1 - alpha for negatives.'),
    ...focalOptions,
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample(random) {
    const rows = 1 + Math.floor(random() * 3);
    const columns = 1 + Math.floor(random() * 4);
    const fromLogits = random() < 0.3;
    const draw = () => (fromLogits ? -4 + 8 * random() : 0.05 + 0.9 * random());
    const input = Array.from({ length: rows }, () => Array.from({ length: columns }, draw));
    const options = {
      fromLogits,
      applyClassBalancing: random() < 0.5,
      alpha: random(),
      gamma: random() < 0.2 ? 0 : 1 + 2 * random(),
      labelSmoothing: random() < 0.4 ? 0.3 * random() : 0,
    };
    return { inputs: { input, target: sampleTargets(random, rows, columns) }, options };
  },
  kernel(
    { input: x, target }, { applyClassBalancing, alpha, gamma, fromLogits, labelSmoothing, reduction }, { input: grad }, { loss },
  ) {
    requireSameShape(loss, 'target', target, 'input', x);
    const { size, rows, rowShape } = lastAxis(loss, x);
    // Each row's loss is the mean over its last axis: rows of no elements have no value.
    if (size === 0 && rows > 0) throw badShape(loss, 'input', 'a non-empty last axis (each row\'s loss is the mean over it)', x.shape);
    if (!fromLogits) requireEach(loss, 'input', x, inUnitInterval, 'a probability in [0, 1] (or pass fromLogits: true)');
    requireEach(loss, 'target', target, inUnitInterval, 'a target in [0, 1]');
    const z = x.data;
    const y = target.data;
    const plan = planReduction(reduction, rows, rowShape, z);
    const { values, gradScale } = plan;
    const keep = 1 - labelSmoothing;
    const shift = 0.5 * labelSmoothing;
    const perElement = 1 / size;
    const scale = gradScale * perElement;
    let sum = 0;
    for (let r = 0, i = 0; r < rows; r++) {
      let row = 0;
      for (let c = 0; c < size; c++, i++) {
        const ys = keep * y[i] + shift;
        // With logits, 1 - p is σ(-x) (not 1 - σ(x), which cancels for confident logits).
        const p = fromLogits ? sigmoid(z[i]) : z[i];
        const q = fromLogits ? sigmoid(-z[i]) : 1 - p;
        const inside = p >= LOW && p <= HIGH;
        const pc = p < LOW ? LOW : p > HIGH ? HIGH : p;
        const bce = -(ys * Math.log(pc) + (1 - ys) * Math.log1p(-pc));
        // b = y'(1 - p) + (1 - y') p is 1 - p_t formed without cancellation, so b >= 0.
        const b = ys * q + (1 - ys) * p;
        const focal = Math.pow(b, gamma);
        const a = applyClassBalancing ? alpha * ys + (1 - alpha) * (1 - ys) : 1;
        row += a * focal * bce;
        if (!grad) continue;
        const dBce = inside ? (1 - ys) / (1 - pc) - ys / pc : 0; // the clip passes no gradient outside
        let g: number;
        if (fromLogits) {
          // d/dx = d/dp · p q; γ b^(γ-1) p q as γ b^γ (p q / b), 0 once b underflows (p q = 0 there).
          const pq = p * q;
          const modulation = b > 0 && gamma !== 0 ? gamma * focal * (pq / b) * (1 - 2 * ys) * bce : 0;
          g = modulation + focal * dBce * pq;
        } else {
          const modulation = gamma !== 0 ? gamma * Math.pow(b, gamma - 1) * (1 - 2 * ys) * bce : 0;
          g = modulation + focal * dBce;
        }
        grad[i] = a * g * scale;
      }
      const l = row * perElement;
      sum += l;
      if (values) values[r] = l;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['binary-focal', 'binary-focal-cross-entropy'],
  family: 'classification',
  training: [{ task: 'binary', link: 'identity', target: 'zero-one', options: { fromLogits: true } }],
  title: 'Binary focal cross-entropy (Keras)',
  summary: 'Clipped binary cross-entropy down-weighted by (1 - p_t)^gamma, averaged over the last axis.',
  formula: 'l = mean_last_axis [a (1 - p_t)^gamma bce(y\', clip(p))],  a = alpha y\' + (1 - alpha)(1 - y\') if balancing',
  behaviour: 'Keras\' focal loss for binary and multi-label outputs: like sigmoid-focal but on probabilities with Keras clipping, alpha off by default (applyClassBalancing), and a per-sample mean over the last axis. Use it to match Keras models; on logits, sigmoid-focal is more accurate for extreme values.',
  matches: 'keras.losses.BinaryFocalCrossentropy(apply_class_balancing, alpha, gamma, from_logits, label_smoothing)',
  anchors: { keras: 'BinaryFocalCrossentropy' },
  example: {
    inputs: { input: [[0.6, 0.4], [0.4, 0.6]], target: [[0, 1], [0, 0]] },
    options: { reduction: 'none', gamma: 2 },
    note: 'Keras docstring example: [0.330, 0.206]',
  },
});

/**
 * Categorical focal cross-entropy, as Keras 3: rows renormalised and clipped, each class's
 * cross-entropy term scaled by α (1 - q_c)^γ, summed over the classes.
 *
 *   y' = y (1 - ls) + ls / C,  q = clip(x / Σ_k x_k, 1e-7, 1 - 1e-7)   (softmax(x) with fromLogits)
 *   l = Σ_c α (1 - q_c)^γ (-y'_c log q_c)
 *   g_c = dl/dq_c = α y'_c [γ (1 - q_c)^(γ-1) log q_c - (1 - q_c)^γ / q_c]   (0 where clipped)
 *   dl/dx_k = (g_k - Σ_c g_c q_c) / Σx    (fromLogits: q_k (g_k - Σ_c g_c q_c))
 *
 * Shapes: input, target [..., C], equal; 'none' gives [...] (one value per row).
 * Hazards: a probability row summing to 0 cannot be normalised (domain error); the clip
 * bounds each term and zeroes the gradient of saturated entries; alpha is one scalar for
 * every class (Keras 3).
 * @example categoricalFocalCrossentropy([[0.05, 0.9, 0.05], [0.1, 0.85, 0.05]], [[0, 1, 0], [0, 0, 1]], { reduction: 'none' }) // [0.000263401, 0.675912]
 */
export const categoricalFocalCrossentropyLoss = defineLoss({
  name: 'categorical-focal-crossentropy',
  inputs: [
    input.prediction('input', 'Probabilities [..., C] (rows renormalised; logits with fromLogits).', { domain: 'probability' }),
    input.float('target', 'Target distribution (one-hot or soft), same shape as input.', { domain: 'probability' }),
  ],
  options: focalOptions,
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample(random) {
    const rows = 1 + Math.floor(random() * 3);
    const classes = 2 + Math.floor(random() * 3);
    const fromLogits = random() < 0.3;
    const input = Array.from({ length: rows }, () => Array.from({ length: classes }, () => (fromLogits ? -3 + 6 * random() : 0.1 + random())));
    const target = Array.from({ length: rows }, () => {
      if (random() < 0.6) {
        const hot = Math.floor(random() * classes);
        return Array.from({ length: classes }, (_, c) => (c === hot ? 1 : 0));
      }
      const row = Array.from({ length: classes }, () => random());
      const total = row.reduce((s, v) => s + v, 0);
      return row.map((v) => v / total);
    });
    const options = {
      fromLogits,
      alpha: 0.1 + 0.9 * random(),
      gamma: random() < 0.2 ? 0 : 0.5 + 2.5 * random(),
      labelSmoothing: random() < 0.4 ? 0.3 * random() : 0,
    };
    return { inputs: { input, target }, options };
  },
  kernel({ input: x, target }, { alpha, gamma, fromLogits, labelSmoothing, reduction }, { input: grad }, { loss }) {
    requireSameShape(loss, 'target', target, 'input', x);
    const { size: classes, rows, rowShape } = lastAxis(loss, x);
    if (!fromLogits) requireEach(loss, 'input', x, (v) => v >= 0, 'a probability >= 0 (or pass fromLogits: true)');
    const z = x.data;
    const y = target.data;
    const plan = planReduction(reduction, rows, rowShape, z);
    const { values, gradScale } = plan;
    const keep = 1 - labelSmoothing;
    const spread = labelSmoothing / classes;
    // Per-row scratch, allocated once per call: normalised probabilities and dl/dq.
    const q = new Float64Array(classes);
    const g = new Float64Array(classes);
    let sum = 0;
    for (let r = 0, offset = 0; r < rows; r++, offset += classes) {
      let scaleBack: number; // 1 / Σx for probabilities; unused (q itself) for logits
      if (fromLogits) {
        // Softmax with the row max subtracted: every exponent <= 0, no overflow at ±1e4.
        let max = -Infinity;
        for (let c = 0; c < classes; c++) if (z[offset + c] > max) max = z[offset + c];
        let total = 0;
        for (let c = 0; c < classes; c++) total += (q[c] = Math.exp(z[offset + c] - max));
        for (let c = 0; c < classes; c++) q[c] /= total;
        scaleBack = 1;
      } else {
        let total = 0;
        for (let c = 0; c < classes; c++) total += z[offset + c];
        if (!(total > 0)) {
          throw new LossError('domain', `${loss}: 'input' row ${r} sums to 0 (each row is divided by its sum; input shape ${formatShape(x.shape)})`, loss, 'input');
        }
        for (let c = 0; c < classes; c++) q[c] = z[offset + c] / total;
        scaleBack = 1 / total;
      }
      let l = 0;
      let mix = 0; // Σ_c g_c q_c: the normalisation's (or softmax's) share of every gradient
      for (let c = 0; c < classes; c++) {
        const qc = q[c];
        const inside = qc >= LOW && qc <= HIGH;
        // The clip keeps log q finite and 1 - q >= 1e-7, so (1 - q)^(γ-1) is finite too.
        const clipped = qc < LOW ? LOW : qc > HIGH ? HIGH : qc;
        const yc = keep * y[offset + c] + spread;
        const rest = 1 - clipped;
        const focal = Math.pow(rest, gamma);
        const logQ = Math.log(clipped);
        l -= alpha * focal * yc * logQ;
        const gc = inside ? alpha * yc * (gamma * Math.pow(rest, gamma - 1) * logQ - focal / clipped) : 0;
        g[c] = gc;
        mix += gc * qc;
      }
      sum += l;
      if (values) values[r] = l;
      if (grad) {
        for (let c = 0; c < classes; c++) {
          const chain = fromLogits ? q[c] : scaleBack;
          grad[offset + c] = chain * (g[c] - mix) * gradScale;
        }
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['categorical-focal', 'categorical-focal-cross-entropy'],
  family: 'classification',
  training: [{ task: 'multiclass', link: 'identity', target: 'one-hot', options: { fromLogits: true } }],
  title: 'Categorical focal cross-entropy (Keras)',
  summary: 'Categorical cross-entropy on probabilities with each class term scaled by alpha (1 - q_c)^gamma.',
  formula: 'l = sum_c alpha (1 - q_c)^gamma (-y_c log q_c),  q = clip(x / sum x, eps, 1 - eps)',
  behaviour: 'Keras\' multi-class focal loss on softmax outputs: classes predicted confidently contribute little, so training focuses on hard samples. With one-hot targets it is -alpha (1 - q_t)^gamma log q_t. alpha is a single scalar (it only rescales the loss).',
  matches: 'keras.losses.CategoricalFocalCrossentropy(alpha, gamma, from_logits, label_smoothing)',
  anchors: { keras: 'CategoricalFocalCrossentropy' },
  example: {
    inputs: { input: [[0.05, 0.9, 0.05], [0.1, 0.85, 0.05]], target: [[0, 1, 0], [0, 0, 1]] },
    options: { reduction: 'none' },
    note: 'Keras docstring example: an easy sample costs 0.00026, a hard one 0.676',
  },
});
