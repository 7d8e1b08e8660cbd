import { LossError, badElement, formatShape, formatValue, invalid } from './errors.js';

/** Float data as the kernels read it. Float32 in gives float32 out; sums run in float64. */
export type FloatArray = Float32Array | Float64Array;
export type DType = 'float32' | 'float64';

/** A dense row-major tensor: flat data plus its shape (`[]` is a scalar). */
export interface Tensor<T extends FloatArray = FloatArray> {
  readonly data: T;
  readonly shape: readonly number[];
}

/** Integer tensors hold class indices, labels and lengths. */
export interface IntTensor {
  readonly data: Int32Array;
  readonly shape: readonly number[];
}

export type NestedNumbers = number | readonly NestedNumbers[];

/** What a caller may pass where a float tensor is expected. */
export type TensorInput =
  | NestedNumbers
  | FloatArray
  | { readonly data: FloatArray | readonly number[]; readonly shape: readonly number[] };

/** What a caller may pass where an integer tensor is expected. */
export type IntTensorInput =
  | NestedNumbers
  | Int32Array
  | { readonly data: Int32Array | FloatArray | readonly number[]; readonly shape: readonly number[] };

export function numel(shape: readonly number[]): number {
  let count = 1;
  for (const size of shape) count *= size;
  return count;
}

export function dtypeOf(data: FloatArray): DType {
  return data instanceof Float32Array ? 'float32' : 'float64';
}

/** A zero-filled array of the same float type as `like`. */
export function zerosLike(like: FloatArray, length: number): FloatArray {
  return like instanceof Float32Array ? new Float32Array(length) : new Float64Array(length);
}

function isShapedObject(value: unknown): value is { data: unknown; shape: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value) && 'data' in value;
}

function checkShape(loss: string, argument: string, shape: unknown): readonly number[] {
  if (!Array.isArray(shape) || !shape.every((size) => Number.isInteger(size) && size >= 0)) {
    throw invalid('shape', loss, argument, "'shape' must be an array of non-negative integers", shape);
  }
  return shape as number[];
}

/** Flattens a nested number array row-major, checking that it is rectangular. */
function flattenNested(loss: string, argument: string, value: NestedNumbers): { values: number[]; shape: number[] } {
  const shape: number[] = [];
  let probe: NestedNumbers = value;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    if (probe.length === 0) break;
    probe = (probe as readonly NestedNumbers[])[0] as NestedNumbers;
  }
  const values: number[] = [];
  const walk = (node: NestedNumbers, depth: number): void => {
    if (depth === shape.length) {
      if (typeof node !== 'number') {
        throw new LossError('shape', `${loss}: '${argument}' is a ragged nested array (expected a number at depth ${depth}, received ${formatValue(node)})`, loss, argument);
      }
      values.push(node);
      return;
    }
    if (!Array.isArray(node) || node.length !== shape[depth]) {
      throw new LossError('shape', `${loss}: '${argument}' is a ragged nested array (expected ${shape[depth]} entries at depth ${depth}, received ${formatValue(node)})`, loss, argument);
    }
    for (const child of node as readonly NestedNumbers[]) walk(child, depth + 1);
  };
  walk(value, 0);
  return { values, shape };
}

/**
 * Reads any accepted float form into a Tensor. Typed arrays are used as given (never
 * copied, never written); nested arrays become Float64Array.
 */
export function toTensor(loss: string, argument: string, value: unknown): Tensor {
  if (value instanceof Float32Array || value instanceof Float64Array) {
    return { data: value, shape: [value.length] };
  }
  if (typeof value === 'number' || Array.isArray(value)) {
    const { values, shape } = flattenNested(loss, argument, value as NestedNumbers);
    return { data: Float64Array.from(values), shape };
  }
  if (isShapedObject(value)) {
    const shape = checkShape(loss, argument, value.shape);
    const raw = value.data;
    let data: FloatArray;
    if (raw instanceof Float32Array || raw instanceof Float64Array) data = raw;
    else if (Array.isArray(raw) && raw.every((x) => typeof x === 'number')) data = Float64Array.from(raw as number[]);
    else if (ArrayBuffer.isView(raw) && !(raw instanceof DataView)) data = Float64Array.from(raw as unknown as ArrayLike<number>);
    else throw invalid('shape', loss, argument, "'data' must be a Float32Array, Float64Array or number array", raw);
    if (data.length !== numel(shape)) {
      throw new LossError('shape', `${loss}: '${argument}' has ${data.length} values but shape ${formatShape(shape)} needs ${numel(shape)}`, loss, argument);
    }
    return { data, shape };
  }
  throw invalid('shape', loss, argument, 'must be a number, a nested number array, a Float32Array/Float64Array or { data, shape }', value);
}

/** Reads any accepted integer form into an IntTensor; every value must be an integer. */
export function toIntTensor(loss: string, argument: string, value: unknown): IntTensor {
  if (value instanceof Int32Array) return { data: value, shape: [value.length] };
  const tensor = isShapedObject(value) && value.data instanceof Int32Array
    ? { data: value.data, shape: checkShape(loss, argument, value.shape) }
    : toTensor(loss, argument, value);
  const { data, shape } = tensor;
  if (data.length !== numel(shape)) {
    throw new LossError('shape', `${loss}: '${argument}' has ${data.length} values but shape ${formatShape(shape)} needs ${numel(shape)}`, loss, argument);
  }
  if (data instanceof Int32Array) return { data, shape };
  const ints = new Int32Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const x = data[i];
    if (!Number.isInteger(x) || x < -2147483648 || x > 2147483647) {
      throw badElement(loss, argument, 'an integer', x, i, shape);
    }
    ints[i] = x;
  }
  return { data: ints, shape };
}

/** Throws a domain error naming the first NaN (and, unless allowed, infinite) element. */
export function requireFinite(loss: string, argument: string, tensor: Tensor, allowInfinite = false): void {
  const { data } = tensor;
  if (!allowInfinite) {
    // Hint: x * 0 is 0 for every finite x and NaN for NaN or ±Infinity, so one branch-free
    // pass (about 3× faster than testing each element) decides; the search below runs only
    // to name the offending element.
    let probe = 0;
    for (let i = 0; i < data.length; i++) probe += data[i] * 0;
    if (probe === 0) return;
  }
  for (let i = 0; i < data.length; i++) {
    const x = data[i];
    if (x - x !== 0 && !(allowInfinite && x === x)) {
      throw badElement(loss, argument, allowInfinite ? 'a number (not NaN)' : 'finite', x, i, tensor.shape);
    }
  }
}
