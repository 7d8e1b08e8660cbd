import { input } from '../core/define-loss.js';
import { defineLoss } from './define.js';
import { option } from '../core/options.js';
import { planReduction } from '../core/reduction.js';
import { xlogy } from '../core/stable-math.js';
import { requireEach, requireRank, requireSameShape } from '../core/validate.js';

/** Divergences between distributions: kl-div (normalised) and generalized-kl-div (unnormalised measures). */

/** Rows of log-softmax logits against rows of probabilities (or their logs), no zeros. */
function sampleKl(random: () => number) {
  const rows = 1 + Math.floor(random() * 3);
  const classes = 2 + Math.floor(random() * 3);
  const logSoftmax = () => {
    const z = Array.from({ length: classes }, () => 3 * random() - 1.5);
    const lse = Math.log(z.reduce((s, x) => s + Math.exp(x), 0));
    return z.map((x) => x - lse);
  };
  const logTarget = random() < 0.3;
  const input = Array.from({ length: rows }, logSoftmax);
  const target = Array.from({ length: rows }, () => (logTarget ? logSoftmax() : logSoftmax().map(Math.exp)));
  return { inputs: { input, target }, options: { logTarget } };
}

/**
 * Kullback-Leibler divergence KL(p || q) with the prediction given as log q (PyTorch's
 * convention: pass log_softmax outputs, not probabilities).
 *
 *   l_i = p_i (log p_i - x_i)        (x = log q; 0 where p_i = 0, as xlogy(0, 0) = 0)
 *   l_i = e^{t_i} (t_i - x_i)        with logTarget (t = log p)
 *   dl/dx_i = -p_i   (or -e^{t_i})
 *   'batchmean' = sum / input.shape[0] (the true mean KL per sample); 'mean' divides by numel.
 *
 * Shapes: input, target: any, equal. 'batchmean' of a scalar divides by 1.
 * Hazards: 'mean' is not the KL per sample (PyTorch warns); use 'batchmean'. x = -Infinity
 *   (an impossible class) is accepted: it costs +Infinity where p > 0 and 0 where p = 0
 *   (PyTorch gives NaN for 0 * -inf there); a log-target of -Infinity contributes 0.
 * @example klDiv([Math.log(0.5), Math.log(0.5)], [0.25, 0.75], { reduction: 'sum' }) // 0.130812
 */
export const klDivLoss = defineLoss({
  name: 'kl-div',
  inputs: [
    input.prediction('input', 'Log-probabilities log q (e.g. log_softmax output), any shape; -Infinity allowed.', { domain: 'log-probability', allowInfinite: true }),
    input.float('target', 'Probabilities p (or log p with logTarget), same shape as input.', { domain: 'probability', allowInfinite: true }),
  ],
  options: { logTarget: option.boolean(false, 'The target is given as log-probabilities (PyTorch log_target).') },
  reductions: ['none', 'mean', 'sum', 'batchmean'],
  defaultReduction: 'mean',
  sample: sampleKl,
  finiteValueMeansFiniteGradient: true,
  kernel({ input, target }, { reduction, logTarget }, { input: grad }, { loss }) {
    requireSameShape(loss, 'target', target, 'input', input);
    const n = input.data.length;
    const denominator = reduction === 'batchmean' ? (input.shape.length === 0 ? 1 : input.shape[0]) : n;
    const plan = planReduction(reduction, denominator, input.shape, input.data);
    requireEach(loss, 'input', input, (x) => x !== Infinity, 'a log-probability (not +Infinity)');
    if (logTarget) requireEach(loss, 'target', target, (t) => t !== Infinity, 'a log-probability (not +Infinity)');
    else requireEach(loss, 'target', target, (p) => p >= 0 && p !== Infinity, 'a probability >= 0 (finite)');
    const { values, gradScale } = plan;
    const x = input.data;
    const y = target.data;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      // p = e^t for log targets; e^{-inf} = 0 and p = 0 both mean "no mass here": the term is
      // 0 by the xlogy convention, which also keeps 0 * (-inf) from becoming NaN.
      const p = logTarget ? Math.exp(y[i]) : y[i];
      const logP = logTarget ? y[i] : Math.log(p);
      const l = p === 0 ? 0 : p * (logP - x[i]);
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = -p * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['kld', 'kl-divergence', 'kullback-leibler'],
  family: 'divergence',
  title: 'Kullback-Leibler divergence',
  summary: 'KL(p || q): the extra code length of coding samples of p with a code built for q.',
  formula: 'l = p (log p - input),  input = log q  (logTarget: l = e^t (t - input), t = log p)',
  behaviour: 'Zero exactly when q = p; asymmetric: it punishes q for putting little mass where p has mass (mode-covering). The gradient in log q is simply -p. Use it for distillation and for matching a predicted distribution to a soft target; with reduction batchmean it is the KL per sample.',
  matches: 'torch.nn.functional.kl_div(input, target, reduction, log_target)',
  anchors: {
    pytorch: 'nn.KLDivLoss', keras: 'KLDivergence', optax: ['kl_divergence', 'kl_divergence_with_log_targets'],
    tfjs: 'layers:kullbackLeiblerDivergence',
  },
  example: { inputs: { input: [[Math.log(0.5), Math.log(0.5)]], target: [[0.25, 0.75]] }, options: { reduction: 'batchmean' }, note: 'q = [0.5, 0.5] predicted for p = [0.25, 0.75]' },
});



/**
 * Generalized KL divergence between unnormalised measures (the Bregman divergence of
 * x log x - x), summed over the last axis: one value per sample.
 *
 *   l_n = sum_c [ y_c (log y_c - x_c) + e^{x_c} - y_c ]     (x = log q, 0 log 0 = 0)
 *   dl/dx_c = e^{x_c} - y_c
 *
 * For normalised q and y the extra terms cancel and this is KL(y || q).
 * Also optax's deprecated alias convex_kl_divergence.
 * Shapes: input (log q), target: [..., C], equal; 'none' gives [...] (the last axis summed).
 * Hazards: e^{x} overflows for x > 709 (the value is then infinite, as in optax).
 * @example generalizedKlDiv([[0, 0]], [[0.5, 0.5]], { reduction: 'none' }) // [0.306853]
 */
export const generalizedKlDivLoss = defineLoss({
  name: 'generalized-kl-div',
  inputs: [
    input.prediction('input', 'Log of the predicted measure q, shape [..., C].', { domain: 'log-probability' }),
    input.float('target', 'Target measure y >= 0, same shape as input.', { domain: 'non-negative' }),
  ],
  options: {},
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample(random) {
    const rows = 1 + Math.floor(random() * 3);
    const classes = 2 + Math.floor(random() * 3);
    const input = Array.from({ length: rows }, () => Array.from({ length: classes }, () => 2 * random() - 1.5));
    const target = Array.from({ length: rows }, () => Array.from({ length: classes }, () => 0.05 + random()));
    return { inputs: { input, target } };
  },
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
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
}, {
  aliases: ['generalized-kl-divergence', 'convex-kl-divergence'],
  family: 'divergence',
  title: 'Generalized KL divergence',
  summary: 'KL divergence extended to unnormalised non-negative measures (a Bregman divergence).',
  formula: 'l = sum_c [ y_c log(y_c / q_c) + q_c - y_c ],  input = log q',
  behaviour: 'Zero exactly when q = y, convex in q, and meaningful when neither side sums to one (intensities, counts, attention masses). Use kl-div when both are probability distributions; this one also penalises a mismatch in total mass.',
  matches: 'optax.losses.generalized_kl_divergence(log_predictions, targets, axis=-1)',
  anchors: { optax: ['generalized_kl_divergence', 'convex_kl_divergence'] },
  example: { inputs: { input: [[Math.log(0.7), Math.log(0.5)]], target: [[0.6, 0.4]] }, options: { reduction: 'none' }, note: 'q = [0.7, 0.5] (mass 1.2) against y = [0.6, 0.4]' },
});
