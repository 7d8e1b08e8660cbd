/**
 * Running a WASM kernel on caller arrays. Arrays that already live in the module's memory
 * (views from `allocateFloat32`/`allocateFloat64`) are used in place; others are copied into
 * one scratch block (inputs before, outputs after the call) that is released afterwards.
 * Returns null whenever the WASM path does not apply, and the caller runs TypeScript.
 */
import type { FloatArray } from '../core/tensor.js';
import { allocateBytes, releaseBytes } from './memory.js';
import { kernels, kernelBackend, type KernelExports } from './module.js';

/** Below this many elements the call and copy overhead outweighs SIMD ('auto' only). */
export const WASM_MIN_ELEMENTS = 256;

export type WasmArray = FloatArray | Int32Array;

interface Slot {
  readonly array: WasmArray;
  readonly input: boolean;
}

/** The instance, when the backend and size allow WASM. */
export function kernelsFor(n: number): KernelExports | null {
  const k = kernels();
  if (!k) return null;
  if (n < WASM_MIN_ELEMENTS && kernelBackend() === 'auto') return null;
  return n < 2 ** 31 ? k : null;
}

function resident(k: KernelExports, a: WasmArray): boolean {
  return a.buffer === k.memory.buffer;
}

/** True when two resident arrays share bytes (a gradient written over an input). */
export function overlaps(a: WasmArray, b: WasmArray): boolean {
  return a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

/**
 * Gives `run` a pointer per slot (0 for a null slot): inputs are readable, outputs are
 * copied back after `run`. Returns run's result, or null when scratch memory is unavailable.
 */
export function withPointers(
  k: KernelExports,
  slots: readonly (Slot | null)[],
  run: (pointers: readonly number[]) => number,
): number | null {
  let scratch = 0;
  for (const slot of slots) if (slot && !resident(k, slot.array)) scratch += Math.ceil(slot.array.byteLength / 16) * 16;
  const base = scratch > 0 ? allocateBytes(k, scratch) : 0;
  if (base === null) return null;
  try {
    // Views of the current buffer: allocateBytes may have grown (and replaced) it.
    const buffer = k.memory.buffer;
    let next = base;
    const pointers = slots.map((slot) => {
      if (!slot) return 0;
      const { array } = slot;
      if (array.buffer === buffer) return array.byteOffset;
      const at = next;
      next += Math.ceil(array.byteLength / 16) * 16;
      if (slot.input) new Uint8Array(buffer, at, array.byteLength).set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
      return at;
    });
    const result = run(pointers);
    slots.forEach((slot, i) => {
      if (slot && !slot.input && slot.array.buffer !== buffer) {
        const { array } = slot;
        new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(new Uint8Array(buffer, pointers[i], array.byteLength));
      }
    });
    return result;
  } finally {
    if (scratch > 0) releaseBytes(k, base, scratch);
  }
}

export const input = (array: WasmArray): Slot => ({ array, input: true });
export const output = (array: WasmArray | null | undefined): Slot | null => (array ? { array, input: false } : null);
