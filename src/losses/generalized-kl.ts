import { defineLoss, input } from '../core/define-loss.js';
import { planReduction } from '../core/reduction.js';
import { xlogy } from '../core/stable-math.js';
import { requireEach, requireRank, requireSameShape } from '../core/validate.js';

/**
 * Generalized KL divergence between unnormalised measures (the Bregman divergence of
 * x log x - x), summed over the last axis: one value per sample.
 *
 *   l_n = sum_c [ y_c (log y_c - x_c) + e^{x_c} - y_c ]     (x = log q, 0 log 0 = 0)
 *   dl/dx_c = e^{x_c} - y_c
 *
 * For normalised q and y the extra terms cancel and this is KL(y || q).
 * Matches: optax.losses.generalized_kl_divergence(log_predictions, targets) (and its
 * deprecated alias convex_kl_divergence), reduced over samples by `reduction`.
 * Shapes: input (log q), target: [..., C], equal; 'none' gives [...] (the last axis summed).
 * Hazards: e^{x} overflows for x > 709 (the value is then infinite, as in optax).
 * @example generalizedKlDiv([[0, 0]], [[0.5, 0.5]], { reduction: 'none' }) // [0.306853]
 */
export const generalizedKlDivLoss = defineLoss({
  name: 'generalized-kl-div',
  aliases: ['generalized-kl-divergence', 'convex-kl-divergence'],
  family: 'divergence',
  title: 'Generalized KL divergence',
  summary: 'KL divergence extended to unnormalised non-negative measures (a Bregman divergence).',
  formula: 'l = sum_c [ y_c log(y_c / q_c) + q_c - y_c ],  input = log q',
  behaviour: 'Zero exactly when q = y, convex in q, and meaningful when neither side sums to one (intensities, counts, attention masses). Use kl-div when both are probability distributions; this one also penalises a mismatch in total mass.',
  matches: 'optax.losses.generalized_kl_divergence(log_predictions, targets, axis=-1)',
  anchors: { optax: ['generalized_kl_divergence', 'convex_kl_divergence'] },
  inputs: [
    input.prediction('input', 'Log of the predicted measure q, shape [..., C].', { domain: 'log-probability' }),
    input.float('target', 'Target measure y >= 0, same shape as input.', { domain: 'non-negative' }),
  ],
  options: {},
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  example: { inputs: { input: [[Math.log(0.7), Math.log(0.5)]], target: [[0.6, 0.4]] }, options: { reduction: 'none' }, note: 'q = [0.7, 0.5] (mass 1.2) against y = [0.6, 0.4]' },
  sample(random) {
    const rows = 1 + Math.floor(random() * 3);
    const classes = 2 + Math.floor(random() * 3);
    const input = Array.from({ length: rows }, () => Array.from({ length: classes }, () => 2 * random() - 1.5));
    const target = Array.from({ length: rows }, () => Array.from({ length: classes }, () => 0.05 + random()));
    return { inputs: { input, target } };
  },
  kernel({ input, target }, { reduction }, { input: grad }) {
    const loss = 'generalized-kl-div';
    requireRank(loss, 'input', input, [1, 2, 3, 4, 5, 6, 7, 8], 'the last axis is summed');
    requireSameShape(loss, 'target', target, 'input', input);
    requireEach(loss, 'target', target, (y) => y >= 0 && Number.isFinite(y), 'a finite value >= 0');
    const classes = input.shape[input.shape.length - 1];
    const samples = classes === 0 ? 0 : input.data.length / classes;
    const plan = planReduction(reduction, samples, input.shape.slice(0, -1), input.data);
    const { values, gradScale } = plan;
    const x = input.data;
    const y = target.data;
    let sum = 0;
    for (let n = 0, i = 0; n < samples; n++) {
      let row = 0;
      for (let c = 0; c < classes; c++, i++) {
        const q = Math.exp(x[i]);
        row += xlogy(y[i], y[i]) - y[i] * x[i] + q - y[i];
        if (grad) grad[i] = (q - y[i]) * gradScale;
      }
      sum += row;
      if (values) values[n] = row;
    }
    return plan.finish(sum);
  },
});

export const generalizedKlLosses = [generalizedKlDivLoss] as const;

export const generalizedKlDiv = generalizedKlDivLoss.call;
export const generalizedKlDivValueAndGrad = generalizedKlDivLoss.valueAndGrad;
