import { isApply, isNumber, type Node } from './ast.js';
import { CLASSES_NAME } from './parse.js';

/**
 * Formula text from a tree, with as few parentheses as the grammar allows. The output parses
 * back to a tree of the same value: simplified formulas and gradients are shown to users (and
 * to the search) as text they can paste into a formula.
 *
 * Simplified trees hold n-ary sums and products with a numeric coefficient and negative
 * powers; they print as subtraction and division again: add(x, mul(-1, t)) as `x - t`,
 * mul(2, x, pow(y, -1)) as `2 * x / y`.
 */

// Precedence, loosest first (as parse.ts).
const OR = 1, AND = 2, COMPARE = 3, SUM = 4, PRODUCT = 5, UNARY = 6, POWER = 7, POSTFIX = 8, ATOM = 9;

interface Printed { readonly text: string; readonly prec: number }

const COMPARISONS: Readonly<Record<string, string>> = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '==', ne: '!=' };

function formatNumber(value: number): Printed {
  if (Number.isNaN(value)) return { text: '(0 / 0)', prec: ATOM };
  if (!Number.isFinite(value)) return { text: value > 0 ? '(1 / 0)' : '(-1 / 0)', prec: ATOM };
  const text = String(Object.is(value, -0) ? 0 : value);
  return { text, prec: value < 0 ? UNARY : ATOM };
}

function wrap(printed: Printed, least: number): string {
  return printed.prec >= least ? printed.text : `(${printed.text})`;
}

/** A negative numeric coefficient, split off: -2 * x -> { coefficient: 2, rest: x }. */
function negated(term: Node): Node | null {
  if (isNumber(term) && term.value < 0) return { kind: 'number', value: -term.value };
  if (isApply(term, 'neg')) return term.args[0]!;
  if (isApply(term, 'mul') && isNumber(term.args[0]!) && term.args[0].value < 0) {
    const coefficient = -term.args[0].value;
    const rest = term.args.slice(1);
    if (coefficient === 1) return rest.length === 1 ? rest[0]! : { kind: 'apply', op: 'mul', args: rest };
    return { kind: 'apply', op: 'mul', args: [{ kind: 'number', value: coefficient }, ...rest] };
  }
  return null;
}

function printSum(terms: readonly Node[]): Printed {
  // A positive term first and numbers last: `x - t - 1` reads better than `-1 - t + x`.
  const ordered = [...terms.filter((t) => !isNumber(t)), ...terms.filter((t) => isNumber(t))];
  const positive = ordered.findIndex((t) => !negated(t));
  if (positive > 0) ordered.unshift(ordered.splice(positive, 1)[0]!);
  let text = '';
  ordered.forEach((term, i) => {
    const minus = i > 0 ? negated(term) : null;
    if (i === 0) text = wrap(print(term), SUM);
    else if (minus) text += ` - ${wrap(print(minus), PRODUCT)}`;
    else text += ` + ${wrap(print(term), PRODUCT)}`;
  });
  return { text, prec: SUM };
}

/** A denominator factor: pow(b, -k) with numeric k > 0 gives b^k. */
function reciprocal(factor: Node): Node | null {
  if (isApply(factor, 'pow') && isNumber(factor.args[1]!) && factor.args[1].value < 0) {
    const k = -factor.args[1].value;
    if (k === 1) return factor.args[0]!;
    if (k === 0.5) return { kind: 'apply', op: 'sqrt', args: [factor.args[0]!] };
    return { kind: 'apply', op: 'pow', args: [factor.args[0]!, { kind: 'number', value: k }] };
  }
  return null;
}

function printProduct(factors: readonly Node[]): Printed {
  let coefficient = 1;
  const top: Node[] = [];
  const bottom: Node[] = [];
  for (const factor of factors) {
    if (isNumber(factor)) coefficient *= factor.value;
    else {
      const under = reciprocal(factor);
      if (under) bottom.push(under);
      else top.push(factor);
    }
  }
  const sign = coefficient < 0 ? '-' : '';
  const magnitude = Math.abs(coefficient);
  const parts = top.map((f) => wrap(print(f), PRODUCT));
  if (magnitude !== 1 || parts.length === 0) parts.unshift(formatNumber(magnitude).text);
  let text = parts.join(' * ');
  if (bottom.length) {
    const under = bottom.length === 1 ? wrap(print(bottom[0]!), UNARY) : `(${bottom.map((f) => wrap(print(f), PRODUCT)).join(' * ')})`;
    text = `${text} / ${under}`;
  }
  if (!sign) return { text, prec: PRODUCT };
  // `-x` binds as a unary minus; `-2 * x` and `-x / y` are products whose first factor is negative.
  return { text: `-${text}`, prec: parts.length === 1 && !bottom.length ? UNARY : PRODUCT };
}

function prefix(symbol: string, arg: Node): Printed {
  const inner = print(arg);
  const text = inner.prec >= UNARY && !inner.text.startsWith('-') ? inner.text : `(${inner.text})`;
  return { text: `${symbol}${text}`, prec: UNARY };
}

/** The formula text of a tree. */
export function print(n: Node): Printed {
  switch (n.kind) {
    case 'number': return formatNumber(n.value);
    case 'input': case 'option': return { text: n.name, prec: ATOM };
    case 'classes': return { text: CLASSES_NAME, prec: ATOM };
    case 'apply': break;
  }
  const [a, b] = n.args;
  switch (n.op) {
    case 'add': return printSum(n.args);
    case 'mul': return printProduct(n.args);
    case 'sub': return { text: `${wrap(print(a!), SUM)} - ${wrap(print(b!), PRODUCT)}`, prec: SUM };
    case 'div': return { text: `${wrap(print(a!), PRODUCT)} / ${wrap(print(b!), UNARY)}`, prec: PRODUCT };
    case 'neg': return prefix('-', a!);
    case 'not': return prefix('!', a!);
    case 'pow': {
      const under = reciprocal(n);
      if (under) return { text: `1 / ${wrap(print(under), UNARY)}`, prec: PRODUCT };
      const exponent = print(b!);
      return { text: `${wrap(print(a!), POSTFIX)}^${exponent.prec >= UNARY ? exponent.text : `(${exponent.text})`}`, prec: POWER };
    }
    case 'and': return { text: `${wrap(print(a!), AND)} && ${wrap(print(b!), COMPARE)}`, prec: AND };
    case 'or': return { text: `${wrap(print(a!), OR)} || ${wrap(print(b!), AND)}`, prec: OR };
    case 'pick': return { text: `${wrap(print(a!), POSTFIX)}[${print(b!).text}]`, prec: POSTFIX };
    default: {
      const symbol = COMPARISONS[n.op];
      if (symbol !== undefined) return { text: `${wrap(print(a!), SUM)} ${symbol} ${wrap(print(b!), SUM)}`, prec: COMPARE };
      return { text: `${n.op}(${n.args.map((arg) => print(arg).text).join(', ')})`, prec: ATOM };
    }
  }
}

/** The formula text of a tree. */
export function formatFormula(n: Node): string {
  return print(n).text;
}
