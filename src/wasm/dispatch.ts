/** Whether a call may take the WASM path: the backend switch and the call's size. */
import { kernels, kernelBackend, type KernelExports } from './module.js';
import type { WasmArray } from './runner.js';

/** Below this many elements the call and copy overhead outweighs SIMD ('auto' only). */
export const WASM_MIN_ELEMENTS = 256;

/** The instance, when the backend and size allow WASM. */
export function kernelsFor(n: number): KernelExports | null {
  const k = kernels();
  if (!k) return null;
  if (n < WASM_MIN_ELEMENTS && kernelBackend() === 'auto') return null;
  return n < 2 ** 31 ? k : null;
}

/** True when two resident arrays share bytes (a gradient written over an input). */
export function overlaps(a: WasmArray, b: WasmArray): boolean {
  return a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

