import type { FloatArray } from '../../src/index.js';
import { allocateFloat32, allocateFloat64, releaseWasmArray, reserveWasmMemory, setKernelBackend, wasmAvailable } from '../../src/wasm/index.js';
import type { InputArray } from '../data.js';
import type { Workload } from '../workloads.js';
import type { Engine, Prepared, RunResult } from './engine.js';
import { buildCall, concatGrads, evaluateCall } from './losskit.js';

/**
 * losskit's WASM SIMD kernels through the public API (`getLoss(name).evaluate`, caller-owned
 * gradient buffers), in two forms:
 *   losskit-wasm     ordinary Float32Arrays: each call copies the inputs into the module's
 *                    memory and the gradient back out (the copy path);
 *   losskit-wasm-zc  inputs and gradient allocated inside the module's memory with
 *                    allocateFloat32/allocateFloat64 (zero-copy), filled once in `prepare`.
 * The backend is 'wasm' only inside these engines' calls; everywhere else in the bench process
 * it is 'ts', so the `losskit` column keeps measuring the TypeScript kernels.
 * Rows the WASM kernels do not cover (float64 except mse/huber, ctc) are unsupported.
 */

const COVERED = new Set(['mse', 'huber', 'bce-with-logits', 'softmax-ce', 'sigmoid-focal', 'kl-div', 'triplet-margin']);

/** The rows the WASM kernels cover (the threads engine covers the same). */
export function coveredByWasm(w: Workload): boolean {
  return COVERED.has(w.kernel) && (w.dtype === 'float32' || w.kernel === 'mse' || w.kernel === 'huber');
}

function withWasm<T>(f: () => T): T {
  setKernelBackend('wasm');
  try { return f(); } finally { setKernelBackend('ts'); }
}

/** Copies of the float arrays inside the module's memory (targets of softmax-ce too). */
export function resident(arrays: readonly InputArray[]): { arrays: InputArray[]; views: FloatArray[] } {
  const views: FloatArray[] = [];
  const total = arrays.reduce((s, a) => s + a.byteLength, 0);
  // Reserve once: memory may not grow while views are live. Twice the inputs + gradients, so
  // the copy-path engine's scratch (same size) fits too when both run interleaved.
  reserveWasmMemory(4 * total + 65536);
  const out = arrays.map((a) => {
    if (a instanceof Int32Array) return a;
    const view = a instanceof Float32Array ? allocateFloat32(a.length) : allocateFloat64(a.length);
    view.set(a);
    views.push(view);
    return view;
  });
  return { arrays: out, views };
}

/** Replaces each of the call's gradient buffers with one in WASM memory; returns them. */
export function residentGrads(call: { readonly grads: Record<string, FloatArray> }): FloatArray[] {
  const grads = call.grads as Record<string, FloatArray>;
  return Object.keys(grads).map((name) => {
    const g = grads[name]!;
    const view = g instanceof Float32Array ? allocateFloat32(g.length) : allocateFloat64(g.length);
    grads[name] = view;
    return view;
  });
}

function engine(zeroCopy: boolean): Engine {
  return {
    name: zeroCopy ? 'losskit-wasm-zc' : 'losskit-wasm',
    label: zeroCopy ? 'losskit-wasm (zero-copy)' : 'losskit-wasm',
    async init() {
      setKernelBackend('ts');
      return wasmAvailable() ? null : 'losskit-wasm: WebAssembly SIMD unavailable (or src/wasm/kernels.generated.ts not built: npm run build:wasm)';
    },
    describe() {
      return { kernels: `AssemblyScript -> WASM SIMD (wasm/assembly), ${zeroCopy ? 'zero-copy views from allocateFloat32' : 'copy path (ordinary typed arrays)'}, getLoss(name).evaluate with caller-owned grads` };
    },
    supports: coveredByWasm,
    async prepare(w, inputs): Promise<Prepared> {
      const placed = zeroCopy ? resident(inputs) : { arrays: [...inputs], views: [] as FloatArray[] };
      const call = buildCall(w, placed.arrays);
      if (zeroCopy) for (const view of residentGrads(call)) placed.views.push(view);
      return {
        async run(wantGrad): Promise<RunResult> {
          const value = withWasm(() => evaluateCall(call));
          return { value, grad: wantGrad ? concatGrads(call) : null };
        },
        async time(calls) {
          return withWasm(() => {
            const start = performance.now();
            for (let i = 0; i < calls; i++) evaluateCall(call);
            return performance.now() - start;
          });
        },
        async dispose() { for (const v of placed.views) releaseWasmArray(v); },
      };
    },
    async close() { setKernelBackend('auto'); },
  };
}

export const losskitWasmEngine: Engine = engine(false);
export const losskitWasmZeroCopyEngine: Engine = engine(true);
