import type { Node } from './ast.js';
import { operatorInfo } from './operators.js';

/**
 * A direct interpreter of formula trees over one element (or one row of classes): the
 * reference the compiled kernels are tested against, and the tool that finds which
 * subexpression of a formula overflows. Not for hot loops (it allocates per node).
 *
 * Per-class values are Float64Arrays of length C; per-row values are numbers.
 */
export type RowValue = number | Float64Array;

export interface RowEnv {
  /** Each input's value: a number (per element / per row, or a class index) or a row of C values. */
  readonly inputs: ReadonlyMap<string, RowValue>;
  readonly options: ReadonlyMap<string, number>;
  /** C of a class-axis loss (1 for elementwise losses). */
  readonly classes: number;
}

function map(values: readonly RowValue[], classes: number, f: (...xs: number[]) => number): RowValue {
  if (values.every((v) => typeof v === 'number')) return f(...(values as number[]));
  const out = new Float64Array(classes);
  const args = new Array<number>(values.length);
  for (let c = 0; c < classes; c++) {
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      args[k] = typeof v === 'number' ? v : v[c]!;
    }
    out[c] = f(...args);
  }
  return out;
}

function row(v: RowValue, classes: number): Float64Array {
  return typeof v === 'number' ? new Float64Array(classes).fill(v) : v;
}

function logSumExpRow(x: Float64Array): number {
  let max = -Infinity;
  for (const v of x) if (v > max) max = v;
  const shift = Number.isFinite(max) ? max : 0;
  let sum = 0;
  for (const v of x) sum += Math.exp(v - shift);
  return shift + Math.log(sum);
}

function classIndex(v: RowValue): number {
  if (typeof v !== 'number') throw new TypeError('custom: a class index must be one integer per row');
  return v;
}

/** The value of one node given its arguments' values. */
function applyNode(n: Node & { kind: 'apply' }, args: readonly RowValue[], env: RowEnv): RowValue {
  const C = env.classes;
  const info = operatorInfo(n.op);
  const [a, b] = args as [RowValue, RowValue];
  switch (n.op) {
    case 'sum_c': return row(a, C).reduce((s, v) => s + v, 0);
    case 'max_c': return row(a, C).reduce((m, v) => Math.max(m, v), -Infinity);
    case 'logsumexp_c': return logSumExpRow(row(a, C));
    case 'softmax_c': case 'log_softmax_c': {
      const x = row(a, C);
      const lse = logSumExpRow(x);
      return x.map((v) => (n.op === 'softmax_c' ? Math.exp(v - lse) : v - lse));
    }
    case 'pick': return typeof a === 'number' ? a : a[classIndex(b)]!;
    case 'onehot': {
      const out = new Float64Array(C);
      const t = classIndex(a);
      if (t >= 0 && t < C) out[t] = 1;
      return out;
    }
    default: return map(args, C, info.evaluate!);
  }
}

function leaf(n: Node, env: RowEnv): RowValue {
  switch (n.kind) {
    case 'number': return n.value;
    case 'classes': return env.classes;
    case 'option': {
      const value = env.options.get(n.name);
      if (value === undefined) throw new TypeError(`custom: no value for option '${n.name}'`);
      return value;
    }
    case 'input': {
      const value = env.inputs.get(n.name);
      if (value === undefined) throw new TypeError(`custom: no value for input '${n.name}'`);
      return value;
    }
    case 'apply': throw new TypeError('custom: not a leaf');
  }
}

/** Evaluates every distinct node once; calls `visit` on each in argument-first order. */
export function evaluateTree(root: Node, env: RowEnv, visit?: (n: Node, value: RowValue, args: readonly RowValue[]) => void): RowValue {
  const memo = new Map<Node, RowValue>();
  const stack: Array<{ n: Node; next: number }> = [{ n: root, next: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const args = top.n.kind === 'apply' ? top.n.args : [];
    if (top.next < args.length) {
      const arg = args[top.next++]!;
      if (!memo.has(arg)) stack.push({ n: arg, next: 0 });
      continue;
    }
    stack.pop();
    if (memo.has(top.n)) continue;
    const values = args.map((arg) => memo.get(arg)!);
    const value = top.n.kind === 'apply' ? applyNode(top.n, values, env) : leaf(top.n, env);
    memo.set(top.n, value);
    visit?.(top.n, value, values);
  }
  return memo.get(root)!;
}

const finite = (v: RowValue) => (typeof v === 'number' ? Number.isFinite(v) : v.every(Number.isFinite));

/**
 * Where a formula breaks at this point: from the (non-finite) root down through non-finite
 * arguments (the taken branch of a where), to the first subexpression whose value is not
 * finite although all its arguments are. Null when the value is finite.
 */
export function findBreak(root: Node, env: RowEnv): { node: Node; value: RowValue; args: readonly RowValue[] } | null {
  const values = new Map<Node, RowValue>();
  evaluateTree(root, env, (n, value) => values.set(n, value));
  if (finite(values.get(root)!)) return null;
  let n = root;
  for (;;) {
    if (n.kind !== 'apply') break;
    const condition = n.op === 'where' ? values.get(n.args[0]!)! : null;
    const live = typeof condition === 'number' ? [n.args[0]!, condition !== 0 ? n.args[1]! : n.args[2]!] : n.args;
    const next = live.find((arg) => !finite(values.get(arg)!));
    if (!next) break;
    n = next;
  }
  return { node: n, value: values.get(n)!, args: n.kind === 'apply' ? n.args.map((arg) => values.get(arg)!) : [] };
}
