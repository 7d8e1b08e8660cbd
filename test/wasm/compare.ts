/** Running a loss on both backends and comparing the results, for the WASM kernel tests. */
import { expect } from 'vitest';
import { getLoss, type Tensor } from '../../src/index.js';
import { setKernelBackend } from '../../src/wasm/index.js';

/** float32's unit roundoff. */
export const U = 2 ** -24;

export type Backend = 'ts' | 'wasm';
export interface Run { value: number | Tensor; grad: Float32Array | Float64Array }

export function run(backend: Backend, loss: string, inputs: Record<string, unknown>, options: Record<string, unknown>): Run {
  setKernelBackend(backend);
  const { value, grads } = getLoss(loss).evaluate(inputs, options, { grad: true });
  return { value, grad: grads.input!.data };
}

export function random(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32; };
}

export const SIZES = [1, 3, 4, 5, 7, 8, 9, 15, 17, 255, 256, 257, 1001, 4099];
export const REDUCTIONS = ['none', 'mean', 'sum'] as const;


export function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, bound: (i: number) => number, what: string) {
  expect(a.length, what).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && !(Math.abs(a[i]! - b[i]!) <= bound(i))) expect.fail(`${what}[${i}]: wasm ${a[i]} vs ts ${b[i]} (bound ${bound(i)})`);
  }
}

export function values(v: number | Tensor): ArrayLike<number> {
  return typeof v === 'number' ? [v] : v.data;
}

