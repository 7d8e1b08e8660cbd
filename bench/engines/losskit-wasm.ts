import type { FloatArray } from '../../src/index.js';
import { allocateFloat32, allocateFloat64, releaseWasmArray, reserveWasmMemory, setKernelBackend, wasmAvailable } from '../../src/wasm/index.js';
import { withStreamingPart, type StreamingPart } from '../../src/wasm/runner.js';
import type { InputArray } from '../data.js';
import type { Workload } from '../workloads.js';
import type { Engine, Prepared, RunResult } from './engine.js';
import { buildCall, concatGrads, evaluateCall } from './losskit.js';

/**
 * losskit's WASM SIMD kernels through the public API (`getLoss(name).evaluate`, caller-owned
 * gradient buffers), in two forms:
 *   losskit-wasm     ordinary Float32Arrays: each call streams the inputs into the module's
 *                    memory and the gradient back out, batch by batch (src/wasm/runner.ts);
 *   losskit-wasm-zc  inputs and gradient allocated inside the module's memory with
 *                    allocateFloat32/allocateFloat64 (zero-copy), filled once in `prepare`.
 * and the two halves of the first, timed apart to show the floor of plain / resident:
 *   losskit-wasm-copies  the same calls doing their copies alone (same scratch, same batches,
 *                        no kernel);
 *   losskit-wasm-compute the same calls running their kernel alone over the scratch block
 *                        (in cache, as in a real call; no copies).
 * Their accuracy check runs the whole call (what they time is not a loss).
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

type Form = 'plain' | 'resident' | StreamingPart;

const FORMS: Readonly<Record<Form, { name: string; label: string; what: string }>> = {
  plain: { name: 'losskit-wasm', label: 'losskit-wasm', what: 'ordinary typed arrays, streamed through a scratch block' },
  resident: { name: 'losskit-wasm-zc', label: 'losskit-wasm (zero-copy)', what: 'zero-copy views from allocateFloat32' },
  copies: { name: 'losskit-wasm-copies', label: 'losskit-wasm copies alone', what: "ordinary typed arrays, the streamed path's copies alone (no kernel)" },
  compute: { name: 'losskit-wasm-compute', label: 'losskit-wasm kernel on scratch', what: "ordinary typed arrays, the streamed path's kernel alone over its scratch block (no copies)" },
};

function engine(form: Form): Engine {
  const zeroCopy = form === 'resident';
  const only = form === 'copies' || form === 'compute' ? form : null;
  const timed = only ? (f: () => number) => withStreamingPart(only, () => withWasm(f)) : withWasm;
  return {
    name: FORMS[form].name,
    label: FORMS[form].label,
    async init() {
      setKernelBackend('ts');
      return wasmAvailable() ? null : `${FORMS[form].name}: WebAssembly SIMD unavailable (or src/wasm/kernels.generated.ts not built: npm run build:wasm)`;
    },
    describe() {
      return { kernels: `AssemblyScript -> WASM SIMD (wasm/assembly), ${FORMS[form].what}, getLoss(name).evaluate with caller-owned grads` };
    },
    // The halves on the target sizes only: each includes the call's fixed cost (~5 µs of
    // validation), which their sum counts twice, < 2% of a call from 1e6 elements up.
    supports: only ? (w) => coveredByWasm(w) && w.elements >= 1e6 : coveredByWasm,
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
          return timed(() => {
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

export const losskitWasmEngine: Engine = engine('plain');
export const losskitWasmZeroCopyEngine: Engine = engine('resident');
export const losskitWasmCopiesEngine: Engine = engine('copies');
export const losskitWasmComputeEngine: Engine = engine('compute');
