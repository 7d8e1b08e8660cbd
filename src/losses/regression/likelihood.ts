import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { shapeMismatch } from '../../core/errors.js';
import { option } from '../../core/options.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { requireEach, requireSameShape, sameShape } from '../../core/validate.js';
import { elementwiseFrame } from '../shared/elementwise.js';

/**
 * Likelihood-based regression: the negative log-likelihood of the target under a Poisson
 * (counts) or Gaussian (with predicted variance) distribution. PyTorch semantics; 'mean'
 * averages all elements.
 */

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * Poisson negative log-likelihood of counts given a predicted rate (or log-rate).
 *
 *   logInput:  l_i = e^{x_i} - t_i x_i                    dl/dx_i = e^{x_i} - t_i
 *   otherwise: l_i = x_i - t_i log(x_i + eps)             dl/dx_i = 1 - t_i / (x_i + eps)
 *   full adds the Stirling term t log t - t + 0.5 log(2 pi t) where t > 1 (no gradient).
 *
 * Shapes: input, target: any, equal.
 * Hazards: with logInput, e^x overflows to Infinity for x > 709 (as in PyTorch; the input is a
 *   log-rate, so such values mean a rate beyond 1e308). Without it, a rate of 0 with a positive
 *   count costs t log(1/eps) (eps = 1e-8: about 18.4 t) and a negative rate gives NaN.
 * @example poissonNll([0], [2], { reduction: 'none' }) // [1]
 */
export const poissonNllLoss = defineLoss({
  name: 'poisson-nll',
  inputs: [
    // 'log-probability': a log-rate, not an unbounded real (e^x overflows past 709, as in torch).
    input.prediction('input', 'Predicted log-rate (logInput) or rate, any shape.', { domain: 'log-probability' }),
    input.float('target', 'Observed counts (non-negative), same shape as input.'),
  ],
  options: {
    logInput: option.boolean(true, 'The input is the log of the rate (else the rate itself).'),
    full: option.boolean(false, 'Add the Stirling approximation of log(target!) where target > 1.'),
    eps: option.number({ default: 1e-8, min: 0, doc: 'Added to the rate inside the log when logInput is false.' }),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const n = 2 + Math.floor(random() * 5);
    const logInput = random() < 0.5;
    const target = Array.from({ length: n }, () => Math.floor(6 * random()) + (random() < 0.3 ? 0.5 : 0));
    const input = target.map(() => (logInput ? 3 * random() - 1.5 : 0.2 + 3 * random()));
    return { inputs: { input, target }, options: { logInput, full: random() < 0.5 } };
  },
  kernel({ input, target }, { reduction, logInput, full, eps }, { input: grad }, { loss }) {
    const { x, y, n, plan } = elementwiseFrame(loss, input, target, reduction);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i];
      const t = y[i];
      let l: number;
      let g: number;
      if (logInput) {
        const rate = Math.exp(xi);
        l = rate - t * xi;
        g = rate - t;
      } else {
        l = xi - t * Math.log(xi + eps);
        g = 1 - t / (xi + eps);
      }
      if (full && t > 1) l += t * Math.log(t) - t + 0.5 * Math.log(2 * Math.PI * t);
      sum += l;
      if (values) values[i] = l;
      if (grad) grad[i] = g * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['poisson'],
  family: 'regression',
  title: 'Poisson negative log-likelihood',
  summary: 'Negative log-likelihood of count targets under a Poisson distribution with the predicted rate.',
  formula: 'l = exp(input) - target * input   (logInput; else input - target * log(input + eps))',
  behaviour: 'The natural loss for count data (events, clicks, photons), where the variance grows with the mean. With logInput (default) the network predicts the log-rate, which keeps the rate positive. full adds the Stirling approximation of log(target!), a constant that only changes the reported value.',
  matches: 'torch.nn.functional.poisson_nll_loss(input, target, log_input=logInput, full=full, eps=eps, reduction=reduction)',
  anchors: { pytorch: 'nn.PoissonNLLLoss', keras: 'Poisson', tfjs: 'layers:poisson' },
  example: { inputs: { input: [0, 1.0986], target: [2, 2] }, options: { reduction: 'none' }, note: 'log-rates of rate 1 and 3 for a count of 2' },
});

const gaussianInputs = [
  input.prediction('input', 'Predicted means, any shape.'),
  input.prediction('var', "Predicted variances (>= 0): input's shape, input.shape[:-1], or input.shape[:-1] + [1].", { domain: 'non-negative' }),
  input.float('target', 'Observed values, same shape as input.'),
] as const;

/**
 * Gaussian negative log-likelihood with a predicted variance (heteroscedastic regression).
 *
 *   l_i = 0.5 (log v_i + (x_i - t_i)^2 / v_i)  (+ 0.5 log 2 pi if full),  v_i = max(var_i, eps)
 *   dl/dx_i = (x_i - t_i) / v_i                 dl/dvar_i = 0.5 (1/v_i - (x_i - t_i)^2 / v_i^2)
 *
 * The clamp is invisible to the gradient (PyTorch clamps a clone under no_grad): at var < eps
 * the var-gradient is the formula at v = eps, not 0.
 * Shapes: input, target: any, equal; var: input's shape, input.shape[:-1] (one variance per
 *   row of the last axis), or input.shape[:-1] + [1]. The var gradient sums over that axis.
 * Hazards: var < 0 is a domain error; tiny var makes the loss and gradient large (1/eps).
 * @example gaussianNll([1], [1], [0], { reduction: 'none' }) // [0.5]
 */
export const gaussianNllLoss = defineLoss({
  name: 'gaussian-nll',
  inputs: gaussianInputs,
  options: {
    full: option.boolean(false, 'Add the constant 0.5 log(2 pi) to every element.'),
    eps: option.number({ default: 1e-6, min: 0, exclusiveMin: true, doc: 'Lower clamp of the variance (straight-through for the gradient).' }),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const rows = 1 + Math.floor(random() * 3);
    const cols = 1 + Math.floor(random() * 3);
    const mode = Math.floor(random() * 3);
    const matrix = (f: () => number, c = cols) => Array.from({ length: rows }, () => Array.from({ length: c }, f));
    const target = matrix(() => 4 * random() - 2);
    const input = target.map((row) => row.map((t) => t + 2 * random() - 1));
    const variance = () => 0.2 + 2 * random();
    const v = mode === 0 ? matrix(variance) : mode === 1 ? Array.from({ length: rows }, variance) : matrix(variance, 1);
    return { inputs: { input, var: v, target }, options: { full: random() < 0.5 } };
  },
  kernel({ input, var: variance, target }, { reduction, full, eps }, { input: gradInput, var: gradVar }, { loss }) {
    requireSameShape(loss, 'target', target, 'input', input);
    const shape = input.shape;
    const vShape = variance.shape;
    const last = shape.length > 0 ? shape[shape.length - 1] : 1;
    const leading = shape.slice(0, -1);
    let perRow: boolean;
    if (sameShape(vShape, shape)) perRow = false;
    else if (shape.length > 0 && (sameShape(vShape, leading) || sameShape(vShape, [...leading, 1]))) perRow = true;
    else throw shapeMismatch(loss, 'var', vShape, 'input', shape, "var must have input's shape, input.shape[:-1], or input.shape[:-1] + [1]");
    requireEach(loss, 'var', variance, (v) => v >= 0, '>= 0 (a variance)');

    const x = input.data;
    const t = target.data;
    const vData = variance.data;
    const n = x.length;
    const plan = planReduction(reduction, n, shape, x);
    const { values, gradScale } = plan;
    const constant = full ? HALF_LOG_2PI : 0;
    // One variance per row of `width` elements (width 1 when var has input's shape); the var
    // gradient of a row is summed in float64 and written once.
    const width = perRow ? last : 1;
    const rows = vData.length;
    let sum = 0;
    for (let row = 0; row < rows; row++) {
      const v = Math.max(vData[row], eps);
      const logV = Math.log(v);
      let dVar = 0;
      for (let i = row * width, end = i + width; i < end; i++) {
        const e = x[i] - t[i];
        const r = e / v;
        const l = 0.5 * (logV + e * r) + constant;
        sum += l;
        if (values) values[i] = l;
        if (gradInput) gradInput[i] = r * gradScale;
        dVar += 0.5 * (1 / v - r * r);
      }
      if (gradVar) gradVar[row] = dVar * gradScale;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['gaussian-nll-loss', 'heteroscedastic-gaussian'],
  family: 'regression',
  title: 'Gaussian negative log-likelihood',
  summary: 'Negative log-likelihood of the target under a Gaussian with predicted mean and variance.',
  formula: 'l = 0.5 (log(max(var, eps)) + (input - target)^2 / max(var, eps))  (+ 0.5 log(2 pi) if full)',
  behaviour: 'Lets the model say how unsure it is: a large predicted variance discounts the squared error but pays log(var). Learns calibrated uncertainty for heteroscedastic data. Can be unstable when var collapses towards eps; the eps clamp bounds the loss but not the pull on the mean.',
  matches: 'torch.nn.functional.gaussian_nll_loss(input, target, var, full=full, eps=eps, reduction=reduction)',
  anchors: { pytorch: 'nn.GaussianNLLLoss' },
  example: { inputs: { input: [1, 1], var: [0.25, 4], target: [0, 0] }, options: { reduction: 'none' }, note: 'the same error of 1, claimed with variance 0.25 and 4' },
});

/** Likelihood-based regression: poisson-nll, gaussian-nll. */
