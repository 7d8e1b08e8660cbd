/** Test helpers for the WASM kernels: float32 ulps and running a vector function on a grid. */
import { allocateFloat32, releaseWasmArray } from '../../src/wasm/index.js';
import { loadedKernels, type KernelExports } from '../../src/wasm/module.js';

/** The spacing of float32 numbers at |v| (2^-149 in the subnormal range). */
export function ulp32(v: number): number {
  const a = Math.abs(v);
  if (a < 2 ** -126) return 2 ** -149;
  return 2 ** (Math.floor(Math.log2(a)) - 23);
}

/** Error of `got` against the exact value `exact`, in float32 ulps of the exact value. */
export function ulpError(got: number, exact: number): number {
  if (got === exact) return 0;
  return Math.abs(got - exact) / ulp32(exact);
}

/** Applies one of the module's in-place test kernels to `values` (float32), zero-copy. */
export function applyKernel(name: 'expF32' | 'expNonPositiveF32' | 'logF32' | 'log1pUnitF32', values: ArrayLike<number>): Float32Array {
  const k = loadedKernels() as KernelExports;
  const view = allocateFloat32(values.length);
  view.set(values);
  k[name](view.byteOffset, values.length);
  const out = view.slice();
  releaseWasmArray(view);
  return out;
}

/** Float32 values with bit patterns from `from` to `to` (inclusive ends), `step` apart. */
export function float32Grid(from: number, to: number, step: number): Float32Array {
  const bits = new Uint32Array(Math.floor((to - from) / step) + 1);
  for (let i = 0; i < bits.length; i++) bits[i] = from + i * step;
  return new Float32Array(bits.buffer);
}
