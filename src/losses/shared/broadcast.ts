import { shapeMismatch } from '../../core/errors.js';
import type { FloatArray, Tensor } from '../../core/tensor.js';

/**
 * PyTorch broadcasting of a smaller tensor (a `weight`, a `posWeight`) to the shape of the
 * input, read without materialising the expanded copy.
 *
 * Shapes are aligned on the right: `from[k]` pairs with `to[k + to.length - from.length]`
 * and must be 1 or equal to it; missing leading axes count as 1. A weight may not be larger
 * than the input (PyTorch would broadcast the input up and fail later on the result's shape).
 */

/** Per output axis, how far the source offset moves for one step (0 on broadcast axes). */
export function broadcastStrides(
  loss: string,
  argument: string,
  from: readonly number[],
  to: readonly number[],
  target = 'input',
): Int32Array {
  const lead = to.length - from.length;
  const fail = () => shapeMismatch(loss, argument, from, target, to, `'${argument}' must broadcast to the shape of '${target}'`);
  if (lead < 0) throw fail();
  const strides = new Int32Array(to.length);
  let stride = 1;
  for (let k = from.length - 1; k >= 0; k--) {
    const size = from[k];
    const axis = k + lead;
    if (size !== 1 && size !== to[axis]) throw fail();
    strides[axis] = size === 1 ? 0 : stride;
    stride *= size;
  }
  return strides;
}

/**
 * A reader of a broadcast tensor in the row-major order of the output: `next()` returns the
 * source value for output elements 0, 1, 2, ... in turn. An odometer over the output axes
 * moves the source offset by the precomputed strides, so a step costs O(1) amortised and
 * nothing of the input's size is allocated.
 */
export interface BroadcastReader {
  next(): number;
}

/** A reader of `tensor` broadcast to `shape`, or null when there is no tensor (weight 1). */
export function broadcastReader(
  loss: string,
  argument: string,
  tensor: Tensor | undefined,
  shape: readonly number[],
  target = 'input',
): BroadcastReader | null {
  if (!tensor) return null;
  const strides = broadcastStrides(loss, argument, tensor.shape, shape, target);
  const data: FloatArray = tensor.data;
  const rank = shape.length;
  // Hint: the common cases (same shape, one scalar) skip the odometer entirely.
  if (tensor.data.length === 1) {
    const value = data[0];
    return { next: () => value };
  }
  let identity = true;
  for (let k = 0, stride = 1; k < rank; k++) {
    const axis = rank - 1 - k;
    if (strides[axis] !== stride && shape[axis] !== 1) identity = false;
    stride *= shape[axis];
  }
  if (identity && data.length === shapeSize(shape)) {
    let i = 0;
    return { next: () => data[i++] };
  }
  const counter = new Int32Array(rank);
  let offset = 0;
  return {
    next() {
      const value = data[offset];
      for (let axis = rank - 1; axis >= 0; axis--) {
        offset += strides[axis];
        if (++counter[axis] < shape[axis]) break;
        offset -= strides[axis] * shape[axis];
        counter[axis] = 0;
      }
      return value;
    },
  };
}

function shapeSize(shape: readonly number[]): number {
  let size = 1;
  for (const s of shape) size *= s;
  return size;
}
