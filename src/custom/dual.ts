import { sigmoid, sign, softplus } from '../core/stable-math.js';
import { logCoshStable } from '../core/stable-math.js';

/**
 * The JavaScript-function path: a loss written as `(input, target, ops, options) => ...` gets
 * exact gradients by forward-mode automatic differentiation. The differentiable input arrives
 * as a dual number (value, derivative); `ops` carries each operation's value and derivative
 * (the chain rule, one step at a time). Never finite differences.
 *
 * Duals come from a pool that is rewound for every element, so a call allocates nothing per
 * element once the pool has grown to the function's size. Comparisons work on duals
 * (`x > t`, through valueOf); JavaScript arithmetic operators do not carry derivatives
 * (`x * x` is a plain number), which the registration check catches and names.
 *
 * Kinks as the formula path and PyTorch: abs'(0) = 0, relu'(0) = 0, max/min split ties 0.5,
 * clamp passes the gradient on [lo, hi], sqrt'(0) = Infinity.
 */

export class Dual {
  value = 0;
  derivative = 0;
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return String(this.value);
  }
}

/** What a loss function may hand to and receive from `ops`. */
export type DualValue = number | Dual;

export interface DualOps {
  add(a: DualValue, b: DualValue): Dual;
  sub(a: DualValue, b: DualValue): Dual;
  mul(a: DualValue, b: DualValue): Dual;
  div(a: DualValue, b: DualValue): Dual;
  pow(a: DualValue, b: DualValue): Dual;
  neg(a: DualValue): Dual;
  abs(a: DualValue): Dual;
  exp(a: DualValue): Dual;
  log(a: DualValue): Dual;
  log1p(a: DualValue): Dual;
  expm1(a: DualValue): Dual;
  sqrt(a: DualValue): Dual;
  tanh(a: DualValue): Dual;
  cosh(a: DualValue): Dual;
  sinh(a: DualValue): Dual;
  sigmoid(a: DualValue): Dual;
  softplus(a: DualValue): Dual;
  logcosh(a: DualValue): Dual;
  relu(a: DualValue): Dual;
  sign(a: DualValue): Dual;
  min(a: DualValue, b: DualValue): Dual;
  max(a: DualValue, b: DualValue): Dual;
  clamp(x: DualValue, lo: DualValue, hi: DualValue): Dual;
  /** `a` where the condition holds (non-zero or true), else `b`; the gradient follows the branch taken. */
  where(condition: DualValue | boolean, a: DualValue, b: DualValue): Dual;
  /** The value of a dual (or number), without its derivative. */
  value(a: DualValue): number;
}

export const DUAL_OP_NAMES: readonly (keyof DualOps)[] = [
  'add', 'sub', 'mul', 'div', 'pow', 'neg', 'abs', 'exp', 'log', 'log1p', 'expm1', 'sqrt', 'tanh', 'cosh', 'sinh',
  'sigmoid', 'softplus', 'logcosh', 'relu', 'sign', 'min', 'max', 'clamp', 'where', 'value',
];

/** A pool of duals, rewound per element. */
export class DualPool {
  private readonly items: Dual[] = [];
  private next = 0;

  rewind(): void {
    this.next = 0;
  }

  make(value: number, derivative: number): Dual {
    let d = this.items[this.next];
    if (d === undefined) {
      d = new Dual();
      this.items.push(d);
    }
    this.next++;
    d.value = value;
    d.derivative = derivative;
    return d;
  }
}

const val = (a: DualValue): number => (typeof a === 'number' ? a : a instanceof Dual ? a.value : Number(a));
const der = (a: DualValue): number => (a instanceof Dual ? a.derivative : 0);

/** The operations over one pool. */
export function dualOps(pool: DualPool): DualOps {
  const make = (value: number, derivative: number) => pool.make(value, derivative);
  const chain = (a: DualValue, f: (x: number) => number, df: (x: number, fx: number) => number) => {
    const x = val(a);
    const fx = f(x);
    const d = der(a);
    return make(fx, d === 0 ? 0 : d * df(x, fx));
  };
  const pick = (a: DualValue, b: DualValue, weightA: number) => make(weightA === 1 ? val(a) : val(b), weightA * der(a) + (1 - weightA) * der(b));
  return {
    add: (a, b) => make(val(a) + val(b), der(a) + der(b)),
    sub: (a, b) => make(val(a) - val(b), der(a) - der(b)),
    mul: (a, b) => make(val(a) * val(b), der(a) * val(b) + val(a) * der(b)),
    div: (a, b) => {
      const y = val(b);
      const q = val(a) / y;
      return make(q, (der(a) - q * der(b)) / y);
    },
    pow: (a, b) => {
      const x = val(a);
      const k = val(b);
      const value = Math.pow(x, k);
      const da = der(a) === 0 || k === 0 ? 0 : der(a) * k * Math.pow(x, k - 1);
      const db = der(b) === 0 || (x === 0 && k >= 0) ? 0 : der(b) * value * Math.log(x);
      return make(value, da + db);
    },
    neg: (a) => make(-val(a), -der(a)),
    abs: (a) => chain(a, Math.abs, (x) => sign(x)),
    exp: (a) => chain(a, Math.exp, (_, fx) => fx),
    log: (a) => chain(a, Math.log, (x) => 1 / x),
    log1p: (a) => chain(a, Math.log1p, (x) => 1 / (1 + x)),
    expm1: (a) => chain(a, Math.expm1, (x) => Math.exp(x)),
    sqrt: (a) => chain(a, Math.sqrt, (_, fx) => 0.5 / fx),
    tanh: (a) => chain(a, Math.tanh, (_, fx) => 1 - fx * fx),
    cosh: (a) => chain(a, Math.cosh, Math.sinh),
    sinh: (a) => chain(a, Math.sinh, Math.cosh),
    sigmoid: (a) => chain(a, sigmoid, (x, fx) => fx * sigmoid(-x)),
    softplus: (a) => chain(a, softplus, sigmoid),
    logcosh: (a) => chain(a, logCoshStable, Math.tanh),
    relu: (a) => chain(a, (x) => Math.max(x, 0), (x) => (x > 0 ? 1 : 0)),
    sign: (a) => make(sign(val(a)), 0),
    min: (a, b) => {
      const x = val(a);
      const y = val(b);
      return x === y ? make(x, 0.5 * (der(a) + der(b))) : pick(a, b, x < y ? 1 : 0);
    },
    max: (a, b) => {
      const x = val(a);
      const y = val(b);
      return x === y ? make(x, 0.5 * (der(a) + der(b))) : pick(a, b, x > y ? 1 : 0);
    },
    clamp: (a, lo, hi) => {
      const x = val(a);
      const l = val(lo);
      const h = val(hi);
      const value = Math.min(Math.max(x, l), h);
      const high = Math.max(x, l) > h;
      const derivative = high ? der(hi) : x >= l ? der(a) : der(lo);
      return make(value, derivative);
    },
    where: (condition, a, b) => pick(a, b, (typeof condition === 'boolean' ? condition : val(condition) !== 0) ? 1 : 0),
    value: val,
  };
}

/** ops wrapped so that the first operation turning finite arguments into a non-finite result is recorded. */
export function watchedOps(ops: DualOps, record: (op: string, args: readonly number[], result: Dual) => void): DualOps {
  const watched: Record<string, unknown> = {};
  for (const name of DUAL_OP_NAMES) {
    const f = (ops[name] as (...args: DualValue[]) => Dual | number).bind(ops);
    watched[name] = (...args: DualValue[]) => {
      const result = f(...args);
      if (result instanceof Dual && !(Number.isFinite(result.value) && Number.isFinite(result.derivative))
        && args.every((a) => typeof a === 'boolean' || (Number.isFinite(val(a)) && Number.isFinite(der(a))))) {
        record(name, args.map(val), result);
      }
      return result;
    };
  }
  return watched as unknown as DualOps;
}
