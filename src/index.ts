/**
 * losskit: loss functions with exact values and gradients. Every public name is listed
 * here once; the registry (`getLoss`, `listLosses`) is the uniform way in.
 */
export {
  InputError, LossError, DataFileError, LogFileError, TrainingSetupError, InternalError, PLEASE_REPORT,
  type LossErrorKind, type FilePlace,
} from './core/errors.js';
export type { FloatArray, DType, Tensor, IntTensor, TensorInput, IntTensorInput, NestedNumbers } from './core/tensor.js';
export type { Reduction, LossValue } from './core/reduction.js';
export type { OptionSpec, NumberOption, BooleanOption, TensorOption, ChoiceOption } from './core/options.js';
export type { InputSpec, EvaluateRequest, EvaluateResult, LossExample, KernelContext, LossMath } from './core/define-loss.js';
export { defineLoss, type LossEntry, type LossDescription, type Family, type Anchors, type TrainingUse, type TrainingTask } from './losses/index.js';
export { softplus, logSigmoid, sigmoid, logSumExp, xlogy } from './core/stable-math.js';
export { sumCompensated } from './core/reduction.js';
export { getLoss, listLosses, hasLoss, registerLoss, unregisterLoss } from './registry.js';
// Custom losses: formulas with symbolic gradients, JavaScript functions with dual numbers.
export {
  defineCustomLoss, defineInlineLoss, isCustomLoss, INLINE_PREFIX, node, idOf, keyOf, sameNode, compareNodes, nodeCount, distinctNodes, namesUsed,
  parseFormula, FormulaError, MAX_FORMULA_LENGTH, MAX_NESTING, CLASSES_NAME, formatFormula, simplify, Simplifier,
  differentiate, Levels, compileFormula, SAMPLE_WEIGHT, schedule, generateSource, evaluateTree, findBreak,
  FUNCTION_NAMES, isOperator, Dual,
  type CustomLossDefinition, type FormulaDefinition, type FunctionDefinition, type CustomInputDefinition,
  type CustomOptionDefinition, type CustomInfo, type CustomLossEntry, type Node, type FormulaScope, type Level,
  type CompiledFormula, type FormulaRequest, type Backend, type KernelVariant, type Program, type Layout,
  type KernelInput, type RowEnv, type RowValue, type Operator, type DualOps, type DualValue, type CheckReport,
} from './custom/index.js';
// WASM SIMD kernels (the losses of src/wasm/kernel-table.ts, which defineLoss takes first): loaded
// synchronously in Node, by `await initWasm()` in browsers; TypeScript kernels otherwise.
export {
  initWasm, wasmAvailable, setKernelBackend, kernelBackend, type KernelBackend,
  allocateFloat32, allocateFloat64, releaseWasmArray, reserveWasmMemory,
} from './wasm/index.js';

// Losses: for each, the registry entry (`fooLoss`), the plain function (`foo`) and the fused
// value-and-gradient kernel (`fooValueAndGrad`), derived from the definitions in src/losses.
// BEGIN generated loss exports (npm run generate)
export {
  mseLoss, mse, mseValueAndGrad, maeLoss, mae, maeValueAndGrad, huberLoss, huber, huberValueAndGrad,
  smoothL1Loss, smoothL1, smoothL1ValueAndGrad, logCoshLoss, logCosh, logCoshValueAndGrad, quantileLoss,
  quantile, quantileValueAndGrad, poissonNllLoss, poissonNll, poissonNllValueAndGrad, gaussianNllLoss,
  gaussianNll, gaussianNllValueAndGrad, msleLoss, msle, msleValueAndGrad, mapeLoss, mape, mapeValueAndGrad,
  crossEntropyLoss, crossEntropy, crossEntropyValueAndGrad, nllLoss, nll, nllValueAndGrad, poly1Loss, poly1,
  poly1ValueAndGrad, categoricalCrossEntropyLoss, categoricalCrossEntropy,
  categoricalCrossEntropyValueAndGrad, generalizedCrossEntropyLoss, generalizedCrossEntropy,
  generalizedCrossEntropyValueAndGrad, bceLoss, bce, bceValueAndGrad, bceWithLogitsLoss, bceWithLogits,
  bceWithLogitsValueAndGrad, multilabelSoftMarginLoss, multilabelSoftMargin, multilabelSoftMarginValueAndGrad,
  sigmoidFocalLoss, sigmoidFocal, sigmoidFocalValueAndGrad, softmaxFocalLoss, softmaxFocal,
  softmaxFocalValueAndGrad, binaryFocalCrossentropyLoss, binaryFocalCrossentropy,
  binaryFocalCrossentropyValueAndGrad, categoricalFocalCrossentropyLoss, categoricalFocalCrossentropy,
  categoricalFocalCrossentropyValueAndGrad, sparsemaxLoss, sparsemax, sparsemaxValueAndGrad,
  multiclassSparsemaxLoss, multiclassSparsemax, multiclassSparsemaxValueAndGrad, hingeLoss, hinge,
  hingeValueAndGrad, squaredHingeLoss, squaredHinge, squaredHingeValueAndGrad, softMarginLoss, softMargin,
  softMarginValueAndGrad, perceptronLoss, perceptron, perceptronValueAndGrad, categoricalHingeLoss,
  categoricalHinge, categoricalHingeValueAndGrad, multiclassPerceptronLoss, multiclassPerceptron,
  multiclassPerceptronValueAndGrad, multiclassHingeLoss, multiclassHinge, multiclassHingeValueAndGrad,
  multiMarginLoss, multiMargin, multiMarginValueAndGrad, marginRankingLoss, marginRanking,
  marginRankingValueAndGrad, hingeEmbeddingLoss, hingeEmbedding, hingeEmbeddingValueAndGrad,
  multilabelMarginLoss, multilabelMargin, multilabelMarginValueAndGrad, rankingSoftmaxLoss, rankingSoftmax,
  rankingSoftmaxValueAndGrad, contrastiveLoss, contrastive, contrastiveValueAndGrad, tripletMarginLoss,
  tripletMargin, tripletMarginValueAndGrad, tripletMarginWithDistanceLoss, tripletMarginWithDistance,
  tripletMarginWithDistanceValueAndGrad, cosineEmbeddingLoss, cosineEmbedding, cosineEmbeddingValueAndGrad,
  cosineSimilarityLoss, cosineSimilarity, cosineSimilarityValueAndGrad, ntXentLoss, ntXent,
  ntXentValueAndGrad, supervisedContrastiveLoss, supervisedContrastive, supervisedContrastiveValueAndGrad,
  arcfaceLoss, arcface, arcfaceValueAndGrad, circleLoss, circle, circleValueAndGrad, klDivLoss, klDiv,
  klDivValueAndGrad, generalizedKlDivLoss, generalizedKlDiv, generalizedKlDivValueAndGrad, wasserstein1dLoss,
  wasserstein1d, wasserstein1dValueAndGrad, energyDistanceLoss, energyDistance, energyDistanceValueAndGrad,
  emdLoss, emd, emdValueAndGrad, sinkhornLoss, sinkhorn, sinkhornValueAndGrad, wganCriticLoss, wganCritic,
  wganCriticValueAndGrad, wganGeneratorLoss, wganGenerator, wganGeneratorValueAndGrad,
  wganGradientPenaltyLoss, wganGradientPenalty, wganGradientPenaltyValueAndGrad, diceLoss, dice,
  diceValueAndGrad, tverskyLoss, tversky, tverskyValueAndGrad, generalizedDiceLoss, generalizedDice,
  generalizedDiceValueAndGrad, lovaszHingeLoss, lovaszHinge, lovaszHingeValueAndGrad, lovaszSoftmaxLoss,
  lovaszSoftmax, lovaszSoftmaxValueAndGrad, ctcLoss, ctc, ctcValueAndGrad,
} from './losses/index.js';
// END generated loss exports
export { sparsemaxRow } from './losses/classification/sparsemax.js';
