import { LossError, badElement, formatShape, formatValue, invalid } from './errors.js';
import { viewProblem } from './views.js';

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

/**
 * What a caller may pass where a float tensor is expected. Integer typed arrays (Int32Array
 * class indices, Uint8Array masks) are read as float64 copies.
 */
export type TensorInput =
  | NestedNumbers
  | FloatArray
  | IntegerArray
  | { readonly data: FloatArray | IntegerArray | readonly number[]; readonly shape: readonly number[] };

export type IntegerArray = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array;

/** What a caller may pass where an integer tensor is expected. */
export type IntTensorInput =
  | NestedNumbers
  | Int32Array
  | { readonly data: Int32Array | FloatArray | readonly number[]; readonly shape: readonly number[] };

/** A flat row-major array as the nested array of `shape` (a number for shape []). */
export function nest(flat: readonly number[], shape: readonly number[], offset = 0): NestedNumbers {
  if (shape.length === 0) return flat[offset]!;
  const [size, ...rest] = shape as [number, ...number[]];
  const stride = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length: size }, (_, i) => nest(flat, rest, offset + i * stride));
}

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

/**
 * The most elements (and the largest extent of an empty tensor's other axes) a tensor may
 * have: int32 indices and the WASM address space both end at 2^31. An empty tensor of shape
 * [2^40, 0] has no data but 2^40 rows a loss would walk, so the bound applies to it too.
 */
export const MAX_ELEMENTS = 2 ** 31 - 1;

function checkShape(loss: string, argument: string, shape: unknown): readonly number[] {
  if (!Array.isArray(shape) || !shape.every((size) => Number.isInteger(size) && size >= 0)) {
    throw invalid('shape', loss, argument, "'shape' must be an array of non-negative integers", shape);
  }
  let extent = 1;
  for (const size of shape as number[]) if (size > 0) extent *= size;
  if (extent > MAX_ELEMENTS) {
    throw invalid('shape', loss, argument, `'shape' must span at most 2^31 - 1 elements (its non-zero sizes multiply to ${extent})`, shape);
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
 * A typed array a loss may read: not detached, not released, not BigInt, not a DataView.
 * Float arrays come back as they are; integer typed arrays (Int32Array class indices,
 * Uint8Array masks) as a Float64Array copy.
 */
function readableArray(loss: string, argument: string, view: ArrayBufferView): FloatArray {
  const problem = viewProblem(view);
  if (problem) throw new LossError('domain', `${loss}: '${argument}' ${problem}`, loss, argument);
  if (view instanceof Float32Array || view instanceof Float64Array) return view;
  if (view instanceof BigInt64Array || view instanceof BigUint64Array) {
    throw new LossError('shape', `${loss}: '${argument}' is a ${view.constructor.name}; losses take numbers (Float32Array, Float64Array, an integer typed array or a number array), not BigInts`, loss, argument);
  }
  if (view instanceof DataView) throw invalid('shape', loss, argument, 'must be a typed array of numbers, not a DataView', 'a DataView');
  if (view.byteLength / (view as Int32Array).BYTES_PER_ELEMENT > MAX_ELEMENTS) throw invalid('shape', loss, argument, 'must hold at most 2^31 - 1 elements', view);
  return Float64Array.from(view as unknown as ArrayLike<number>);
}

function checkLength(loss: string, argument: string, data: ArrayLike<number>, shape: readonly number[]): void {
  if (data.length !== numel(shape)) {
    throw new LossError('shape', `${loss}: '${argument}' has ${data.length} values but shape ${formatShape(shape)} needs ${numel(shape)}`, loss, argument);
  }
}

/**
 * Reads any accepted float form into a Tensor. Float typed arrays are used as given (never
 * copied, never written); nested arrays and integer typed arrays become Float64Array.
 */
export function toTensor(loss: string, argument: string, value: unknown): Tensor {
  if (ArrayBuffer.isView(value)) {
    const data = readableArray(loss, argument, value);
    if (data.length > MAX_ELEMENTS) throw invalid('shape', loss, argument, 'must hold at most 2^31 - 1 elements', data);
    return { data, shape: [data.length] };
  }
  if (typeof value === 'number' || Array.isArray(value)) {
    const { values, shape } = flattenNested(loss, argument, value as NestedNumbers);
    return { data: Float64Array.from(values), shape };
  }
  if (isShapedObject(value)) {
    const shape = checkShape(loss, argument, value.shape);
    const raw = value.data;
    let data: FloatArray;
    if (ArrayBuffer.isView(raw)) data = readableArray(loss, argument, raw);
    else if (Array.isArray(raw) && raw.every((x) => typeof x === 'number')) data = Float64Array.from(raw as number[]);
    else throw invalid('shape', loss, argument, "'data' must be a Float32Array, Float64Array, an integer typed array or a number array", raw);
    checkLength(loss, argument, data, shape);
    return { data, shape };
  }
  throw invalid('shape', loss, argument, 'must be a number, a nested number array, a typed array or { data, shape }', value);
}

/** Reads any accepted integer form into an IntTensor; every value must be an integer. */
export function toIntTensor(loss: string, argument: string, value: unknown): IntTensor {
  const shaped = isShapedObject(value);
  const raw = shaped ? value.data : value;
  if (raw instanceof Int32Array) {
    const problem = viewProblem(raw);
    if (problem) throw new LossError('domain', `${loss}: '${argument}' ${problem}`, loss, argument);
    const shape = shaped ? checkShape(loss, argument, value.shape) : [raw.length];
    checkLength(loss, argument, raw, shape);
    return { data: raw, shape };
  }
  const { data, shape } = toTensor(loss, argument, value);
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
