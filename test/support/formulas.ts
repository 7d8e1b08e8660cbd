import fc from 'fast-check';
import { compileFormula, node, type CompiledFormula, type Node } from '../../src/index.js';

/**
 * Random formula trees for the property tests, and a direct way to run a compiled formula's
 * kernel on plain numbers (one element, or one row of classes).
 */

const UNARY = ['neg', 'abs', 'exp', 'log', 'log1p', 'expm1', 'sqrt', 'tanh', 'sigmoid', 'softplus', 'relu', 'cosh', 'logcosh', 'sign'] as const;
const BINARY = ['add', 'sub', 'mul', 'div', 'min', 'max'] as const;

/** A number with few digits (so folding and printing stay exact). */
const constant = fc.integer({ min: -30, max: 30 }).map((k) => node.number(k / 10));

function trees(leaf: fc.Arbitrary<Node>) {
  return fc.letrec<{ tree: Node }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(fc.constantFrom(...UNARY), tie('tree')).map(([op, a]) => node.apply(op, a)),
      fc.tuple(fc.constantFrom(...BINARY), tie('tree'), tie('tree')).map(([op, a, b]) => node.apply(op, a, b)),
      fc.tuple(tie('tree'), fc.constantFrom(2, 3, -1, 0.5, 1.5)).map(([a, k]) => node.apply('pow', a, node.number(k))),
      fc.tuple(fc.constantFrom('lt', 'gt', 'le', 'ge') as fc.Arbitrary<'lt' | 'gt' | 'le' | 'ge'>, tie('tree'), tie('tree'), tie('tree'), tie('tree'))
        .map(([cmp, a, b, c, d]) => node.apply('where', node.apply(cmp, a, b), c, d)),
      fc.tuple(tie('tree'), tie('tree'), tie('tree')).map(([a, b, c]) => node.apply('clamp', a, b, c)),
    ),
  })).tree;
}

/** Elementwise formulas over `input`, `target` and the option `k`. */
export const elementwiseFormula = trees(fc.oneof(
  fc.constant(node.input('input')), fc.constant(node.input('target')), fc.constant(node.option('k')), constant,
));

/** Per-class trees over the logits `input`. */
const perClass = trees(fc.oneof(fc.constant(node.input('input')), constant, fc.constant(node.input('input'))))
  .map((t) => (t.kind === 'number' ? node.apply('mul', t, node.input('input')) : t));

/** Class-axis formulas: one value per row from reductions and picks of per-class trees. */
export const classFormula = fc.letrec<{ row: Node }>((tie) => ({
  row: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(fc.constantFrom('sum_c', 'max_c', 'logsumexp_c') as fc.Arbitrary<'sum_c' | 'max_c' | 'logsumexp_c'>, perClass).map(([op, a]) => node.apply(op, a)),
    perClass.map((a) => node.apply('pick', a, node.input('target'))),
    fc.tuple(fc.constantFrom('softmax_c', 'log_softmax_c') as fc.Arbitrary<'softmax_c' | 'log_softmax_c'>, perClass)
      .map(([op, a]) => node.apply('pick', node.apply(op, a), node.input('target'))),
    fc.tuple(fc.constantFrom('add', 'sub', 'mul') as fc.Arbitrary<'add' | 'sub' | 'mul'>, tie('row'), tie('row')).map(([op, a, b]) => node.apply(op, a, b)),
    fc.tuple(fc.constantFrom('tanh', 'softplus', 'neg') as fc.Arbitrary<'tanh' | 'softplus' | 'neg'>, tie('row')).map(([op, a]) => node.apply(op, a)),
  ),
})).row;

export function compileElementwise(tree: Node, backend: 'source' | 'closures' = 'source'): CompiledFormula {
  return compileFormula({ formula: tree, inputs: [{ name: 'input' }, { name: 'target' }], options: ['k'], backend });
}

export function compileClass(tree: Node, backend: 'source' | 'closures' = 'source'): CompiledFormula {
  return compileFormula({ formula: tree, inputs: [{ name: 'input', layout: 'class' }, { name: 'target', layout: 'index' }], options: [], backend });
}

/** Value and gradient (with respect to input) of one element through the compiled kernel. */
export function runElement(compiled: CompiledFormula, x: number, t: number, k: number): { value: number; grad: number } {
  const grad = new Float64Array(1);
  const kernel = compiled.kernel({ grad: true, weighted: false, dtype: 'float64' });
  const value = kernel([Float64Array.of(x), Float64Array.of(t), new Float64Array(1)], Float64Array.of(k), [grad, null, null], null, new Float64Array(4), 1, 1, 1, 1);
  return { value, grad: grad[0]! };
}

/** Value of one row of logits and its gradient through the compiled kernel. */
export function runRow(compiled: CompiledFormula, logits: Float64Array, target: number): { value: number; grad: Float64Array } {
  const grad = new Float64Array(logits.length);
  const kernel = compiled.kernel({ grad: true, weighted: false, dtype: 'float64' });
  const value = kernel([logits, Int32Array.of(target), new Float64Array(1)], new Float64Array(0), [grad, null, null], null, new Float64Array(4), 1, logits.length, 1, 1);
  return { value, grad };
}
