/**
 * The numerical core of sinkhorn: the log-domain fixed point and the exact derivative of
 * <P*(M), M> through it. Everything runs in float64 on the active (positive-mass) problem.
 */

/** Result of the fixed-point iteration: the plan and how far its row marginals still are. */
export interface SinkhornPlan {
  /** P_ij = exp(alpha_i + beta_j - M_ij / reg), row-major [n, m]. */
  readonly plan: Float64Array;
  readonly iterations: number;
  /** Σ_i |Σ_j P_ij - a_i| when the iteration stopped (columns are exact). */
  readonly marginalError: number;
}

/**
 * Log-domain Sinkhorn (Schmitzer 2019; POT's sinkhorn_log): alternate
 *   alpha_i = log a_i - LSE_j(beta_j - M_ij/reg),   beta_j = log b_j - LSE_i(alpha_i - M_ij/reg)
 * Scaled potentials and a log-sum-exp with its maximum subtracted never form exp(-M/reg)
 * itself, which underflows (to 0 in float64 below reg ≈ cost / 745; far sooner in float32)
 * and makes the classic u = a / (K v) update divide by zero.
 * Stops when the row-marginal L1 error (free from the row update) is <= tolerance * mass.
 */
export function sinkhornLog(
  cost: Float64Array, a: Float64Array, b: Float64Array, reg: number,
  maxIterations: number, tolerance: number, mass: number,
): SinkhornPlan {
  const n = a.length;
  const m = b.length;
  const kernel = new Float64Array(n * m);
  for (let k = 0; k < n * m; k++) kernel[k] = -cost[k] / reg;
  const logA = Float64Array.from(a, Math.log);
  const logB = Float64Array.from(b, Math.log);
  const alpha = new Float64Array(n);
  const beta = new Float64Array(m);
  /** beta_j = log b_j - logsumexp_i(-M_ij / reg + alpha_i): the column half-step. */
  const updateColumns = () => {
    for (let j = 0; j < m; j++) {
      let max = -Infinity;
      for (let i = 0; i < n; i++) max = Math.max(max, kernel[i * m + j] + alpha[i]);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += Math.exp(kernel[i * m + j] + alpha[i] - max);
      beta[j] = logB[j] - (max + Math.log(sum));
    }
  };
  let iterations = 0;
  let marginalError = Infinity;
  for (; iterations < maxIterations; iterations++) {
    let error = 0;
    for (let i = 0; i < n; i++) {
      const row = i * m;
      let max = -Infinity;
      for (let j = 0; j < m; j++) max = Math.max(max, kernel[row + j] + beta[j]);
      let sum = 0;
      for (let j = 0; j < m; j++) sum += Math.exp(kernel[row + j] + beta[j] - max);
      const lse = max + Math.log(sum);
      // Row sum of the current plan is exp(alpha_i + lse): its error costs nothing extra here.
      if (iterations > 0) error += Math.abs(Math.exp(alpha[i] + lse) - a[i]);
      alpha[i] = logA[i] - lse;
    }
    if (iterations > 0) {
      marginalError = error;
      // NaN (cost / reg overflowed) never improves: stop and let the caller report it.
      if (error <= tolerance * mass || Number.isNaN(error)) break;
    }
    updateColumns();
  }
  // The break above comes after an alpha update; refresh beta so the columns are exact and
  // the plan below is the one whose error was measured (to one more half-step).
  updateColumns();
  const plan = kernel;
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) plan[i * m + j] = Math.exp(alpha[i] + beta[j] + kernel[i * m + j]);
  return { plan, iterations, marginalError };
}

function transpose(x: Float64Array, n: number, m: number): Float64Array {
  const t = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) t[j * n + i] = x[i * m + j];
  return t;
}

/**
 * Solves for the column-side multipliers y of
 *   [diag(r)  P      ] [x]   [R]      r = P 1, c = P^T 1 (the plan's own marginals),
 *   [P^T      diag(c)] [y] = [C]      R, C = row / column sums of M ∘ P,
 * after eliminating x = (R - P y) / r. What remains, S y = C - P^T (R / r), has
 * S = diag(c) - P^T diag(1/r) P, which is the Laplacian of the graph on columns with weights
 * w_jk = Σ_i P_ij P_ik / r_i (because c_j = Σ_i P_ij Σ_k P_ik / r_i). Its null space is the
 * constant vector (the gauge x + t, y - t), fixed here by y_{m-1} = 0.
 *
 * Why not form S and factor it: at small reg P is close to a permutation, so c_j and
 * Σ_i P_ij^2 / r_i agree to many digits and their difference is noise. Built from the
 * weights and eliminated as a Laplacian (Kron reduction: w_jl += w_jk w_kl / d_k, the pivot
 * d_k recomputed as a sum of positive weights, as in the GTH algorithm), every operation adds
 * positive numbers, so nothing cancels. The right side is formed as
 * Σ_i (P_ij / r_i) Σ_k P_ik (M_ij - M_ik) for the same reason. A component cut off from the
 * ground (all its weights underflowed) gets y = 0: its gauge is free and its coupling is 0.
 */
function columnMultipliers(plan: Float64Array, cost: Float64Array, n: number, m: number): Float64Array {
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) r[i] += plan[i * m + j];
  const w = new Float64Array(m * m);
  const rhs = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    if (r[i] === 0) continue;
    const row = i * m;
    for (let j = 0; j < m; j++) {
      const pij = plan[row + j] / r[i];
      if (pij === 0) continue;
      let inner = 0;
      for (let k = 0; k < m; k++) {
        inner += plan[row + k] * (cost[row + j] - cost[row + k]);
        if (k !== j) w[j * m + k] += pij * plan[row + k];
      }
      rhs[j] += pij * inner;
    }
  }
  // Eliminate nodes 0 .. m-2 in order; node m-1 is the ground (y = 0).
  const pivot = new Float64Array(m);
  for (let k = 0; k < m - 1; k++) {
    let d = 0;
    for (let l = k + 1; l < m; l++) d += w[k * m + l];
    pivot[k] = d;
    if (d === 0) continue;
    for (let j = k + 1; j < m - 1; j++) {
      const wjk = w[j * m + k];
      if (wjk === 0) continue;
      rhs[j] += (wjk / d) * rhs[k];
      for (let l = k + 1; l < m; l++) if (l !== j) w[j * m + l] += (wjk * w[k * m + l]) / d;
    }
  }
  const y = new Float64Array(m);
  for (let k = m - 2; k >= 0; k--) {
    if (pivot[k] === 0) continue;
    let s = rhs[k];
    for (let l = k + 1; l < m - 1; l++) s += w[k * m + l] * y[l];
    y[k] = s / pivot[k];
  }
  return y;
}

/** x_i = Σ_j (P_ij / r_i)(M_ij - y_j): the first block row, without forming R - P y. */
function rowMultipliers(plan: Float64Array, cost: Float64Array, y: Float64Array, n: number, m: number): Float64Array {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let mass = 0;
    let s = 0;
    for (let j = 0; j < m; j++) {
      mass += plan[i * m + j];
      s += plan[i * m + j] * (cost[i * m + j] - y[j]);
    }
    x[i] = mass === 0 ? 0 : s / mass;
  }
  return x;
}

/**
 * dV/dM_ij = P_ij (1 + (x_i + y_j - M_ij) / reg) for V = <P*(M), M>, written into `out`
 * (active [n, m], float64). The smaller side is eliminated last: the Laplacian solved has
 * min(n, m) nodes.
 */
export function sinkhornCostGradient(plan: Float64Array, cost: Float64Array, n: number, m: number, reg: number, out: Float64Array): void {
  let x: Float64Array;
  let y: Float64Array;
  if (m <= n) {
    y = columnMultipliers(plan, cost, n, m);
    x = rowMultipliers(plan, cost, y, n, m);
  } else {
    const planT = transpose(plan, n, m);
    const costT = transpose(cost, n, m);
    x = columnMultipliers(planT, costT, m, n);
    y = rowMultipliers(planT, costT, x, m, n);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const k = i * m + j;
      out[k] = plan[k] * (1 + (x[i] + y[j] - cost[k]) / reg);
    }
  }
}
