/**
 * Embedded real datasets (losskit/data) as tfjs tensors, and small seeded tfjs models, for
 * the adapter's training tests and bench.
 */
import * as tf from '@tensorflow/tfjs';
import { getDataset, prepareSplit, type Dataset } from '../../src/data/index.js';

export interface Tensors {
  readonly x: tf.Tensor2D;
  /** Regression: [N, 1] values. Binary: [N, 1] 0/1. Multiclass: [N, C] one-hot. */
  readonly y: tf.Tensor2D;
  /** Class indices (classification) or values, as plain numbers. */
  readonly target: Float64Array;
}

export interface SplitTensors {
  readonly train: Tensors;
  readonly validation: Tensors;
  readonly classes: number;
}

function tensors(part: Dataset, classes: number, targetScale: { mean: number; std: number }): Tensors {
  const features = part.featureNames.length;
  const x = tf.tensor2d(Float32Array.from(part.features), [part.rows, features]);
  let y: tf.Tensor2D;
  if (part.task === 'multiclass') {
    const indices = tf.tensor1d(Int32Array.from(part.target), 'int32');
    y = tf.oneHot(indices, classes).toFloat() as tf.Tensor2D;
    indices.dispose();
  } else {
    const values = part.task === 'regression' ? part.target.map((v) => (v - targetScale.mean) / targetScale.std) : part.target;
    y = tf.tensor2d(Float32Array.from(values), [part.rows, 1]);
  }
  return { x, y, target: part.target };
}

/**
 * A seeded split of embedded dataset `name`; regression targets standardised with the
 * training rows' mean and std (so one learning rate suits every loss).
 */
export function splitTensors(name: string, seed = 1): SplitTensors {
  const split = prepareSplit(getDataset(name).load(), { seed });
  const classes = split.train.classNames?.length ?? 1;
  const t = split.train.target;
  const mean = t.reduce((a, b) => a + b, 0) / t.length;
  const std = Math.sqrt(t.reduce((a, b) => a + (b - mean) ** 2, 0) / t.length) || 1;
  const scale = { mean, std };
  return { train: tensors(split.train, classes, scale), validation: tensors(split.validation, classes, scale), classes };
}

/** A one-hidden-layer MLP with seeded Glorot weights: the same start for every loss compared. */
export function mlp(inputs: number, outputs: number, activation: 'linear' | 'sigmoid' | 'softmax' = 'linear', hidden = 16, seed = 7): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [inputs], units: hidden, activation: 'tanh', kernelInitializer: tf.initializers.glorotUniform({ seed }) }),
      tf.layers.dense({ units: outputs, activation, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }),
    ],
  });
}

export function disposeSplit(split: SplitTensors): void {
  tf.dispose([split.train.x, split.train.y, split.validation.x, split.validation.y]);
}
