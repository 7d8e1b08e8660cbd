/**
 * The WASM fast path defineLoss takes before a loss's TypeScript kernel: the kernel-table
 * entries of the loss (./kernel-table.ts), tried in order; the first that applies runs.
 */
import type { LossValue } from '../core/reduction.js';
import type { Tensor } from '../core/tensor.js';
import { WASM_KERNELS, type CallArguments, type WasmKernel } from './kernel-table.js';
import { kernelBackend, kernels } from './module.js';
import { runKernel } from './runner.js';

/** Below this many elements the call and copy overhead outweighs SIMD (backend 'auto' only). */
export const WASM_MIN_ELEMENTS = 256;

/** The WASM value of one call, or null when no kernel ran to a finite sum (TypeScript then runs). */
export type FastPath = (call: CallArguments, prediction: Tensor | undefined) => LossValue | null;

const ARRAY_TYPE = { float32: Float32Array, float64: Float64Array } as const;

function sameDtype(entry: WasmKernel, arrays: readonly ({ readonly array: ArrayBufferView } | null)[]): boolean {
  const type = ARRAY_TYPE[entry.dtype];
  return arrays.every((a) => !a || a.array instanceof Int32Array || a.array.constructor === type);
}

/** Losses whose fast path was handed out: each built-in's, once, when src/losses is loaded. */
const claimed = new Set<string>();

/**
 * The fast path of a loss, or null when no WASM kernel exists for it. Only the first loss
 * compiled under a name gets it: the built-ins are compiled when src/losses loads, before any
 * custom loss can be, so a custom loss that reuses a built-in's name (unregistered) keeps its
 * own kernel instead of silently running the built-in's.
 */
export function fastPathFor(loss: string): FastPath | null {
  const entries = WASM_KERNELS.filter((entry) => entry.loss === loss);
  if (entries.length === 0 || claimed.has(loss)) return null;
  claimed.add(loss);
  return (call, prediction) => {
    if (!prediction) return null;
    const k = kernels();
    const n = prediction.data.length;
    if (!k || n >= 2 ** 31 || (n < WASM_MIN_ELEMENTS && kernelBackend() === 'auto')) return null;
    const type = prediction.data.constructor;
    for (const entry of entries) {
      if (type !== ARRAY_TYPE[entry.dtype]) continue;
      const prepared = entry.prepare(call);
      if (!prepared || !sameDtype(entry, prepared.arrays)) continue;
      const sum = runKernel(k, { ...prepared, kernel: entry });
      // The finite-check rule (./kernel-table.ts): anything but a finite sum goes to TypeScript.
      return sum !== null && Number.isFinite(sum) ? prepared.plan.finish(sum) : null;
    }
    return null;
  };
}
