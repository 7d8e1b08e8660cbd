import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { LossError, badShape } from '../../core/errors.js';
import { option } from '../../core/options.js';
import { planReduction } from '../../core/reduction.js';
import { numel } from '../../core/tensor.js';
import { sampleMasses, scatterPlan, transportProblem } from './marginals.js';

/** Largest cost matrix emd accepts: the simplex prices n*m cells per sweep. */
const MAX_CELLS = 1_000_000;

/**
 * Transportation simplex (the primal network simplex on the bipartite graph) for
 * min <P, M> s.t. P 1 = a, P^T 1 = b, P >= 0, with a, b > 0 of equal sums. A basis is a
 * spanning tree of n + m - 1 cells. Start: north-west corner (degenerate zero cells keep it
 * a tree). Each pivot: potentials u_i + v_j = M_ij on the tree, the entering cell with
 * reduced cost M_ij - u_i - v_j < -tol (block search: the best of the first block of
 * sqrt(nm) cells that holds one), the cycle it closes in the tree, the ratio test.
 * Anti-cycling: after n + m degenerate pivots in a row (θ = 0, common with ties in a and b)
 * Bland's rule (lowest index enters, lowest index leaves among ties) is used until a pivot
 * moves mass; Bland's rule cannot cycle, and every non-degenerate pivot lowers the cost.
 * Returns the optimal plan (row-major [n, m]).
 */
export function transportSimplex(cost: Float64Array, a: Float64Array, b: Float64Array, maxIterations: number, loss: string): Float64Array {
  const n = a.length;
  const m = b.length;
  const cells = n * m;
  const nodes = n + m;
  const slots = nodes - 1;
  const bRow = new Int32Array(slots);
  const bCol = new Int32Array(slots);
  const flow = new Float64Array(slots);
  const slotOf = new Int32Array(cells).fill(-1);
  // North-west corner: each step fills one cell and exhausts its row or its column.
  const ra = Float64Array.from(a);
  const rb = Float64Array.from(b);
  for (let s = 0, i = 0, j = 0; s < slots; s++) {
    const x = Math.min(ra[i], rb[j]);
    bRow[s] = i; bCol[s] = j; flow[s] = x; slotOf[i * m + j] = s;
    ra[i] -= x; rb[j] -= x;
    if (i === n - 1) j++;
    else if (j === m - 1 || ra[i] === 0) i++;
    else j++;
  }
  let maxAbs = 0;
  for (let k = 0; k < cells; k++) maxAbs = Math.max(maxAbs, Math.abs(cost[k]));
  // Potentials are sums of up to n + m costs: reduced costs above this are rounding, not descent.
  const tol = 8 * nodes * Number.EPSILON * maxAbs;
  const block = Math.max(32, Math.ceil(Math.sqrt(cells)));
  const degree = new Int32Array(nodes + 1);
  const adjacent = new Int32Array(2 * slots);
  const potential = new Float64Array(nodes);
  const parent = new Int32Array(nodes);
  const parentSlot = new Int32Array(nodes);
  const depth = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  const cycle = new Int32Array(nodes);
  let cursor = 0;
  let degenerateRun = 0;
  for (let iteration = 0; ; iteration++) {
    // The tree: adjacency (CSR), then a BFS from row 0 fixing u_0 = 0.
    degree.fill(0);
    for (let s = 0; s < slots; s++) { degree[bRow[s] + 1]++; degree[n + bCol[s] + 1]++; }
    for (let v = 0; v < nodes; v++) degree[v + 1] += degree[v];
    const fill = degree.slice(0, nodes);
    for (let s = 0; s < slots; s++) { adjacent[fill[bRow[s]]++] = s; adjacent[fill[n + bCol[s]]++] = s; }
    parent[0] = -1; depth[0] = 0; potential[0] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = 0;
    while (head < tail) {
      const v = queue[head++];
      for (let e = degree[v]; e < degree[v + 1]; e++) {
        const s = adjacent[e];
        const w = v < n ? n + bCol[s] : bRow[s];
        if (w === parent[v]) continue;
        parent[w] = v; parentSlot[w] = s; depth[w] = depth[v] + 1;
        potential[w] = cost[bRow[s] * m + bCol[s]] - potential[v];
        queue[tail++] = w;
      }
    }
    // Pricing.
    const bland = degenerateRun > nodes;
    let entering = -1;
    let best = -tol;
    for (let seen = 0; seen < cells; seen++) {
      const k = bland ? seen : (cursor + seen) % cells;
      if (slotOf[k] < 0) {
        const d = cost[k] - potential[Math.floor(k / m)] - potential[n + (k % m)];
        if (d < best) {
          entering = k;
          best = d;
          if (bland) break;
        }
      }
      if (!bland && entering >= 0 && (seen + 1) % block === 0) break;
    }
    if (entering < 0) break;
    if (iteration >= maxIterations) {
      throw new LossError('option', `${loss}: the simplex did not reach the optimum within maxIterations = ${maxIterations} pivots; raise 'maxIterations'`, loss, 'maxIterations');
    }
    if (!bland) cursor = (entering + 1) % cells;
    // The cycle: tree path from row i to column j; cells alternate -, +, ..., - along it.
    const i = Math.floor(entering / m);
    let p = i;
    let q = n + (entering % m);
    let up = 0;
    let down = nodes;
    while (p !== q) {
      if (depth[p] >= depth[q]) { cycle[up++] = parentSlot[p]; p = parent[p]; }
      else { cycle[--down] = parentSlot[q]; q = parent[q]; }
    }
    // cycle[0..up) runs from row i up; cycle[down..nodes) from the meeting node down to column j.
    let length = up;
    for (let t = down; t < nodes; t++) cycle[length++] = cycle[t];
    let theta = Infinity;
    let leaving = -1;
    for (let t = 0; t < length; t += 2) {
      const s = cycle[t];
      const better = flow[s] < theta
        || (flow[s] === theta && bland && bRow[s] * m + bCol[s] < bRow[leaving] * m + bCol[leaving]);
      if (better) { theta = flow[s]; leaving = s; }
    }
    for (let t = 0; t < length; t++) flow[cycle[t]] += t % 2 === 0 ? -theta : theta;
    degenerateRun = theta === 0 ? degenerateRun + 1 : 0;
    slotOf[bRow[leaving] * m + bCol[leaving]] = -1;
    bRow[leaving] = i; bCol[leaving] = entering % m; flow[leaving] = theta; slotOf[entering] = leaving;
  }
  const plan = new Float64Array(cells);
  for (let s = 0; s < slots; s++) plan[bRow[s] * m + bCol[s]] = flow[s];
  return plan;
}

const emdInputs = [
  input.prediction('cost', 'Cost matrix M [n, m]: cost of moving unit mass from a_i to b_j.'),
  input.float('a', 'Source histogram [n], masses >= 0.', { domain: 'non-negative' }),
  input.float('b', 'Target histogram [m], masses >= 0, same total as a.', { domain: 'non-negative' }),
] as const;

/**
 * Exact optimal transport cost (earth mover's distance) between histograms a and b under the
 * ground cost M, by the transportation simplex.
 *
 *   value = min_{P 1 = a, P^T 1 = b, P >= 0} <P, M>,     dvalue/dM = P*
 *
 * Shapes: cost [n, m] (n*m <= 1e6), a [n], b [m] (>= 0, equal sums; b rescaled to a's sum
 * within 1e-6). One scalar for every reduction ('none' gives shape []).
 * Hazards: piecewise linear in M: the gradient P* is exact where the optimal plan is unique
 * and a subgradient (one optimal vertex) where it is not. Cost grows quickly with n*m; use
 * sinkhorn for large problems.
 * @example emd([[0, 1], [1, 0]], [0.5, 0.5], [0.25, 0.75]) // 0.25
 */
export const emdLoss = defineLoss({
  name: 'emd',
  inputs: emdInputs,
  options: {
    maxIterations: option.number({ default: 100000, min: 1, integer: true, doc: 'Most simplex pivots before giving up with an error (POT numItermax).' }),
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample(random) {
    const n = 1 + Math.floor(random() * 4);
    const m = 1 + Math.floor(random() * 4);
    const cost = Array.from({ length: n }, () => Array.from({ length: m }, () => random()));
    return { inputs: { cost, a: sampleMasses(random, n), b: sampleMasses(random, m) } };
  },
  kernel({ cost, a, b }, { reduction, maxIterations }, { cost: grad }, { loss }) {
    if (numel(cost.shape) > MAX_CELLS) {
      throw badShape(loss, 'cost', `at most ${MAX_CELLS} entries (the exact solver is for small problems; use sinkhorn)`, cost.shape);
    }
    const problem = transportProblem(loss, cost, a, b);
    const plan = transportSimplex(problem.cost, problem.a, problem.b, maxIterations, loss);
    let value = 0;
    for (let k = 0; k < plan.length; k++) value += plan[k] * problem.cost[k];
    value *= problem.unit;
    const out = planReduction(reduction, 1, [], cost.data);
    if (out.values) out.values[0] = value;
    if (grad) scatterPlan(problem, plan, problem.unit, grad);
    return out.finish(value);
  },
}, {
  aliases: ['earth-movers', 'exact-ot'],
  family: 'transport',
  title: "Earth mover's distance (exact OT)",
  summary: 'The least total cost of moving the mass of histogram a onto histogram b under a ground cost matrix.',
  formula: 'value = min <P, M>  s.t. P 1 = a, P^T 1 = b, P >= 0',
  behaviour: 'The exact optimal transport cost: a true metric between histograms when M is a metric, meaningful for disjoint supports. Piecewise linear in the cost matrix (its gradient is the optimal plan, which jumps when the optimal matching changes). Exact but costlier than sinkhorn; choose sinkhorn for large problems or smoother gradients.',
  matches: 'ot.emd2(a, b, M) (POT), gradient with respect to M',
  anchors: { other: ['POT ot.emd2', 'Rubner et al. 2000, earth mover\'s distance'] },
  example: { inputs: { cost: [[0, 1], [1, 0]], a: [0.5, 0.5], b: [0.25, 0.75] }, note: 'a quarter of the mass must cross' },
});
