import { invalid } from './errors.js';
import { zerosLike, type FloatArray, type Tensor } from './tensor.js';

/**
 * How per-element losses become the result. `'batchmean'` exists for kl-div only.
 * "Mean" is not one thing: each loss states its denominator (numel, N, the sum of the
 * target classes' weights, ...) and passes it here.
 */
export type Reduction = 'none' | 'mean' | 'sum' | 'batchmean';
export const REDUCTIONS: readonly Reduction[] = ['none', 'mean', 'sum', 'batchmean'];
/** The reductions of most losses (all but 'batchmean', which only kl-div has). */
export const STANDARD_REDUCTIONS: readonly Reduction[] = ['none', 'mean', 'sum'];

/** A loss value: a number for scalar reductions, per-element values for `'none'`. */
export type LossValue = number | Tensor;

/** The value type a reduction produces. */
export type ValueFor<R> = R extends 'none' ? Tensor : number;

export function checkReduction(loss: string, reduction: unknown, allowed: readonly Reduction[]): Reduction {
  if (typeof reduction !== 'string' || !(allowed as readonly string[]).includes(reduction)) {
    const hint = reduction === 'batchmean' ? " ('batchmean' is only valid for kl-div)" : '';
    throw invalid('option', loss, 'reduction', `must be one of ${allowed.map((r) => `'${r}'`).join(', ')}${hint}`, reduction);
  }
  return reduction as Reduction;
}

/**
 * A reduction fixed for one call. Kernels multiply each per-element gradient by `gradScale`
 * while they accumulate the value, then call `finish(sum)`: value and gradient are divided
 * by the same denominator here, so 'mean' cannot divide the value and forget the gradient.
 */
export interface ReductionPlan {
  /** Factor applied to every per-element gradient (0 when the denominator is 0). */
  readonly gradScale: number;
  /** Per-element output buffer for 'none' (same float type as the prediction), else null. */
  readonly values: FloatArray | null;
  /** The reduced value from the float64 sum of per-element losses. */
  finish(sum: number): LossValue;
}

/**
 * Thrown by planReduction when 'mean' (or 'batchmean') would divide by 0: an average over
 * nothing has no value (PyTorch returns NaN; losskit raises). defineLoss turns it into a
 * LossError naming the loss and the argument.
 */
export class NothingToAverage extends Error {
  override readonly name = 'NothingToAverage';
  constructor(
    /** The argument whose contents left nothing to average ('' for the prediction). */
    readonly argument: string,
    /** Why, completing "nothing to average: ...". */
    readonly why: string,
    /** 'shape' when the argument is empty, 'domain' when its values leave nothing (weights of 0). */
    readonly kind: 'shape' | 'domain' = 'shape',
  ) {
    super(`nothing to average: ${why}`);
  }
}

/** What makes a zero denominator, when it is not an empty prediction. */
export interface ZeroDenominator {
  readonly argument: string;
  readonly why: string;
  readonly kind?: 'shape' | 'domain';
}

/**
 * @param denominator what 'mean' (or 'batchmean') divides by; when it is 0 there is nothing
 *   to average and NothingToAverage is thrown (`empty` says which argument and why).
 * @param outShape the shape of the per-element values returned for 'none'.
 */
export function planReduction(
  reduction: Reduction,
  denominator: number,
  outShape: readonly number[],
  like: FloatArray,
  empty?: ZeroDenominator,
): ReductionPlan {
  if (reduction === 'none') {
    let length = 1;
    for (const size of outShape) length *= size;
    const values = zerosLike(like, length);
    return { gradScale: 1, values, finish: () => ({ data: values, shape: outShape }) };
  }
  if (reduction === 'sum') return { gradScale: 1, values: null, finish: (sum) => sum };
  if (denominator === 0) throw new NothingToAverage(empty?.argument ?? '', empty?.why ?? 'there are no elements', empty?.kind);
  return {
    gradScale: 1 / denominator,
    values: null,
    finish: (sum) => sum / denominator,
  };
}

/**
 * Neumaier's compensated sum: exact to about one rounding for any order of magnitudes,
 * where a naive float64 loop loses digits once the partial sum dwarfs the terms.
 */
export function sumCompensated(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}
