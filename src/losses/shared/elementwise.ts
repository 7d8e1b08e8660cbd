import { planReduction, type Reduction, type ReductionPlan } from '../../core/reduction.js';
import type { FloatArray, Tensor } from '../../core/tensor.js';
import { requireSameShape } from '../../core/validate.js';

/**
 * The common frame of elementwise losses l_i = f(input_i, target_i): shapes must be equal
 * (no silent broadcasting), 'mean' divides by numel, 'none' keeps the input's shape.
 */
export interface ElementwiseFrame {
  readonly x: FloatArray;
  readonly y: FloatArray;
  readonly n: number;
  readonly plan: ReductionPlan;
}

export function elementwiseFrame(
  loss: string,
  input: Tensor,
  target: Tensor,
  reduction: Reduction,
): ElementwiseFrame {
  requireSameShape(loss, 'target', target, 'input', input);
  const n = input.data.length;
  return { x: input.data, y: target.data, n, plan: planReduction(reduction, n, input.shape, input.data) };
}
