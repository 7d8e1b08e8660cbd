/**
 * losskit: loss functions with exact values and gradients. Every public name is listed
 * here once; the registry (`getLoss`, `listLosses`) is the uniform way in.
 */
export { LossError, type LossErrorKind } from './core/errors.js';
export type { FloatArray, DType, Tensor, IntTensor, TensorInput, IntTensorInput, NestedNumbers } from './core/tensor.js';
export type { Reduction, LossValue } from './core/reduction.js';
export type { OptionSpec, NumberOption, BooleanOption, TensorOption, ChoiceOption } from './core/options.js';
export type { LossEntry, InputSpec, Family, EvaluateRequest, EvaluateResult, LossExample, Anchors } from './core/define-loss.js';
export { softplus, logSigmoid, sigmoid, logSumExp, xlogy } from './core/stable-math.js';
export { sumCompensated } from './core/reduction.js';
export { getLoss, listLosses, hasLoss } from './registry.js';

// Regression
import { huberLoss, maeLoss, mseLoss, smoothL1Loss } from './losses/regression.js';
export const mse = mseLoss.call;
export const mseValueAndGrad = mseLoss.valueAndGrad;
export const mae = maeLoss.call;
export const maeValueAndGrad = maeLoss.valueAndGrad;
export const huber = huberLoss.call;
export const huberValueAndGrad = huberLoss.valueAndGrad;
export const smoothL1 = smoothL1Loss.call;
export const smoothL1ValueAndGrad = smoothL1Loss.valueAndGrad;
