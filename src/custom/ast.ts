/**
 * The formula tree of a custom loss. Five node kinds: a number, a named input, a named option,
 * the class count, and an operator applied to arguments. Every operator is an entry of the
 * table in operators.ts; nothing else can appear in a tree, so a tree is data, whatever text
 * it was parsed from. Trees are immutable and may share subtrees.
 *
 * The constructors below are the programmatic way to build formulas (the loss search builds
 * them directly, without text).
 */
import { isOperator, type Operator } from './operators.js';

export type Node = NumberNode | InputNode | OptionNode | ClassesNode | ApplyNode;

export interface NumberNode { readonly kind: 'number'; readonly value: number }
export interface InputNode { readonly kind: 'input'; readonly name: string }
export interface OptionNode { readonly kind: 'option'; readonly name: string }
/** The number of classes C of a class-axis loss (`num_classes` in a formula). */
export interface ClassesNode { readonly kind: 'classes' }
export interface ApplyNode { readonly kind: 'apply'; readonly op: Operator; readonly args: readonly Node[] }

const CLASSES: ClassesNode = Object.freeze({ kind: 'classes' });

/** Node constructors. `apply` checks the operator against the whitelist. */
export const node = {
  number(value: number): NumberNode {
    if (typeof value !== 'number') throw new TypeError(`custom: a number node needs a number, received ${typeof value}`);
    return Object.freeze({ kind: 'number', value });
  },
  input(name: string): InputNode {
    return Object.freeze({ kind: 'input', name: String(name) });
  },
  option(name: string): OptionNode {
    return Object.freeze({ kind: 'option', name: String(name) });
  },
  classes(): ClassesNode {
    return CLASSES;
  },
  apply(op: Operator, ...args: Node[]): ApplyNode {
    if (!isOperator(op)) throw new TypeError(`custom: unknown operator '${String(op)}'`);
    return Object.freeze({ kind: 'apply', op, args: Object.freeze(args) });
  },
};

const keys = new WeakMap<Node, string>();

/**
 * A canonical string for a node: equal keys mean structurally equal trees. Numbers are keyed
 * by their exact value (-0 apart from 0).
 */
export function keyOf(n: Node): string {
  const known = keys.get(n);
  if (known !== undefined) return known;
  let key: string;
  switch (n.kind) {
    case 'number': key = Object.is(n.value, -0) ? '#-0' : `#${n.value}`; break;
    case 'input': key = `i:${n.name}`; break;
    case 'option': key = `o:${n.name}`; break;
    case 'classes': key = 'C'; break;
    case 'apply': key = `${n.op}(${n.args.map(keyOf).join(',')})`; break;
  }
  keys.set(n, key);
  return key;
}

export function sameNode(a: Node, b: Node): boolean {
  return a === b || keyOf(a) === keyOf(b);
}

export function isNumber(n: Node): n is NumberNode;
/** True for the number `value` (not a type guard: other numbers remain possible). */
export function isNumber(n: Node, value: number): boolean;
export function isNumber(n: Node, value?: number): boolean {
  return n.kind === 'number' && (value === undefined || n.value === value);
}

export function isApply<O extends Operator>(n: Node, op: O): n is ApplyNode & { readonly op: O } {
  return n.kind === 'apply' && n.op === op;
}

/** Every node of the tree once per occurrence, children before parents. */
export function* walk(root: Node): Generator<Node> {
  const stack: Array<{ n: Node; i: number }> = [{ n: root, i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const args = top.n.kind === 'apply' ? top.n.args : [];
    if (top.i < args.length) stack.push({ n: args[top.i++]!, i: 0 });
    else {
      stack.pop();
      yield top.n;
    }
  }
}

/** Number of nodes counted once per distinct subtree (what the compiled kernel computes). */
export function distinctNodes(root: Node): number {
  const seen = new Set<string>();
  for (const n of walk(root)) seen.add(keyOf(n));
  return seen.size;
}

/** Number of nodes as written (shared subtrees counted each time). */
export function nodeCount(root: Node): number {
  let count = 0;
  for (const _ of walk(root)) count++;
  return count;
}

/** The names of the inputs (or options) a tree reads, in first-use order. */
export function namesUsed(root: Node, kind: 'input' | 'option'): string[] {
  const names: string[] = [];
  for (const n of walk(root)) if (n.kind === kind && !names.includes(n.name)) names.push(n.name);
  return names;
}

/** True when `root` contains a node for which `test` holds. */
export function contains(root: Node, test: (n: Node) => boolean): boolean {
  for (const n of walk(root)) if (test(n)) return true;
  return false;
}
