/**
 * The formula space (`--space formula|both`): losses written as custom-loss formulas
 * (src/custom), in two kinds, each one more choice of the space's `loss` parameter.
 *
 *  - `formula:poly`, PolyLoss-style coefficients (Leng et al. 2022): the task's cross-entropy
 *    plus the first three terms of its Taylor expansion in (1 − p_t), with searched
 *    coefficients, L = CE + ε₁(1 − p_t) + ε₂(1 − p_t)² + ε₃(1 − p_t)³ (Poly-1 is ε₂ = ε₃ = 0).
 *    p_t is the model's probability of the true class: sigmoid((2t − 1)·x) for a binary logit,
 *    softmax(x)[t] for class logits. Classification only: regression has no p_t.
 *  - `formula:tree`, expression trees over primitive operators, AutoLoss-Zero style (Li et al.
 *    2022): every node of a tree of depth ≤ 3 is a categorical parameter (define-by-run: a
 *    node's children exist only when its operator takes them), chosen among
 *      leaves — regression: z = (input − target) / scale (scale: the training targets' MAD,
 *        so the formula works in units of the data's spread), the constant 1;
 *        binary: the margin m = (2t − 1)·x, p_t, log p_t, 1; multiclass: p_t, log p_t, 1;
 *      unary — −a, |a|, 1/a, log a, exp a, tanh a, a², √a (AutoLoss-Zero's element-wise set);
 *      binary — a + b, a − b, a · b, a / b, max(a, b), min(a, b).
 *    TPE's categorical estimator then draws each node from the choices of the good trials
 *    (recombining their subtrees) smoothed by its prior (mutation), where AutoLoss-Zero
 *    evolves a population; random search draws trees uniformly, the same way.
 *
 * Most random trees are not losses (they reward errors, or overflow): before any training each
 * candidate passes the rejection check of formula-check.ts, and a rejected one is recorded as
 * pruned after 0 epochs, which puts it in TPE's bad group.
 */
import type { TrainingTask } from '../losses/index.js';
import { INLINE_PREFIX } from '../custom/index.js';
import type { Distribution, ParamValue } from './types.js';

/** One choice of the `loss` parameter that asks for further parameters of its own. */
export interface LossChoice {
  readonly name: string;
  /** Its parameters, for the report's importance table. */
  readonly parameters: Readonly<Record<string, Distribution>>;
  define(suggest: (name: string, distribution: Distribution) => ParamValue): { loss: string; lossOptions: Record<string, unknown> };
}

export const POLY_CHOICE = 'formula:poly';
export const TREE_CHOICE = 'formula:tree';
export const TREE_DEPTH = 3;

/** ε₁ as Poly-1's (ε₁ ≥ −1 keeps the loss decreasing in p_t near p_t = 1); the higher terms around 0. */
export const POLY_COEFFICIENTS: Readonly<Record<string, Distribution>> = {
  eps1: { kind: 'float', low: -1, high: 4, log: false },
  eps2: { kind: 'float', low: -1, high: 2, log: false },
  eps3: { kind: 'float', low: -1, high: 2, log: false },
};

/** The task's cross-entropy and its (1 − p_t) in the formula language, on logits `input`. */
const PROBABILITY_TERMS: Readonly<Record<'binary' | 'multiclass', { ce: string; rest: string; p: string; logp: string; margin?: string }>> = {
  binary: {
    ce: 'softplus(input) - input * target',
    rest: 'sigmoid((1 - 2 * target) * input)',
    p: 'sigmoid((2 * target - 1) * input)',
    logp: '-softplus((1 - 2 * target) * input)',
    margin: '(2 * target - 1) * input',
  },
  multiclass: {
    ce: '-log_softmax_c(input)[target]',
    rest: '(1 - softmax_c(input)[target])',
    p: 'softmax_c(input)[target]',
    logp: 'log_softmax_c(input)[target]',
  },
};

/** The PolyLoss-style formula of a classification task (coefficients as options eps1..eps3). */
export function polyFormula(task: 'binary' | 'multiclass'): string {
  const { ce, rest } = PROBABILITY_TERMS[task];
  return `${ce} + eps1 * ${rest} + eps2 * ${rest}^2 + eps3 * ${rest}^3`;
}

/** The leaves of a tree on `task`, as formula text by choice name. */
export function treeLeaves(task: TrainingTask): Readonly<Record<string, string>> {
  if (task === 'regression') return { z: '((input - target) / scale)', one: '1' };
  const terms = PROBABILITY_TERMS[task];
  return { ...(terms.margin ? { m: `(${terms.margin})` } : {}), p: terms.p, logp: `(${terms.logp})`, one: '1' };
}

const UNARY: Readonly<Record<string, (a: string) => string>> = {
  neg: (a) => `(-${a})`, abs: (a) => `abs(${a})`, inv: (a) => `(1 / ${a})`, log: (a) => `log(${a})`,
  exp: (a) => `exp(${a})`, tanh: (a) => `tanh(${a})`, square: (a) => `${a}^2`, sqrt: (a) => `sqrt(${a})`,
};
const BINARY: Readonly<Record<string, (a: string, b: string) => string>> = {
  add: (a, b) => `(${a} + ${b})`, sub: (a, b) => `(${a} - ${b})`, mul: (a, b) => `(${a} * ${b})`,
  div: (a, b) => `(${a} / ${b})`, max: (a, b) => `max(${a}, ${b})`, min: (a, b) => `min(${a}, ${b})`,
};
export const TREE_OPERATORS = { unary: Object.keys(UNARY), binary: Object.keys(BINARY) } as const;

/** The parameter of the node at `path` ('' is the root; '0'/'1' the first/second child): 'tree', 'tree.0', 'tree.01'. */
export function nodeParameter(path: string): string {
  return path ? `tree.${path}` : 'tree';
}

function nodeDistribution(task: TrainingTask, depth: number): Distribution {
  const leaves = Object.keys(treeLeaves(task));
  return { kind: 'categorical', choices: depth < TREE_DEPTH ? [...leaves, ...TREE_OPERATORS.unary, ...TREE_OPERATORS.binary] : leaves };
}

/** Every node parameter a tree may ask for (a full binary tree of depth TREE_DEPTH). */
function treeParameters(task: TrainingTask): Record<string, Distribution> {
  const parameters: Record<string, Distribution> = {};
  const visit = (path: string) => {
    parameters[nodeParameter(path)] = nodeDistribution(task, path.length);
    if (path.length < TREE_DEPTH) { visit(`${path}0`); visit(`${path}1`); }
  };
  visit('');
  return parameters;
}

/** Draws a tree node by node (define-by-run) and returns its formula text. */
export function drawTree(task: TrainingTask, suggest: (name: string, distribution: Distribution) => ParamValue, path = ''): string {
  const choice = String(suggest(nodeParameter(path), nodeDistribution(task, path.length)));
  const leaf = treeLeaves(task)[choice];
  if (leaf !== undefined) return leaf;
  const unary = UNARY[choice];
  if (unary) return unary(drawTree(task, suggest, `${path}0`));
  const binary = BINARY[choice];
  if (!binary) throw new Error(`search: unknown tree node '${choice}' at ${nodeParameter(path)}`);
  return binary(drawTree(task, suggest, `${path}0`), drawTree(task, suggest, `${path}1`));
}

/** Robust spread of the regression targets: 1.4826 · MAD (the standard deviation under normality), else the std, else 1. */
export function targetScale(targets: ArrayLike<number>): number {
  const values = Float64Array.from(targets).sort();
  const n = values.length;
  if (!n) return 1;
  const middle = (xs: Float64Array) => (xs.length % 2 ? xs[(xs.length - 1) / 2]! : (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2);
  const median = middle(values);
  const mad = 1.4826 * middle(values.map((v) => Math.abs(v - median)).sort());
  if (mad > 0) return mad;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
  return sd > 0 ? sd : 1;
}

/**
 * The formula choices of a task: the tree kind always, the PolyLoss kind for classification.
 * `scale` is the regression leaf's unit (targetScale of the training targets).
 */
export function formulaChoices(task: TrainingTask, scale = 1): LossChoice[] {
  const tree: LossChoice = {
    name: TREE_CHOICE,
    parameters: treeParameters(task),
    define: (suggest) => ({ loss: `${INLINE_PREFIX}${drawTree(task, suggest)}`, lossOptions: task === 'regression' ? { scale } : {} }),
  };
  if (task === 'regression') return [tree];
  const poly: LossChoice = {
    name: POLY_CHOICE,
    parameters: Object.fromEntries(Object.entries(POLY_COEFFICIENTS).map(([name, d]) => [`poly.${name}`, d])),
    define: (suggest) => ({
      loss: `${INLINE_PREFIX}${polyFormula(task)}`,
      lossOptions: Object.fromEntries(Object.entries(POLY_COEFFICIENTS).map(([name, d]) => [name, suggest(`poly.${name}`, d)])),
    }),
  };
  return [poly, tree];
}

/** The formula of a 'custom:' loss name, or undefined for a registry name. */
export function formulaOf(loss: string): string | undefined {
  return loss.startsWith(INLINE_PREFIX) ? loss.slice(INLINE_PREFIX.length) : undefined;
}

/** Leaves as the trial lines print them. */
const LEAF_NAMES: Readonly<Record<string, string>> = { z: 'z', m: 'm', p: 'p_t', logp: 'log(p_t)', one: '1' };

/**
 * A formula trial's loss in short from its parameters alone (no task needed): 'tree: abs(z)^2',
 * 'poly: CE + 0.31(1−p_t) − 0.2(1−p_t)² + 0.05(1−p_t)³'; undefined for a family trial.
 */
export function describeFormulaParams(params: Readonly<Record<string, ParamValue>>): string | undefined {
  if (params.loss === POLY_CHOICE) {
    const term = (name: string, power: string) => {
      const value = Number(params[`poly.${name}`]);
      return `${value < 0 ? '-' : '+'} ${Math.abs(value).toPrecision(2)}(1-p_t)${power}`;
    };
    return `poly: CE ${term('eps1', '')} ${term('eps2', '^2')} ${term('eps3', '^3')}`;
  }
  if (params.loss !== TREE_CHOICE) return undefined;
  const render = (path: string): string => {
    const choice = String(params[nodeParameter(path)]);
    const leaf = LEAF_NAMES[choice];
    if (leaf !== undefined) return leaf;
    if (UNARY[choice]) return UNARY[choice]!(render(`${path}0`));
    const binary = BINARY[choice];
    return binary ? binary(render(`${path}0`), render(`${path}1`)) : '?';
  };
  return `tree: ${render('')}`;
}
