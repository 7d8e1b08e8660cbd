import type { Node } from './ast.js';
import type { CompiledFormula } from './compile.js';
import { DualPool, dualOps, watchedOps } from './dual.js';
import { findBreak, type RowValue } from './evaluate.js';
import type { LossFunctionBody } from './implementations.js';
import { formatFormula } from './print.js';
import type { KernelInput } from './schedule.js';

/**
 * Where a custom loss breaks at one element (or row): the subexpression of the formula whose
 * value is the first non-finite one on the live path (`exp(input) = Infinity (arguments
 * 710)`), or the first ops call of a JavaScript function that turns finite arguments into a
 * non-finite result. Used by the registration checks' warnings and by the errors of a call.
 */

export type ExplainInputs = Readonly<Record<string, { readonly data: ArrayLike<number>; readonly shape: readonly number[] }>>;

/** The break of a formula at `element`, in words. */
export function explainFormula(
  compiled: CompiledFormula, inputs: ExplainInputs, options: Readonly<Record<string, number>>, element: number, classes: number,
): string {
  const values = new Map<string, RowValue>();
  for (const spec of compiled.inputs) {
    const data = inputs[spec.name]!.data;
    if (compiled.mode === 'elementwise' || spec.layout === 'row' || spec.layout === 'index') values.set(spec.name, data[element]!);
    else if (spec.layout === 'class-vector') values.set(spec.name, Float64Array.from(data));
    else values.set(spec.name, Float64Array.from(Array.prototype.slice.call(data, element * classes, (element + 1) * classes) as number[]));
  }
  const env = { inputs: values, options: new Map(Object.entries(options)), classes };
  const trees: Array<[string, Node]> = [['the value', compiled.simplified], ...[...compiled.gradients].map(([n, g]): [string, Node] => [`the gradient for ${n}`, g])];
  for (const [what, tree] of trees) {
    const broken = findBreak(tree, env);
    if (!broken) continue;
    const args = broken.args.map((a) => (typeof a === 'number' ? String(a) : `[${Array.from(a).join(', ')}]`));
    const value = typeof broken.value === 'number' ? String(broken.value) : 'non-finite values';
    return `in ${what}, ${formatFormula(broken.node)} = ${value}${args.length ? ` (arguments ${args.join(', ')})` : ''}`;
  }
  return 'no single subexpression (the kernel overflows where the formula does not)';
}

/** The first ops call of a loss function that breaks at `element`, in words. */
export function explainFunction(
  fn: LossFunctionBody, inputs: readonly KernelInput[], differentiable: string, given: ExplainInputs,
  options: Readonly<Record<string, number>>, element: number,
): string {
  let found = '';
  const pool = new DualPool();
  const ops = watchedOps(dualOps(pool), (op, args, result) => {
    if (!found) found = `ops.${op}(${args.join(', ')}) = ${result.value} (derivative ${result.derivative})`;
  });
  const args: unknown[] = inputs.map((spec) => given[spec.name]!.data[element]);
  const slot = inputs.findIndex((s) => s.name === differentiable);
  args[slot] = pool.make(args[slot] as number, 1);
  fn(...args, ops, options);
  return found || 'no single ops call (a JavaScript operator or Math.* call overflowed)';
}
