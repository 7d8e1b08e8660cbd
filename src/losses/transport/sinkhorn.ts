import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction } from '../../core/reduction.js';
import { LossError } from '../../core/errors.js';
import { sampleMasses, scatterPlan, transportProblem, type TransportProblem } from './marginals.js';
import { sinkhornCostGradient, sinkhornLog } from './sinkhorn-iteration.js';

const otInputs = [
  input.prediction('cost', 'Cost matrix M [n, m]: cost of moving unit mass from a_i to b_j.'),
  input.float('a', 'Source histogram [n], masses >= 0.', { domain: 'non-negative' }),
  input.float('b', 'Target histogram [m], masses >= 0, same total as a.', { domain: 'non-negative' }),
] as const;

/**
 * Entropic optimal transport (Cuturi 2013): the transport cost of the entropy-regularised
 * optimal plan between histograms a and b.
 *
 *   P* = argmin_{P 1 = a, P^T 1 = b, P >= 0} <P, M> + reg Σ P_ij log P_ij
 *      = diag(e^{f/reg}) exp(-M/reg) diag(e^{g/reg})
 *   value = <P*, M>   (the entropy term is NOT included, as POT's sinkhorn2)
 *   dvalue/dM_ij = P*_ij (1 + (x_i + y_j - M_ij) / reg),  x, y from
 *     [diag(a) P*; P*^T diag(b)] [x; y] = [rowsums(M ∘ P*); colsums(M ∘ P*)]
 *   (the exact derivative through the fixed point: P* moves with M. The envelope gradient P*
 *   is the derivative of the entropic objective, not of this value.)
 *
 * The gradient is torch/jax autograd's through POT in the limit of many iterations.
 * Shapes: cost [n, m], a [n], b [m] (>= 0, equal sums; b is rescaled to a's sum within 1e-6).
 * The value is one scalar for every reduction ('none' gives shape []).
 * Hazards: iterations grow like cost range / reg (about 1000 at reg 0.05 for costs ~5);
 * when `maxIterations` runs out the last iterate is used if its row marginals are within
 * max(tolerance, 1e-4) of the mass, else it is an option error naming reg or maxIterations.
 * Solved in the log domain, so small reg does not underflow; masses of any scale (1e308) are
 * rescaled by a power of two.
 * @example sinkhorn([[0, 1], [1, 0]], [0.5, 0.5], [0.5, 0.5], { reg: 1 }) // 0.268941
 */
export const sinkhornLoss = defineLoss({
  name: 'sinkhorn',
  inputs: otInputs,
  options: {
    reg: option.number({ default: 0.1, min: 0, exclusiveMin: true, doc: 'Entropic regularisation strength (in cost units); smaller is closer to exact OT and slower.' }),
    maxIterations: option.number({ default: 10000, min: 1, integer: true, doc: 'Most Sinkhorn iterations (one row and one column update each).' }),
    tolerance: option.number({ default: 1e-12, min: 0, doc: 'Stop when the row-marginal L1 error is at most tolerance * total mass.' }),
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample(random) {
    const n = 2 + Math.floor(random() * 3);
    const m = 2 + Math.floor(random() * 3);
    const cost = Array.from({ length: n }, () => Array.from({ length: m }, () => random()));
    return { inputs: { cost, a: sampleMasses(random, n), b: sampleMasses(random, m) }, options: { reg: 0.2 + 0.8 * random() } };
  },
  kernel({ cost, a, b }, { reduction, reg, maxIterations, tolerance }, { cost: grad }, { loss }) {
    const problem = transportProblem(loss, cost, a, b);
    const { plan, marginalError } = sinkhornLog(problem.cost, problem.a, problem.b, reg, maxIterations, tolerance, problem.mass);
    requireConverged(loss, problem, marginalError, { reg, maxIterations, tolerance });
    let value = 0;
    for (let k = 0; k < plan.length; k++) value += plan[k] * problem.cost[k];
    value *= problem.unit;
    const out = planReduction(reduction, 1, [], cost.data);
    if (out.values) out.values[0] = value;
    if (grad) {
      const active = new Float64Array(plan.length);
      sinkhornCostGradient(plan, problem.cost, problem.a.length, problem.b.length, reg, active);
      scatterPlan(problem, active, problem.unit, grad);
    }
    return out.finish(value);
  },
}, {
  aliases: ['entropic-ot', 'sinkhorn-distance'],
  family: 'transport',
  title: 'Sinkhorn (entropic OT) cost',
  summary: 'Transport cost <P*, M> of the entropy-regularised optimal plan between two histograms.',
  formula: 'value = <P*, M>,  P* = argmin <P, M> + reg Σ P log P  s.t. P 1 = a, P^T 1 = b',
  behaviour: 'A smooth, differentiable stand-in for the exact transport cost: reg blurs the plan (larger reg, smoother gradients, more bias; reg -> 0 approaches emd). Use it to compare point clouds or histograms under a ground cost; cost matrix gradients flow through the plan.',
  matches: 'ot.sinkhorn2(a, b, M, reg, method="sinkhorn_log") (POT), converged',
  anchors: { other: ['POT ot.sinkhorn2', 'Cuturi 2013, Sinkhorn distances'] },
  example: { inputs: { cost: [[0, 1], [1, 0]], a: [0.5, 0.5], b: [0.5, 0.5] }, options: { reg: 1 }, note: 'POT docstring: 1 / (1 + e)' },
});

/** Beyond this relative marginal error the last iterate is too far from the fixed point to stand for it (its cost is off by up to this times the largest cost). */
const USABLE_MARGINAL_ERROR = 1e-4;

/**
 * The iteration must have come close to the fixed point: an iterate whose row marginals are
 * off by more than 1e-4 of the mass (or NaN, when cost / reg overflowed) gives a value that
 * is not the Sinkhorn cost (reg = 1e-300 once returned 0.30 where emd gives 0.22). Small reg
 * needs about max|cost| / reg iterations, and below about 1e-12 max|cost| float64 cannot
 * resolve the potentials at all.
 */
function requireConverged(loss: string, problem: TransportProblem, marginalError: number, settings: { reg: number; maxIterations: number; tolerance: number }): void {
  const relative = marginalError / problem.mass;
  if (relative <= Math.max(settings.tolerance, USABLE_MARGINAL_ERROR)) return;
  let largest = 0;
  for (const c of problem.cost) largest = Math.max(largest, Math.abs(c));
  const ratio = largest / settings.reg;
  // A large cost / reg is what slows (or defeats) the iteration: blame whichever of the two is
  // farther from 1; otherwise there were simply too few iterations (an error not yet measured,
  // after one iteration, is Infinity).
  const culprit = !(ratio >= 1e6) && !Number.isNaN(relative) ? 'maxIterations'
    : Math.abs(Math.log2(largest)) > Math.abs(Math.log2(settings.reg)) ? 'cost' : 'reg';
  throw new LossError(
    'option',
    `${loss}: did not converge within maxIterations = ${settings.maxIterations}: the row marginals are off by ${relative.toPrecision(3)} of the mass `
      + `(costs up to ${largest.toPrecision(3)} over reg = ${settings.reg} is ${ratio.toPrecision(3)}; iterations grow with it, and past about 1e12 float64 cannot converge). `
      + (culprit === 'cost' ? "Rescale 'cost' (or raise 'reg' with it)" : `Raise '${culprit}'${culprit === 'reg' ? ', or use emd for the exact cost' : ''}`),
    loss,
    culprit,
  );
}
