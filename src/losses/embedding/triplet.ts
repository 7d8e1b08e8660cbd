import { input, type KernelGrads } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction, type LossValue, type Reduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import type { FloatArray, Tensor } from '../../core/tensor.js';
import { requireSameShape } from '../../core/validate.js';
import { PAIRWISE_EPS, pairwiseDistance, randomRow, rowLayout } from './rows.js';

/**
 * Triplet losses: an anchor should be closer to its positive than to its negative by a margin.
 * Both share one kernel, parameterised by the distance d(x, y) between two rows.
 */

/** d(x_row, y_row), writing dd/dx into gx and dd/dy into gy (length dim). */
type RowDistance = (x: FloatArray, xo: number, y: FloatArray, yo: number, dim: number, gx: Float64Array, gy: Float64Array) => number;

function pNormDistance(p: number, eps: number): RowDistance {
  return (x, xo, y, yo, dim, gx, gy) => {
    const d = pairwiseDistance(x, xo, y, yo, dim, p, eps, gx);
    for (let k = 0; k < dim; k++) gy[k] = -gx[k];
    return d;
  };
}

function squaredEuclidean(x: FloatArray, xo: number, y: FloatArray, yo: number, dim: number, gx: Float64Array, gy: Float64Array): number {
  let d = 0;
  for (let k = 0; k < dim; k++) {
    const u = x[xo + k] - y[yo + k];
    d += u * u;
    gx[k] = 2 * u;
    gy[k] = -2 * u;
  }
  return d;
}

/** torch.nn.functional.cosine_similarity's eps: each norm is floored at 1e-8. */
const TORCH_COSINE_EPS = 1e-8;

/**
 * 1 - cos(x, y) as torch: each row divided by max(|row|, 1e-8). Gradient of the cosine:
 * (ŷ - cos x̂) / |x| (the part of ŷ orthogonal to x̂); below the floor x̂ = x / 1e-8 is linear.
 */
function cosineDistance(x: FloatArray, xo: number, y: FloatArray, yo: number, dim: number, gx: Float64Array, gy: Float64Array): number {
  let sx = 0;
  let sy = 0;
  let dot = 0;
  for (let k = 0; k < dim; k++) {
    sx += x[xo + k] * x[xo + k];
    sy += y[yo + k] * y[yo + k];
    dot += x[xo + k] * y[yo + k];
  }
  const nx = Math.sqrt(sx);
  const ny = Math.sqrt(sy);
  const ix = 1 / Math.max(nx, TORCH_COSINE_EPS);
  const iy = 1 / Math.max(ny, TORCH_COSINE_EPS);
  const cos = dot * ix * iy;
  const px = nx > TORCH_COSINE_EPS ? cos : 0;
  const py = ny > TORCH_COSINE_EPS ? cos : 0;
  for (let k = 0; k < dim; k++) {
    const xh = x[xo + k] * ix;
    const yh = y[yo + k] * iy;
    gx[k] = -(yh - px * xh) * ix;
    gy[k] = -(xh - py * yh) * iy;
  }
  return 1 - cos;
}

const NAMED_DISTANCES = ['euclidean', 'squared-euclidean', 'manhattan', 'cosine'] as const;
type DistanceName = (typeof NAMED_DISTANCES)[number];

function namedDistance(name: DistanceName): RowDistance {
  switch (name) {
    case 'euclidean': return pNormDistance(2, PAIRWISE_EPS);
    case 'manhattan': return pNormDistance(1, PAIRWISE_EPS);
    case 'squared-euclidean': return squaredEuclidean;
    case 'cosine': return cosineDistance;
  }
}

interface TripletInputs { readonly anchor: Tensor; readonly positive: Tensor; readonly negative: Tensor }

/**
 * l = max(0, margin + d(a, p) - d_neg), d_neg = d(a, n), or min(d(a, n), d(p, n)) with swap.
 * Ties follow ATen's backward: clamp_min passes the gradient at z = 0, minimum splits it 1/2-1/2.
 */
function tripletKernel(
  loss: string, { anchor, positive, negative }: TripletInputs, distance: RowDistance,
  margin: number, swap: boolean, reduction: Reduction, grads: KernelGrads<typeof tripletInputs>,
): LossValue {
  requireSameShape(loss, 'positive', positive, 'anchor', anchor);
  requireSameShape(loss, 'negative', negative, 'anchor', anchor);
  const { rows, dim, outShape } = rowLayout(loss, 'anchor', anchor);
  const plan = planReduction(reduction, rows, outShape, anchor.data);
  const { values, gradScale } = plan;
  const { anchor: gA, positive: gP, negative: gN } = grads;
  const a = anchor.data;
  const p = positive.data;
  const n = negative.data;
  // Per-row scratch: dd/dx, dd/dy of the three distances.
  const apA = new Float64Array(dim), apP = new Float64Array(dim);
  const anA = new Float64Array(dim), anN = new Float64Array(dim);
  const pnP = new Float64Array(dim), pnN = new Float64Array(dim);
  let sum = 0;
  for (let i = 0, o = 0; i < rows; i++, o += dim) {
    const dap = distance(a, o, p, o, dim, apA, apP);
    const dan = distance(a, o, n, o, dim, anA, anN);
    let dNeg = dan;
    let wan = 1; // share of the gradient of d_neg that goes to d(a, n)
    if (swap) {
      const dpn = distance(p, o, n, o, dim, pnP, pnN);
      wan = dan < dpn ? 1 : dan > dpn ? 0 : 0.5;
      dNeg = Math.min(dan, dpn);
    }
    const wpn = 1 - wan;
    const z = margin + dap - dNeg;
    const l = z > 0 ? z : 0;
    sum += l;
    if (values) values[i] = l;
    const c = z >= 0 ? gradScale : 0;
    for (let k = 0; k < dim; k++) {
      if (gA) gA[o + k] = c * (apA[k] - wan * anA[k]);
      if (gP) gP[o + k] = c * (apP[k] - (swap ? wpn * pnP[k] : 0));
      if (gN) gN[o + k] = -c * (wan * anN[k] + (swap ? wpn * pnN[k] : 0));
    }
  }
  return plan.finish(sum);
}

const tripletInputs = [
  input.prediction('anchor', 'Anchor embeddings, [N, D] or [D].'),
  input.prediction('positive', 'Embeddings of the same class as the anchors, same shape.'),
  input.prediction('negative', 'Embeddings of another class, same shape.'),
] as const;

/**
 * A random triplet batch with every row away from the kinks: the hinge (|z| >= 0.15), the
 * swap tie (|d(a,n) - d(p,n)| >= 0.1) and, through `rowOk`, a distance's own kinks.
 */
function sampleTriplets(
  random: () => number, distance: RowDistance, margin: number, swap: boolean,
  rowOk: (a: number[], p: number[], n: number[]) => boolean = () => true,
) {
  const rows = 1 + Math.floor(random() * 4);
  const dim = 2 + Math.floor(random() * 3);
  const anchor: number[][] = [];
  const positive: number[][] = [];
  const negative: number[][] = [];
  const g1 = new Float64Array(dim), g2 = new Float64Array(dim);
  while (anchor.length < rows) {
    const a = randomRow(random, dim);
    const p = a.map((v) => v + 1.2 * random() - 0.6);
    const n = randomRow(random, dim);
    const f = (x: number[], y: number[]) => distance(Float64Array.from(x), 0, Float64Array.from(y), 0, dim, g1, g2);
    const dan = f(a, n);
    const dpn = f(p, n);
    const z = margin + f(a, p) - (swap ? Math.min(dan, dpn) : dan);
    if (Math.abs(z) < 0.15 || (swap && Math.abs(dan - dpn) < 0.1) || !rowOk(a, p, n)) continue;
    anchor.push(a);
    positive.push(p);
    negative.push(n);
  }
  return { anchor, positive, negative };
}

/** p = 1 and p = ∞ have kinks where a component of a difference is 0 or two are tied at the max. */
const awayFromNormKinks = (a: number[], p: number[], n: number[]) => {
  const pairs: Array<[number[], number[]]> = [[a, p], [a, n], [p, n]];
  return pairs.every(([x, y]) => {
    const u = x.map((v, k) => Math.abs(v - y[k])).sort((s, t) => t - s);
    return u[u.length - 1] > 0.02 && u[0] - u[1] > 0.02;
  });
};

/**
 * Triplet margin loss: the anchor must be closer to the positive than to the negative by at
 * least `margin` (Schroff et al. 2015, FaceNet; swap: Balntas et al. 2016).
 *
 *   l_i = max(0, margin + d(a_i, p_i) - d(a_i, n_i)),   d(x, y) = ||x - y + eps||_p
 *   swap: d(a, n) is replaced by min(d(a, n), d(p, n))
 *
 * Shapes: anchor, positive, negative: [N, D] or [D], equal. 'mean' averages over N.
 * Hazards: eps is added to every component of the difference (torch's pairwise_distance), so
 * identical rows are eps D^(1/p) apart with a finite gradient. p must be >= 1 (a norm).
 * optax triplet_margin_loss adds eps inside the p-sum instead: not reproduced here.
 * @example tripletMargin([[0, 0], [0, 0]], [[0, 1], [0, 1]], [[3, 0], [1.5, 0]], { reduction: 'none' }) // [0, 0.5]
 */
export const tripletMarginLoss = defineLoss({
  name: 'triplet-margin',
  inputs: tripletInputs,
  options: {
    margin: option.number({ default: 1, min: 0, exclusiveMin: true, doc: 'Required gap between the negative and the positive distance.' }),
    p: option.number({ default: 2, min: 1, doc: 'Norm degree of the distance (>= 1; Infinity for the max norm).' }),
    eps: option.number({ default: 1e-6, min: 0, doc: 'Added to every component of the difference before the norm.' }),
    swap: option.boolean(false, 'Use min(d(a, n), d(p, n)) as the negative distance (distance swap, Balntas et al. 2016).'),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const p = [1, 2, 3][Math.floor(random() * 3)];
    const swap = random() < 0.3;
    const margin = random() < 0.5 ? 1 : 0.5;
    const distance = pNormDistance(p, PAIRWISE_EPS);
    return { inputs: sampleTriplets(random, distance, margin, swap, p === 1 ? awayFromNormKinks : undefined), options: { p, swap, margin } };
  },
  finiteValueMeansFiniteGradient: true,
  kernel(inputs, { reduction, margin, p, eps, swap }, grads, { loss }) {
    return tripletKernel(loss, inputs, pNormDistance(p, eps), margin, swap, reduction, grads);
  },
}, {
  aliases: ['triplet'],
  family: 'embedding',
  title: 'Triplet margin loss',
  summary: 'Hinge on (margin + distance to positive - distance to negative) for anchor/positive/negative triplets.',
  formula: 'l = max(0, margin + ||a - p + eps||_p - ||a - n + eps||_p)',
  behaviour: 'Learns an embedding where each anchor is closer to examples of its own class than to others by a margin. Triplets already satisfying the margin cost nothing, so training depends heavily on mining hard triplets. swap also uses the positive-negative distance when it is smaller.',
  matches: 'torch.nn.functional.triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, reduction)',
  anchors: { pytorch: 'nn.TripletMarginLoss', optax: 'triplet_margin_loss', other: ['Schroff et al. 2015 (FaceNet)', 'Balntas et al. 2016 (swap)'] },
  example: {
    inputs: { anchor: [[0, 0], [0, 0]], positive: [[0, 1], [0, 1]], negative: [[3, 0], [1.5, 0]] },
    options: { reduction: 'none' },
    note: 'the first negative is 2 farther than the positive (no loss); the second only 0.5 farther (loss 0.5)',
  },
});

/**
 * Triplet margin loss with a chosen distance: the triplet hinge on any of four named distances.
 *
 *   l_i = max(0, margin + d(a_i, p_i) - d(a_i, n_i)),  swap: d(a, n) -> min(d(a, n), d(p, n))
 *   euclidean:         ||x - y + 1e-6||_2 (nn.PairwiseDistance(), PyTorch's default)
 *   manhattan:         ||x - y + 1e-6||_1 (nn.PairwiseDistance(p=1))
 *   squared-euclidean: ||x - y||_2^2
 *   cosine:            1 - F.cosine_similarity(x, y) (each norm floored at 1e-8)
 *
 * PyTorch takes any Python callable as distance_function; a callable cannot go through the
 * registry's serialisable options (CLI, search, reports), so the distance is a named choice.
 * Shapes: anchor, positive, negative: [N, D] or [D], equal. 'mean' averages over N.
 * Hazards: manhattan has kinks where a component of a difference is -1e-6.
 * @example tripletMarginWithDistance([[1, 0]], [[1, 1]], [[0, 1]], { distance: 'cosine', reduction: 'none' }) // [0.2928932]
 */
export const tripletMarginWithDistanceLoss = defineLoss({
  name: 'triplet-margin-with-distance',
  inputs: tripletInputs,
  options: {
    distance: option.choice(NAMED_DISTANCES, 'euclidean', "Distance between rows: 'euclidean' (PyTorch's default, pairwise_distance), 'squared-euclidean', 'manhattan', 'cosine' (1 - cosine similarity)."),
    margin: option.number({ default: 1, min: 0, exclusiveMin: true, doc: 'Required gap between the negative and the positive distance.' }),
    swap: option.boolean(false, 'Use min(d(a, n), d(p, n)) as the negative distance (distance swap, Balntas et al. 2016).'),
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const distance = NAMED_DISTANCES[Math.floor(random() * NAMED_DISTANCES.length)];
    const swap = random() < 0.3;
    const margin = distance === 'cosine' ? 0.3 : 1;
    const triplets = sampleTriplets(random, namedDistance(distance), margin, swap, distance === 'manhattan' ? awayFromNormKinks : undefined);
    return { inputs: triplets, options: { distance, swap, margin } };
  },
  kernel(inputs, { reduction, distance, margin, swap }, grads, { loss }) {
    return tripletKernel(loss, inputs, namedDistance(distance), margin, swap, reduction, grads);
  },
}, {
  aliases: ['triplet-with-distance'],
  family: 'embedding',
  title: 'Triplet margin loss with a chosen distance',
  summary: 'Triplet hinge on a named distance: euclidean, squared-euclidean, manhattan or cosine.',
  formula: 'l = max(0, margin + d(a, p) - d(a, n))',
  behaviour: 'The triplet loss for embeddings compared by something other than the p-norm: cosine distance for direction-only embeddings (with a margin below 2), squared euclidean for a smoother hinge. Same mining caveats as triplet-margin.',
  matches: 'torch.nn.functional.triplet_margin_with_distance_loss(anchor, positive, negative, distance_function, margin, swap, reduction) with a named distance_function',
  anchors: { pytorch: 'nn.TripletMarginWithDistanceLoss' },
  example: {
    inputs: { anchor: [[1, 0], [1, 0]], positive: [[1, 1], [2, 0]], negative: [[0, 1], [-1, 0]] },
    options: { reduction: 'none', distance: 'cosine', margin: 0.5 },
    note: 'cosine distance: the first negative is at 90°, the positive at 45°; the second triplet is perfectly separated',
  },
});
