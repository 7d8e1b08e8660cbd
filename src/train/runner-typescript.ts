/**
 * The TypeScript runner: the reference arithmetic of model.ts and optimizer.ts, with float64
 * storage (the trainer's reference, bit for bit what it computed before the WASM kernels) or
 * float32 storage (every stored value rounded to float32, each expression in float64: the
 * fallback for precision 'float32' where WebAssembly SIMD is missing, and the reference the
 * WASM runner is tested against).
 */
import type { FloatArray } from '../core/tensor.js';
import type { LossUse } from './loss-binding.js';
import { backward, createWorkspace, floats, forward, weightMask, type ModelLayout, type Precision, type Workspace } from './model.js';
import { addWeightDecay, createOptimizer } from './optimizer.js';
import { batchLoss, createBatchLoss, gatherTargets, type BatchLoss, type ModelRunner, type RunnerSettings } from './runner.js';

/** Rows per forward pass when predicting (bounds the hidden-activation buffers). */
export const PREDICT_CHUNK_ROWS = 512;

/** A batch's loss buffers plus its inputs, outputs and hidden layers in the model's precision. */
export interface BatchBuffers extends BatchLoss {
  readonly x: FloatArray;
  /** The last layer's outputs (the same array as `raw` in float64). */
  readonly out: FloatArray;
  /** d loss / d out (the same array as `dRaw` in float64). */
  readonly dOut: FloatArray;
  readonly workspace: Workspace;
}

export function createBatchBuffers(layout: ModelLayout, lossUse: LossUse, rows: number, precision: Precision = 'float64'): BatchBuffers {
  const loss = createBatchLoss(lossUse, rows, layout.outputs);
  const float64 = precision === 'float64';
  return {
    ...loss,
    x: floats(precision, rows * layout.inputs),
    out: float64 ? loss.raw : floats(precision, rows * layout.outputs),
    dOut: float64 ? loss.dRaw : floats(precision, rows * layout.outputs),
    workspace: createWorkspace(layout, rows, precision),
  };
}

/**
 * The mean loss of one batch (already in `batch.x` / `batch.targets`), with its gradient with
 * respect to every parameter ADDED to `grad`; a non-finite loss returns before the backward
 * pass. Exposed for the gradient checks.
 */
export function batchLossAndGradient(layout: ModelLayout, params: FloatArray, batch: BatchBuffers, grad: FloatArray): number {
  forward(layout, params, batch.x, batch.rows, batch.workspace, batch.out);
  if (batch.out !== batch.raw) batch.raw.set(batch.out);
  const value = batchLoss(batch);
  if (!Number.isFinite(value)) return value;
  if (batch.dOut !== batch.dRaw) batch.dOut.set(batch.dRaw);
  backward(layout, params, batch.x, batch.rows, batch.workspace, batch.dOut, grad);
  return value;
}

/** Raw outputs for `rows` rows of `features`, in chunks, with `params` in `precision`. */
export function predictTypeScript(layout: ModelLayout, params: FloatArray, features: Float64Array, rows: number, precision: Precision): Float64Array {
  const out = new Float64Array(rows * layout.outputs);
  const chunk = Math.min(rows, PREDICT_CHUNK_ROWS);
  const workspace = createWorkspace(layout, chunk, precision);
  // float64 reads the caller's arrays in place; float32 rounds each chunk's inputs first.
  const x = precision === 'float32' ? new Float32Array(chunk * layout.inputs) : null;
  const y = precision === 'float32' ? new Float32Array(chunk * layout.outputs) : null;
  for (let start = 0; start < rows; start += PREDICT_CHUNK_ROWS) {
    const end = Math.min(rows, start + PREDICT_CHUNK_ROWS);
    const input = features.subarray(start * layout.inputs, end * layout.inputs);
    const target = out.subarray(start * layout.outputs, end * layout.outputs);
    if (x && y) {
      x.set(input);
      forward(layout, params, x, end - start, workspace, y);
      target.set(y.subarray(0, target.length));
    } else {
      forward(layout, params, input, end - start, workspace, target);
    }
  }
  return out;
}

export function createTypeScriptRunner(settings: RunnerSettings): ModelRunner {
  const { layout, precision, train, validation, lossUse, batchSize } = settings;
  const params = floats(precision, layout.parameterCount);
  params.set(settings.initial);
  const grad = floats(precision, layout.parameterCount);
  const mask = weightMask(layout);
  const optimizer = createOptimizer(settings.optimizer, layout.parameterCount, settings.momentum, precision);
  const full = createBatchBuffers(layout, lossUse, batchSize, precision);
  const rest = train.rows % batchSize;
  const remainder = rest ? createBatchBuffers(layout, lossUse, rest, precision) : undefined;
  const features = layout.inputs;
  let order: Int32Array = new Int32Array(0);
  return {
    kernels: 'typescript',
    precision,
    beginEpoch(next) { order = next; },
    step(start, rows, learningRate) {
      const batch = rows === full.rows ? full : (remainder as BatchBuffers);
      for (let r = 0; r < rows; r++) {
        const row = order[start + r];
        // Hint: an index loop, not set(subarray()), so gathering a row allocates no view.
        for (let i = 0, from = row * features, to = r * features; i < features; i++) batch.x[to + i] = train.features[from + i];
      }
      gatherTargets(batch, train.target, order, start);
      grad.fill(0);
      const value = batchLossAndGradient(layout, params, batch, grad);
      if (!Number.isFinite(value)) return value;
      addWeightDecay(grad, params, mask, settings.weightDecay);
      optimizer.step(params, grad, learningRate);
      return value;
    },
    validationOutputs: () => predictTypeScript(layout, params, validation.features, validation.rows, precision),
    getParameters: () => Float64Array.from(params),
    setParameters(values) { params.set(values); },
    dispose() {},
  };
}
