import { compareNodes, isApply, isNumber, keyOf, node, sameNode, type Node } from './ast.js';
import { Levels } from './levels.js';
import { operatorInfo, type Operator } from './operators.js';
import { classRule, functionRule, type RuleContext } from './rewrites.js';

/**
 * Simplification to a canonical form: sums and products are n-ary and flattened, with one
 * numeric term or coefficient; subtraction, negation and division become sums, -1 coefficients
 * and negative powers (print.ts shows them as `-` and `/` again); like terms and like factors
 * are collected; numbers are folded (when the result is finite). Then the rules of
 * rewrites.ts: the stability rewrites and the class-axis identities.
 *
 * Every rule preserves the value wherever the original is finite. A few change a NaN or an
 * infinity into a number (x * 0 -> 0, x^0.5 * x^0.5 -> x): the original was undefined there.
 */

const COMMUTATIVE = new Set<Operator>(['add', 'mul', 'and', 'or', 'min', 'max', 'eq', 'ne']);
const BOOLEAN = new Set<Operator>(['lt', 'le', 'gt', 'ge', 'eq', 'ne', 'and', 'or', 'not']);

const num = (value: number) => node.number(value);
function ordered(args: readonly Node[]): Node[] {
  return [...args].sort(compareNodes);
}

/** A term as coefficient x rest: 3 * x -> [3, x]; x -> [1, x]. */
function splitCoefficient(term: Node): [number, Node] {
  if (isApply(term, 'mul') && isNumber(term.args[0]!)) {
    const rest = term.args.slice(1);
    return [term.args[0].value, rest.length === 1 ? rest[0]! : node.apply('mul', ...rest)];
  }
  return [1, term];
}

/** A factor as base ^ exponent: x^2 -> [x, 2]; x -> [x, 1]. */
function splitPower(factor: Node): [Node, number] {
  if (isApply(factor, 'pow') && isNumber(factor.args[1]!)) return [factor.args[0]!, factor.args[1].value];
  return [factor, 1];
}

/** A where with an exact 0 among its (nested) branches. */
function hasZeroBranch(n: Node): boolean {
  if (!isApply(n, 'where')) return false;
  const [, a, b] = n.args as [Node, Node, Node];
  return isNumber(a, 0) || isNumber(b, 0) || hasZeroBranch(a) || hasZeroBranch(b);
}

export class Simplifier implements RuleContext {
  private readonly memo = new Map<string, Node>();

  constructor(readonly levels: Levels = new Levels()) {}

  /** The simplified tree (memoised by structure: a subtree met twice is simplified once). */
  simplify(n: Node): Node {
    if (n.kind !== 'apply') return n;
    const key = keyOf(n);
    const known = this.memo.get(key);
    if (known) return known;
    const result = this.apply(n.op, n.args.map((arg) => this.simplify(arg)));
    this.memo.set(key, result);
    return result;
  }

  /** The canonical node for `op` over arguments that are already simplified. */
  apply(op: Operator, args: readonly Node[]): Node {
    switch (op) {
      case 'neg': return this.apply('mul', [num(-1), args[0]!]);
      case 'sub': return this.apply('add', [args[0]!, this.apply('mul', [num(-1), args[1]!])]);
      case 'div': return this.apply('mul', [args[0]!, this.apply('pow', [args[1]!, num(-1)])]);
      case 'add': return this.sum(args);
      case 'mul': return this.product(args);
      case 'pow': return this.power(args[0]!, args[1]!);
      default: break;
    }
    const info = operatorInfo(op);
    if (info.evaluate && args.every((a) => isNumber(a))) {
      const value = info.evaluate(...args.map((a) => (a as { value: number }).value));
      if (Number.isFinite(value)) return num(value);
    }
    if (op === 'not' && isApply(args[0]!, 'not') && this.isBoolean(args[0].args[0]!)) return args[0].args[0]!;
    if (op === 'where') {
      const [c, a, b] = args as [Node, Node, Node];
      if (isNumber(c)) return c.value !== 0 ? a : b;
      if (sameNode(a, b)) return a;
      if (isApply(c, 'not')) return this.apply('where', [c.args[0]!, b, a]);
    }
    if ((op === 'min' || op === 'max') && sameNode(args[0]!, args[1]!)) return args[0]!;
    if ((op === 'lt' || op === 'gt' || op === 'ne') && sameNode(args[0]!, args[1]!)) return num(0);
    const rewritten = info.role === 'elementwise' ? functionRule(op, args, this) : classRule(op, args, this);
    if (rewritten) return rewritten;
    return node.apply(op, ...(COMMUTATIVE.has(op) ? ordered(args) : args));
  }

  isBoolean(n: Node): boolean {
    return n.kind === 'apply' && BOOLEAN.has(n.op);
  }

  private sum(args: readonly Node[]): Node {
    let constant = 0;
    const groups = new Map<string, { rest: Node; coefficient: number }>();
    const terms = args.flatMap((a) => (isApply(a, 'add') ? a.args : [a]));
    for (const term of terms) {
      if (isNumber(term)) { constant += term.value; continue; }
      const [coefficient, rest] = splitCoefficient(term);
      const key = keyOf(rest);
      const group = groups.get(key);
      if (group) group.coefficient += coefficient;
      else groups.set(key, { rest, coefficient });
    }
    let collected: Node[] = [];
    for (const { rest, coefficient } of groups.values()) {
      if (coefficient !== 0) collected.push(coefficient === 1 ? rest : this.apply('mul', [num(coefficient), rest]));
    }
    const fused = this.fuseSum(collected, constant);
    collected = fused.terms;
    constant = fused.constant;
    if (constant !== 0 || !Number.isFinite(constant)) collected.push(num(constant));
    if (collected.length === 0) return num(0);
    if (collected.length === 1) return collected[0]!;
    // A coefficient distributed over a sum (2 * (a + b)) left a sum among the terms: flatten it.
    if (collected.some((t) => isApply(t, 'add'))) return this.sum(collected);
    return node.apply('add', ...ordered(collected));
  }

  /**
   * Sum identities over whole terms: where(c, a, b) + where(c, d, e) = where(c, a + d, b + e);
   * a - logsumexp_c(a) = log_softmax_c(a); exp(a) - 1 = expm1(a); 1 - exp(a) = -expm1(a).
   */
  private fuseSum(terms: Node[], constant: number): { terms: Node[]; constant: number } {
    const out: Node[] = [];
    const wheres = new Map<string, number>();
    for (const term of terms) {
      if (isApply(term, 'where')) {
        const key = keyOf(term.args[0]!);
        const at = wheres.get(key);
        const other = at === undefined ? undefined : out[at];
        // The merged term may have simplified to something else (where(c, a, a) = a): only a
        // where on the same condition merges again.
        if (at !== undefined && other && isApply(other, 'where') && sameNode(other.args[0]!, term.args[0]!)) {
          out[at] = this.apply('where', [term.args[0]!, this.apply('add', [other.args[1]!, term.args[1]!]), this.apply('add', [other.args[2]!, term.args[2]!])]);
          continue;
        }
        wheres.set(key, out.length);
      }
      out.push(term);
    }
    for (let i = 0; i < out.length; i++) {
      const [coefficient, rest] = splitCoefficient(out[i]!);
      if (coefficient === -1 && isApply(rest, 'logsumexp_c')) {
        const j = out.findIndex((t) => sameNode(t, rest.args[0]!));
        if (j >= 0) {
          const fused = this.apply('log_softmax_c', [rest.args[0]!]);
          const keep = out.filter((_, k) => k !== i && k !== j);
          return this.fuseSum([...keep, fused], constant);
        }
      }
      if (constant === -1 && isApply(out[i]!, 'exp')) {
        out[i] = this.apply('expm1', [(out[i] as Node & { args: readonly Node[] }).args[0]!]);
        constant = 0;
      } else if (constant === 1 && coefficient === -1 && isApply(rest, 'exp')) {
        out[i] = this.apply('mul', [num(-1), this.apply('expm1', [rest.args[0]!])]);
        constant = 0;
      }
    }
    return { terms: out, constant };
  }

  private product(args: readonly Node[]): Node {
    let coefficient = 1;
    const groups = new Map<string, { base: Node; exponent: number }>();
    const others: Node[] = [];
    for (const factor of args.flatMap((a) => (isApply(a, 'mul') ? a.args : [a]))) {
      if (isNumber(factor)) { coefficient *= factor.value; continue; }
      if (isApply(factor, 'pow') && !isNumber(factor.args[1]!)) { others.push(factor); continue; }
      const [base, exponent] = splitPower(factor);
      const key = keyOf(base);
      const group = groups.get(key);
      if (group) group.exponent = isApply(base, 'onehot') ? 1 : group.exponent + exponent;
      else groups.set(key, { base, exponent });
    }
    if (coefficient === 0) return num(0);
    let factors = [...others];
    for (const { base, exponent } of groups.values()) {
      if (exponent === 0) continue;
      factors.push(exponent === 1 ? base : this.apply('pow', [base, num(exponent)]));
    }
    if (factors.some((f) => isApply(f, 'mul'))) return this.product([num(coefficient), ...factors]);
    if (factors.length === 0) return num(coefficient);
    // A negated sum distributes, so like terms meet: -(a - b) = b - a. (Other coefficients stay
    // outside: 2 * (x - t) is one subtraction fewer than 2 x - 2 t, and exact where x ~ t.)
    if (factors.length === 1 && coefficient === -1 && isApply(factors[0]!, 'add')) {
      return this.apply('add', factors[0].args.map((t) => this.apply('mul', [num(coefficient), t])));
    }
    // where(c, a, 0) * f = where(c, a * f, 0): the untaken branch gets an exact 0, not 0 * f
    // (which is NaN where f is infinite, the trap of torch.where's gradient). Also for nested
    // wheres with a zero branch (the gradient weights of min, max, clamp: where(a < b, 1,
    // where(a == b, 0.5, 0))).
    const at = factors.findIndex(hasZeroBranch);
    if (at >= 0 && (factors.length > 1 || coefficient !== 1)) {
      const [c, a, b] = (factors[at] as Node & { args: readonly Node[] }).args as [Node, Node, Node];
      const rest = [num(coefficient), ...factors.filter((_, i) => i !== at)];
      return this.apply('where', [c, this.apply('mul', [a, ...rest]), this.apply('mul', [b, ...rest])]);
    }
    const fused = functionRule('mul', factors, this);
    if (fused) return this.apply('mul', [num(coefficient), fused]);
    factors = ordered(factors);
    if (coefficient !== 1) factors.unshift(num(coefficient));
    return factors.length === 1 ? factors[0]! : node.apply('mul', ...factors);
  }

  private power(base: Node, exponent: Node): Node {
    if (isNumber(exponent, 1)) return base;
    if (isNumber(exponent, 0)) return num(1);
    if (isNumber(base) && isNumber(exponent)) {
      const value = Math.pow(base.value, exponent.value);
      if (Number.isFinite(value)) return num(value);
    }
    if (isNumber(exponent)) {
      const k = exponent.value;
      const integer = Number.isInteger(k);
      if (isApply(base, 'pow') && isNumber(base.args[1]!) && integer) return this.power(base.args[0]!, num(base.args[1].value * k));
      if (isApply(base, 'mul') && integer) return this.apply('mul', base.args.map((f) => this.power(f, exponent)));
      if (isApply(base, 'sqrt')) return this.power(base.args[0]!, num(k / 2));
      if (isApply(base, 'abs') && integer && k % 2 === 0) return this.power(base.args[0]!, exponent);
      if (isApply(base, 'exp')) return this.apply('exp', [this.apply('mul', [exponent, base.args[0]!])]);
      if (isApply(base, 'onehot') && k > 0) return base;
      if (k === 0.5) return this.apply('sqrt', [base]);
    }
    return functionRule('pow', [base, exponent], this) ?? node.apply('pow', base, exponent);
  }
}

/** Simplifies a tree; `levels` says which inputs hold one value per class. */
export function simplify(root: Node, levels: Levels = new Levels()): Node {
  return new Simplifier(levels).simplify(root);
}
