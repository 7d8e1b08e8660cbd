import { LossError, badElement, formatShape } from '../../core/errors.js';
import { planReduction, type Reduction, type ReductionPlan } from '../../core/reduction.js';
import type { FloatArray, IntTensor, Tensor } from '../../core/tensor.js';
import { requireClassIndices, requireIndexTargetShape, requireLength, sameShape, type ClassLayout } from '../../core/validate.js';

/**
 * Pieces shared by the softmax cross-entropy family (cross-entropy, nll, poly1): class
 * weights, class-index targets with ignoreIndex, and rows of a class axis at position 1.
 *
 * Layout (PyTorch): input [N, C, d1, ...] (or [C] unbatched); position p = (n, s) runs over
 * [N, d1, ...] and its class row starts at n*C*S + s with stride S = d1*d2*...
 */

/** Where position p's class row starts in the input (its classes are `spatial` apart). */
export function rowOffset(layout: ClassLayout, p: number): number {
  const { classes, spatial } = layout;
  const n = Math.floor(p / spatial);
  return n * classes * spatial + (p - n * spatial);
}

/** Number of positions (rows) = N * d1 * d2 * ... (1 for an unbatched [C] input). */
export function positionCount(layout: ClassLayout): number {
  return layout.batch * layout.spatial;
}

/** Class weights as float64 (null when absent, i.e. all ones), one per class. */
export function classWeights(loss: string, weight: Tensor | undefined, classes: number): Float64Array | null {
  if (!weight) return null;
  requireLength(loss, 'weight', weight, classes, 'one weight per class');
  return Float64Array.from(weight.data);
}

/** Σ_c w_c (C when unweighted): the smoothing term's weight mass. */
export function weightTotal(weights: Float64Array | null, classes: number): number {
  if (!weights) return classes;
  let total = 0;
  for (let c = 0; c < classes; c++) total += weights[c];
  return total;
}

/**
 * Σ w[t_p] over positions whose target is not ignored: what PyTorch's weighted 'mean' divides
 * by (the plain count of non-ignored targets without weights).
 */
export function targetWeightSum(targets: Int32Array, weights: Float64Array | null, ignoreIndex: number): number {
  let total = 0;
  for (let p = 0; p < targets.length; p++) {
    const t = targets[p];
    if (t !== ignoreIndex) total += weights ? weights[t] : 1;
  }
  return total;
}

/** Inside [2^-500, 2^500] weights, their sums and their reciprocals stay normal float64 numbers. */
const SAFE_WEIGHT = 2 ** 500;

/**
 * The reduction of a class-weighted loss over index targets. Its 'mean' divides by Σ w[t], a
 * ratio no uniform scale of the weights changes; so for 'mean', weights beyond [2^-500, 2^500]
 * are scaled by a power of two (exactly) into that range first, and weights of 1e308 or 1e-320
 * give the unweighted value instead of 0 (an overflowed denominator) or NaN (an overflowed
 * 1 / Σ w). 'sum' and 'none' scale with the weights and keep them as given. A mean with
 * nothing to divide by (every target ignored, or weighing 0) raises 'nothing to average'.
 */
export function indexTargetReduction(
  reduction: Reduction, targets: Int32Array, given: Float64Array | null, ignoreIndex: number,
  outShape: readonly number[], like: FloatArray,
): { plan: ReductionPlan; weights: Float64Array | null } {
  let weights = given;
  if (weights && reduction === 'mean') {
    let max = 0;
    for (const w of weights) max = Math.max(max, Math.abs(w));
    if (max > SAFE_WEIGHT || (max > 0 && max < 1 / SAFE_WEIGHT)) {
      const unit = 2 ** Math.floor(Math.log2(max)); // 2^-1074 .. 2^1023: never 0 or Infinity
      weights = weights.map((w) => w / unit);
    }
  }
  let counted = 0;
  for (let p = 0; p < targets.length; p++) if (targets[p] !== ignoreIndex) counted++;
  const empty = counted === 0
    ? { argument: 'target', why: `every target equals ignoreIndex (${ignoreIndex})` }
    : { argument: 'weight', why: "the 'weight' of every counted target is 0", kind: 'domain' as const };
  const plan = planReduction(reduction, targetWeightSum(targets, weights, ignoreIndex), outShape, like, targets.length === 0 ? undefined : empty);
  return { plan, weights };
}

/** Shape and range checks of integer class-index targets (nll, poly1). */
export function checkIndexTargets(loss: string, target: IntTensor, layout: ClassLayout, inputShape: readonly number[], ignoreIndex?: number): Int32Array {
  requireIndexTargetShape(loss, target, layout, inputShape);
  requireClassIndices(loss, target, layout.classes, ignoreIndex);
  return target.data;
}

/**
 * Class indices given as a float tensor (cross-entropy's `target` may hold indices or
 * probabilities, told apart by shape): checks shape, integrality and range.
 */
export function floatIndexTargets(loss: string, target: Tensor, layout: ClassLayout, inputShape: readonly number[], ignoreIndex: number): Int32Array {
  if (!sameShape(target.shape, layout.positionShape)) {
    throw new LossError(
      'shape',
      `${loss}: 'target' has shape ${formatShape(target.shape)} but 'input' has shape ${formatShape(inputShape)} (expected class indices of shape ${formatShape(layout.positionShape)} or probabilities of shape ${formatShape(inputShape)})`,
      loss,
      'target',
    );
  }
  const { data } = target;
  const ints = new Int32Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const t = data[i];
    if (!Number.isInteger(t) || Math.abs(t) > 2147483647) throw badElement(loss, 'target', 'an integer class index', t, i, target.shape);
    ints[i] = t;
  }
  requireClassIndices(loss, { data: ints, shape: target.shape }, layout.classes, ignoreIndex);
  return ints;
}

/** Writes zeros over one class row of a gradient buffer (ignored targets, rows without a gradient). */
export function zeroRow(grad: Float64Array | Float32Array, offset: number, classes: number, stride: number): void {
  for (let c = 0, i = offset; c < classes; c++, i += stride) grad[i] = 0;
}
