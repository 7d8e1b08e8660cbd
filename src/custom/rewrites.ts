import { isApply, isNumber, node, sameNode, type Node } from './ast.js';
import type { Levels } from './levels.js';
import { operatorInfo, type Operator } from './operators.js';

/**
 * Rewrite rules applied by the simplifier after canonicalisation (simplify.ts).
 *
 * Stability rewrites turn a textbook formula into the form that stays finite and exact:
 *   log(1 + exp(x))       -> softplus(x)        (log of an overflowed exp is Infinity at x = 710)
 *   log1p(exp(x))         -> softplus(x)
 *   log(sigmoid(x))       -> -softplus(-x)      (log of an underflowed sigmoid is -Infinity)
 *   log(1 - sigmoid(x))   -> -softplus(x)
 *   1 / (1 + exp(-x))     -> sigmoid(x)         (and exp(x) / (1 + exp(x)))
 *   log(cosh(x))          -> logcosh(x)         (cosh overflows at |x| = 711)
 *   log(1 + x)            -> log1p(x),  exp(x) - 1 -> expm1(x),  1 - exp(x) -> -expm1(x)
 *                                              (no cancellation near 0: 1 - p_t of a confident softmax)
 *   sqrt(x^2)             -> abs(x)             (gradient sign(x), not x / sqrt(x^2) = NaN at 0)
 *   log(sum_c(exp(x)))    -> logsumexp_c(x)     (computed with the row max subtracted)
 *   log(softmax_c(x)), x - logsumexp_c(x) -> log_softmax_c(x)
 *   exp(x) / sum_c(exp(x)), exp(log_softmax_c(x)) -> softmax_c(x)
 *
 * Class-axis identities: sum_c is linear (per-row factors move out), sum_c(onehot(t)) = 1,
 * sum_c(softmax_c(x)) = 1, sum_c(a * onehot(t)) = a[t], and a pick moves through elementwise
 * operators down to the inputs: (x - m)[t] = x[t] - m.
 */

export interface RuleContext {
  apply(op: Operator, args: readonly Node[]): Node;
  readonly levels: Levels;
}

const num = (value: number) => node.number(value);
type Apply = Node & { readonly kind: 'apply'; readonly args: readonly Node[] };

/** Functions whose value is never negative (abs of them is themselves). */
const NON_NEGATIVE = new Set<Operator>(['abs', 'exp', 'sqrt', 'sigmoid', 'softplus', 'relu', 'cosh', 'softmax_c', 'logcosh', 'onehot']);

/** 1 + rest for a sum holding the number 1: the rest as one node, else null. */
function onePlus(n: Node, s: RuleContext): Node | null {
  if (!isApply(n, 'add')) return null;
  const one = n.args.findIndex((t) => isNumber(t, 1));
  if (one < 0) return null;
  const rest = n.args.filter((_, i) => i !== one);
  return rest.length === 1 ? rest[0]! : s.apply('add', rest);
}

/** -x for a product with coefficient -1, else null. */
function negatedOf(n: Node, s: RuleContext): Node | null {
  if (isApply(n, 'mul') && isNumber(n.args[0]!, -1)) return s.apply('mul', n.args.slice(1));
  return null;
}

const minus = (x: Node, s: RuleContext) => s.apply('mul', [num(-1), x]);

function logRule(a: Node, s: RuleContext): Node | null {
  if (isApply(a, 'exp')) return a.args[0]!;
  // log(exp(u) * v) = u + log(v) (exp(u) > 0); log(y^k) = k log(y) for odd k (same sign, same NaNs)
  if (isApply(a, 'mul')) {
    const at = a.args.findIndex((f) => isApply(f, 'exp'));
    if (at >= 0) {
      const rest = a.args.filter((_, i) => i !== at);
      return s.apply('add', [(a.args[at] as Apply).args[0]!, s.apply('log', [rest.length === 1 ? rest[0]! : s.apply('mul', rest)])]);
    }
  }
  if (isApply(a, 'pow') && isNumber(a.args[1]!) && Math.abs(a.args[1].value % 2) === 1) {
    return s.apply('mul', [a.args[1], s.apply('log', [a.args[0]!])]);
  }
  if (isApply(a, 'pick') && isApply(a.args[0]!, 'softmax_c')) return s.apply('pick', [s.apply('log_softmax_c', [a.args[0].args[0]!]), a.args[1]!]);
  if (isApply(a, 'sigmoid')) return minus(s.apply('softplus', [minus(a.args[0]!, s)]), s);
  if (isApply(a, 'softmax_c')) return s.apply('log_softmax_c', [a.args[0]!]);
  if (isApply(a, 'sum_c') && isApply(a.args[0]!, 'exp')) return s.apply('logsumexp_c', [a.args[0].args[0]!]);
  if (isApply(a, 'cosh')) return s.apply('logcosh', [a.args[0]!]);
  const rest = onePlus(a, s);
  return rest ? s.apply('log1p', [rest]) : null;
}

function log1pRule(a: Node, s: RuleContext): Node | null {
  if (isApply(a, 'exp')) return s.apply('softplus', [a.args[0]!]);
  if (isApply(a, 'expm1')) return a.args[0]!;
  const negated = negatedOf(a, s);
  if (negated && isApply(negated, 'sigmoid')) return minus(s.apply('softplus', [negated.args[0]!]), s);
  return null;
}

function absRule(a: Node, s: RuleContext): Node | null {
  if (a.kind === 'apply' && NON_NEGATIVE.has(a.op)) return a;
  if (isApply(a, 'pow') && isNumber(a.args[1]!) && a.args[1].value % 2 === 0) return a;
  if (isApply(a, 'mul') && isNumber(a.args[0]!)) {
    const rest = a.args.slice(1);
    return s.apply('mul', [num(Math.abs(a.args[0].value)), s.apply('abs', [rest.length === 1 ? rest[0]! : s.apply('mul', rest)])]);
  }
  return null;
}

/** exp(x) * sigmoid(-x) = sigmoid(x); exp(x) / sum_c(exp(x)) = softmax_c(x). Null when no pair fuses. */
function productRule(factors: readonly Node[], s: RuleContext): Node | null {
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    if (!isApply(f, 'exp')) continue;
    const x = f.args[0]!;
    for (let j = 0; j < factors.length; j++) {
      const g = factors[j]!;
      let fused: Node | null = null;
      if (isApply(g, 'sigmoid') && sameNode(g.args[0]!, minus(x, s))) fused = s.apply('sigmoid', [x]);
      else if (isApply(g, 'pow') && isNumber(g.args[1]!, -1) && isApply(g.args[0]!, 'sum_c') && sameNode(g.args[0].args[0]!, f) && s.levels.of(x) === 2) {
        fused = s.apply('softmax_c', [x]);
      }
      if (fused) return s.apply('mul', [fused, ...factors.filter((_, k) => k !== i && k !== j)]);
    }
  }
  return null;
}

/** Rules for elementwise operators (and whole products); null when none applies. */
export function functionRule(op: Operator, args: readonly Node[], s: RuleContext): Node | null {
  const a = args[0]!;
  switch (op) {
    case 'log': return logRule(a, s);
    case 'log1p': return log1pRule(a, s);
    case 'exp': return isApply(a, 'log_softmax_c') ? s.apply('softmax_c', [a.args[0]!]) : null;
    case 'sqrt': return isApply(a, 'pow') && isNumber(a.args[1]!, 2) ? s.apply('abs', [a.args[0]!]) : null;
    case 'abs': return absRule(a, s);
    case 'relu': return isApply(a, 'relu') ? a : null;
    case 'pow': {
      // 1 / (1 + exp(x)) = sigmoid(-x)
      const rest = isNumber(args[1]!, -1) ? onePlus(a, s) : null;
      return rest && isApply(rest, 'exp') ? s.apply('sigmoid', [minus(rest.args[0]!, s)]) : null;
    }
    case 'mul': return productRule(args, s);
    default: return null;
  }
}

function sumOverClasses(a: Node, s: RuleContext): Node | null {
  const levels = s.levels;
  if (levels.of(a) < 2) return s.apply('mul', [node.classes(), a]);
  if (isApply(a, 'add')) return s.apply('add', a.args.map((t) => s.apply('sum_c', [t])));
  if (isApply(a, 'onehot') || isApply(a, 'softmax_c')) return num(1);
  if (!isApply(a, 'mul')) return null;
  const perRow = a.args.filter((f) => levels.of(f) < 2);
  const perClass = a.args.filter((f) => levels.of(f) === 2);
  if (perRow.length) return s.apply('mul', [...perRow, s.apply('sum_c', [s.apply('mul', perClass)])]);
  const hot = perClass.findIndex((f) => isApply(f, 'onehot'));
  if (hot < 0) return null;
  const others = perClass.filter((_, i) => i !== hot);
  const index = (perClass[hot] as Apply).args[0]!;
  return others.length ? s.apply('pick', [s.apply('mul', others), index]) : num(1);
}

function pickRule(a: Node, index: Node, s: RuleContext): Node | null {
  if (s.levels.of(a) < 2) return a;
  // softmax_c(x)[t] = exp(log_softmax_c(x)[t]): then 1 - p_t becomes -expm1(...), exact when p_t ~ 1.
  if (isApply(a, 'softmax_c')) return s.apply('exp', [s.apply('pick', [s.apply('log_softmax_c', [a.args[0]!]), index])]);
  if (isApply(a, 'onehot')) return sameNode(a.args[0]!, index) ? num(1) : s.apply('eq', [a.args[0]!, index]);
  if (a.kind === 'apply' && operatorInfo(a.op).role === 'elementwise') {
    return s.apply(a.op, a.args.map((arg) => (s.levels.of(arg) === 2 ? s.apply('pick', [arg, index]) : arg)));
  }
  return null;
}

/** Rules for the class-axis operators; null when none applies. */
export function classRule(op: Operator, args: readonly Node[], s: RuleContext): Node | null {
  const a = args[0]!;
  const constant = s.levels.of(a) < 2;
  switch (op) {
    case 'sum_c': return sumOverClasses(a, s);
    case 'max_c': return constant ? a : null;
    case 'logsumexp_c': return constant ? s.apply('add', [a, s.apply('log', [node.classes()])]) : null;
    case 'softmax_c': return constant ? s.apply('pow', [node.classes(), num(-1)]) : null;
    case 'log_softmax_c': return constant ? minus(s.apply('log', [node.classes()]), s) : null;
    case 'pick': return pickRule(a, args[1]!, s);
    default: return null;
  }
}
