/**
 * One losskit loss as one TensorFlow.js op: the forward pass reads the input tensors
 * (`dataSync`), runs the loss's fused kernel once for the value and every gradient, and hands
 * the gradient to tfjs's tape through `tf.customGrad`, so `tf.grad`, `optimizer.minimize` and
 * `model.fit` differentiate through it with the kernel's exact gradient.
 *
 * Cost: the kernel runs on the CPU in JavaScript (or losskit's WASM), so the inputs are read
 * back from the backend and the gradient written to it. On the cpu and wasm backends that is a
 * copy in main memory; on WebGL/WebGPU `dataSync` stalls until the GPU has finished the batch
 * and downloads the tensors, and the gradient is uploaded again (see docs/tfjs.md).
 */
import * as tf from '@tensorflow/tfjs';
import { LossError, type LossEntry } from '../index.js';

/** A tensor feeding one input of the loss. */
export interface Binding {
  readonly tensor: tf.Tensor;
  /** The loss input it feeds. */
  readonly input: string;
  /** Its data and shape in the loss's layout (called inside the forward pass). */
  read(): { readonly data: Float32Array | Int32Array; readonly shape: readonly number[] };
  /** Differentiable inputs: the kernel's gradient (loss layout) in the tensor's layout. */
  readonly gradient?: (grad: Float32Array) => Float32Array;
}

/** A float input's values as float32 (int32 and bool tensors are converted, float32 read as is). */
export function readFloat(tensor: tf.Tensor): Float32Array {
  const data = tensor.dataSync();
  return data instanceof Float32Array ? data : Float32Array.from(data as ArrayLike<number>);
}

/** An integer input's values; float tensors are passed on and checked to be integers by the loss. */
export function readInteger(tensor: tf.Tensor): Float32Array | Int32Array {
  const data = tensor.dataSync();
  return data instanceof Float32Array || data instanceof Int32Array ? data : Int32Array.from(data as ArrayLike<number>);
}

/** A description of what a value is, for errors about arguments that are not tensors. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'Object'})` : `the ${typeof value} ${String(value as boolean | symbol | bigint | number | string)}`;
}

/** Throws a LossError naming `argument` unless `value` is a tfjs tensor. */
export function requireTensor(context: string, argument: string, value: unknown): asserts value is tf.Tensor {
  if (!(value instanceof tf.Tensor)) {
    throw new LossError('shape', `${context}: ${argument} must be a tf.Tensor, received ${describe(value)}`, '', argument);
  }
}

/**
 * Runs the loss on the bound tensors as one differentiable op. `explain` rewrites a LossError
 * raised by the kernel into the caller's terms (yTrue/yPred, hints).
 */
export function fusedLoss(
  entry: LossEntry,
  options: Readonly<Record<string, unknown>>,
  bindings: readonly Binding[],
  explain: (error: LossError) => LossError,
): tf.Scalar {
  const op = tf.customGrad((...args) => {
    void args;
    const inputs: Record<string, { data: Float32Array | Int32Array; shape: readonly number[] }> = {};
    const grads: Record<string, Float32Array> = {};
    for (const binding of bindings) {
      const read = binding.read();
      inputs[binding.input] = read;
      if (binding.gradient) grads[binding.input] = new Float32Array(read.data.length);
    }
    let value: number;
    try {
      value = entry.evaluate(inputs, options, { grads }).value as number;
    } catch (error) {
      throw error instanceof LossError ? explain(error) : error;
    }
    return {
      value: tf.scalar(value, 'float32'),
      // Hint: the gradient stays a plain Float32Array until tfjs asks for it, so evaluation
      // passes (model.evaluate, validation) never upload it.
      gradFunc: (dy: tf.Tensor) => bindings.map((binding) => {
        const grad = grads[binding.input];
        if (!binding.gradient || !grad) return tf.zeros(binding.tensor.shape, 'float32');
        return tf.mul(dy, tf.tensor(binding.gradient(grad), binding.tensor.shape, 'float32'));
      }),
    };
  });
  return op(...bindings.map((binding) => binding.tensor)) as tf.Scalar;
}
