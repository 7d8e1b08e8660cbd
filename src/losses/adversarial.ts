import { input } from '../core/define-loss.js';
import { defineLoss } from './define.js';
import { badShape, formatShape } from '../core/errors.js';
import { option } from '../core/options.js';
import { NothingToAverage, planReduction } from '../core/reduction.js';
import { hypotOf } from '../core/extent.js';

/** GAN losses on critic scores: wgan-critic, wgan-generator, and the WGAN-GP penalty. */

const scores = (random: () => number, count: number) => Array.from({ length: count }, () => 4 * random() - 2);

/** mean over all elements (callers reject an empty batch first: torch.mean gives 0/0 = NaN). */
function meanOf(data: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i];
  return sum / data.length;
}

const criticInputs = [
  input.prediction('real', 'Critic scores D(x) of real samples, any shape.'),
  input.prediction('fake', 'Critic scores D(G(z)) of generated samples, any shape.'),
] as const;

/**
 * Wasserstein GAN critic loss: the critic D is trained to score real samples high and fake
 * ones low; minimising this maximises the Kantorovich-Rubinstein estimate of W1.
 *
 *   L = mean(D(fake)) - mean(D(real))      dL/dreal_i = -1/N,  dL/dfake_j = 1/M
 *
 * Shapes: real, fake: any shapes (each averaged over its own elements; N != M allowed).
 * Only reduction 'mean'. Hazards: unbounded below unless the critic is kept 1-Lipschitz
 * (weight clipping, or wgan-gradient-penalty).
 * @example wganCritic([1, 2], [0, -1]) // -2
 */
export const wganCriticLoss = defineLoss({
  name: 'wgan-critic',
  inputs: criticInputs,
  options: {},
  reductions: ['mean'],
  defaultReduction: 'mean',
  sample: (random) => ({ inputs: { real: scores(random, 1 + Math.floor(random() * 5)), fake: scores(random, 1 + Math.floor(random() * 5)) } }),
  kernel({ real, fake }, { reduction }, { real: gradReal, fake: gradFake }) {
    // Each mean divides by its own count: one empty side leaves that mean without a value.
    for (const [name, scores] of [['real', real], ['fake', fake]] as const) {
      if (scores.data.length === 0) throw new NothingToAverage(name, `'${name}' has no elements (shape ${formatShape(scores.shape)})`);
    }
    const out = planReduction(reduction, 1, [], real.data);
    const value = meanOf(fake.data) - meanOf(real.data);
    if (gradReal) gradReal.fill(-1 / real.data.length);
    if (gradFake) gradFake.fill(1 / fake.data.length);
    return out.finish(value);
  },
}, {
  aliases: ['wasserstein-critic', 'wgan-discriminator'],
  family: 'adversarial',
  title: 'WGAN critic loss',
  summary: 'Mean critic score of fake samples minus that of real samples.',
  formula: 'L = mean(D(fake)) - mean(D(real))',
  behaviour: 'Linear in the scores, so its gradients never saturate the way the original GAN loss does; only meaningful with a Lipschitz-constrained critic (weight clipping or a gradient penalty), otherwise the critic can drive it to -infinity.',
  matches: 'fake.mean() - real.mean()  (Arjovsky et al. 2017)',
  anchors: { other: ['Arjovsky et al. 2017, Wasserstein GAN'] },
  example: { inputs: { real: [1.5, 2.0, 0.5], fake: [-0.5, 0.25, -1.0] } },
});

const generatorInputs = [input.prediction('fake', 'Critic scores D(G(z)) of generated samples, any shape.')] as const;

/**
 * Wasserstein GAN generator loss: the generator raises the critic's score of its samples.
 *
 *   L = -mean(D(fake))                      dL/dfake_j = -1/M
 *
 * Shapes: fake: any shape. Only reduction 'mean'. Hazards: as wgan-critic.
 * @example wganGenerator([0.5, -1.5]) // 0.5
 */
export const wganGeneratorLoss = defineLoss({
  name: 'wgan-generator',
  inputs: generatorInputs,
  options: {},
  reductions: ['mean'],
  defaultReduction: 'mean',
  sample: (random) => ({ inputs: { fake: scores(random, 1 + Math.floor(random() * 5)) } }),
  kernel({ fake }, { reduction }, { fake: grad }) {
    const out = planReduction(reduction, 1, [], fake.data);
    if (grad) grad.fill(-1 / fake.data.length);
    return out.finish(-meanOf(fake.data));
  },
}, {
  aliases: ['wasserstein-generator'],
  family: 'adversarial',
  title: 'WGAN generator loss',
  summary: 'Minus the mean critic score of generated samples.',
  formula: 'L = -mean(D(fake))',
  behaviour: 'The generator side of WGAN: pushes generated samples toward higher critic scores with a non-saturating, linear objective. Its value is only comparable between steps while the critic is held Lipschitz.',
  matches: '-fake.mean()  (Arjovsky et al. 2017)',
  anchors: { other: ['Arjovsky et al. 2017, Wasserstein GAN'] },
  example: { inputs: { fake: [-0.5, 0.25, -1.0] } },
});

const penaltyInputs = [input.prediction('gradients', 'Critic gradients at the interpolates, [N, ...] (one row per sample).')] as const;

/**
 * WGAN-GP gradient penalty (Gulrajani et al. 2017), from critic gradients the caller
 * computed at interpolates x̂ = ε x + (1 - ε) x̃ (a loss library cannot differentiate the
 * critic; pass ∇_x̂ D(x̂) and backpropagate the returned gradient through it, which needs
 * double backprop in the critic's framework).
 *
 *   l_n = lambda (||g_n||_2 - 1)^2         (g_n = gradients of sample n, all non-batch axes)
 *   dl_n/dg_n = 2 lambda (||g_n|| - 1) g_n / ||g_n||     (0 at g_n = 0, as torch's norm)
 *
 * Shapes: gradients [N, ...] ('none' gives [N]; a 1-D input is N scalar gradients).
 * Hazards: the norm is not differentiable at g_n = 0 (subgradient 0 used).
 * @example wganGradientPenalty([[0.6, 0.8], [0, 2]], { reduction: 'none' }) // [0, 10]
 */
export const wganGradientPenaltyLoss = defineLoss({
  name: 'wgan-gradient-penalty',
  inputs: penaltyInputs,
  options: { lambda: option.number({ default: 10, min: 0, doc: 'Penalty weight (the paper uses 10).' }) },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample(random) {
    const rows = 1 + Math.floor(random() * 4);
    const dims = 1 + Math.floor(random() * 4);
    // Norms in [0.3, 0.8] or [1.2, 2.2]: away from the kink at 0 and from the minimum at 1.
    const gradients = Array.from({ length: rows }, () => {
      const direction = Array.from({ length: dims }, () => random() - 0.5 + (random() < 0.5 ? 0.1 : -0.1));
      const norm = hypotOf(direction);
      const target = random() < 0.5 ? 0.3 + 0.5 * random() : 1.2 + random();
      return direction.map((x) => (x / norm) * target);
    });
    return { inputs: { gradients }, options: { lambda: 1 + 10 * random() } };
  },
  kernel({ gradients }, { reduction, lambda }, { gradients: grad }, { loss }) {
    const { shape, data } = gradients;
    if (shape.length === 0) throw badShape(loss, 'gradients', 'rank >= 1 ([N, ...], one row per sample)', shape);
    const samples = shape[0];
    const width = samples === 0 ? 0 : data.length / samples;
    const plan = planReduction(reduction, samples, [samples], data);
    const { values, gradScale } = plan;
    let sum = 0;
    for (let n = 0, offset = 0; n < samples; n++, offset += width) {
      // Scaled by the largest entry first: the norm neither overflows for |g| > 1e154 nor
      // underflows to 0 for |g| < 1e-154 (where g / norm would then be NaN).
      let largest = 0;
      for (let d = 0; d < width; d++) largest = Math.max(largest, Math.abs(data[offset + d]));
      let squares = 0;
      if (largest > 0) for (let d = 0; d < width; d++) squares += (data[offset + d] / largest) ** 2;
      const norm = largest * Math.sqrt(squares);
      const gap = norm - 1;
      const l = lambda * gap * gap;
      sum += l;
      if (values) values[n] = l;
      if (grad) {
        // g / ||g|| = (g / largest) / sqrt(squares): no division by a norm that may be subnormal.
        // (1 / largest would overflow for a subnormal largest, so divide element by element.)
        const factor = largest > 0 ? (2 * lambda * gap * gradScale) / Math.sqrt(squares) : 0;
        for (let d = 0; d < width; d++) grad[offset + d] = largest > 0 ? factor * (data[offset + d] / largest) : 0;
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['wgan-gp', 'gradient-penalty'],
  family: 'adversarial',
  title: 'WGAN-GP gradient penalty',
  summary: "Penalty lambda (||∇D(x̂)|| - 1)^2 pushing the critic's gradient norm toward 1 at interpolated samples.",
  formula: 'l_n = lambda (||g_n||_2 - 1)^2,  g_n = ∇_x̂ D(x̂_n)',
  behaviour: 'A soft 1-Lipschitz constraint on the WGAN critic that replaces weight clipping: smoother training, no capacity loss. It penalises gradient norms below 1 as well as above (two-sided, as the paper). Add it to wgan-critic; the critic gradients and their backpropagation are the caller\'s.',
  matches: 'lambda * ((g.flatten(1).norm(2, dim=1) - 1) ** 2).mean()  (Gulrajani et al. 2017)',
  anchors: { other: ['Gulrajani et al. 2017, Improved training of Wasserstein GANs'] },
  example: { inputs: { gradients: [[0.6, 0.8], [0.3, 0.4], [1.2, 1.6]] }, options: { reduction: 'none' }, note: 'gradient norms 1, 0.5 and 2' },
});
