import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { planReduction } from '../../core/reduction.js';
import type { FloatArray } from '../../core/tensor.js';
import { cdfWalk, type CdfWalk } from './cdf.js';

/** Optimal transport: wasserstein-1d, energy-distance (1-D), exact EMD (emd.ts), sinkhorn (sinkhorn.ts). */

const oneDInputs = [
  input.prediction('u', 'Samples of the first distribution, [n].'),
  input.prediction('v', 'Samples of the second distribution, [m].'),
  input.float('uWeights', 'Optional weights of u, [n], >= 0 (normalised by their sum).', { optional: true, domain: 'non-negative' }),
  input.float('vWeights', 'Optional weights of v, [m], >= 0 (normalised by their sum).', { optional: true, domain: 'non-negative' }),
] as const;

/** Distinct, well separated values (no ties: the distances have kinks there), sometimes weighted. */
function sampleOneD(random: () => number) {
  const n = 1 + Math.floor(random() * 4);
  const m = 1 + Math.floor(random() * 4);
  const grid = Array.from({ length: n + m }, (_, k) => k * 0.5 - 1 + 0.3 * random());
  for (let k = grid.length - 1; k > 0; k--) {
    const s = Math.floor(random() * (k + 1));
    [grid[k], grid[s]] = [grid[s]!, grid[k]!];
  }
  const inputs: Record<string, number[]> = { u: grid.slice(0, n), v: grid.slice(n) };
  if (random() < 0.5) {
    inputs.uWeights = Array.from({ length: n }, () => 0.25 + random());
    inputs.vWeights = Array.from({ length: m }, () => 0.25 + random());
  }
  return { inputs };
}

/** Writes dvalue/dz for every point: slope(k) of the point at sorted position k, scaled. */
function scatterSlopes(walk: CdfWalk, slope: (k: number) => number, scale: number, gradU: FloatArray | undefined, gradV: FloatArray | undefined): void {
  for (let k = 0; k < walk.count; k++) {
    const p = walk.order[k];
    const g = slope(k) * scale;
    if (p < walk.n) { if (gradU) gradU[p] = g; } else if (gradV) gradV[p - walk.n] = g;
  }
}

/**
 * 1-D Wasserstein-1 (earth mover's) distance between two weighted empirical distributions:
 * the area between their CDFs.
 *
 *   W = ∫ |U(t) - V(t)| dt = Σ_k |F_k| (z_{k+1} - z_k)      (z = all values sorted, F = U - V)
 *   dW/dz_k = |F_{k-1}| - |F_k|     (F_{-1} = F_{K-1} = 0)
 *
 * Shapes: u [n], v [m], optional uWeights [n], vWeights [m] (in the options object).
 * One scalar for every reduction ('none' gives shape []).
 * Hazards: not differentiable where a u value ties a v value (one-sided slope used); weights
 * must be >= 0 with a positive sum.
 * @example wasserstein1d([0, 1, 3], [5, 6, 8]) // 5
 */
export const wasserstein1dLoss = defineLoss({
  name: 'wasserstein-1d',
  inputs: oneDInputs,
  options: {},
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample: sampleOneD,
  kernel({ u, v, uWeights, vWeights }, { reduction }, { u: gradU, v: gradV }, { loss }) {
    const walk = cdfWalk(loss, u, v, uWeights, vWeights);
    const { z, diff, count } = walk;
    let value = 0;
    // Δ is formed from the values before any CDF weight multiplies it: close values near
    // 1000 keep their exact gaps instead of cancelling against 1000.
    for (let k = 0; k + 1 < count; k++) value += Math.abs(diff[k]) * (z[k + 1] - z[k]);
    const out = planReduction(reduction, 1, [], u.data);
    if (out.values) out.values[0] = value;
    scatterSlopes(walk, (k) => (k > 0 ? Math.abs(diff[k - 1]) : 0) - Math.abs(diff[k]), 1, gradU, gradV);
    return out.finish(value);
  },
}, {
  aliases: ['wasserstein', 'earth-movers-1d', 'emd-1d'],
  family: 'transport',
  title: '1-D Wasserstein distance',
  summary: "Area between two 1-D empirical CDFs: the least mass x distance needed to turn one sample into the other.",
  formula: 'W = ∫ |U(t) - V(t)| dt  (U, V = weighted empirical CDFs of u and v)',
  behaviour: 'Compares distributions even when their supports do not overlap (where KL is infinite), in the units of the data; gradients move each sample toward the other distribution with a bounded force. Use it to match a predicted set of scalars (or a histogram on a line) to a target sample of a different size.',
  matches: 'scipy.stats.wasserstein_distance(u_values, v_values, u_weights, v_weights)',
  anchors: { other: ['scipy.stats.wasserstein_distance', 'POT ot.wasserstein_1d (p = 1)'] },
  example: { inputs: { u: [0, 1, 3], v: [5, 6, 8] }, note: 'scipy docstring: 5.0' },
});

/**
 * Energy distance (Cramér distance times sqrt 2) between two weighted 1-D empirical
 * distributions.
 *
 *   D = sqrt(2 ∫ (U(t) - V(t))^2 dt) = sqrt(2 E|X-Y| - E|X-X'| - E|Y-Y'|)
 *   dD/dz_k = (F_{k-1}^2 - F_k^2) / D      (F = U - V on the merged sorted values)
 *
 * Shapes: as wasserstein-1d; one scalar for every reduction ('none' gives shape []).
 * Hazards: not differentiable where D = 0 (identical distributions; gradient 0 used) or at
 * ties between u and v.
 * @example energyDistance([0], [2]) // 2
 */
export const energyDistanceLoss = defineLoss({
  name: 'energy-distance',
  inputs: oneDInputs,
  options: {},
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample: sampleOneD,
  kernel({ u, v, uWeights, vWeights }, { reduction }, { u: gradU, v: gradV }, { loss }) {
    const walk = cdfWalk(loss, u, v, uWeights, vWeights);
    const { z, diff, count } = walk;
    let integral = 0;
    for (let k = 0; k + 1 < count; k++) integral += diff[k] * diff[k] * (z[k + 1] - z[k]);
    const value = Math.sqrt(2 * integral);
    const out = planReduction(reduction, 1, [], u.data);
    if (out.values) out.values[0] = value;
    // dD/dI = 1/D for D = sqrt(2 I); at D = 0 the subgradient 0 is used (no direction lowers D).
    const scale = value > 0 ? 1 / value : 0;
    scatterSlopes(walk, (k) => (k > 0 ? diff[k - 1] * diff[k - 1] : 0) - diff[k] * diff[k], scale, gradU, gradV);
    return out.finish(value);
  },
}, {
  aliases: ['energy-1d'],
  family: 'transport',
  title: 'Energy distance (1-D)',
  summary: 'Square root of twice the squared L2 distance between two 1-D empirical CDFs.',
  formula: 'D = sqrt(2 ∫ (U(t) - V(t))^2 dt)',
  behaviour: 'Like the 1-D Wasserstein distance it compares distributions with disjoint supports, but it squares the CDF gap, so its sample gradients are unbiased (Bellemare et al. 2017, the Cramér GAN argument); a square root of a smooth quantity, it is not differentiable where the two distributions coincide.',
  matches: 'scipy.stats.energy_distance(u_values, v_values, u_weights, v_weights)',
  anchors: { other: ['scipy.stats.energy_distance', 'Székely & Rizzo energy distance'] },
  example: { inputs: { u: [0, 8], v: [0, 8], uWeights: [3, 1], vWeights: [2, 2] }, note: 'scipy docstring: 1.0' },
});
