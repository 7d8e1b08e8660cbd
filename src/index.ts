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
export type { LossEntry, InputSpec, Family, EvaluateRequest, EvaluateResult, LossExample, Anchors, TrainingUse, TrainingTask } from './core/define-loss.js';
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
// WASM SIMD kernels (mse, huber, bce-with-logits, cross-entropy in float32): loaded
// synchronously in Node, by `await initWasm()` in browsers; TypeScript kernels otherwise.
export {
  initWasm, wasmAvailable, setKernelBackend, kernelBackend, type KernelBackend,
  allocateFloat32, allocateFloat64, releaseWasmArray, reserveWasmMemory,
} from './wasm/index.js';

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
export {
  logCoshLoss, logCosh, logCoshValueAndGrad, quantileLoss, quantile, quantileValueAndGrad,
} from './losses/regression-robust.js';
export { msleLoss, msle, msleValueAndGrad, mapeLoss, mape, mapeValueAndGrad } from './losses/relative-error.js';
export {
  poissonNllLoss, poissonNll, poissonNllValueAndGrad, gaussianNllLoss, gaussianNll, gaussianNllValueAndGrad,
} from './losses/likelihood.js';
export { diceLoss, dice, diceValueAndGrad, tverskyLoss, tversky, tverskyValueAndGrad } from './losses/segmentation.js';
export { generalizedDiceLoss, generalizedDice, generalizedDiceValueAndGrad } from './losses/segmentation-generalized.js';
export {
  lovaszHingeLoss, lovaszHinge, lovaszHingeValueAndGrad, lovaszSoftmaxLoss, lovaszSoftmax, lovaszSoftmaxValueAndGrad,
} from './losses/lovasz.js';
export { klDivLoss, klDiv, klDivValueAndGrad } from './losses/divergence.js';
export {
  wasserstein1dLoss, wasserstein1d, wasserstein1dValueAndGrad, energyDistanceLoss, energyDistance, energyDistanceValueAndGrad,
} from './losses/transport.js';
export { emdLoss, emd, emdValueAndGrad } from './losses/transport-emd.js';
export { sinkhornLoss, sinkhorn, sinkhornValueAndGrad } from './losses/sinkhorn.js';
export {
  wganCriticLoss, wganCritic, wganCriticValueAndGrad, wganGeneratorLoss, wganGenerator, wganGeneratorValueAndGrad,
  wganGradientPenaltyLoss, wganGradientPenalty, wganGradientPenaltyValueAndGrad,
} from './losses/adversarial.js';
export { crossEntropyLoss, crossEntropy, crossEntropyValueAndGrad } from './losses/cross-entropy.js';
export { nllLoss, nll, nllValueAndGrad, poly1Loss, poly1, poly1ValueAndGrad } from './losses/cross-entropy-variants.js';
export {
  categoricalCrossEntropyLoss, categoricalCrossEntropy, categoricalCrossEntropyValueAndGrad,
  generalizedCrossEntropyLoss, generalizedCrossEntropy, generalizedCrossEntropyValueAndGrad,
} from './losses/cross-entropy-categorical.js';
export { contrastiveLoss, contrastive, contrastiveValueAndGrad } from './losses/embedding.js';
export {
  tripletMarginLoss, tripletMargin, tripletMarginValueAndGrad,
  tripletMarginWithDistanceLoss, tripletMarginWithDistance, tripletMarginWithDistanceValueAndGrad,
} from './losses/embedding-triplet.js';
export {
  cosineEmbeddingLoss, cosineEmbedding, cosineEmbeddingValueAndGrad, cosineSimilarityLoss, cosineSimilarity, cosineSimilarityValueAndGrad,
} from './losses/embedding-cosine.js';
export {
  ntXentLoss, ntXent, ntXentValueAndGrad, supervisedContrastiveLoss, supervisedContrastive, supervisedContrastiveValueAndGrad,
} from './losses/self-supervised.js';
export { arcfaceLoss, arcface, arcfaceValueAndGrad, circleLoss, circle, circleValueAndGrad } from './losses/angular-margin.js';
export {
  hingeLoss, hinge, hingeValueAndGrad, squaredHingeLoss, squaredHinge, squaredHingeValueAndGrad,
  softMarginLoss, softMargin, softMarginValueAndGrad, perceptronLoss, perceptron, perceptronValueAndGrad,
} from './losses/margin.js';
export {
  categoricalHingeLoss, categoricalHinge, categoricalHingeValueAndGrad, multiclassPerceptronLoss, multiclassPerceptron,
  multiclassPerceptronValueAndGrad, multiclassHingeLoss, multiclassHinge, multiclassHingeValueAndGrad,
} from './losses/margin-multiclass.js';
export {
  multiMarginLoss, multiMargin, multiMarginValueAndGrad, marginRankingLoss, marginRanking, marginRankingValueAndGrad,
  hingeEmbeddingLoss, hingeEmbedding, hingeEmbeddingValueAndGrad,
} from './losses/pairwise-margin.js';
export { multilabelMarginLoss, multilabelMargin, multilabelMarginValueAndGrad } from './losses/margin-multilabel.js';
export { rankingSoftmaxLoss, rankingSoftmax, rankingSoftmaxValueAndGrad } from './losses/ranking.js';
export {
  sparsemaxLossEntry, sparsemaxLoss, sparsemaxLossValueAndGrad,
  multiclassSparsemaxLossEntry, multiclassSparsemaxLoss, multiclassSparsemaxLossValueAndGrad, sparsemaxRow,
} from './losses/sparsemax.js';
export { bceLoss, bce, bceValueAndGrad, bceWithLogitsLoss, bceWithLogits, bceWithLogitsValueAndGrad } from './losses/binary.js';
export { multilabelSoftMarginLoss, multilabelSoftMargin, multilabelSoftMarginValueAndGrad } from './losses/binary-multilabel.js';
export { sigmoidFocalLoss, sigmoidFocal, sigmoidFocalValueAndGrad } from './losses/focal.js';
export { softmaxFocalLoss, softmaxFocal, softmaxFocalValueAndGrad } from './losses/focal-softmax.js';
export {
  binaryFocalCrossentropyLoss, binaryFocalCrossentropy, binaryFocalCrossentropyValueAndGrad,
  categoricalFocalCrossentropyLoss, categoricalFocalCrossentropy, categoricalFocalCrossentropyValueAndGrad,
} from './losses/focal-keras.js';
