/**
 * WASM SIMD kernels (issue 6): the public switches and the zero-copy allocator.
 *
 *   await initWasm();                          // browsers; Node compiles on first use
 *   const x = allocateFloat32(n);              // views inside the module's memory: the
 *   const grad = allocateFloat32(n);           // kernels read and write them in place
 *   mseValueAndGrad(x, y, grad);               // ... fill x, call losses as usual
 *   releaseWasmArray(x);
 *
 * Rule: the module's memory grows only while no allocated view is live (growing detaches every
 * view). Reserve the total first (`reserveWasmMemory(bytes)`) when allocating several arrays.
 * Misuse is a LossError naming the argument: a length that is not a non-negative integer or
 * needs more than the 4 GiB of wasm32, releasing what is not a live view (twice, a look-alike,
 * a subarray), allocating while losskit/threads switches memories. A released view is refused
 * by every loss.
 */
import { LossError, invalid } from '../core/errors.js';
import {
  allocateBytes, liveViews, memorySwitchPending, reserveBytes, trackView, untrackView,
} from './memory.js';
import { loadedKernels, type KernelExports } from './module.js';

export { initWasm, kernelBackend, setKernelBackend, wasmAvailable, type KernelBackend } from './module.js';

/** wasm32 addresses end at 4 GiB; the module's own data sits below the heap. */
const WASM_MEMORY_LIMIT = 2 ** 32;

function requireKernels(what: string): KernelExports {
  // Allocation works under backend 'ts' too: only the availability of the module matters.
  const k = loadedKernels();
  if (k) return k;
  throw new Error(`${what}: WASM kernels unavailable (check wasmAvailable() or await initWasm() first)`);
}

function requireByteCount(what: string, argument: string, value: unknown, unit: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid('option', what, argument, `must be a non-negative integer (${unit})`, value);
  }
  return value;
}

function allocate(what: string, length: unknown, width: 4 | 8): { k: KernelExports; at: number; length: number } {
  const count = requireByteCount(what, 'length', length, 'elements');
  const bytes = count * width;
  if (bytes >= WASM_MEMORY_LIMIT) {
    throw invalid('option', what, 'length', `must need less than the 4 GiB a WASM memory can hold (${width} bytes per element)`, length);
  }
  if (memorySwitchPending()) {
    throw new LossError('option', `${what}: enableThreads()/disableThreads() is switching the kernels' memory; await it before allocating`, what, 'length');
  }
  const k = requireKernels(what);
  const at = allocateBytes(k, bytes);
  if (at === null) {
    const live = liveViews();
    const why = live > 0
      ? `they do not fit without growing the WASM memory, which would detach the ${live} live view(s); call reserveWasmMemory(totalBytes) before allocating`
      : 'the WASM memory could not grow that far (the host refused the memory)';
    throw new LossError('option', `${what}: cannot allocate ${count} elements (${bytes} bytes): ${why}`, what, 'length');
  }
  return { k, at, length: count };
}

/** A zeroed Float32Array inside the kernels' memory (used in place, no copy). */
export function allocateFloat32(length: number): Float32Array {
  const { k, at, length: count } = allocate('allocateFloat32', length, 4);
  const view = new Float32Array(k.memory.buffer, at, count).fill(0);
  trackView(k, view, at, count * 4);
  return view;
}

/** A zeroed Float64Array inside the kernels' memory (mse and huber use it in place). */
export function allocateFloat64(length: number): Float64Array {
  const { k, at, length: count } = allocate('allocateFloat64', length, 8);
  const view = new Float64Array(k.memory.buffer, at, count).fill(0);
  trackView(k, view, at, count * 8);
  return view;
}

/** Returns a view's block; the view is poisoned: losses refuse it from now on. */
export function releaseWasmArray(view: Float32Array | Float64Array): void {
  const what = 'releaseWasmArray';
  if (!ArrayBuffer.isView(view)) throw invalid('option', what, 'view', 'must be an array from allocateFloat32/allocateFloat64', view);
  const outcome = untrackView(view);
  if (outcome === 'released') throw new LossError('option', `${what}: 'view' was already released`, what, 'view');
  if (outcome === 'unknown') {
    throw new LossError('option', `${what}: 'view' is not an array returned by allocateFloat32/allocateFloat64 (a copy, a subarray or another array at the same offset frees nothing)`, what, 'view');
  }
}

/**
 * Grows the memory once so that `bytes` more can be allocated without growing later.
 * Throws when views are live (growing would detach them).
 */
export function reserveWasmMemory(bytes: number): void {
  const what = 'reserveWasmMemory';
  const count = requireByteCount(what, 'bytes', bytes, 'bytes');
  if (count >= WASM_MEMORY_LIMIT) throw invalid('option', what, 'bytes', 'must be less than the 4 GiB a WASM memory can hold', bytes);
  if (!reserveBytes(requireKernels(what), count)) {
    const live = liveViews();
    const why = live > 0 ? `${live} live view(s) would be detached; release them first` : 'the host refused to grow the memory';
    throw new LossError('option', `${what}: cannot grow by ${count} bytes: ${why}`, what, 'bytes');
  }
}
