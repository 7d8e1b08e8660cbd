import { sigmoid, sign, softplus } from '../core/stable-math.js';
import { logCoshStable } from '../core/stable-math.js';

/**
 * The whitelist: every operator a formula tree may contain, with its arity, what it does to
 * the class axis, its value on numbers, and the JavaScript it compiles to. The code generator
 * emits only these templates, over generated register names and number literals; a name
 * that is not a key here cannot reach a kernel.
 *
 * Semantics follow PyTorch: sign(0) = 0, relu(0) = 0, min/max propagate NaN, clamp(x, lo, hi)
 * = min(max(x, lo), hi), pow(0, 0) = 1, comparisons and logic give 1 or 0 and `where(c, a, b)`
 * picks a where c is non-zero.
 */

/** How an operator relates to the class axis of a class-axis loss. */
export type AxisRole =
  /** value by value (broadcasts a per-row value over the classes) */
  | 'elementwise'
  /** collapses the class axis: one value per row */
  | 'reduce'
  /** maps a row of classes to a row of classes (softmax) */
  | 'class-map'
  /** x[target]: the entry of the class given by an integer input */
  | 'pick'
  /** onehot(target): 1 at the class given by an integer input, else 0 */
  | 'onehot';

export interface OperatorInfo {
  /** Number of arguments; -1 for the n-ary add and mul (two or more). */
  readonly arity: number;
  readonly role: AxisRole;
  /** The value on numbers (elementwise operators only). */
  readonly evaluate?: (...args: number[]) => number;
  /** The JavaScript expression over argument registers (elementwise operators only). */
  readonly emit?: (args: readonly string[]) => string;
  /** Called by name in a formula (`exp(x)`); infix operators have a symbol instead. */
  readonly callable: boolean;
}

const unary = (evaluate: (x: number) => number, emit: (a: string) => string): OperatorInfo =>
  ({ arity: 1, role: 'elementwise', evaluate, emit: ([a]) => emit(a!), callable: true });
const binary = (evaluate: (a: number, b: number) => number, emit: (a: string, b: string) => string, callable = false): OperatorInfo =>
  ({ arity: 2, role: 'elementwise', evaluate, emit: ([a, b]) => emit(a!, b!), callable });
const bool = (value: boolean): number => (value ? 1 : 0);

/** Helper functions the generated kernels receive (stable forms shared with the built-ins). */
export const KERNEL_HELPERS = { softplus, sigmoid, logcosh: logCoshStable, sign } as const;

const OPERATORS = {
  add: { arity: -1, role: 'elementwise', callable: false, evaluate: (...xs: number[]) => xs.reduce((a, b) => a + b), emit: (a: readonly string[]) => `(${a.join(' + ')})` },
  mul: { arity: -1, role: 'elementwise', callable: false, evaluate: (...xs: number[]) => xs.reduce((a, b) => a * b), emit: (a: readonly string[]) => `(${a.join(' * ')})` },
  sub: binary((a, b) => a - b, (a, b) => `(${a} - ${b})`),
  div: binary((a, b) => a / b, (a, b) => `(${a} / ${b})`),
  pow: binary((a, b) => Math.pow(a, b), (a, b) => `Math.pow(${a}, ${b})`, true),
  neg: { ...unary((a) => -a, (a) => `(-${a})`), callable: false },
  lt: binary((a, b) => bool(a < b), (a, b) => `(${a} < ${b} ? 1 : 0)`),
  le: binary((a, b) => bool(a <= b), (a, b) => `(${a} <= ${b} ? 1 : 0)`),
  gt: binary((a, b) => bool(a > b), (a, b) => `(${a} > ${b} ? 1 : 0)`),
  ge: binary((a, b) => bool(a >= b), (a, b) => `(${a} >= ${b} ? 1 : 0)`),
  eq: binary((a, b) => bool(a === b), (a, b) => `(${a} === ${b} ? 1 : 0)`),
  ne: binary((a, b) => bool(a !== b), (a, b) => `(${a} !== ${b} ? 1 : 0)`),
  and: binary((a, b) => bool(a !== 0 && b !== 0), (a, b) => `(${a} !== 0 && ${b} !== 0 ? 1 : 0)`),
  or: binary((a, b) => bool(a !== 0 || b !== 0), (a, b) => `(${a} !== 0 || ${b} !== 0 ? 1 : 0)`),
  not: { ...unary((a) => bool(a === 0), (a) => `(${a} === 0 ? 1 : 0)`), callable: false },
  abs: unary(Math.abs, (a) => `Math.abs(${a})`),
  exp: unary(Math.exp, (a) => `Math.exp(${a})`),
  log: unary(Math.log, (a) => `Math.log(${a})`),
  log1p: unary(Math.log1p, (a) => `Math.log1p(${a})`),
  expm1: unary(Math.expm1, (a) => `Math.expm1(${a})`),
  sqrt: unary(Math.sqrt, (a) => `Math.sqrt(${a})`),
  tanh: unary(Math.tanh, (a) => `Math.tanh(${a})`),
  cosh: unary(Math.cosh, (a) => `Math.cosh(${a})`),
  sinh: unary(Math.sinh, (a) => `Math.sinh(${a})`),
  sigmoid: unary(sigmoid, (a) => `h_sigmoid(${a})`),
  softplus: unary(softplus, (a) => `h_softplus(${a})`),
  logcosh: unary(logCoshStable, (a) => `h_logcosh(${a})`),
  relu: unary((a) => Math.max(a, 0), (a) => `Math.max(${a}, 0)`),
  sign: unary(sign, (a) => `h_sign(${a})`),
  min: binary(Math.min, (a, b) => `Math.min(${a}, ${b})`, true),
  max: binary(Math.max, (a, b) => `Math.max(${a}, ${b})`, true),
  clamp: { arity: 3, role: 'elementwise', callable: true, evaluate: (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi), emit: ([x, lo, hi]: readonly string[]) => `Math.min(Math.max(${x}, ${lo}), ${hi})` },
  where: { arity: 3, role: 'elementwise', callable: true, evaluate: (c: number, a: number, b: number) => (c !== 0 ? a : b), emit: ([c, a, b]: readonly string[]) => `(${c} !== 0 ? ${a} : ${b})` },
  sum_c: { arity: 1, role: 'reduce', callable: true },
  max_c: { arity: 1, role: 'reduce', callable: true },
  logsumexp_c: { arity: 1, role: 'reduce', callable: true },
  softmax_c: { arity: 1, role: 'class-map', callable: true },
  log_softmax_c: { arity: 1, role: 'class-map', callable: true },
  pick: { arity: 2, role: 'pick', callable: false },
  onehot: { arity: 1, role: 'onehot', callable: true },
} as const satisfies Record<string, OperatorInfo>;

export type Operator = keyof typeof OPERATORS;

const TABLE = new Map<string, OperatorInfo>(Object.entries(OPERATORS));

export function isOperator(name: unknown): name is Operator {
  return typeof name === 'string' && TABLE.has(name);
}

export function operatorInfo(op: Operator): OperatorInfo {
  const info = TABLE.get(op);
  if (!info) throw new TypeError(`custom: unknown operator '${String(op)}'`);
  return info;
}

/** The functions a formula may call by name, in the order the docs list them. */
export const FUNCTION_NAMES: readonly Operator[] = [...TABLE.entries()].filter(([, info]) => info.callable).map(([name]) => name as Operator);

/** True for the class-axis operators (a formula using one is a class-axis loss). */
export function isClassOperator(op: Operator): boolean {
  return operatorInfo(op).role !== 'elementwise';
}
