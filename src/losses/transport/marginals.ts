import { LossError, badShape } from '../../core/errors.js';
import type { Tensor } from '../../core/tensor.js';
import { requireEach, requireRank } from '../../core/validate.js';

/**
 * The discrete OT problem shared by emd and sinkhorn: a cost matrix M [n, m] between the
 * supports of two histograms a [n] and b [m] of equal mass. Rows and columns with zero mass
 * carry no transport (their plan entries are 0 and M there has no effect on the value), so
 * they are dropped and the solvers see only the active sub-problem.
 */
export interface TransportProblem {
  readonly n: number;
  readonly m: number;
  /** Active (positive-mass) row and column indices into the full problem. */
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  /** Active masses; b rescaled to a's total (as POT's emd2 does) so the marginals agree exactly. */
  readonly a: Float64Array;
  readonly b: Float64Array;
  /** Active cost, row-major [rows.length, cols.length], float64. */
  readonly cost: Float64Array;
  /** Σ a of the active (scaled) masses. */
  readonly mass: number;
  /**
   * The masses above were divided by this power of two (1 unless some mass lies outside
   * [2^-500, 2^500]). The plan, the value and the gradient are linear in the masses (the
   * entropic plan too: its constraint fixes Σ P), so they are multiplied back by it.
   */
  readonly unit: number;
}

/** Inside [2^-500, 2^500] masses, their sums and products with costs stay normal float64 numbers. */
const SAFE_MASS = 2 ** 500;

/** Relative mass mismatch accepted as rounding (POT checks 6 decimals). */
const MASS_RTOL = 1e-6;

export function transportProblem(loss: string, cost: Tensor, a: Tensor, b: Tensor): TransportProblem {
  requireRank(loss, 'cost', cost, [2], '[n, m]: cost of moving mass from a_i to b_j');
  const [n, m] = cost.shape as [number, number];
  if (a.shape.length !== 1 || a.shape[0] !== n) throw badShape(loss, 'a', `shape [${n}] (one mass per row of 'cost')`, a.shape);
  if (b.shape.length !== 1 || b.shape[0] !== m) throw badShape(loss, 'b', `shape [${m}] (one mass per column of 'cost')`, b.shape);
  requireEach(loss, 'a', a, (x) => x >= 0, 'a mass >= 0');
  requireEach(loss, 'b', b, (x) => x >= 0, 'a mass >= 0');
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, a.data[i]);
  for (let j = 0; j < m; j++) largest = Math.max(largest, b.data[j]);
  // A power of two, so the scaling is exact: masses of 1e308 no longer overflow their sum.
  const unit = largest > SAFE_MASS || (largest > 0 && largest < 1 / SAFE_MASS) ? 2 ** Math.floor(Math.log2(largest)) : 1;
  let massA = 0;
  let massB = 0;
  for (let i = 0; i < n; i++) massA += a.data[i] / unit;
  for (let j = 0; j < m; j++) massB += b.data[j] / unit;
  if (!(massA > 0) || !(massB > 0) || Math.abs(massA - massB) > MASS_RTOL * Math.max(massA, massB)) {
    throw new LossError('domain', `${loss}: 'a' and 'b' must have equal, positive total mass, received sums ${massA * unit} and ${massB * unit}`, loss, 'b');
  }
  const rows = Int32Array.from({ length: n }, (_, i) => i).filter((i) => a.data[i] > 0);
  const cols = Int32Array.from({ length: m }, (_, j) => j).filter((j) => b.data[j] > 0);
  const scale = massA / massB;
  const active = new Float64Array(rows.length * cols.length);
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < cols.length; c++) active[r * cols.length + c] = cost.data[rows[r] * m + cols[c]];
  }
  return {
    n, m, rows, cols,
    a: Float64Array.from(rows, (i) => a.data[i] / unit),
    b: Float64Array.from(cols, (j) => (b.data[j] / unit) * scale),
    cost: active,
    mass: massA,
    unit,
  };
}

/** Scatters an active [r, c] matrix into a full [n, m] gradient buffer (zeros elsewhere). */
export function scatterPlan(problem: TransportProblem, active: Float64Array, scale: number, out: Float32Array | Float64Array): void {
  out.fill(0);
  const { rows, cols, m } = problem;
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < cols.length; c++) out[rows[r] * m + cols[c]] = active[r * cols.length + c] * scale;
  }
}

/** Sample masses k/64 (exact in float32) with equal totals, for the samplers. */
export function sampleMasses(random: () => number, count: number): number[] {
  const units = Array.from({ length: count }, () => 1);
  for (let left = 64 - count; left > 0; left--) units[Math.floor(random() * count)] += 1;
  return units.map((k) => k / 64);
}
