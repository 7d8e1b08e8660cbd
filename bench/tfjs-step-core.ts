/**
 * The tfjs training-step workloads and their timing loop, shared by the Node runner
 * (bench/tfjs-steps.ts: cpu and wasm backends) and the browser page (bench/tfjs-webgl-page.ts:
 * WebGL in Chromium). Browser-safe: tfjs and losskit/tfjs only.
 *
 * A step is `optimizer.minimize(() => loss(y, model.apply(x)), true)` with Adam, and reading the
 * cost back (as model.fit does for its logs). Each variant has its own model and optimizer with
 * the same seeded weights; variants alternate in rounds (order rotated), median ms per step.
 */
import * as tf from '@tensorflow/tfjs';
import { tfLoss } from '../src/tfjs/index.js';
import { maxOf } from '../src/core/extent.js';

type LossFn = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;

export interface StepWorkload {
  readonly id: string;
  readonly layers: readonly number[];
  readonly batch: number;
  readonly target: 'value' | 'zero-one' | 'one-hot';
  readonly builtIn: { readonly name: string; readonly loss: LossFn };
  readonly losskit: string;
}

export const STEP_WORKLOADS: readonly StepWorkload[] = [
  { id: 'mse 32-64-1 b512', layers: [32, 64, 1], batch: 512, target: 'value', builtIn: { name: 'tf.losses.meanSquaredError', loss: (y, p) => tf.losses.meanSquaredError(y, p) }, losskit: 'mse' },
  { id: 'huber 32-64-1 b512', layers: [32, 64, 1], batch: 512, target: 'value', builtIn: { name: 'tf.losses.huberLoss', loss: (y, p) => tf.losses.huberLoss(y, p) }, losskit: 'huber' },
  { id: 'bce-with-logits 32-64-1 b512', layers: [32, 64, 1], batch: 512, target: 'zero-one', builtIn: { name: 'tf.losses.sigmoidCrossEntropy', loss: (y, p) => tf.losses.sigmoidCrossEntropy(y, p) }, losskit: 'bce-with-logits' },
  { id: 'cross-entropy 784-128-10 b128', layers: [784, 128, 10], batch: 128, target: 'one-hot', builtIn: { name: 'tf.losses.softmaxCrossEntropy', loss: (y, p) => tf.losses.softmaxCrossEntropy(y, p) }, losskit: 'cross-entropy' },
  { id: 'cross-entropy 64-1000 b256', layers: [64, 1000], batch: 256, target: 'one-hot', builtIn: { name: 'tf.losses.softmaxCrossEntropy', loss: (y, p) => tf.losses.softmaxCrossEntropy(y, p) }, losskit: 'cross-entropy' },
];

export interface StepResult {
  readonly backend: string;
  readonly workload: string;
  readonly builtIn: string;
  readonly builtInMs: number;
  readonly losskitMs: number;
  /** losskitMs / builtInMs: how many times slower a step with the adapter is. */
  readonly ratio: number;
  readonly rounds: number;
}

export interface StepConfig { readonly rounds: number; readonly budgetMs: number; readonly warmup: number }
export const FULL_STEPS: StepConfig = { rounds: 9, budgetMs: 250, warmup: 5 };
export const QUICK_STEPS: StepConfig = { rounds: 3, budgetMs: 60, warmup: 2 };

function model(layers: readonly number[]): tf.Sequential {
  const net = tf.sequential();
  for (let i = 1; i < layers.length; i++) {
    net.add(tf.layers.dense({
      ...(i === 1 ? { inputShape: [layers[0] as number] } : {}),
      units: layers[i] as number,
      activation: i < layers.length - 1 ? 'relu' : 'linear',
      kernelInitializer: tf.initializers.glorotUniform({ seed: i }),
    }));
  }
  return net;
}

function batchData(w: StepWorkload): { x: tf.Tensor; y: tf.Tensor } {
  const inputs = w.layers[0] as number;
  const outputs = w.layers.at(-1) as number;
  const x = tf.randomNormal([w.batch, inputs], 0, 1, 'float32', 1);
  const y = tf.tidy(() => {
    if (w.target === 'value') return tf.randomNormal([w.batch, outputs], 0, 1, 'float32', 2);
    if (w.target === 'zero-one') return tf.randomUniform([w.batch, outputs], 0, 1, 'float32', 2).round();
    return tf.oneHot(tf.randomUniform([w.batch], 0, outputs, 'int32', 2), outputs).toFloat();
  });
  return { x, y };
}

/** A step function for one variant, with its own model and optimizer. */
function stepper(w: StepWorkload, loss: LossFn, data: { x: tf.Tensor; y: tf.Tensor }) {
  const net = model(w.layers);
  const optimizer = tf.train.adam(1e-3);
  return {
    steps(count: number): number {
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        tf.tidy(() => { optimizer.minimize(() => loss(data.y, net.apply(data.x) as tf.Tensor) as tf.Scalar, true)?.dataSync(); });
      }
      return performance.now() - start;
    },
    dispose() { net.dispose(); optimizer.dispose(); },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}


/** Times one workload on the current backend: tfjs's loss against tfLoss, interleaved. */
export function measureWorkload(w: StepWorkload, config: StepConfig): { builtInMs: number; losskitMs: number } {
  const data = batchData(w);
  const variants = [stepper(w, w.builtIn.loss, data), stepper(w, tfLoss(w.losskit), data)];
  // Calibrate: steps per round so the slower variant fills the budget.
  const perStep = maxOf(variants.map((v) => { v.steps(config.warmup); return v.steps(2) / 2; }));
  const count = Math.max(2, Math.round(config.budgetMs / perStep));
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < config.rounds; round++) {
    const order = round % 2 ? [1, 0] : [0, 1];
    for (const v of order) times[v as 0 | 1].push(variants[v]!.steps(count) / count);
  }
  variants.forEach((v) => v.dispose());
  tf.dispose([data.x, data.y]);
  return { builtInMs: median(times[0]), losskitMs: median(times[1]) };
}
