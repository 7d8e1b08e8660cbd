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

/**
 * Structural identity by hash-consing: every distinct structure gets one number, so equality
 * is one comparison and map keys stay short however large the trees (a gradient shares its
 * subtrees; spelled out it can be thousands of nodes). A structure's entry leaves the table
 * when the last node with it is collected, so generating formulas for hours does not grow it.
 */
const ids = new WeakMap<Node, number>();
const table = new Map<string, { id: number; count: number }>();
const released = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry<string>((signature) => {
    const entry = table.get(signature);
    if (entry && --entry.count === 0) table.delete(signature);
  })
  : null;
let nextId = 1;

function signatureOf(n: Node): string {
  switch (n.kind) {
    case 'number': return Object.is(n.value, -0) ? '#-0' : `#${n.value}`;
    case 'input': return `i:${n.name}`;
    case 'option': return `o:${n.name}`;
    case 'classes': return 'C';
    case 'apply': return `${n.op}(${n.args.map(idOf).join(',')})`;
  }
}

/** The node's structure number: equal numbers mean structurally equal trees. */
export function idOf(n: Node): number {
  const known = ids.get(n);
  if (known !== undefined) return known;
  const signature = signatureOf(n);
  let entry = table.get(signature);
  if (entry) entry.count++;
  else {
    entry = { id: nextId++, count: 1 };
    table.set(signature, entry);
  }
  ids.set(n, entry.id);
  released?.register(n, signature);
  return entry.id;
}

/** A short string naming the node's structure (for Map keys). */
export function keyOf(n: Node): string {
  return String(idOf(n));
}

const rank = (n: Node): number => (n.kind === 'number' ? 0 : n.kind === 'classes' ? 1 : n.kind === 'option' ? 2 : n.kind === 'input' ? 3 : 4);

/**
 * A total order on structures, the same in every run: numbers by value, then C, options,
 * inputs by name, then applications by operator and arguments. Canonical forms sort the
 * arguments of commutative operators with it.
 */
export function compareNodes(a: Node, b: Node): number {
  if (a === b || idOf(a) === idOf(b)) return 0;
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  if (a.kind === 'number' && b.kind === 'number') return a.value - b.value || (Object.is(a.value, -0) ? -1 : 1);
  if ((a.kind === 'input' || a.kind === 'option') && (b.kind === 'input' || b.kind === 'option')) return a.name < b.name ? -1 : 1;
  if (a.kind !== 'apply' || b.kind !== 'apply') return 0;
  if (a.op !== b.op) return a.op < b.op ? -1 : 1;
  for (let i = 0; i < Math.min(a.args.length, b.args.length); i++) {
    const order = compareNodes(a.args[i]!, b.args[i]!);
    if (order !== 0) return order;
  }
  return a.args.length - b.args.length;
}

export function sameNode(a: Node, b: Node): boolean {
  return a === b || idOf(a) === idOf(b);
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
  const seen = new Set<number>();
  const visit = (n: Node): void => {
    if (seen.has(idOf(n))) return;
    seen.add(idOf(n));
    if (n.kind === 'apply') n.args.forEach(visit);
  };
  visit(root);
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
