import { LossError, formatValue } from './errors.js';
import type { LossValue } from './reduction.js';
import type { FloatArray, IntTensor, Tensor } from './tensor.js';

/**
 * The last line of "never a silent NaN": after a kernel returns, a NaN anywhere in its value,
 * per-element values or gradients — or ±Infinity when no input held one — becomes a LossError
 * naming the argument most likely at fault. The kernels compute the right finite answer where
 * one exists (rescaled norms, normalised weights, log-domain sums); this catches the cases
 * where float64 has no finite answer to give (mse of 1e308, a gradient of 1/1e-320) and any
 * kernel that missed one.
 */

/**
 * True when some element is NaN or ±Infinity (x * 0 is 0 exactly for finite x).
 * Hint: only ever called with typed arrays (never plain arrays), so the element loads stay
 * polymorphic over Float32Array / Float64Array rather than megamorphic (2x slower or worse).
 */
export function hasNonFinite(data: FloatArray): boolean {
  // Four independent sums: one would wait on each add's latency (~1.3 ns per element).
  let p0 = 0;
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  const n = data.length;
  const end = n - (n % 4);
  for (let i = 0; i < end; i += 4) {
    p0 += data[i]! * 0;
    p1 += data[i + 1]! * 0;
    p2 += data[i + 2]! * 0;
    p3 += data[i + 3]! * 0;
  }
  for (let i = end; i < n; i++) p0 += data[i]! * 0;
  return p0 + p1 + p2 + p3 !== 0;
}

function firstNonFinite(data: ArrayLike<number>): number {
  for (let i = 0; i < data.length; i++) if (!Number.isFinite(data[i])) return data[i]!;
  return 0;
}

function holdsInfinity(data: ArrayLike<number>): boolean {
  for (let i = 0; i < data.length; i++) if (data[i] === Infinity || data[i] === -Infinity) return true;
  return false;
}

interface Argument {
  readonly name: string;
  readonly values: ArrayLike<number>;
}

/** How far a value is from 1 in binary orders of magnitude (0 for 0 and non-finite values). */
function extremeness(x: number): number {
  return x === 0 || !Number.isFinite(x) ? 0 : Math.abs(Math.log2(Math.abs(x)));
}

/** The argument holding the value farthest from 1 in magnitude (1e308 and 5e-324 both qualify). */
function mostExtreme(args: readonly Argument[], fallback: string): { name: string; value: number | null } {
  let best = { name: fallback, value: null as number | null, score: 0 };
  for (const { name, values } of args) {
    for (let i = 0; i < values.length; i++) {
      const score = extremeness(values[i]!);
      if (score > best.score) best = { name, value: values[i]!, score };
    }
  }
  return { name: best.name, value: best.value };
}

export interface ResultCheck {
  readonly loss: string;
  /** Float inputs and number / tensor options: what the culprit is chosen among. */
  readonly inputs: Readonly<Record<string, Tensor | IntTensor | undefined>>;
  readonly options: Readonly<Record<string, unknown>>;
  /** The prediction's name, blamed when nothing stands out. */
  readonly prediction: string;
  /** When the value is a finite scalar, the gradients are known finite too (skip their scan). */
  readonly gradientsFollowValue: boolean;
}

function argumentsOf(check: ResultCheck): Argument[] {
  const args: Argument[] = [];
  for (const [name, tensor] of Object.entries(check.inputs)) if (tensor && !(tensor.data instanceof Int32Array)) args.push({ name, values: tensor.data });
  for (const [name, value] of Object.entries(check.options)) {
    if (typeof value === 'number') args.push({ name, values: [value] });
    else if (value && typeof value === 'object' && (value as Tensor).data instanceof Float64Array) args.push({ name, values: (value as Tensor).data });
  }
  return args;
}

function fail(check: ResultCheck, part: string, got: number): never {
  const culprit = mostExtreme(argumentsOf(check), check.prediction);
  const holds = culprit.value === null ? '' : `; '${culprit.name}' holds ${formatValue(culprit.value)}, the value farthest from 1 in magnitude`;
  throw new LossError(
    'domain',
    `${check.loss}: the ${part} came out ${formatValue(got)}: float64 cannot represent this loss at these values${holds}. Rescale the inputs or options`,
    check.loss,
    culprit.name,
  );
}

/**
 * Throws unless the result is finite (or infinite, never NaN, where an input holds ±Infinity).
 * Hint: no closures and one test on the common path (a finite scalar of a loss whose gradients
 * follow its value): this runs after every call of the hot kernels.
 */
export function requireFiniteResult(check: ResultCheck, value: LossValue, grads: Readonly<Record<string, FloatArray>>): void {
  let valueFinite: boolean;
  if (typeof value === 'number') {
    valueFinite = Number.isFinite(value);
    if (valueFinite && check.gradientsFollowValue) return;
    if (!valueFinite) inspect(check, 'value', Float64Array.of(value));
  } else {
    valueFinite = inspect(check, 'per-element value', value.data);
  }
  if (check.gradientsFollowValue && valueFinite) return;
  for (const name in grads) inspect(check, `gradient with respect to '${name}'`, grads[name]!);
}

/** True when `data` is all finite; throws for NaN, and for ±Infinity unless an input holds one. */
function inspect(check: ResultCheck, part: string, data: FloatArray): boolean {
  if (!hasNonFinite(data)) return true;
  const nan = firstNaN(data);
  if (nan !== null) fail(check, part, nan);
  let infiniteInputs = false;
  for (const name in check.inputs) {
    const tensor = check.inputs[name];
    if (tensor && !(tensor.data instanceof Int32Array) && holdsInfinity(tensor.data)) infiniteInputs = true;
  }
  if (!infiniteInputs) fail(check, part, firstNonFinite(data));
  return false;
}

function firstNaN(data: ArrayLike<number>): number | null {
  for (let i = 0; i < data.length; i++) if (Number.isNaN(data[i])) return data[i]!;
  return null;
}
