/**
 * Data-layout helpers between TensorFlow.js conventions and the loss kernels': moving the
 * class axis, one-hot rows to class indices, and shapes that differ only by size-1 axes.
 * Plain typed-array loops: the adapter has already read the tensors with dataSync.
 */
import { LossError } from '../index.js';

/** Shapes (and short rows of values) print as `[2, 3]`, as in every losskit message. */
export function formatList(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((size, i) => size === b[i]);
}

/** Shapes equal once their size-1 axes are dropped ([N] and [N, 1]; Keras squeezes these). */
export function equalUpToUnitAxes(a: readonly number[], b: readonly number[]): boolean {
  return sameShape(a.filter((size) => size !== 1), b.filter((size) => size !== 1));
}

/**
 * [N, d1, ..., dk, C] (classes last, as tfjs lays them out) to [N, C, d1, ..., dk] (class
 * axis 1, as PyTorch's losses read them), or back with `toLast`.
 */
export function moveClassAxis(data: Float32Array, shape: readonly number[], toLast = false): { data: Float32Array; shape: number[] } {
  const n = shape[0] as number;
  const classes = (toLast ? shape[1] : shape[shape.length - 1]) as number;
  const inner = data.length / Math.max(1, n * classes);
  const out = new Float32Array(data.length);
  for (let b = 0; b < n; b++) {
    const base = b * inner * classes;
    for (let s = 0; s < inner; s++) {
      for (let c = 0; c < classes; c++) {
        const last = base + s * classes + c;
        const second = base + c * inner + s;
        if (toLast) out[last] = data[second] as number;
        else out[second] = data[last] as number;
      }
    }
  }
  const moved = toLast
    ? [n, ...shape.slice(2), classes]
    : [n, classes, ...shape.slice(1, -1)];
  return { data: out, shape: moved };
}

/**
 * The class index of each one-hot row (classes on the last axis). A row that is not exactly
 * one 1 among 0s is an error naming it: a soft or multi-label target would be silently
 * changed by taking its largest entry.
 */
export function oneHotToIndices(context: string, data: ArrayLike<number>, shape: readonly number[]): Int32Array {
  const classes = shape[shape.length - 1] as number;
  const rows = classes ? data.length / classes : 0;
  const indices = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let hot = -1;
    for (let c = 0; c < classes; c++) {
      const x = data[r * classes + c] as number;
      if (x === 1 && hot < 0) hot = c;
      else if (x !== 0) hot = -2;
    }
    if (hot < 0) {
      // float32 values print at float32 precision (0.9, not 0.8999999761581543).
      const row = Array.from({ length: Math.min(classes, 8) }, (_, c) => Number((data[r * classes + c] as number).toPrecision(7)));
      throw new LossError('domain',
        `${context}: yTrue has the shape of yPred ${formatList(shape)}, so it is read as one-hot rows, but row ${r} is ${formatList(row)}${classes > 8 ? '…' : ''}, not one 1 among 0s `
        + `(pass class indices of shape ${formatList(shape.slice(0, -1))} instead, or a loss taking soft targets)`, '', 'yTrue');
    }
    indices[r] = hot;
  }
  return indices;
}
