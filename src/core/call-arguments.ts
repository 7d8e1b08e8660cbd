import { LossError, formatShape, invalid } from './errors.js';
import { ownValue } from './options.js';
import type { FloatArray, IntTensor, Tensor } from './tensor.js';
import { viewProblem, viewsOverlap } from './views.js';

/**
 * The call-level arguments of a loss, checked at the public boundary before any kernel runs:
 * the inputs record, the options object, the evaluate request, and the caller's gradient
 * buffers — each must be what it says, and no buffer a loss writes may share a byte with
 * anything it reads (or with another buffer it writes).
 */

/** A plain record of named arguments: not null, not an array, not a typed array. */
export function requireRecord(loss: string, argument: string, value: unknown, what: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || ArrayBuffer.isView(value) || value instanceof Map) {
    throw invalid('option', loss, argument, `must be ${what}`, value);
  }
  return value as Readonly<Record<string, unknown>>;
}

export interface GradientRequest {
  /** Compute gradients (into fresh buffers for the inputs `buffers` does not cover). */
  readonly wanted: boolean;
  /** Caller-owned buffers by differentiable input name, already checked to be float arrays. */
  readonly buffers: Readonly<Record<string, FloatArray>>;
}

const REQUEST_KEYS = ['grad', 'grads'];

/**
 * evaluate's third argument: undefined, or `{ grad?: boolean, grads?: { [input]: FloatArray } }`
 * with own keys only, every key of `grads` a differentiable input.
 */
export function readRequest(loss: string, request: unknown, differentiable: readonly string[]): GradientRequest {
  if (request === undefined) return { wanted: false, buffers: {} };
  const record = requireRecord(loss, 'request', request, "an object { grad?: boolean, grads?: { [input]: Float32Array | Float64Array } }");
  for (const key of Object.keys(record)) {
    if (!REQUEST_KEYS.includes(key)) throw new LossError('option', `${loss}: unknown request key '${key}' (known: 'grad', 'grads')`, loss, 'request');
  }
  const grad = ownValue(record, 'grad');
  if (grad !== undefined && typeof grad !== 'boolean') throw invalid('option', loss, 'request.grad', 'must be true or false', grad);
  const given = ownValue(record, 'grads');
  if (given === undefined) return { wanted: grad === true, buffers: {} };
  const grads = requireRecord(loss, 'grads', given, `a record of gradient buffers keyed by input (${differentiable.map((n) => `'${n}'`).join(', ')})`);
  return { wanted: true, buffers: gradBuffers(loss, 'grads', grads, differentiable) };
}

/** Own keys of a gradient record: each a differentiable input, each value a float array (undefined: not given). */
function gradBuffers(loss: string, argument: string, grads: Readonly<Record<string, unknown>>, differentiable: readonly string[]): Record<string, FloatArray> {
  const buffers: Record<string, FloatArray> = {};
  for (const key of Object.keys(grads)) {
    if (!differentiable.includes(key)) {
      throw new LossError('option', `${loss}: '${argument}' has no differentiable input '${key}' (differentiable: ${differentiable.map((n) => `'${n}'`).join(', ')})`, loss, argument);
    }
    const buffer = grads[key];
    if (buffer === undefined || buffer === null) continue;
    if (!(buffer instanceof Float32Array || buffer instanceof Float64Array)) {
      throw invalid('option', loss, `grad.${key}`, 'must be a Float32Array or Float64Array', buffer);
    }
    buffers[key] = buffer;
  }
  return buffers;
}

/** A caller's buffer for the gradient of `name`: usable, and as long as the input. */
export function checkGradBuffer(loss: string, name: string, buffer: FloatArray, input: Tensor): void {
  const problem = viewProblem(buffer);
  if (problem) throw new LossError('option', `${loss}: 'grad.${name}' ${problem}`, loss, `grad.${name}`);
  if (buffer.length !== input.data.length) {
    throw invalid('shape', loss, `grad.${name}`, `must have length ${input.data.length} (the size of '${name}', shape ${formatShape(input.shape)})`, buffer);
  }
}

interface Read {
  readonly name: string;
  readonly data: ArrayBufferView;
}

/**
 * No gradient buffer shares a byte with an array the loss reads (inputs, option tensors) or
 * with another gradient buffer: the kernel would overwrite what it has yet to read, and an
 * input is never written. (b = new Float32Array(1025); mseValueAndGrad(b.subarray(0, 1024),
 * y, b.subarray(1)) read every input element after writing the one before it.)
 */
export function requireSeparateBuffers(loss: string, grads: Readonly<Record<string, FloatArray>>, reads: readonly Read[]): void {
  const names = Object.keys(grads);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const buffer = grads[name]!;
    for (const read of reads) {
      if (viewsOverlap(buffer, read.data)) {
        throw new LossError('option', `${loss}: 'grad.${name}' shares memory with '${read.name}' (${describeBytes(buffer)} and ${describeBytes(read.data)} of one buffer); a gradient buffer must not overlap an input`, loss, `grad.${name}`);
      }
    }
    for (let j = i + 1; j < names.length; j++) {
      if (viewsOverlap(buffer, grads[names[j]!]!)) {
        throw new LossError('option', `${loss}: 'grad.${name}' and 'grad.${names[j]}' share memory; each gradient needs its own buffer`, loss, `grad.${name}`);
      }
    }
  }
}

function describeBytes(view: ArrayBufferView): string {
  return `bytes [${view.byteOffset}, ${view.byteOffset + view.byteLength})`;
}

/** Everything a call reads: its tensors (inputs) and its tensor options. */
export function readArrays(inputs: Readonly<Record<string, Tensor | IntTensor | undefined>>, options: Readonly<Record<string, unknown>>): Read[] {
  const reads: Read[] = [];
  for (const name in inputs) {
    const tensor = inputs[name];
    if (tensor) reads.push({ name, data: tensor.data });
  }
  for (const name in options) {
    const value = options[name] as { data?: unknown } | null;
    if (value && typeof value === 'object' && ArrayBuffer.isView(value.data)) reads.push({ name, data: value.data });
  }
  return reads;
}

/** valueAndGrad's grad argument: one buffer (one differentiable input), a record, or null. */
export function readGradArgument(loss: string, grad: unknown, differentiable: readonly string[]): Record<string, FloatArray> | undefined {
  if (grad === null || grad === undefined) return undefined;
  if (grad instanceof Float32Array || grad instanceof Float64Array) {
    if (differentiable.length !== 1) {
      throw invalid('option', loss, 'grad', `must be a record with keys ${differentiable.map((n) => `'${n}'`).join(', ')}`, grad);
    }
    return { [differentiable[0]!]: grad };
  }
  if (typeof grad !== 'object' || Array.isArray(grad) || ArrayBuffer.isView(grad)) {
    throw invalid('option', loss, 'grad', `must be a Float32Array, a Float64Array${differentiable.length > 1 ? ', a record of them' : ''} or null`, grad);
  }
  return gradBuffers(loss, 'grad', grad as Record<string, unknown>, differentiable);
}
