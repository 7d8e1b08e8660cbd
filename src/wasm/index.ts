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
 */
import { allocateBytes, liveViews, releaseBytes, reserveBytes, trackView, untrackView } from './memory.js';
import { loadedKernels, type KernelExports } from './module.js';

export { initWasm, kernelBackend, setKernelBackend, wasmAvailable, type KernelBackend } from './module.js';

function requireKernels(what: string): KernelExports {
  // Allocation works under backend 'ts' too: only the availability of the module matters.
  const k = loadedKernels();
  if (k) return k;
  throw new Error(`${what}: WASM kernels unavailable (check wasmAvailable() or await initWasm() first)`);
}

function allocate(what: string, length: number, width: 4 | 8): number {
  if (!Number.isSafeInteger(length) || length < 0) throw new Error(`${what}: length must be a non-negative integer, received ${String(length)}`);
  const k = requireKernels(what);
  const bytes = length * width;
  const at = allocateBytes(k, bytes);
  if (at === null) {
    throw new Error(`${what}: ${bytes} bytes do not fit without growing the WASM memory, which would detach the ${liveViews()} live view(s); call reserveWasmMemory(totalBytes) before allocating`);
  }
  trackView(at, bytes);
  return at;
}

/** A zeroed Float32Array inside the kernels' memory (used in place, no copy). */
export function allocateFloat32(length: number): Float32Array {
  const at = allocate('allocateFloat32', length, 4);
  return new Float32Array(requireKernels('allocateFloat32').memory.buffer, at, length).fill(0);
}

/** A zeroed Float64Array inside the kernels' memory (mse and huber use it in place). */
export function allocateFloat64(length: number): Float64Array {
  const at = allocate('allocateFloat64', length, 8);
  return new Float64Array(requireKernels('allocateFloat64').memory.buffer, at, length).fill(0);
}

/** Returns a view's block; the view must not be used afterwards. */
export function releaseWasmArray(view: Float32Array | Float64Array): void {
  const size = untrackView(view.byteOffset);
  if (size === null) throw new Error('releaseWasmArray: not a live view from allocateFloat32/allocateFloat64');
  releaseBytes(view.byteOffset, size);
}

/**
 * Grows the memory once so that `bytes` more can be allocated without growing later.
 * Throws when views are live (growing would detach them).
 */
export function reserveWasmMemory(bytes: number): void {
  if (!reserveBytes(requireKernels('reserveWasmMemory'), bytes)) {
    throw new Error(`reserveWasmMemory: cannot grow by ${bytes} bytes (live views would be detached, or the memory limit was reached)`);
  }
}
