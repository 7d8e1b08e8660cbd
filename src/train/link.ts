/**
 * Links from a model's raw outputs (scores / logits) to a loss's prediction input, their
 * backward passes (chain rule through the link's Jacobian), and the task-level predictions the
 * metrics see. Row-major: `rows` rows of `width` values; width 1 for regression and binary.
 */
import type { TrainingUse } from '../losses/index.js';
import type { Task } from '../data/types.js';

export type Link = TrainingUse['link'];

/** σ(z) = 1 / (1 + e^-z), evaluated on the side where exp cannot overflow. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** out[r, :] = softmax(z[r, :]) (max subtracted first, so exp never overflows). */
export function softmaxRows(z: Float64Array, rows: number, width: number, out: Float64Array): void {
  for (let r = 0; r < rows; r++) {
    const start = r * width;
    let max = -Infinity;
    for (let j = 0; j < width; j++) if (z[start + j] > max) max = z[start + j];
    let sum = 0;
    for (let j = 0; j < width; j++) {
      const e = Math.exp(z[start + j] - max);
      out[start + j] = e;
      sum += e;
    }
    for (let j = 0; j < width; j++) out[start + j] /= sum;
  }
}

/** out[r, :] = z[r, :] - logSumExp(z[r, :]). */
function logSoftmaxRows(z: Float64Array, rows: number, width: number, out: Float64Array): void {
  for (let r = 0; r < rows; r++) {
    const start = r * width;
    let max = -Infinity;
    for (let j = 0; j < width; j++) if (z[start + j] > max) max = z[start + j];
    let sum = 0;
    for (let j = 0; j < width; j++) sum += Math.exp(z[start + j] - max);
    const logSum = max + Math.log(sum);
    for (let j = 0; j < width; j++) out[start + j] = z[start + j] - logSum;
  }
}

/** linked = link(raw). For 'identity' the caller passes raw itself and this is not called. */
export function applyLink(link: Link, raw: Float64Array, rows: number, width: number, linked: Float64Array): void {
  switch (link) {
    case 'identity': linked.set(raw.subarray(0, rows * width)); return;
    case 'sigmoid': for (let k = 0; k < rows * width; k++) linked[k] = sigmoid(raw[k]); return;
    case 'softmax': softmaxRows(raw, rows, width, linked); return;
    case 'log-softmax': logSoftmaxRows(raw, rows, width, linked); return;
  }
}

/**
 * dRaw from dLinked (the loss's gradient with respect to its prediction input), given the
 * linked values of the forward pass:
 *   sigmoid:     dz = g p (1 - p)
 *   softmax:     dz_j = p_j (g_j - Σ_k g_k p_k)
 *   log-softmax: dz_j = g_j - p_j Σ_k g_k            (p = exp(linked))
 */
export function linkBackward(
  link: Link, linked: Float64Array, dLinked: Float64Array, rows: number, width: number, dRaw: Float64Array,
): void {
  switch (link) {
    case 'identity': dRaw.set(dLinked.subarray(0, rows * width)); return;
    case 'sigmoid':
      for (let k = 0; k < rows * width; k++) {
        const p = linked[k];
        dRaw[k] = dLinked[k] * p * (1 - p);
      }
      return;
    case 'softmax':
      for (let r = 0; r < rows; r++) {
        const start = r * width;
        let dot = 0;
        for (let j = 0; j < width; j++) dot += dLinked[start + j] * linked[start + j];
        for (let j = 0; j < width; j++) dRaw[start + j] = linked[start + j] * (dLinked[start + j] - dot);
      }
      return;
    case 'log-softmax':
      for (let r = 0; r < rows; r++) {
        const start = r * width;
        let total = 0;
        for (let j = 0; j < width; j++) total += dLinked[start + j];
        for (let j = 0; j < width; j++) dRaw[start + j] = dLinked[start + j] - Math.exp(linked[start + j]) * total;
      }
      return;
  }
}

/**
 * Task-level predictions from raw outputs: regression values as they are; binary P(positive) =
 * σ(score); multiclass class probabilities softmax(scores) (rows × C). Every classification link
 * in the registry reads raw outputs as logits, so this is the probability the loss trains for.
 * For margin losses (hinge, multi-margin) the scores are not calibrated probabilities; σ / softmax
 * of them still ranks rows and classes correctly, and the calibration chart shows the difference.
 */
export function taskPredictions(task: Task, raw: Float64Array, rows: number, width: number): Float64Array {
  const out = new Float64Array(rows * width);
  if (task === 'regression') out.set(raw.subarray(0, rows * width));
  else if (task === 'binary') for (let k = 0; k < rows * width; k++) out[k] = sigmoid(raw[k]);
  else softmaxRows(raw, rows, width, out);
  return out;
}
