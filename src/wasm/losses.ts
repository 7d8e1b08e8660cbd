/**
 * The WASM paths of mse, huber, bce-with-logits and cross-entropy. Each returns the float64
 * sum of the element losses (the caller's plan.finish turns it into the value), or null when
 * the WASM path does not apply: another dtype, mixed dtypes, weights or options the kernel
 * does not implement, a gradient overlapping an input, too few elements, or backend 'ts'.
 * Inputs are validated by the loss before these run (cross-entropy's logits excepted, below).
 */
import type { FiniteCheck } from '../core/define-loss.js';
import type { ReductionPlan } from '../core/reduction.js';
import type { FloatArray } from '../core/tensor.js';
import { kernelsFor, overlaps } from './dispatch.js';
import { input, output, runKernel } from './runner.js';

/** The largest finite float32. */
const F32_MAX = 3.4028234663852886e38;

function sameType(a: FloatArray, ...rest: (FloatArray | null | undefined)[]): boolean {
  return rest.every((b) => !b || b.constructor === a.constructor);
}

function aliasing(grad: FloatArray | undefined, ...inputs: FloatArray[]): boolean {
  return !!grad && inputs.some((a) => overlaps(grad, a));
}

/** mse (delta ignored) or huber, float32 or float64, reductions none/mean/sum. */
export function wasmElementwise(
  kind: 'mse' | 'huber', x: FloatArray, y: FloatArray, grad: FloatArray | undefined, plan: ReductionPlan, delta = 0,
): number | null {
  const k = kernelsFor(x.length);
  if (!k || !sameType(x, y, grad, plan.values) || aliasing(grad, x, y)) return null;
  const f32 = x instanceof Float32Array;
  const { gradScale } = plan;
  return runKernel(k, {
    kernel: kind === 'mse' ? (f32 ? 'mseF32' : 'mseF64') : (f32 ? 'huberF32' : 'huberF64'),
    arrays: [input(x), input(y), output(grad), output(plan.values)], units: x.length, width: 1,
    rest: kind === 'mse' ? [gradScale] : [delta, gradScale],
  });
}

/** bce-with-logits without weight/posWeight, float32 only. */
export function wasmBceWithLogits(x: FloatArray, y: FloatArray, grad: FloatArray | undefined, plan: ReductionPlan): number | null {
  if (!(x instanceof Float32Array)) return null;
  const k = kernelsFor(x.length);
  if (!k || !sameType(x, y, grad, plan.values) || aliasing(grad, x, y)) return null;
  return runKernel(k, {
    kernel: 'bceLogitsF32', arrays: [input(x), input(y), output(grad), output(plan.values)], units: x.length, width: 1, rest: [plan.gradScale],
  });
}

/**
 * ignoreIndex as an int32 the kernel can compare: validated targets are in [0, C) or equal to
 * ignoreIndex, so when it does not fit an int32 no target equals it and -1 (never a class) serves.
 */
function ignoreAsInt32(ignoreIndex: number): number {
  return ignoreIndex === (ignoreIndex | 0) ? ignoreIndex : -1;
}

/**
 * Softmax cross-entropy, class-index targets over contiguous rows ([N, C] or [C]: no spatial
 * dims), no class weights, no label smoothing, float32 only. The logits need not have been
 * checked: the sum is NaN exactly when one of them (ignored rows' included) is NaN or
 * ±Infinity, and the gradient and 'none' values are then meaningless.
 */
export function wasmSoftmaxCrossEntropy(
  x: FloatArray, targets: Int32Array, classes: number, ignoreIndex: number, grad: FloatArray | undefined, plan: ReductionPlan,
): number | null {
  if (!(x instanceof Float32Array) || x.length !== targets.length * classes) return null;
  const k = kernelsFor(x.length);
  if (!k || !sameType(x, grad, plan.values) || aliasing(grad, x)) return null;
  return runKernel(k, {
    kernel: 'softmaxCeF32', arrays: [input(x), input(targets), output(grad), output(plan.values)], units: targets.length, width: classes,
    rest: [classes, ignoreAsInt32(ignoreIndex), plan.gradScale],
  });
}

/**
 * kl-div without logTarget, float32. The inputs need not have been checked: the sum is NaN
 * exactly when some input is NaN or +Infinity, or some target is negative or +Infinity (the
 * gradient and 'none' values are then meaningless and the caller's checks word the error).
 */
export function wasmKlDiv(x: FloatArray, p: FloatArray, grad: FloatArray | undefined, plan: ReductionPlan): number | null {
  if (!(x instanceof Float32Array)) return null;
  const k = kernelsFor(x.length);
  if (!k || !sameType(x, p, grad, plan.values) || aliasing(grad, x, p)) return null;
  return runKernel(k, {
    kernel: 'klDivF32', arrays: [input(x), input(p), output(grad), output(plan.values)], units: x.length, width: 1, rest: [plan.gradScale],
  });
}

/**
 * sigmoid-focal, float32 (any alpha, gamma). The sum is NaN exactly when some logit is not
 * finite or some target lies outside [0, 1] (the caller's checks then word the error).
 */
export function wasmSigmoidFocal(
  x: FloatArray, y: FloatArray, alpha: number, gamma: number, grad: FloatArray | undefined, plan: ReductionPlan,
): number | null {
  // The kernel computes in float32: a gamma past its range would be Infinity there (Infinity
  // times a focal factor of 0 is NaN); TypeScript computes those in float64.
  if (!(x instanceof Float32Array) || !(gamma <= F32_MAX)) return null;
  const k = kernelsFor(x.length);
  if (!k || !sameType(x, y, grad, plan.values) || aliasing(grad, x, y)) return null;
  return runKernel(k, {
    kernel: 'sigmoidFocalF32', arrays: [input(x), input(y), output(grad), output(plan.values)], units: x.length, width: 1, rest: [alpha, gamma, plan.gradScale],
  });
}

/**
 * triplet-margin with p = 2 and no swap, float32 rows [rows, dim]. The sum is NaN exactly when
 * some input is NaN or ±Infinity. Gradients of the three inputs (any may be absent).
 */
export function wasmTriplet(
  a: FloatArray, p: FloatArray, n: FloatArray, grads: { anchor?: FloatArray; positive?: FloatArray; negative?: FloatArray },
  rows: number, dim: number, margin: number, eps: number, plan: ReductionPlan,
): number | null {
  if (!(a instanceof Float32Array)) return null;
  const k = kernelsFor(a.length);
  const { anchor: ga, positive: gp, negative: gn } = grads;
  if (!k || !sameType(a, p, n, ga, gp, gn, plan.values)) return null;
  if ([ga, gp, gn].some((g) => aliasing(g, a, p, n)) || overlapsAny(ga, gp, gn)) return null;
  return runKernel(k, {
    kernel: 'tripletF32', arrays: [input(a), input(p), input(n), output(ga), output(gp), output(gn), output(plan.values)],
    units: rows, width: dim, rest: [dim, margin, eps, plan.gradScale],
  });
}

/** True when two of the given buffers share bytes. */
function overlapsAny(...buffers: (FloatArray | undefined)[]): boolean {
  const present = buffers.filter((b): b is FloatArray => !!b);
  return present.some((b, i) => present.slice(i + 1).some((c) => overlaps(b, c)));
}

/**
 * For kernels that check their inputs as they read them: the sum when the WASM path ran and
 * every element passed (the inputs are then reported finite), else null after requiring the
 * inputs finite, so the caller's TypeScript path words any error and computes.
 */
export function checkedSum<N extends string>(sum: number | null, finite: FiniteCheck<N>, names: readonly N[]): number | null {
  const passed = sum !== null && !Number.isNaN(sum);
  for (const name of names) {
    if (passed) finite.report(name, true);
    else finite.require(name);
  }
  return passed ? sum : null;
}
