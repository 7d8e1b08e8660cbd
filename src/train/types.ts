import type { Task } from '../data/types.js';
import type { TargetScaling, TargetScalingOption } from './target-scaling.js';

/**
 * A trainer run's settings. Every field has a default; the same seed, data and kernels (WASM
 * SIMD or TypeScript: `TrainedModel.kernels`) give the same numbers, bit for bit.
 */
export interface TrainConfig {
  /** Registry name of the loss, and its options (reduction is the trainer's: 'mean'). */
  readonly loss: string;
  readonly lossOptions?: Readonly<Record<string, unknown>>;
  /** 'linear' = linear / logistic / softmax regression by task; 'mlp' = 1–2 hidden layers. */
  readonly model?: 'linear' | 'mlp';
  readonly hidden?: readonly number[];
  readonly activation?: 'relu' | 'tanh';
  readonly optimizer?: 'sgd' | 'adam';
  readonly learningRate?: number;
  /** SGD momentum (0 = plain SGD). */
  readonly momentum?: number;
  /** L2 weight decay coefficient (added to the gradient, not to the reported loss). */
  readonly weightDecay?: number;
  readonly batchSize?: number;
  readonly epochs?: number;
  readonly seed?: number;
  /**
   * Storage of weights, activations, gradients and optimizer state (default 'float32', as
   * PyTorch's and Keras's default dtype). 'float32' trains on the WASM SIMD kernels where they
   * load, else on the TypeScript kernels with float32 storage; 'float64' always runs the
   * TypeScript reference in float64. Losses are evaluated in float64 either way.
   */
  readonly precision?: 'float32' | 'float64';
  /**
   * Regression only: 'standardise' fits the model to standardised targets (training mean and
   * std) and maps predictions back, so targets of any size train with the default learning
   * rate; the loss minimised is still the one asked for, in target units (see
   * train/target-scaling.ts). Default 'none' (targets as given, as Keras and PyTorch do).
   */
  readonly targetScaling?: TargetScalingOption;
}

/** What the trainer records after each epoch. */
export interface EpochRecord {
  readonly epoch: number;
  /** Mean training loss over the epoch's mini-batches. */
  readonly trainLoss: number;
  /** The loss on the whole validation set after the epoch. */
  readonly validationLoss: number;
  readonly learningRate: number;
  /** Validation metrics of the task (e.g. rmse, mae, r2; accuracy, f1Macro, rocAuc). */
  readonly metrics: Readonly<Record<string, number>>;
  readonly seconds: number;
}

export interface TrainResult {
  readonly task: Task;
  readonly config: Required<Omit<TrainConfig, 'lossOptions' | 'hidden'>> & { readonly lossOptions: Readonly<Record<string, unknown>>; readonly hidden: readonly number[] };
  readonly history: readonly EpochRecord[];
  /** Epoch with the lowest validation loss (1-based). */
  readonly bestEpoch: number;
  readonly seconds: number;
  /** The regression target transform fitted on the training rows (with targetScaling 'standardise'). */
  readonly targetScaling?: TargetScaling;
  /** Raw model outputs (scores) for a feature matrix: rows × outputs. */
  predict(features: Float64Array, rows: number): Float64Array;
  /** Task-level predictions: regression values (in target units), P(positive) for binary, class probabilities (rows × C) for multiclass. */
  predictTask(features: Float64Array, rows: number): Float64Array;
}
