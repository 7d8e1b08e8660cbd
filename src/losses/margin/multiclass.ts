import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { planReduction, type LossValue, type Reduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { nest, type FloatArray, type IntTensor, type Tensor } from '../../core/tensor.js';
import { requireSameShape } from '../../core/validate.js';
import { clearMax, lastAxisLayout, nestLabels, randomRowsShape, randomValues, requireRowLabels } from '../shared/last-axis-rows.js';
import { maxOf } from '../../core/extent.js';

/**
 * Multiclass margin losses over the last axis: Keras's categorical hinge (one-hot targets)
 * and optax's Crammer–Singer hinge and multiclass perceptron (integer labels). Ties in a max
 * are broken towards the true class (then the first index): a subgradient, where JAX would
 * split the gradient evenly between tied entries.
 */

/**
 * Rows of scores whose (augmented) maximum is clear by 0.05, so a finite-difference step never
 * flips the argmax; `augment(row, label)` gives the values whose max the loss takes.
 */
function sampleRows(random: () => number, augment: (row: number[], label: number) => number[]) {
  const shape = randomRowsShape(random, 2, 5);
  const size = shape[shape.length - 1];
  const rows = shape.length === 1 ? 1 : shape[0];
  const values: number[] = [];
  const labels: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let attempt = 0; ; attempt++) {
      const row = randomValues(random, size);
      const label = Math.floor(random() * size);
      if (clearMax(augment(row, label), 0.05) || attempt > 100) {
        for (const value of row) values.push(value);
        labels.push(label);
        break;
      }
    }
  }
  return { shape, values, labels };
}

const oneHotInputs = [
  input.prediction('input', 'Scores, [..., C].'),
  input.float('target', 'One-hot targets, same shape as input.', { domain: 'label' }),
] as const;

/**
 * Categorical hinge (Keras): the margin between the true class's score and the best other
 * score, hinged at 1.
 *
 *   pos = sum_c y_c x_c,  neg = max_c (1 - y_c) x_c,  l = max(0, neg - pos + 1)
 *   dl/dx_c = -y_c + (1 - y_c) [c = argmax] where neg - pos + 1 > 0, else 0
 *
 * Shapes: input, target: [..., C], equal; 'none' gives [...] ([] for 1-D input).
 * Hazards: (1 - y) x puts a 0 for the true class into the max, so when every other score is
 * negative neg = 0 (this differs from optax's multiclass-hinge). Gradient 0 at the kink.
 * @example categoricalHinge([[1, 1.5, -1]], [[1, 0, 0]], { reduction: 'none' }) // [1.5]
 */
export const categoricalHingeLoss = defineLoss({
  name: 'categorical-hinge',
  inputs: oneHotInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const { shape, values, labels } = sampleRows(random, (row, label) => {
      const others = row.map((x, c) => (c === label ? 0 : x));
      // Rows within 0.05 of the hinge are rejected too ([0, 0] has no clear max).
      const margin = maxOf(others) - row[label] + 1;
      return Math.abs(margin) < 0.05 ? [0, 0] : others;
    });
    const size = shape[shape.length - 1];
    const target = values.map((_, i) => (labels[Math.floor(i / size)] === i % size ? 1 : 0));
    return { inputs: { input: nest(values, shape), target: nest(target, shape) } };
  },
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
    requireSameShape(loss, 'target', target, 'input', input);
    const { rows, size, outShape } = lastAxisLayout(loss, 'input', input, '[..., C]');
    const plan = planReduction(reduction, rows, outShape, input.data);
    const { values, gradScale } = plan;
    const x = input.data;
    const y = target.data;
    let sum = 0;
    for (let r = 0, o = 0; r < rows; r++, o += size) {
      let pos = 0;
      let neg = -Infinity;
      let best = 0;
      for (let c = 0; c < size; c++) {
        pos += y[o + c] * x[o + c];
        const other = (1 - y[o + c]) * x[o + c];
        if (other > neg) { neg = other; best = c; }
      }
      const z = neg - pos + 1;
      const active = z > 0;
      const l = active ? z : 0;
      sum += l;
      if (values) values[r] = l;
      if (grad) {
        for (let c = 0; c < size; c++) {
          grad[o + c] = active ? (-y[o + c] + (c === best ? 1 - y[o + c] : 0)) * gradScale : 0;
        }
      }
    }
    return plan.finish(sum);
  },
}, {
  family: 'margin',
  training: [{ task: 'multiclass', link: 'identity', target: 'one-hot' }],
  title: 'Categorical hinge loss',
  summary: 'Hinge on the gap between the true class score and the best other score (Keras).',
  formula: 'l = max(0, max_c (1 - y_c) x_c - sum_c y_c x_c + 1)',
  behaviour: 'A multiclass SVM loss on one-hot targets: zero once the true score beats every other score (and 0) by 1. Only the strongest competitor gets a gradient. Keras-specific detail: the zeroed true-class entry takes part in the max.',
  matches: 'keras.losses.categorical_hinge(y_true, y_pred) averaged over samples (Keras CategoricalHinge)',
  anchors: { keras: 'CategoricalHinge', tfjs: 'layers:categoricalHinge' },
  example: { inputs: { input: [[1, 1.5, -1], [3, 0.5, -1]], target: [[1, 0, 0], [1, 0, 0]] }, options: { reduction: 'none' } },
});

/**
 * l_row = max_j a_j - s_y with a_y = s_y and a_j = s_j + margin for j != y (margin 1: Crammer–
 * Singer hinge, 0: perceptron); gradient e_{argmax a} - e_y, the argmax preferring y on ties.
 */
function crammerSinger(loss: string, margin: number, scores: Tensor, labels: IntTensor, reduction: Reduction, grad: FloatArray | undefined): LossValue {
  const layout = lastAxisLayout(loss, 'scores', scores, '[..., C] class scores');
  requireRowLabels(loss, labels, layout, 'scores', scores.shape);
  const { rows, size, outShape } = layout;
  const plan = planReduction(reduction, rows, outShape, scores.data);
  const { values, gradScale } = plan;
  const s = scores.data;
  let sum = 0;
  for (let r = 0, o = 0; r < rows; r++, o += size) {
    const y = labels.data[r];
    let best = y;
    let bestValue = s[o + y];
    for (let c = 0; c < size; c++) {
      if (c !== y && s[o + c] + margin > bestValue) { best = c; bestValue = s[o + c] + margin; }
    }
    const l = best === y ? 0 : s[o + best] + margin - s[o + y];
    sum += l;
    if (values) values[r] = l;
    if (grad) {
      for (let c = 0; c < size; c++) grad[o + c] = 0;
      if (best !== y) { grad[o + best] = gradScale; grad[o + y] = -gradScale; }
    }
  }
  return plan.finish(sum);
}

const classScoreInputs = [
  input.prediction('scores', 'Class scores, [..., C].'),
  input.int('labels', 'True class index per row, shape [...] (the scores without the last axis).'),
] as const;

function sampleScores(random: () => number, margin: number) {
  const { shape, values, labels } = sampleRows(random, (row, label) => row.map((s, c) => (c === label ? s : s + margin)));
  return { inputs: { scores: nest(values, shape), labels: nestLabels(labels, shape) } };
}

/**
 * Multiclass perceptron loss (optax): how far the best score is above the true class's.
 *
 *   l = max_j s_j - s_y          dl/ds = e_{argmax} - e_y (0 when y attains the max)
 *
 * Shapes: scores [..., C], labels int [...]; 'none' gives [...]. Hazards: not differentiable
 * where the max is tied (the tie goes to y, then the first index).
 * @example multiclassPerceptron([[1, 1.5, -1]], [0]) // 0.5
 */
export const multiclassPerceptronLoss = defineLoss({
  name: 'multiclass-perceptron',
  inputs: classScoreInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => sampleScores(random, 0),
  kernel: ({ scores, labels }, { reduction }, { scores: grad }, { loss }) => crammerSinger(loss, 0, scores, labels, reduction, grad),
}, {
  family: 'margin',
  title: 'Multiclass perceptron loss',
  summary: 'Best score minus the true class score; zero when the true class wins.',
  formula: 'l = max_j s_j - s_y',
  behaviour: 'The multiclass perceptron criterion: only mistakes cost, with no margin, and only the winning wrong class is pushed down. Not differentiable at ties.',
  matches: 'optax.losses.multiclass_perceptron_loss(scores, labels)',
  anchors: { optax: 'multiclass_perceptron_loss' },
  example: { inputs: { scores: [[1, 1.5, -1], [2, 0, 1]], labels: [0, 0] }, options: { reduction: 'none' } },
});

/**
 * Multiclass hinge loss (optax; Crammer & Singer 2001): the true class must beat every other
 * class by a margin of 1.
 *
 *   l = max_j (s_j + 1 - [j = y]) - s_y = max(0, 1 + max_{j != y} s_j - s_y)
 *   dl/ds = e_{argmax} - e_y where the hinge is active, else 0
 *
 * Shapes: scores [..., C], labels int [...]; 'none' gives [...]. Hazards: not differentiable at
 * ties and at the hinge (subgradient 0 there). Differs from categorical-hinge when all other
 * scores are negative (Keras puts a 0 into the max).
 * @example multiclassHinge([[1, 1.5, -1]], [0]) // 1.5
 */
export const multiclassHingeLoss = defineLoss({
  name: 'multiclass-hinge',
  inputs: classScoreInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample: (random) => sampleScores(random, 1),
  kernel: ({ scores, labels }, { reduction }, { scores: grad }, { loss }) => crammerSinger(loss, 1, scores, labels, reduction, grad),
}, {
  aliases: ['crammer-singer', 'multiclass-svm'],
  family: 'margin',
  training: [{ task: 'multiclass', link: 'identity', target: 'index' }],
  title: 'Multiclass hinge loss (Crammer–Singer)',
  summary: 'Hinge on the gap between the true class score and the best other score plus 1.',
  formula: 'l = max_j (s_j + 1 - [j = y]) - s_y',
  behaviour: 'The Crammer–Singer multiclass SVM loss: zero once the true class leads every other class by 1; only the strongest competitor is pushed down. Not differentiable at ties or at the margin.',
  matches: 'optax.losses.multiclass_hinge_loss(scores, labels)',
  anchors: { optax: 'multiclass_hinge_loss', other: 'Crammer & Singer 2001' },
  example: { inputs: { scores: [[1, 1.5, -1], [3, 0.5, -1]], labels: [0, 0] }, options: { reduction: 'none' } },
});
