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

// Losses: for each, the registry entry (`fooLoss`), the plain function (`foo`) and the
// fused value-and-gradient kernel (`fooValueAndGrad`).
export {
  mseLoss, mse, mseValueAndGrad, maeLoss, mae, maeValueAndGrad,
  huberLoss, huber, huberValueAndGrad, smoothL1Loss, smoothL1, smoothL1ValueAndGrad,
} from './losses/regression.js';
export {
  generalizedKlDivLoss, generalizedKlDiv, generalizedKlDivValueAndGrad,
} from './losses/generalized-kl.js';
export { ctcLoss, ctc, ctcValueAndGrad } from './losses/ctc.js';
