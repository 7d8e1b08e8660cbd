import { isNumber, keyOf, node, type ApplyNode, type Node } from './ast.js';
import type { Operator } from './operators.js';
import { Simplifier } from './simplify.js';

/**
 * Symbolic reverse-mode differentiation. The tree is read as a graph of distinct subtrees
 * (a subtree written three times is one node), each node's adjoint is the sum of what its
 * parents send it, and each operator says what it sends to each argument. The adjoints are
 * built through the simplifier, so the result is simplified as it grows.
 *
 * Kinks follow PyTorch: d|x|/dx = sign(x) (0 at 0), relu'(0) = 0, max and min split the
 * gradient evenly at ties (torch.maximum), clamp passes it to x on [lo, hi] inclusive, sqrt'(0) =
 * Infinity (as torch.sqrt), where(c, a, b) sends it only to the branch taken, d(a^b)/db = 0
 * where a = 0 and b >= 0, max_c splits it evenly among tied maxima (torch.amax).
 *
 * On the class axis: a per-row adjoint reaching a per-class node applies to every class,
 * and what a per-class node sends to a per-row argument is summed over the classes.
 */

const num = (value: number) => node.number(value);

/** What node `n` with adjoint `A` sends to its argument `i`; null when nothing (a boolean, an index). */
function contribution(n: ApplyNode, i: number, A: Node, s: Simplifier): Node | null {
  const apply = (op: Operator, ...args: Node[]) => s.apply(op, args);
  const times = (...factors: Node[]) => s.apply('mul', [A, ...factors]);
  const whereTaken = (condition: Node, tie: Node | null) => apply('where', condition, A, tie ? apply('where', tie, times(num(0.5)), num(0)) : num(0));
  const [a, b, c] = n.args as [Node, Node, Node];
  switch (n.op) {
    case 'add': return A;
    case 'sub': return i === 0 ? A : times(num(-1));
    case 'neg': return times(num(-1));
    case 'mul': return times(...n.args.filter((_, k) => k !== i));
    case 'div': return i === 0 ? times(apply('pow', b, num(-1))) : times(num(-1), a, apply('pow', b, num(-2)));
    case 'pow':
      if (i === 0) {
        if (isNumber(b)) return b.value === 0 ? null : times(b, apply('pow', a, num(b.value - 1)));
        return apply('where', apply('eq', b, num(0)), num(0), times(b, apply('pow', a, apply('sub', b, num(1)))));
      }
      return apply('where', apply('and', apply('eq', a, num(0)), apply('ge', b, num(0))), num(0), times(n, apply('log', a)));
    case 'exp': return times(n);
    case 'log': return times(apply('pow', a, num(-1)));
    case 'log1p': return times(apply('pow', apply('add', num(1), a), num(-1)));
    case 'expm1': return times(apply('exp', a));
    case 'sqrt': return times(num(0.5), apply('pow', n, num(-1)));
    case 'tanh': return times(apply('sub', num(1), apply('pow', n, num(2))));
    case 'cosh': return times(apply('sinh', a));
    case 'sinh': return times(apply('cosh', a));
    // sigma'(x) = sigma(x) sigma(-x): no 1 - sigma(x) cancelling to 0 for confident logits.
    case 'sigmoid': return times(n, apply('sigmoid', apply('neg', a)));
    case 'softplus': return times(apply('sigmoid', a));
    case 'logcosh': return times(apply('tanh', a));
    case 'relu': return apply('where', apply('gt', a, num(0)), A, num(0));
    case 'abs': return times(apply('sign', a));
    case 'min': return i === 0 ? whereTaken(apply('lt', a, b), apply('eq', a, b)) : whereTaken(apply('lt', b, a), apply('eq', a, b));
    case 'max': return i === 0 ? whereTaken(apply('gt', a, b), apply('eq', a, b)) : whereTaken(apply('gt', b, a), apply('eq', a, b));
    case 'clamp': {
      // min(max(x, lo), hi): hi when max(x, lo) > hi, else lo when x < lo, else x (so x on
      // [lo, hi] inclusive, as torch.clamp; with lo > hi the result, and gradient, is hi's).
      const high = apply('gt', apply('max', a, b), c);
      if (i === 2) return whereTaken(high, null);
      return whereTaken(apply('and', apply('not', high), i === 0 ? apply('ge', a, b) : apply('lt', a, b)), null);
    }
    case 'where': return i === 0 ? null : i === 1 ? apply('where', a, A, num(0)) : apply('where', a, num(0), A);
    case 'sum_c': return A;
    case 'max_c': {
      const tied = apply('eq', a, n);
      return times(tied, apply('pow', apply('sum_c', tied), num(-1)));
    }
    case 'logsumexp_c': return times(apply('softmax_c', a));
    case 'softmax_c': return apply('mul', n, apply('sub', A, apply('sum_c', apply('mul', A, n))));
    case 'log_softmax_c': return apply('sub', A, apply('mul', apply('softmax_c', a), apply('sum_c', A)));
    case 'pick': return i === 0 ? times(apply('onehot', b)) : null;
    default: return null; // comparisons, logic, sign, onehot: zero almost everywhere
  }
}

/** Distinct subtrees of `root`, arguments before the nodes that use them. */
function topologicalOrder(root: Node): Node[] {
  const order: Node[] = [];
  const seen = new Set<string>();
  const stack: Array<{ n: Node; next: number }> = [{ n: root, next: 0 }];
  seen.add(keyOf(root));
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const args = top.n.kind === 'apply' ? top.n.args : [];
    if (top.next < args.length) {
      const arg = args[top.next++]!;
      const key = keyOf(arg);
      if (!seen.has(key)) { seen.add(key); stack.push({ n: arg, next: 0 }); }
    } else {
      stack.pop();
      order.push(top.n);
    }
  }
  return order;
}

/**
 * The gradient of `root` (one value per element or per row) with respect to each input in
 * `wrt`, simplified. An input the tree does not read gets 0.
 */
export function differentiate(root: Node, wrt: readonly string[], simplifier: Simplifier = new Simplifier()): Map<string, Node> {
  const order = topologicalOrder(root);
  const wanted = new Set(wrt);
  const depends = new Set<string>();
  for (const n of order) {
    const reads = n.kind === 'input' ? wanted.has(n.name) : n.kind === 'apply' && n.args.some((arg) => depends.has(keyOf(arg)));
    if (reads) depends.add(keyOf(n));
  }
  const sent = new Map<string, Node[]>([[keyOf(root), [num(1)]]]);
  const result = new Map<string, Node>(wrt.map((name) => [name, num(0)]));
  const levels = simplifier.levels;
  for (let k = order.length - 1; k >= 0; k--) {
    const n = order[k]!;
    const parts = sent.get(keyOf(n));
    if (!parts || !depends.has(keyOf(n))) continue;
    const adjoint = parts.length === 1 ? parts[0]! : simplifier.apply('add', parts);
    if (n.kind === 'input') { result.set(n.name, adjoint); continue; }
    if (n.kind !== 'apply') continue;
    n.args.forEach((arg, i) => {
      if (!depends.has(keyOf(arg))) return;
      let part = contribution(n, i, adjoint, simplifier);
      if (!part || isNumber(part, 0)) return;
      if (levels.of(part) > levels.of(arg)) part = simplifier.apply('sum_c', [part]);
      const list = sent.get(keyOf(arg));
      if (list) list.push(part);
      else sent.set(keyOf(arg), [part]);
    });
  }
  return result;
}
