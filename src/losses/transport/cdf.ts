import { badShape, invalid } from '../../core/errors.js';
import type { Tensor } from '../../core/tensor.js';
import { requireEach } from '../../core/validate.js';

/**
 * The merged-CDF walk shared by the 1-D distances (scipy.stats._cdf_distance): all values of
 * u and v sorted together as z_0 <= ... <= z_{K-1}; F_k = U(z_k) - V(z_k) is the difference of
 * the weighted empirical CDFs on the interval [z_k, z_{k+1}), and Δ_k = z_{k+1} - z_k.
 *
 *   W_1 = Σ_k |F_k| Δ_k,        ∫ (U - V)^2 = Σ_k F_k^2 Δ_k
 *
 * Moving the point z_k (without crossing a neighbour) only lengthens interval k-1 and shortens
 * interval k, so d/dz_k Σ φ(F) Δ = φ(F_{k-1}) - φ(F_k), with F_{-1} = F_{K-1} = 0.
 */
export interface CdfWalk {
  /** Number of merged points K = n + m. */
  readonly count: number;
  /** order[k]: the point at sorted position k; < n is u[order], else v[order - n]. */
  readonly order: Int32Array;
  /** Sorted values z_k (float64). */
  readonly z: Float64Array;
  /** F_k = U - V right of z_k; F[K-1] is exactly 0. */
  readonly diff: Float64Array;
  readonly n: number;
}

function checkValues(loss: string, name: string, values: Tensor): void {
  if (values.shape.length !== 1) throw badShape(loss, name, 'rank 1 (one value per sample)', values.shape);
  if (values.shape[0] === 0) throw badShape(loss, name, 'at least one value (an empty distribution has no CDF)', values.shape);
}

/** Weights: same length as the values, >= 0, with a positive finite sum. Returns the sum. */
function checkWeights(loss: string, name: string, weights: Tensor | undefined, values: Tensor, valuesName: string): number {
  if (!weights) return values.data.length;
  if (weights.shape.length !== 1 || weights.shape[0] !== values.data.length) {
    throw badShape(loss, name, `shape [${values.data.length}] (one weight per value of '${valuesName}')`, weights.shape);
  }
  requireEach(loss, name, weights, (w) => w >= 0, 'a weight >= 0');
  let total = 0;
  for (let i = 0; i < weights.data.length; i++) total += weights.data[i];
  if (!(total > 0) || !Number.isFinite(total)) throw invalid('domain', loss, name, 'must have a positive, finite sum', total);
  return total;
}

export function cdfWalk(loss: string, u: Tensor, v: Tensor, uWeights: Tensor | undefined, vWeights: Tensor | undefined): CdfWalk {
  checkValues(loss, 'u', u);
  checkValues(loss, 'v', v);
  const uTotal = checkWeights(loss, 'uWeights', uWeights, u, 'u');
  const vTotal = checkWeights(loss, 'vWeights', vWeights, v, 'v');
  const n = u.data.length;
  const count = n + v.data.length;
  const z = new Float64Array(count);
  for (let i = 0; i < n; i++) z[i] = u.data[i];
  for (let j = n; j < count; j++) z[j] = v.data[j - n];
  // Hint: an index sort keeps the owner of every point for the gradient; ties between u and v
  // put u first (stable), which only matters for the subgradient at a tie.
  const order = Int32Array.from({ length: count }, (_, k) => k).sort((p, q) => z[p] - z[q] || p - q);
  const sorted = new Float64Array(count);
  const diff = new Float64Array(count);
  let uMass = 0;
  let vMass = 0;
  for (let k = 0; k < count; k++) {
    const p = order[k];
    sorted[k] = z[p];
    if (p < n) uMass += uWeights ? uWeights.data[p] : 1;
    else vMass += vWeights ? vWeights.data[p - n] : 1;
    // Both CDFs are normalised separately (scipy divides the cumulative weights by the total).
    diff[k] = uMass / uTotal - vMass / vTotal;
  }
  // Right of the last point both CDFs are 1; force the exact 0 that rounding may miss.
  diff[count - 1] = 0;
  return { count, order, z: sorted, diff, n };
}
