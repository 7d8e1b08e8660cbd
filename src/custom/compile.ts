import { LossError } from '../core/errors.js';
import { contains, namesUsed, node, walk, type Node } from './ast.js';
import { compileClosures } from './closures.js';
import { compileSource, generateSource, type KernelFunction } from './codegen.js';
import { differentiate } from './differentiate.js';
import { Levels } from './levels.js';
import { isClassOperator, type Operator } from './operators.js';
import { parseFormula, type FormulaScope } from './parse.js';
import { schedule, type KernelInput, type Layout, type Program } from './schedule.js';
import { Simplifier } from './simplify.js';

/**
 * The formula pipeline: parse -> simplify (with the stability rewrites) -> differentiate ->
 * simplify -> schedule -> generate a fused kernel, value and gradient in one pass over the
 * data. Each stage is exported on its own (parseFormula, simplify, differentiate, schedule,
 * generateSource) for tools that build formulas programmatically; `compileFormula` runs them all.
 */

export type Backend = 'source' | 'closures';

/** The name of the optional per-element (per-row) weight input every custom loss accepts. */
export const SAMPLE_WEIGHT = 'sampleWeight';

export interface FormulaRequest {
  /** Formula text, or a tree built with the `node` constructors. */
  readonly formula: string | Node;
  /** The loss's inputs in order; a layout given here wins over the inferred one. */
  readonly inputs: ReadonlyArray<{ readonly name: string; readonly layout?: Layout }>;
  readonly options: readonly string[];
  /** Inputs to differentiate with respect to (default: the first). */
  readonly differentiable?: readonly string[];
  /** 'source' (generated JavaScript, the default, falling back to closures where forbidden) or 'closures'. */
  readonly backend?: Backend;
  /** The name errors start with. */
  readonly loss?: string;
}

export interface KernelVariant {
  readonly grad: boolean;
  readonly weighted: boolean;
  readonly dtype: 'float32' | 'float64';
}

export interface CompiledFormula {
  /** The tree as written. */
  readonly tree: Node;
  /** After simplification and the stability rewrites: what the kernel computes. */
  readonly simplified: Node;
  /** Simplified gradient of one element's (one row's) loss by differentiable input. */
  readonly gradients: ReadonlyMap<string, Node>;
  readonly mode: 'elementwise' | 'class';
  readonly inputs: readonly KernelInput[];
  readonly options: readonly string[];
  readonly differentiable: readonly string[];
  /** The back end in use ('closures' where generated code is forbidden). */
  readonly backend: Backend;
  /**
   * Elementwise formulas whose value is non-finite whenever an input is (see revealedInputs):
   * the kernels then skip the fused finiteness scan of the inputs.
   */
  readonly revealsNonFinite: boolean;
  /** The kernel program of a variant (compiled once per variant and dtype, on first use). */
  program(variant: Omit<KernelVariant, 'dtype'>): Program;
  kernel(variant: KernelVariant): KernelFunction;
}

function fail(loss: string, message: string): never {
  throw new LossError('option', `${loss}: ${message}`, loss, 'formula');
}

/** Layouts from how the tree uses each input, unless given. */
function inferLayouts(tree: Node, request: FormulaRequest, differentiable: readonly string[], loss: string): KernelInput[] {
  const classMode = contains(tree, (n) => n.kind === 'apply' && isClassOperator(n.op))
    || request.inputs.some((i) => i.layout !== undefined && i.layout !== 'element' && i.layout !== 'row');
  const indexNames = new Set<string>();
  for (const n of walk(tree)) {
    if (n.kind === 'apply' && (n.op === 'pick' || n.op === 'onehot')) {
      const index = n.op === 'pick' ? n.args[1]! : n.args[0]!;
      if (index.kind !== 'input') fail(loss, `${n.op === 'pick' ? 'the index in [...]' : 'onehot\'s argument'} must be an integer input such as target`);
      indexNames.add(index.name);
    }
  }
  return request.inputs.map(({ name, layout }) => {
    const inferred: Layout = !classMode ? 'element' : indexNames.has(name) ? 'index' : 'class';
    const chosen = layout ?? inferred;
    if (!classMode && chosen !== 'element' && chosen !== 'row') fail(loss, `input '${name}' has layout '${chosen}' but the formula has no class axis (no sum_c, max_c, logsumexp_c, softmax_c, log_softmax_c, onehot or [index])`);
    if (indexNames.has(name) && chosen !== 'index') fail(loss, `input '${name}' indexes classes in the formula, so its layout must be 'index', not '${chosen}'`);
    if (chosen === 'index' && differentiable.includes(name)) fail(loss, `input '${name}' holds class indices and cannot be differentiable`);
    return { name, layout: classMode && chosen === 'element' ? 'row' : chosen };
  });
}

/** Index inputs may only index: `x[target]`, `onehot(target)`. */
function checkIndexUse(tree: Node, indexNames: ReadonlySet<string>, loss: string): void {
  const visit = (n: Node, asIndex: boolean): void => {
    if (n.kind === 'input' && indexNames.has(n.name) && !asIndex) {
      fail(loss, `'${n.name}' holds class indices: use it as x[${n.name}] or onehot(${n.name}), not as a number`);
    }
    if (n.kind === 'apply') n.args.forEach((arg, i) => visit(arg, (n.op === 'pick' && i === 1) || n.op === 'onehot'));
  };
  visit(tree, false);
}

/**
 * Operators through which a non-finite argument always gives a non-finite result (IEEE:
 * inf + x, inf * 0, sqrt(-inf), log(inf) are all inf or NaN), by argument position; -1: all.
 * Not division's denominator (x / inf = 0), not exp, tanh, sigmoid, where, min, max, ...
 */
const REVEALING: Partial<Record<Operator, number>> = {
  add: -1, sub: -1, mul: -1, neg: -1, abs: -1, div: 0, sqrt: -1, log: -1, log1p: -1, cosh: -1, sinh: -1, logcosh: -1,
};

/**
 * The inputs whose non-finite values always make the value non-finite: those reached from
 * the root through revealing operators only (and powers with a positive numeric exponent).
 * A loss revealing all its inputs needs no scan of them while its reduced value is finite.
 */
export function revealedInputs(tree: Node): Set<string> {
  const found = new Set<string>();
  const visit = (n: Node): void => {
    if (n.kind === 'input') found.add(n.name);
    if (n.kind !== 'apply') return;
    if (n.op === 'pow') {
      const k = n.args[1]!;
      if (k.kind === 'number' && k.value > 0) visit(n.args[0]!);
      return;
    }
    const position = REVEALING[n.op];
    if (position === undefined) return;
    n.args.forEach((arg, i) => { if (position === -1 || position === i) visit(arg); });
  };
  visit(tree);
  return found;
}

function tryCompileSource(program: Program): KernelFunction | null {
  try {
    return compileSource(generateSource(program));
  } catch (error) {
    // EvalError: a Content-Security-Policy forbids new Function. Anything else is a bug.
    if (error instanceof EvalError) return null;
    throw error;
  }
}

/** Parses (when given text), simplifies, differentiates and prepares the kernels of a formula. */
export function compileFormula(request: FormulaRequest): CompiledFormula {
  const loss = request.loss ?? 'custom';
  const names = request.inputs.map((i) => i.name);
  const scope: FormulaScope = { inputs: names, options: request.options, loss };
  const tree = typeof request.formula === 'string' ? parseFormula(request.formula, scope) : request.formula;
  for (const name of namesUsed(tree, 'input')) if (!names.includes(name)) fail(loss, `the formula reads an undeclared input '${name}'`);
  for (const name of namesUsed(tree, 'option')) if (!request.options.includes(name)) fail(loss, `the formula reads an undeclared option '${name}'`);
  const differentiable = request.differentiable ?? names.slice(0, 1);
  const inputs = inferLayouts(tree, request, differentiable, loss);
  const mode = inputs.some((i) => i.layout === 'class' || i.layout === 'class-vector' || i.layout === 'index') ? 'class' : 'elementwise';
  const indexNames = new Set(inputs.filter((i) => i.layout === 'index').map((i) => i.name));
  checkIndexUse(tree, indexNames, loss);
  for (const name of differentiable) {
    if (!names.includes(name)) fail(loss, `differentiable input '${name}' is not an input (inputs: ${names.join(', ')})`);
    if (!namesUsed(tree, 'input').includes(name)) fail(loss, `the formula does not use its differentiable input '${name}'`);
  }
  const perClass = new Set(inputs.filter((i) => i.layout === 'class' || i.layout === 'class-vector').map((i) => i.name));
  const levels = new Levels(perClass);
  if (levels.of(tree) === 2) {
    fail(loss, 'the formula gives one value per class; a loss needs one value per row: reduce it with sum_c, max_c or logsumexp_c, or pick the true class with [target]');
  }
  const simplifier = new Simplifier(levels);
  const simplified = simplifier.simplify(tree);
  const gradients = differentiate(simplified, differentiable, simplifier);

  const revealed = revealedInputs(simplified);
  const revealsNonFinite = mode === 'elementwise' && inputs.every((i) => revealed.has(i.name));
  const allInputs: KernelInput[] = [...inputs, { name: SAMPLE_WEIGHT, layout: mode === 'class' ? 'row' : 'element' }];
  const weight = node.input(SAMPLE_WEIGHT);
  const programs = new Map<string, Program>();
  const kernels = new Map<string, KernelFunction>();
  let backend: Backend = request.backend ?? 'source';
  const program = ({ grad, weighted }: Omit<KernelVariant, 'dtype'>): Program => {
    const key = `${grad}|${weighted}`;
    let found = programs.get(key);
    if (!found) {
      const scale = (t: Node) => (weighted ? node.apply('mul', weight, t) : t);
      found = schedule({
        value: scale(simplified),
        grads: grad ? new Map([...gradients].map(([name, g]) => [name, scale(g)])) : new Map(),
        inputs: allInputs,
        options: request.options,
        checkFinite: revealsNonFinite ? [] : inputs.map((i) => i.name).filter((name) => !indexNames.has(name)),
      });
      programs.set(key, found);
    }
    return found;
  };
  return {
    tree, simplified, gradients, mode, inputs, options: request.options, differentiable, revealsNonFinite,
    get backend() { return backend; },
    program,
    kernel(variant) {
      const key = `${variant.grad}|${variant.weighted}|${variant.dtype}`;
      let kernel = kernels.get(key);
      if (!kernel) {
        const prepared = program(variant);
        kernel = backend === 'source' ? tryCompileSource(prepared) ?? undefined : undefined;
        if (!kernel) {
          backend = 'closures';
          kernel = compileClosures(prepared);
        }
        kernels.set(key, kernel);
      }
      return kernel;
    },
  };
}
