/**
 * The training harness (`losskit/train`): a small, seeded trainer of linear models and MLPs on
 * the library's fused loss kernels, and the callbacks bridge. A harness for studying losses,
 * not a deep-learning framework.
 */
export { train, resolveTrainConfig, classCount, TRAIN_DEFAULTS, type TrainControls, type TrainHooks, type TrainedModel, type ResolvedTrainConfig } from './trainer.js';
export { callbackHooks, type CallbackHooksOptions } from './callbacks.js';
export { lossesForTask, resolveLoss, resolveLossEntry, type LossUse } from './loss-binding.js';
export { taskMetrics } from './validation-metrics.js';
export type { TrainConfig, EpochRecord, TrainResult } from './types.js';
