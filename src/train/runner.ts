/**
 * A model runner does the trainer's arithmetic: mini-batch steps (forward, loss, backward,
 * optimizer) and predictions, on one set of kernels. Two exist:
 *   runner-wasm.ts        float32 on the WASM SIMD kernels (wasm/assembly/dense.ts, blocked
 *                         GEMMs in f32x4 lanes), the default where WebAssembly SIMD loads;
 *   runner-typescript.ts  the TypeScript reference (model.ts, optimizer.ts), float32 or float64.
 * The trainer (trainer.ts) owns everything else: settings, shuffling, epochs, hooks, metrics.
 * Both runners evaluate the loss the same way, in float64 through the loss binding (below).
 */
import type { Dataset } from '../data/types.js';
import { bindLoss, type LossBinding, type LossUse } from './loss-binding.js';
import type { ModelLayout, Precision } from './model.js';
import type { OptimizerName } from './optimizer.js';

/** Everything a runner needs to know about the run. */
export interface RunnerSettings {
  readonly layout: ModelLayout;
  readonly lossUse: LossUse;
  readonly optimizer: OptimizerName;
  readonly momentum: number;
  readonly weightDecay: number;
  /** Rows of a full batch (the last batch of an epoch holds train.rows % batchSize). */
  readonly batchSize: number;
  readonly precision: Precision;
  readonly train: Dataset;
  readonly validation: Dataset;
  /** The starting parameters (ModelLayout order), rounded to float32 by float32 runners. */
  readonly initial: Float64Array;
}

export interface ModelRunner {
  readonly kernels: 'wasm' | 'typescript';
  readonly precision: Precision;
  /** The row order of the coming epoch's batches: indices into the training rows. */
  beginEpoch(order: Int32Array): void;
  /**
   * One optimizer step on the training rows order[start, start + rows), `rows` being the batch
   * size or the epoch's remainder. Returns the batch's mean loss, or NaN when the model's outputs
   * were not finite (the parameters are then left as they were).
   */
  step(start: number, rows: number, learningRate: number): number;
  /** Raw outputs on the validation rows (rows × outputs). */
  validationOutputs(): Float64Array;
  /** A float64 copy of the current parameters. */
  getParameters(): Float64Array;
  /** Replaces the parameters (a float32 runner rounds them to float32). */
  setParameters(values: Float64Array): void;
  /** Frees what the runner holds outside the JS heap (WASM memory). Idempotent. */
  dispose(): void;
}

/** The loss side of one batch size: targets, float64 outputs and their gradient, the bound loss. */
export interface BatchLoss {
  readonly rows: number;
  readonly targets: Float64Array;
  /** Raw model outputs, rows × outputs, as the loss sees them. */
  readonly raw: Float64Array;
  /** d loss / d raw. */
  readonly dRaw: Float64Array;
  readonly loss: LossBinding;
}

export function createBatchLoss(lossUse: LossUse, rows: number, outputs: number): BatchLoss {
  return {
    rows,
    targets: new Float64Array(rows),
    raw: new Float64Array(rows * outputs),
    dRaw: new Float64Array(rows * outputs),
    loss: bindLoss(lossUse, rows, outputs),
  };
}

/** targets[r] = target[order[start + r]] for the batch's rows. */
export function gatherTargets(batch: BatchLoss, target: Float64Array, order: Int32Array, start: number): void {
  for (let r = 0; r < batch.rows; r++) batch.targets[r] = target[order[start + r]];
}

/**
 * The batch's mean loss with its gradient with respect to the raw outputs in `batch.dRaw`,
 * given `batch.raw` and `batch.targets`. NaN when an output is not finite: diverged outputs
 * would only meet a LossError in the loss, and the trainer reports the divergence instead.
 */
export function batchLoss(batch: BatchLoss): number {
  const { raw } = batch;
  for (let k = 0; k < raw.length; k++) if (!Number.isFinite(raw[k])) return Number.NaN;
  batch.loss.setTargets(batch.targets);
  return batch.loss.valueAndGrad(raw, batch.dRaw);
}

/** A full batch and, when the epoch does not divide evenly, the remainder's. */
export function batchLosses(settings: RunnerSettings): { full: BatchLoss; remainder: BatchLoss | undefined } {
  const { lossUse, batchSize, train, layout } = settings;
  const rest = train.rows % batchSize;
  return {
    full: createBatchLoss(lossUse, batchSize, layout.outputs),
    remainder: rest ? createBatchLoss(lossUse, rest, layout.outputs) : undefined,
  };
}
